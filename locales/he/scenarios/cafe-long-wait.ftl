### Defuse scenario `cafe-long-wait` (Thirty minutes for a flat white) in he, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: Thirty minutes for a flat white
title = שלושים דקות בשביל פלאט וייט

# en: It is the morning rush at the Mokus café and you are on the till. Tamás Varga, a regular who comes in almost every weekday for a large oat flat white and an almond croissant to take away, walks up to the counter. You can see his ticket, printed half an hour ago, still stuck under a pile of tickets for a big office order. Bence, in his first week, is on the coffee machine; Katalin, the manager, is in the back.
brief = שעת העומס של הבוקר בבית הקפה Mokus, והמשמרת שלך היא בקופה. לקוח קבוע, Tamás Varga, שמגיע כמעט כל בוקר של יום חול לקחת איתו פלאט וייט גדול עם חלב שיבולת שועל וקרואסון שקדים, ניגש לדלפק. מהקופה רואים את פתק ההזמנה שלו, שהודפס לפני חצי שעה, עדיין תקוע מתחת לערימת פתקים של הזמנה גדולה ממשרד. על מכונת הקפה עומד Bence, בשבוע הראשון שלו בעבודה; Katalin, המנהלת, נמצאת מאחור.

# en: Tamás Varga
customer-name = Tamás Varga

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

# en: He is a regular in a hurry. Use his name, show you know his order, own the delay in one sentence, and start fixing it.
opening-hint = לקוח קבוע שממהר. לפנות אליו בשמו, להראות שההזמנה הקבועה שלו מוכרת לך, לקחת אחריות על העיכוב במשפט אחד, ולהתחיל לתקן.

# en: Tamás, I'm so sorry, half an hour is far too long. Your large oat flat white and almond croissant, to take away: I'm making them myself, right now.
opening-reply-1 = צר לי מאוד, Tamás, חצי שעה זה הרבה יותר מדי. פלאט וייט גדול עם שיבולת שועל וקרואסון שקדים, לקחת: אני אכין אותם בעצמי, ממש עכשיו.

# en: His name and his usual order, without asking, tell him he is a regular again and not a lost ticket. You owned the wait in one sentence and started fixing it, which is what a man with a half-nine meeting needs.
opening-reply-1-feedback = השם שלו וההזמנה הקבועה שלו, בלי לשאול, אומרים לו שהוא שוב לקוח קבוע ולא פתק שאבד. לקחת אחריות על ההמתנה במשפט אחד והתחלת לתקן, וזה בדיוק מה שאדם עם פגישה בתשע וחצי צריך.

# en: I'm really sorry. An office group ordered fourteen drinks all at once, and everything got stuck behind them. It's on its way now.
opening-reply-2 = צר לי מאוד. קבוצה ממשרד הזמינה ארבעה עשר משקאות בבת אחת, והכול נתקע מאחוריהם. זה כבר בדרך.

# en: The apology is undone by the excuse: other customers' fourteen drinks are the café's problem, not his, and he watched later customers get served anyway. 'On its way' gives him no time to plan around his meeting.
opening-reply-2-feedback = התירוץ מבטל את ההתנצלות: ארבעה עשר המשקאות של לקוחות אחרים הם הבעיה של בית הקפה, לא שלו, והוא ראה שמי שבא אחריו קיבל בכל זאת. "בדרך" לא נותן לו שום זמן לתכנן סביב הפגישה שלו.

# en: Sorry about the wait, sir. What name was the order under? I'll find out where it's got to.
opening-reply-3 = סליחה על ההמתנה, אדוני. על איזה שם הייתה ההזמנה? אני אברר איפה היא נתקעה.

# en: Polite and willing, but he has been coming in almost every morning for two years: 'sir' and 'what name' tell him he is one of many. And 'I'll find out' sounds like more waiting.
opening-reply-3-feedback = מנומס ועם רצון טוב, אבל הוא מגיע לכאן כמעט כל בוקר כבר שנתיים: "אדוני" ו"על איזה שם" אומרים לו שהוא עוד אחד מני רבים. ו"אני אברר" נשמע כמו עוד המתנה.

