### Defuse scenario `missed-delivery` (The washing machine that never came) in he, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: The washing machine that never came
title = מכונת הכביסה שלא הגיעה

# en: You answer the phone line of an online appliance shop. The caller ordered a washing machine with two-day delivery. The delivery has been missed twice, and she has called before.
brief = המשמרת שלך היא במוקד הטלפוני של חנות מקוונת למוצרי חשמל. הלקוחה על הקו הזמינה מכונת כביסה עם משלוח תוך יומיים. המשלוח לא הגיע כבר פעמיים, והיא כבר התקשרה בעבר.

# en: Eszter Kovács
customer-name = Eszter Kovács

# en: took Thursday off work to wait for the delivery
customer-trait-1 = לקחה יום חופש מהעבודה ביום חמישי כדי לחכות למשלוח

# en: her old machine is leaking onto the kitchen floor
customer-trait-2 = המכונה הישנה שלה נוזלת על רצפת המטבח

# en: was told 'I don't know, I passed it on' on her last call
customer-trait-3 = בשיחה הקודמת ענו לה "אני לא יודע, העברתי את זה הלאה"

# en: Sorry, what? I just want my washing machine delivered. Is that really so hard?
neutral-says-1 = סליחה, מה? אני רק רוצה שמכונת הכביסה שלי תגיע. זה באמת כל כך קשה?

# en: I don't follow. My old machine is leaking all over the kitchen floor, and I still don't have the new one. What are you actually doing about it?
neutral-says-2 = אני לא מבינה. המכונה הישנה שלי נוזלת על כל רצפת המטבח, ואת החדשה עדיין לא קיבלתי. מה אתם בעצם עושים בעניין?

# en: This is the third time I'm calling! You promised delivery in two days. Twice! I took Thursday off work and nobody came. Last time your colleague said 'I don't know, I passed it on to customer service.' So here I am. Customer service. What now?
opening-says-1 = זו הפעם השלישית שאני מתקשרת! הבטחתם משלוח תוך יומיים. פעמיים! לקחתי יום חופש ביום חמישי, ואף אחד לא הגיע. בפעם הקודמת הנציג שלכם אמר לי "אני לא יודע, העברתי את זה לשירות לקוחות". אז הנה אני. שירות לקוחות. מה עכשיו?

# en: Third call! Two-day delivery, you said. Twice! I stayed home on Thursday for nothing, and the last person I spoke to just said he'd 'passed it on to customer service'. Well? I'm listening.
opening-says-2 = שיחה שלישית! משלוח תוך יומיים, אמרתם. פעמיים! נשארתי בבית ביום חמישי סתם, ומי שדיברתי איתו בפעם הקודמת רק אמר שהוא "העביר את זה לשירות לקוחות". נו? אני מקשיבה.

# en: She has given you three facts: two missed dates, a lost day off, and being passed around. Show her you caught them.
opening-hint = היא מסרה לך שלוש עובדות: שני מועדי משלוח שלא קוימו, יום חופש שהלך לפח, וגלגול מנציג לנציג. עכשיו צריך להראות לה שקלטת את שלושתן.

# en: Mrs Kovács, you were promised delivery twice, you stayed home on Thursday, and nobody came or told you why. I'm sorry. I'll sort this out with you now.
opening-reply-1 = גברת Kovács, הבטיחו לך משלוח פעמיים, נשארת בבית ביום חמישי, ואף אחד לא הגיע וגם לא הסביר למה. צר לי. אני אסדר את זה איתך עכשיו.

# en: You gave her story back in a sentence: two promises, the lost Thursday, no word. She knows she was heard, so she does not need to shout it again.
opening-reply-1-feedback = החזרת לה את הסיפור שלה במשפט אחד: שתי הבטחות, יום חמישי שהלך לפח, ואף מילה של הסבר. היא יודעת שהקשיבו לה, ולכן היא לא צריכה לצעוק את זה שוב.

# en: I'm sorry, but deliveries are handled by the courier company. We only pass the orders on to them.
opening-reply-2 = צר לי, אבל את המשלוחים מבצעת חברת השליחויות. אנחנו רק מעבירים אליהם את ההזמנות.

# en: An apology followed by 'but' takes the apology back. Pointing at the courier tells her, for the second time, that nobody here will take her problem.
opening-reply-2-feedback = התנצלות שבאה אחריה "אבל" מבטלת את ההתנצלות. ההפניה לחברת השליחויות אומרת לה, בפעם השנייה, שאף אחד כאן לא ייקח את הבעיה שלה על עצמו.

