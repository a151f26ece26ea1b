### Defuse coaching principles in he, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: Let the customer finish
principle-let-them-finish-title = לתת ללקוח לסיים

# en: Anger comes in waves. Cutting in at the peak feeds it; waiting for the pause lets it run down. Speak when the customer has said everything they came to say.
principle-let-them-finish-text = כעס מגיע בגלים. מי שנכנס לדברי הלקוח בשיא הגל מלבה אותו; מי שמחכה להפסקה נותן לו לשכוך. מדברים רק כשהלקוח אמר את כל מה שבא להגיד.

# en: Summarise the problem back
principle-summarise-back-title = לסכם ללקוח את הבעיה

# en: Once the customer has told their story, repeat the main points in your own words and ask whether you got it right. They stop repeating themselves because they know they were heard.
principle-summarise-back-text = אחרי שהלקוח סיפר את הסיפור שלו, חוזרים על עיקרי הדברים במילים שלך ושואלים אם זה נכון. הלקוח מפסיק לחזור על עצמו, כי הוא יודע ששמעו אותו.

# en: Ask when something is unclear
principle-ask-to-clarify-title = לשאול כשמשהו לא ברור

# en: A short, specific question beats a guess. It shows you take the details seriously and saves a second round of anger when the guess turns out wrong.
principle-ask-to-clarify-text = שאלה קצרה וממוקדת עדיפה על ניחוש. היא מראה שהפרטים חשובים לך, וחוסכת סבב שני של כעס כשהניחוש מתברר כשגוי.

# en: Remember what you were told
principle-remember-details-title = לזכור מה סיפרו לך

# en: Use the customer's name and the details they already gave you: the dates, the earlier call, the day they took off work. Asking for them again tells the customer nobody listened.
principle-remember-details-text = פונים ללקוח בשמו ומשתמשים בפרטים שכבר מסר: התאריכים, השיחה הקודמת, יום החופש שלקח מהעבודה. לבקש אותם שוב אומר ללקוח שאף אחד לא הקשיב.

# en: Listen for the feeling, not only the facts
principle-hear-the-feeling-title = להקשיב לרגש, לא רק לעובדות

# en: Behind the complaint is what the customer is really upset about: lost time, a broken promise, feeling ignored. Find it, because that is what has to be settled first.
principle-hear-the-feeling-text = מאחורי התלונה מסתתר מה שבאמת מרגיז את הלקוח: זמן שהלך לאיבוד, הבטחה שהופרה, תחושה שמתעלמים ממנו. צריך להגיע לשורש הזה, כי אותו צריך ליישב קודם.

# en: Accept the right to be angry
principle-right-to-be-angry-title = לקבל את זכותו של הלקוח לכעוס

# en: Before you know who is at fault, accept that the customer has a reason to be upset. Arguing with the feeling only proves to them that they have to fight to be heard.
principle-right-to-be-angry-text = עוד לפני שברור מי אשם, מקבלים את זה שללקוח יש סיבה לכעוס. ויכוח עם הרגש רק מוכיח לו שהוא צריך להילחם כדי שישמעו אותו.

# en: Name the feeling
principle-name-the-feeling-title = לקרוא לרגש בשמו

# en: Say what you see: frustrating, worrying, a waste of a day off. Naming the emotion out loud lowers it, and shows that you see a person, not a ticket.
principle-name-the-feeling-text = אומרים את מה שרואים: מתסכל, מדאיג, יום חופש שהלך לפח. כשקוראים לרגש בשמו בקול רם, עוצמתו יורדת, וזה מראה שמולך אדם ולא עוד מספר פנייה.

# en: The emotional problem comes first
principle-emotion-first-title = קודם הבעיה הרגשית

# en: A customer has two problems: the practical one and the way it made them feel. Solve the practical one while ignoring the feeling and they still leave unhappy.
principle-emotion-first-text = ללקוח יש שתי בעיות: הבעיה המעשית, וההרגשה שהיא גרמה לו. מי שפותר את המעשית ומתעלם מההרגשה נשאר עם לקוח שהולך משם לא מרוצה.

# en: Treat each customer as a person
principle-not-one-of-many-title = להתייחס לכל לקוח כאל אדם