# en: I don't care about somebody else's fourteen coffees. I ordered one, half an hour ago, and people behind me have already had theirs.
crowd-excuse-says-1 = לא מעניינים אותי ארבעה עשר הקפה של מישהו אחר. אני הזמנתי אחד, לפני חצי שעה, ואנשים שעמדו אחריי כבר קיבלו את שלהם.

# en: You're right, it's our mix-up and you shouldn't have to wait it out. Your large oat flat white is going on now, and you'll have it in three minutes.
crowd-excuse-reply-1 = אתה צודק, הבלבול הוא שלנו ואתה לא אמור לשלם עליו בהמתנה. הפלאט וייט הגדול שלך עם שיבולת שועל נכנס עכשיו להכנה, ותוך שלוש דקות הוא אצלך.

# en: You agreed with him instead of defending the queue, and gave him a time he can plan his walk around. 'Three minutes' is a promise you control, because you are making it.
crowd-excuse-reply-1-feedback = הסכמת איתו במקום להגן על התור, ונתת לו זמן שאפשר לתכנן סביבו את ההליכה. "שלוש דקות" היא הבטחה שבשליטתך, כי את הקפה מכינים הידיים שלך.

# en: I know, I know. It's been complete chaos this morning, honestly, everyone's been waiting ages.
crowd-excuse-reply-2 = כן, כן, ברור. הבוקר הזה היה כאוס מוחלט, באמת, כולם כאן מחכים נצח.

# en: 'Everyone's been waiting' turns him into one of a crowd, and 'chaos' is one more excuse. He still has not heard when his coffee is coming.
crowd-excuse-reply-2-feedback = "כולם מחכים" הופך אותו לעוד אחד מההמון, ו"כאוס" הוא עוד תירוץ. הוא עדיין לא שמע מתי הקפה שלו יגיע.

# en: Let me explain: the office order printed at the same time, your ticket slid under theirs, and the bar works from the top down, so...
crowd-excuse-reply-3 = תן לי להסביר: ההזמנה של המשרד הודפסה באותו רגע, הפתק שלך החליק מתחת לשלהם, והבר עובד מלמעלה למטה, אז...

# en: It may all be true, but he has a meeting at half nine and you are spending his minutes on how the ticket rail works. Fix first; explain only if he asks.
crowd-excuse-reply-3-feedback = אולי הכול נכון, אבל יש לו פגישה בתשע וחצי, והדקות שלו הולכות על הסבר איך עובד מתלה הפתקים. קודם לתקן; להסביר רק אם הוא שואל.

# en: My name? It's Tamás. I'm in here every single weekday. You served me yesterday, and the day before.
name-reaction-says-1 = השם שלי? Tamás. אני כאן כל יום חול. הגשת לי אתמול, וגם שלשום.

# en: Of course, Tamás, and I'm sorry, that was careless of me. Large oat flat white and an almond croissant to go: I'm making it right now.
name-reaction-reply-1 = ברור, Tamás, וסליחה, זה היה רשלני מצדי. פלאט וייט גדול עם שיבולת שועל וקרואסון שקדים, לקחת: נכנס להכנה ממש עכשיו.

# en: You owned the slip in one sentence and then showed you do know him: his name and his usual order. He is a regular again, not a ticket number.
name-reaction-reply-1-feedback = לקחת אחריות על הפספוס במשפט אחד, ואז הראית לו שכן מכירים אותו כאן: השם שלו וההזמנה הקבועה שלו. הוא שוב לקוח קבוע, לא מספר על פתק.

# en: Sorry, we get so many people through here in the mornings. What was it you ordered?
name-reaction-reply-2 = סליחה, עוברים כאן כל כך הרבה אנשים בבקרים. מה הזמנת?

