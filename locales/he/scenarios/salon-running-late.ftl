### Defuse scenario `salon-running-late` (Twenty minutes of a lunch break) in he, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: Twenty minutes of a lunch break
title = עשרים דקות מתוך הפסקת הצהריים

# en: You work on the front desk of Orchidea Beauty, a busy city-centre salon. It is 12:32. A regular client booked for a 12:30 gel manicure with Dóra, one of the nail technicians, has just been told that Dóra is running twenty minutes late. She comes up to your desk. Kinga, another technician, has a free chair right now; Zsuzsa, the manager, is in the back office.
brief = המשמרת שלך היא בדלפק הקבלה של Orchidea Beauty, סלון יופי עמוס במרכז העיר. השעה 12:32. לקוחה קבועה, שהזמינה תור ל־12:30 למניקור ג'ל אצל Dóra, אחת המניקוריסטיות, שמעה הרגע ש־Dóra מאחרת בעשרים דקות. עכשיו היא ניגשת לדלפק שלך. ל־Kinga, מניקוריסטית אחרת, יש כרגע כיסא פנוי; Zsuzsa, המנהלת, נמצאת במשרד האחורי.

# en: Réka Szabó
customer-name = Réka Szabó

# en: on her lunch break, with a meeting back at the office at half past one
customer-trait-1 = באה בהפסקת הצהריים שלה, ויש לה פגישה במשרד באחת וחצי

# en: arrived ten minutes early, as the salon's reminder text asked her to
customer-trait-2 = הגיעה עשר דקות מוקדם, כמו שביקשה הודעת התזכורת של הסלון

# en: has had her nails done by Dóra for two years
customer-trait-3 = כבר שנתיים עושה ציפורניים אצל Dóra

# en: Sorry, what? I'm on my lunch break, and I've got a meeting at half one.
neutral-says-1 = סליחה, מה? אני בהפסקת צהריים, ויש לי פגישה באחת וחצי.

# en: I'm not sure what you mean. I just need my nails done and to be back at my desk by half one.
neutral-says-2 = אני לא בטוחה שהבנתי. אני רק צריכה לעשות ציפורניים ולהיות בחזרה ליד השולחן שלי באחת וחצי.

# en: Excuse me. I'm booked with Dóra at half twelve. I was here at twenty past, and she's just put her head round the door to say it'll be another twenty minutes. This is my lunch break! I have a meeting at half one. Your text yesterday told me to be on time, and I was.
opening-says-1 = סליחה. יש לי תור אצל Dóra בשתים עשרה וחצי. הייתי פה בשתים עשרה ועשרים, והיא הרגע הציצה מהדלת ואמרה שזה ייקח עוד עשרים דקות. זאת הפסקת הצהריים שלי! יש לי פגישה באחת וחצי. ההודעה שלכם אתמול ביקשה להגיע בזמן, והגעתי בזמן.

# en: Hi. I had a 12:30 gel manicure with Dóra. I got here ten minutes early, like your reminder asked, and now I hear it's another twenty minutes? I'm on my lunch break, and I've got a meeting at half one.
opening-says-2 = היי. היה לי תור למניקור ג'ל ב־12:30 אצל Dóra. הגעתי עשר דקות מוקדם, כמו שביקשתם בתזכורת, ועכשיו אני שומעת שזה עוד עשרים דקות? אני בהפסקת צהריים, ויש לי פגישה באחת וחצי.

# en: She has told you three things: she came early, it is her lunch break, and she has a meeting at half one. Show her you caught them before you explain anything.
opening-hint = היא סיפרה לך שלושה דברים: היא הגיעה מוקדם, זו הפסקת הצהריים שלה, ויש לה פגישה באחת וחצי. כדאי להראות לה שקלטת אותם לפני שמסבירים משהו.

# en: Réka, you came early like we asked, on your lunch break, and now you're the one left waiting. I'm sorry. Let's work out together what still fits before your meeting.
opening-reply-1 = הגעת מוקדם, Réka, כמו שביקשנו, באמצע הפסקת הצהריים, ודווקא את נשארת לחכות. צר לי. בואי נבדוק יחד מה עוד אפשר להספיק לפני הפגישה שלך.

# en: You gave her own three points back to her: early, lunch break, meeting at half one. She knows you heard her, and 'together' tells her the problem is now yours too.
opening-reply-1-feedback = החזרת לה את שלוש הנקודות שלה: מוקדם, הפסקת צהריים, פגישה באחת וחצי. היא יודעת ששמעת אותה, והמילה "יחד" אומרת לה שהבעיה היא עכשיו גם שלך.

# en: I'm so sorry, Réka. The lady before you came in twenty-five minutes late, so Dóra's whole afternoon has slipped.
opening-reply-2 = צר לי מאוד, Réka. הגברת שלפנייך הגיעה באיחור של עשרים וחמש דקות, אז כל אחר הצהריים של Dóra זז.

# en: The apology was right, but pointing at another client sounds like an excuse and judges someone who isn't there. Réka hears: somebody else was late, so she pays for it.
opening-reply-2-feedback = ההתנצלות הייתה במקום, אבל הצבעה על לקוחה אחרת נשמעת כמו תירוץ ושופטת מישהי שלא נמצאת כאן. מה ש־Réka שומעת: מישהי אחרת איחרה, אז היא זו שמשלמת על זה.

