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

# en: The apology is spent on the office order: fourteen drinks for someone else are the café's problem, not his, and he watched later customers get served anyway. 'On its way' gives a man with a half-nine meeting no time to plan around.
opening-reply-1-feedback = ההתנצלות הולכת על ההזמנה של המשרד: ארבעה־עשר משקאות של מישהו אחר הם הבעיה של בית הקפה, לא שלו, והוא גם ראה שמי שבא אחריו קיבל. "בדרך" לא נותן לאדם עם פגישה בתשע וחצי שום זמן לתכנן סביבו.

# en: Tamás, I'm sorry, half an hour is far too long. Your large oat flat white and almond croissant to go: I'm making them myself, now.
opening-reply-2 = תמאש, צר לי, חצי שעה זה יותר מדי. פלאט וייט גדול, שיבולת שועל, וקרואסון שקדים לקחת: אכין בעצמי, עכשיו.

# en: His name and his usual order, without asking, tell him he is a regular again and not a lost ticket. One sentence of apology, then your own hands on his coffee: that is what a man with a half-nine meeting needs.
opening-reply-2-feedback = השם שלו וההזמנה הקבועה שלו, בלי לשאול, אומרים לו שהוא שוב לקוח קבוע ולא פתק שאבד. משפט אחד של התנצלות, ואז הידיים שלך על הקפה שלו: זה מה שאדם עם פגישה בתשע וחצי צריך.

# en: Sorry about the wait, sir, it's a busy one this morning. What name was the order under? I'll go and find out where it's got to.
opening-reply-3 = סליחה על ההמתנה, אדוני, יש עומס רציני במיוחד הבוקר. על איזה שם הייתה ההזמנה? אלך לבדוק איפה היא נתקעה בדיוק.

# en: Courteous, but he has come in almost every morning for two years: 'sir' and 'what name' tell him he is one of many, and 'I'll go and find out' promises more standing around.
opening-reply-3-feedback = מנומס, אבל הוא מגיע כמעט כל בוקר כבר שנתיים: "אדוני" ו"על איזה שם" אומרים לו שהוא עוד אחד מני רבים, ו"אלך לבדוק" מבטיח עוד עמידה בצד.

# en: Right, let's get you sorted. One flat white coming up in two minutes, and I'll pop a croissant in a bag while you wait.
opening-reply-4 = טוב, בוא נסדר אותך. פלאט וייט אחד בעוד שתי דקות, ובינתיים אכניס לך קרואסון לשקית.

# en: Fast, and the coffee is what he came for, so this nearly works. But there is no word about the half hour and no name: he is served like the next ticket on the rail. The best reply said sorry in one sentence and showed it knew him before fixing it.
opening-reply-4-feedback = מהיר, ובשביל הקפה הוא בא, אז זה כמעט עובד. אבל אין מילה על חצי השעה ואין שם: מגישים לו כמו לפתק הבא בתור. התשובה הטובה ביותר התנצלה במשפט אחד והראתה שהוא מוכר לה לפני שפתרה את העניין.

# en: I don't care about somebody else's fourteen coffees! I ordered one. Half an hour ago. And people who came in after me have had theirs!
crowd-excuse-says-1 = לא מעניינים אותי ארבעה־עשר הקפה של מישהו אחר! אני הזמנתי אחד. לפני חצי שעה. ואנשים שנכנסו אחריי כבר קיבלו את שלהם!

# en: He has raised his voice. How loud should your answer be, and whose side of the office order are you on?
crowd-excuse-hint = הוא הרים את הקול. באיזו עוצמה כדאי לענות, ובצד של מי לעמוד בעניין ההזמנה של המשרד?

# en: I know, I know, it's been total chaos this morning, honestly. Everyone's been waiting ages, it's not just you, I promise.
crowd-excuse-reply-1 = כן, כן, באמת, הבוקר הזה כאוס מוחלט. כולם מחכים פה נצח, זה לא רק אתה, באמת.

# en: 'Not just you' is meant to comfort, but it tells a regular he is one of a crowd, and 'chaos' is a second excuse on top of the first. He still does not know when his coffee is coming.
crowd-excuse-reply-1-feedback = "לא רק אתה" נועד לנחם, אבל ללקוח קבוע הוא אומר שהוא עוד אחד מההמון, ו"כאוס" הוא תירוץ שני על הראשון. הוא עדיין לא יודע מתי הקפה שלו יגיע.

# en: Let me just explain: the office order printed at the same moment, your ticket slid under theirs, and the bar works from the top down, so...
crowd-excuse-reply-2 = רק תן לי להסביר: ההזמנה של המשרד הודפסה באותו רגע, הפתק שלך החליק מתחת לשלהם, והבר עובד מלמעלה למטה, אז...