# en: 'So many people' says out loud what he already feared: that he is one of many. Asking for his order again after thirty minutes tells him nobody noticed him at all.
name-reaction-reply-2-feedback = "כל כך הרבה אנשים" אומר בקול את מה שהוא כבר חשש ממנו: שהוא עוד אחד מני רבים. לשאול שוב מה הוא הזמין אחרי שלושים דקות אומר לו שאף אחד בכלל לא שם לב אליו.

# en: Sorry, Tamás, of course! Give me a second, I'll go and ask the bar what happened to your order.
name-reaction-reply-3 = סליחה, Tamás, ברור! שנייה אחת, אני אלך לשאול בבר מה קרה להזמנה שלך.

# en: The name landed, but 'I'll go and ask' means more standing around while you find out what went wrong. He needs his coffee started now, not an investigation.
name-reaction-reply-3-feedback = השם עבד, אבל "אני אלך לשאול" פירושו עוד עמידה וחיכוי בזמן שמבררים מה השתבש. הוא צריך שההכנה של הקפה תתחיל עכשיו, לא חקירה.

# en: You know what, I haven't got time for this. Is Katalin in? Get her, please.
manager-demand-says-1 = יודעים מה? אין לי זמן לזה. Katalin כאן? אפשר לקרוא לה, בבקשה?

# en: She's in the back and I'll fetch her if you like. But the fastest way to your meeting is this: your flat white is on now, two minutes, and today it's on us.
manager-demand-reply-1 = היא מאחור, ואקרא לה אם תרצה. אבל הדרך הכי מהירה לפגישה שלך היא זו: הפלאט וייט שלך כבר בהכנה, עוד שתי דקות, והיום זה על חשבון הבית.

# en: You did not refuse him the manager, but you offered something quicker that you control yourself. He asked for Katalin because he had given up on you; a coffee in two minutes wins him back.
manager-demand-reply-1-feedback = לא סירבת לו למנהלת, אבל הצעת משהו מהיר יותר שנמצא בשליטתך. הוא ביקש את Katalin כי התייאש ממך; קפה תוך שתי דקות מחזיר אותו אליך.

# en: Of course. Wait here a second and I'll go and get her for you.
manager-demand-reply-2 = בוודאי. חכה כאן שנייה, ואני אלך לקרוא לה.

# en: Courteous, and it respects his wish, but he now waits for the manager on top of the thirty minutes. One concrete offer before you go would likely have settled it at the counter.
manager-demand-reply-2-feedback = אדיב, וזה מכבד את הבקשה שלו, אבל עכשיו הוא מחכה למנהלת על גבי שלושים הדקות. הצעה קונקרטית אחת לפני שהלכת כנראה הייתה סוגרת את העניין ליד הדלפק.

# en: She'll only tell you the same thing, to be honest, and she's flat out in the back.
manager-demand-reply-3 = בכנות, היא רק תגיד לך אותו דבר, והיא עמוסה לגמרי שם מאחור.

# en: You refused his request and told him it would be pointless anyway. With no coffee, no manager and a meeting to get to, leaving is the only move he has left.
manager-demand-reply-3-feedback = סירבת לבקשה שלו ואמרת לו שממילא אין בזה טעם. בלי קפה, בלי מנהלת ועם פגישה שצריך להגיע אליה, הצעד היחיד שנשאר לו הוא לצאת.

# en: Fine. It's a ten-minute walk to my meeting, so I've got about ten minutes. What happened, anyway? Was it the new lad? He looked completely lost on that machine.
while-making-says-1 = טוב. יש לי עשר דקות הליכה לפגישה, אז יש לי בערך עשר דקות. מה קרה בכלל? זה היה הבחור החדש? הוא נראה אבוד לגמרי על המכונה הזאת.