# en: Oh, I'm sorry! It shouldn't be long now, five minutes or so. Can I get you a coffee while you wait?
opening-reply-3 = אוי, סליחה! זה כבר לא ייקח הרבה, חמש דקות בערך. להביא לך קפה בינתיים?

# en: Friendly, and the coffee is a kind touch, but 'five minutes' is a guess about Dóra's work, and Dóra herself said twenty. Her meeting at half one went unmentioned.
opening-reply-3-feedback = ידידותי, והקפה הוא מחווה נחמדה, אבל "חמש דקות" זה ניחוש לגבי העבודה של Dóra, ו־Dóra עצמה אמרה עשרים. על הפגישה שלה באחת וחצי לא נאמרה מילה.

# en: I'm sorry, these things happen in a salon. Treatments sometimes run over, and it's really nobody's fault.
opening-reply-4 = צר לי, דברים כאלה קורים בסלון. טיפולים לפעמים מתארכים, ובאמת אין פה אשמה של אף אחד.

# en: It may be true, but 'nobody's fault' leaves her with nobody to help. She did everything the salon asked; she needs someone to take her lunch-hour problem in hand.
opening-reply-4-feedback = ייתכן שזה נכון, אבל "אין פה אשמה של אף אחד" משאיר אותה בלי אף אחד שיעזור לה. היא עשתה כל מה שהסלון ביקש; היא צריכה מישהו שייקח לידיים את הבעיה של הפסקת הצהריים שלה.

# en: That's not my problem, though, is it? I did everything right. I came early, like your text said. So why is my lunch break paying for it?
not-my-problem-says-1 = אבל זאת לא הבעיה שלי, נכון? אני עשיתי הכול כמו שצריך. הגעתי מוקדם, כמו שכתבתם בהודעה. אז למה הפסקת הצהריים שלי משלמת על זה?

# en: You're right. You did everything we asked, and the timetable is ours to sort out, not yours. I'm sorry. Let's work out what still fits before half one.
not-my-problem-reply-1 = את צודקת. עשית כל מה שביקשנו, ולסדר את לוח הזמנים זה התפקיד שלנו, לא שלך. צר לי. בואי נבדוק מה עוד אפשר להספיק לפני אחת וחצי.

# en: You agreed with her instead of defending the salon, and took the timetable back as your job. She no longer has to argue her case; she can start thinking about solutions with you.
not-my-problem-reply-1-feedback = הסכמת איתה במקום להגן על הסלון, ולקחת את לוח הזמנים כמשימה שלך. היא כבר לא צריכה להילחם על הצדק שלה; היא יכולה להתחיל לחשוב איתך על פתרונות.

# en: I know it's not fair, and I'm sorry. But I can't make Dóra go any faster, can I?
not-my-problem-reply-2 = ברור לי שזה לא הוגן, וצר לי. אבל את Dóra אני לא אוכל לזרז, נכון?

# en: 'Not fair' and the apology were good, then you told her nothing can be done. Sympathy without ownership sounds like a polite shrug while her lunch break ticks away.
not-my-problem-reply-2-feedback = "לא הוגן" וההתנצלות היו טובים, אבל אז אמרת לה שאין מה לעשות. השתתפות בצער בלי לקיחת אחריות נשמעת כמו משיכת כתפיים מנומסת, בזמן שהפסקת הצהריים שלה אוזלת.

# en: Well, another day it might be you running late, and then we'd all be waiting for you.
not-my-problem-reply-3 = נו, יום אחד אולי את תהיי זו שמאחרת, ואז כולנו נחכה לך.

# en: You turned her complaint into a debate about fairness, with an accusation she has done nothing to earn. She was early and said so twice.
not-my-problem-reply-3-feedback = הפכת את התלונה שלה לוויכוח על הוגנות, עם האשמה שלא הגיעה לה בשום צורה. היא הגיעה מוקדם ואמרה את זה פעמיים.

# en: Well, how long is it really going to be? Because 'twenty minutes' in a salon usually turns into forty.
how-long-says-1 = טוב, אז כמה זמן זה באמת ייקח? כי "עשרים דקות" בסלון בדרך כלל הופכות לארבעים.

# en: You don't control how fast Dóra works. A guess now becomes a promise she will hold you to.
how-long-hint = הקצב של Dóra לא בשליטתך. ניחוש עכשיו יהפוך להבטחה, והיא עוד תזכיר לך אותה.

# en: I'd rather not guess and get it wrong. Give me one minute: I'll ask Dóra exactly when she can start, and come straight back to you.
how-long-reply-1 = עדיף שלא אנחש ואטעה. תני לי דקה אחת: אשאל את Dóra מתי בדיוק היא יכולה להתחיל, ואחזור אלייך מיד.

# en: You refused to guess about work that isn't yours and made a promise you fully control: one minute, then a real answer. With a meeting at half one, a real time is worth more to her than a comforting one.
how-long-reply-1-feedback = סירבת לנחש לגבי עבודה שאינה שלך, ונתת הבטחה שנמצאת כולה בשליטתך: דקה אחת, ואז תשובה אמיתית. כשיש לה פגישה באחת וחצי, שעה אמיתית שווה לה יותר משעה מרגיעה.