# en: I understand. Could you give me your order number, please?
opening-reply-3 = הבנתי. אפשר בבקשה את מספר ההזמנה?

# en: Polite and efficient, but 'I understand' on its own sounds like a script. She told you about a lost day off and being passed around, and you went straight to the order number.
opening-reply-3-feedback = מנומס ויעיל, אבל "הבנתי" לבדו נשמע כמו תסריט. היא סיפרה לך על יום חופש שהלך לפח ועל כך שמגלגלים אותה מנציג לנציג, ועברת ישר למספר ההזמנה.

# en: Please calm down, madam. Shouting won't make the parcel arrive any faster.
opening-reply-4 = גברתי, תירגעי בבקשה. הצעקות לא יביאו את החבילה מהר יותר.

# en: 'Calm down' tells her that her anger is the problem, not the missed deliveries. It is the fastest way to make an angry customer angrier.
opening-reply-4-feedback = "תירגעי" אומר לה שהכעס שלה הוא הבעיה, ולא המשלוחים שלא הגיעו. זו הדרך המהירה ביותר להרגיז לקוח כועס עוד יותר.

# en: The courier? I didn't order from the courier, I ordered from YOU! Everyone keeps passing me on to somebody else!
courier-blame-says-1 = חברת השליחויות? אני לא הזמנתי מחברת השליחויות, אני הזמנתי מכם! כל אחד פה רק מעביר אותי הלאה למישהו אחר!

# en: You're right: you ordered from us, and getting it to you is our job. I'm taking this on myself, and I won't pass you on.
courier-blame-reply-1 = את צודקת: הזמנת מאיתנו, ולדאוג שהמכונה תגיע אלייך זה התפקיד שלנו. מעכשיו הטיפול עליי, ולא אעביר אותך לאף אחד.

# en: You accepted her point without arguing and took the case personally. 'I won't pass you on' answers exactly what hurt her most.
courier-blame-reply-1-feedback = קיבלת את הטענה שלה בלי להתווכח ולקחת את הטיפול באופן אישי. "לא אעביר אותך לאף אחד" עונה בדיוק על מה שהכי פגע בה.

# en: I know it's frustrating, but honestly, I can't see what the courier does on their side.
courier-blame-reply-2 = ברור לי שזה מתסכל, אבל באמת, אין לי שום אפשרות לראות מה קורה אצל חברת השליחויות.

# en: Naming her frustration was good, but you still left her with nobody responsible. Empathy without ownership sounds like a polite brush-off.
courier-blame-reply-2-feedback = טוב שקראת לתסכול שלה בשם, אבל עדיין השארת אותה בלי אף אחד שאחראי. אמפתיה בלי לקיחת אחריות נשמעת כמו דרך מנומסת להיפטר ממנה.

# en: To be fair, if you'd been home for the first delivery slot, this wouldn't have happened.
courier-blame-reply-3 = בואי נהיה הוגנים: אם היית בבית במועד המשלוח הראשון, זה לא היה קורה.

# en: Blaming the customer turns a complaint into a fight. She stayed home for the second slot, and she said so: you were not listening.
courier-blame-reply-3-feedback = האשמת הלקוחה הופכת תלונה לריב. היא נשארה בבית במועד השני, והיא אמרה את זה: לא הקשבת.

# en: Don't you tell me to calm down! I've been calm for two weeks. I want to speak to your manager.
calm-down-reaction-says-1 = תירגעי?! אני רגועה כבר שבועיים! אני רוצה לדבר עם המנהל שלך.

# en: You have every right to be angry: you were let down twice. I'd like to fix it myself right now, and if you still want my manager afterwards, I'll put you through.
calm-down-reaction-reply-1 = יש לך את כל הזכות לכעוס: אכזבו אותך פעמיים. הייתי רוצה לתקן את זה בעצמי, כבר עכשיו, ואם אחר כך עדיין תרצי לדבר עם המנהל שלי, אעביר אותך אליו.

# en: You took the mistake back by accepting her anger as fair, and offered a way forward without refusing her request. Her choice stays hers.
calm-down-reaction-reply-1-feedback = תיקנת את הטעות כשקיבלת את הכעס שלה כמוצדק, והצעת דרך קדימה בלי לסרב לבקשה שלה. ההחלטה נשארת בידיים שלה.