# en: Right. I have to be out of that door in ten minutes, tops. Honestly, what went wrong? Was it the new guy on the machine? He's been staring at those tickets all morning.
while-making-says-2 = טוב. בעוד עשר דקות מקסימום אני חייב לצאת מהדלת הזאת. באמת, מה השתבש? זה החדש על המכונה? הוא בוהה בפתקים האלה כל הבוקר.

# en: He is inviting you to blame your colleague, and he has ten minutes. One honest sentence, no names, and keep working.
while-making-hint = הוא מזמין אותך להאשים עמית לעבודה, ויש לו עשר דקות. משפט כן אחד, בלי שמות, ולהמשיך לעבוד.

# en: It was our mistake, not his: your ticket got buried and nobody on the counter checked. That's on me. Your croissant's in the bag, the coffee's thirty seconds away.
while-making-reply-1 = זו הייתה טעות שלנו, לא שלו: הפתק שלך נקבר, ואף אחד בדלפק לא בדק. זה עליי. הקרואסון כבר בשקית, הקפה עוד שלושים שניות.

# en: An honest answer in one sentence, taken on yourself rather than on Bence, and a reminder that his order is nearly in his hand. You answered his question without spending his ten minutes.
while-making-reply-1-feedback = תשובה כנה במשפט אחד, שלקחת על עצמך ולא העמסת על Bence, ותזכורת שההזמנה כמעט בידיים שלו. ענית על השאלה שלו בלי לבזבז את עשר הדקות שלו.

# en: Yeah, it's Bence's first week, bless him. He's still getting used to the tickets.
while-making-reply-2 = כן, זה השבוע הראשון של Bence, המסכן. הוא עוד מתרגל לשיטה של הפתקים.

# en: It sounds friendly, even kind, but you handed the blame to a colleague standing a few metres away. Tamás does not care whose fault it was; he cares that the café owns it.
while-making-reply-2-feedback = זה נשמע ידידותי, אפילו חביב, אבל גלגלת את האשמה על עמית שעומד כמה מטרים ממך. ל-Tamás לא אכפת באשמת מי זה; אכפת לו שבית הקפה לוקח אחריות.

# en: So, a big office order came in at half eight, the printer doubled up, Bence took the top tickets first, and yours ended up...
while-making-reply-3 = אז ככה, הזמנה גדולה ממשרד נכנסה בשמונה וחצי, המדפסת הדפיסה כפול, Bence לקח קודם את הפתקים העליונים, ושלך בסוף...

# en: He told you he has ten minutes, and you are using them on the printer and the rota. A hurried customer needs one sentence of explanation and the coffee in his hand.
while-making-reply-3-feedback = הוא אמר לך שיש לו עשר דקות, והן הולכות על המדפסת ועל סידור המשמרות. לקוח שממהר צריך משפט הסבר אחד ואת הקפה ביד.

# en: I'm so sorry, Tamás. It will never happen again, I promise: from tomorrow your coffee will be ready the moment you walk in.
while-making-reply-4 = צר לי כל כך, Tamás. זה לא יקרה שוב, זו הבטחה: ממחר הקפה שלך יחכה לך מוכן ברגע שתיכנס.

# en: Warm, and he hears that you care, but you cannot have a coffee waiting for someone whose arrival time you don't know. A promise like that is one more chance to let him down.
while-making-reply-4-feedback = חם, והוא שומע שאכפת לך, אבל אי אפשר שקפה יחכה מוכן למישהו שלא יודעים מתי יגיע. הבטחה כזאת היא עוד הזדמנות לאכזב אותו.

# en: Poor kid, he's standing right there. He heard that, you know.
new-lad-says-1 = מסכן הילד, הוא עומד ממש פה. הוא שמע את זה, דרך אגב.

# en: You're right, that wasn't fair of me. It's the café's mistake, and I'm the one putting it right. Your coffee is coming up now.
new-lad-reply-1 = אתה צודק, זה לא היה הוגן מצדי. זו טעות של בית הקפה, ואני אדאג לתקן אותה. הקפה שלך יוצא עכשיו.