# en: Don't worry, it won't be forty. I'll make sure she's with you in five minutes, I promise.
how-long-reply-2 = אל דאגה, זה לא יהיה ארבעים. אדאג שהיא תתחיל איתך תוך חמש דקות, זו הבטחה.

# en: Reassuring, and she relaxes for a moment, but you have no say over when Dóra finishes. If five minutes turns into fifteen, the broken promise is yours.
how-long-reply-2-feedback = מרגיע, והיא נרגעת לרגע, אבל אין לך שום השפעה על מתי Dóra מסיימת. אם חמש דקות יהפכו לחמש עשרה, ההבטחה שהופרה היא שלך.

# en: About twenty, like Dóra said. It depends on how the treatment before yours goes, I'm afraid.
how-long-reply-3 = בערך עשרים, כמו ש־Dóra אמרה. זה תלוי בטיפול שלפנייך, לצערי.

# en: Repeating a vague estimate gives her nothing to plan with. She asked for a real time because of her meeting; 'it depends' hands the uncertainty straight back to her.
how-long-reply-3-feedback = חזרה על הערכה מעורפלת לא נותנת לה שום דבר לתכנן לפיו. היא ביקשה שעה אמיתית בגלל הפגישה שלה; "זה תלוי" מחזיר לה את חוסר הוודאות ישר לידיים.

# en: 'About twenty'? I've got a meeting at half one. I can't plan my afternoon around 'about'. I need a real time.
about-twenty-says-1 = מה זה "בערך עשרים"? יש לי פגישה באחת וחצי. אני לא יכולה לתכנן את אחר הצהריים שלי לפי "בערך". אני צריכה שעה אמיתית.

# en: That's fair: you need a real time, not a guess. I'll ask Dóra right now exactly when she can start, and I'll be back in a minute.
about-twenty-reply-1 = בצדק: את צריכה שעה אמיתית, לא ניחוש. אשאל את Dóra עכשיו מתי בדיוק היא יכולה להתחיל, ואחזור אלייך תוך דקה.

# en: You accepted her point without defending yourself and named a step you can take at once. A minute's walk to Dóra gets her the certainty she asked for.
about-twenty-reply-1-feedback = קיבלת את הטענה שלה בלי להתגונן, ונקבת בצעד שאפשר לעשות מיד. דקה של הליכה עד Dóra נותנת לה את הוודאות שביקשה.

# en: I honestly can't say exactly. Nobody can, with treatments; they take as long as they take.
about-twenty-reply-2 = בכנות, אין לי דרך לדעת בדיוק. אף אחד לא יכול, עם טיפולים; הם לוקחים כמה שהם לוקחים.

# en: Honest in a way, but you didn't try to find out. Somebody can say: Dóra, twenty steps away. 'Nobody can' leaves Réka stuck at the desk with the clock running.
about-twenty-reply-2-feedback = כנה במידה מסוימת, אבל לא ניסית לברר. יש מי שיכולה לדעת: Dóra, עשרים צעדים ממך. "אף אחד לא יכול" משאיר את Réka תקועה ליד הדלפק כשהשעון מתקתק.

# en: It's quarter to one. You said five minutes. I've been sitting here watching the clock, and Dóra still isn't out.
five-minutes-later-says-1 = השעה רבע לאחת. אמרת חמש דקות. אני יושבת פה ומסתכלת על השעון, ו־Dóra עדיין לא יצאה.

# en: You're right, and I'm sorry: I guessed instead of checking, and that wasn't fair on you. Let me ask Dóra right now for a real time, and I'll come straight back.
five-minutes-later-reply-1 = את צודקת, וסליחה: ניחשתי במקום לבדוק, וזה לא היה הוגן כלפייך. אשאל את Dóra עכשיו מה השעה האמיתית, ואחזור אלייך מיד.

# en: Admitting your own wrong estimate is hard and right. She forgives a mistake owned openly far more easily than a second guess.
five-minutes-later-reply-1-feedback = להודות בהערכה שגויה שלך זה קשה, וזה נכון. על טעות שמודים בה בגלוי היא תסלח הרבה יותר בקלות מאשר על ניחוש שני.

# en: She's nearly done now, honestly. It'll only be a couple more minutes, I'm sure of it.
five-minutes-later-reply-2 = היא ממש כבר מסיימת, באמת. עוד כמה דקות וזהו, אין לי ספק.

# en: A second guess on top of a broken one. She has just watched your first estimate fail; another one without checking tells her your times mean nothing.
five-minutes-later-reply-2-feedback = ניחוש שני על גבי ניחוש שכבר התבדה. היא בדיוק ראתה את ההערכה הראשונה שלך נכשלת; עוד אחת בלי לבדוק אומרת לה שהזמנים שלך לא שווים כלום.

# en: I'm sorry, it's really down to Dóra, not me. She's just running very far behind today.
five-minutes-later-reply-3 = צר לי, זה באמת תלוי ב־Dóra, לא בי. היא פשוט מאחרת מאוד היום.

