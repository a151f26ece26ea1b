### Defuse scenario `phone-bill-charges` (The subscription nobody ordered) in he, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: The subscription nobody ordered
title = המנוי שאף אחד לא הזמין

# en: You answer the customer chat of a mobile operator. The customer has found charges on his bill from a partner service he says he never ordered. He has already called the hotline about it once, and he is writing in capitals.
brief = אתם עונים בצ'אט שירות הלקוחות של חברת סלולר. הלקוח מצא בחשבון שלו חיובים של שירות של חברה שותפה, ולדבריו מעולם לא הזמין אותו. הוא כבר התקשר פעם אחת למוקד בעניין הזה, ועכשיו הוא כותב בצעקות.

# en: Tibor Varga
customer-name = Tibor Varga

# en: found four charges of 1,490 forints from a 'MobilPlay Club' on his bill, a service he never ordered
customer-trait-1 = מצא בחשבון שלו ארבעה חיובים של 1,490 פורינט מ־"MobilPlay Club", שירות שמעולם לא הזמין

# en: was told on the hotline last week: 'that's the partner's business, not ours'
customer-trait-2 = במוקד אמרו לו בשבוע שעבר: "זה עניין של החברה השותפה, לא שלנו"

# en: has been with the operator for 14 years and uses his phone for calls and the weather forecast
customer-trait-3 = לקוח של החברה כבר 14 שנה, ומשתמש בטלפון לשיחות ולתחזית מזג האוויר

# en: What? I don't understand what that's supposed to mean. I just want these MobilPlay charges off my bill and my money back.
neutral-says-1 = מה? אני לא מבין מה זה אמור להגיד. אני רק רוצה שהחיובים של MobilPlay יירדו מהחשבון שלי ושאקבל את הכסף בחזרה.

# en: Is that supposed to be an answer? I NEVER ordered this 'MobilPlay Club'. Tell me in plain words what you're doing about my money.
neutral-says-2 = זאת אמורה להיות תשובה??? מעולם לא הזמנתי שום "MobilPlay Club"!!! תגידו לי במילים פשוטות מה אתם עושים בעניין הכסף שלי.

# en: WHAT IS 'MOBILPLAY CLUB'?? Four charges of 1,490 forints on my bill and I never ordered ANYTHING. I called your hotline last week and was told 'that's the partner's business, not ours'. So who is taking my money? Are you in on this scam or what?
opening-says-1 = מה זה "MOBILPLAY CLUB"??? ארבעה חיובים של 1,490 פורינט בחשבון שלי, ואני לא הזמנתי שום דבר!!! התקשרתי למוקד שלכם בשבוע שעבר ואמרו לי "זה עניין של החברה השותפה, לא שלנו". אז מי לוקח לי את הכסף? אתם שותפים לעוקץ הזה או מה?

# en: I want an explanation. There are FOUR charges on my bill from some 'MobilPlay Club', 1,490 forints each. I never signed up for anything. Last week your colleague said 'that's the partner's business, not ours' and that was that. Well, it's YOUR bill. Is this a scam?
opening-says-2 = אני רוצה הסבר. יש בחשבון שלי ארבעה חיובים מאיזה "MobilPlay Club", 1,490 פורינט כל אחד!!! לא נרשמתי לשום דבר. בשבוע שעבר הנציג שלכם אמר "זה עניין של החברה השותפה, לא שלנו", וזהו. אז תקשיבו, זה החשבון שלכם!!! זה עוקץ?

# en: He has written three things: charges he never ordered, last week's brush-off, and his fear of fraud. Show him you read all three, and don't answer the capitals in kind.
opening-hint = הוא כתב שלושה דברים: חיובים שלא הזמין, ההתנערות של שבוע שעבר, והחשש שלו מהונאה. הראו לו שקראתם את שלושתם, ואל תענו לצעקות בצעקות.

# en: Mr Varga, four charges of 1,490 forints for a 'MobilPlay Club' you never ordered, and last week you were told it's not our business. It is: it's on our bill. I'm sorry. I'll sort it out with you now, start to finish.
opening-reply-1 = מר Varga, ארבעה חיובים של 1,490 פורינט על "MobilPlay Club" שלא הזמנת, ובשבוע שעבר אמרו לך שזה לא עניין שלנו. זה כן עניין שלנו: זה בחשבון שלנו. צר לי. אני אטפל בזה איתך עכשיו, מההתחלה ועד הסוף.

# en: You gave back all three things he wrote: the name, the amount and last week's brush-off, and you took back the 'not our business' answer. A customer who sees his own words mirrored has no reason to keep typing them in capitals.
opening-reply-1-feedback = החזרתם לו את כל שלושת הדברים שכתב: השם, הסכום וההתנערות של שבוע שעבר, וחזרתם בכם מהתשובה "זה לא עניין שלנו". כשלקוח רואה את המילים שלו חוזרות אליו, אין לו סיבה להמשיך לצעוק אותן.

# en: I'm sorry about this, but partner services are run by separate companies. We only collect the fee on their behalf, so the cancellation has to go through MobilPlay.
opening-reply-2 = צר לי על זה, אבל שירותים של חברות שותפות מופעלים על ידי חברות נפרדות. אנחנו רק גובים את התשלום בשמן, אז את הביטול צריך לעשות דרך MobilPlay.

# en: Technically accurate, and exactly what he heard last week. The 'but' cancels the apology, and he is told for the second time that nobody here will take his problem.
opening-reply-2-feedback = מדויק מבחינה טכנית, ובדיוק מה שהוא שמע בשבוע שעבר. ה"אבל" מבטל את ההתנצלות, וכבר בפעם השנייה אומרים לו שאף אחד כאן לא ייקח את הבעיה שלו.

# en: Hello, I can help you with billing questions. To start, please send me your phone number and the account holder's date of birth.
opening-reply-3 = שלום, אשמח לעזור בשאלות בנושא החשבון. כדי להתחיל, נא לשלוח לי את מספר הטלפון ואת תאריך הלידה של בעל החשבון.