# en: It may all be true, but he has just told you he does not care about the office order, and you answer with more of it. Every sentence about the ticket rail is a minute off his walk to the meeting.
crowd-excuse-reply-2-feedback = אולי הכול נכון, אבל הוא בדיוק אמר שההזמנה של המשרד לא מעניינת אותו, ועל זה ענית עם עוד ממנה. כל משפט על מתלה הפתקים הוא דקה פחות בהליכה שלו לפגישה.

# en: There's no need to raise your voice, sir. We're doing our best back there, and shouting won't make the machine go any faster.
crowd-excuse-reply-3 = אין צורך להרים את הקול, אדוני. אנחנו עושים כמיטב יכולתנו שם מאחור, והצעקות לא יזרזו את המכונה.

# en: Telling him how to speak makes his anger the problem instead of the half hour. A regular who is scolded at the counter stops being a regular.
crowd-excuse-reply-3-feedback = כשאומרים לו איך לדבר, הכעס שלו הופך לבעיה במקום חצי השעה. לקוח קבוע שנוזפים בו ליד הדלפק מפסיק להיות לקוח קבוע.

# en: You're right, and that's on us, not on them. Yours is going on the machine now, and it'll be in your hand in three minutes.
crowd-excuse-reply-4 = אתה צודק, וזה עלינו, לא עליהם. שלך נכנס עכשיו למכונה, ובעוד שלוש דקות הוא ביד שלך.

# en: He raised his voice and you lowered yours: you agreed with him instead of defending the queue, and gave him a time he can plan his walk around. 'Three minutes' is a promise you keep yourself, because you are making it.
crowd-excuse-reply-4-feedback = הוא הרים את הקול והנמכת את שלך: הסכמת איתו במקום להגן על התור, ונתת לו זמן שאפשר לתכנן סביבו את ההליכה. "שלוש דקות" היא הבטחה שבשליטתך, כי הקפה בידיים שלך.

# en: My name? It's Tamás. I'm in here every single weekday. You served me yesterday, and the day before that.
name-reaction-says-1 = השם שלי? תמאש. אני כאן כל יום חול. הגשת לי אתמול, וגם שלשום.

# en: Of course, Tamás, and sorry, that was careless of me. Large oat flat white and almond croissant to go: making it now.
name-reaction-reply-1 = ברור, תמאש, וסליחה, פספוס שלי. פלאט וייט גדול, שיבולת שועל, וקרואסון שקדים לקחת: אכין עכשיו.

# en: You owned the slip in one sentence and then showed that you do know him: his name and his usual order. He is a regular again, not a ticket number.
name-reaction-reply-1-feedback = לקחת אחריות על הפספוס במשפט אחד, ואז הראית שהוא כן מוכר לך: השם שלו וההזמנה הקבועה שלו. הוא שוב לקוח קבוע, לא מספר של פתק.

# en: Sorry, we get so many people through here in the mornings, I can't keep track of everyone. What was it you ordered again?
name-reaction-reply-2 = סליחה, עוברים פה כל כך הרבה אנשים בבקרים, אי אפשר לזכור את כולם. מה הזמנת שוב?

# en: 'So many people' says out loud what he already feared, that he is one of many. Asking for his order again after thirty minutes tells him nobody noticed him at all.
name-reaction-reply-2-feedback = "כל כך הרבה אנשים" אומר בקול את מה שהוא כבר חשש ממנו, שהוא עוד אחד מני רבים. לשאול שוב מה הזמין אחרי שלושים דקות אומר לו שאף אחד לא שם לב אליו בכלל.

# en: Sorry, Tamás, of course! Your usual will be ready in two minutes, I'll get the bar to put it ahead of everything else.
name-reaction-reply-3 = סליחה, תמאש, ברור! הרגיל שלך יהיה מוכן בעוד שתי דקות, אבקש מהבר להכין אותו לפני כל השאר.

# en: The name landed and you moved fast, which he needed. But 'two minutes' hangs on a bar still working through fourteen drinks, so it is a promise you do not control. The best reply named his order and put the making of it in your own hands.
name-reaction-reply-3-feedback = השם עשה את שלו ופעלת מהר, וזה מה שהיה חסר לו. אבל "שתי דקות" תלויות בבר שעוד עובד על ארבעה־עשר משקאות, אז זו הבטחה שלא בשליטתך. התשובה הטובה ביותר נקבה בהזמנה שלו ולקחה את ההכנה לידיים שלה.

# en: You know what, I haven't got time for this. Is Katalin in? Get her, please.
manager-demand-says-1 = יודעים מה? אין לי זמן לזה. קטלין כאן? אפשר לקרוא לה, בבקשה?