# en: To Réka the five minutes were your promise, not Dóra's. Passing it on to a colleague sounds like an excuse and makes the salon look divided, just before one of you does her nails.
five-minutes-later-reply-3-feedback = מבחינת Réka, חמש הדקות היו ההבטחה שלך, לא של Dóra. לגלגל את זה על עמיתה נשמע כמו תירוץ ומציג את הסלון כמפולג, רגע לפני שמישהי מכן תטפל לה בציפורניים.

# en: Well? What did she say? If it's another twenty minutes, I'm not making my meeting.
options-says-1 = נו? מה היא אמרה? אם זה עוד עשרים דקות, אני לא מגיעה לפגישה שלי.

# en: So? What's the real answer? I can't be late back today.
options-says-2 = אז? מה התשובה האמיתית? אני לא יכולה לחזור באיחור היום.

# en: Thank you for waiting. Honestly, Dóra can't start until 12:55, and that would take you past half one. Kinga is free right now and can be done by quarter past one, or I can book you Dóra's first slot on a day that suits you. Which would you prefer?
options-reply-1 = תודה שחיכית. בכנות, Dóra לא יכולה להתחיל לפני 12:55, וזה ייקח אותך מעבר לאחת וחצי. Kinga פנויה עכשיו ויכולה לסיים עד אחת ורבע, או שאוכל לקבוע לך את התור הראשון של Dóra ביום שנוח לך. מה את מעדיפה?

# en: You thanked her, gave the bad news straight, measured it against her half-one meeting, and offered two real options with the choice left to her. Honest timing plus a choice is what calms a customer in a hurry.
options-reply-1-feedback = הודית לה, מסרת את החדשות הרעות ישירות, מדדת אותן מול הפגישה שלה באחת וחצי, והצעת שתי אפשרויות אמיתיות שהבחירה ביניהן נשארת בידיה. זמנים כנים ועוד בחירה, זה מה שמרגיע לקוחה שממהרת.

# en: Dóra can't start until 12:55, so today won't work, I'm afraid. I can rebook you for Thursday at half twelve instead. Shall I put you in?
options-reply-2 = לצערי, Dóra לא יכולה להתחיל לפני 12:55, אז היום זה לא יסתדר. אוכל לקבוע לך במקום זה תור ליום חמישי בשתים עשרה וחצי. לרשום אותך?

# en: Accurate and quick, but you closed today's door without looking for another way, and offered the same lunchtime slot that just ran over. She gave up half her break; she needs choices, not a form filled in for her.
options-reply-2-feedback = מדויק ומהיר, אבל סגרת את האפשרות של היום בלי לחפש דרך אחרת, והצעת בדיוק את אותו תור צהריים שזה עתה התארך. היא ויתרה על חצי מההפסקה שלה; היא צריכה אפשרויות בחירה, לא טופס שמילאו בשבילה.

# en: Good news: I'll ask Dóra to speed things up, so she can start at 12:50 and still have you out by twenty past one. I promise you'll make it.
options-reply-3 = חדשות טובות: אבקש מ־Dóra לזרז קצת, ככה שהיא תוכל להתחיל ב־12:50 ועדיין לשחרר אותך עד אחת ועשרים. זו הבטחה: את תספיקי.

# en: You remembered her deadline and wanted to rescue it, but you promised Dóra's speed, which you don't control. A rushed gel manicure is also not what she is paying for.
options-reply-3-feedback = זכרת עד מתי היא צריכה לצאת ורצית להציל את זה, אבל הבטחת את המהירות של Dóra, שאינה בשליטתך. וחוץ מזה, מניקור ג'ל בלחץ הוא לא מה שהיא משלמת עליו.

# en: Look. I need to be back at my desk by half one. What can you actually do for me today?
what-can-you-do-says-1 = בקיצור. אני צריכה להיות בחזרה ליד השולחן שלי באחת וחצי. מה אתם באמת יכולים לעשות בשבילי היום?

# en: I've checked with Dóra: she can't start until 12:55, which would make you late. Kinga is free right now and can be done by quarter past one, or I'll book you Dóra's first slot on a day that suits you. Which would you like?
what-can-you-do-reply-1 = בדקתי עם Dóra: היא לא יכולה להתחיל לפני 12:55, ואז תאחרי. Kinga פנויה עכשיו ויכולה לסיים עד אחת ורבע, או שאקבע לך את התור הראשון של Dóra ביום שנוח לך. מה תעדיפי?

# en: A straight question got a straight answer: a real start time, a way to make her meeting today, and a choice. Concrete options end the waiting game.
what-can-you-do-reply-1-feedback = לשאלה ישירה היא קיבלה תשובה ישירה: שעת התחלה אמיתית, דרך להגיע לפגישה עוד היום, ובחירה. אפשרויות מוחשיות מסיימות את משחק ההמתנה.

# en: I'll ask Dóra to speed things up for you. She can start at 12:50 and have you done by twenty past, I'm sure.
what-can-you-do-reply-2 = אבקש מ־Dóra לזרז בשבילך. היא יכולה להתחיל ב־12:50 ולסיים איתך עד אחת ועשרים, אין לי ספק.

# en: You are trying to save her meeting, but with a promise about somebody else's hands. If Dóra can't manage it, Réka is late and the promise was yours.
what-can-you-do-reply-2-feedback = ניסית להציל את הפגישה שלה, אבל בהבטחה על הידיים של מישהי אחרת. אם Dóra לא תעמוד בזה, Réka מאחרת, וההבטחה הייתה שלך.

