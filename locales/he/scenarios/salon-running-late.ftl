### Defuse scenario `salon-running-late` (Twenty minutes of a lunch break) in he, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: Twenty minutes of a lunch break
title = עשרים דקות מתוך הפסקת הצהריים

# en: You are Lili, on the front desk of Orchidea Beauty, a busy city-centre salon. It is 12:32. A regular client booked for a 12:30 gel manicure with Dóra, one of the nail technicians, has just been told that Dóra is running twenty minutes late. She comes up to your desk. Kinga, another technician, has a free chair right now; Zsuzsa, the manager, is in the back office.
brief = התפקיד שלך: לילי, בדלפק הקבלה של אורכידאה ביוטי, סלון יופי עמוס במרכז העיר. השעה 12:32. לקוחה קבועה, שקבעה תור ל־12:30 למניקור ג'ל אצל דורה, אחת המניקוריסטיות, שמעה הרגע שדורה מאחרת בעשרים דקות. עכשיו היא ניגשת לדלפק שלך. לקינגה, מניקוריסטית אחרת, יש כרגע כיסא פנוי; ז'וז'ה, המנהלת, נמצאת במשרד האחורי.

# en: Réka Szabó
customer-name = רקה סאבו

# en: on her lunch break, with a meeting back at the office at half past one
customer-trait-1 = בהפסקת הצהריים שלה, ובאחת וחצי יש לה פגישה במשרד

# en: arrived ten minutes early, as the salon's reminder text asked her to
customer-trait-2 = הגיעה עשר דקות מוקדם, כמו שביקשה הודעת התזכורת של הסלון

# en: has had her nails done by Dóra for two years
customer-trait-3 = עושה ציפורניים אצל דורה כבר שנתיים

# en: Sorry, what? I'm on my lunch break, and I've got a meeting at half one.
neutral-says-1 = סליחה, מה? אני בהפסקת צהריים, ובאחת וחצי יש לי פגישה.

# en: I'm not sure what you mean. I just need my nails done and to be back at my desk by half one.
neutral-says-2 = אני לא בטוחה שהבנתי. אני רק צריכה לעשות ציפורניים ולחזור לשולחן שלי עד אחת וחצי.

# en: Excuse me, are you on the desk? I need a word about my appointment.
opening-says-1 = סליחה, את בקבלה? אני צריכה לדבר עם מישהו על התור שלי.

# en: Hello? Sorry, is anyone on the desk? I need to talk to someone about my booking.
opening-says-2 = הלו? סליחה, יש מישהו בקבלה? אני צריכה לדבר עם מישהו על התור שלי.

# en: She keeps looking at the clock. Greet her, say who you are, and give her your full attention before anything else.
opening-hint = היא כל הזמן מסתכלת על השעון. לברך אותה, להציג את עצמך, ולפני כל דבר אחר לתת לה את מלוא תשומת הלב.

# en: Good afternoon! I'll be right with you, I just need to finish putting this booking in. Do take a seat for a moment.
opening-reply-1 = צהריים טובים! אני תכף איתך, רק צריך לסיים להכניס את ההזמנה הזאת למערכת. שבי רגע בינתיים, בבקשה.

# en: Friendly words, but 'take a seat' is exactly what she has been doing. She came to the desk because waiting is the problem, and another minute of it on her lunch break tells her the screen comes first.
opening-reply-1-feedback = מילים נעימות, אבל "שבי" זה בדיוק מה שהיא עשתה עד עכשיו. היא ניגשה לדלפק כי ההמתנה היא הבעיה, ועוד דקה ממנה בהפסקת הצהריים אומרת לה שהמסך קודם לה.

# en: Good afternoon, I'm Lili, I look after the desk. Of course: what's happened with your appointment?
opening-reply-2 = צהריים טובים, אני לילי, מהקבלה. בשמחה: מה קרה עם התור שלך?

# en: A greeting, your name and an open question: she is now talking to Lili, not to 'the desk', and she knows she has your full attention before she has said a word about Dóra.
opening-reply-2-feedback = ברכה, השם שלך ושאלה פתוחה: עכשיו היא מדברת עם לילי, לא עם "הקבלה", והיא יודעת שיש לה את מלוא תשומת הלב שלך עוד לפני שאמרה מילה על דורה.

# en: Hi! Is it about Dóra running late? She's about twenty minutes behind, I'm afraid. Can I get you a coffee while you wait?
opening-reply-3 = היי! זה בגלל שדורה מאחרת? היא בערך עשרים דקות באיחור, לצערי. להביא לך קפה בזמן שאת מחכה?

# en: You guessed right, and the coffee is kind, but you answered before she had told you anything. She hears that a twenty-minute delay is routine here, and you still don't know about her meeting.
opening-reply-3-feedback = ניחשת נכון, והקפה מחווה נחמדה, אבל ענית לפני שהיא סיפרה משהו. היא שומעת שאיחור של עשרים דקות הוא עניין שגרתי כאן, ועדיין לא ידוע לך על הפגישה שלה.

# en: It's Dóra. I'm booked with her at half twelve, I was here at twenty past like your text asked, and she's just told me it's another twenty minutes. This is my lunch break, and at half one I've got—
first-wave-says-1 = זה בקשר לדורה. יש לי תור אצלה בשתים־עשרה וחצי, הייתי כאן כבר בשתים־עשרה ועשרים כמו שביקשתם בהודעה, והיא הרגע אמרה לי שזה עוד עשרים דקות. זאת הפסקת הצהריים שלי, ובאחת וחצי יש לי—

# en: She hasn't finished. Whatever you say now, she will hear it as being cut off.
first-wave-hint = היא עוד לא סיימה. כל מה שייאמר עכשיו יישמע לה כמו קטיעה.

# en: I know, I'm so sorry, it's been one of those mornings. The client before you came in twenty-five minutes late, and everything's slipped since.
first-wave-reply-1 = ברור לי, וממש צר לי, זה אחד מהבקרים האלה. הלקוחה שלפנייך הגיעה באיחור של עשרים וחמש דקות, ומאז הכול זז.

# en: You cut in at the height of it, and with another client's lateness. Réka never got to say what happens at half one; instead she was stopped and handed somebody else's story.
first-wave-reply-1-feedback = קטעת אותה בשיא, ועוד עם האיחור של לקוחה אחרת. רקה לא הספיקה לומר מה יש לה באחת וחצי; במקום זה עצרו אותה וסיפרו לה סיפור של מישהי אחרת.

# en: Twenty minutes, yes, I'm sorry about that. Look, shall I just move you to another day this week, so you're not in a rush?
first-wave-reply-2 = עשרים דקות, כן, צר לי על זה. תשמעי, אולי פשוט אעביר אותך ליום אחר השבוע, כדי שלא תצטרכי למהר?

# en: Meant helpfully, but you offered a fix before she had finished her sentence. What she was about to tell you, the meeting at half one, is what any fix has to fit.
first-wave-reply-2-feedback = בכוונה טובה, אבל הצעת פתרון לפני שהיא סיימה את המשפט. מה שהיא עמדה לומר, הפגישה באחת וחצי, הוא בדיוק מה שכל פתרון צריך להתאים לו.