# en: Taking back a careless remark at once is hard and right. Tamás sees a team that stands together, and a person at the till who takes responsibility.
new-lad-reply-1-feedback = לחזור בך מיד מהערה לא זהירה זה קשה, וזה נכון. Tamás רואה צוות שעומד יחד, ובקופה מישהו שלוקח אחריות.

# en: Oh, he knows. Everyone's new once, it's how you learn, isn't it?
new-lad-reply-2 = אה, הוא יודע. כולם היו חדשים פעם, ככה לומדים, לא?

# en: Brushing it off leaves the blame on Bence and makes the café look careless about its own people. If you talk about a colleague like that, a customer wonders how you talk about him.
new-lad-reply-2-feedback = לבטל את זה בהינף יד משאיר את האשמה על Bence וגורם לבית הקפה להיראות אדיש לאנשים שלו. אם ככה מדברים כאן על עמית, הלקוח תוהה איך מדברים עליו.

# en: Ready the moment I walk in? You don't even know what time I'll come in. Let's just get today right, shall we?
promise-doubt-says-1 = מוכן ברגע שאני נכנס? אתם בכלל לא יודעים מתי אני מגיע. בואו פשוט נסדר את היום כמו שצריך, כן?

# en: Fair enough, I can't promise that. What I can do is get today right: your coffee's ready in a minute, and I'll tell Katalin how your ticket got lost.
promise-doubt-reply-1 = צודק, את זה אין לי אפשרות להבטיח. מה שכן בידי זה לסדר את היום: הקפה שלך מוכן בעוד דקה, ואספר ל-Katalin איך הפתק שלך הלך לאיבוד.

# en: You corrected your own promise and replaced it with two things you really control: today's coffee and a word with the manager. Honesty keeps his trust where a bigger promise would have spent it.
promise-doubt-reply-1-feedback = תיקנת את ההבטחה של עצמך והחלפת אותה בשני דברים שבאמת בשליטתך: הקפה של היום ושיחה עם המנהלת. הכנות שומרת על האמון שלו, כשהבטחה גדולה יותר הייתה מבזבזת אותו.

# en: No, really, I'll sort it. I'll tell everyone on the team to keep an eye out for you.
promise-doubt-reply-2 = לא, באמת, אני אסדר את זה. אגיד לכל הצוות לשים עליך עין.

# en: He told you he doubts the promise, and you doubled it instead of checking it. He asked for one thing: get today right.
promise-doubt-reply-2-feedback = הוא אמר לך שהוא מפקפק בהבטחה, והכפלת אותה במקום לבדוק אותה. הוא ביקש דבר אחד: לסדר את היום כמו שצריך.

# en: Stop. I don't need the whole story, I need to leave. Just give me my money back and I'll grab something on the way.
refund-demand-says-1 = די. אני לא צריך את כל הסיפור, אני צריך ללכת. פשוט תחזירו לי את הכסף ואקנה משהו בדרך.

# en: He is about to walk out, and his coffee is almost ready. What does he need from you in the next thirty seconds?
refund-demand-hint = הוא עומד לצאת, והקפה שלו כמעט מוכן. מה הוא צריך ממך בשלושים השניות הקרובות?

# en: You're right, sorry, Tamás. It's ready now: oat flat white and croissant, to go, and it's on us, I've refunded your card. You'll still make half nine.
refund-demand-reply-1 = אתה צודק, סליחה, Tamás. הוא מוכן עכשיו: פלאט וייט עם שיבולת שועל וקרואסון, לקחת, ועל חשבון הבית, כבר החזרתי לך את החיוב בכרטיס. תספיק לתשע וחצי.

# en: You stopped talking and gave him everything at once: his order, his money back and the reassurance about his meeting. He asked for a refund because he had given up on the coffee; you gave him both.
refund-demand-reply-1-feedback = הפסקת לדבר ונתת לו הכול בבת אחת: את ההזמנה, את הכסף בחזרה ואת הביטחון שהוא יגיע לפגישה. הוא ביקש החזר כי ויתר על הקפה; נתת לו את שניהם.