# en: Of course. I'll tell her the whole story, the half hour and your meeting, so you needn't repeat it, and I'll wait here with you.
manager-demand-reply-1 = ברור. אספר לה את כל הסיפור, חצי השעה והפגישה שלך, כדי שלא תצטרך לחזור על זה, ואחכה כאן איתך.

# en: A good hand-over: he will not have to tell it twice, and you stay with him. But every minute spent waiting for Katalin is a minute off his walk, and the coffee is something you could have put in his hand yourself.
manager-demand-reply-1-feedback = העברה טובה: הוא לא יצטרך לספר פעמיים, ונשארת איתו. אבל כל דקה של המתנה לקטלין היא דקה פחות בהליכה שלו, ואת הקפה יכולת לשים לו ביד בעצמך.

# en: She's in the back with a delivery, to be honest, and she'll only tell you the same thing I'm telling you.
manager-demand-reply-2 = היא מאחור עם משלוח, ובכנות, היא רק תגיד לך את אותו הדבר שכבר שמעת ממני.

# en: You refused his request and told him it would be pointless anyway. With no coffee, no manager and a meeting to get to, leaving is the only move he has left.
manager-demand-reply-2-feedback = סירבת לבקשה שלו ואמרת לו שבכל מקרה אין בזה טעם. בלי קפה, בלי מנהלת ועם פגישה על הראש, נשאר לו רק מהלך אחד: ללכת.

# en: She's in the back, and I'll get her if you want. Quicker, though: your flat white's on now, two minutes, and it's on us.
manager-demand-reply-3 = היא מאחור, אקרא לה אם תרצה. אבל מהר יותר: הפלאט וייט שלך כבר במכונה, שתי דקות, ועל חשבוננו.

# en: You did not refuse him the manager, but you offered something quicker that you control: his coffee, a time, and no charge. He asked for Katalin because he had given up on you; two minutes wins him back.
manager-demand-reply-3-feedback = לא סירבת לו למנהלת, אבל הצעת משהו מהיר יותר שבשליטתך: הקפה שלו, זמן מוגדר, ובלי תשלום. הוא ביקש את קטלין כי התייאש ממך; שתי דקות מחזירות אותו.

# en: Of course. Wait here a second and I'll go and get her for you.
manager-demand-reply-4 = ברור. חכה כאן רגע, ואלך לקרוא לה מאחור.

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

# en: It sounds friendly, even kind, but you handed the blame to a colleague standing a few metres away. Tamás does not need a culprit; he needs the café to own it.
while-making-reply-1-feedback = זה נשמע ידידותי, אפילו חביב, אבל גלגלת את האשמה על עמית שעומד כמה מטרים ממך. תמאש לא צריך אשם; הוא צריך שבית הקפה ייקח אחריות.

# en: Tamás, I'm so sorry. It will never happen again, I promise: from tomorrow your usual will be ready the moment you walk in.
while-making-reply-2 = תמאש, צר לי מאוד. זה לא יקרה שוב, זאת הבטחה: ממחר הרגיל שלך יהיה מוכן ברגע שתיכנס בדלת.

# en: Warm, and he hears that you care, but you cannot have a coffee waiting for someone whose arrival time you do not know. A promise like that is one more chance to let him down.
while-making-reply-2-feedback = חם, והוא שומע שאכפת לך, אבל אי אפשר שקפה יחכה למישהו שלא ידוע מתי יגיע. הבטחה כזאת היא עוד הזדמנות לאכזב אותו.

# en: It wasn't him, it was us at the counter: your ticket got buried and nobody checked. Croissant's bagged, coffee's thirty seconds away.
while-making-reply-3 = זה לא הוא, זה אנחנו בקופה: הפתק שלך נקבר ואף אחד לא בדק. הקרואסון בשקית, הקפה בעוד חצי דקה.

# en: One honest sentence, taken on the counter rather than on Bence, and a reminder that his order is nearly in his hand. You answered his question without spending his ten minutes.
while-making-reply-3-feedback = משפט כן אחד, שלקח את האשמה על הקופה ולא על בנצה, ותזכורת שההזמנה שלו כמעט ביד. ענית על השאלה שלו בלי לבזבז את עשר הדקות שלו.

# en: It wasn't really anyone's fault: the office order came in at half eight, the printer doubled up, Bence took the top tickets first, and yours ended up...
while-making-reply-4 = זה בעצם לא באשמת אף אחד: ההזמנה של המשרד הגיעה בשמונה וחצי, המדפסת הדפיסה כפול, בנצה לקח קודם את הפתקים העליונים, ושלך בסוף...

# en: He told you he has ten minutes, and you are using them on the printer and the rota, with Bence's name in the middle. A hurried customer needs one sentence of explanation and the coffee in his hand.
while-making-reply-4-feedback = הוא אמר לך שיש לו עשר דקות, והן הולכות על המדפסת ועל סידור המשמרות, עם השם של בנצה באמצע. לקוח שממהר צריך משפט הסבר אחד ואת הקפה ביד.