# en: Go on, please. I'm listening.
first-wave-reply-3 = תמשיכי, בבקשה. אני כולי אוזן.

# en: A few words, and she gets to finish. Letting the first wave run out costs you ten seconds and tells her that her side of it matters, which is half of what she came to the desk for.
first-wave-reply-3-feedback = כמה מילים, והיא יכולה לסיים. לתת לגל הראשון לשכוך עולה עשר שניות ואומר לה שהצד שלה חשוב, וזה חצי ממה שבשבילו היא ניגשה לדלפק.

# en: —a client meeting at half one. I can't walk in late, and I'm not going in with half-done nails either. I did exactly what your text asked, and now it's my lunch break that pays for it.
full-story-says-1 = —פגישה עם לקוח באחת וחצי. אני לא יכולה להיכנס באיחור, וגם לא להיכנס עם ציפורניים חצי גמורות. עשיתי בדיוק מה שביקשתם בהודעה, ועכשיו הפסקת הצהריים שלי משלמת על זה.

# en: Before anything practical, say what this feels like from her side of the desk.
full-story-hint = לפני כל דבר מעשי, לומר במילים איך זה מרגיש מהצד שלה של הדלפק.

# en: So: you were here at twenty past, Dóra needs twenty more minutes, and you must be out by quarter past one. Have I got that right?
full-story-reply-1 = אז ככה: היית כאן כבר בשתים־עשרה ועשרים, דורה צריכה עוד עשרים דקות, ואת חייבת לצאת לכל המאוחר באחת ורבע. הבנתי נכון?

# en: A precise summary, and asking her to confirm shows care. What it left out is how she feels: she did everything right and is paying for it. Naming that frustration, as the best reply did, would have taken the heat out faster.
full-story-reply-1-feedback = סיכום מדויק, והבקשה לאישור מראה אכפתיות. מה שחסר בו הוא מה שהיא מרגישה: היא עשתה הכול נכון ומשלמת על זה. לקרוא לתסכול הזה בשמו, כמו בתשובה הטובה ביותר, היה מוריד את החום מהר יותר.

# en: That's so frustrating: you did everything right, and it's your lunch break paying for it. Let's find what still fits before half one.
full-story-reply-2 = זה ממש מתסכל: עשית הכול נכון, והפסקת הצהריים שלך משלמת על זה. אבדוק מה עוד אפשר להספיק לפני אחת וחצי.

# en: You put a name to what she feels, frustrated at being punished for being on time, and tied it to her real deadline. She no longer has to convince you; she can start solving it with you.
full-story-reply-2-feedback = נתת שם למה שהיא מרגישה, תסכול על כך שנענשה על דייקנות, וקשרת אותו לדדליין האמיתי שלה. היא כבר לא צריכה לשכנע; היא יכולה להתחיל לפתור את זה יחד איתך.

# en: Oh no, don't worry, we'll definitely get you out in time for your meeting, I promise. Can I get you a coffee while you wait?
full-story-reply-3 = אוי, אל תדאגי, את בטוח תצאי בזמן לפגישה, זו הבטחה. להביא לך קפה בזמן שאת מחכה?

# en: Warm, and you caught the meeting, but you promised Dóra's timing, which is not yours to give. She relaxes for a minute and will hold you to it when the clock says otherwise.
full-story-reply-3-feedback = חם, ושמת לב לפגישה, אבל הבטחת משהו שתלוי בקצב של דורה, לא בך. היא תירגע לדקה, ותזכיר לך את ההבטחה כשהשעון יראה אחרת.

# en: I'm sorry, Réka, but treatments do run over sometimes, and Dóra can't exactly leave a client with one hand done.
full-story-reply-4 = צר לי, רקה, אבל טיפולים לפעמים מתארכים, ודורה לא יכולה להשאיר לקוחה עם יד אחת גמורה.

# en: The 'but' takes the apology back. She has just said she did everything right; explaining why Dóra can't help it tells her the salon's reasons count and her lunch hour doesn't.
full-story-reply-4-feedback = ה"אבל" לוקח בחזרה את ההתנצלות. היא בדיוק אמרה שעשתה הכול נכון; הסבר למה דורה לא אשמה אומר לה שהסיבות של הסלון נחשבות, והפסקת הצהריים שלה לא.

# en: That's not my problem, though, is it? I did everything right. I came early, like your text said. So why is my lunch break paying for it?
not-my-problem-says-1 = אבל זאת לא הבעיה שלי, נכון? עשיתי הכול נכון. באתי מוקדם, כמו שכתבתם בהודעה. אז למה הפסקת הצהריים שלי משלמת על זה?

# en: You're right, and I'm sorry, but I can't make Dóra work any faster, can I? You can't rush a gel set.
not-my-problem-reply-1 = את צודקת, וצר לי, אבל אין לי איך לגרום לדורה לעבוד מהר יותר, נכון? אי אפשר לזרז ג'ל.

# en: You agreed with her, then told her nothing can be done. Agreement followed by a shrug sounds like sympathy with the door closed, while her lunch break ticks away.
not-my-problem-reply-1-feedback = הסכמת איתה, ואז אמרת לה שאין מה לעשות. הסכמה ואחריה משיכת כתפיים נשמעת כמו אהדה מאחורי דלת סגורה, בזמן שהפסקת הצהריים שלה אוזלת.

# en: Well, to be fair, another day it might be you running late, and then we'd all be waiting for you.
not-my-problem-reply-2 = נו, בואי נהיה הוגנים, ביום אחר אולי את תאחרי, ואז כולנו נחכה לך.

# en: You turned her complaint into a debate about fairness, with an accusation she has done nothing to earn. She was early and has said so twice.
not-my-problem-reply-2-feedback = הפכת את התלונה שלה לוויכוח על הוגנות, ועוד האשמת אותה במשהו שלא עשתה. היא הגיעה מוקדם ואמרה את זה כבר פעמיים.

# en: You're right to be cross. You did everything we asked; the timetable is ours to sort out, and I'll sort it.
not-my-problem-reply-3 = יש לך כל הזכות לכעוס. עשית כל מה שביקשנו; לוח הזמנים הוא באחריותי, ואני אסדר אותו.

# en: You granted her the anger instead of defending the salon, and took the timetable back as your job. Once nobody argues with her, she has nothing left to fight for and can start looking for a way out with you.
not-my-problem-reply-3-feedback = הכרת בזכותה לכעוס במקום להגן על הסלון, ולקחת את לוח הזמנים בחזרה כעבודה שלך. כשאף אחד לא מתווכח איתה, אין לה על מה להילחם, והיא יכולה להתחיל לחפש איתך מוצא.

# en: I completely understand, and I do apologise. If you'd like to take a seat, I'll let you know the moment Dóra's ready.
not-my-problem-reply-4 = ברור לי לגמרי, וסליחה. אם תשבי, אודיע לך ברגע שדורה תתפנה.