# en: Fine. I'll transfer you to my manager.
calm-down-reaction-reply-2 = בסדר. אעביר אותך למנהל שלי.

# en: Passing her on is the very thing she complained about. A transfer should be the last resort, not a way out of an uncomfortable call.
calm-down-reaction-reply-2-feedback = להעביר אותה הלאה זה בדיוק הדבר שעליו היא התלוננה. העברה למנהל צריכה להיות מוצא אחרון, לא דרך לברוח משיחה לא נעימה.

# en: I was only trying to help. There's no need to be rude to me.
calm-down-reaction-reply-3 = רק ניסיתי לעזור. אין שום צורך לדבר אליי ככה.

# en: Her anger is about the deliveries, not about you. Defending yourself makes the call about your feelings instead of her problem.
calm-down-reaction-reply-3-feedback = הכעס שלה מופנה למשלוחים, לא אליך. כשמתגוננים, השיחה הופכת להיות על הרגשות שלך במקום על הבעיה שלה.

# en: That's it. Put me through to your manager. Now.
manager-demand-says-1 = זהו. אני רוצה את המנהל שלך על הקו. עכשיו.

# en: I will if you want me to. Before I do: I can book a new delivery for you right now and confirm it by text. Shall I do that, or would you prefer my manager?
manager-demand-reply-1 = אם תרצי, אעביר אותך. רק לפני כן: אוכל לקבוע לך משלוח חדש כבר עכשיו ולשלוח לך אישור ב־SMS. לעשות את זה, או שתעדיפי את המנהל שלי?

# en: You respected her request and offered a concrete step you control. Many angry customers only ask for a manager because they have given up on you.
manager-demand-reply-1-feedback = כיבדת את הבקשה שלה והצעת צעד מוחשי שנמצא בשליטתך. הרבה לקוחות כועסים מבקשים מנהל רק כי כבר התייאשו ממך.

# en: My manager will only tell you the same thing I did.
manager-demand-reply-2 = המנהל שלי יגיד לך בדיוק את מה שאמרתי אני.

# en: Refusing her and telling her it would be pointless leaves her no way forward at all. She has only one move left: to leave.
manager-demand-reply-2-feedback = סירבת לה ועוד אמרת לה שאין בזה טעם, וכך לא השארת לה שום דרך קדימה. נשאר לה רק צעד אחד: לעזוב.

# en: Of course. Please hold, I'll put you through.
manager-demand-reply-3 = כמובן. הישארי רגע על הקו, אעביר אותך מיד.

# en: Courteous, and it respects her wish, but the case leaves your hands unsolved. Try one concrete offer before the transfer.
manager-demand-reply-3-feedback = אדיב, ומכבד את רצונה, אבל הפנייה יוצאת מהידיים שלך בלי פתרון. כדאי לנסות הצעה מוחשית אחת לפני ההעברה.

# en: Fine. The order number is 4471-208. It's a washing machine, and my old one is leaking all over the kitchen floor.
order-number-says-1 = טוב. מספר ההזמנה 4471-208. זאת מכונת כביסה, והישנה שלי נוזלת לי על כל רצפת המטבח.

# en: She has just told you why every day counts. Say it back before you turn to the screen.
order-number-hint = היא בדיוק סיפרה לך למה כל יום חשוב. כדאי להחזיר לה את זה לפני שפונים למסך.

# en: Thank you. So on top of the wasted day, you have water on your kitchen floor: no wonder every day counts. I'm opening the order now.
order-number-reply-1 = תודה. אז חוץ מיום העבודה שהלך לפח, יש לך גם מים על רצפת המטבח: אין פלא שכל יום חשוב. מיד אפתח את ההזמנה.

# en: You caught the detail that makes this urgent for her, the leaking machine, and said it back. That is listening for the feeling behind the facts.
order-number-reply-1-feedback = קלטת את הפרט שהופך את העניין לדחוף עבורה, המכונה הנוזלת, והחזרת לה אותו. זו הקשבה לרגש שמאחורי העובדות.

# en: Thank you. One moment... The system says 'delivery attempted' on Thursday.
order-number-reply-2 = תודה. רגע אחד... לפי המערכת, ביום חמישי "בוצע ניסיון מסירה".