# en: Not much today, I'm afraid. We're fully booked all afternoon. Shall I find you another day?
what-can-you-do-reply-3 = לא הרבה היום, לצערי. אנחנו מלאים כל אחר הצהריים. לחפש לך יום אחר?

# en: You answered without looking: Kinga has a free chair right now. 'Not much' tells Réka her lunch break was wasted for nothing.
what-can-you-do-reply-3-feedback = ענית בלי לבדוק: ל־Kinga יש כיסא פנוי כרגע. "לא הרבה" אומר ל־Réka שהפסקת הצהריים שלה הלכה לפח סתם.

# en: Speed things up? I'm paying for a proper gel manicure, not a rush job. And can you really promise I'll be out by twenty past?
rushed-risk-says-1 = לזרז? אני משלמת על מניקור ג'ל כמו שצריך, לא על עבודה חפוזה. ואפשר באמת להבטיח לי שאצא עד אחת ועשרים?

# en: You're right to ask, and no, I can't promise that for Dóra. Here's what I can do: Kinga is free now and can be done by quarter past one, or I'll book you Dóra's first slot on another day. Your choice.
rushed-risk-reply-1 = בצדק את שואלת, ולא, בשם Dóra אין באפשרותי להבטיח את זה. הנה מה שכן אפשר: Kinga פנויה עכשיו ויכולה לסיים עד אחת ורבע, או שאקבע לך את התור הראשון של Dóra ביום אחר. הבחירה שלך.

# en: Taking back your own promise is uncomfortable and exactly right. You replaced a guarantee you couldn't keep with two offers you can.
rushed-risk-reply-1-feedback = לחזור בך מהבטחה שנתת זה לא נעים, וזה בדיוק הדבר הנכון. החלפת התחייבות שלא יכולת לעמוד בה בשתי הצעות שכן אפשר לקיים.

# en: Yes, I promise. Dóra's really quick when she needs to be. You'll be out in plenty of time.
rushed-risk-reply-2 = כן, זו הבטחה. Dóra ממש מהירה כשצריך. תצאי עם המון זמן פנוי.

# en: She told you why she doubts it, and you doubled the promise instead of checking it. If Dóra runs over again, Réka will remember that you promised.
rushed-risk-reply-2-feedback = היא אמרה לך למה היא מפקפקת, והכפלת את ההבטחה במקום לבדוק אותה. אם Dóra תתעכב שוב, Réka תזכור מי הבטיח לה.

# en: Well, it's that or rebook, I'm afraid. Those are the only options we have today.
rushed-risk-reply-3 = טוב, זה או לקבוע תור חדש, לצערי. אלה האפשרויות היחידות שיש לנו היום.

# en: Take-it-or-leave-it sounds impatient, and it isn't even true: Kinga has a free chair. It pushes Réka towards asking for someone else.
rushed-risk-reply-3-feedback = טון של "קחי או תשאירי" נשמע חסר סבלנות, וזה אפילו לא נכון: ל־Kinga יש כיסא פנוי. זה דוחף את Réka לבקש לדבר עם מישהו אחר.

# en: Thursday? So I gave up my lunch break for nothing? And half twelve is the exact slot that just ran over!
rebook-reaction-says-1 = יום חמישי? אז ויתרתי על הפסקת הצהריים שלי לחינם? ושתים עשרה וחצי זה בדיוק התור שהתארך עכשיו!

# en: You're right, I jumped ahead, I'm sorry. Let's look at today first: Kinga is free right now and can finish by quarter past one. Or, if you'd rather stay with Dóra, I'll book her first slot of the day so nothing runs into it.
rebook-reaction-reply-1 = את צודקת, קפצתי קדימה, סליחה. בואי נסתכל קודם על היום: Kinga פנויה עכשיו ויכולה לסיים עד אחת ורבע. ואם את מעדיפה להישאר עם Dóra, אקבע לך את התור הראשון שלה ביום, כך ששום דבר לא יגלוש לתוכו.

# en: You owned the slip and answered both things she said: today is not lost, and a first-of-the-day slot cannot be eaten by an earlier client.
rebook-reaction-reply-1-feedback = לקחת אחריות על הפספוס וענית על שני הדברים שהיא אמרה: היום עוד לא אבוד, ותור ראשון של היום לא יכול להיאכל על ידי לקוחה קודמת.

# en: Thursday at half twelve is the only lunchtime slot Dóra has this week, I'm afraid.
rebook-reaction-reply-2 = לצערי, יום חמישי בשתים עשרה וחצי הוא התור היחיד של Dóra בשעות הצהריים השבוע.

# en: Reading out the diary answers a question she didn't ask. She has just told you that slot is the problem; offering it again shows you didn't hear her.
rebook-reaction-reply-2-feedback = הקראה מהיומן עונה על שאלה שהיא לא שאלה. היא בדיוק אמרה לך שהתור הזה הוא הבעיה; להציע אותו שוב מראה שלא שמעת אותה.