# en: Impeccably polite, and it sends her back to the chair she has just got up from. 'I understand' followed by more waiting tells her the understanding changes nothing.
not-my-problem-reply-4-feedback = מנומס ללא דופי, ושולח אותה בחזרה לכיסא שממנו קמה זה עתה. "ברור לי" ואחריו עוד המתנה אומר לה שההבנה לא משנה כלום.

# en: Well, how long is it really going to be? Because 'twenty minutes' in a salon usually turns into forty.
how-long-says-1 = טוב, כמה זמן זה באמת ייקח? כי "עשרים דקות" בסלון בדרך כלל הופכות לארבעים.

# en: You don't control how fast Dóra works. A guess now becomes a promise she will hold you to.
how-long-hint = הקצב של דורה אינו בשליטתך. ניחוש עכשיו יהפוך להבטחה שהיא תזכור.

# en: Don't worry, it won't be anything like forty. I'll make sure she's with you within five minutes, I promise you that.
how-long-reply-1 = אל תדאגי, זה לא יגיע לארבעים. אני אדאג שהיא תהיה איתך תוך חמש דקות, ועל זה יש לך את המילה שלי.

# en: Reassuring, and she relaxes for a moment, but you have no say over when Dóra finishes. If five minutes turns into fifteen, the broken promise is yours, not Dóra's.
how-long-reply-1-feedback = מרגיע, ולרגע היא נושמת, אבל אין לך שליטה על מתי דורה מסיימת. אם חמש דקות יהפכו לרבע שעה, ההבטחה שהופרה היא שלך, לא של דורה.

# en: About twenty, like Dóra said, but honestly it depends on how the treatment before yours goes. Gel sets can be unpredictable.
how-long-reply-2 = בערך עשרים, כמו שדורה אמרה, אבל האמת שזה תלוי איך הולך הטיפול שלפנייך. עם ג'ל אף פעם אי אפשר לדעת.

# en: Repeating a vague estimate gives her nothing to plan with. She asked for a real time because of her meeting; 'it depends' hands the uncertainty straight back to her.
how-long-reply-2-feedback = חזרה על הערכה מעורפלת לא נותנת לה שום דבר לתכנן לפיו. היא ביקשה שעה אמיתית בגלל הפגישה; "זה תלוי" מחזיר לה את אי־הוודאות ישר לידיים.

# en: I won't guess. Give me one minute: I'll ask Dóra exactly when she can start, and come straight back.
how-long-reply-3 = לא אנחש. תני לי דקה אחת: אשאל את דורה מתי בדיוק היא יכולה להתחיל, ואחזור אלייך מיד.

# en: You refused to guess about work that isn't yours and made a promise you fully control: one minute, then a real answer. With a meeting at half one, a real time is worth more to her than a comforting one.
how-long-reply-3-feedback = סירבת לנחש לגבי עבודה שאינה שלך, והבטחת משהו שכולו בשליטתך: דקה אחת, ואז תשובה אמיתית. עם פגישה באחת וחצי, שעה אמיתית שווה לה יותר משעה מרגיעה.

# en: I honestly don't know yet, and I'd rather not guess. I'll check with Dóra as soon as she has a moment.
how-long-reply-4 = בכנות, עוד אין לי מושג, ועדיף לא לנחש. אבדוק עם דורה ברגע שיהיה לה רגע פנוי.

# en: Honest, and refusing to guess was right. But 'as soon as she has a moment' leaves Réka watching the clock with no idea when; the best reply put a time on your own step: one minute.
how-long-reply-4-feedback = כנה, ונכון שסירבת לנחש. אבל "ברגע שיהיה לה רגע" משאיר את רקה מול השעון בלי מושג מתי; התשובה הטובה ביותר קבעה זמן לצעד שלך עצמך: דקה אחת.

# en: 'About twenty'? I've got a meeting at half one. I can't plan my afternoon around 'about'. I need a real time.
about-twenty-says-1 = "בערך עשרים"? יש לי פגישה באחת וחצי. אני לא יכולה לתכנן את אחר הצהריים שלי לפי "בערך". אני צריכה שעה אמיתית.

# en: Fair enough, you need a time, not a guess. I'll ask Dóra right now and be back within a minute.
about-twenty-reply-1 = צודקת, את צריכה שעה, לא ניחוש. אשאל את דורה עכשיו ואחזור אלייך תוך דקה.

# en: You accepted her point without defending yourself and named a step you can take at once. A minute's walk to Dóra gets her the certainty she asked for.
about-twenty-reply-1-feedback = קיבלת את הטענה שלה בלי להתגונן, ונקבת בצעד שאפשר לעשות מיד. דקה של הליכה לדורה נותנת לה את הוודאות שביקשה.

# en: I honestly can't say exactly. Nobody can, with treatments; they take as long as they take, and we can't rush the gel.
about-twenty-reply-2 = באמת אין לי איך להגיד בדיוק. אף אחד לא יכול, עם טיפולים; הם לוקחים כמה שהם לוקחים, ואי אפשר לזרז את הג'ל.

# en: Honest in a way, but you didn't try to find out. Somebody can say: Dóra, twenty steps away. 'Nobody can' leaves Réka stuck at the desk with the clock running.
about-twenty-reply-2-feedback = כנה במובן מסוים, אבל לא ניסית לברר. מישהי כן יכולה לומר: דורה, עשרים צעדים משם. "אף אחד לא יכול" משאיר את רקה תקועה ליד הדלפק, והשעון רץ.

# en: I'm sorry, I know it's annoying. I'll keep an eye on it for you and let you know as soon as there's any news.
about-twenty-reply-3 = סליחה, ברור לי שזה מעצבן. אשים עין ואעדכן אותך ברגע שיהיה משהו חדש.

# en: Kind in tone, but 'as soon as there's news' is the same 'about' she just rejected. She asked for a time; you offered to wait with her.
about-twenty-reply-3-feedback = טון אדיב, אבל "ברגע שיהיה משהו חדש" הוא אותו "בערך" שהיא בדיוק דחתה. היא ביקשה שעה; הצעת לחכות איתה.

# en: It's quarter to one. You said it'd be fine. I've been sitting here watching the clock, and Dóra still isn't out.
five-minutes-later-says-1 = עכשיו רבע לאחת. אמרת שיהיה בסדר. אני יושבת כאן ומסתכלת על השעון, ודורה עדיין לא יצאה.

# en: She's nearly done now, honestly. It'll only be a couple more minutes, I'm sure of it. Can I top up your coffee?
five-minutes-later-reply-1 = היא כמעט מסיימת, באמת. זה רק עוד כמה דקות, אין לי ספק. להביא לך עוד קפה?

# en: A second guess on top of a broken one. She has just watched your first reassurance fail; another one without checking tells her your times mean nothing.
five-minutes-later-reply-1-feedback = ניחוש שני על גבי ניחוש שנכשל. היא בדיוק ראתה את ההרגעה הראשונה שלך נכשלת; עוד אחת בלי לבדוק אומרת לה שהשעות שלך לא שוות כלום.