# en: Of course. Have you got your receipt? A card refund usually takes three to five working days.
refund-demand-reply-2 = בוודאי. יש לך קבלה? זיכוי לכרטיס לוקח בדרך כלל שלושה עד חמישה ימי עסקים.

# en: You did exactly what he asked and nothing more. He leaves late, without his coffee, with a refund he will not see for days, and nobody said sorry.
refund-demand-reply-2-feedback = עשית בדיוק מה שביקש, ולא יותר. הוא יוצא באיחור, בלי הקפה, עם החזר שלא יראה עוד כמה ימים, ואף אחד לא אמר סליחה.

# en: I'm afraid I can't do refunds on this till. Let me fetch Katalin, she can sort it out for you.
refund-demand-reply-3 = לצערי אי אפשר לעשות החזרים בקופה הזאת. אקרא ל-Katalin, היא תסדר לך את זה.

# en: Even if the till cannot do it, the coffee in front of you could have solved the real problem. Sending him to the manager adds more minutes to a wait that is already too long.
refund-demand-reply-3-feedback = גם אם הקופה לא מאפשרת את זה, הקפה שעומד מולך היה יכול לפתור את הבעיה האמיתית. כששולחים אותו למנהלת, מוסיפים עוד דקות להמתנה שכבר ארוכה מדי.

# en: Is that mine? I really do have to go.
the-order-says-1 = זה שלי? אני באמת חייב ללכת.

# en: It is: large oat flat white and almond croissant, and I've pressed the lid on tight for the walk. You'll make half nine with a minute to spare.
the-order-reply-1 = כן, זה שלך: פלאט וייט גדול עם שיבולת שועל וקרואסון שקדים, והידקתי טוב את המכסה בשביל הדרך. תגיע לתשע וחצי עם דקה לרזרבה.

# en: Naming his order and his half-nine meeting shows you kept hold of what he told you, even in the rush. The lid for the walk is a small thing that says you thought about his morning, not only your queue.
the-order-reply-1-feedback = האזכור של ההזמנה שלו ושל הפגישה בתשע וחצי מראה שלא שכחת את מה שהוא סיפר לך, גם בלחץ. המכסה לדרך הוא פרט קטן שאומר שחשבת על הבוקר שלו, לא רק על התור שלך.

# en: Here you go! Did you want it in a cup for here, or shall I put a lid on it?
the-order-reply-2 = בבקשה! רצית בכוס לשבת כאן, או שאשים לך מכסה?

# en: He has told you twice that he has a meeting, and he takes it to go every single morning. A friendly question can still tell a regular that nobody remembers him.
the-order-reply-2-feedback = הוא אמר לך פעמיים שיש לו פגישה, והוא לוקח את הקפה לדרך בכל בוקר. גם שאלה ידידותית יכולה להגיד ללקוח קבוע שאף אחד לא זוכר אותו.

# en: Here you are. Sorry again for the wait, it's just been one of those mornings.
the-order-reply-3 = בבקשה. ושוב סליחה על ההמתנה, פשוט היה אחד מהבקרים האלה.

# en: A pleasant hand-over, but 'one of those mornings' is a soft excuse that puts the wait on the weather rather than on the café. His name, his order or his meeting would have shown him you care.
the-order-reply-3-feedback = מסירה נעימה, אבל "אחד מהבקרים האלה" הוא תירוץ רך שתולה את ההמתנה במזג האוויר במקום בבית הקפה. השם שלו, ההזמנה שלו או הפגישה שלו היו מראים לו שאכפת לך.

# en: Right. Thirty minutes, though. I come here because it's quick and you know me. That's not what I'm paying for.
amends-says-1 = טוב. אבל שלושים דקות. אני בא לכאן כי זה מהיר וכי אתם מכירים אותי. לא על זה אני משלם.