# en: Polite, but it reads like an automatic greeting. He asked whether he is being robbed, and the answer he got is a form to fill in.
opening-reply-3-feedback = מנומס, אבל נקרא כמו הודעת פתיחה אוטומטית. הוא שאל אם גונבים ממנו, והתשובה שקיבל היא טופס למילוי.

# en: I can assure you we are not running any scam, sir. We are a licensed operator, and all our partner services are fully legal.
opening-reply-4 = אדוני, אין כאן שום עוקץ, על זה אין מה לדבר. אנחנו חברה בעלת רישיון, וכל השירותים של החברות השותפות שלנו חוקיים לגמרי.

# en: You defended the company against the word 'scam' instead of looking at his money. Arguing with his suspicion only makes him push harder to prove it.
opening-reply-4-feedback = הגנתם על החברה מפני המילה "עוקץ" במקום להסתכל על הכסף שלו. ויכוח עם החשד שלו רק גורם לו להתאמץ יותר כדי להוכיח אותו.

# en: THAT'S EXACTLY WHAT THEY SAID LAST WEEK. I have no contract with any 'partner'. My contract is with YOU. YOU sent me the bill. YOU took the money off my account. So don't send me to anybody else!
partner-again-says-1 = בדיוק את זה אמרו לי בשבוע שעבר!!! אין לי שום חוזה עם שום "חברה שותפה". החוזה שלי הוא איתכם. אתם שלחתם לי את החשבון. אתם הורדתם לי את הכסף מהחשבון בבנק. אז אל תשלחו אותי לאף אחד אחר!

# en: You're right: the charges are on our bill, so they're ours to sort out. I'm sorry you got the same answer twice. I'm handling this myself, and you won't need to contact MobilPlay at all.
partner-again-reply-1 = אתה צודק: החיובים בחשבון שלנו, אז אנחנו אלה שצריכים לסדר אותם. צר לי שקיבלת את אותה תשובה פעמיים. מעכשיו הטיפול בזה עליי, אישית, ולא תצטרך לפנות ל־MobilPlay בכלל.

# en: You agreed with his point instead of defending the process, and took the case yourself. 'You won't need to contact MobilPlay' answers exactly what he was afraid of: being sent away again.
partner-again-reply-1-feedback = הסכמתם עם הטענה שלו במקום להגן על הנוהל, ולקחתם את הטיפול בעצמכם. "לא תצטרך לפנות ל־MobilPlay" עונה בדיוק על מה שהוא חשש ממנו: שישלחו אותו שוב למקום אחר.

# en: I understand how frustrating this is, but honestly, we just pass the payment on. I can give you MobilPlay's customer line; they usually answer within a day.
partner-again-reply-2 = ברור לי כמה זה מתסכל, אבל בכנות, אנחנו רק מעבירים את התשלום. אוכל לתת לך את מספר שירות הלקוחות של MobilPlay; בדרך כלל הם עונים תוך יום.

# en: Naming his frustration was right, but another company's phone number is last week's brush-off, only friendlier. Empathy without ownership still leaves him alone with the problem.
partner-again-reply-2-feedback = נכון היה לתת שם לתסכול שלו, אבל מספר טלפון של חברה אחרת הוא ההתנערות של שבוע שעבר, רק בגרסה ידידותית יותר. אמפתיה בלי לקיחת אחריות עדיין משאירה אותו לבד עם הבעיה.

# en: Sir, please stop writing in capital letters. I can't help you if you keep shouting at me in the chat.
partner-again-reply-3 = אדוני, בבקשה תפסיק לצעוק עליי עם כל סימני הקריאה האלה. לא אוכל לעזור לך אם תמשיך לצעוק עליי בצ'אט.

# en: Capitals are his raised voice. Telling him to stop says his anger is the problem, not the charges, and it almost always makes it worse. Answer calmly and the capitals tend to stop by themselves.
partner-again-reply-3-feedback = סימני הקריאה הם הקול המורם שלו. לבקש ממנו להפסיק אומר לו שהכעס שלו הוא הבעיה, לא החיובים, וכמעט תמיד זה מחמיר את המצב. עונים ברוגע, והצעקות בדרך כלל נרגעות מעצמן.

# en: OH, 'LEGAL', IS IT? Then why is a legal company taking money for something I NEVER ordered? I don't care about your licence. I WANT MY MONEY BACK.
shouting-says-1 = אה, "חוקיים", כן??? אז למה חברה חוקית לוקחת כסף על משהו שמעולם לא הזמנתי? לא מעניין אותי הרישיון שלכם. אני רוצה את הכסף שלי בחזרה!!!

# en: You have every right to be angry: money left your account for something you never asked for. I won't argue about who's legal. Let me look at these charges with you now and stop them.
shouting-reply-1 = יש לך כל הזכות לכעוס: כסף ירד לך מהחשבון על משהו שמעולם לא ביקשת. לא אתווכח על מי חוקי. בוא נבדוק עכשיו יחד את החיובים האלה ונעצור אותם.

# en: You accepted his anger as fair and dropped the argument you had started. Short, steady sentences in reply to capitals pull the chat back down to your level.
shouting-reply-1-feedback = קיבלתם את הכעס שלו כמוצדק וזנחתם את הוויכוח שאתם עצמכם פתחתם. משפטים קצרים ויציבים בתגובה לצעקות מורידים את הצ'אט בחזרה לגובה שלכם.

# en: I do understand, sir, but I can't promise any refund before I've checked the account. Please be patient with me for a moment.
shouting-reply-2 = ברור לי, אדוני, אבל אין באפשרותי להבטיח שום החזר לפני שאבדוק את החשבון. בבקשה, תתאזר רגע בסבלנות.

# en: True and calmly put, but it answers only the money. He feels cheated, and 'please be patient' sounds as if you want him to stop feeling it.
shouting-reply-2-feedback = נכון ונאמר ברוגע, אבל זה עונה רק על הכסף. הוא מרגיש שרימו אותו, ו"תתאזר בסבלנות" נשמע כאילו אתם רוצים שהוא יפסיק להרגיש את זה.

