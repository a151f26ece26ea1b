### Defuse scenario `cafe-long-wait` (Thirty minutes for a flat white) in he, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: Thirty minutes for a flat white
title = שלושים דקות בשביל פלאט וייט

# en: It is the morning rush at the Mokus café and you are on the till. Tamás Varga, a regular who comes in almost every weekday for a large oat flat white and an almond croissant to take away, walks up to the counter. You can see his ticket, printed half an hour ago, still stuck under a pile of tickets for a big office order. Bence, in his first week, is on the coffee machine; Katalin, the manager, is in the back.
brief = שעת העומס של הבוקר בבית הקפה מוקוש, והמשמרת שלך בקופה. לקוח קבוע, תמאש וארגה, שמגיע כמעט כל בוקר של יום חול לקחת איתו פלאט וייט גדול עם חלב שיבולת שועל וקרואסון שקדים, ניגש לדלפק. מהקופה רואים את פתק ההזמנה שלו, שהודפס לפני חצי שעה, עדיין תקוע מתחת לערימת פתקים של הזמנה גדולה ממשרד. על מכונת הקפה עומד בנצה, בשבוע הראשון שלו בעבודה; קטלין, המנהלת, נמצאת מאחור.

# en: Tamás Varga
customer-name = תמאש וארגה

# en: a regular for two years who always drops a few coins in the tip jar
customer-trait-1 = לקוח קבוע כבר שנתיים, שתמיד משאיר כמה מטבעות בצנצנת הטיפים

# en: has a client meeting at half past nine, a ten-minute walk away
customer-trait-2 = יש לו פגישה עם לקוח בתשע וחצי, עשר דקות הליכה מכאן

# en: watched people who came in after him leave with their coffee
customer-trait-3 = ראה אנשים שנכנסו אחריו יוצאים עם הקפה שלהם

# en: Sorry, what? I've got a meeting at half nine. I haven't got time for this.
neutral-says-1 = סליחה, מה? יש לי פגישה בתשע וחצי. אין לי זמן לזה.

# en: I didn't catch that. I've already lost half an hour here, so can we just get on with it?
neutral-says-2 = לא הבנתי. כבר הפסדתי פה חצי שעה, אז אפשר פשוט להתקדם?

# en: Respect the customer's time
principle-respect-their-time-title = לכבד את הזמן של הלקוח

# en: A customer in a hurry needs action, not an account of what went wrong. Apologise in a sentence, fix the problem first, and keep the explanation short, or for later if they want one.
principle-respect-their-time-text = לקוח שממהר צריך פעולה, לא דין וחשבון על מה שהשתבש. להתנצל במשפט אחד, לפתור קודם את הבעיה, ולקצר בהסברים, או להשאיר אותם לאחר כך, אם הוא רוצה לשמוע.

# en: Half an hour! I ordered my usual at twenty to nine, and I've watched three people who came in after me walk out with their coffee. I've got a meeting at half nine. Is it actually coming?
opening-says-1 = חצי שעה! הזמנתי את הרגיל שלי בתשע פחות עשרים, וראיתי שלושה אנשים שנכנסו אחריי יוצאים עם הקפה שלהם. יש לי פגישה בתשע וחצי. הוא בכלל מגיע?

# en: Thirty minutes I've been standing over there. Thirty. Just my usual, same as every morning, and I've got a client at half past nine. Has anyone even started it?
opening-says-2 = שלושים דקות אני עומד שם. שלושים. רק הרגיל שלי, כמו כל בוקר, ויש לי לקוח בתשע וחצי. מישהו בכלל התחיל להכין אותו?

# en: He has been coming here for two years, and he is in a hurry. What does he need to hear first, and what do you already know about him?
opening-hint = הוא מגיע לכאן כבר שנתיים, והוא ממהר. מה הוא צריך לשמוע קודם, ומה כבר ידוע לך עליו?

# en: I'm really sorry. An office ordered fourteen drinks all at once, and every ticket after theirs got stuck behind them. Yours is on its way now.
opening-reply-1 = צר לי מאוד. משרד אחד הזמין ארבעה־עשר משקאות בבת אחת, וכל הפתקים שאחריהם נתקעו מאחוריהם. שלך כבר בדרך.

# en: So sorry. We had an office put in fourteen drinks in one go, and all the orders after it got held up. Yours is coming now.
opening-reply-1-wording-1 = מצטערת מאוד. הגיעה הזמנה של משרד עם ארבעה־עשר קפה בבת אחת, וכל מה שבא אחריה נתקע. שלך כבר כמעט מוכן.

# en: Sorry, a big office order held everything up; it's coming.
opening-reply-1-wording-2 = סליחה, הזמנה ענקית של משרד תקעה את כולם. שלך בדרך.

# en: really sorry, some office ordered 14 coffees at once and everything behind got stuck. yours is nearly there
opening-reply-1-wording-3 = אוף סליחה, נפלה עלינו הזמנה של חברה שלמה, כמעט חמש עשרה כוסות, וכל התור נתקע מאחוריה. הקפה שלך תכף יוצא

# en: Apologies, a company sent through a massive order of fourteen coffees and it jammed up the queue for everyone after. Yours is being made as we speak.
opening-reply-1-wording-4 = סליחה, חברה אחת שלחה הזמנה מטורפת של ארבעה־עשר קפה, וזה פקק את כל התור שאחריה. את שלך מכינים ברגע זה.

# en: Sorry, a huge office order delayed everyone's drinks.
opening-reply-1-wording-5 = מצטער, הזמנה ענקית של משרד עיכבה את המשקאות של כולם.

# en: fourteen drinks came in from one office at the same time, sorry, thats why its backed up. yours wont be long
opening-reply-1-wording-6 = היו לנו 14 משקאות ממשרד אחד באותו רגע, סורי, בגלל זה הכל נתקע. שלך לא ייקח הרבה

# en: The apology is spent on the office order: fourteen drinks for someone else are the café's problem, not his, and he watched later customers get served anyway. 'On its way' gives a man with a half-nine meeting no time to plan around.
opening-reply-1-feedback = ההתנצלות הולכת על ההזמנה של המשרד: ארבעה־עשר משקאות של מישהו אחר הם הבעיה של בית הקפה, לא שלו, והוא גם ראה שמי שבא אחריו קיבל. "בדרך" לא נותן לאדם עם פגישה בתשע וחצי שום זמן לתכנן סביבו.

# en: Tamás, I'm sorry, half an hour is far too long. Your large oat flat white and almond croissant to go: I'm making them myself, now.
opening-reply-2 = תמאש, צר לי, חצי שעה זה יותר מדי. פלאט וייט גדול, שיבולת שועל, וקרואסון שקדים לקחת: אכין בעצמי, עכשיו.

# en: Tamás, I apologise, thirty minutes is way too long to wait. Your oat flat white, large, and an almond croissant to take away, yes? I'm doing them personally, right now.
opening-reply-2-wording-1 = תמאש, אני מצטער, לחכות חצי שעה זה לא בסדר. הרגיל שלך, פלאט וייט גדול על שיבולת שועל וקרואסון שקדים לדרך, אני מכין לך בעצמי כבר עכשיו.

# en: Sorry, Tamás. Your usual oat flat white, I'm making it myself now.
opening-reply-2-wording-2 = תמאש, סליחה על חצי השעה, הרגיל שלך ממני עכשיו.

# en: Tamás, so sorry, that's a ridiculous wait. big oat flat white plus the almond croissant, takeaway, i'm on it myself this second
opening-reply-2-wording-3 = תמאש, אוי, חצי שעה זה ממש לא מקובל, סליחה. פלאט וייט גדול בשיבולת ועם קרואסון שקדים בשקית, אני עומדת על זה בעצמי ברגע זה

# en: That wait is completely unacceptable, Tamás, and I apologise. I'll personally make your big oat flat white and pack the almond croissant right away.
opening-reply-2-wording-4 = חצי שעה המתנה זה פשוט לא מתקבל על הדעת, תמאש, ואני מתנצלת. אני אישית מכינה לך את הפלאט וייט הגדול על שיבולת שועל ואורזת את קרואסון השקדים מיד.

# en: Sorry Tamás, way too long. I'll make your usual myself right now.
opening-reply-2-wording-5 = סליחה תמאש, זה ארוך מדי. אני מכין לך את הרגיל בעצמי עכשיו.

# en: Thirty minutes is not okay, I'm sorry. Large oat flat white and almond croissant to take out, I'm doing them personally straight away.
opening-reply-2-wording-6 = שלושים דקות זה ממש לא תקין, אני מצטער. פלאט וייט גדול שיבולת וקרואסון שקדים לקחת, אני עושה אותם אישית מיד.

# en: His name and his usual order, without asking, tell him he is a regular again and not a lost ticket. One sentence of apology, then your own hands on his coffee: that is what a man with a half-nine meeting needs.
opening-reply-2-feedback = השם שלו וההזמנה הקבועה שלו, בלי לשאול, אומרים לו שהוא שוב לקוח קבוע ולא פתק שאבד. משפט אחד של התנצלות, ואז הידיים שלך על הקפה שלו: זה מה שאדם עם פגישה בתשע וחצי צריך.

# en: Sorry about the wait, sir, it's a busy one this morning. What name was the order under? I'll go and find out where it's got to.
opening-reply-3 = סליחה על ההמתנה, אדוני, יש עומס רציני במיוחד הבוקר. על איזה שם הייתה ההזמנה? אלך לבדוק איפה היא נתקעה בדיוק.

# en: Apologies for the delay, sir, we're very busy this morning. Which name did you order under? I'll check what's happened to it.
opening-reply-3-wording-1 = מצטער שחיכית, אדוני, הבוקר יש לחץ חריג. תזכיר לי על איזה שם הזמנת? אני אבדוק איפה זה עומד.

# en: Sorry, sir, whose name is it under? I'll go and check.
opening-reply-3-wording-2 = סליחה, אדוני, על איזה שם ההזמנה? אבדוק.

# en: sorry for the wait, mad morning. whose name was it under? let me go and see where it's at
opening-reply-3-wording-3 = סליחה על העיכוב אדוני, ממש עמוס פה היום. מה השם שרשמנו על הכוס? אני הולכת לברר מה קרה עם ההזמנה

# en: I apologise for the delay, sir, it's been hectic today. Could you tell me the name on the order so I can track it down?
opening-reply-3-wording-4 = אני מתנצלת על העיכוב, אדוני, היום מטורף פה. תוכל להגיד לי את השם שעל ההזמנה כדי שאאתר אותה?

# en: Sorry, busy today. What's your name? I'll check on it.
opening-reply-3-wording-5 = סליחה, לחוץ היום. מה השם שלך? אבדוק.

# en: What name is it under, sir? We're swamped this morning, I'll go and look for it.
opening-reply-3-wording-6 = על איזה שם זה רשום, אדוני? אנחנו טובעים הבוקר, אני אלך לחפש את ההזמנה.

# en: Courteous, but he has come in almost every morning for two years: 'sir' and 'what name' tell him he is one of many, and 'I'll go and find out' promises more standing around.
opening-reply-3-feedback = מנומס, אבל הוא מגיע כמעט כל בוקר כבר שנתיים: "אדוני" ו"על איזה שם" אומרים לו שהוא עוד אחד מני רבים, ו"אלך לבדוק" מבטיח עוד עמידה בצד.

# en: Right, let's get you sorted. One flat white coming up in two minutes, and I'll pop a croissant in a bag while you wait.
opening-reply-4 = טוב, בוא נסדר אותך. פלאט וייט אחד בעוד שתי דקות, ובינתיים אכניס לך קרואסון לשקית.

# en: Okay, let's sort you out. Your flat white will be ready in a couple of minutes, and I'll bag up a croissant for you meanwhile.
opening-reply-4-wording-1 = אוקיי, בוא נטפל בזה. הפלאט וייט שלך יוצא תוך שתי דקות, ואני כבר שמה לך את הקרואסון בשקית בינתיים.

# en: Flat white in two minutes, croissant bagged while you wait.
opening-reply-4-wording-2 = פלאט וייט בעוד רגע, וקרואסון כבר בשקית.

# en: right, let's fix this. flat white coming in 2 mins and i'll bag up a croissant for you while it's going
opening-reply-4-wording-3 = יאללה נסדר את זה, עוד שתי דקות יש לך פלאט וייט, והקרואסון כבר נכנס לשקית בינתיים

# en: No problem, we'll fix it. Your flat white will be out in two minutes and I'll wrap up a croissant for you in the meantime.
opening-reply-4-wording-4 = אין בעיה, נתקן את זה. הפלאט וייט שלך יוצא בעוד שתי דקות ובינתיים אני עוטף לך קרואסון.

# en: Two minutes for the flat white, I'll bag you a croissant.
opening-reply-4-wording-5 = שתי דקות לפלאט וייט, ואני אורזת לך קרואסון.

# en: ok sorting it now, flat white's two mins away, grabbing you a croissant in a bag meanwhile
opening-reply-4-wording-6 = סבבה על זה, עוד 2 דק הפלאט וייט אצלך, בינתיים זורק לך קרואסון לשקית

# en: Fast, and the coffee is what he came for, so this nearly works. But there is no word about the half hour and no name: he is served like the next ticket on the rail. The best reply said sorry in one sentence and showed it knew him before fixing it.
opening-reply-4-feedback = מהיר, ובשביל הקפה הוא בא, אז זה כמעט עובד. אבל אין מילה על חצי השעה ואין שם: מגישים לו כמו לפתק הבא בתור. התשובה הטובה ביותר התנצלה במשפט אחד והראתה שהוא מוכר לה לפני שפתרה את העניין.

# en: I don't care about somebody else's fourteen coffees! I ordered one. Half an hour ago. And people who came in after me have had theirs!
crowd-excuse-says-1 = לא מעניינים אותי ארבעה־עשר הקפה של מישהו אחר! אני הזמנתי אחד. לפני חצי שעה. ואנשים שנכנסו אחריי כבר קיבלו את שלהם!

# en: He has raised his voice. How loud should your answer be, and whose side of the office order are you on?
crowd-excuse-hint = הוא הרים את הקול. באיזו עוצמה כדאי לענות, ובצד של מי לעמוד בעניין ההזמנה של המשרד?

# en: I know, I know, it's been total chaos this morning, honestly. Everyone's been waiting ages, it's not just you, I promise.
crowd-excuse-reply-1 = כן, כן, באמת, הבוקר הזה כאוס מוחלט. כולם מחכים פה נצח, זה לא רק אתה, באמת.

# en: I know, it's been absolute madness this morning, honestly. Loads of people have been waiting a long time, you're not the only one.
crowd-excuse-reply-1-wording-1 = כן, לגמרי, הבוקר פה בלגן שלם. כולם מחכים המון זמן, אתה לא היחיד, באמת.

# en: It's been chaos, everyone's been waiting, not only you.
crowd-excuse-reply-1-wording-2 = כולם מחכים היום, זה לא רק אצלך.

# en: yeah i know, it's been mental this morning tbh. everybody's had a long wait, you're not the only one i swear
crowd-excuse-reply-1-wording-3 = וואי כן, הבוקר הזה מטורף, כל התור פה תקוע כבר עידן, זה לא משהו אישי נגדך

# en: Honestly, this morning has been a nightmare. It's not only you, lots of customers have had to wait a long time.
crowd-excuse-reply-1-wording-4 = בכנות, הבוקר הזה היה סיוט. לא רק אתה, המון לקוחות נאלצו לחכות הרבה זמן.