# en: He is in a hurry, so the amends must fit in one sentence and cost him no time. He also told you what hurt: being forgotten.
amends-hint = הוא ממהר, אז הפיצוי צריך להיכנס במשפט אחד ולא לעלות לו בזמן. הוא גם אמר לך מה פגע בו: ששכחו אותו.

# en: You're right, and I'm sorry, Tamás: you're here every morning and we forgot you. Today's on us, I've refunded your card. Go, you'll make it.
amends-reply-1 = אתה צודק, וסליחה, Tamás: אתה כאן כל בוקר, ושכחנו אותך. היום זה על חשבון הבית, החזרתי לך את החיוב בכרטיס. לך, תספיק.

# en: You named what hurt him, being forgotten by people who know him, and made amends that cost him no time. A refund on the spot fits a wait he has already paid for.
amends-reply-1-feedback = קראת בשם למה שפגע בו, ששכחו אותו אנשים שמכירים אותו, ונתת פיצוי שלא עולה לו בזמן. החזר מיידי מתאים להמתנה שהוא כבר שילם עליה.

# en: I'll put two extra stamps on your loyalty card to make up for it. Here's your receipt.
amends-reply-2 = אוסיף לך שתי חותמות בכרטיסייה כפיצוי. הנה הקבלה שלך.

# en: A practical gesture, but it answers 'that's not what I'm paying for' with a voucher, and skips what he actually said: he comes here because you know him. The emotional problem is still open when he walks out.
amends-reply-2-feedback = מחווה מעשית, אבל היא עונה על "לא על זה אני משלם" בהטבה, ומדלגת על מה שהוא באמת אמר: הוא בא לכאן כי מכירים אותו. הבעיה הרגשית עדיין פתוחה כשהוא יוצא מהדלת.

# en: Have a seat for five minutes and I'll bring you a slice of cake on the house, to say sorry.
amends-reply-3 = שב חמש דקות ואביא לך פרוסת עוגה על חשבון הבית, בתור התנצלות.

# en: Kind and generous, but it does not fit this customer: he has a meeting and has already lost half an hour. Amends that cost him more time are not amends.
amends-reply-3-feedback = חביב ונדיב, אבל זה לא מתאים ללקוח הזה: יש לו פגישה והוא כבר הפסיד חצי שעה. פיצוי שעולה לו עוד זמן הוא לא פיצוי.

# en: Fine. Same time tomorrow, then. Is my ticket going to vanish again?
tomorrow-says-1 = טוב. אז מחר באותה שעה. הפתק שלי ייעלם שוב?

# en: All right. I'll be in tomorrow as usual. Will I be standing over there for half an hour again?
tomorrow-says-2 = בסדר. מחר אני בא כרגיל. שוב אעמוד שם חצי שעה?

# en: Not if I can help it. Today I'll ask Katalin to have someone check the ticket rail during the rush, and tomorrow I'll look out for you myself.
tomorrow-reply-1 = לא אם זה תלוי בי. עוד היום אבקש מ-Katalin שמישהו יבדוק את מתלה הפתקים בשעות העומס, ומחר אשים עליך עין בעצמי.

# en: You promised only what you control: a word with the manager today and your own attention tomorrow. Fixing the cause means the next regular's ticket does not get buried either.
tomorrow-reply-1-feedback = הבטחת רק מה שבשליטתך: שיחה עם המנהלת היום ותשומת הלב שלך מחר. תיקון הסיבה אומר שגם הפתק של הלקוח הקבוע הבא לא ייקבר.

# en: Never again, I promise you. From tomorrow you go straight to the front of the queue, every single morning.
tomorrow-reply-2 = זה לא יקרה יותר, זו הבטחה. ממחר אתה עובר ישר לראש התור, כל בוקר, בלי יוצא מן הכלל.