# en: Right, I've had enough. Is the manager in? I'd like to talk to someone who can actually sort this out.
manager-demand-says-1 = זהו, נמאס לי. המנהלת פה? אני רוצה לדבר עם מישהו שבאמת יכול לסדר את זה.

# en: Zsuzsa is in, and I'll get her if you still want me to. But I can sort it now: Dóra can't start until 12:55, Kinga is free this minute and can be done by quarter past one, or I'll book Dóra's first slot on another day.
manager-demand-reply-1 = המנהלת, Zsuzsa, נמצאת כאן, ואקרא לה אם עדיין תרצי. אבל אפשר לסדר את זה כבר עכשיו: Dóra לא יכולה להתחיל לפני 12:55, Kinga פנויה ברגע זה ויכולה לסיים עד אחת ורבע, או שאקבע לך את התור הראשון של Dóra ביום אחר.

# en: You respected her request and still kept the case: a real time and two options, right away. Customers often ask for a manager only because they have given up on the person in front of them.
manager-demand-reply-1-feedback = כיבדת את הבקשה שלה ועדיין השארת את הטיפול אצלך: שעה אמיתית ושתי אפשרויות, מיד. לקוחות מבקשים מנהל פעמים רבות רק כי התייאשו מהאדם שעומד מולם.

# en: Of course. Take a seat, and I'll go and get Zsuzsa for you.
manager-demand-reply-2 = כמובן. שבי בבקשה, ואני אלך לקרוא ל־Zsuzsa.

# en: Courteous, and it respects her wish, but the case leaves your hands unsolved, and more of her lunch break goes on explaining it all again.
manager-demand-reply-2-feedback = אדיב, ומכבד את רצונה, אבל הפנייה יוצאת מהידיים שלך בלי פתרון, ועוד חלק מהפסקת הצהריים שלה ילך על להסביר הכול מחדש.

# en: Zsuzsa will only tell you the same thing, I'm afraid. We're fully booked today.
manager-demand-reply-3 = לצערי Zsuzsa תגיד לך בדיוק אותו דבר. אנחנו מלאים היום.

# en: Refusing her and declaring it pointless leaves her no way forward but the door. And it isn't true: Kinga has a free chair.
manager-demand-reply-3-feedback = לסרב לה ולהכריז שאין בזה טעם לא משאיר לה שום דרך קדימה חוץ מהדלת. וזה גם לא נכון: ל־Kinga יש כיסא פנוי.

# en: All right, I'll try Kinga. But can I ask why Dóra is so behind? Last month I waited a quarter of an hour for her too.
colleague-question-says-1 = בסדר, אנסה את Kinga. אבל אפשר לשאול למה Dóra כל כך מאחרת? גם בחודש שעבר חיכיתי לה רבע שעה.

# en: Fine, Kinga it is. Out of interest, what's going on with Dóra? I sat here for fifteen minutes last month as well.
colleague-question-says-2 = טוב, הולכים על Kinga. רק מתוך סקרנות, מה קורה עם Dóra? גם בחודש שעבר ישבתי פה רבע שעה.

# en: She is inviting you to explain. You can explain without putting anyone down, neither a colleague nor another client.
colleague-question-hint = היא מזמינה אותך להסביר. אפשר להסביר בלי להקטין אף אחד, לא עמיתה ולא לקוחה אחרת.

# en: Her morning ran over, and with treatments that can happen. What shouldn't happen is you only finding out at the desk. That part is on us here, not on Dóra.
colleague-question-reply-1 = הבוקר שלה התארך, ובטיפולים זה יכול לקרות. מה שלא אמור לקרות זה שתגלי את זה רק ליד הדלפק. החלק הזה עלינו כאן בקבלה, לא על Dóra.

# en: An honest reason, no one judged, and the part that really went wrong, nobody telling her in time, taken on by the desk. Dóra stays someone Réka can trust with her nails.
colleague-question-reply-1-feedback = סיבה כנה, אף אחד לא נשפט, ואת החלק שבאמת השתבש, שאף אחד לא עדכן אותה בזמן, לקחה על עצמה הקבלה. Dóra נשארת מישהי ש־Réka יכולה לסמוך עליה עם הציפורניים שלה.

# en: Between us, Dóra's always behind. I've told the manager more than once, but nothing ever changes.
colleague-question-reply-2 = בינינו, Dóra תמיד מאחרת. אמרתי למנהלת יותר מפעם אחת, אבל שום דבר לא משתנה.

# en: It feels like siding with her, but running down a colleague makes the whole salon look unreliable, and Dóra has done her nails for two years. She now wonders what you say about her.
colleague-question-reply-2-feedback = זה מרגיש כמו לעמוד לצידה, אבל השמצת עמיתה גורמת לכל הסלון להיראות לא אמין, ו־Dóra עושה לה את הציפורניים כבר שנתיים. עכשיו היא תוהה מה אומרים עליה כאן מאחורי הגב.

# en: I couldn't tell you, I'm afraid. I'm only on the desk; you'd have to ask Dóra yourself.
colleague-question-reply-3 = לצערי אין לי מושג. אני רק בקבלה; תצטרכי לשאול את Dóra בעצמך.