# en: Reading out the system's status as if it settled the matter ignores what she told you: she was at home all Thursday.
order-number-reply-2-feedback = להקריא את הסטטוס מהמערכת כאילו הוא סוגר את העניין זה להתעלם ממה שהיא סיפרה לך: היא הייתה בבית כל יום חמישי.

# en: A leaking machine? You really ought to turn the water off at the tap, you know.
order-number-reply-3 = המכונה נוזלת? את יודעת, באמת כדאי לך לסגור את הברז.

# en: Unasked advice sounds like a know-it-all lecture. She called about a missed delivery, not about plumbing.
order-number-reply-3-feedback = עצה שאף אחד לא ביקש נשמעת כמו הרצאה של יודע־כל. היא התקשרה בגלל משלוח שלא הגיע, לא בגלל אינסטלציה.

# en: Attempted? Nobody attempted anything! I was home ALL day. Are you calling me a liar?
attempted-says-1 = ניסיון מסירה? אף אחד לא ניסה שום דבר! הייתי בבית כל היום, מהבוקר עד הערב! מה, אני משקרת?

# en: No, I believe you. If you were home all day, the courier did not really try, and that's on us. I'm reporting it and booking a new delivery now.
attempted-reply-1 = לא, אין לי ספק שאת אומרת אמת. אם היית בבית כל היום, השליח לא באמת ניסה למסור, וזה באחריותנו. אדווח על זה ואקבע לך משלוח חדש כבר עכשיו.

# en: You gave her the benefit of the doubt and took responsibility for the courier's failure. She no longer has to prove anything.
attempted-reply-1-feedback = נתת לה ליהנות מהספק ולקחת אחריות על הכישלון של השליח. היא כבר לא צריכה להוכיח שום דבר.

# en: I'm just telling you what the system says, madam.
attempted-reply-2 = גברתי, זה רק מה שכתוב במערכת.

# en: 'I'm just the messenger' leaves her helpless: the system is wrong, and you will not stand behind her.
attempted-reply-2-feedback = התירוץ "אני רק מוסר את מה שכתוב" משאיר אותה חסרת אונים: המערכת טועה, ולא עמדת לצידה.

# en: Maybe the doorbell didn't work? That happens more often than you'd think.
attempted-reply-3 = אולי הפעמון לא עבד? זה קורה יותר ממה שחושבים.

# en: Looking for an explanation on her side sounds like doubting her. Argue with the courier's record, not with the customer.
attempted-reply-3-feedback = חיפוש הסבר בצד שלה נשמע כמו פקפוק בדבריה. אם יש עם מי להתווכח, זה עם הרישום של השליח, לא עם הלקוחה.

# en: So what actually happened to my delivery? And when am I really getting it?
what-happened-says-1 = אז מה בעצם קרה למשלוח שלי? ומתי אני באמת מקבלת אותו?

# en: Only promise what you can keep yourself. The courier decides the time, not you.
what-happened-hint = כדאי להבטיח רק מה שתלוי בך. את מועד המשלוח קובע השליח, לא נציג השירות.

# en: The courier marked it 'attempted' without coming, and I've filed a complaint about that. The earliest confirmed slot is Saturday, 8 to 12. I'll book it now and text you the confirmation within ten minutes.
what-happened-reply-1 = השליח סימן "בוצע ניסיון מסירה" בלי להגיע, וכבר הגשתי על זה תלונה. המועד המאושר הקרוב ביותר הוא שבת, בין 8 ל־12. אקבע אותו עכשיו ואשלח לך אישור ב־SMS תוך עשר דקות.

# en: Honest about what went wrong, a concrete slot, and a promise (the text in ten minutes) that depends on nobody but you.
what-happened-reply-1-feedback = כנות לגבי מה שהשתבש, מועד מוחשי, והבטחה (ההודעה תוך עשר דקות) שתלויה רק בך.

# en: I'll make sure it arrives first thing tomorrow morning. You have my personal promise.
what-happened-reply-2 = אדאג שהמכונה תגיע מחר, ראשונה על הבוקר. יש לך את ההבטחה האישית שלי.

# en: Warm, and she feels looked after, but tomorrow's delivery is the courier's decision, not yours. A third broken promise would be worse than the first two.
what-happened-reply-2-feedback = חם, והיא מרגישה שדואגים לה, אבל המשלוח מחר הוא החלטה של השליח, לא שלך. הבטחה שלישית שתופר תהיה גרועה משתי הקודמות.