# en: You're right: I guessed instead of checking, and that's on me. I'll get you a real time from Dóra now.
five-minutes-later-reply-2 = את צודקת: ניחשתי במקום לבדוק, וזה עליי. אשיג לך עכשיו שעה אמיתית מדורה.

# en: Admitting your own wrong estimate is hard and right. She forgives a mistake owned openly far more easily than a second guess.
five-minutes-later-reply-2-feedback = להודות בהערכה השגויה של עצמך זה קשה ונכון. טעות שלוקחים עליה אחריות בגלוי נסלחת הרבה יותר בקלות מניחוש שני.

# en: I'm sorry, but that's really down to Dóra, not me. She's running very far behind today and nobody told the desk.
five-minutes-later-reply-3 = צר לי, אבל זה באמת תלוי בדורה, לא בי. היא מאוד מאחרת היום ואף אחד לא עדכן את הקבלה.

# en: To Réka the reassurance was yours, not Dóra's. Passing it on to a colleague sounds like an excuse and makes the salon look divided, just before one of you does her nails.
five-minutes-later-reply-3-feedback = מבחינת רקה ההרגעה הייתה שלך, לא של דורה. להעביר את זה לעמיתה נשמע כמו תירוץ ומציג סלון מפולג, רגע לפני שאחת מכן עושה לה ציפורניים.

# en: Well? What did she say? If it's another twenty minutes, I'm not making my meeting.
options-says-1 = נו? מה היא אמרה? אם זה עוד עשרים דקות, אני לא מגיעה לפגישה.

# en: So? What's the real answer? I can't be late back today.
options-says-2 = אז? מה התשובה האמיתית? אני לא יכולה לאחר היום.

# en: Dóra can't start until five to one, so today won't work, I'm afraid. I can rebook you for Thursday at half twelve instead. Shall I put you in?
options-reply-1 = דורה יכולה להתחיל רק בחמישה לאחת, אז היום זה לא יסתדר, לצערי. במקום זה, אפשר להעביר אותך ליום חמישי בשתים־עשרה וחצי. לרשום אותך?

# en: Accurate and quick, but you closed today's door without looking for another way, and offered the same lunchtime slot that just ran over. She gave up half her break; she needs choices, not a form filled in for her.
options-reply-1-feedback = מדויק ומהיר, אבל סגרת את הדלת של היום בלי לחפש דרך אחרת, והצעת בדיוק את אותה שעת צהריים שהרגע התארכה. היא ויתרה על חצי מההפסקה; היא צריכה אפשרויות, לא טופס שמילאו בשבילה.

# en: Good news: I've asked Dóra to speed things up, so she'll start at ten to one and still have you out by twenty past. You'll make it, I promise.
options-reply-2 = חדשות טובות: ביקשתי מדורה לזרז קצת, אז היא תתחיל בעשרה לאחת ועדיין תסיים איתך עד אחת ועשרים. תספיקי, זו הבטחה.

# en: You remembered her deadline and wanted to rescue it, but you promised Dóra's speed, which you don't control. A rushed gel manicure is also not what she is paying for.
options-reply-2-feedback = זכרת את הדדליין שלה ורצית להציל אותו, אבל הבטחת את הקצב של דורה, שאינו בשליטתך. וחוץ מזה, היא לא משלמת על מניקור ג'ל חפוז.

# en: Thanks for waiting. Dóra can't start till five to one, too late for you. Kinga's free now and done by quarter past, or Dóra another day. Your choice?
options-reply-3 = תודה שחיכית. דורה תתחיל רק בחמישה לאחת, מאוחר מדי. קינגה פנויה עכשיו ותסיים באחת ורבע, או דורה ביום אחר. מה תבחרי?

# en: You thanked her, gave the bad news straight, measured it against her half-one meeting, and offered two real options with the choice left to her. Honest timing plus a choice is what calms a customer in a hurry.
options-reply-3-feedback = הודית לה, מסרת את החדשות הרעות ישירות, מדדת אותן מול הפגישה באחת וחצי, והצעת שתי אפשרויות אמיתיות והשארת לה את הבחירה. שעה כנה ועוד בחירה זה מה שמרגיע לקוחה שממהרת.

# en: Dóra can't start until five to one, which is too late for you. But Kinga's free right now and could have you done by quarter past.
options-reply-4 = דורה יכולה להתחיל רק בחמישה לאחת, וזה מאוחר מדי בשבילך. אבל קינגה פנויה ממש עכשיו ויכולה לסיים איתך באחת ורבע.

# en: Straight and useful: a real time and a way to make her meeting. The best reply also thanked her for waiting and left her the choice, including staying with Dóra, who has done her nails for two years.
options-reply-4-feedback = ישיר ומועיל: שעה אמיתית ודרך להגיע לפגישה. התשובה הטובה ביותר גם הודתה לה על ההמתנה והשאירה לה את הבחירה, כולל להישאר עם דורה, שעושה לה ציפורניים כבר שנתיים.

# en: Look. I need to be back at my desk by half one. What can you actually do for me today?
what-can-you-do-says-1 = תראי. אני צריכה לחזור לשולחן שלי עד אחת וחצי. מה את בעצם יכולה לעשות בשבילי היום?

# en: Dóra can't start till five to one, too late for you. Kinga's free now and done by quarter past, or I'll book Dóra another day. Which would you like?
what-can-you-do-reply-1 = דורה תתחיל רק בחמישה לאחת, מאוחר מדי בשבילך. קינגה פנויה עכשיו ותסיים באחת ורבע, או דורה ביום אחר. מה את מעדיפה?

# en: A straight question got a straight answer: a real start time, a way to make her meeting today, and a choice. Concrete options end the waiting game.
what-can-you-do-reply-1-feedback = שאלה ישירה קיבלה תשובה ישירה: שעת התחלה אמיתית, דרך להגיע לפגישה היום, ובחירה. הצעות קונקרטיות מסיימות את משחק ההמתנה.

# en: I'll have a word with Dóra and ask her to speed things up for you. She can start at ten to one and still have you done by twenty past, I'm sure.
what-can-you-do-reply-2 = אני אדבר עם דורה ואבקש ממנה לזרז קצת בשבילך. היא יכולה להתחיל בעשרה לאחת ועדיין לסיים איתך עד אחת ועשרים, אין לי ספק.

# en: You are trying to save her meeting, but with a promise about somebody else's hands. If Dóra can't manage it, Réka is late and the promise was yours.
what-can-you-do-reply-2-feedback = ניסית להציל לה את הפגישה, אבל בהבטחה על הידיים של מישהי אחרת. אם דורה לא תצליח, רקה תאחר, וההבטחה הייתה שלך.