# en: No blame, but no answer either. 'I'm only on the desk' is the messenger's excuse; at the desk you are the salon to her.
colleague-question-reply-3-feedback = בלי האשמות, אבל גם בלי תשובה. "אני רק בקבלה" הוא התירוץ של מי שרק מעביר הודעות; בעיניה, מי שעומד בדלפק הקבלה הוא הסלון.

# en: Always? She's done my nails for two years. And if you know she's always behind, why do you keep booking her back to back?
gossip-reaction-says-1 = תמיד? היא עושה לי ציפורניים כבר שנתיים. ואם אתם יודעים שהיא תמיד מאחרת, למה אתם ממשיכים לקבוע לה תורים צמודים?

# en: That was unfair of me, and I'm sorry. Dóra's excellent, as you know. The bookings are made here at the desk, so the gaps are ours to fix, and I'll raise it today.
gossip-reaction-reply-1 = זה לא היה הוגן מצדי, וסליחה. Dóra מצוינת, כמו שאת יודעת. את התורים קובעים כאן בקבלה, אז לדאוג למרווחים ביניהם זה התפקיד שלנו, ואעלה את זה עוד היום.

# en: You took the remark back and moved the fault to where it can be fixed: the booking diary. Fixing the cause protects the next lunchtime client too.
gossip-reaction-reply-1-feedback = חזרת בך מההערה והעברת את האשמה למקום שבו אפשר לתקן אותה: יומן התורים. טיפול בשורש הבעיה מגן גם על הלקוחה הבאה שתבוא בהפסקת הצהריים.

# en: I'm just telling you what it's like behind the scenes. The bookings aren't my decision.
gossip-reaction-reply-2 = זה פשוט מה שקורה מאחורי הקלעים. קביעת התורים היא לא ההחלטה שלי.

# en: Defending the gossip and then disowning the diary leaves her thinking nobody here is responsible for anything, least of all her time.
gossip-reaction-reply-2-feedback = להגן על הרכילות ואז להתנער מיומן התורים משאיר אותה עם התחושה שאף אחד כאן לא אחראי לשום דבר, ובטח שלא לזמן שלה.

# en: Well. I still came early, and I've spent half my lunch break sitting in your waiting area.
lunch-lost-says-1 = טוב. בכל זאת הגעתי מוקדם, ובזבזתי חצי מהפסקת הצהריים שלי בישיבה באזור ההמתנה שלכם.

# en: The practical problem is nearly solved. The emotional one is not: she feels her time didn't count.
lunch-lost-hint = הבעיה המעשית כמעט נפתרה. הבעיה הרגשית לא: היא מרגישה שהזמן שלה לא נחשב.

# en: You did, just as our text asked, and we kept you waiting. Thank you for being so patient, Réka. Today's manicure is 20% off, and I've noted on your card to ring you if we ever run late.
lunch-lost-reply-1 = הגעת מוקדם, בדיוק כמו שההודעה שלנו ביקשה, ואנחנו השארנו אותך לחכות. תודה על הסבלנות, Réka. על המניקור היום יש לך 20% הנחה, ורשמתי בכרטיס שלך להתקשר אלייך אם אי פעם נתעכב.

# en: You remembered the reminder text, thanked her by name, and matched the apology with a gesture and a change you can make yourself. That turns a lost lunch break into a reason to come back.
lunch-lost-reply-1-feedback = זכרת את הודעת התזכורת, הודית לה בשמה, וגיבית את ההתנצלות במחווה ובשינוי שבידיים שלך. כך הפסקת צהריים שהלכה לאיבוד הופכת לסיבה לחזור.

# en: Well, at least Kinga can fit you in now, so you'll still be back in time.
lunch-lost-reply-2 = טוב, לפחות Kinga יכולה לקחת אותך עכשיו, אז עוד תספיקי לחזור בזמן.

# en: True, and the practical problem is solved, but 'at least' brushes past what she just told you. Her time was the real complaint, and it went unacknowledged.
lunch-lost-reply-2-feedback = נכון, והבעיה המעשית נפתרה, אבל "לפחות" מדלג על מה שהיא בדיוק אמרה לך. הזמן שלה היה התלונה האמיתית, ואף אחד לא הכיר בזה.

# en: I'm so sorry, Réka. I promise you it will never, ever happen again.
lunch-lost-reply-3 = צר לי מאוד, Réka. זו הבטחה: זה לא יקרה שוב, אף פעם.

# en: Warm, and she hears that you care, but 'never again' is a promise no salon can keep. A gesture and a change you control would have meant more than a vow.
lunch-lost-reply-3-feedback = חם, והיא שומעת שאכפת לך, אבל "זה לא יקרה שוב" היא הבטחה שאף סלון לא יכול לקיים. מחווה ושינוי שבשליטתך היו אומרים יותר מנדר.

# en: Oh, is that Kinga waving? Is she ready for me?
handover-says-1 = אה, זאת Kinga שמנופפת? היא מוכנה בשבילי?

# en: She is. Thank you for waiting, Réka. Kinga, this is Réka: she has a meeting at half one, so she needs to be on her way by twenty past.
handover-reply-1 = כן. תודה שחיכית, Réka. Kinga, זאת Réka: יש לה פגישה באחת וחצי, אז היא צריכה לצאת מכאן עד אחת ועשרים.