# en: I'm only explaining how it works, sir. I'M TRYING TO HELP YOU here, if you would just let me.
shouting-reply-3 = רק הסברתי איך זה עובד, אדוני. אני מנסה לעזור לך!!! אם רק תיתן לי.

# en: Capitals answered with capitals turn the chat into a shouting match, and 'if you would just let me' makes it about you. The softer you write, the sooner he lowers his voice.
shouting-reply-3-feedback = סימני קריאה בתגובה לסימני קריאה הופכים את הצ'אט לתחרות צעקות, ו"אם רק תיתן לי" מעביר את המרכז אליכם. ככל שתכתבו רך יותר, כך הוא יוריד את הקול מהר יותר.

# en: Enough. I've been sent round in circles twice now. Put me through to a supervisor, or I'm taking this to the consumer protection office.
supervisor-demand-says-1 = די. כבר פעמיים מסובבים אותי במעגלים. תעבירו אותי לאחראי משמרת, או שאני פונה לרשות להגנת הצרכן.

# en: I'll put you through if you still want that. Before I do: I can stop the MobilPlay charges on your number right now, while we're chatting. Shall I do that first?
supervisor-demand-reply-1 = אעביר אותך אם עדיין תרצה. אבל לפני כן: אפשר לעצור את החיובים של MobilPlay על המספר שלך כבר עכשיו, תוך כדי הצ'אט. לעשות את זה קודם?

# en: You respected his request and offered a concrete step you control. Many customers ask for a supervisor only because they have given up on the person in front of them.
supervisor-demand-reply-1-feedback = כיבדתם את הבקשה שלו והצעתם צעד קונקרטי שנמצא בשליטתכם. הרבה לקוחות מבקשים אחראי רק כי הם כבר התייאשו מהנציג שמולם.

# en: Of course. I'm transferring you to a supervisor now. The current waiting time is around 25 minutes.
supervisor-demand-reply-2 = כמובן. אעביר אותך עכשיו לאחראי משמרת. זמן ההמתנה כרגע הוא בערך 25 דקות.

# en: Courteous, and it respects his wish, but the case leaves your hands unsolved, and he waits 25 minutes to tell it all a third time. Try one concrete offer before the transfer.
supervisor-demand-reply-2-feedback = אדיב, ומכבד את הרצון שלו, אבל הטיפול יוצא מהידיים שלכם בלי פתרון, והוא מחכה 25 דקות כדי לספר הכול בפעם השלישית. נסו הצעה קונקרטית אחת לפני ההעברה.

# en: A supervisor will tell you the same thing, sir: partner charges are handled by the partner.
supervisor-demand-reply-3 = אחראי משמרת יגיד לך בדיוק אותו דבר, אדוני: בחיובים של חברות שותפות מטפלת החברה השותפה.

# en: You refused him and told him it would be pointless to ask anyone else. With every door closed, the only move left to him is to leave.
supervisor-demand-reply-3-feedback = סירבתם לו, ואמרתם לו שאין טעם לפנות לאף אחד אחר. כשכל הדלתות סגורות, הצעד היחיד שנשאר לו הוא לעזוב.

# en: It's 30 412 7785. And let me say it once more: I don't play games. I use this phone to make calls and check the weather. That's it.
number-check-says-1 = 30 412 7785. ואני אגיד את זה עוד פעם: אני לא משחק במשחקים. אני משתמש בטלפון הזה כדי להתקשר ולבדוק את מזג האוויר. זהו.

# en: My number is 30 412 7785. And for the record, I've never played a game on that phone in my life. Calls and the weather forecast, nothing else.
number-check-says-2 = המספר שלי הוא 30 412 7785. ושיהיה ברור, בחיים לא שיחקתי בשום משחק בטלפון הזה. שיחות ותחזית מזג האוויר, וזהו.

# en: Thank you, Mr Varga. I can see it: 'MobilPlay Club', 1,490 forints a week since 18 March. I've just stopped the subscription, so no new charge can come from it.
number-check-reply-1 = תודה, מר Varga. אני רואה את זה: "MobilPlay Club", 1,490 פורינט בשבוע, מאז 18 במרץ. עצרתי עכשיו את המנוי, כך שלא יכול להגיע ממנו יותר שום חיוב חדש.

# en: You used what he had already told you and did something he can feel at once: the charges stop today. One concrete act convinces him more than any reassurance.
number-check-reply-1-feedback = השתמשתם במה שהוא כבר סיפר לכם ועשיתם משהו שהוא מרגיש מיד: החיובים נעצרים היום. פעולה קונקרטית אחת משכנעת אותו יותר מכל הרגעה.

# en: Thank you. Could you tell me the name of the service on your bill and the amounts you were charged?
number-check-reply-2 = תודה. תוכל לכתוב לי את שם השירות שמופיע בחשבון שלך ואת הסכומים שחויבת בהם?

# en: He wrote both in his very first message. Asking again tells him nobody read it, the exact feeling he came into the chat with.
number-check-reply-2-feedback = את שניהם הוא כתב כבר בהודעה הראשונה שלו. לשאול שוב אומר לו שאף אחד לא קרא אותה, בדיוק התחושה שאיתה הוא נכנס לצ'אט.

# en: Thank you. I've passed your complaint on to our billing team, and they will contact you about the charges.
number-check-reply-3 = תודה. העברתי את התלונה שלך למחלקת החיובים, והם ייצרו איתך קשר בנוגע לחיובים.

# en: 'I've passed it on' is last week's answer in other words. He wanted someone here to act, and you handed the case away in the first minute.
number-check-reply-3-feedback = "העברתי את זה הלאה" זו התשובה של שבוע שעבר במילים אחרות. הוא רצה שמישהו כאן יפעל, ואתם מסרתם את הטיפול כבר בדקה הראשונה.

# en: I WROTE IT IN MY FIRST MESSAGE. 'MobilPlay Club'. 1,490. FOUR TIMES. Does anybody there actually read what I write?
repeat-annoyed-says-1 = כתבתי את זה בהודעה הראשונה שלי!!! "MobilPlay Club". 1,490. ארבע פעמים. מישהו שם בכלל קורא מה שאני כותב?