# en: Sorry, I honestly couldn't tell you, I'm only on the till this morning. The bar keeps its own tickets, I just take the money.
while-making-reply-5 = סליחה, באמת אין לי מושג, הבוקר אני רק על הקופה. הבר מנהל את הפתקים שלו, אני רק גובה את הכסף.

# en: 'I'm only on the till' tells him the café is a row of people each responsible for nothing. He does not care who keeps which tickets; to him, you are the café.
while-making-reply-5-feedback = "אני רק על הקופה" אומר לו שבית הקפה הוא שורה של אנשים שאף אחד מהם לא אחראי לשום דבר. לא מעניין אותו מי מנהל אילו פתקים; מבחינתו, מי שעומד מולו הוא בית הקפה.

# en: Poor kid, he's standing right there. He heard that, you know.
new-lad-says-1 = מסכן הילד, הוא עומד ממש פה. הוא שמע את זה, דרך אגב.

# en: You're right, that wasn't fair of me. It's our mistake, not his, and I'm the one putting it right: your coffee's coming now.
new-lad-reply-1 = אתה צודק, זה לא היה הוגן מצדי. הטעות שלנו, לא שלו, ואני אתקן אותה: הקפה שלך כבר בדרך אליך.

# en: Taking back a careless remark at once is hard, and right. Tamás sees a team that stands together, and a person at the till who takes the mistake on.
new-lad-reply-1-feedback = לחזור מיד מהערה לא זהירה זה קשה, ונכון. תמאש רואה צוות שעומד ביחד, ומישהו בקופה שלוקח את הטעות על עצמו.

# en: You're right, but it is his first week, and somebody has to learn on the morning rush, so we're all asking people to bear with us.
new-lad-reply-2 = אתה צודק, אבל זה השבוע הראשון שלו, ומישהו צריך ללמוד גם בעומס של הבוקר, אז אנחנו מבקשים מכולם קצת סבלנות.

# en: 'You're right, but' takes back the agreement in the same breath, and 'bear with us' asks a man with a meeting to pay for the café's training with his time.
new-lad-reply-2-feedback = "אתה צודק, אבל" לוקח בחזרה את ההסכמה באותה נשימה, ו"קצת סבלנות" מבקש מאדם שממהר לפגישה לשלם בזמן שלו על ההכשרה של בית הקפה.

# en: Oh, he knows I'm only joking. Everyone's new once, it's how you learn, isn't it? He'll be flying by next week.
new-lad-reply-3 = נו, הוא יודע שזה בצחוק. כולם היו חדשים פעם, ככה לומדים, לא? בשבוע הבא הוא כבר יטוס.

# en: Laughing it off leaves the blame on Bence and makes the café look careless about its own people. If you talk about a colleague like that, a customer wonders how you talk about him.
new-lad-reply-3-feedback = לצחוק על זה משאיר את האשמה על בנצה ומציג את בית הקפה כמקום שלא אכפת לו מהאנשים שלו. כשמדברים ככה על עמית, הלקוח תוהה איך מדברים עליו.

# en: Ready the moment I walk in? You don't even know what time I'll come in. Let's just get today right, shall we?
promise-doubt-says-1 = מוכן ברגע שאני נכנס? אתם בכלל לא יודעים מתי אני מגיע. בואו פשוט נסדר את היום כמו שצריך, כן?

# en: No, honestly, I'll sort it. I'll tell everyone on the team to keep an eye out for you, and they'll have it on the machine the second they see you.
promise-doubt-reply-1 = לא, באמת, אסדר את זה. אגיד לכל הצוות לשים עין עליך, והם ישימו את הקפה במכונה ברגע שהם יראו אותך.

# en: He told you he doubts the promise, and you doubled it instead of checking it. He asked for one thing: get today right.
promise-doubt-reply-1-feedback = הוא אמר לך שהוא מפקפק בהבטחה, ובמקום לבדוק אותה הכפלת אותה. הוא ביקש דבר אחד: שהיום יהיה כמו שצריך.

# en: Fair enough, I can't promise that. Today I can: your coffee's ready in a minute, and I'll tell Katalin how your ticket got lost.
promise-doubt-reply-2 = צודק, את זה אי אפשר להבטיח. היום כן: הקפה שלך מוכן בעוד דקה, ואספר לקטלין איך הפתק שלך אבד.

# en: You corrected your own promise and replaced it with two things you really control: today's coffee and a word with the manager. Honesty keeps his trust where a bigger promise would have spent it.
promise-doubt-reply-2-feedback = תיקנת את ההבטחה שלך והחלפת אותה בשני דברים שבאמת בשליטתך: הקפה של היום ושיחה עם המנהלת. הכנות שומרת על האמון שלו; הבטחה גדולה יותר הייתה מבזבזת אותו.