# en: Scripted, mechanical answers tell the customer they are one of many. Speak to this customer about this problem, in your own words.
principle-not-one-of-many-text = תשובות מתוסרטות ומכניות אומרות ללקוח שהוא עוד אחד מני רבים. מדברים עם הלקוח הזה, על הבעיה הזאת, במילים שלך.

# en: Courtesy costs nothing
principle-courtesy-title = אדיבות לא עולה כסף

# en: 'Thank you for waiting', 'I'm sorry this happened', 'please': small courteous phrases carry a lot of weight with someone who feels badly treated.
principle-courtesy-text = ביטויי נימוס קטנים כמו "תודה שחיכית", "צר לי שזה קרה" ו"בבקשה" שווים הרבה למי שמרגיש שהתייחסו אליו לא יפה.

# en: Give the benefit of the doubt
principle-benefit-of-the-doubt-title = לתת ללקוח ליהנות מהספק

# en: Assume the customer is telling the truth until the facts say otherwise. Suspicion is heard at once and turns a complaint into a fight.
principle-benefit-of-the-doubt-text = מניחים שהלקוח אומר את האמת, עד שהעובדות מראות אחרת. חשדנות נשמעת מיד, והופכת תלונה לריב.

# en: Put yourself in their place
principle-in-their-place-title = לשים את עצמך במקום הלקוח

# en: Ask yourself how you would feel after the same day, and say what it cost them: the wasted morning, the broken plan. It turns 'a case' back into a person's trouble.
principle-in-their-place-text = שואלים את עצמנו איך היינו מרגישים אחרי יום כזה, ואומרים במפורש מה זה עלה ללקוח: הבוקר שהלך לאיבוד, התוכנית שהשתבשה. כך "תיק" חוזר להיות הצרה של בן אדם.

# en: Open and close the conversation well
principle-greet-and-close-title = לפתוח ולסגור את השיחה כמו שצריך

# en: A greeting with your name starts the conversation as between two people. At the end, say what happens next and thank the customer: the last words are the ones they remember.
principle-greet-and-close-text = ברכה שכוללת את השם שלך פותחת את השיחה כמו בין שני אנשים. בסוף אומרים מה קורה הלאה ומודים ללקוח: המילים האחרונות הן אלה שהוא זוכר.

# en: Take the case in hand personally
principle-own-the-case-title = לקחת את הטיפול באופן אישי

# en: Whoever caused the problem, you are the company to this customer now. 'That's another department' or 'I'm only the messenger' leaves them helpless. Say that you will handle it.
principle-own-the-case-text = לא משנה מי גרם לבעיה: בעיני הלקוח, ברגע זה החברה היא מי שמדבר איתו. "זו מחלקה אחרת" או "אני רק מעביר הודעות" משאירים אותו חסר אונים. אומרים לו במפורש שהטיפול עליך.

# en: Give a concrete next step and time
principle-concrete-next-step-title = לקבוע צעד הבא ומועד ברורים

# en: 'I'll look into it' is not a promise. Say what you will do, by when, and how the customer will hear from you.
principle-concrete-next-step-text = המשפט "אבדוק את זה" הוא לא הבטחה. אומרים מה בדיוק הולכים לעשות, עד מתי, ואיך הלקוח יקבל עדכון.

# en: Promise only what you control
principle-promise-only-what-you-control-title = להבטיח רק מה שבשליטתך

# en: A promise whose deadline depends on someone else is a promise you may break, and a broken promise makes a second, angrier complaint. Promise what you can keep yourself.
principle-promise-only-what-you-control-text = הבטחה שהמועד שלה תלוי במישהו אחר היא הבטחה שעלולה להיות מופרת, והבטחה מופרת מולידה תלונה שנייה, כועסת יותר. מבטיחים רק מה שאפשר לקיים בעצמך.

# en: Be honest, even with bad news
principle-honest-bad-news-title = לומר את האמת, גם כשהחדשות רעות

# en: Customers forgive bad news far more easily than being misled. Say what cannot be done, apologise, and say what you can do instead.
principle-honest-bad-news-text = לקוחות סולחים על חדשות רעות הרבה יותר בקלות מאשר על הטעיה. אומרים מה אי אפשר לעשות, מתנצלים, ואומרים מה כן אפשר לעשות במקום.