# en: It's been crazy today, everyone's waiting.
crowd-excuse-reply-1-wording-5 = היום משוגע, כולם מחכים.

# en: Look, you're not the only one who's waited, the whole morning has been a total mess.
crowd-excuse-reply-1-wording-6 = תראה, אתה לא היחיד שחיכה, כל הבוקר הזה היה בלאגן אחד גדול.

# en: 'Not just you' is meant to comfort, but it tells a regular he is one of a crowd, and 'chaos' is a second excuse on top of the first. He still does not know when his coffee is coming.
crowd-excuse-reply-1-feedback = "לא רק אתה" נועד לנחם, אבל ללקוח קבוע הוא אומר שהוא עוד אחד מההמון, ו"כאוס" הוא תירוץ שני על הראשון. הוא עדיין לא יודע מתי הקפה שלו יגיע.

# en: Let me just explain: the office order printed at the same moment, your ticket slid under theirs, and the bar works from the top down, so...
crowd-excuse-reply-2 = רק תן לי להסביר: ההזמנה של המשרד הודפסה באותו רגע, הפתק שלך החליק מתחת לשלהם, והבר עובד מלמעלה למטה, אז...

# en: If I could just explain: the office's order came out of the printer at the same time, your ticket ended up underneath theirs, and the bar goes from the top ticket downwards, so...
crowd-excuse-reply-2-wording-1 = רגע, אני רק אסביר: הפתקים של המשרד יצאו מהמדפסת בדיוק באותו זמן, שלך נתקע מתחתיהם, והבר לוקח את הפתקים מהעליון למטה, ולכן...

# en: Basically your ticket got stuck under the office order, so...
crowd-excuse-reply-2-wording-2 = תן לי להסביר איך הפתק שלך נתקע מתחת להזמנה.

# en: ok so what happened was the big order printed at the exact same time and your ticket went under it, and the baristas work top to bottom so...
crowd-excuse-reply-2-wording-3 = שנייה, זה הולך ככה: ההזמנה הגדולה הודפסה יחד עם שלך, הפתק שלך נדחף למטה, והבריסטה עובד לפי הסדר מלמעלה, אז...

# en: Here's what happened: both orders printed together, yours got tucked underneath the office one, and the baristas take tickets from the top, so...
crowd-excuse-reply-2-wording-4 = מה שקרה זה ככה: שתי ההזמנות הודפסו יחד, שלך נדחפה מתחת לזו של המשרד, והבריסטות לוקחים פתקים מלמעלה, אז...

# en: Your ticket ended up under the big order, that's why...
crowd-excuse-reply-2-wording-5 = הפתק שלך נקבר מתחת להזמנה הגדולה, בגלל זה...

# en: So the thing is, the printer spat out the office order at the same second as yours, yours got hidden under it, and we make drinks in ticket order from the top...
crowd-excuse-reply-2-wording-6 = אז העניין הוא שהמדפסת פלטה את ההזמנה של המשרד באותה שנייה כמו שלך, שלך הוסתר מתחתיה, ואנחנו מכינים לפי סדר הפתקים מלמעלה...

# en: It may all be true, but he has just told you he does not care about the office order, and you answer with more of it. Every sentence about the ticket rail is a minute off his walk to the meeting.
crowd-excuse-reply-2-feedback = אולי הכול נכון, אבל הוא בדיוק אמר שההזמנה של המשרד לא מעניינת אותו, ועל זה ענית עם עוד ממנה. כל משפט על מתלה הפתקים הוא דקה פחות בהליכה שלו לפגישה.

# en: There's no need to raise your voice, sir. We're doing our best back there, and shouting won't make the machine go any faster.
crowd-excuse-reply-3 = אין צורך להרים את הקול, אדוני. אנחנו עושים כמיטב יכולתנו שם מאחור, והצעקות לא יזרזו את המכונה.

# en: Please don't shout at me, sir. Everyone behind the counter is working as hard as they can, and yelling won't make the coffee come out quicker.
crowd-excuse-reply-3-wording-1 = אדוני, אין סיבה לצעוק. אנחנו עובדים מאחורה הכי מהר שאפשר, והרמת קול לא תגרום למכונה לעבוד מהר יותר.

# en: Please keep your voice down, sir; shouting won't speed it up.
crowd-excuse-reply-3-wording-2 = בלי לצעוק בבקשה, אדוני, זה לא יזרז כלום.

# en: no need to shout sir, we're trying our hardest back there and getting loud won't make the machine work faster
crowd-excuse-reply-3-wording-3 = אדוני, תוריד טון בבקשה. הצוות פה נותן את כל מה שיש לו, ואם תצעק הקפה לא ייצא שנייה קודם

# en: Sir, I'd ask you not to yell. The team is working flat out, and raising your voice won't get your coffee made any sooner.
crowd-excuse-reply-3-wording-4 = אדוני, אני מבקשת שתפסיק לצרוח. כולם פה עובדים במלוא הכוח, ועצבים לא יקדמו את הקפה שלך.

# en: Don't shout at me, it won't help.
crowd-excuse-reply-3-wording-5 = אל תצעק עליי, זה לא יעזור.

# en: calm down please, getting angry wont make your drink come faster, we're doing everything we can
crowd-excuse-reply-3-wording-6 = תירגע בבקשה, לכעוס לא יביא לך את המשקה יותר מהר, אנחנו עושים כל מה שאפשר

# en: Telling him how to speak makes his anger the problem instead of the half hour. A regular who is scolded at the counter stops being a regular.
crowd-excuse-reply-3-feedback = כשאומרים לו איך לדבר, הכעס שלו הופך לבעיה במקום חצי השעה. לקוח קבוע שנוזפים בו ליד הדלפק מפסיק להיות לקוח קבוע.

# en: You're right, and that's on us, not on them. Yours is going on the machine now, and it'll be in your hand in three minutes.
crowd-excuse-reply-4 = אתה צודק, וזה עלינו, לא עליהם. שלך נכנס עכשיו למכונה, ובעוד שלוש דקות הוא ביד שלך.

# en: You're quite right, and that's our fault, not theirs. I'm putting yours on right now, and you'll be holding it within three minutes.
crowd-excuse-reply-4-wording-1 = צודק, האשמה שלנו ולא שלהם. הקפה שלך נכנס למכונה ממש עכשיו, ותוך שלוש דקות הוא אצלך.

# en: You're right, our fault. Yours is on now: three minutes.
crowd-excuse-reply-4-wording-2 = צודק, זה עלינו. שלוש דקות והקפה שלך ביד.

# en: yeah you're right, that's down to us. i'm starting yours this second, it'll be with you in 3 mins
crowd-excuse-reply-4-wording-3 = אתה צודק לגמרי, זה פספוס שלנו, לא של מי שהזמין. אני מכינה את שלך עכשיו, תוך שלוש דקות הוא אצלך

# en: Fair point, that's our mistake and not the other customers'. I'm starting your drink this moment and you'll have it in three minutes.
crowd-excuse-reply-4-wording-4 = נקודה הוגנת, זו טעות שלנו ולא של הלקוחות האחרים. אני מתחיל את המשקה שלך ברגע זה ותוך שלוש דקות הוא אצלך.

# en: You're right, our mistake. Three minutes and it's yours.
crowd-excuse-reply-4-wording-5 = צודק, טעות שלנו. שלוש דקות והוא שלך.

# en: That's our fault, not the other customers', and you're right to be annoyed. Your coffee's being made now, three minutes max.
crowd-excuse-reply-4-wording-6 = זה באשמתנו, לא של שאר הלקוחות, ובצדק אתה מעוצבן. הקפה שלך בהכנה עכשיו, שלוש דקות מקסימום.

# en: He raised his voice and you lowered yours: you agreed with him instead of defending the queue, and gave him a time he can plan his walk around. 'Three minutes' is a promise you keep yourself, because you are making it.
crowd-excuse-reply-4-feedback = הוא הרים את הקול והנמכת את שלך: הסכמת איתו במקום להגן על התור, ונתת לו זמן שאפשר לתכנן סביבו את ההליכה. "שלוש דקות" היא הבטחה שבשליטתך, כי הקפה בידיים שלך.

# en: My name? It's Tamás. I'm in here every single weekday. You served me yesterday, and the day before that.
name-reaction-says-1 = השם שלי? תמאש. אני כאן כל יום חול. הגשת לי אתמול, וגם שלשום.

# en: Of course, Tamás, and sorry, that was careless of me. Large oat flat white and almond croissant to go: making it now.
name-reaction-reply-1 = ברור, תמאש, וסליחה, פספוס שלי. פלאט וייט גדול, שיבולת שועל, וקרואסון שקדים לקחת: אכין עכשיו.

# en: Of course it is, Tamás, sorry, that was sloppy of me. Oat flat white, large, with an almond croissant to take away, coming right up.
name-reaction-reply-1-wording-1 = בטח, תמאש, סליחה, זו טעות שלי. פלאט וייט גדול בחלב שיבולת שועל וקרואסון שקדים לדרך, אני מכין את זה ממש עכשיו.

# en: Sorry, Tamás, my mistake. Your usual, I'm making it now.
name-reaction-reply-1-wording-2 = סליחה, תמאש, פספוס שלי! כבר מכין: פלאט וייט גדול על שיבולת וקרואסון שקדים.

# en: course, Tamás, sorry, silly of me. big oat flat white plus almond croissant to go, doing it now
name-reaction-reply-1-wording-3 = תמאש! ברור, פדיחה שלי, סליחה. פלאט וייט גדול על שיבולת, קרואסון שקדים בשקית, אני על זה כבר

# en: Tamás, of course, I should have known that, apologies. I'm starting your big oat flat white now and bagging the almond croissant to take away.
name-reaction-reply-1-wording-4 = תמאש, בטח, הייתי צריכה לדעת את זה, סליחה. מתחילה עכשיו את הפלאט וייט הגדול על שיבולת שועל ואורזת את קרואסון השקדים לדרך.

# en: Of course, Tamás, my bad. Doing your oat flat white now.
name-reaction-reply-1-wording-5 = ברור, תמאש, אשמתי. מכין לך פלאט וייט שיבולת עכשיו.

# en: Of course it's you, Tamás, that was thoughtless of me, sorry. Large oat flat white and an almond croissant to go, I'm on it.
name-reaction-reply-1-wording-6 = ברור שזה אתה, תמאש, זה היה חוסר תשומת לב ממני, סליחה. פלאט וייט גדול שיבולת שועל וקרואסון שקדים לקחת, אני על זה.

# en: You owned the slip in one sentence and then showed that you do know him: his name and his usual order. He is a regular again, not a ticket number.
name-reaction-reply-1-feedback = לקחת אחריות על הפספוס במשפט אחד, ואז הראית שהוא כן מוכר לך: השם שלו וההזמנה הקבועה שלו. הוא שוב לקוח קבוע, לא מספר של פתק.

# en: Sorry, we get so many people through here in the mornings, I can't keep track of everyone. What was it you ordered again?
name-reaction-reply-2 = סליחה, עוברים פה כל כך הרבה אנשים בבקרים, אי אפשר לזכור את כולם. מה הזמנת שוב?

# en: Apologies, we have loads of customers in the morning and I can't remember everybody. Remind me what you ordered?
name-reaction-reply-2-wording-1 = סליחה, יש פה כל בוקר כמות מטורפת של אנשים, אין סיכוי לזכור כל אחד. תזכיר לי מה הזמנת?

# en: Sorry, too many customers to remember. What did you order?
name-reaction-reply-2-wording-2 = סליחה, יש פה יותר מדי פרצופים. מה הזמנת?

# en: sorry, mornings are so busy that i can't remember every face. what was your order again?
name-reaction-reply-2-wording-3 = סורי, בשעות הבוקר נכנסים לפה מאות לקוחות, אני לא יכולה לזכור כל פרצוף. מה היה בהזמנה שלך?

# en: Apologies, we see hundreds of faces every morning and I can't remember them all. Can you tell me your order again?
name-reaction-reply-2-wording-4 = מתנצלת, אנחנו רואים מאות פנים כל בוקר ואני לא מסוגלת לזכור את כולם. תוכל לחזור לי על ההזמנה?

# en: Sorry, I can't remember everyone. What did you have?
name-reaction-reply-2-wording-5 = סליחה, לא זוכר את כולם. מה לקחת?

# en: what did you order again? sorry, its so busy in the mornings i cant keep everyone straight
name-reaction-reply-2-wording-6 = מה הזמנת שוב? סורי, בבקרים יש פה כזה עומס שאני לא מצליחה לעקוב אחרי כולם

# en: 'So many people' says out loud what he already feared, that he is one of many. Asking for his order again after thirty minutes tells him nobody noticed him at all.
name-reaction-reply-2-feedback = "כל כך הרבה אנשים" אומר בקול את מה שהוא כבר חשש ממנו, שהוא עוד אחד מני רבים. לשאול שוב מה הזמין אחרי שלושים דקות אומר לו שאף אחד לא שם לב אליו בכלל.

# en: Sorry, Tamás, of course! Your usual will be ready in two minutes, I'll get the bar to put it ahead of everything else.
name-reaction-reply-3 = סליחה, תמאש, ברור! הרגיל שלך יהיה מוכן בעוד שתי דקות, אבקש מהבר להכין אותו לפני כל השאר.

# en: Of course, Tamás, sorry! Your usual will be with you in a couple of minutes; I'll have the bar push it to the front of the queue.
name-reaction-reply-3-wording-1 = תמאש, סליחה, נו ברור! הרגיל שלך ייצא תוך שתי דקות, אני אגיד לבר לשים אותו ראשון לפני כולם.

# en: Sorry, Tamás! The bar will do yours first: two minutes.
name-reaction-reply-3-wording-2 = ברור, תמאש! הרגיל שלך בעוד שתי דקות, הבר יקדם אותו.

# en: sorry Tamás, of course! your usual's two minutes away, i'll have the bar put it ahead of the queue
name-reaction-reply-3-wording-3 = אוי תמאש, מה נסגר איתי, ברור! אני מבקשת מהבריסטה לקפוץ עם ההזמנה שלך לראש התור, עוד שתי דקות היא אצלך

# en: Tamás, of course, sorry! I'll get the baristas to bump your usual to the top, it'll be done in two minutes.
name-reaction-reply-3-wording-4 = תמאש, כמובן, סליחה! אדאג שהבריסטות ידחפו את הרגיל שלך קדימה, בעוד שתי דקות הוא גמור.

# en: Sorry Tamás, yours goes first, two minutes.
name-reaction-reply-3-wording-5 = סליחה תמאש, שלך יוצא ראשון, שתי דקות.

# en: Of course, Tamás! Two minutes and your usual is ready, I'm telling the bar to jump it ahead of every other order.
name-reaction-reply-3-wording-6 = ברור, תמאש! שתי דקות והרגיל שלך מוכן, אני אומרת לבר לעקוף איתו את כל שאר ההזמנות.

# en: The name landed and you moved fast, which he needed. But 'two minutes' hangs on a bar still working through fourteen drinks, so it is a promise you do not control. The best reply named his order and put the making of it in your own hands.
name-reaction-reply-3-feedback = השם עשה את שלו ופעלת מהר, וזה מה שהיה חסר לו. אבל "שתי דקות" תלויות בבר שעוד עובד על ארבעה־עשר משקאות, אז זו הבטחה שלא בשליטתך. התשובה הטובה ביותר נקבה בהזמנה שלו ולקחה את ההכנה לידיים שלה.