# en: You did, and I'm sorry for making you type it again. MobilPlay Club, four times 1,490: it's in front of me now, and I've just stopped it so no new charge can come.
repeat-annoyed-reply-1 = כתבת, וצר לי שגרמתי לך להקליד את זה שוב. MobilPlay Club, ארבע פעמים 1,490: זה מולי עכשיו, ועצרתי את זה הרגע, כך שלא יגיע שום חיוב חדש.

# en: You owned the slip at once, gave his details back to prove you have them, and added a real step. Admitting a small mistake quickly costs less than defending it.
repeat-annoyed-reply-1-feedback = לקחתם אחריות על הפספוס מיד, החזרתם לו את הפרטים שלו כדי להוכיח שהם אצלכם, והוספתם צעד אמיתי. להודות מהר בטעות קטנה עולה פחות מאשר להגן עליה.

# en: Sorry, I have to confirm the details for our records. Thank you for your patience.
repeat-annoyed-reply-2 = סליחה, עליי לאמת את הפרטים לצורך הרישום שלנו. תודה על הסבלנות.

# en: A stock phrase in answer to 'does anybody read what I write?' proves his point. He needs to hear from a person, not from a procedure.
repeat-annoyed-reply-2-feedback = משפט מוכן מראש בתשובה ל"מישהו בכלל קורא מה שאני כותב?" מוכיח בדיוק את הטענה שלו. הוא צריך לשמוע בן אדם, לא נוהל.

# en: Right. But first explain this to me: HOW does a company I've never heard of get onto my bill? Did someone steal my number? Because that's what it looks like from here.
how-did-it-happen-says-1 = טוב. אבל קודם תסבירו לי את זה: איך חברה שבחיים לא שמעתי עליה נכנסת לי לחשבון??? מישהו גנב לי את המספר? כי ככה זה נראה מכאן.

# en: Fine. But I want to understand something. How can a company I've never even heard of put charges on MY phone bill? Has somebody stolen my number, or what?
how-did-it-happen-says-2 = בסדר. אבל אני רוצה להבין משהו. איך חברה שאפילו לא שמעתי עליה יכולה לחייב אותי בחשבון הטלפון שלי? מישהו גנב לי את המספר, או מה?

# en: Leave out internal words like 'third-party billing' or 'premium SMS'. Explain it the way you would to a neighbour, and answer his real fear.
how-did-it-happen-hint = השאירו בחוץ מילים פנימיות כמו "חיוב צד שלישי" או "SMS פרימיום". הסבירו את זה כמו שהייתם מסבירים לשכן, וענו על החשש האמיתי שלו.

# en: In plain words: some companies are allowed to charge things to a phone bill, a bit like a shop charging a bank card, and we collect the money for them. It usually starts with one tap on a 'subscribe' button in an advert. Nobody has stolen your number.
how-did-it-happen-reply-1 = במילים פשוטות: חברות מסוימות רשאיות לחייב דברים דרך חשבון הטלפון, קצת כמו חנות שמחייבת כרטיס אשראי, ואנחנו גובים בשבילן את הכסף. בדרך כלל זה מתחיל מנגיעה אחת בכפתור "להרשמה" בתוך פרסומת. אף אחד לא גנב לך את המספר.

# en: You explained the process in his words, with a comparison he knows, and answered his real fear: his number is safe. Once he understands what happened, a lot of the fear, and the anger, goes out of it.
how-did-it-happen-reply-1-feedback = הסברתם את התהליך בשפה שלו, עם השוואה שהוא מכיר, ועניתם על החשש האמיתי שלו: המספר שלו בטוח. ברגע שהוא מבין מה קרה, הרבה מהפחד, וגם מהכעס, יוצא מהעניין.

# en: It's a third-party direct carrier billing subscription, opted in via premium MT SMS on 18 March. The content provider is responsible for the VAS service itself.
how-did-it-happen-reply-2 = מדובר במנוי לשירות צד שלישי בחיוב ישיר דרך הספק (DCB), שהופעל ב־18 במרץ באמצעות SMS פרימיום מסוג MT. ספק התוכן הוא האחראי על שירות ה־VAS עצמו.

# en: Accurate, but written for a colleague. 'MT SMS' and 'VAS' mean nothing to him, and jargon makes an angry customer feel talked down to and shut out.
how-did-it-happen-reply-2-feedback = מדויק, אבל כתוב בשביל עמית לעבודה. "MT SMS" ו־"VAS" לא אומרים לו כלום, וז'רגון גורם ללקוח כועס להרגיש שמדברים אליו מלמעלה ומשאירים אותו בחוץ.

# en: Our records show the subscription was confirmed from your phone on 18 March, so it was started from your own device.
how-did-it-happen-reply-3 = לפי הרישומים שלנו, המנוי אושר מהטלפון שלך ב־18 במרץ, כלומר הוא הופעל מהמכשיר שלך עצמו.

# en: The record may say so, but read out like this it means 'you did it yourself'. He has told you twice that he never ordered anything, and his question about fraud got an accusation back.
how-did-it-happen-reply-3-feedback = אולי זה מה שכתוב ברישום, אבל כשמקריאים את זה ככה, המשמעות היא "עשית את זה בעצמך". הוא כבר אמר לכם פעמיים שלא הזמין שום דבר, ועל השאלה שלו לגבי הונאה הוא קיבל בחזרה האשמה.

# en: I have no idea what half of that means. MT what? VAS? I drove a bus for thirty years, I'm not an engineer. Just tell me in normal words: who took my money, and do I get it back?
jargon-confused-says-1 = אין לי מושג מה זה חצי מהדברים האלה. MT מה? VAS? שלושים שנה נהגתי באוטובוס, אני לא מהנדס. פשוט תגידו לי במילים נורמליות: מי לקח לי את הכסף, ואני מקבל אותו בחזרה?