# en: Make it right, and fix the cause
principle-make-it-right-title = לפצות, ולטפל בשורש הבעיה

# en: An apology is the start, not the end: offer a remedy that fits the harm, and make sure the same thing does not happen to the next customer.
principle-make-it-right-text = התנצלות היא ההתחלה, לא הסוף: מציעים פיצוי שמתאים לנזק, ודואגים שאותו דבר לא יקרה ללקוח הבא.

# en: Explain what happens next, plainly
principle-explain-the-process-title = להסביר בפשטות מה קורה הלאה

# en: Tell the customer the steps ahead in words they use, not in internal jargon, so they know what to expect and do not have to chase you.
principle-explain-the-process-text = מספרים ללקוח מה השלבים הבאים במילים שלו, לא בז'רגון פנימי, כדי שיידע למה לצפות ולא יצטרך לרדוף אחריך.

# en: Hand over warmly, not away
principle-warm-transfer-title = להעביר בחום, לא לגלגל הלאה

# en: When someone else must take over, say why and who, pass on the whole story so the customer need not tell it again, and stay until your colleague has it. A cold transfer feels like being dropped.
principle-warm-transfer-text = כשמישהו אחר צריך להמשיך את הטיפול, אומרים למה ומי ימשיך, מעבירים את כל הסיפור כדי שהלקוח לא יצטרך לספר אותו שוב, ונשארים עד שהעמית מקבל את הטיפול לידיו. העברה קרה מרגישה כמו נטישה.

# en: Answer a loud customer softly
principle-soft-answer-title = לענות בשקט ללקוח שצועק

# en: Raising your voice to match the customer starts a shouting match. A low, steady voice pulls the conversation down to your level.
principle-soft-answer-text = להרים את הקול כמו הלקוח זה להתחיל תחרות צעקות. קול נמוך ויציב מוריד את השיחה לגובה שלך.

# en: Never tell an angry person to calm down
principle-never-calm-down-title = לעולם לא להגיד לאדם כועס להירגע

# en: 'Calm down' says their feeling is the problem. It almost always makes it worse. Show calm instead of demanding it.
principle-never-calm-down-text = המילה "תירגע" אומרת לו שהרגש שלו הוא הבעיה, וכמעט תמיד היא מחמירה את המצב. במקום לדרוש רוגע, מפגינים רוגע.

# en: Don't argue about who is right
principle-do-not-argue-title = לא להתווכח על מי צודק

# en: Winning the argument loses the customer. Put your energy into fixing the problem, not into proving the customer wrong.
principle-do-not-argue-text = מי שמנצח בוויכוח מפסיד את הלקוח. משקיעים את האנרגיה בתיקון הבעיה, לא בהוכחה שהלקוח טועה.

# en: The anger is not personal
principle-not-personal-title = הכעס אינו אישי

# en: The customer is angry at the situation, even when the words are aimed at you. Taking it personally pulls you into answering emotion with emotion.
principle-not-personal-text = הלקוח כועס על המצב, גם כשהמילים מכוונות אליך. מי שלוקח את זה אישית נגרר לענות לרגש ברגש.

# en: Blame nobody in front of the customer
principle-no-blame-title = לא להאשים אף אחד מול הלקוח

# en: Blaming a colleague, another department or the customer sounds like an excuse and makes the company look divided. Speak about what happens next instead.
principle-no-blame-text = האשמת עמית, מחלקה אחרת או הלקוח עצמו נשמעת כמו תירוץ וגורמת לחברה להיראות מפולגת. במקום זה מדברים על מה שקורה מכאן והלאה.

# en: Set limits calmly and factually
principle-firm-and-calm-limits-title = להציב גבולות ברוגע ולעניין

# en: Some customers push to get something for free. Stay polite, stick to the facts, and do not cave in or argue: state what you can offer, calmly, as often as needed.
principle-firm-and-calm-limits-text = יש לקוחות שלוחצים כדי לקבל משהו בחינם. נשארים מנומסים, נצמדים לעובדות, לא נכנעים ולא מתווכחים: אומרים ברוגע מה אפשר להציע, שוב ושוב, כמה פעמים שצריך.