# en: You know what, I haven't got time for this. Is Katalin in? Get her, please.
manager-demand-says-1 = יודעים מה? אין לי זמן לזה. קטלין כאן? אפשר לקרוא לה, בבקשה?

# en: Of course. I'll tell her the whole story, the half hour and your meeting, so you needn't repeat it, and I'll wait here with you.
manager-demand-reply-1 = ברור. אספר לה את כל הסיפור, חצי השעה והפגישה שלך, כדי שלא תצטרך לחזור על זה, ואחכה כאן איתך.

# en: Certainly. I'll explain everything to her, the thirty-minute wait and your meeting, meaning you don't have to go through it again, and I'll stay here with you.
manager-demand-reply-1-wording-1 = בטח. אני אעדכן אותה בכל מה שקרה, גם חצי השעה וגם הפגישה שלך, שלא תצטרך להסביר מחדש, ואני נשאר פה לידך.

# en: Sure, I'll give her the whole story so you won't have to repeat it, and I'll stay with you.
manager-demand-reply-1-wording-2 = ברור, אתדרך אותה בעצמי ואחכה איתך.

# en: of course, i'll fill her in on the whole thing, the wait and the meeting, so you won't need to say it again, and i'll stay with you till she's out
manager-demand-reply-1-wording-3 = אין בעיה, אני אסביר לקטלין את כל העניין, ההמתנה והלחץ שלך לפגישה, שלא תצטרך לספר שוב מההתחלה, ואני מחכה איתך פה

# en: No problem. I'll brief her on everything, how long you've waited and that you've got a meeting, so you don't have to explain twice, and I'll stand here with you until she comes.
manager-demand-reply-1-wording-4 = אין בעיה. אמסור לה את כל הפרטים, כמה זמן חיכית ושיש לך פגישה, שלא תצטרך להסביר פעמיים, ואעמוד פה איתך עד שהיא מגיעה.

# en: Sure, I'll fill her in on all of it so you needn't repeat yourself, and I'll stay beside you.
manager-demand-reply-1-wording-5 = בטח, אעדכן אותה בהכול כדי שלא תצטרך לחזור על זה, ואשאר לידך.

# en: Absolutely, I'll bring Katalin over and give her the full picture, thirty minutes and the half nine meeting, so you don't have to say it all again. I'll stay right here with you.
manager-demand-reply-1-wording-6 = בהחלט, אביא את קטלין ואתן לה את התמונה המלאה, חצי שעה ופגישה בתשע וחצי, שלא תצטרך לחזור על הכול. אני נשאר כאן לידך.

# en: A good hand-over: he will not have to tell it twice, and you stay with him. But every minute spent waiting for Katalin is a minute off his walk, and the coffee is something you could have put in his hand yourself.
manager-demand-reply-1-feedback = העברה טובה: הוא לא יצטרך לספר פעמיים, ונשארת איתו. אבל כל דקה של המתנה לקטלין היא דקה פחות בהליכה שלו, ואת הקפה יכולת לשים לו ביד בעצמך.

# en: She's in the back with a delivery, to be honest, and she'll only tell you the same thing I'm telling you.
manager-demand-reply-2 = היא מאחור עם משלוח, ובכנות, היא רק תגיד לך את אותו הדבר שכבר שמעת ממני.

# en: Honestly, she's out the back sorting a delivery, and she'd just say exactly what I'm saying.
manager-demand-reply-2-wording-1 = היא בחדר האחורי מקבלת סחורה, ולמען האמת היא תגיד לך בדיוק את מה שאני כבר אמרתי.

# en: She's busy with a delivery, and she'd say the same as me.
manager-demand-reply-2-wording-2 = היא עסוקה, וממילא תגיד לך אותו דבר.

# en: tbh she's out back dealing with a delivery and she'll tell you exactly what i've told you
manager-demand-reply-2-wording-3 = קטלין בפנים עם משלוח עכשיו, ובינינו, חבל, גם היא תענה לך מה שכבר שמעת ממני

# en: To be fair, Katalin's busy out back with a delivery, and she won't tell you anything different from me.
manager-demand-reply-2-wording-4 = בוא נהיה הוגנים, קטלין עסוקה מאחורה עם משלוח, והיא לא תגיד לך שום דבר שונה ממני.

# en: She's busy, and she'll just say what I said.
manager-demand-reply-2-wording-5 = היא עסוקה, והיא רק תגיד מה שאמרתי.

# en: there's no point honestly, she's got a delivery in the back and she'll only repeat what i'm saying
manager-demand-reply-2-wording-6 = אין טעם באמת, יש לה משלוח מאחורה והיא רק תחזור על מה שאני אומרת

# en: You refused his request and told him it would be pointless anyway. With no coffee, no manager and a meeting to get to, leaving is the only move he has left.
manager-demand-reply-2-feedback = סירבת לבקשה שלו ואמרת לו שבכל מקרה אין בזה טעם. בלי קפה, בלי מנהלת ועם פגישה על הראש, נשאר לו רק מהלך אחד: ללכת.

# en: She's in the back, and I'll get her if you want. Quicker, though: your flat white's on now, two minutes, and it's on us.
manager-demand-reply-3 = היא מאחור, אקרא לה אם תרצה. אבל מהר יותר: הפלאט וייט שלך כבר במכונה, שתי דקות, ועל חשבוננו.

# en: She's out the back and I can fetch her if you like. But faster still: your flat white's being made now, it'll be two minutes, and it's free.
manager-demand-reply-3-wording-1 = היא מאחורה, ואם תרצה אני אקרא לה. אבל יש דרך מהירה יותר: הקפה שלך כבר בהכנה, עוד שתי דקות, ואתה לא משלם עליו.

# en: I can get her, but your coffee's two minutes away, and free.
manager-demand-reply-3-wording-2 = אם תרצה אקרא לה, אבל הקפה שלך מוכן בעוד שתיים, עלינו.

# en: she's in the back, happy to grab her. quicker option though, your flat white's going now, 2 mins, no charge
manager-demand-reply-3-wording-3 = אפשר לקרוא לקטלין, היא בפנים. אבל רגע, יותר מהר ככה: הקפה שלך כבר יוצא מהמכונה, שתי דקות, ואין צורך לשלם, זה מהבית

# en: I can go and bring Katalin out if you'd like, but the faster route is this: your flat white is being made now, two minutes, and you're not paying for it.
manager-demand-reply-3-wording-4 = אני יכולה לקפוץ ולהביא את קטלין אם תרצה, אבל יש דרך מהירה יותר: הפלאט וייט שלך כבר נעשה, עוד שתי דקות, ולא תשלם עליו אגורה.

# en: I'll get her if you want, but your coffee's free and two minutes away.
manager-demand-reply-3-wording-5 = אביא אותה אם תרצה, אבל הקפה שלך חינם ובעוד שתי דקות.

# en: Happy to get Katalin from the back, though your coffee will be quicker: it's on the machine now, ready in 2 minutes, on the house.
manager-demand-reply-3-wording-6 = אשמח להביא את קטלין מאחורה, אבל הקפה שלך יגיע יותר מהר: הוא על המכונה עכשיו, מוכן בעוד 2 דקות, על חשבון הבית.

# en: You did not refuse him the manager, but you offered something quicker that you control: his coffee, a time, and no charge. He asked for Katalin because he had given up on you; two minutes wins him back.
manager-demand-reply-3-feedback = לא סירבת לו למנהלת, אבל הצעת משהו מהיר יותר שבשליטתך: הקפה שלו, זמן מוגדר, ובלי תשלום. הוא ביקש את קטלין כי התייאש ממך; שתי דקות מחזירות אותו.

# en: Of course. Wait here a second and I'll go and get her for you.
manager-demand-reply-4 = ברור. חכה כאן רגע, ואלך לקרוא לה מאחור.

# en: Certainly. Hang on here a moment and I'll fetch her for you.
manager-demand-reply-4-wording-1 = בטח. תחכה רגע פה, אני הולך להביא אותה מאחורה.

# en: One second, I'll go get her for you.
manager-demand-reply-4-wording-2 = כן, רגע, אני קורא לה.

# en: of course, just wait there a minute and i'll go grab her
manager-demand-reply-4-wording-3 = אין בעיה, שנייה אחת, אני קופצת פנימה לקרוא לקטלין

# en: Yes, hang on a sec, I'll nip out the back and get her.
manager-demand-reply-4-wording-4 = כן, רגע, אני רץ אחורה ומביא אותה.

# en: Okay, wait here, I'll get her.
manager-demand-reply-4-wording-5 = אוקיי, חכה פה, אני מביאה אותה.

# en: Yes, of course, I'll go and bring Katalin out to you, just hang on there.
manager-demand-reply-4-wording-6 = כן, כמובן, אלך להביא אליך את קטלין, רק המתן כאן בבקשה.

# en: It does what he asked, but nothing more: he now waits for the manager on top of the thirty minutes, and will tell her everything again. One concrete offer before you went would likely have settled it at the counter.
manager-demand-reply-4-feedback = זה עושה מה שביקש, ולא יותר: עכשיו הוא מחכה למנהלת מעבר לשלושים הדקות, ויצטרך לספר לה הכול מחדש. הצעה קונקרטית אחת לפני שהלכת הייתה כנראה סוגרת את זה ליד הדלפק.

# en: Fine. It's a ten-minute walk to my meeting, so I've got about ten minutes. What happened, anyway? Was it the new lad? He looked completely lost on that machine.
while-making-says-1 = טוב. יש לי עשר דקות הליכה לפגישה, אז יש לי בערך עשר דקות. מה קרה בכלל? זה היה הבחור החדש? הוא נראה אבוד לגמרי על המכונה הזאת.

# en: Right. I have to be out of that door in ten minutes, tops. Honestly, what went wrong? Was it the new guy on the machine? He's been staring at those tickets all morning.
while-making-says-2 = טוב. בעוד עשר דקות מקסימום אני חייב לצאת מהדלת הזאת. באמת, מה השתבש? זה החדש על המכונה? הוא בוהה בפתקים האלה כל הבוקר.

# en: He is inviting you to blame your colleague, who can hear you, and he has ten minutes.
while-making-hint = הוא מזמין אותך להאשים את העמית שלך, ששומע כל מילה, ויש לו עשר דקות.

# en: Yeah, it's Bence's first week, bless him. He's still getting used to the tickets, so it's been a bit slow behind the bar.
while-making-reply-1 = כן, זה השבוע הראשון של בנצה, מסכן. הוא עוד מתרגל לפתקים, אז מאחורי הבר הכול קצת איטי היום.

# en: Yes, it's Bence's first week, poor thing. He's still getting the hang of the tickets, so the bar's been a bit slow.
while-making-reply-1-wording-1 = כן, בנצה חדש אצלנו, מסכן, עוד מתרגל לעבודה, אז היום הכול קצת איטי מאחורי הבר.

# en: Yeah, the new lad Bence is still learning, so it's slow.
while-making-reply-1-wording-2 = כן, זה הבחור החדש, הוא עוד לא שולט בזה.

# en: yeah bence only started this week, bless him, and he's still working out the ticket system so things have been slow on the bar
while-making-reply-1-wording-3 = כן נו, זה בנצה, שבוע ראשון שלו פה, מסכן, עוד מתבלבל עם ההזמנות, אז הכול נגרר היום

# en: Yes, that's Bence, he only joined this week, poor lad. He hasn't quite got the ticket system down yet, which is why the bar's been slow.
while-making-reply-1-wording-4 = כן, זה בנצה, הוא הצטרף רק השבוע, המסכן. עוד לא ממש תפס את שיטת הפתקים, ולכן הבר היה איטי.

# en: Yeah, it's the new guy, he's still slow.
while-making-reply-1-wording-5 = כן, זה החדש, הוא עדיין איטי.

# en: Bence is brand new this week so yes, the bar's been slow while he gets the hang of the tickets, bless him
while-making-reply-1-wording-6 = בנצה ממש חדש השבוע אז כן, הבר איטי בזמן שהוא לומד את הפתקים, חמוד שלו

# en: It sounds friendly, even kind, but you handed the blame to a colleague standing a few metres away. Tamás does not need a culprit; he needs the café to own it.
while-making-reply-1-feedback = זה נשמע ידידותי, אפילו חביב, אבל גלגלת את האשמה על עמית שעומד כמה מטרים ממך. תמאש לא צריך אשם; הוא צריך שבית הקפה ייקח אחריות.

# en: Tamás, I'm so sorry. It will never happen again, I promise: from tomorrow your usual will be ready the moment you walk in.
while-making-reply-2 = תמאש, צר לי מאוד. זה לא יקרה שוב, זאת הבטחה: ממחר הרגיל שלך יהיה מוכן ברגע שתיכנס בדלת.

# en: I'm so sorry, Tamás. I promise this won't ever happen again: starting tomorrow, your regular order will be waiting for you as soon as you come through the door.
while-making-reply-2-wording-1 = תמאש, אני ממש מצטערת. אני מבטיחה לך שזה לא יחזור: מחר ההזמנה הקבועה שלך תחכה לך מוכנה כשאתה נכנס.

# en: Sorry, Tamás. From tomorrow your coffee will be ready as you arrive.
while-making-reply-2-wording-2 = מבטיח, ממחר הקפה שלך מוכן כשאתה נכנס.

# en: Tamás i'm so sorry, i promise it won't happen again, from tomorrow your coffee will be there the second you come in
while-making-reply-2-wording-3 = סליחה באמת תמאש, זה הדבר האחרון שרציתי. מהיום, ברגע שאתה פותח את הדלת הפלאט וייט שלך כבר מחכה על הדלפק, מבטיחה

# en: Tamás, I really apologise, and I give you my word it won't be repeated: from tomorrow your usual will be made before you even reach the counter.
while-making-reply-2-wording-4 = תמאש, אני באמת מתנצל, ואני נותן לך את המילה שלי שזה לא יחזור: ממחר הרגיל שלך יוכן עוד לפני שתגיע לדלפק.

# en: Sorry, never again. Tomorrow your usual's ready when you arrive.
while-making-reply-2-wording-5 = סליחה, אף פעם לא עוד. מחר הרגיל שלך מוכן כשתגיע.

# en: from tomorrow morning your coffee will be waiting the moment you arrive, Tamás, I promise this won't ever happen again, I'm so sorry
while-making-reply-2-wording-6 = ממחר בבוקר הקפה שלך יחכה לך ברגע שאתה מגיע, תמאש, מבטיחה שזה לא יקרה שוב לעולם, אני כל כך מצטערת

# en: Warm, and he hears that you care, but you cannot have a coffee waiting for someone whose arrival time you do not know. A promise like that is one more chance to let him down.
while-making-reply-2-feedback = חם, והוא שומע שאכפת לך, אבל אי אפשר שקפה יחכה למישהו שלא ידוע מתי יגיע. הבטחה כזאת היא עוד הזדמנות לאכזב אותו.

# en: It wasn't him, it was us at the counter: your ticket got buried and nobody checked. Croissant's bagged, coffee's thirty seconds away.
while-making-reply-3 = זה לא הוא, זה אנחנו בקופה: הפתק שלך נקבר ואף אחד לא בדק. הקרואסון בשקית, הקפה בעוד חצי דקה.