# en: Sorry, that was our internal language. In plain words: a company called MobilPlay put a weekly charge on your bill through us, probably after a tap on an advert. We collected it for them, so it's ours to put right. Now, about getting it back.
jargon-confused-reply-1 = סליחה, זו הייתה השפה הפנימית שלנו. במילים פשוטות: חברה בשם MobilPlay הכניסה לך חיוב שבועי לחשבון דרכנו, כנראה אחרי נגיעה בפרסומת. אנחנו גבינו את הכסף בשבילה, אז אנחנו אלה שצריכים לתקן את זה. ועכשיו, לגבי ההחזר.

# en: You apologised for the jargon without fuss and answered both his questions in everyday words. 'It's ours to put right' is the sentence he has been waiting for since last week.
jargon-confused-reply-1-feedback = התנצלתם על הז'רגון בלי לעשות מזה עניין, ועניתם על שתי השאלות שלו במילים של יום־יום. "אנחנו אלה שצריכים לתקן את זה" הוא המשפט שהוא מחכה לו מאז שבוע שעבר.

# en: Basically, it's a partner subscription. The partner took the money, not us, so any refund is really their decision.
jargon-confused-reply-2 = בקיצור, זה מנוי של חברה שותפה. החברה השותפה לקחה את הכסף, לא אנחנו, אז כל החזר הוא בעצם החלטה שלה.

# en: Plain words at last, but the same message he got last week: 'not us'. Plain language helps only when what you say in it leaves him someone to rely on.
jargon-confused-reply-2-feedback = סוף סוף מילים פשוטות, אבל אותו מסר שהוא קיבל בשבוע שעבר: "לא אנחנו". שפה פשוטה עוזרת רק כשמה שאומרים בה משאיר לו מישהו לסמוך עליו.

# en: SO NOW IT'S MY FAULT?? I never confirmed ANYTHING. I told you, I use this phone for calls and the weather. Are you calling me a liar?
accused-says-1 = אז עכשיו זו אשמתי??? לא אישרתי שום דבר! אמרתי לך, אני משתמש בטלפון הזה לשיחות ולמזג האוויר. אתם קוראים לי שקרן?

# en: No, I believe you. These adverts are built so that one accidental tap is enough, and most people never notice it. It's not your fault, and you shouldn't pay for something you didn't want.
accused-reply-1 = לא, בכלל לא, ואין לי ספק שאתה דובר אמת. הפרסומות האלה בנויות כך שנגיעה אחת בטעות מספיקה, ורוב האנשים לא שמים לב בכלל. זו לא אשמתך, ואתה לא אמור לשלם על משהו שלא רצית.

# en: You gave him the benefit of the doubt and took the blame off him in plain words. He no longer has to prove his innocence, so he can stop fighting you.
accused-reply-1-feedback = נתתם לו ליהנות מהספק והורדתם ממנו את האשמה במילים פשוטות. הוא כבר לא צריך להוכיח את חפותו, אז הוא יכול להפסיק להילחם בכם.

# en: I'm not calling you anything, sir. I'm only telling you what the system shows.
accused-reply-2 = לא קראתי לך שום דבר, אדוני. רק מסרתי לך מה שמופיע במערכת.

# en: 'I'm only the messenger' leaves him helpless: the record says he did it, and you won't stand beside him against it.
accused-reply-2-feedback = "אני רק השליח" משאיר אותו חסר אונים: ברישום כתוב שהוא עשה את זה, ואתם לא מוכנים לעמוד לצדו מול זה.

# en: Could someone else have used your phone, a grandchild perhaps? That happens a lot with game subscriptions.
accused-reply-3 = אולי מישהו אחר השתמש בטלפון שלך, נכד למשל? זה קורה הרבה עם מנויים למשחקים.

# en: A fair question on a calmer day, but straight after 'you did it yourself' it reads as a second accusation. He told you what he uses the phone for; look for the answer in the records, not in his family.
accused-reply-3-feedback = שאלה לגיטימית ביום רגוע יותר, אבל מיד אחרי "עשית את זה בעצמך" היא נקראת כמו האשמה שנייה. הוא סיפר לכם למה הוא משתמש בטלפון; חפשו את התשובה ברישומים, לא במשפחה שלו.

# en: That's it. Fourteen years I've been with you, and this is how you treat me. I want someone above you, now. Or I'm cancelling my contract today.
late-supervisor-says-1 = זהו. ארבע עשרה שנה אני אצלכם, וככה אתם מתייחסים אליי. אני רוצה מישהו מעליך, עכשיו. אחרת אני מבטל היום את החוזה.

# en: Fourteen years is a long time, and you deserve better than this chat so far. I'll connect you if you still want. But I can take this month's charges off your bill myself, right now. May I do that first?
late-supervisor-reply-1 = ארבע עשרה שנה זה הרבה זמן, ומגיע לך יותר ממה שקיבלת בצ'אט הזה עד עכשיו. אעביר אותך אם עדיין תרצה. אבל את החיובים של החודש אוכל להוריד מהחשבון שלך בעצמי, כבר עכשיו. לעשות את זה קודם?

# en: You picked up his fourteen years, admitted the chat had gone badly, and offered something you can do on the spot. His choice stays his, but now he has a reason to stay.
late-supervisor-reply-1-feedback = התייחסתם לארבע עשרה השנים שלו, הודיתם שהצ'אט השתבש, והצעתם משהו שאתם יכולים לעשות במקום. ההחלטה נשארת שלו, אבל עכשיו יש לו סיבה להישאר.

# en: Certainly. I've passed your case to a supervisor, who will contact you within 48 hours.
late-supervisor-reply-2 = בוודאי. העברתי את הפנייה שלך לאחראי משמרת, והוא ייצור איתך קשר תוך 48 שעות.

# en: It does what he asked, but a 48-hour wait for someone else is one more 'passed on'. Offer the part you can fix yourself before you hand the case away.
late-supervisor-reply-2-feedback = זה עושה מה שהוא ביקש, אבל המתנה של 48 שעות למישהו אחר היא עוד "העברתי הלאה". הציעו את החלק שאתם יכולים לתקן בעצמכם לפני שאתם מוסרים את הטיפול.