# en: Stop. I don't need the whole story, I need to leave. Just give me my money back and I'll grab something on the way.
refund-demand-says-1 = די. אני לא צריך את כל הסיפור, אני צריך ללכת. פשוט תחזירו לי את הכסף ואקנה משהו בדרך.

# en: He is about to walk out, and his coffee is almost ready. What does he need from you in the next thirty seconds?
refund-demand-hint = הוא עומד לצאת, והקפה שלו כמעט מוכן. מה הוא צריך ממך בשלושים השניות הקרובות?

# en: Of course. Have you still got your receipt on you? A refund to your card usually takes three to five working days, I'm afraid.
refund-demand-reply-1 = ברור. הקבלה עוד אצלך? זיכוי לכרטיס האשראי לוקח בדרך כלל בין שלושה לחמישה ימי עסקים, לצערי, ככה זה אצלנו.

# en: You did exactly what he asked and nothing more. He leaves late, without his coffee, with a refund he will not see for days, and nobody said sorry.
refund-demand-reply-1-feedback = עשית בדיוק מה שביקש ולא יותר. הוא יוצא באיחור, בלי הקפה, עם זיכוי שלא יראה ימים, ואף אחד לא אמר סליחה.

# en: Sorry, Tamás, you're right. It's ready: oat flat white and croissant to go, on us, and I've refunded your card. You'll make half nine.
refund-demand-reply-2 = סליחה, תמאש, אתה צודק. מוכן: פלאט וייט וקרואסון לקחת, על חשבוננו, וזיכיתי לך את הכרטיס. תספיק לתשע וחצי.

# en: You stopped talking and gave him everything at once: his order, his money back and his meeting. He asked for a refund because he had given up on the coffee; you gave him both.
refund-demand-reply-2-feedback = הפסקת לדבר ונתת לו הכול בבת אחת: את ההזמנה, את הכסף ואת הפגישה. הוא ביקש החזר כי התייאש מהקפה; נתת לו את שניהם.

# en: I'm afraid I can't do refunds on this till. Let me fetch Katalin from the back, she can sort it out for you.
refund-demand-reply-3 = לצערי אי אפשר לעשות החזרים בקופה הזאת. רגע, אקרא לקטלין מאחור, והיא כבר תסדר לך את זה.

# en: Even if the till cannot do it, the coffee in front of you could have solved the real problem. Sending him to the manager adds minutes to a wait that is already too long.
refund-demand-reply-3-feedback = גם אם הקופה לא יכולה, הקפה שמולך יכול היה לפתור את הבעיה האמיתית. לשלוח אותו למנהלת מוסיף דקות להמתנה שכבר ארוכה מדי.

# en: Is that mine? I really do have to go.
the-order-says-1 = זה שלי? אני באמת חייב ללכת.

# en: Here it is! Did you want it in a cup for here, or shall I put a lid on it for you to take away?
the-order-reply-1 = הנה זה! רצית בכוס כדי לשבת כאן, או שאשים לך מכסה כדי שתוכל לקחת איתך?

# en: He has told you twice that he has a meeting, and he takes it to go every single morning. A friendly question can still tell a regular that nobody remembers him.
the-order-reply-1-feedback = הוא כבר אמר לך פעמיים שיש לו פגישה, והוא לוקח את הקפה איתו כל בוקר. גם שאלה ידידותית יכולה להגיד ללקוח קבוע שאף אחד לא זוכר אותו.

# en: Here it is, Tamás: large oat flat white and almond croissant, lid pressed on tight for the walk. You'll make half nine.
the-order-reply-2 = הנה, תמאש: פלאט וייט גדול, שיבולת שועל, וקרואסון שקדים, מכסה סגור חזק לדרך. תספיק לתשע וחצי.

# en: Naming his order and his half-nine meeting shows you kept hold of what he told you, even in the rush. The lid for the walk is a small thing that says you thought about his morning, not only your queue.
the-order-reply-2-feedback = כשנקבת בהזמנה שלו ובפגישה של תשע וחצי, הראית ששמרת על מה שסיפר לך, גם בעומס. המכסה לדרך הוא דבר קטן שאומר שחשבת על הבוקר שלו, לא רק על התור שלך.

# en: Yes, that's yours. Sorry again for the wait, it's just been one of those mornings, you know how it is with the rush.
the-order-reply-3 = כן, זה שלך. שוב סליחה על ההמתנה, פשוט אחד מהבקרים האלה, אתה יודע איך זה בשעות העומס.