# en: Not him, it was our fault at the till: your order got lost in the pile and no one looked. Your croissant's in the bag and the coffee's nearly done.
while-making-reply-3-wording-1 = זה לא בגללו, אנחנו פישלנו בקופה: ההזמנה שלך נעלמה מתחת לאחרות ולא שמנו לב. הקרואסון ארוז והקפה תכף יוצא.

# en: Not him; we lost your ticket at the counter. Coffee's seconds away.
while-making-reply-3-wording-2 = האשמה בקופה, לא בו. הקפה שלך עוד שנייה.

# en: no it wasn't him, that was us on the till, your ticket got lost under the pile and nobody noticed. croissant's ready, coffee in half a minute
while-making-reply-3-wording-3 = לא, לא קשור אליו, אנחנו בדלפק פספסנו את הפתק שלך ולא בדקנו. יש לך כבר קרואסון בשקית ועוד רגע הקפה

# en: Don't blame him, the mistake was ours at the front: your order got buried under others and no one spotted it. Your croissant's packed and the coffee's almost ready.
while-making-reply-3-wording-4 = אל תאשים אותו, הטעות הייתה שלנו מקדימה: ההזמנה שלך נבלעה בין האחרות ואף אחד לא הבחין. הקרואסון ארוז והקפה כמעט מוכן.

# en: It was our mistake at the counter, not his. Coffee's almost done.
while-making-reply-3-wording-5 = זו טעות שלנו בדלפק, לא שלו. הקפה כמעט גמור.

# en: That one's on us at the front, not on him, nobody checked your ticket. Thirty seconds for the coffee, croissant's already in the bag.
while-making-reply-3-wording-6 = את זה אנחנו לוקחים עלינו בקופה, לא הוא, אף אחד לא בדק את הפתק שלך. שלושים שניות לקפה, הקרואסון כבר בשקית.

# en: One honest sentence, taken on the counter rather than on Bence, and a reminder that his order is nearly in his hand. You answered his question without spending his ten minutes.
while-making-reply-3-feedback = משפט כן אחד, שלקח את האשמה על הקופה ולא על בנצה, ותזכורת שההזמנה שלו כמעט ביד. ענית על השאלה שלו בלי לבזבז את עשר הדקות שלו.

# en: It wasn't really anyone's fault: the office order came in at half eight, the printer doubled up, Bence took the top tickets first, and yours ended up...
while-making-reply-4 = זה בעצם לא באשמת אף אחד: ההזמנה של המשרד הגיעה בשמונה וחצי, המדפסת הדפיסה כפול, בנצה לקח קודם את הפתקים העליונים, ושלך בסוף...

# en: Nobody was really to blame: the office order arrived at 8:30, the printer printed twice, Bence started on the top tickets, and yours got left at the...
while-making-reply-4-wording-1 = תכלס זה לא אשמה של מישהו: ההזמנה הגדולה נכנסה בשמונה וחצי, המדפסת הוציאה כל פתק פעמיים, בנצה התחיל מהפתקים שלמעלה, והפתק שלך נשאר למטה...

# en: No one's fault really: big order, printer glitch, Bence took the top ones...
while-making-reply-4-wording-2 = אף אחד לא אשם, המדפסת הדפיסה כפול ובנצה התחיל מלמעלה...

# en: honestly it wasn't anybody's fault, that big order came through about 8.30, printer double printed, bence grabbed the tickets on top and yours ended up at the...
while-making-reply-4-wording-3 = האמת שאין פה אשם, תראה, בשמונה וחצי נחתה ההזמנה של המשרד, המדפסת השתגעה והכפילה, בנצה עבד על הערימה מלמעלה ושלך פשוט נדחק לתחתית...

# en: Honestly, no one person did anything wrong: the big office order landed at half past eight, the printer printed double, Bence started at the top of the pile and yours got pushed down to...
while-making-reply-4-wording-4 = בכנות, אף אחד ספציפי לא פישל: ההזמנה הענקית מהמשרד נכנסה בשמונה וחצי, המדפסת הוציאה הכול פעמיים, בנצה עבד מהפתק העליון ושלך ירד למטה עד ש...

# en: Nobody's fault, the printer doubled the big order and...
while-making-reply-4-wording-5 = לא אשמת אף אחד, המדפסת הכפילה את ההזמנה הגדולה ו...

# en: It's a chain of things really: office order at half eight, double printing, Bence working the top tickets, and yours finished up...
while-making-reply-4-wording-6 = זה בעצם שרשרת של דברים: הזמנת משרד בשמונה וחצי, הדפסה כפולה, בנצה על הפתקים העליונים, ושלך בסוף הגיע...

# en: He told you he has ten minutes, and you are using them on the printer and the rota, with Bence's name in the middle. A hurried customer needs one sentence of explanation and the coffee in his hand.
while-making-reply-4-feedback = הוא אמר לך שיש לו עשר דקות, והן הולכות על המדפסת ועל סידור המשמרות, עם השם של בנצה באמצע. לקוח שממהר צריך משפט הסבר אחד ואת הקפה ביד.

# en: Sorry, I honestly couldn't tell you, I'm only on the till this morning. The bar keeps its own tickets, I just take the money.
while-making-reply-5 = סליחה, באמת אין לי מושג, הבוקר אני רק על הקופה. הבר מנהל את הפתקים שלו, אני רק גובה את הכסף.

# en: Sorry, I really don't know, I'm just working the till today. The bar handles its own tickets; I only take payment.
while-making-reply-5-wording-1 = סליחה, אין לי באמת מושג, אני היום רק בקופה. את הפתקים מנהלים בבר, אני רק מקבלת תשלום.

# en: No idea, sorry, I'm just on the till.
while-making-reply-5-wording-2 = אני רק בקופה, אין לי מושג מה קרה בבר.

# en: sorry no clue, i'm only doing the till today. the baristas deal with the tickets, i just take payments
while-making-reply-5-wording-3 = סורי, לא יודע, אני רק מעביר כרטיסים פה הבוקר. מה שקורה בבר זה עניין של הבריסטות

# en: Sorry, I really have no idea, I'm only on payments today. The baristas look after their own tickets, I just handle the money side.
while-making-reply-5-wording-4 = מצטערת, באמת אין לי מושג, אני רק על התשלומים היום. הבריסטות מטפלים בפתקים של עצמם, אני רק אחראית על הכסף.

# en: Sorry, don't know, I only work the till.
while-making-reply-5-wording-5 = סליחה, לא יודע, אני רק על הקופה.

# en: I just take the money, sorry, the bar deals with its tickets so I couldn't tell you what happened
while-making-reply-5-wording-6 = אני רק לוקחת כסף, סליחה, הבר מסתדר עם הפתקים שלו אז אין לי מה להגיד לך מה קרה

# en: 'I'm only on the till' tells him the café is a row of people each responsible for nothing. He does not care who keeps which tickets; to him, you are the café.
while-making-reply-5-feedback = "אני רק על הקופה" אומר לו שבית הקפה הוא שורה של אנשים שאף אחד מהם לא אחראי לשום דבר. לא מעניין אותו מי מנהל אילו פתקים; מבחינתו, מי שעומד מולו הוא בית הקפה.

# en: Poor kid, he's standing right there. He heard that, you know.
new-lad-says-1 = מסכן הילד, הוא עומד ממש פה. הוא שמע את זה, דרך אגב.

# en: You're right, that wasn't fair of me. It's our mistake, not his, and I'm the one putting it right: your coffee's coming now.
new-lad-reply-1 = אתה צודק, זה לא היה הוגן מצדי. הטעות שלנו, לא שלו, ואני אתקן אותה: הקפה שלך כבר בדרך אליך.

# en: You're right, that was unfair of me. The mistake was ours, not Bence's, and I'm the one fixing it: your coffee's on its way now.
new-lad-reply-1-wording-1 = צודק, לא הייתי הוגנת כלפיו. זו טעות שלנו ולא שלו, ואני מתקנת אותה: הקפה שלך כבר יוצא אליך.

# en: Fair point, not his fault, ours. I'm sorting it; coffee's coming.
new-lad-reply-1-wording-2 = צודק, זה היה לא פייר. זו פשלה שלנו, לא שלו.

# en: yeah that was out of order of me. it's on us, not him, and i'm fixing it, your coffee's nearly here
new-lad-reply-1-wording-3 = אתה צודק, זה היה מכוער מצידי. בנצה לא אשם, אנחנו אשמים, ואני מסדר את זה: הפלאט וייט שלך בדרך

# en: You're right, I shouldn't have said that about him. The fault is ours, not Bence's, and I'm fixing it myself: your coffee is almost here.
new-lad-reply-1-wording-4 = אתה צודק, לא הייתי צריך להגיד את זה עליו. האשמה שלנו, לא של בנצה, ואני מתקן את זה בעצמי: הקפה שלך כמעט פה.

# en: That was unfair of me, it's our fault not his.
new-lad-reply-1-wording-5 = זה לא היה הוגן ממני, אשמתנו ולא שלו.

# en: fair, i shouldnt have dumped that on him, it's our mistake. i'm sorting it personally and your coffee's on its way
new-lad-reply-1-wording-6 = בסדר, מגיע לי, לא הייתי צריכה להפיל את זה עליו, זו טעות שלנו. אני מטפלת בזה אישית והקפה שלך בדרך

# en: Taking back a careless remark at once is hard, and right. Tamás sees a team that stands together, and a person at the till who takes the mistake on.
new-lad-reply-1-feedback = לחזור מיד מהערה לא זהירה זה קשה, ונכון. תמאש רואה צוות שעומד ביחד, ומישהו בקופה שלוקח את הטעות על עצמו.

# en: You're right, but it is his first week, and somebody has to learn on the morning rush, so we're all asking people to bear with us.
new-lad-reply-2 = אתה צודק, אבל זה השבוע הראשון שלו, ומישהו צריך ללמוד גם בעומס של הבוקר, אז אנחנו מבקשים מכולם קצת סבלנות.

# en: True, but it's his first week, and someone has to learn during the morning rush, and we're asking customers to be patient with us.
new-lad-reply-2-wording-1 = נכון, אבל זה רק השבוע הראשון שלו, ומתישהו הוא צריך ללמוד לעבוד גם בלחץ של הבוקר, אז נבקש מכל הלקוחות קצת סבלנות.

# en: True, but he's new, so please bear with us.
new-lad-reply-2-wording-2 = צודק, אבל הוא חדש, צריך קצת סבלנות.

# en: fair, but he only started this week and people have to learn sometime in the rush, so we're asking everyone to be a bit patient
new-lad-reply-2-wording-3 = אתה צודק, אבל בכל זאת הוא פה רק כמה ימים, איפשהו הוא חייב ללמוד בשעת עומס, אז תהיה קצת סבלני איתנו

# en: I know, but he's only been here a few days, and new staff have to learn during the rush at some point, so we're asking everyone to be patient.
new-lad-reply-2-wording-4 = אני יודעת, אבל הוא פה רק כמה ימים, ועובדים חדשים חייבים ללמוד בלחץ בשלב כלשהו, אז אנחנו מבקשים מכולם להתאזר בסבלנות.

# en: Sure, but he's new, please be patient with us.
new-lad-reply-2-wording-5 = בסדר, אבל הוא חדש, בבקשה תהיה סבלני.

# en: It's his first week, so yes, he's learning in the busiest hour, and we're just asking customers to bear with us
new-lad-reply-2-wording-6 = זה השבוע הראשון שלו, אז כן, הוא לומד בשעה הכי עמוסה, ואנחנו רק מבקשים מהלקוחות לזרום איתנו

# en: 'You're right, but' takes back the agreement in the same breath, and 'bear with us' asks a man with a meeting to pay for the café's training with his time.
new-lad-reply-2-feedback = "אתה צודק, אבל" לוקח בחזרה את ההסכמה באותה נשימה, ו"קצת סבלנות" מבקש מאדם שממהר לפגישה לשלם בזמן שלו על ההכשרה של בית הקפה.

# en: Oh, he knows I'm only joking. Everyone's new once, it's how you learn, isn't it? He'll be flying by next week.
new-lad-reply-3 = נו, הוא יודע שזה בצחוק. כולם היו חדשים פעם, ככה לומדים, לא? בשבוע הבא הוא כבר יטוס.

# en: Oh, he knows I'm just kidding. We all start somewhere, that's how you learn, right? He'll be a pro by next week.
new-lad-reply-3-wording-1 = עזוב, הוא יודע שאני צוחקת. כולנו התחלנו פעם, ככה לומדים, נכון? עוד שבוע הוא יעוף על המכונה.

# en: He knows I'm only kidding; he'll be fine by next week.
new-lad-reply-3-wording-2 = הוא מבין שזו בדיחה, כולנו התחלנו מאפס.

# en: ah he knows i'm messing. everyone's the new guy at some point, it's how you learn. he'll be brilliant in a week
new-lad-reply-3-wording-3 = נו באמת, זה סתם בצחוק, הוא קולט. כל אחד היה ירוק פעם, לא? עוד כמה ימים הוא יהיה תותח

# en: Don't worry, he knows I'm just teasing. We were all new once, that's how you pick it up, and he'll be great in a week.
new-lad-reply-3-wording-4 = אל תדאג, הוא יודע שאני סתם מקניטה אותו. כולנו היינו חדשים פעם, ככה קולטים את זה, ובעוד שבוע הוא יהיה מעולה.

# en: It's fine, he knows I'm joking.
new-lad-reply-3-wording-5 = זה בסדר, הוא יודע שאני מתבדח.

# en: ha, he can take a joke. everyone starts off clueless, give him a week and he'll be flying
new-lad-reply-3-wording-6 = חח, הוא יודע לקבל בדיחה. כולם מתחילים בלי מושג, תן לו שבוע והוא יהיה אלוף

# en: Laughing it off leaves the blame on Bence and makes the café look careless about its own people. If you talk about a colleague like that, a customer wonders how you talk about him.
new-lad-reply-3-feedback = לצחוק על זה משאיר את האשמה על בנצה ומציג את בית הקפה כמקום שלא אכפת לו מהאנשים שלו. כשמדברים ככה על עמית, הלקוח תוהה איך מדברים עליו.

# en: Ready the moment I walk in? You don't even know what time I'll come in. Let's just get today right, shall we?
promise-doubt-says-1 = מוכן ברגע שאני נכנס? אתם בכלל לא יודעים מתי אני מגיע. בואו פשוט נסדר את היום כמו שצריך, כן?

# en: No, honestly, I'll sort it. I'll tell everyone on the team to keep an eye out for you, and they'll have it on the machine the second they see you.
promise-doubt-reply-1 = לא, באמת, אסדר את זה. אגיד לכל הצוות לשים עין עליך, והם ישימו את הקפה במכונה ברגע שהם יראו אותך.

# en: No, really, I'll make it happen. I'll ask the whole team to watch for you, and they'll start your coffee the moment you come in.
promise-doubt-reply-1-wording-1 = לא, ברצינות, אני אסדר את זה. אני אגיד לכל העובדים לחפש אותך, וברגע שהם רואים אותך נכנס הקפה שלך הולך למכונה.

# en: No, I'll sort it: the team will watch for you.
promise-doubt-reply-1-wording-2 = אני אדאג שכל הצוות יזהה אותך ויתחיל מיד.

# en: nah honestly leave it with me, i'll get everyone watching for you and they'll put yours on the second you walk through the door
promise-doubt-reply-1-wording-3 = לא לא, אני אטפל בזה, אדבר עם כל הבריסטות שיזהו אותך בדלת ויתחילו את הפלאט וייט שלך מיד