# en: Cancelling your contract won't get your money back any faster, sir.
late-supervisor-reply-3 = ביטול החוזה לא יחזיר לך את הכסף מהר יותר, אדוני.

# en: Scoring a point against a threat only confirms that he should go. Fourteen years of loyalty deserved an answer to the hurt, not a debate.
late-supervisor-reply-3-feedback = לנצח בנקודה מול איום רק מאשר לו שכדאי לו ללכת. ארבע עשרה שנות נאמנות היו ראויות לתשובה לפגיעה, לא לוויכוח.

# en: All right. So do I get ALL my money back? Four times 1,490 on this bill. And I checked last month's bill as well: two more from MobilPlay, and that one I've already paid.
refund-question-says-1 = בסדר. אז אני מקבל בחזרה את כל הכסף??? ארבע פעמים 1,490 בחשבון הזה. ובדקתי גם את החשבון של החודש שעבר: עוד שניים מ־MobilPlay, ואותו כבר שילמתי.

# en: Some of this you can do yourself and some you can't. Say which is which, and don't promise the part that isn't yours to give.
refund-question-hint = חלק מזה אתם יכולים לעשות בעצמכם וחלק לא. אמרו מה זה מה, ואל תבטיחו את החלק שלא בידיים שלכם.

# en: This month's four charges, 5,960 forints, I'm removing myself, today. March's two, 2,980, are on a paid bill, so I have to claim them from MobilPlay. I'm filing that now; they must answer within 15 days. I can't promise their answer, but I'll text it to you either way.
refund-question-reply-1 = את ארבעת החיובים של החודש, 5,960 פורינט, אוריד בעצמי, היום. שני החיובים של מרץ, 2,980, נמצאים בחשבון ששולם, ולכן עליי לדרוש אותם מ־MobilPlay. אגיש את הדרישה עכשיו; הם חייבים לענות תוך 15 יום. את התשובה שלהם אין באפשרותי להבטיח, אבל בכל מקרה אשלח לך אותה ב־SMS.

# en: Honest about both parts: what you can do yourself and what depends on MobilPlay, with a deadline and a way he will hear. Clear bad news is easier to accept than a promise that breaks later.
refund-question-reply-1-feedback = כנות לגבי שני החלקים: מה שאתם יכולים לעשות בעצמכם ומה שתלוי ב־MobilPlay, עם מועד ועם דרך שבה הוא ישמע. בשורה רעה וברורה קל יותר לקבל מאשר הבטחה שתישבר בהמשך.

# en: Yes, every forint, don't worry. I'll make sure of that personally, you have my word on it.
refund-question-reply-2 = כן, כל פורינט, אל תדאג. אני אדאג לזה אישית, יש לך את המילה שלי.

# en: Warm, and he feels someone is on his side, but March's charges are MobilPlay's to refund, not yours. A promise you cannot keep is the one he will remember.
refund-question-reply-2-feedback = חם, והוא מרגיש שמישהו בצד שלו, אבל את החיובים של מרץ צריכה להחזיר MobilPlay, לא אתם. הבטחה שאי אפשר לקיים היא זו שהוא יזכור.

# en: I can credit this month's four charges. Charges on a bill that's already paid can't be refunded, I'm afraid. That's the rule.
refund-question-reply-3 = אוכל לזכות אותך על ארבעת החיובים של החודש. חיובים בחשבון שכבר שולם אי אפשר להחזיר, לצערי. זה הנוהל.

# en: Half right: the credit is real. But paid charges can still be claimed back from MobilPlay, and 'that's the rule' closes a door you could have opened for him.
refund-question-reply-3-feedback = חצי נכון: הזיכוי אמיתי. אבל חיובים ששולמו עדיין אפשר לדרוש בחזרה מ־MobilPlay, ו"זה הנוהל" סוגר דלת שיכולתם לפתוח בשבילו.

# en: Every forint? Last week I was told you can't do anything at all. Now you give me your word on everything. Which is it? Can you actually guarantee that?
refund-doubt-says-1 = כל פורינט? בשבוע שעבר אמרו לי שאתם לא יכולים לעשות כלום. ועכשיו פתאום נותנים לי מילה על הכול? אז מה נכון? אפשר באמת להבטיח את זה?

# en: Fair question, and I should be exact. This month's four charges, 5,960 forints, I remove myself, today. March's two I have to claim from MobilPlay: I'll file it now, they must answer within 15 days, and I'll text you their answer either way.
refund-doubt-reply-1 = שאלה הוגנת, ומגיעה לך תשובה מדויקת. את ארבעת החיובים של החודש, 5,960 פורינט, אוריד בעצמי, היום. את שני החיובים של מרץ עליי לדרוש מ־MobilPlay: אגיש את הדרישה עכשיו, הם חייבים לענות תוך 15 יום, ואת התשובה שלהם אשלח לך ב־SMS בכל מקרה.

# en: Taking back your own promise is hard, and right. It costs a little trust now, and saves far more than a broken guarantee would cost in a fortnight.
refund-doubt-reply-1-feedback = לחזור בכם מההבטחה של עצמכם זה קשה, וזה נכון. זה עולה קצת אמון עכשיו, וחוסך הרבה יותר ממה שהייתה עולה ערבות שנשברת בעוד שבועיים.

# en: Yes, I guarantee it. Leave it all with me and don't worry about a thing.
refund-doubt-reply-2 = כן, זה מובטח. תשאיר את הכול אצלי ואל תדאג משום דבר.

# en: He told you why he doubts it, and you doubled the promise instead of checking it. If MobilPlay refuses March's charges, your word is the one that breaks.
refund-doubt-reply-2-feedback = הוא אמר לכם למה הוא מפקפק, ואתם הכפלתם את ההבטחה במקום לבדוק אותה. אם MobilPlay תסרב להחזיר את החיובים של מרץ, המילה שלכם היא זו שתישבר.

# en: So I pay 2,980 forints for something I never ordered because of a 'rule'? THIS is exactly why I called it a scam.
refund-refused-says-1 = אז אני משלם 2,980 פורינט על משהו שמעולם לא הזמנתי בגלל "נוהל"??? בדיוק בגלל זה קראתי לזה עוקץ!