# en: Not a lot today, I'm afraid. We're fully booked all afternoon, and the system won't let me double-book a chair. Shall I find you another day this week?
what-can-you-do-reply-3 = לא הרבה היום, לצערי. אנחנו מלאים כל אחר הצהריים, והמערכת לא נותנת לי לרשום שתי לקוחות לאותו כיסא. לחפש לך יום אחר השבוע?

# en: You answered from the system, not from the room: Kinga has a free chair right now. 'Not a lot' tells Réka her lunch break was wasted for nothing.
what-can-you-do-reply-3-feedback = ענית מתוך המערכת, לא מתוך מה שרואים בסלון: לקינגה יש כרגע כיסא פנוי. "לא הרבה" אומר לרקה שהפסקת הצהריים שלה בוזבזה לשווא.

# en: Speed things up? I'm paying for a proper gel manicure, not a rush job. And can you really promise I'll be out by twenty past?
rushed-risk-says-1 = לזרז? אני משלמת על מניקור ג'ל כמו שצריך, לא על עבודה חפוזה. ואת באמת יכולה להבטיח שאצא עד אחת ועשרים?

# en: No, I can't promise that for Dóra, and I shouldn't have. Kinga's free now and done by quarter past, or Dóra another day.
rushed-risk-reply-1 = לא, את זה אין לי איך להבטיח בשם דורה, וטעיתי שהבטחתי. קינגה פנויה עכשיו ותסיים באחת ורבע, או דורה ביום אחר.

# en: Taking back your own promise is uncomfortable and exactly right. You replaced a guarantee you couldn't keep with two offers you can.
rushed-risk-reply-1-feedback = לחזור בך מהבטחה של עצמך זה לא נעים, וזה בדיוק הדבר הנכון. החלפת התחייבות שלא יכולת לעמוד בה בשתי הצעות שאפשר לעמוד בהן.

# en: Yes, I promise. Dóra's really quick when she needs to be, and she'd never do a rush job. You'll be out in plenty of time.
rushed-risk-reply-2 = כן, זו הבטחה. דורה ממש מהירה כשצריך, והיא אף פעם לא עושה עבודה חפוזה. תצאי עם הרבה זמן בצד.

# en: She told you why she doubts it, and you doubled the promise instead of checking it. If Dóra runs over again, Réka will remember who promised.
rushed-risk-reply-2-feedback = היא אמרה לך למה היא מפקפקת, ובמקום לבדוק הכפלת את ההבטחה. אם דורה תתעכב שוב, רקה תזכור מי הבטיח.

# en: Well, it's that or rebook, I'm afraid. Those are the only two options we have today, and I can't change Dóra's diary.
rushed-risk-reply-3 = טוב, או זה או תור חדש, לצערי. אלה שתי האפשרויות היחידות שיש לנו היום, ובאמת אין לי איך לשנות את היומן של דורה.

# en: Take-it-or-leave-it sounds impatient, and it isn't even true: Kinga has a free chair. It pushes Réka towards asking for someone else.
rushed-risk-reply-3-feedback = "זה מה יש" נשמע חסר סבלנות, וזה אפילו לא נכון: לקינגה יש כיסא פנוי. זה דוחף את רקה לבקש מישהו אחר.

# en: Thursday? So I gave up my lunch break for nothing? And half twelve is the exact slot that just ran over!
rebook-reaction-says-1 = ביום חמישי? אז ויתרתי על הפסקת הצהריים שלי סתם? ושתים־עשרה וחצי זאת בדיוק השעה שהרגע התארכה!

# en: Thursday at half twelve is the only lunchtime slot Dóra has this week, I'm afraid. Everything else is booked until the end of the month.
rebook-reaction-reply-1 = חמישי בשתים־עשרה וחצי זה התור היחיד של דורה בשעות הצהריים השבוע, לצערי. כל השאר מלא עד סוף החודש.

# en: Reading out the diary answers a question she didn't ask. She has just told you that slot is the problem; offering it again shows you didn't hear her.
rebook-reaction-reply-1-feedback = להקריא לה את היומן זו תשובה לשאלה שהיא לא שאלה. היא בדיוק אמרה לך שהשעה הזאת היא הבעיה; להציע אותה שוב מראה שלא שמעת אותה.

# en: Fair on both counts; I jumped ahead. Kinga's free now and done by quarter past, or I'll book Dóra's first slot after her break.
rebook-reaction-reply-2 = צודקת בשני הדברים; קפצתי קדימה. קינגה פנויה עכשיו ותסיים באחת ורבע, או התור הראשון של דורה אחרי ההפסקה שלה.

# en: You owned the slip and answered both things she said: today is not lost, and a slot straight after Dóra's break cannot be eaten by an earlier client.
rebook-reaction-reply-2-feedback = לקחת אחריות על הפזיזות וענית על שני הדברים שאמרה: היום לא אבוד, ותור מיד אחרי ההפסקה של דורה לא יכול להיבלע בגלל לקוחה מוקדמת יותר.

# en: I know, I'm sorry, I only offered Thursday because Dóra's so busy lately, and her regulars always want the same lunchtime slots.
rebook-reaction-reply-3 = ברור לי, סליחה, הצעתי את חמישי רק כי דורה מאוד עמוסה לאחרונה, והלקוחות הקבועות שלה תמיד רוצות את אותן שעות צהריים.

# en: An explanation of the diary, not an answer to her. She asked whether her lunch break was wasted; telling her how popular Dóra is doesn't give it back.
rebook-reaction-reply-3-feedback = הסבר על היומן, לא תשובה אליה. היא שאלה אם הפסקת הצהריים שלה הלכה לפח; לספר לה כמה דורה מבוקשת לא מחזיר לה אותה.

# en: Right, I've had enough. Is the manager in? I'd like to talk to someone who can actually sort this out.
manager-demand-says-1 = טוב, נמאס לי. המנהלת כאן? אני רוצה לדבר עם מישהו שבאמת יכול לסדר את זה.

# en: Of course. If you'd like to take a seat, I'll go and get Zsuzsa for you. She's just in the back office doing the rota.
manager-demand-reply-1 = כמובן. אם תשבי, אלך לקרוא לז'וז'ה. היא במשרד האחורי, עובדת על סידור העבודה.

# en: Courteous, and it respects her wish, but the case leaves your hands unsolved, and more of her lunch break goes on explaining it all again to Zsuzsa.
manager-demand-reply-1-feedback = מנומס, ומכבד את רצונה, אבל הטיפול יוצא מהידיים שלך בלי פתרון, ועוד חלק מהפסקת הצהריים שלה ילך על הסבר של הכול מחדש לז'וז'ה.

# en: Zsuzsa's in; I'll fetch her if you like. But I can fix this now: Kinga's free this minute and done by quarter past one.
manager-demand-reply-2 = ז'וז'ה כאן, אקרא לה אם תרצי. אבל אסדר לך את זה כבר עכשיו: קינגה פנויה ברגע זה ותסיים באחת ורבע.