# en: No, trust me, I'll handle it. Everyone on staff will be told to look out for you and start your drink as soon as you walk in.
promise-doubt-reply-1-wording-4 = לא, תסמוך עליי, אני אטפל בזה. כל מי שעובד פה יקבל הנחיה לזהות אותך ולהפעיל את המשקה שלך מהשנייה שאתה נכנס.

# en: No, really, the whole team will look out for you.
promise-doubt-reply-1-wording-5 = לא, באמת, כל הצוות ישים לב אליך.

# en: honestly don't worry, I'll brief the whole team so whoever spots you gets your coffee going straight away
promise-doubt-reply-1-wording-6 = באמת אל תדאג, אני אתדרך את כל הצוות כך שמי שרואה אותך ישר מתחיל לך קפה

# en: He told you he doubts the promise, and you doubled it instead of checking it. He asked for one thing: get today right.
promise-doubt-reply-1-feedback = הוא אמר לך שהוא מפקפק בהבטחה, ובמקום לבדוק אותה הכפלת אותה. הוא ביקש דבר אחד: שהיום יהיה כמו שצריך.

# en: Fair enough, I can't promise that. Today I can: your coffee's ready in a minute, and I'll tell Katalin how your ticket got lost.
promise-doubt-reply-2 = צודק, את זה אי אפשר להבטיח. היום כן: הקפה שלך מוכן בעוד דקה, ואספר לקטלין איך הפתק שלך אבד.

# en: That's fair, I can't really promise that. What I can do is today: your coffee will be done in a minute. I'll also let Katalin know how your order got lost.
promise-doubt-reply-2-wording-1 = אתה צודק, את זה אני לא יכולה להבטיח. מה שכן: הקפה של היום מוכן תוך דקה, ואני אדבר עם קטלין על איך הפתק שלך הלך לאיבוד.

# en: Fair, I can't promise that. Coffee's a minute away; I'll tell Katalin.
promise-doubt-reply-2-wording-2 = צודק, לא אבטיח. היום: קפה בעוד דקה, ואעדכן את קטלין.

# en: fair point, i can't guarantee that. but today's sorted, coffee in a sec, and i'll tell Katalin what happened with your ticket
promise-doubt-reply-2-wording-3 = נכון, זו הייתה הבטחה ריקה מצידי. היום אני כן יכול: עוד דקה הקפה ביד שלך, ואני מספר למנהלת איך ההזמנה שלך נעלמה

# en: You're right, that was a promise I can't keep. What I can do is get today right: your coffee is one minute away, and I'll report to Katalin how your order went missing.
promise-doubt-reply-2-wording-4 = אתה צודק, זו הייתה הבטחה שאני לא יכול לקיים. מה שאני כן יכול זה לעשות את היום כמו שצריך: הקפה שלך עוד דקה, ואדווח לקטלין איך הפתק שלך התפספס.

# en: You're right, let's fix today. One minute, and Katalin will hear about it.
promise-doubt-reply-2-wording-5 = צודק, בוא נתקן את היום. דקה, וקטלין תשמע על זה.

# en: ok fair, forget tomorrow. your coffee's nearly ready, a minute, and i'll let Katalin know your ticket went missing
promise-doubt-reply-2-wording-6 = אוקי צודק, עזוב את מחר. הקפה שלך כמעט מוכן, עוד דקה, ואני אגיד לקטלין שהפתק שלך נעלם

# en: You corrected your own promise and replaced it with two things you really control: today's coffee and a word with the manager. Honesty keeps his trust where a bigger promise would have spent it.
promise-doubt-reply-2-feedback = תיקנת את ההבטחה שלך והחלפת אותה בשני דברים שבאמת בשליטתך: הקפה של היום ושיחה עם המנהלת. הכנות שומרת על האמון שלו; הבטחה גדולה יותר הייתה מבזבזת אותו.

# en: Stop. I don't need the whole story, I need to leave. Just give me my money back and I'll grab something on the way.
refund-demand-says-1 = די. אני לא צריך את כל הסיפור, אני צריך ללכת. פשוט תחזירו לי את הכסף ואקנה משהו בדרך.

# en: He is about to walk out, and his coffee is almost ready. What does he need from you in the next thirty seconds?
refund-demand-hint = הוא עומד לצאת, והקפה שלו כמעט מוכן. מה הוא צריך ממך בשלושים השניות הקרובות?

# en: Of course. Have you still got your receipt on you? A refund to your card usually takes three to five working days, I'm afraid.
refund-demand-reply-1 = ברור. הקבלה עוד אצלך? זיכוי לכרטיס האשראי לוקח בדרך כלל בין שלושה לחמישה ימי עסקים, לצערי, ככה זה אצלנו.

# en: Certainly. Do you have your receipt with you? Refunds to a card normally take between three and five working days, unfortunately.
refund-demand-reply-1-wording-1 = בסדר. יש לך את הקבלה? ההחזר לאשראי לוקח בדרך כלל שלושה עד חמישה ימי עסקים, מצטערת, זה הנוהל אצלנו.

# en: Sure, got your receipt? Card refunds take 3 to 5 days.
refund-demand-reply-1-wording-2 = אין בעיה, קבלה? הזיכוי ייכנס תוך כמה ימי עסקים.

# en: of course, have you got the receipt? the money usually takes a few working days to go back on your card sorry
refund-demand-reply-1-wording-3 = אוקיי, תביא קבלה בבקשה. הכסף יחזור לכרטיס תוך שלושה עד חמישה ימים, ככה זה עובד אצלנו, סורי

# en: No problem. Do you still have the receipt? Just so you know, card refunds can take three to five working days to show up.
refund-demand-reply-1-wording-4 = אין בעיה. שמרת את הקבלה? רק שתדע, החזר לכרטיס אשראי יכול לקחת שלושה עד חמישה ימי עסקים עד שהוא מופיע.

# en: Need your receipt, refunds take a few days.
refund-demand-reply-1-wording-5 = צריך את הקבלה, ההחזר לוקח כמה ימים.

# en: Refund takes 3-5 working days to reach your card, I'm afraid, have you kept the receipt?
refund-demand-reply-1-wording-6 = ההחזר לוקח 3-5 ימי עסקים להיכנס לכרטיס, לצערי, נשארה לך הקבלה?

# en: You did exactly what he asked and nothing more. He leaves late, without his coffee, with a refund he will not see for days, and nobody said sorry.
refund-demand-reply-1-feedback = עשית בדיוק מה שביקש ולא יותר. הוא יוצא באיחור, בלי הקפה, עם זיכוי שלא יראה ימים, ואף אחד לא אמר סליחה.

# en: Sorry, Tamás, you're right. It's ready: oat flat white and croissant to go, on us, and I've refunded your card. You'll make half nine.
refund-demand-reply-2 = סליחה, תמאש, אתה צודק. מוכן: פלאט וייט וקרואסון לקחת, על חשבוננו, וזיכיתי לך את הכרטיס. תספיק לתשע וחצי.

# en: You're right, Tamás, sorry. Here's your coffee and croissant to take away, free of charge, and the money's gone back on your card. You'll be on time.
refund-demand-reply-2-wording-1 = תמאש, סליחה, צודק. הנה הכול מוכן: הפלאט וייט והקרואסון לדרך, בלי תשלום, והכסף כבר חזר לכרטיס שלך. תגיע בזמן לפגישה.

# en: Here's your order, free, and your card's refunded. Go, you'll make it.
refund-demand-reply-2-wording-2 = סליחה, הנה ההזמנה, על חשבוננו, והכסף הוחזר. רוץ.

# en: Tamás sorry, you're right. here you go, flat white and croissant, on the house, and i've put the money back on your card. you'll get there by 9.30
refund-demand-reply-2-wording-3 = אתה צודק תמאש, סורי. קח, הקפה והמאפה ארוזים, לא עולים לך כלום, וגם ביטלתי לך את החיוב בכרטיס. יש לך זמן להגיע לתשע וחצי

# en: You're right, and I'm sorry, Tamás. Your oat flat white and croissant are ready to take, there's no charge, and the refund's already gone through. You'll be there for half nine.
refund-demand-reply-2-wording-4 = אתה צודק, ואני מצטערת, תמאש. הפלאט וייט על שיבולת שועל והקרואסון מוכנים לקחת, אין חיוב, וההחזר כבר עבר. תגיע לתשע וחצי.

# en: It's ready, it's free, and I've refunded you. You'll make it.
refund-demand-reply-2-wording-5 = מוכן, בחינם, והחזרתי לך את הכסף. תספיק.

# en: here, your coffee and croissant, free, and the refund's done on your card. go, you'll be at your half nine on time
refund-demand-reply-2-wording-6 = הנה, הקפה והקרואסון שלך, חינם, וההחזר לכרטיס כבר בוצע. לך, תגיע לתשע וחצי בזמן

# en: You stopped talking and gave him everything at once: his order, his money back and his meeting. He asked for a refund because he had given up on the coffee; you gave him both.
refund-demand-reply-2-feedback = הפסקת לדבר ונתת לו הכול בבת אחת: את ההזמנה, את הכסף ואת הפגישה. הוא ביקש החזר כי התייאש מהקפה; נתת לו את שניהם.

# en: I'm afraid I can't do refunds on this till. Let me fetch Katalin from the back, she can sort it out for you.
refund-demand-reply-3 = לצערי אי אפשר לעשות החזרים בקופה הזאת. רגע, אקרא לקטלין מאחור, והיא כבר תסדר לך את זה.

# en: Sorry, this till can't process refunds. I'll go and get Katalin, she can deal with it.
refund-demand-reply-3-wording-1 = מצטער, מהקופה הזאת אני לא יכול להחזיר כסף. שנייה, אני קורא לקטלין מאחורה, היא תטפל לך בזה.

# en: This till can't refund; I'll get Katalin for you.
refund-demand-reply-3-wording-2 = אין החזרים בקופה, אקרא למנהלת.

# en: ah this register won't do refunds unfortunately, let me grab Katalin from out the back and she'll sort you out
refund-demand-reply-3-wording-3 = סורי, אין לי אפשרות לזכות מפה. חכה רגע, אני מביאה את קטלין מהמחסן שתסדר לך את ההחזר

# en: Unfortunately I can't give refunds from this register. I'll go and get Katalin from out the back and she can handle it.
refund-demand-reply-3-wording-4 = לצערי אני לא יכול לבצע החזרים מהקופה הזאת. אלך להביא את קטלין מאחורה והיא תטפל בזה.

# en: I can't refund here, I'll get the manager.
refund-demand-reply-3-wording-5 = אין לי אפשרות להחזיר פה, אביא את המנהלת.

# en: Refunds have to go through Katalin, this till won't do them, so let me go and fetch her for you.
refund-demand-reply-3-wording-6 = החזרים עוברים רק דרך קטלין, הקופה הזאת לא עושה את זה, אז תן לי ללכת לקרוא לה בשבילך

# en: Even if the till cannot do it, the coffee in front of you could have solved the real problem. Sending him to the manager adds minutes to a wait that is already too long.
refund-demand-reply-3-feedback = גם אם הקופה לא יכולה, הקפה שמולך יכול היה לפתור את הבעיה האמיתית. לשלוח אותו למנהלת מוסיף דקות להמתנה שכבר ארוכה מדי.

# en: Is that mine? I really do have to go.
the-order-says-1 = זה שלי? אני באמת חייב ללכת.

# en: Here it is! Did you want it in a cup for here, or shall I put a lid on it for you to take away?
the-order-reply-1 = הנה זה! רצית בכוס כדי לשבת כאן, או שאשים לך מכסה כדי שתוכל לקחת איתך?

# en: Here you go! Is that to drink in, or do you want a lid so you can take it with you?
the-order-reply-1-wording-1 = הנה הוא! תרצה אותו בספל לשבת פה, או עם מכסה לקחת?

# en: Here it is. Eat in or take away?
the-order-reply-1-wording-2 = לשבת כאן או לקחת איתך?

# en: here you go! having it here or want a lid on it to go?
the-order-reply-1-wording-3 = הופה, מוכן! לשתות פה בספל או לשים לך בכוס חד פעמית עם מכסה?

# en: Yes, here! Are you drinking it here, or should I pop a lid on so you can take it out?
the-order-reply-1-wording-4 = כן, הנה! שותה פה, או שאסגור לך עם מכסה כדי שתוכל לקחת?

# en: Here you go. Drink in or lid to go?
the-order-reply-1-wording-5 = הנה הוא. לשתות כאן בספל או לקחת עם מכסה?

# en: Would you like this one in a mug to stay, or with a lid to take away?
the-order-reply-1-wording-6 = אדוני, להגיש לך בכוס זכוכית כאן או לארוז בכוס לקחת עם מכסה?

# en: He has told you twice that he has a meeting, and he takes it to go every single morning. A friendly question can still tell a regular that nobody remembers him.
the-order-reply-1-feedback = הוא כבר אמר לך פעמיים שיש לו פגישה, והוא לוקח את הקפה איתו כל בוקר. גם שאלה ידידותית יכולה להגיד ללקוח קבוע שאף אחד לא זוכר אותו.

# en: Here it is, Tamás: large oat flat white and almond croissant, lid pressed on tight for the walk. You'll make half nine.
the-order-reply-2 = הנה, תמאש: פלאט וייט גדול, שיבולת שועל, וקרואסון שקדים, מכסה סגור חזק לדרך. תספיק לתשע וחצי.

# en: There you are, Tamás: your oat flat white, large, and the almond croissant, with the lid on firmly for the walk. You'll be there by half nine.
the-order-reply-2-wording-1 = בבקשה, תמאש: פלאט וייט גדול בשיבולת שועל, קרואסון שקדים, ומכסה מהודק שלא יישפך בדרך. אתה מגיע בזמן לתשע וחצי.

# en: Here you go, Tamás, usual order, lid secured. You'll make your meeting.
the-order-reply-2-wording-2 = הנה, תמאש, הרגיל שלך סגור לדרך. תספיק לפגישה.

# en: here you go Tamás, big oat flat white plus almond croissant, lid's on nice and tight for walking. you'll make it for 9.30
the-order-reply-2-wording-3 = קח תמאש, הכול פה, הפלאט וייט הגדול על שיבולת והקרואסון, סגרתי את המכסה טוב שלא ישפריץ בהליכה. בהצלחה בפגישה של תשע וחצי

# en: This is yours, Tamás: big oat flat white, almond croissant, and I've pushed the lid down firmly so it survives the walk. You'll be on time for half nine.
the-order-reply-2-wording-4 = זה שלך, תמאש: פלאט וייט גדול שיבולת שועל, קרואסון שקדים, ולחצתי את המכסה חזק שישרוד את ההליכה. תגיע בזמן לתשע וחצי.

# en: Here's your usual, lid on tight for walking. You'll be on time.
the-order-reply-2-wording-5 = הנה הרגיל שלך, מכסה סגור היטב להליכה. תגיע בזמן.

# en: lid's on tight for your walk, Tamás, large oat flat white and the almond croissant. you'll get there by half nine
the-order-reply-2-wording-6 = המכסה סגור חזק להליכה, תמאש, פלאט וייט גדול שיבולת והקרואסון שקדים. אתה מגיע עד תשע וחצי