# en: You're right to push back, and I put that badly. I can't remove the paid charges myself, but I can claim them back from MobilPlay for you. I'll file it now; they must answer within 15 days, and I'll text you their answer.
refund-refused-reply-1 = אתה צודק שאתה לא מוותר, וניסחתי את זה לא טוב. את החיובים ששולמו אין באפשרותי להוריד בעצמי, אבל אוכל לדרוש אותם בחזרה מ־MobilPlay בשבילך. אגיש את זה עכשיו; הם חייבים לענות תוך 15 יום, ואת התשובה שלהם אשלח לך ב־SMS.

# en: You corrected yourself without defending the 'rule' and said what you can do instead, with a deadline. Saying what is possible turns a refusal into a plan.
refund-refused-reply-1-feedback = תיקנתם את עצמכם בלי להגן על ה"נוהל", ואמרתם מה אתם יכולים לעשות במקום, עם מועד. לומר מה אפשרי הופך סירוב לתוכנית.

# en: I'm sorry, but I've already told you what I'm able to do. Once a bill is paid, it's closed.
refund-refused-reply-2 = צר לי, אבל כבר אמרתי לך מה באפשרותי לעשות. ברגע שחשבון שולם, הוא סגור.

# en: Calm, but it repeats the refusal and leaves him 2,980 forints down with nowhere to turn. 'Closed' is the word he will quote when he tells this story.
refund-refused-reply-2-feedback = רגוע, אבל זה חוזר על הסירוב ומשאיר אותו חסר 2,980 פורינט בלי כתובת לפנות אליה. "סגור" היא המילה שהוא יצטט כשיספר את הסיפור הזה.

# en: And what stops this happening again next month? I'm not going to check every bill with a magnifying glass for the rest of my life.
block-question-says-1 = ומה ימנע מזה לקרות שוב בחודש הבא? אני לא מתכוון לבדוק כל חשבון עם זכוכית מגדלת עד סוף החיים שלי.

# en: I can switch on a free block for all partner charges on your number, so no company like this can bill you through us again. I've turned it on now, and you'll get a text confirming it within the hour.
block-question-reply-1 = אפשר להפעיל על המספר שלך חסימה חינמית לכל החיובים של חברות שותפות, כך ששום חברה כזאת לא תוכל לחייב אותך דרכנו שוב. הפעלתי אותה עכשיו, ותוך שעה תקבל SMS שמאשר את זה.

# en: You fixed the cause, not only this month's damage, and told him how he will know it is done. He no longer has to guard his bill himself.
block-question-reply-1-feedback = תיקנתם את הסיבה, לא רק את הנזק של החודש, ואמרתם לו איך הוא יידע שזה בוצע. הוא כבר לא צריך לשמור על החשבון שלו בעצמו.

# en: The best protection is to be careful with adverts: don't tap 'subscribe' on anything, and read the small print first.
block-question-reply-2 = ההגנה הכי טובה היא להיזהר עם פרסומות: לא ללחוץ "להרשמה" על שום דבר, ולקרוא קודם את האותיות הקטנות.

# en: Good advice on paper, but to him it says the whole thing was his carelessness. He uses the phone for calls and the weather; a lecture about adverts puts the blame back on him.
block-question-reply-2-feedback = עצה טובה על הנייר, אבל בשבילו המשמעות היא שכל העניין קרה בגלל חוסר זהירות שלו. הוא משתמש בטלפון לשיחות ולמזג האוויר; הרצאה על פרסומות מחזירה אליו את האשמה.

# en: Honestly, I can't guarantee that. There are lots of these companies, and new ones appear all the time.
block-question-reply-3 = בכנות, אין לי איך להבטיח את זה. יש המון חברות כאלה, וכל הזמן צצות חדשות.

# en: Honest, but helpless, when there is a block you could switch on. Fixing the cause is part of making it right, so it does not happen to him next month.
block-question-reply-3-feedback = כן, אבל חסר אונים, כשיש חסימה שיכולתם להפעיל. תיקון הסיבה הוא חלק מלתקן את העוול, כדי שזה לא יקרה לו שוב בחודש הבא.

# en: OK. So tell me exactly what happens now. I've had enough promises from you people to last me a while.
wrap-up-says-1 = אוקיי. אז תגידו לי בדיוק מה קורה עכשיו. קיבלתי מכם מספיק הבטחות לזמן הקרוב.

# en: Right. Before I close this chat, spell it out for me: what happens now, and when? I've heard plenty of promises already.
wrap-up-says-2 = טוב. לפני שאני סוגר את הצ'אט, תפרטו לי: מה קורה עכשיו, ומתי? כבר שמעתי מספיק הבטחות.

# en: Sum it all up: what you have done, what is still open, and when he will hear from you. And don't forget how this case started for him.
wrap-up-hint = סכמו הכול: מה עשיתם, מה עוד פתוח, ומתי הוא ישמע מכם. ואל תשכחו איך המקרה הזה התחיל מבחינתו.

# en: Here's everything: MobilPlay is stopped and partner charges are blocked on your number. The 5,960 comes off this bill today. I've claimed March's 2,980; I'll text you MobilPlay's answer within 15 days. And I'm sorry you were sent away last week: that was wrong.
wrap-up-reply-1 = הנה הכול: MobilPlay נעצר, וחיובים של חברות שותפות חסומים על המספר שלך. ה־5,960 יורדים מהחשבון הזה היום. הגשתי דרישה על ה־2,980 של מרץ; את התשובה של MobilPlay אשלח לך ב־SMS תוך 15 יום. וצר לי ששלחו אותך הלאה בשבוע שעבר: זה לא היה בסדר.

# en: A complete summary with amounts, the open claim and a date, and an apology for last week's brush-off. He leaves knowing what to expect, and that the wrong he came in with was named.
wrap-up-reply-1-feedback = סיכום מלא עם סכומים, הדרישה הפתוחה ותאריך, והתנצלות על ההתנערות של שבוע שעבר. הוא יוצא כשהוא יודע למה לצפות, ושהעוול שאיתו הגיע קיבל שם.