# en: He likes hearing it, but you cannot put him ahead of every queue every morning, and the other staff never agreed to it. The first morning it fails, he remembers your promise.
tomorrow-reply-2-feedback = נעים לו לשמוע את זה, אבל אי אפשר להעביר אותו לראש כל תור בכל בוקר, ושאר הצוות מעולם לא הסכים לזה. בבוקר הראשון שזה לא יעבוד, הוא יזכור את ההבטחה שלך.

# en: Hopefully not! Mornings are mad at the moment, but it should settle down once the new staff find their feet.
tomorrow-reply-3 = מקווה שלא! הבקרים מטורפים עכשיו, אבל זה אמור להירגע ברגע שהעובדים החדשים ייכנסו לעניינים.

# en: 'Hopefully' and 'the new staff' leave the cause with someone else and the fix with luck. He asked whether it will happen again, and you told him it might.
tomorrow-reply-3-feedback = "מקווה" ו"העובדים החדשים" משאירים את הסיבה אצל מישהו אחר ואת הפתרון למזל. הוא שאל אם זה יקרה שוב, ואמרת לו שאולי.

# en: Thanks. Really. See you tomorrow.
resolved-warm-says-1 = תודה. באמת. נתראה מחר.

# en: Tamás makes his meeting with a minute to spare. On the way out he drops his usual coins in the tip jar, and he is back at the counter the next morning. A regular who was forgotten once, and then treated like a regular, stays loyal.
resolved-warm-summary = עם דקה לרזרבה, Tamás מגיע לפגישה. ביציאה הוא משאיר בצנצנת הטיפים את המטבעות הרגילים שלו, ולמחרת בבוקר הוא שוב ליד הדלפק. לקוח קבוע ששכחו אותו פעם אחת, ואחר כך התייחסו אליו כמו ללקוח קבוע, נשאר נאמן.

# en: Yeah. Thanks.
grudging-says-1 = כן. תודה.

# en: Tamás gets his coffee and makes his meeting, just. But the tip jar stays empty, and over the next weeks he comes in less and less, until he stops coming. He never complains again: most unhappy customers don't, they simply go elsewhere and the café never learns why.
grudging-summary = הקפה מגיע ל-Tamás, והוא מספיק לפגישה ברגע האחרון. אבל צנצנת הטיפים נשארת ריקה, ובשבועות הבאים הוא מגיע פחות ופחות, עד שהוא מפסיק לבוא. הוא לא מתלונן שוב: רוב הלקוחות הלא מרוצים לא מתלוננים, הם פשוט הולכים למקום אחר, ובית הקפה אף פעם לא יודע למה.

# en: Katalin comes out of the back, apologises, makes his coffee herself and waves the payment. Tamás reaches his meeting late, and it took the manager to treat him like a regular. Next time something goes wrong he will ask for Katalin straight away, not for you.
manager-steps-in-summary = מהחדר האחורי יוצאת Katalin, מתנצלת, מכינה לו את הקפה בעצמה ומוותרת על התשלום. Tamás מגיע לפגישה באיחור, והיה צריך את המנהלת כדי שיתייחסו אליו כמו ללקוח קבוע. בפעם הבאה שמשהו ישתבש, הוא יבקש מיד את Katalin, לא אותך.

# en: Keep it. I'm late already. I'll grab something on the way.
walkout-says-1 = תשאירו אותו. אני כבר מאחר. אקנה משהו בדרך.

# en: Tamás walks out without his order, and his paid-for flat white goes cold on the counter. He does not complain and he does not come back: the chain across the road gets a new regular and a generous tipper. Most let-down customers never say a word; they just leave.
walkout-summary = הדלת נסגרת אחרי Tamás, בלי ההזמנה שלו, והפלאט וייט ששילם עליו מתקרר על הדלפק. הוא לא מתלונן והוא לא חוזר: הרשת מעבר לכביש מרוויחה לקוח קבוע חדש שמשאיר טיפים נדיבים. רוב הלקוחות שאכזבו אותם לא אומרים מילה; הם פשוט הולכים.