# en: Naming his order and his half-nine meeting shows you kept hold of what he told you, even in the rush. The lid for the walk is a small thing that says you thought about his morning, not only your queue.
the-order-reply-2-feedback = כשנקבת בהזמנה שלו ובפגישה של תשע וחצי, הראית ששמרת על מה שסיפר לך, גם בעומס. המכסה לדרך הוא דבר קטן שאומר שחשבת על הבוקר שלו, לא רק על התור שלך.

# en: Yes, that's yours. Sorry again for the wait, it's just been one of those mornings, you know how it is with the rush.
the-order-reply-3 = כן, זה שלך. שוב סליחה על ההמתנה, פשוט אחד מהבקרים האלה, אתה יודע איך זה בשעות העומס.

# en: Yes, this one's yours. Apologies again for the delay, it's just been a crazy morning, you know what the rush is like.
the-order-reply-3-wording-1 = כן, שלך. ושוב סליחה שחיכית, היה פשוט בוקר כזה, אתה מכיר את שעות הלחץ.

# en: Yes, here. Sorry again, just one of those mornings.
the-order-reply-3-wording-2 = כן, שלך. סליחה, סתם בוקר רע.

# en: yep, that's yours. sorry again about the wait, it's been one of those days, you know what mornings are like
the-order-reply-3-wording-3 = כן כן, זה שלך. סורי שוב על הסיפור, פשוט נפל עלינו יום כזה, קורה בשעות השיא

# en: That one's yours, yes. Apologies once more for the delay, the rush this morning has been something else, as I'm sure you can tell.
the-order-reply-3-wording-4 = כן, זה שלך. שוב מתנצלת על העיכוב, העומס הבוקר היה משהו אחר לגמרי, כמו שבטח שמת לב.

# en: Yes, that's it. Sorry, crazy rush this morning.
the-order-reply-3-wording-5 = כן, זה הוא. סליחה, עומס מטורף הבוקר.

# en: yeah its yours, sorry about the wait again, we've had one of those mornings with the rush
the-order-reply-3-wording-6 = כן שלך, ושוב סורי שחיכית, הבוקר היה פשוט סיוט של עומס

# en: A pleasant hand-over, but 'one of those mornings' puts the wait on bad luck rather than on the café. His name, his order or his meeting would have shown him that you were listening.
the-order-reply-3-feedback = מסירה נעימה, אבל "אחד מהבקרים האלה" תולה את ההמתנה במזל ולא בבית הקפה. השם שלו, ההזמנה שלו או הפגישה שלו היו מראים לו שהקשבת.

# en: Yes, all done, and here's a voucher for a free coffee next time. Do you want a receipt, or are you fine without one?
the-order-reply-4 = כן, הכול מוכן, והנה שובר לקפה חינם בפעם הבאה. רוצה קבלה, או שהבוקר אפשר בלי?

# en: Yes, it's ready, and this voucher gets you a free coffee on your next visit. Do you need the receipt as well?
the-order-reply-4-wording-1 = כן, הכול מוכן, והנה לך שובר לקפה אחד חינם לפעם הבאה. צריך קבלה, או שהפעם מוותרים?

# en: All done, plus a free coffee voucher. Need a receipt?
the-order-reply-4-wording-2 = מוכן, והנה קופון לקפה חינם. קבלה?

# en: yep, done, and here's a free drink voucher for next time. want the receipt or not?
the-order-reply-4-wording-3 = הכול שלך, ובונוס: כרטיס לקפה על חשבוננו בביקור הבא. להדפיס לך חשבונית או לא צריך?

# en: That's ready for you, and I'm giving you a voucher so your next coffee is free. Would you like a receipt with it?
the-order-reply-4-wording-4 = זה מוכן בשבילך, ואני נותן לך שובר כדי שהקפה הבא שלך יהיה בחינם. תרצה גם קבלה?

# en: Here, with a voucher for a free coffee. Receipt?
the-order-reply-4-wording-5 = הנה, עם שובר לקפה חינם. קבלה?

# en: Free coffee next time with this voucher, and yes that's yours. do you want the receipt?
the-order-reply-4-wording-6 = קפה חינם בפעם הבאה עם השובר הזה, וכן זה שלך. רוצה קבלה?

# en: A voucher is generous, but it arrives like a transaction: no name, no word about his meeting, and a question about a receipt while he is edging towards the door.
the-order-reply-4-feedback = שובר זו מחווה נדיבה, אבל היא מגיעה כמו עסקה: בלי שם, בלי מילה על הפגישה, ועם שאלה על קבלה בזמן שהוא כבר זז לכיוון הדלת.

# en: Well, it's got your name on it, so I'd say so. Off you go, then, we wouldn't want to keep you any longer.
the-order-reply-5 = טוב, השם שלך כתוב עליו, אז כנראה שכן. יאללה, לך, שלא נעכב אותך יותר.

# en: Well, your name's written on it, so I'd guess so. Go on then, we mustn't hold you up any longer.
the-order-reply-5-wording-1 = נו, כתוב עליו תמאש, אז מסתבר שכן. קדימה, רוץ, שלא נתקע אותך עוד.

# en: Your name's on it, isn't it? Off you go, mustn't keep you.
the-order-reply-5-wording-2 = השם שלך עליו, כנראה שלך. יאללה, רוץ.

# en: well it says your name on the cup so i reckon yes. go on then, wouldn't want to hold you up any more
the-order-reply-5-wording-3 = חחח טוב, אם השם שלך מקושקש על הכוס אז בטח שלך. יאללה צא, לא נעכב אותך עוד שנייה

# en: I'd imagine so, since your name's on the cup. Well, go on, don't let us hold you up any more.
the-order-reply-5-wording-4 = אני מניחה שכן, בהתחשב בזה שהשם שלך על הכוס. נו, לך, חלילה שנגזול ממך עוד רגע.

# en: Your name's on it. Off you go then.
the-order-reply-5-wording-5 = השם שלך כתוב עליו. אז לך.

# en: Considering it's got Tamás written on the side, probably yes. Run along then, we wouldn't dream of keeping you.
the-order-reply-5-wording-6 = נו, כתוב עליו תמאש, אז כנראה שכן. יאללה, רוץ, שלא נעכב אותך עוד.

# en: After half an hour of his morning, a joke at his expense is the last thing he expected from people who know him. 'We wouldn't want to keep you' is exactly what the café just did.
the-order-reply-5-feedback = אחרי חצי שעה מהבוקר שלו, בדיחה על חשבונו היא הדבר האחרון שציפה לו מאנשים שמכירים אותו. "שלא נעכב אותך" זה בדיוק מה שבית הקפה עשה הרגע.

# en: Right. Thirty minutes, though. I come here because it's quick and because you lot know me. And this morning I stood over there—
amends-says-1 = טוב. אבל שלושים דקות. אני בא לכאן כי זה מהיר וכי אתם מכירים אותי. והבוקר עמדתי שם—

# en: He has not finished. Is this the moment to answer?
amends-hint = הוא עוד לא סיים. זה הרגע לענות?

# en: Tamás, I'm sorry, I know exactly what you're going to say, and it won't happen again, I promise you that.
amends-reply-1 = תמאש, צר לי, ברור לי בדיוק מה אתה הולך להגיד, וזה לא יקרה שוב, זו הבטחה.

# en: I'm sorry, Tamás, I know just what you're about to say, and I promise you it's never going to happen again.
amends-reply-1-wording-1 = תמאש, מצטער, אני כבר יודע מה אתה עומד להגיד, וזה לא יחזור על עצמו, מבטיח לך.

# en: Sorry, I know what you'll say; it won't happen again, promise.
amends-reply-1-wording-2 = אני יודעת מה תגיד, זה לא יחזור, מבטיחה.

# en: Tamás sorry, i already know what you're gonna say, and i promise it won't ever happen again
amends-reply-1-wording-3 = סליחה תמאש, אני קולטת לגמרי לאן אתה הולך עם זה, ואני נותנת לך מילה שזה לא יקרה עוד פעם

# en: Tamás, sorry, no need to say it, I know exactly what's coming, and I swear it'll never happen again.
amends-reply-1-wording-4 = תמאש, סליחה, אין צורך להגיד את זה, אני יודעת בדיוק מה אתה הולך לומר, ואני נשבעת שזה לא יקרה לעולם.

# en: Sorry, I know, I promise it won't happen again.
amends-reply-1-wording-5 = סליחה, אני יודע, מבטיח שזה לא יחזור.

# en: I know what's coming, Tamás, and I'm sorry, it's never happening again, promise
amends-reply-1-wording-6 = יודעת מה אתה הולך להגיד תמאש, סליחה, זה לא יקרה יותר אף פעם, מבטיחה

# en: You finished his sentence for him with a promise. He was about to tell you what hurt, and now he never will, so you are apologising for something you have not heard.
amends-reply-1-feedback = סיימת בשבילו את המשפט עם הבטחה. הוא עמד לספר לך מה פגע בו, ועכשיו כבר לא יספר, אז ההתנצלות שלך היא על משהו שלא שמעת.

# en: I know, I know, and honestly, it's been the worst morning we've had all month, what with the office order and everything.
amends-reply-2 = כן, כן, ובכנות, זה הבוקר הכי גרוע שהיה לנו החודש, עם ההזמנה של המשרד וכל זה.

# en: I know, and honestly, this has been our worst morning in weeks, what with that office order and so on.
amends-reply-2-wording-1 = כן, ברור, ולמען האמת זה היה הבוקר הגרוע ביותר שלנו כל החודש, עם ההזמנה הגדולה של המשרד ועם כל הבלגן.

# en: I know, it's been our worst morning all month, that office order...
amends-reply-2-wording-2 = כן כן, בוקר נוראי, בגלל ההזמנה של המשרד.

# en: yeah i know, honestly we've not had a day this bad in ages, what with that big office order and stuff
amends-reply-2-wording-3 = כן כן יודעת, תאמין לי הבוקר הזה שבר שיאים, הזמנה של חברה שלמה וכל הבלגן שבא איתה

# en: Yes, I know, and to be honest it's been the roughest morning we've had in a month, with that big office order on top of everything.
amends-reply-2-wording-4 = כן, אני יודע, ולהגיד לך את האמת, בוקר קשה כזה לא היה לנו חודש שלם, ועוד ההזמנה הענקית של המשרד על הכול.

# en: I know, worst morning in ages with the office order.
amends-reply-2-wording-5 = יודעת, הבוקר הכי גרוע מזמן, עם ההזמנה של המשרד.

# en: tell me about it, this has been our worst morning this month, that office order and everything
amends-reply-2-wording-6 = אל תגיד לי, זה היה הבוקר הכי גרוע שלנו החודש, ההזמנה של המשרד וכל זה

# en: You cut in with the office order again, the excuse he has already rejected. Whatever he was going to say about being a regular stays unsaid.
amends-reply-2-feedback = קטעת אותו שוב עם ההזמנה של המשרד, התירוץ שהוא כבר דחה. מה שרצה להגיד על היותו לקוח קבוע לא נאמר בסוף.

# en: I'm sorry. Go on, I'm listening.
amends-reply-3 = סליחה. תמשיך, אני כולי אוזן.

# en: Sorry. Please carry on, I'm all ears.
amends-reply-3-wording-1 = סליחה, תסיים בבקשה, אני מקשיבה.

# en: Sorry, go on.
amends-reply-3-wording-2 = סליחה, קטעתי. תמשיך.

# en: I apologise. Please finish what you were saying; I'm listening.
amends-reply-3-wording-3 = סורי, אני פה, דבר, אני שומע אותך

# en: Sorry about that. You were saying? I want to hear it.
amends-reply-3-wording-4 = סליחה על זה. מה אמרת? אני רוצה לשמוע.

# en: Sorry. Carry on.
amends-reply-3-wording-5 = סליחה. המשך.

# en: i'm sorry tamás, tell me the rest, go ahead
amends-reply-3-wording-6 = סליחה תמאש, ספר לי את ההמשך, קדימה

# en: A few words, and he gets to finish. He was about to say what actually hurt him, and you need to hear it before you can put it right.
amends-reply-3-feedback = כמה מילים, והוא יכול לסיים. הוא עמד להגיד מה באמת פגע בו, וצריך לשמוע את זה לפני שאפשר לתקן.

# en: Let me make it up to you: two extra stamps on your loyalty card, and your next coffee's on me. Deal?
amends-reply-4 = תן לי לפצות אותך: שתי חותמות נוספות בכרטיס המועדון, והקפה הבא עליי. סגרנו?

# en: Let me make up for it: I'll add two extra stamps to your card, plus your next coffee is free. How's that?
amends-reply-4-wording-1 = בוא אני אפצה אותך: אוסיף לך שתי חותמות בכרטיס הנאמנות, והקפה הבא עליי. מסכים?

# en: Two extra loyalty stamps and a free coffee next time, okay?
amends-reply-4-wording-2 = שתי חותמות בכרטיס וקפה הבא עליי, סגור?

# en: how about this to say sorry, couple of bonus stamps on your card and the next one's on me. sound good?
amends-reply-4-wording-3 = רגע, יש לי רעיון לפצות, שתי חותמות מתנה בכרטיסייה שלך ועוד קפה בחינם בפעם הבאה, דיל?

# en: To make up for today, I'll stamp your loyalty card twice extra and give you your next coffee free. Sound fair?
amends-reply-4-wording-4 = כדי לפצות על היום, אחתים לך שתי חותמות נוספות בכרטיס הנאמנות ואתן לך את הקפה הבא בחינם. נשמע הוגן?

# en: Free coffee next time and two bonus stamps, okay?
amends-reply-4-wording-5 = קפה חינם בפעם הבאה ושתי חותמות בונוס, אוקיי?

# en: Next coffee's free on me and you get two more stamps on the card, how does that sound?
amends-reply-4-wording-6 = הקפה הבא עליי ואתה מקבל עוד שתי חותמות בכרטיס, מה אתה אומר?

# en: Generous, but it cuts him off mid-sentence to settle the bill before you know what the complaint is. Stamps answer a price; he was about to tell you about something else.
amends-reply-4-feedback = נדיב, אבל זה קוטע אותו באמצע משפט כדי לסגור חשבון לפני שידוע מה התלונה. חותמות עונות על מחיר; הוא עמד לדבר על משהו אחר.

# en: ...like a stranger, while people who came in after me walked out with their coffee. That's not what I come here for.
amends-finish-says-1 = ...כמו זר, בזמן שאנשים שנכנסו אחריי יצאו עם הקפה שלהם. לא בשביל זה אני בא לכאן.

# en: He is in a hurry, so the amends must fit in one sentence and cost him no time. He has also told you what hurt.
amends-finish-hint = הוא ממהר, אז הפיצוי צריך להיכנס במשפט אחד ולא לעלות לו זמן. הוא גם סיפר לך מה פגע בו.

# en: I'm sorry if it felt like that, Tamás. It really wasn't personal, we were just completely swamped this morning.
amends-finish-reply-1 = צר לי אם זה הרגיש ככה, תמאש. זה באמת לא היה אישי, פשוט היינו מוצפים לגמרי הבוקר.

# en: I'm sorry if that's how it came across, Tamás. It was nothing personal, we were just overwhelmed this morning.
amends-finish-reply-1-wording-1 = מצטער אם ככה זה הרגיש לך, תמאש. זה ממש לא היה נגדך, פשוט טבענו בהזמנות הבוקר.

# en: Sorry if it felt that way; we were just snowed under.
amends-finish-reply-1-wording-2 = סליחה אם הרגשת ככה, פשוט היינו בלחץ.