# en: Your subscription is cancelled and the credit will show on your next bill. Is there anything else I can help you with today?
wrap-up-reply-2 = המנוי שלך בוטל, והזיכוי יופיע בחשבון הבא. יש עוד משהו שאפשר לעזור לך בו היום?

# en: Correct but bare: it leaves out March's claim and says nothing about how he was treated. The practical problem is fixed; the man who was sent away last week is not.
wrap-up-reply-2-feedback = נכון אבל יבש: זה משמיט את הדרישה על מרץ ולא אומר כלום על היחס שהוא קיבל. הבעיה המעשית נפתרה, אבל האיש ששלחו אותו הלאה בשבוע שעבר לא.

# en: Don't worry, it's all taken care of now. Someone from our team will be in touch about the rest very soon.
wrap-up-reply-3 = אל תדאג, הכול מטופל עכשיו. מישהו מהצוות שלנו ייצור איתך קשר לגבי השאר ממש בקרוב.

# en: 'Someone' and 'soon' are exactly the vague promises he said he has had enough of. Tell him what will happen, who does it and by when.
wrap-up-reply-3-feedback = "מישהו" ו"בקרוב" הן בדיוק ההבטחות המעורפלות שהוא אמר שנמאס לו מהן. אמרו לו מה יקרה, מי יעשה את זה ועד מתי.

# en: Right. Thank you. That's the first straight answer I've had from you lot. I'll watch for that text.
resolved-warm-says-1 = טוב. תודה. זו התשובה הישירה הראשונה שקיבלתי מכם. אני אחכה ל־SMS הזה.

# en: The corrected bill arrives the next day without the 5,960 forints. Twelve days later MobilPlay refunds March's 2,980, and your text reaches Tibor before he thinks to ask. He stays, and tells his brother-in-law, who had the same charges, to 'ask for the block in the chat'. He came in shouting 'scam' and left trusting you.
resolved-warm-summary = החשבון המתוקן מגיע למחרת, בלי ה־5,960 פורינט. שנים עשר יום אחר כך MobilPlay מחזירה את ה־2,980 של מרץ, וה־SMS שלכם מגיע ל־Tibor עוד לפני שהוא חושב לשאול. הוא נשאר, ואומר לגיס שלו, שהיו לו אותם חיובים, "לבקש בצ'אט את החסימה". הוא נכנס בצעקות "עוקץ" ויצא עם אמון בכם.

# en: All right. Thanks. We'll see whether it all happens the way you say.
resolved-cool-says-1 = בסדר. תודה. נראה אם הכול יקרה כמו שאתם אומרים.

# en: Everything you promised happens on time, and Tibor stays. But the start of the chat still stings: he remembers having to fight for a straight answer, and he checks every bill from now on. The money is back; the trust is only half repaired.
resolved-cool-summary = כל מה שהבטחתם קורה בזמן, ו־Tibor נשאר. אבל תחילת הצ'אט עדיין צורבת: הוא זוכר שהיה צריך להילחם כדי לקבל תשובה ישירה, ומעכשיו הוא בודק כל חשבון. הכסף חזר; האמון תוקן רק חלקית.

# en: Fine. Whatever. I'll believe it when I see it on the bill.
grudging-says-1 = בסדר. לא משנה. אאמין כשאראה את זה בחשבון.

# en: The credit appears, but Tibor is never sure what became of March's two charges, and nobody apologised for last week's brush-off. He feels handled, not helped, and two months later he moves his number to a competitor. The money problem was fixed; the customer was not.
grudging-summary = הזיכוי מופיע, אבל Tibor אף פעם לא בטוח מה עלה בגורל שני החיובים של מרץ, ואף אחד לא התנצל על ההתנערות של שבוע שעבר. הוא מרגיש שטיפלו בו, לא שעזרו לו, ואחרי חודשיים הוא מעביר את המספר למתחרה. בעיית הכסף נפתרה; הלקוח לא.

# en: Good. I'm holding you to that. Every forint.
hollow-promise-says-1 = יופי. אני תופס אתכם במילה. כל פורינט.

# en: MobilPlay refuses to refund March's two charges, as it is entitled to. Tibor was 'guaranteed' every forint, so to him it is one more broken word from the operator, and this time it has your name on it. He files a complaint with the consumer protection office quoting your guarantee.
hollow-promise-summary = MobilPlay מסרבת להחזיר את שני החיובים של מרץ, כפי שהיא רשאית. ל־Tibor "הובטח" כל פורינט, אז מבחינתו זו עוד מילה שהחברה הפרה, והפעם השם שלכם חתום עליה. הוא מגיש תלונה לרשות להגנת הצרכן ומצטט את ההבטחה שלכם.

# en: A supervisor takes over. Tibor has to explain the MobilPlay charges for the third time before anyone acts. The charges are refunded in the end, but by someone else, and he remembers the chat as one more place that passed him along.
handed-to-supervisor-summary = אחראי משמרת לוקח את הטיפול. Tibor צריך להסביר את החיובים של MobilPlay בפעם השלישית לפני שמישהו עושה משהו. בסוף החיובים מוחזרים, אבל על ידי מישהו אחר, והוא זוכר את הצ'אט כעוד מקום שהעביר אותו הלאה.

# en: Forget it. I'm moving my number to another operator, and I'm reporting this to consumer protection. Goodbye.
walkout-says-1 = עזבו. אני מעביר את המספר למפעיל אחר, ומתלונן על זה ברשות להגנת הצרכן. להתראות.

# en: Tibor closes the chat. Within a month he has moved his number after 14 years and filed a complaint with the consumer protection office, which the operator has to answer in writing anyway. The charges are refunded in the end, but the customer is gone.
walkout-summary = Tibor סוגר את הצ'אט. תוך חודש הוא מעביר את המספר, אחרי 14 שנה, ומגיש תלונה לרשות להגנת הצרכן, שהחברה ממילא תצטרך להשיב עליה בכתב. בסוף החיובים מוחזרים, אבל הלקוח הלך.