# en: A pleasant hand-over, but 'one of those mornings' puts the wait on bad luck rather than on the café. His name, his order or his meeting would have shown him that you were listening.
the-order-reply-3-feedback = מסירה נעימה, אבל "אחד מהבקרים האלה" תולה את ההמתנה במזל ולא בבית הקפה. השם שלו, ההזמנה שלו או הפגישה שלו היו מראים לו שהקשבת.

# en: Yes, all done, and here's a voucher for a free coffee next time. Do you want a receipt, or are you fine without one?
the-order-reply-4 = כן, הכול מוכן, והנה שובר לקפה חינם בפעם הבאה. רוצה קבלה, או שהבוקר אפשר בלי?

# en: A voucher is generous, but it arrives like a transaction: no name, no word about his meeting, and a question about a receipt while he is edging towards the door.
the-order-reply-4-feedback = שובר זו מחווה נדיבה, אבל היא מגיעה כמו עסקה: בלי שם, בלי מילה על הפגישה, ועם שאלה על קבלה בזמן שהוא כבר זז לכיוון הדלת.

# en: Well, it's got your name on it, so I'd say so. Off you go, then, we wouldn't want to keep you any longer.
the-order-reply-5 = טוב, השם שלך כתוב עליו, אז כנראה שכן. יאללה, לך, שלא נעכב אותך יותר.

# en: After half an hour of his morning, a joke at his expense is the last thing he expected from people who know him. 'We wouldn't want to keep you' is exactly what the café just did.
the-order-reply-5-feedback = אחרי חצי שעה מהבוקר שלו, בדיחה על חשבונו היא הדבר האחרון שציפה לו מאנשים שמכירים אותו. "שלא נעכב אותך" זה בדיוק מה שבית הקפה עשה הרגע.

# en: Right. Thirty minutes, though. I come here because it's quick and because you lot know me. And this morning I stood over there—
amends-says-1 = טוב. אבל שלושים דקות. אני בא לכאן כי זה מהיר וכי אתם מכירים אותי. והבוקר עמדתי שם—

# en: He has not finished. Is this the moment to answer?
amends-hint = הוא עוד לא סיים. זה הרגע לענות?

# en: Tamás, I'm sorry, I know exactly what you're going to say, and it won't happen again, I promise you that.
amends-reply-1 = תמאש, צר לי, ברור לי בדיוק מה אתה הולך להגיד, וזה לא יקרה שוב, זו הבטחה.

# en: You finished his sentence for him with a promise. He was about to tell you what hurt, and now he never will, so you are apologising for something you have not heard.
amends-reply-1-feedback = סיימת בשבילו את המשפט עם הבטחה. הוא עמד לספר לך מה פגע בו, ועכשיו כבר לא יספר, אז ההתנצלות שלך היא על משהו שלא שמעת.

# en: I know, I know, and honestly, it's been the worst morning we've had all month, what with the office order and everything.
amends-reply-2 = כן, כן, ובכנות, זה הבוקר הכי גרוע שהיה לנו החודש, עם ההזמנה של המשרד וכל זה.

# en: You cut in with the office order again, the excuse he has already rejected. Whatever he was going to say about being a regular stays unsaid.
amends-reply-2-feedback = קטעת אותו שוב עם ההזמנה של המשרד, התירוץ שהוא כבר דחה. מה שרצה להגיד על היותו לקוח קבוע לא נאמר בסוף.

# en: I'm sorry. Go on, I'm listening.
amends-reply-3 = סליחה. תמשיך, אני כולי אוזן.

# en: A few words, and he gets to finish. He was about to say what actually hurt him, and you need to hear it before you can put it right.
amends-reply-3-feedback = כמה מילים, והוא יכול לסיים. הוא עמד להגיד מה באמת פגע בו, וצריך לשמוע את זה לפני שאפשר לתקן.

# en: Let me make it up to you: two extra stamps on your loyalty card, and your next coffee's on me. Deal?
amends-reply-4 = תן לי לפצות אותך: שתי חותמות נוספות בכרטיס המועדון, והקפה הבא עליי. סגרנו?

# en: Generous, but it cuts him off mid-sentence to settle the bill before you know what the complaint is. Stamps answer a price; he was about to tell you about something else.
amends-reply-4-feedback = נדיב, אבל זה קוטע אותו באמצע משפט כדי לסגור חשבון לפני שידוע מה התלונה. חותמות עונות על מחיר; הוא עמד לדבר על משהו אחר.

# en: ...like a stranger, while people who came in after me walked out with their coffee. That's not what I come here for.
amends-finish-says-1 = ...כמו זר, בזמן שאנשים שנכנסו אחריי יצאו עם הקפה שלהם. לא בשביל זה אני בא לכאן.