# en: It should be delivered within two working days.
what-happened-reply-3 = המשלוח אמור להגיע תוך שני ימי עסקים.

# en: 'Two days' is exactly the promise that was broken twice. Repeating it shows you did not hear her story.
what-happened-reply-3-feedback = "יומיים" זו בדיוק ההבטחה שהופרה פעמיים. לחזור עליה מראה שלא שמעת את הסיפור שלה.

# en: Tomorrow? Are you sure? That's what they told me the last two times.
promise-doubt-says-1 = מחר? בטוח? זה בדיוק מה שאמרו לי בשתי הפעמים הקודמות.

# en: You're right to ask. Honestly, the courier sets the time, so I can't promise tomorrow. I can book Saturday 8 to 12, the earliest confirmed slot, and text you the confirmation within ten minutes.
promise-doubt-reply-1 = בצדק את שואלת. בכנות, את השעה קובע השליח, ולכן מחר זו לא הבטחה שאוכל לעמוד בה. אוכל לקבוע לך את שבת בין 8 ל־12, המועד המאושר הקרוב ביותר, ולשלוח לך אישור ב־SMS תוך עשר דקות.

# en: Correcting your own promise is hard and right. Honest bad news builds more trust than a third guarantee nobody can keep.
promise-doubt-reply-1-feedback = לתקן הבטחה שנתת בעצמך זה קשה, וזה הדבר הנכון. חדשות רעות שנאמרות בכנות בונות יותר אמון מהתחייבות שלישית שאף אחד לא יכול לקיים.

# en: Yes, completely sure. Tomorrow morning, first thing.
promise-doubt-reply-2 = כן, בלי שום ספק. מחר בבוקר, ראשונה ברשימה.

# en: She told you why she doubts it, and you doubled the promise instead of checking it. If the courier is late again, she will remember your name.
promise-doubt-reply-2-feedback = היא אמרה לך למה היא מפקפקת, והכפלת את ההבטחה במקום לבדוק אותה. אם השליח יאחר שוב, היא תזכור את השם שלך.

# en: Two working days? That is EXACTLY what you said the last two times!
two-days-again-says-1 = שני ימי עסקים? זה בדיוק, אבל בדיוק, מה שאמרתם בשתי הפעמים הקודמות!

# en: You're right, and I'm sorry: that's the promise that was broken twice. Let me book a confirmed slot instead: Saturday, 8 to 12, with a text confirmation within ten minutes.
two-days-again-reply-1 = את צודקת, וסליחה: זו ההבטחה שהופרה פעמיים. בואי נקבע במקום זה מועד מאושר: שבת, בין 8 ל־12, עם אישור ב־SMS תוך עשר דקות.

# en: You admitted the slip at once and replaced a vague promise with a concrete one. Owning a mistake calms more than defending it.
two-days-again-reply-1-feedback = הודית בטעות מיד והחלפת הבטחה מעורפלת בהבטחה מוחשית. לקיחת אחריות על טעות מרגיעה יותר מהתגוננות.

# en: That's the standard delivery time. I can't change how the courier works.
two-days-again-reply-2 = זה זמן המשלוח הסטנדרטי. אין לי שליטה על איך שחברת השליחויות עובדת.

# en: 'Standard' is exactly what failed her. Hiding behind the process leaves her nothing to hope for.
two-days-again-reply-2-feedback = "סטנדרטי" זה בדיוק מה שאכזב אותה. הסתתרות מאחורי הנהלים לא משאירה לה שום דבר לקוות לו.

# en: All right. Saturday, then. But I lost a day's pay over this, you know.
compensation-says-1 = טוב. אז שבת. אבל רק שיהיה ברור, הפסדתי בגלל זה יום משכורת.

# en: I know, and I'm sorry you lost a working day because of us. I've refunded the delivery fee and added a 10% discount on the machine, and I'll check on Friday myself that the slot stands.
compensation-reply-1 = ברור לי, וצר לי שהפסדת יום עבודה בגללנו. החזרתי לך את דמי המשלוח והוספתי הנחה של 10% על המכונה, וביום שישי אבדוק בעצמי שהמועד עומד בעינו.