# en: You respected her request and still kept the case: a way to make her meeting, right away. Customers often ask for a manager only because they have given up on the person in front of them.
manager-demand-reply-2-feedback = כיבדת את הבקשה שלה ועדיין החזקת בטיפול: דרך להגיע לפגישה, מיד. לקוחות מבקשים מנהל פעמים רבות רק כי התייאשו מהאדם שעומד מולם.

# en: Of course. I'll bring Zsuzsa out now and tell her the whole story myself, the twenty minutes and your half-one meeting, so you needn't repeat it.
manager-demand-reply-3 = כמובן. אביא את ז'וז'ה עכשיו ואספר לה בעצמי את כל הסיפור, את עשרים הדקות ואת הפגישה שלך באחת וחצי, כדי שלא תצטרכי לחזור על זה.

# en: A good handover: she won't have to tell it twice and you stay with it. But nothing here needed the manager; Kinga's free chair was yours to offer, and every minute of handing over is a minute of her lunch break.
manager-demand-reply-3-feedback = העברה טובה: היא לא תצטרך לספר פעמיים, והעניין נשאר בידיים שלך. אבל כאן לא היה צורך במנהלת; הכיסא הפנוי של קינגה היה בידיים שלך להציע, וכל דקה של העברה היא דקה מהפסקת הצהריים שלה.

# en: Zsuzsa will only tell you the same thing, I'm afraid. We're fully booked today, and she can't magic up a free technician.
manager-demand-reply-4 = ז'וז'ה תגיד לך בדיוק אותו דבר, לצערי. אנחנו מלאים היום, והיא לא יכולה להוציא מניקוריסטית פנויה מהכובע.

# en: Refusing her and declaring it pointless leaves her no way forward but the door. And it isn't true: Kinga has a free chair.
manager-demand-reply-4-feedback = לסרב לה ולהכריז שאין טעם לא משאיר לה דרך מלבד הדלת. וזה גם לא נכון: לקינגה יש כיסא פנוי.

# en: All right, I'll try Kinga. But can I ask why Dóra is so behind? Last month I waited a quarter of an hour for her too.
colleague-question-says-1 = בסדר, אנסה אצל קינגה. אבל אפשר לשאול למה דורה כל כך מאחרת? בחודש שעבר גם חיכיתי לה רבע שעה.

# en: Fine, Kinga it is. Out of interest, what's going on with Dóra? I sat here for fifteen minutes last month as well.
colleague-question-says-2 = טוב, שיהיה קינגה. סתם מסקרנות, מה קורה עם דורה? גם בחודש שעבר ישבתי כאן רבע שעה.

# en: She is inviting you to explain. You can explain without putting anyone down, neither a colleague nor another client.
colleague-question-hint = היא מזמינה הסבר. אפשר להסביר בלי להקטין אף אחד, לא עמיתה ולא לקוחה אחרת.

# en: Between us, Dóra's always behind. I've told the manager more than once that she books herself far too tightly, but nothing ever changes.
colleague-question-reply-1 = בינינו, דורה תמיד מאחרת. אמרתי למנהלת יותר מפעם אחת שהיא קובעת לעצמה תורים צפופים מדי, אבל שום דבר לא משתנה.

# en: It feels like siding with her, but running down a colleague makes the whole salon look unreliable, and Dóra has done her nails for two years. She now wonders what you say about her.
colleague-question-reply-1-feedback = זה מרגיש כמו לעמוד לצדה, אבל השמצה של עמיתה גורמת לכל הסלון להיראות לא אמין, ודורה עושה לה ציפורניים כבר שנתיים. עכשיו היא תוהה מה אומרים עליה.

# en: Honestly, her morning just ran over, and that's nobody's fault. You'll be in good hands with Kinga, she's lovely.
colleague-question-reply-2 = בכנות, פשוט הבוקר שלה התארך, וזה לא באשמת אף אחד. את בידיים טובות אצל קינגה, היא מקסימה.

# en: No one blamed, and a kind word for Kinga. But she mentioned last month too: the best reply owned the part that really went wrong twice, nobody telling her in time.
colleague-question-reply-2-feedback = אף אחד לא הואשם, ומילה טובה על קינגה. אבל היא הזכירה גם את החודש שעבר: התשובה הטובה ביותר לקחה אחריות על מה שבאמת השתבש פעמיים, שאף אחד לא עדכן אותה בזמן.

# en: Her morning ran over; that happens with treatments. What shouldn't happen is you finding out at the desk. That part's on us.
colleague-question-reply-3 = הבוקר שלה התארך; עם טיפולים זה קורה. אבל לא היית אמורה לגלות את זה רק כשהגעת. החלק הזה עלינו.

# en: An honest reason, no one judged, and the part that really went wrong, nobody telling her in time, taken on by the desk. Dóra stays someone Réka can trust with her nails.
colleague-question-reply-3-feedback = סיבה כנה, אף אחד לא נשפט, ואת מה שבאמת השתבש, שאף אחד לא עדכן אותה בזמן, לקחה על עצמה הקבלה. דורה נשארת מישהי שרקה יכולה לסמוך עליה עם הציפורניים שלה.

# en: I couldn't tell you, I'm afraid. I'm only on the desk; you'd have to ask Dóra herself when you see her next.
colleague-question-reply-4 = אין לי מושג, לצערי. אני רק בקבלה; תצטרכי לשאול את דורה בעצמך כשתראי אותה בפעם הבאה.

# en: No blame, but no answer either. 'I'm only on the desk' is the messenger's excuse; at the desk you are the salon to her.
colleague-question-reply-4-feedback = בלי האשמות, אבל גם בלי תשובה. "אני רק בקבלה" הוא התירוץ של השליח; בדלפק, בעיניה הסלון הוא מי שעומד מולה.

# en: Always? She's done my nails for two years. And if you know she's always behind, why do you keep booking her back to back?
gossip-reaction-says-1 = תמיד? היא עושה לי ציפורניים כבר שנתיים. ואם אתם יודעים שהיא תמיד מאחרת, למה אתם ממשיכים לקבוע לה תורים צמודים?

# en: That was unfair of me; Dóra's excellent. The diary is kept here at the desk, so the gaps are mine to fix.
gossip-reaction-reply-1 = זה היה לא הוגן מצדי; דורה מצוינת. את היומן מנהלים כאן בקבלה, אז לדאוג למרווחים בין התורים זה עליי.

# en: You took the remark back and moved the fault to where it can be fixed: the booking diary. Fixing the cause protects the next lunchtime client too.
gossip-reaction-reply-1-feedback = חזרת בך מההערה והעברת את האשמה למקום שאפשר לתקן אותו: יומן התורים. תיקון הסיבה מגן גם על הלקוחה הבאה בשעת הצהריים.

# en: I'm just telling you what it's like behind the scenes. The bookings aren't my decision, I'm afraid; the manager does the diary herself.
gossip-reaction-reply-2 = רק סיפרתי לך איך זה נראה מאחורי הקלעים. התורים זה לא ההחלטה שלי, לצערי; המנהלת מנהלת את היומן בעצמה.