# en: You thanked her for her patience and passed on the one detail that matters most, her deadline, so she doesn't have to explain it again or watch the clock alone.
handover-reply-1-feedback = הודית לה על הסבלנות והעברת הלאה את הפרט שהכי חשוב, השעה שבה היא חייבת לצאת, כך שהיא לא צריכה להסביר שוב או לעקוב אחרי השעון לבד.

# en: Yes, she's ready for you. Go on through, it's station two on the left.
handover-reply-2 = כן, היא מוכנה. אפשר להיכנס, עמדה מספר שתיים משמאל.

# en: Efficient and polite enough, but no thanks for her patience, and Kinga knows nothing about half one. Réka will have to explain her deadline all over again.
handover-reply-2-feedback = יעיל ומנומס מספיק, אבל בלי תודה על הסבלנות, ו־Kinga לא יודעת כלום על אחת וחצי. Réka תצטרך להסביר מהתחלה עד מתי היא חייבת לצאת.

# en: Yes! Go on through, relax and take your time. You've earned a bit of pampering today.
handover-reply-3 = כן! תיכנסי, תתרווחי וקחי את הזמן. מגיע לך קצת פינוק היום.

# en: A warm salon phrase, but 'take your time' is exactly what she can't do. After all that, it shows her meeting at half one slipped your mind.
handover-reply-3-feedback = משפט חם, כמו שאומרים בסלון, אבל "קחי את הזמן" זה בדיוק מה שהיא לא יכולה לעשות. אחרי כל זה, הוא מראה שהפגישה שלה באחת וחצי פרחה מזיכרונך.

# en: Thank you. You've actually rescued my lunch break. Can you book me in with Dóra next month, first slot of the afternoon?
warm-resolved-says-1 = תודה. ממש הצלת לי את הפסקת הצהריים. אפשר לקבוע לי תור אצל Dóra בחודש הבא, התור הראשון של אחר הצהריים?

# en: Kinga finishes at quarter past one and Réka is at her desk before her meeting. She books her next visit with Dóra and tells two colleagues the salon 'sorted it out properly'. A delay nobody could prevent became a reason to trust you.
warm-resolved-summary = באחת ורבע Kinga מסיימת, ו־Réka יושבת ליד השולחן שלה לפני הפגישה. היא קובעת את הביקור הבא אצל Dóra ומספרת לשתי חברות לעבודה שהסלון "טיפל בזה כמו שצריך". עיכוב שאף אחד לא יכול היה למנוע הפך לסיבה לסמוך עליך.

# en: Fine. Thanks.
grudging-says-1 = טוב. תודה.

# en: Réka gets her nails done and makes her meeting, but leaves feeling her time didn't count. She doesn't complain and doesn't rebook; next month she tries another salon. She is one of the many unhappy customers who never tell you why they stopped coming.
grudging-summary = הציפורניים של Réka מוכנות והיא מגיעה לפגישה, אבל יוצאת בתחושה שהזמן שלה לא נחשב. היא לא מתלוננת ולא קובעת תור חדש; בחודש הבא היא מנסה סלון אחר. היא אחת מהלקוחות הלא מרוצים הרבים שלעולם לא מספרים לך למה הפסיקו להגיע.

# en: Twenty past, you said. You promised.
late-for-meeting-says-1 = אחת ועשרים, אמרת. הבטחת.

# en: Dóra starts at five to one and hurries; a nail smudges and has to be redone. Réka leaves at twenty to two and walks into her meeting late, with one nail still tacky. The delay became a broken promise, and the promise was yours.
late-for-meeting-summary = הטיפול אצל Dóra מתחיל בחמישה לאחת, והיא ממהרת; ציפורן אחת נמרחת וצריך לעשות אותה מחדש. Réka יוצאת בעשרים לשתיים ונכנסת לפגישה באיחור, עם ציפורן אחת שעוד לא התייבשה. העיכוב הפך להבטחה שהופרה, וההבטחה הייתה שלך.

# en: Zsuzsa comes out a few minutes later, hears the whole story again, and offers Kinga's free chair, the option that was there all along. Réka makes her meeting with minutes to spare, but it was the manager who helped her, not you.
handed-to-manager-summary = כמה דקות אחר כך Zsuzsa יוצאת, שומעת את כל הסיפור שוב, ומציעה את הכיסא הפנוי של Kinga, האפשרות שהייתה שם כל הזמן. Réka מספיקה להגיע לפגישה עם דקות ספורות לרווחה, אבל את העזרה היא קיבלה מהמנהלת, לא ממך.

# en: Forget it. I'm going back to work. Cancel my booking.
walkout-says-1 = עזבו. אני חוזרת לעבודה. תבטלו לי את התור.

# en: Réka goes to her meeting with bare nails and cancels her standing appointment with Dóra. She writes no review and makes no complaint; she simply books at the salon across the road. Two years of loyalty lost over twenty minutes, and the salon never hears why.
walkout-summary = בלי ציפורניים עשויות, Réka הולכת לפגישה ומבטלת את התור הקבוע שלה אצל Dóra. היא לא כותבת ביקורת ולא מתלוננת; היא פשוט קובעת תור בסלון שממול. שנתיים של נאמנות אבדו בגלל עשרים דקות, והסלון אף פעם לא שומע למה.