# en: You named her loss, made a fair amends you could grant yourself, and promised a follow-up in your own hands. That is how an apology becomes a remedy.
compensation-reply-1-feedback = קראת להפסד שלה בשם, נתת פיצוי הוגן שהיה בסמכותך לתת, והבטחת מעקב שנמצא כולו בידיים שלך. כך התנצלות הופכת לתיקון.

# en: I'm afraid we can't compensate for lost wages. That's company policy.
compensation-reply-2 = לצערי, אנחנו לא מפצים על אובדן שכר. זו מדיניות החברה.

# en: It may be true, but 'that's policy' ends the conversation coldly. Say what you can do instead of only what you cannot.
compensation-reply-2-feedback = ייתכן שזה נכון, אבל "זו מדיניות החברה" סוגר את השיחה בקרירות. כדאי לומר מה כן אפשר לעשות, ולא רק מה אי אפשר.

# en: Well, at least it's all sorted now, isn't it?
compensation-reply-3 = טוב, לפחות עכשיו הכול מסודר, נכון?

# en: Brushing past her loss tells her it does not matter to you. The practical problem is solved; the emotional one is not.
compensation-reply-3-feedback = לעבור על ההפסד שלה בלי לעצור אומר לה שזה לא חשוב לך. הבעיה המעשית נפתרה; הבעיה הרגשית לא.

# en: Thank you. Honestly, you're the first person who actually listened to me.
resolved-says-1 = תודה. בכנות, זו הפעם הראשונה שמישהו באמת הקשיב לי.

# en: The machine arrives on Saturday at nine. You call on Friday as promised, and Eszter mentions the call in a five-star review. A complaint handled well made a loyal customer.
resolved-summary = המכונה מגיעה בשבת בתשע. ביום שישי מגיעה השיחה שהבטחת, ו־Eszter מזכירה אותה בביקורת של חמישה כוכבים. תלונה שטופלה היטב יצרה לקוחה נאמנה.

# en: Fine. Whatever. Just make sure it comes.
grudging-says-1 = טוב. לא משנה. רק שזה יגיע.

# en: The machine arrives on Saturday, but Eszter feels nobody cared about her lost day. The technical problem is solved, the emotional one is not: she will not order from you again.
grudging-summary = המכונה מגיעה בשבת, אבל Eszter מרגישה שלאף אחד לא היה אכפת מיום העבודה שהפסידה. הבעיה הטכנית נפתרה, הבעיה הרגשית לא: היא לא תזמין מכם שוב.

# en: Tomorrow, then. If it doesn't come, I'm asking for you by name.
fragile-promise-says-1 = טוב, מחר. ואם זה לא מגיע, אני מתקשרת ומבקשת אותך בשם.

# en: The courier cannot deliver until Saturday. Eszter waits at home on Friday for nothing, a third time, and writes to the shop's director naming you. A promise you did not control became your broken promise.
fragile-promise-summary = השליח לא יכול להגיע לפני שבת. Eszter מחכה בבית ביום שישי לשווא, בפעם השלישית, וכותבת להנהלת החנות ומציינת את שמך. הבטחה שלא הייתה בשליטתך הפכה להבטחה שלך שהופרה.

# en: Your manager takes the call. Eszter has to tell the whole story a fourth time before anyone acts on it. The case is solved, but by someone else, and she remembers being passed along once more.
handed-to-manager-summary = המנהל שלך מקבל את השיחה. Eszter נאלצת לספר את כל הסיפור בפעם הרביעית לפני שמישהו עושה משהו. הבעיה נפתרת, אבל על ידי מישהו אחר, והיא זוכרת שגלגלו אותה הלאה עוד פעם.

# en: Forget it. Cancel the order. I'll buy one somewhere else, and I'm writing a review about this.
walkout-says-1 = די, עזבו. בטלו את ההזמנה. אני אקנה במקום אחר, ואני עוד אכתוב על זה ביקורת.

# en: Eszter cancels the order and buys the machine from a competitor. Her one-star review warns others about 'a shop that passes you around'. Most unhappy customers leave without a word; she complained, and you lost her anyway.
walkout-summary = בסוף Eszter מבטלת את ההזמנה וקונה את המכונה אצל מתחרה. בביקורת של כוכב אחד היא מזהירה אחרים מפני "חנות שמגלגלת אותך מאחד לשני". רוב הלקוחות הלא מרוצים עוזבים בלי מילה; היא התלוננה, ובכל זאת איבדת אותה.