# en: Defending the gossip and then disowning the diary leaves her thinking nobody here is responsible for anything, least of all her time.
gossip-reaction-reply-2-feedback = להגן על הרכילות ואז להתנער מהיומן משאיר אותה עם המחשבה שאף אחד כאן לא אחראי לשום דבר, ובטח לא לזמן שלה.

# en: Oh, don't get me wrong, she's lovely, and her work's brilliant. It's just that some days are busier than others, you know how it is.
gossip-reaction-reply-3 = אוי, אל תביני אותי לא נכון, היא מקסימה, והעבודה שלה מעולה. פשוט יש ימים עמוסים יותר מאחרים, את יודעת איך זה.

# en: You softened the remark but skipped her question: why book Dóra back to back? 'You know how it is' asks her to accept the very thing she is complaining about.
gossip-reaction-reply-3-feedback = ריככת את ההערה אבל דילגת על השאלה שלה: למה קובעים לדורה תורים צמודים? "את יודעת איך זה" מבקש ממנה לקבל בדיוק את מה שהיא מתלוננת עליו.

# en: Well. I still came early, and I've spent half my lunch break sitting in your waiting area.
lunch-lost-says-1 = נו. בכל זאת באתי מוקדם, וישבתי חצי מהפסקת הצהריים שלי באזור ההמתנה שלכם.

# en: The practical problem is nearly solved. The emotional one is not: she feels her time didn't count.
lunch-lost-hint = הבעיה המעשית כמעט נפתרה. הרגשית לא: היא מרגישה שהזמן שלה לא נחשב.

# en: Well, at least Kinga can fit you in now, so you'll still be back in time. That's the main thing, isn't it?
lunch-lost-reply-1 = טוב, לפחות קינגה יכולה לקבל אותך עכשיו, אז תחזרי בזמן. זה העיקר, לא?

# en: True, and the practical problem is solved, but 'at least' brushes past what she just told you. Her time was the real complaint, and it went unacknowledged.
lunch-lost-reply-1-feedback = נכון, והבעיה המעשית נפתרה, אבל "לפחות" מדלג על מה שהיא בדיוק אמרה. הזמן שלה היה התלונה האמיתית, ואף אחד לא הכיר בו.

# en: You did, and that's not right. Today's manicure is 20% off, and I've noted on your card to ring you if we run late.
lunch-lost-reply-2 = נכון, וזה לא בסדר. המניקור היום ב־20% הנחה, ורשמתי בכרטיס שלך להתקשר אלייך אם אנחנו מאחרים.

# en: A real gesture and a change you control, both well judged. But it went straight to the remedy; the best reply first said what half a lunch break in a waiting area feels like, which is what she was telling you.
lunch-lost-reply-2-feedback = מחווה אמיתית ושינוי שבשליטתך, שניהם במקום. אבל קפצת ישר לפיצוי; התשובה הטובה ביותר אמרה קודם איך זה להעביר חצי הפסקת צהריים באזור המתנה, וזה בדיוק מה שהיא סיפרה לך.

# en: I'm so sorry, Réka. I promise you it will never, ever happen again. I'll personally make sure of it.
lunch-lost-reply-3 = כל כך צר לי, רקה. זה לעולם, אבל לעולם, לא יקרה שוב, זו הבטחה. אני אישית אדאג לזה.

# en: Warm, and she hears that you care, but 'never again' is a promise no salon can keep. A gesture and a change you control would have meant more than a vow.
lunch-lost-reply-3-feedback = חם, והיא שומעת שאכפת לך, אבל "לעולם לא" היא הבטחה שאף סלון לא יכול לקיים. מחווה ושינוי שבשליטתך היו שווים יותר מנדר.

# en: Half your lunch break in our waiting area; I'd be fed up too. Today's manicure is 20% off, with my apologies.
lunch-lost-reply-4 = חצי הפסקת צהריים באזור ההמתנה שלנו; גם לי היה נמאס. המניקור היום ב־20% הנחה, וסליחה על ההמתנה.

# en: You put yourself in her chair and said what it cost her, then matched the words with something real. That turns a lost lunch break into a reason to come back.
lunch-lost-reply-4-feedback = שמת את עצמך בכיסא שלה ואמרת מה זה עלה לה, ואז גיבית את המילים במשהו ממשי. כך הפסקת צהריים שאבדה הופכת לסיבה לחזור.

# en: Oh, is that Kinga waving? Is she ready for me?
handover-says-1 = אה, זאת קינגה שמנופפת? היא מוכנה בשבילי?

# en: Yes, she's all ready for you now. Go on through, it's station two on the left, just past the window. Can I take your coat?
handover-reply-1 = כן, היא כבר מוכנה בשבילך. תיכנסי, עמדה מספר שתיים משמאל, מיד אחרי החלון. לקחת לך את המעיל?

# en: Efficient and polite enough, but no thanks for her patience, and Kinga knows nothing about half one. Réka will have to explain her deadline all over again.
handover-reply-1-feedback = יעיל ומנומס למדי, אבל בלי תודה על הסבלנות, וקינגה לא יודעת כלום על אחת וחצי. רקה תצטרך להסביר את הדדליין שלה מההתחלה.

# en: She is, thank you for waiting. Kinga, this is Réka; she has a meeting at half one, so she's out by twenty past.
handover-reply-2 = כן, ותודה שחיכית. קינגה, זאת רקה; יש לה פגישה באחת וחצי, אז היא יוצאת באחת ועשרים.

# en: You thanked her for her patience and passed on the one detail that matters most, her deadline, so she doesn't have to explain it again or watch the clock alone.
handover-reply-2-feedback = הודית לה על הסבלנות והעברת את הפרט היחיד שהכי חשוב, הדדליין שלה, כך שהיא לא צריכה להסביר אותו שוב או לשמור על השעון לבד.

# en: Yes! Go on through, relax and take your time. You've earned a bit of pampering after all that waiting.
handover-reply-3 = כן! תיכנסי, תירגעי ואל תמהרי לשום מקום. אחרי כל ההמתנה הזאת מגיע לך קצת פינוק.

# en: A warm salon phrase, but 'take your time' is exactly what she can't do. After all that, it shows her meeting at half one slipped your mind.
handover-reply-3-feedback = משפט סלוני חם, אבל "אל תמהרי" זה בדיוק מה שהיא לא יכולה. אחרי כל זה, הוא מראה שהפגישה שלה באחת וחצי פרחה מזיכרונך.

# en: She is. Kinga, Réka's got a meeting at half one, so she needs to be out by twenty past, please.
handover-reply-4 = כן. קינגה, לרקה יש פגישה באחת וחצי, אז היא צריכה לצאת באחת ועשרים, בבקשה.

# en: The deadline passed on, so Réka needn't say it again: well done. What was missing is a word to her: after half an hour of waiting, the best reply thanked her before it briefed Kinga.
handover-reply-4-feedback = הדדליין הועבר, כך שרקה לא צריכה לחזור עליו: יפה. מה שחסר הוא מילה אליה: אחרי חצי שעה של המתנה, התשובה הטובה ביותר הודתה לה לפני שתדרכה את קינגה.