# en: He is in a hurry, so the amends must fit in one sentence and cost him no time. He has also told you what hurt.
amends-finish-hint = הוא ממהר, אז הפיצוי צריך להיכנס במשפט אחד ולא לעלות לו זמן. הוא גם סיפר לך מה פגע בו.

# en: I'm sorry if it felt like that, Tamás. It really wasn't personal, we were just completely swamped this morning.
amends-finish-reply-1 = צר לי אם זה הרגיש ככה, תמאש. זה באמת לא היה אישי, פשוט היינו מוצפים לגמרי הבוקר.

# en: 'If it felt like that' doubts the very thing he just told you, and 'swamped' is the excuse again. He said he was treated like a stranger; he needed to hear that you noticed.
amends-finish-reply-1-feedback = "אם זה הרגיש ככה" מטיל ספק בדיוק במה שהוא סיפר הרגע, ו"מוצפים" הוא שוב התירוץ. הוא אמר שהתייחסו אליו כמו לזר; הוא היה צריך לשמוע שמישהו שם לב.

# en: You're right, Tamás: you're here every morning and we forgot you. Today's on us, I've refunded your card. Go, you'll make it.
amends-finish-reply-2 = אתה צודק, תמאש: אתה כאן כל בוקר ושכחנו אותך. היום על חשבוננו, זיכיתי לך את הכרטיס. לך, תספיק.

# en: You named what hurt, being forgotten by people who know him, and made amends that cost him no time: the refund is done, and he is sent off to his meeting.
amends-finish-reply-2-feedback = קראת בשם למה שפגע בו, שאנשים שמכירים אותו שכחו אותו, ונתת פיצוי שלא עולה לו זמן: ההחזר בוצע, והוא יוצא לפגישה שלו.

# en: Tamás, that should never have happened to you, and I promise it never will again. Today's coffee is on the house.
amends-finish-reply-3 = תמאש, זה לא היה צריך לקרות לך אף פעם, וזו הבטחה: זה לא יקרה שוב. הקפה של היום על חשבון הבית.

# en: You took his words seriously and made amends at once, which he will remember. But 'never again' is not yours to promise in a café with a morning rush; the best reply named what hurt and kept to what is done today.
amends-finish-reply-3-feedback = לקחת את הדברים שלו ברצינות ופיצית מיד, והוא יזכור את זה. אבל "זה לא יקרה שוב" היא לא הבטחה שלך לתת בבית קפה עם עומס בוקר; התשובה הטובה ביותר קראה בשם למה שפגע ונצמדה למה שנעשה היום.

# en: Have a seat for five minutes and I'll bring you a slice of cake on the house, to say sorry properly.
amends-finish-reply-4 = שב חמש דקות, ואביא לך פרוסת עוגה על חשבון הבית, כדי להתנצל כמו שצריך.

# en: Kind and generous, but it does not fit this customer: he has a meeting and has already lost half an hour. Amends that cost him more time are not amends.
amends-finish-reply-4-feedback = נחמד ונדיב, אבל לא מתאים ללקוח הזה: יש לו פגישה, והוא כבר הפסיד חצי שעה. פיצוי שעולה לו עוד זמן הוא לא פיצוי.

# en: Fine. Same time tomorrow, then. Is my ticket going to vanish again?
tomorrow-says-1 = טוב. אז מחר באותה שעה. הפתק שלי ייעלם שוב?

# en: All right. I'll be in tomorrow as usual. Will I be standing over there for half an hour again?
tomorrow-says-2 = בסדר. מחר אני בא כרגיל. שוב אעמוד שם חצי שעה?

# en: Fair enough to ask, but in the morning rush we can't guarantee times, I'm afraid. Ordering ahead on the app is the safest way.
tomorrow-reply-1 = שאלה הוגנת, אבל בעומס של הבוקר אי אפשר להבטיח זמנים, לצערי. הכי בטוח להזמין מראש באפליקציה.

# en: He asked whether the café will lose him again, and you told him it might, then handed him an app. The fix for your ticket rail has become his job.
tomorrow-reply-1-feedback = הוא שאל אם בית הקפה ישכח אותו שוב, ואמרת לו שאולי, ואז הגשת לו אפליקציה. התיקון של מתלה הפתקים שלכם הפך לעבודה שלו.

# en: I'll make sure it never does. From tomorrow you go straight to the front of the queue, every single morning, whoever's on the till.
tomorrow-reply-2 = אדאג שזה לא יקרה לעולם. ממחר אתה הולך ישר לראש התור, כל בוקר, לא משנה מי עומד בקופה.

# en: He likes hearing it, and it answers his worry head on. But you cannot put him ahead of every queue on every shift, and the first morning it fails he remembers your promise; the best reply promised only what you will do yourself.
tomorrow-reply-2-feedback = נעים לו לשמוע, וזה עונה ישר על החשש שלו. אבל אי אפשר לשים אותו לפני כל תור בכל משמרת, ובבוקר הראשון שזה ייכשל הוא ייזכר בהבטחה שלך; התשובה הטובה ביותר הבטיחה רק את מה שבידיים שלך.