# en: sorry if it seemed like that, it honestly wasn't about you, we were just completely slammed today
amends-finish-reply-1-wording-3 = תמאש, אם זה נראה לך ככה אז סורי, אבל שום דבר אישי, היינו קבורים בעבודה היום

# en: I'm sorry if you felt that way, Tamás, but it wasn't aimed at you, we were just run off our feet today.
amends-finish-reply-1-wording-4 = אני מצטערת אם הרגשת ככה, תמאש, אבל זה לא היה מכוון אליך, פשוט רצנו כמו משוגעים היום.

# en: Sorry if it felt personal, we were just too busy.
amends-finish-reply-1-wording-5 = סליחה אם זה הרגיש אישי, פשוט היה עמוס מדי.

# en: it wasnt personal at all, honestly, sorry if it came across like that, we were just buried this morning
amends-finish-reply-1-wording-6 = זה ממש לא היה אישי, באמת, סורי אם זה נראה ככה, פשוט לא היה לנו רגע לנשום הבוקר

# en: 'If it felt like that' doubts the very thing he just told you, and 'swamped' is the excuse again. He said he was treated like a stranger; he needed to hear that you noticed.
amends-finish-reply-1-feedback = "אם זה הרגיש ככה" מטיל ספק בדיוק במה שהוא סיפר הרגע, ו"מוצפים" הוא שוב התירוץ. הוא אמר שהתייחסו אליו כמו לזר; הוא היה צריך לשמוע שמישהו שם לב.

# en: You're right, Tamás: you're here every morning and we forgot you. Today's on us, I've refunded your card. Go, you'll make it.
amends-finish-reply-2 = אתה צודק, תמאש: אתה כאן כל בוקר ושכחנו אותך. היום על חשבוננו, זיכיתי לך את הכרטיס. לך, תספיק.

# en: You're right, Tamás: you come in every day and we forgot about you. Today's order is free, and the money's back on your card. Off you go, you'll be on time.
amends-finish-reply-2-wording-1 = צודק, תמאש: אתה פה כל בוקר, ובכל זאת שכחנו אותך. היום אתה לא משלם, כבר החזרתי לך את הכסף לכרטיס. רוץ, תגיע בזמן.

# en: You're right, we forgot you. It's free, card refunded; go, you'll make it.
amends-finish-reply-2-wording-2 = צודק, שכחנו לקוח קבוע. היום עלינו, הכסף הוחזר.

# en: you're right, you're in here every day and we just forgot about you. today's free, i've put the money back on your card. go on, you'll get there in time
amends-finish-reply-2-wording-3 = אתה צודק לגמרי, אתה מגיע כל יום ופספסנו אותך כאילו אתה זר. הבוקר זה מהבית, הזיכוי כבר עבר, עוף לפגישה

# en: That's fair, Tamás: you're a regular and we overlooked you. You won't pay for today, the refund's on your card, so head off, you'll be on time.
amends-finish-reply-2-wording-4 = זה הוגן, תמאש: אתה לקוח קבוע והתעלמנו ממך. על היום לא תשלם, ההחזר כבר בכרטיס, אז צא לדרך, תגיע בזמן.

# en: You're right, we forgot you. Free today, refunded. Go.
amends-finish-reply-2-wording-5 = צודק, שכחנו אותך. היום חינם, הכסף הוחזר. לך.

# en: we let you down, tamás, you come every single day and we forgot you. today's free, refund's gone through, off you go, you'll make it
amends-finish-reply-2-wording-6 = אכזבנו אותך תמאש, אתה בא כל יום ושכחנו אותך. היום חינם, ההחזר עבר, יאללה לדרך, תספיק

# en: You named what hurt, being forgotten by people who know him, and made amends that cost him no time: the refund is done, and he is sent off to his meeting.
amends-finish-reply-2-feedback = קראת בשם למה שפגע בו, שאנשים שמכירים אותו שכחו אותו, ונתת פיצוי שלא עולה לו זמן: ההחזר בוצע, והוא יוצא לפגישה שלו.

# en: Tamás, that should never have happened to you, and I promise it never will again. Today's coffee is on the house.
amends-finish-reply-3 = תמאש, זה לא היה צריך לקרות לך אף פעם, וזו הבטחה: זה לא יקרה שוב. הקפה של היום על חשבון הבית.

# en: Tamás, you shouldn't have been treated like that, and I promise you it won't ever happen again. Your coffee's free today.
amends-finish-reply-3-wording-1 = תמאש, זה בכלל לא היה אמור לקרות לך, ואני מבטיחה שזה לא יחזור. את הקפה של היום הבית מזמין.

# en: That shouldn't have happened; never again, I promise. Coffee's free.
amends-finish-reply-3-wording-2 = זה לא יחזור, מבטיח. היום על חשבון הבית.

# en: Tamás, that's not okay and i promise it'll never happen again. no charge for today's coffee
amends-finish-reply-3-wording-3 = תמאש, זה לא אמור לקרות לך, מבטיחה שזה לא יקרה שוב. הקפה היום על חשבון הבית, באמת

# en: Tamás, you deserved better than that, and I guarantee it will never be repeated. You don't pay for today's coffee.
amends-finish-reply-3-wording-4 = תמאש, הגיע לך יחס הרבה יותר טוב, ואני מתחייב שזה לא יחזור על עצמו לעולם. על הקפה של היום אתה לא משלם.

# en: Never again, I promise. Today's coffee is free.
amends-finish-reply-3-wording-5 = לעולם לא שוב, מבטיחה. הקפה היום חינם.

# en: I promise you'll never be treated like that again, Tamás, that was wrong. today's coffee's on us
amends-finish-reply-3-wording-6 = אני מבטיח לך שלא יתייחסו אליך ככה שוב אף פעם, תמאש, זה לא היה בסדר. הקפה היום עלינו

# en: You took his words seriously and made amends at once, which he will remember. But 'never again' is not yours to promise in a café with a morning rush; the best reply named what hurt and kept to what is done today.
amends-finish-reply-3-feedback = לקחת את הדברים שלו ברצינות ופיצית מיד, והוא יזכור את זה. אבל "זה לא יקרה שוב" היא לא הבטחה שלך לתת בבית קפה עם עומס בוקר; התשובה הטובה ביותר קראה בשם למה שפגע ונצמדה למה שנעשה היום.

# en: Have a seat for five minutes and I'll bring you a slice of cake on the house, to say sorry properly.
amends-finish-reply-4 = שב חמש דקות, ואביא לך פרוסת עוגה על חשבון הבית, כדי להתנצל כמו שצריך.

# en: Sit down for a few minutes and let me bring a piece of cake over, free, as a proper apology.
amends-finish-reply-4-wording-1 = תשב כמה דקות, ואני אביא לך חתיכת עוגה על חשבוננו, שאוכל להתנצל כמו שצריך.

# en: Take a seat and I'll bring you some free cake.
amends-finish-reply-4-wording-2 = שב רגע, עוגה עליי, להתנצל כמו שצריך.

# en: grab a seat for 5 mins and i'll bring over some cake on us, as a proper sorry
amends-finish-reply-4-wording-3 = בוא תתיישב רגע, אני מביאה לך עוגת גבינה מהבית, שתהיה התנצלות אמיתית

# en: Why don't you sit down for five minutes, and I'll bring you some cake for free as a proper apology.
amends-finish-reply-4-wording-4 = למה שלא תשב חמש דקות, ואני אביא לך עוגה בחינם בתור התנצלות אמיתית.

# en: Sit down and have some cake on us.
amends-finish-reply-4-wording-5 = שב ותאכל עוגה על חשבוננו.

# en: Please take five minutes at a table, let me treat you to a slice of cake to apologise properly.
amends-finish-reply-4-wording-6 = בבקשה, קח חמש דקות ליד שולחן, תן לי לפנק אותך בפרוסת עוגה כדי להתנצל כראוי.

# en: Kind and generous, but it does not fit this customer: he has a meeting and has already lost half an hour. Amends that cost him more time are not amends.
amends-finish-reply-4-feedback = נחמד ונדיב, אבל לא מתאים ללקוח הזה: יש לו פגישה, והוא כבר הפסיד חצי שעה. פיצוי שעולה לו עוד זמן הוא לא פיצוי.

# en: Fine. Same time tomorrow, then. Is my ticket going to vanish again?
tomorrow-says-1 = טוב. אז מחר באותה שעה. הפתק שלי ייעלם שוב?

# en: All right. I'll be in tomorrow as usual. Will I be standing over there for half an hour again?
tomorrow-says-2 = בסדר. מחר אני בא כרגיל. שוב אעמוד שם חצי שעה?

# en: Fair enough to ask, but in the morning rush we can't guarantee times, I'm afraid. Ordering ahead on the app is the safest way.
tomorrow-reply-1 = שאלה הוגנת, אבל בעומס של הבוקר אי אפשר להבטיח זמנים, לצערי. הכי בטוח להזמין מראש באפליקציה.

# en: It's a fair question, but we can't promise timings during the rush, unfortunately. Your best bet is to order in advance through the app.
tomorrow-reply-1-wording-1 = שאלה במקום, אבל לצערי בשעות העומס של הבוקר אין לי איך להבטיח זמנים. הדרך הבטוחה ביותר היא להזמין מראש דרך האפליקציה.

# en: We can't guarantee it; use the app to order ahead.
tomorrow-reply-1-wording-2 = לא יכול להבטיח; תזמין מראש באפליקציה.

# en: fair q, but honestly in the morning rush there's no guarantee. if you pre-order on the app that's the safest bet
tomorrow-reply-1-wording-3 = האמת, בבוקר אין לדעת, סורי. הכי כדאי לך לעשות הזמנה בטלפון דרך האפליקציה לפני שאתה בא

# en: Good question, but we can't promise how long it'll take at busy times. Your safest option is ordering in advance on our app.
tomorrow-reply-1-wording-4 = שאלה טובה, אבל אנחנו לא יכולים להתחייב כמה זמן זה ייקח בשעות הלחץ. האפשרות הבטוחה שלך היא להזמין מראש באפליקציה שלנו.

# en: Can't promise, order on the app.
tomorrow-reply-1-wording-5 = אי אפשר להבטיח, תזמין באפליקציה.

# en: honestly the app is your best bet, pre-order on there, because nobody can guarantee wait times in the rush
tomorrow-reply-1-wording-6 = תכלס האפליקציה זה ההימור הכי טוב שלך, תזמין שם מראש, כי בעומס אף אחד לא יכול להבטיח זמני המתנה

# en: He asked whether the café will lose him again, and you told him it might, then handed him an app. The fix for your ticket rail has become his job.
tomorrow-reply-1-feedback = הוא שאל אם בית הקפה ישכח אותו שוב, ואמרת לו שאולי, ואז הגשת לו אפליקציה. התיקון של מתלה הפתקים שלכם הפך לעבודה שלו.

# en: I'll make sure it never does. From tomorrow you go straight to the front of the queue, every single morning, whoever's on the till.
tomorrow-reply-2 = אדאג שזה לא יקרה לעולם. ממחר אתה הולך ישר לראש התור, כל בוקר, לא משנה מי עומד בקופה.

# en: I'll make certain it doesn't. Starting tomorrow you'll be served first, every morning, no matter who's serving.
tomorrow-reply-2-wording-1 = אני אדאג שזה לא יחזור אף פעם. מחר ובכל בוקר אתה עוקף את התור, לא משנה מי יעמוד בקופה.

# en: Never again: from tomorrow you're first in line every day.
tomorrow-reply-2-wording-2 = ממחר אתה תמיד ראשון בתור, מבטיחה.

# en: nope, i'll see to that. from tomorrow you jump the queue every day, doesn't matter who's working the till
tomorrow-reply-2-wording-3 = סמוך עליי, זה לא קורה שוב לעולם. מהיום אתה בראש התור כל יום, לא משנה איזה עובד במשמרת

# en: It won't, I'll guarantee that. From tomorrow you'll skip the queue every morning, no matter who's on.
tomorrow-reply-2-wording-4 = זה לא יקרה, אני מתחייבת. מעכשיו בכל בוקר אתה מדלג על התור, לא משנה מי עובד.

# en: Never again, you'll go first every morning.
tomorrow-reply-2-wording-5 = לעולם לא שוב, כל בוקר אתה ראשון.

# en: from tomorrow you're always served first, every single day, whoever is serving, i'll make sure of it
tomorrow-reply-2-wording-6 = ממחר אתה תמיד מקבל ראשון, כל יום, לא משנה מי מגיש, אני אדאג לזה

# en: He likes hearing it, and it answers his worry head on. But you cannot put him ahead of every queue on every shift, and the first morning it fails he remembers your promise; the best reply promised only what you will do yourself.
tomorrow-reply-2-feedback = נעים לו לשמוע, וזה עונה ישר על החשש שלו. אבל אי אפשר לשים אותו לפני כל תור בכל משמרת, ובבוקר הראשון שזה ייכשל הוא ייזכר בהבטחה שלך; התשובה הטובה ביותר הבטיחה רק את מה שבידיים שלך.

# en: Hopefully not! Mornings are mad at the moment, but it should settle down once the new staff have found their feet.
tomorrow-reply-3 = נקווה שלא! הבקרים מטורפים עכשיו, אבל זה אמור להירגע כשהעובדים החדשים ייכנסו לעניינים.

# en: I hope not! Mornings are crazy right now, but things should calm down when the new people have got the hang of it.
tomorrow-reply-3-wording-1 = מקווה שלא! הבקרים עכשיו משוגעים, אבל זה אמור להשתפר כשהעובדים החדשים יתרגלו.

# en: Hopefully not, once the new staff settle in.
tomorrow-reply-3-wording-2 = נקווה שלא, זה ישתפר כשהחדשים ילמדו.

# en: fingers crossed no! it's hectic in the mornings atm but it'll get better once the new starters find their feet
tomorrow-reply-3-wording-3 = אני מאוד מקווה שלא, כרגע הבקרים הזויים, אבל ברגע שהצוות החדש יתפוס את הקצב זה יסתדר

# en: I hope not! It's been chaotic in the mornings lately, but it'll get better when the new team members get up to speed.
tomorrow-reply-3-wording-4 = אני מקווה שלא! בזמן האחרון הבקרים כאוטיים, אבל זה ישתפר כשהעובדים החדשים ייכנסו לקצב.

# en: Hope not, new staff are still learning.
tomorrow-reply-3-wording-5 = מקווה שלא, החדשים עוד לומדים.

# en: Once our new people settle in it should be fine, but right now mornings are a bit crazy, so hopefully not.
tomorrow-reply-3-wording-6 = ברגע שהעובדים החדשים יתמקמו זה אמור להיות בסדר, אבל כרגע הבקרים קצת משוגעים, אז בתקווה שלא.

# en: 'Hopefully' and 'the new staff' leave the cause with someone else and the fix with luck. He asked whether it will happen again, and you told him it might.
tomorrow-reply-3-feedback = "נקווה" ו"העובדים החדשים" משאירים את הסיבה אצל מישהו אחר ואת הפתרון למזל. הוא שאל אם זה יקרה שוב, ואמרת לו שאולי.

# en: I'm sorry, I couldn't say, I'm not on shift tomorrow. Best to mention it to whoever's on the till when you come in.
tomorrow-reply-4 = סליחה, אין לי מושג, מחר אין לי משמרת. הכי טוב להגיד את זה למי שיהיה בקופה כשתגיע.