# en: Kinga's done, and it's only quarter past. Can I pay quickly? I really have to run.
checkout-says-1 = קינגה סיימה, והשעה רק אחת ורבע. אפשר לשלם מהר? אני ממש חייבת לרוץ.

# en: The last words are the ones she takes back to the office. Thank her, and say what happens next time.
checkout-hint = את המילים האחרונות היא לוקחת איתה למשרד. להודות לה, ולומר מה יקרה בפעם הבאה.

# en: Of course. Card or cash? Here's the reader for you, and the receipt will print in just a second.
checkout-reply-1 = בטח. אשראי או מזומן? הנה המסוף בשבילך, והקבלה תודפס תוך שנייה אחת.

# en: Quick, which she needs, but it ends the visit like any other sale: no thanks for her patience, no word about next time. After the morning she had, it feels as if nothing happened.
checkout-reply-1-feedback = מהיר, וזה מה שהיא צריכה, אבל זה סוגר את הביקור כמו כל מכירה אחרת: בלי תודה על הסבלנות, בלי מילה על הפעם הבאה. אחרי הבוקר שעבר עליה, זה מרגיש כאילו כלום לא קרה.

# en: Of course. Thank you for bearing with us today, Réka. Next time I'll ring you if we're running late. Good luck at half one!
checkout-reply-2 = בטח. תודה על הסבלנות, רקה. בפעם הבאה אתקשר אם אנחנו מאחרים. בהצלחה באחת וחצי!

# en: A close that does three things in one breath: thanks her by name, tells her what will be different next time, and remembers her meeting. She leaves with the salon's last words, not the delay.
checkout-reply-2-feedback = סגירה שעושה שלושה דברים בנשימה אחת: מודה לה בשמה, אומרת מה יהיה שונה בפעם הבאה, וזוכרת את הפגישה שלה. היא יוצאת עם המילים האחרונות של הסלון, לא עם העיכוב.

# en: Of course, the card's fine. Thank you so much for waiting today, and good luck with your meeting!
checkout-reply-3 = בטח, אשראי זה מצוין. תודה רבה לך שחיכית כאן היום, ובהצלחה בפגישה!

# en: Warm and quick, with thanks and her meeting remembered. What the best reply added is what happens next time: a call if the salon runs late, so she knows this won't simply repeat.
checkout-reply-3-feedback = חם ומהיר, עם תודה וזכירת הפגישה. מה שהתשובה הטובה ביותר הוסיפה הוא מה יקרה בפעם הבאה: טלפון אם הסלון מאחר, כדי שהיא תדע שזה לא פשוט יחזור על עצמו.

# en: Of course. And sorry again about earlier; Mondays are always chaos here, with two of the girls off and the phones going all morning.
checkout-reply-4 = בטח. ושוב סליחה על קודם; בימי שני תמיד יש פה בלגן, שתיים מהבנות בחופש והטלפונים מצלצלים כל הבוקר.

# en: The apology reopens the delay just as she was leaving it behind, and the reasons are the salon's troubles, not hers. She is in a hurry; she needs a thank-you and the door.
checkout-reply-4-feedback = ההתנצלות פותחת מחדש את העיכוב בדיוק כשהיא השאירה אותו מאחור, והסיבות הן הצרות של הסלון, לא שלה. היא ממהרת; היא צריכה תודה ואת הדלת.

# en: Thank you. You've actually rescued my lunch break. Can you book me in with Dóra next month, first slot of the afternoon?
warm-resolved-says-1 = תודה. באמת הצלת לי את הפסקת הצהריים. אפשר לקבוע לי אצל דורה בחודש הבא, את התור הראשון של אחר הצהריים?

# en: Kinga finishes at quarter past one and Réka is at her desk before her meeting. She books her next visit with Dóra and tells two colleagues the salon 'sorted it out properly'. A delay nobody could prevent became a reason to trust you.
warm-resolved-summary = קינגה מסיימת באחת ורבע, ורקה יושבת ליד השולחן שלה לפני הפגישה. היא קובעת את הביקור הבא אצל דורה ומספרת לשתי חברות לעבודה שהסלון "טיפל בזה כמו שצריך". עיכוב שאף אחד לא יכול היה למנוע הפך לסיבה לסמוך עליך.

# en: Fine. Thanks.
grudging-says-1 = טוב. תודה.

# en: Réka gets her nails done and makes her meeting, but leaves feeling her time didn't count. She doesn't complain and doesn't rebook; next month she tries another salon. She is one of the many unhappy customers who never tell you why they stopped coming.
grudging-summary = הציפורניים של רקה מוכנות והיא מגיעה לפגישה, אבל יוצאת בתחושה שהזמן שלה לא נחשב. היא לא מתלוננת ולא קובעת תור חדש; בחודש הבא היא מנסה סלון אחר. היא אחת מהלקוחות הלא מרוצות הרבות שלעולם לא מספרות לך למה הפסיקו להגיע.

# en: Twenty past, you said. You promised.
late-for-meeting-says-1 = אחת ועשרים, אמרת. הבטחת.

# en: Dóra starts at five to one and hurries; a nail smudges and has to be redone. Réka leaves at twenty to two and walks into her meeting late, with one nail still tacky. The delay became a broken promise, and the promise was yours.
late-for-meeting-summary = דורה מתחילה בחמישה לאחת וממהרת; ציפורן אחת נמרחת וצריך לעשות אותה מחדש. רקה יוצאת בעשרים לשתיים ונכנסת לפגישה באיחור, עם ציפורן אחת שעוד לא התייבשה. העיכוב הפך להבטחה שהופרה, וההבטחה הייתה שלך.

# en: Zsuzsa comes out a few minutes later and offers Kinga's free chair, the option that was there all along. Réka makes her meeting with minutes to spare, but it was the manager who helped her, not you.
handed-to-manager-summary = כמה דקות אחר כך ז'וז'ה יוצאת ומציעה את הכיסא הפנוי של קינגה, האפשרות שהייתה שם כל הזמן. רקה מספיקה להגיע לפגישה עם דקות ספורות לרווחה, אבל את העזרה היא קיבלה מהמנהלת, לא ממך.

# en: Forget it. I'm going back to work. Cancel my booking.
walkout-says-1 = עזבי. אני חוזרת לעבודה. תבטלי לי את התור.

# en: Réka goes to her meeting with bare nails and cancels her standing appointment with Dóra. She writes no review and makes no complaint; she simply books at the salon across the road. Two years of loyalty lost over twenty minutes, and the salon never hears why.
walkout-summary = רקה הולכת לפגישה בלי ציפורניים עשויות ומבטלת את התור הקבוע שלה אצל דורה. היא לא כותבת ביקורת ולא מתלוננת; היא פשוט קובעת תור בסלון שממול. שנתיים של נאמנות אבדו בגלל עשרים דקות, והסלון אף פעם לא שומע למה.