# en: Hopefully not! Mornings are mad at the moment, but it should settle down once the new staff have found their feet.
tomorrow-reply-3 = נקווה שלא! הבקרים מטורפים עכשיו, אבל זה אמור להירגע כשהעובדים החדשים ייכנסו לעניינים.

# en: 'Hopefully' and 'the new staff' leave the cause with someone else and the fix with luck. He asked whether it will happen again, and you told him it might.
tomorrow-reply-3-feedback = "נקווה" ו"העובדים החדשים" משאירים את הסיבה אצל מישהו אחר ואת הפתרון למזל. הוא שאל אם זה יקרה שוב, ואמרת לו שאולי.

# en: I'm sorry, I couldn't say, I'm not on shift tomorrow. Best to mention it to whoever's on the till when you come in.
tomorrow-reply-4 = סליחה, אין לי מושג, מחר אין לי משמרת. הכי טוב להגיד את זה למי שיהיה בקופה כשתגיע.

# en: Honest about your rota, but it hands his worry to a stranger tomorrow and asks him to tell the whole story again. Something you can do today would have answered him.
tomorrow-reply-4-feedback = כנה לגבי סידור המשמרות, אבל זה מעביר את הדאגה שלו לזר של מחר ומבקש ממנו לספר הכול מחדש. משהו שאפשר לעשות היום היה עונה לו.

# en: I'll make sure it doesn't: today I'll ask Katalin for someone on the tickets in the rush, and tomorrow I'll watch for you myself.
tomorrow-reply-5 = אדאג שלא: היום אבקש מקטלין שמישהו ישגיח על הפתקים בעומס, ומחר אשים לב בעצמי מתי אתה נכנס.

# en: Two steps with a time on each, both in your hands: a word with the manager today and your own eye on the door tomorrow. Fixing the ticket rail also means the next regular is not buried either.
tomorrow-reply-5-feedback = שני צעדים, לכל אחד זמן, ושניהם בידיים שלך: שיחה עם המנהלת היום ועין שלך על הדלת מחר. תיקון מתלה הפתקים אומר גם שהלקוח הקבוע הבא לא ייקבר.

# en: Right. I'm off, then.
goodbye-says-1 = טוב. אני זז.

# en: Okay. I'd better run.
goodbye-says-2 = אוקיי. אני חייב לרוץ.

# en: See you tomorrow, Tamás, and don't worry, your flat white will be sitting on the counter waiting for you when you walk in.
goodbye-reply-1 = נתראה מחר, תמאש, ואל תדאג, הפלאט וייט שלך יחכה לך על הדלפק ברגע שתיכנס בדלת.

# en: A friendly send-off, but it is the promise he would doubt most: nobody knows when he will walk in, and a coffee left waiting goes cold. The last thing he hears should be something you can keep.
goodbye-reply-1-feedback = פרידה ידידותית, אבל זו בדיוק ההבטחה שהוא הכי מפקפק בה: אף אחד לא יודע מתי ייכנס, וקפה שמחכה מתקרר. הדבר האחרון שהוא שומע צריך להיות משהו שאפשר לקיים.

# en: Have a good one! Next, please: who's the two lattes and the cappuccino?
goodbye-reply-2 = יום טוב! הבא בתור, בבקשה: של מי שני הלאטה והקפוצ'ינו?

# en: Calling the next order while he is still at the counter turns him back into a ticket at the very moment he was starting to feel like a regular again.
goodbye-reply-2-feedback = לקרוא להזמנה הבאה בזמן שהוא עוד ליד הדלפק הופך אותו שוב לפתק, בדיוק ברגע שהתחיל להרגיש שוב לקוח קבוע.

# en: Good luck at half nine, Tamás. Thanks for telling me straight, and I'll be looking out for you tomorrow.
goodbye-reply-3 = בהצלחה בתשע וחצי, תמאש. תודה שאמרת לי את זה ישר, ומחר אשים לב מתי אתה נכנס.

# en: You closed with his meeting, a thank-you for the complaint and what happens tomorrow. The last words are the ones he takes out of the door.
goodbye-reply-3-feedback = סגרת עם הפגישה שלו, תודה על התלונה ומה קורה מחר. המילים האחרונות הן אלה שהוא לוקח איתו מהדלת.

# en: Bye, and sorry again about this morning. It honestly isn't normally like this, we were just really short-staffed today.
goodbye-reply-4 = ביי, ושוב סליחה על הבוקר. באמת שבדרך כלל זה לא ככה, פשוט היה לנו היום ממש חוסר בכוח אדם.

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