# en: Sorry, I can't tell you, I'm off tomorrow. It's probably best to tell whoever's serving when you come in.
tomorrow-reply-4-wording-1 = סליחה, אני לא יודע, אין לי משמרת מחר. עדיף שתגיד את זה למי שיעבוד בקופה כשתבוא.

# en: I'm not working tomorrow; tell whoever's serving.
tomorrow-reply-4-wording-2 = מחר אני לא פה, תגיד למי שבקופה.

# en: sorry no idea, i'm not in tomorrow. just let whoever's at the till know when you get here
tomorrow-reply-4-wording-3 = סורי, אין לי מושג, אני לא עובדת מחר. תספר למי שיהיה על הקופה כשאתה מגיע

# en: Sorry, I won't be here tomorrow, so I can't tell you. Just raise it with the person serving when you arrive.
tomorrow-reply-4-wording-4 = סליחה, אני לא אהיה פה מחר, אז אין לי מה להגיד לך. פשוט תעלה את זה מול מי שמגיש לך כשתגיע.

# en: Not my shift tomorrow, ask whoever's on.
tomorrow-reply-4-wording-5 = מחר לא המשמרת שלי, תשאל את מי שיהיה.

# en: couldnt tell you sorry, it's my day off tomorrow, best speak to the person on the till
tomorrow-reply-4-wording-6 = אין לי מה להגיד לך סורי, מחר יום חופש שלי, עדיף שתדבר עם מי שעל הקופה

# en: Honest about your rota, but it hands his worry to a stranger tomorrow and asks him to tell the whole story again. Something you can do today would have answered him.
tomorrow-reply-4-feedback = כנה לגבי סידור המשמרות, אבל זה מעביר את הדאגה שלו לזר של מחר ומבקש ממנו לספר הכול מחדש. משהו שאפשר לעשות היום היה עונה לו.

# en: I'll make sure it doesn't: today I'll ask Katalin for someone on the tickets in the rush, and tomorrow I'll watch for you myself.
tomorrow-reply-5 = אדאג שלא: היום אבקש מקטלין שמישהו ישגיח על הפתקים בעומס, ומחר אשים לב בעצמי מתי אתה נכנס.

# en: It won't: today I'm asking Katalin to put someone in charge of the tickets at busy times, and tomorrow I'll be keeping an eye out for you personally.
tomorrow-reply-5-wording-1 = אני אדאג שלא: עוד היום אני מבקשת מקטלין שמישהו יהיה אחראי על הפתקים בשעות העומס, ומחר אני בעצמי אשים עין על הדלת כשאתה נכנס.

# en: I'm asking Katalin today for a ticket person; tomorrow I'll look out for you.
tomorrow-reply-5-wording-2 = היום אדבר עם קטלין על הפתקים, ומחר אשגיח עליך בעצמי.

# en: it won't, promise. i'm gonna ask Katalin today to have someone just on tickets at rush hour, and tomorrow i'll look out for you myself
tomorrow-reply-5-wording-3 = לא ייעלם: אני מדבר היום עם המנהלת שיהיה מישהו קבוע על ההזמנות בלחץ של הבוקר, ומחר אני בעצמי מחכה לראות אותך נכנס

# en: I'll prevent that: I'm speaking to Katalin today about having a dedicated person on tickets during busy periods, and I'll be watching for you myself in the morning.
tomorrow-reply-5-wording-4 = אני אדאג שזה לא יקרה: היום אני מבקש מקטלין להקצות אדם אחד רק לפתקים בזמן הלחץ, ומחר בבוקר אני אישית אפקח עליך עין.

# en: I'll talk to Katalin today and watch for you tomorrow.
tomorrow-reply-5-wording-5 = אדבר היום עם קטלין ואחכה לך מחר.

# en: Good question. Today I'm asking Katalin to put someone on the tickets during the rush, and tomorrow I'll look out for you myself.
tomorrow-reply-5-wording-6 = שאלה טובה. היום אני מבקשת מקטלין לשים מישהו על הפתקים בשעת העומס, ומחר אני אזהה אותך בעצמי.

# en: Two steps with a time on each, both in your hands: a word with the manager today and your own eye on the door tomorrow. Fixing the ticket rail also means the next regular is not buried either.
tomorrow-reply-5-feedback = שני צעדים, לכל אחד זמן, ושניהם בידיים שלך: שיחה עם המנהלת היום ועין שלך על הדלת מחר. תיקון מתלה הפתקים אומר גם שהלקוח הקבוע הבא לא ייקבר.

# en: Right. I'm off, then.
goodbye-says-1 = טוב. אני זז.

# en: Okay. I'd better run.
goodbye-says-2 = אוקיי. אני חייב לרוץ.

# en: See you tomorrow, Tamás, and don't worry, your flat white will be sitting on the counter waiting for you when you walk in.
goodbye-reply-1 = נתראה מחר, תמאש, ואל תדאג, הפלאט וייט שלך יחכה לך על הדלפק ברגע שתיכנס בדלת.

# en: See you tomorrow, Tamás. Don't you worry, your coffee will be ready on the counter when you arrive.
goodbye-reply-1-wording-1 = להתראות מחר, תמאש, ותהיה רגוע, הפלאט וייט שלך יעמוד על הדלפק מוכן ברגע שאתה נכנס.

# en: See you tomorrow; your coffee will be waiting when you arrive.
goodbye-reply-1-wording-2 = נתראה מחר, הקפה יחכה לך מוכן.

# en: see ya tomorrow Tamás, no worries, your coffee will be there on the counter the minute you come in
goodbye-reply-1-wording-3 = ביי תמאש, נתראה מחר, ואל תדאג, מחר הקפה שלך כבר עומד פה מוכן מהשנייה שאתה פותח את הדלת

# en: Until tomorrow, Tamás, and no stress, your flat white will already be on the counter as you come through the door.
goodbye-reply-1-wording-4 = עד מחר, תמאש, ובלי לחץ, הפלאט וייט שלך כבר יעמוד על הדלפק כשתעבור בדלת.

# en: See you tomorrow, your coffee will be ready.
goodbye-reply-1-wording-5 = נתראה מחר, הקפה שלך יהיה מוכן.

# en: Tomorrow your flat white will be on the counter before you even walk in, Tamás, see you then.
goodbye-reply-1-wording-6 = מחר הפלאט וייט שלך על הדלפק עוד לפני שאתה נכנס, תמאש, נתראה.

# en: A friendly send-off, but it is the promise he would doubt most: nobody knows when he will walk in, and a coffee left waiting goes cold. The last thing he hears should be something you can keep.
goodbye-reply-1-feedback = פרידה ידידותית, אבל זו בדיוק ההבטחה שהוא הכי מפקפק בה: אף אחד לא יודע מתי ייכנס, וקפה שמחכה מתקרר. הדבר האחרון שהוא שומע צריך להיות משהו שאפשר לקיים.

# en: Have a good one! Next, please: who's the two lattes and the cappuccino?
goodbye-reply-2 = יום טוב! הבא בתור, בבקשה: של מי שני הלאטה והקפוצ'ינו?

# en: Have a nice day! Next one, please: who ordered two lattes and a cappuccino?
goodbye-reply-2-wording-1 = שיהיה יום טוב! הבא, בבקשה: מי הזמין שני לאטה וקפוצ'ינו?

# en: Bye! Next, please: two lattes and a cappuccino?
goodbye-reply-2-wording-2 = יום טוב! מי הבא בתור?

# en: have a good day! next, who's got the 2 lattes and a cappuccino?
goodbye-reply-2-wording-3 = ביי! הלאה, מי פה עם שתי הלאטות והקפוצ'ינו?

# en: Enjoy your day! Who's next? Two lattes and a cappuccino for someone?
goodbye-reply-2-wording-4 = תהנה מהיום! מי הבא? שני לאטה וקפוצ'ינו בשביל מישהו?

# en: Cheers, bye! Next customer, please.
goodbye-reply-2-wording-5 = יאללה ביי! הלקוח הבא בבקשה.

# en: next please, two lattes and a cappuccino? have a good day sir
goodbye-reply-2-wording-6 = הבא בבקשה, שני לאטה וקפוצ'ינו? יום טוב אדוני

# en: Calling the next order while he is still at the counter turns him back into a ticket at the very moment he was starting to feel like a regular again.
goodbye-reply-2-feedback = לקרוא להזמנה הבאה בזמן שהוא עוד ליד הדלפק הופך אותו שוב לפתק, בדיוק ברגע שהתחיל להרגיש שוב לקוח קבוע.

# en: Good luck at half nine, Tamás. Thanks for telling me straight, and I'll be looking out for you tomorrow.
goodbye-reply-3 = בהצלחה בתשע וחצי, תמאש. תודה שאמרת לי את זה ישר, ומחר אשים לב מתי אתה נכנס.

# en: Hope the half-nine meeting goes well, Tamás. Thank you for being honest with me, and I'll keep an eye out for you tomorrow.
goodbye-reply-3-wording-1 = תמאש, שתצליח בפגישה של תשע וחצי. ותודה שהיית כן איתי, ומחר אני אשים עין מתי אתה מגיע.

# en: Good luck at the meeting, thanks for telling me; I'll watch for you tomorrow.
goodbye-reply-3-wording-2 = בהצלחה בפגישה, ותודה שאמרת. מחר אני עליך.

# en: good luck with your 9.30 Tamás, thanks for being upfront with me, i'll be watching out for you tomorrow
goodbye-reply-3-wording-3 = שיהיה בהצלחה בתשע וחצי תמאש, באמת תודה שדיברת איתי פתוח, מחר אני מחכה לך בעיניים

# en: All the best with your meeting, Tamás. I'm grateful you were honest with me, and I'll be keeping an eye open for you tomorrow morning.
goodbye-reply-3-wording-4 = שיהיה בהצלחה בפגישה, תמאש. אני מודה לך על הכנות, ומחר בבוקר אני אחפש אותך כשתיכנס.

# en: Good luck today, thanks for being honest. See you tomorrow.
goodbye-reply-3-wording-5 = בהצלחה היום, תודה על הכנות. נתראה מחר.

# en: thanks for telling me how it was, really. good luck at half nine and i'll look out for you tomorrow
goodbye-reply-3-wording-6 = תודה שסיפרת לי איך זה היה, באמת. בהצלחה בתשע וחצי ומחר אני אפקח עין בשבילך

# en: You closed with his meeting, a thank-you for the complaint and what happens tomorrow. The last words are the ones he takes out of the door.
goodbye-reply-3-feedback = סגרת עם הפגישה שלו, תודה על התלונה ומה קורה מחר. המילים האחרונות הן אלה שהוא לוקח איתו מהדלת.

# en: Bye, and sorry again about this morning. It honestly isn't normally like this, we were just really short-staffed today.
goodbye-reply-4 = ביי, ושוב סליחה על הבוקר. באמת שבדרך כלל זה לא ככה, פשוט היה לנו היום ממש חוסר בכוח אדם.

# en: Goodbye, and apologies again for this morning. It's not usually this bad, we were just very short of staff today.
goodbye-reply-4-wording-1 = להתראות, ושוב מצטערת על הבוקר. בדרך כלל זה באמת לא נראה ככה, פשוט חסרו לנו היום עובדים.

# en: Sorry again; we were just short-staffed today.
goodbye-reply-4-wording-2 = ביי, סליחה שוב, היינו היום בחוסר עובדים.

# en: bye, sorry again about today, it's not normally this bad, we were just really understaffed this morning
goodbye-reply-4-wording-3 = יאללה ביי, סורי שוב, בימים רגילים זה לא ככה, היום פשוט היינו קצרים בצוות

# en: Take care, and apologies once more for today. We're not usually like this, we just didn't have enough people on.
goodbye-reply-4-wording-4 = תשמור על עצמך, ושוב מתנצל על היום. אנחנו לא ככה בדרך כלל, פשוט לא היו מספיק אנשים במשמרת.

# en: Bye, sorry, we were short on staff.
goodbye-reply-4-wording-5 = ביי, סליחה, היה לנו חוסר בצוות.

# en: sorry again, we had too few people in this morning, it's not normally like this. bye
goodbye-reply-4-wording-6 = סורי שוב, היו לנו מעט מדי עובדים הבוקר, זה לא ככה בדרך כלל. ביי

# en: A second apology is fine, but 'short-staffed' sends him off with an excuse instead of a plan, and undoes some of what you had put right.
goodbye-reply-4-feedback = התנצלות שנייה זה בסדר, אבל "חוסר בכוח אדם" שולח אותו לדרך עם תירוץ במקום תוכנית, ומקלקל חלק ממה שתיקנת.

# en: Thanks. Really. See you tomorrow.
resolved-warm-says-1 = תודה. באמת. נתראה מחר.

# en: Tamás makes his meeting with a minute to spare. On the way out he drops his usual coins in the tip jar, and he is back at the counter the next morning. A regular who was forgotten once, and then treated like a regular, stays loyal.
resolved-warm-summary = תמאש מגיע לפגישה דקה לפני הזמן. ביציאה הוא משאיר בצנצנת הטיפים את המטבעות הרגילים שלו, ולמחרת בבוקר הוא שוב ליד הדלפק. לקוח קבוע ששכחו אותו פעם אחת, ואחר כך התייחסו אליו כמו ללקוח קבוע, נשאר נאמן.

# en: Yeah. Thanks.
grudging-says-1 = כן. תודה.

# en: Tamás gets his coffee and makes his meeting, just. But the tip jar stays empty, and over the next weeks he comes in less and less, until he stops coming. He never complains again: most unhappy customers don't, they simply go elsewhere and the café never learns why.
grudging-summary = הקפה מגיע לתמאש, והוא מספיק לפגישה ברגע האחרון. אבל צנצנת הטיפים נשארת ריקה, ובשבועות הבאים הוא מגיע פחות ופחות, עד שהוא מפסיק לבוא. הוא לא מתלונן שוב: רוב הלקוחות הלא מרוצים לא מתלוננים, הם פשוט הולכים למקום אחר, ובית הקפה אף פעם לא יודע למה.

# en: Katalin comes out of the back, apologises, makes his coffee herself and waives the payment. Tamás reaches his meeting late, and it took the manager to treat him like a regular. Next time something goes wrong he will ask for Katalin straight away, not for you.
manager-steps-in-summary = מהחדר האחורי יוצאת קטלין, מתנצלת, מכינה לו את הקפה בעצמה ומוותרת על התשלום. תמאש מגיע לפגישה באיחור, והיה צריך את המנהלת כדי שיתייחסו אליו כמו ללקוח קבוע. בפעם הבאה שמשהו ישתבש, הוא יבקש מיד את קטלין, לא אותך.

# en: Keep it. I'm late already. I'll grab something on the way.
walkout-says-1 = תשאירו אותו. אני כבר מאחר. אקנה משהו בדרך.

# en: Tamás walks out without his order, and his paid-for flat white goes cold on the counter. He does not complain and he does not come back: the chain across the road gets a new regular and a generous tipper. Most let-down customers never say a word; they just leave.
walkout-summary = הדלת נסגרת אחרי תמאש, בלי ההזמנה שלו, והפלאט וייט ששילם עליו מתקרר על הדלפק. הוא לא מתלונן והוא לא חוזר: הרשת מעבר לכביש מרוויחה לקוח קבוע חדש שמשאיר טיפים נדיבים. רוב הלקוחות שאכזבו אותם לא אומרים מילה; הם פשוט הולכים.

