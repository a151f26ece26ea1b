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

# en: Hello there! Just one moment, I need to finish entering this appointment. Please have a seat for a minute.
opening-reply-1-wording-1 = שלום! עוד רגע אני פנויה, רק גומרת להקליד את ההזמנה הזאת. בינתיים את מוזמנת לשבת.

# en: Be with you in a sec; please have a seat.
opening-reply-1-wording-2 = רגע אחד, רק מסיים משהו במחשב. שבי בינתיים.

# en: hiya! give me a sec, just finishing off this booking. pop yourself down for a minute
opening-reply-1-wording-3 = היי, צהריים טובים! שנייה אחת, אני רק סוגרת פה הזמנה במערכת, תתיישבי רגע ואני אלייך

# en: Afternoon! Won't keep you a moment, I'm just in the middle of typing up this appointment. Sit down and I'll be with you shortly.
opening-reply-1-wording-4 = אחר צהריים טובים! לא אעכב אותך, אני באמצע לרשום תור במחשב. שבי בנוח על הספה ואגש אלייך עוד מעט.

# en: Just a moment please, finishing this booking. Take a seat.
opening-reply-1-wording-5 = שנייה בבקשה, מסיימת להקליד הזמנה. שבי.

# en: one minute, let me just get this booking saved first. if you want to sit down i'll be over in a bit
opening-reply-1-wording-6 = דקה, רק שומרת את התור הזה במחשב. אם בא לך לשבת אני כבר באה

# en: Friendly words, but 'take a seat' is exactly what she has been doing. She came to the desk because waiting is the problem, and another minute of it on her lunch break tells her the screen comes first.
opening-reply-1-feedback = מילים נעימות, אבל "שבי" זה בדיוק מה שהיא עשתה עד עכשיו. היא ניגשה לדלפק כי ההמתנה היא הבעיה, ועוד דקה ממנה בהפסקת הצהריים אומרת לה שהמסך קודם לה.

# en: Good afternoon, I'm Lili, I look after the desk. Of course: what's happened with your appointment?
opening-reply-2 = צהריים טובים, אני לילי, מהקבלה. בשמחה: מה קרה עם התור שלך?

# en: Hello, my name's Lili and I run the front desk. Certainly: what's gone wrong with your appointment?
opening-reply-2-wording-1 = צהריים טובים, כאן לילי מהקבלה. בכיף, ספרי לי מה קרה עם התור.

# en: Hi, I'm Lili on reception. What's happened with your booking?
opening-reply-2-wording-2 = שלום, אני לילי. מה קרה עם התור?

# en: hi, i'm lili, i'm on reception today. of course, what's up with your appointment?
opening-reply-2-wording-3 = היי, צהריים טובים, שמי לילי ואני בקבלה. בשמחה אעזור, מה הסיפור עם התור שלך?

# en: Hi there, I'm Lili and I'm looking after reception. Sure, tell me what's gone on with your booking.
opening-reply-2-wording-4 = שלום לך, אני לילי ואני אחראית היום על דלפק הקבלה. בטח, ספרי לי מה השתבש עם התור.

# en: Hi, I'm Lili. What's the problem with your appointment?
opening-reply-2-wording-5 = היי, אני לילי. מה הבעיה עם התור?

# en: Of course, what's happened with the appointment? I'm Lili, by the way, I'm on the desk this afternoon.
opening-reply-2-wording-6 = בוודאי, מה קרה עם התור? אגב, אני לילי, אני בדלפק היום אחר הצהריים.

# en: A greeting, your name and an open question: she is now talking to Lili, not to 'the desk', and she knows she has your full attention before she has said a word about Dóra.
opening-reply-2-feedback = ברכה, השם שלך ושאלה פתוחה: עכשיו היא מדברת עם לילי, לא עם "הקבלה", והיא יודעת שיש לה את מלוא תשומת הלב שלך עוד לפני שאמרה מילה על דורה.

# en: Hi! Is it about Dóra running late? She's about twenty minutes behind, I'm afraid. Can I get you a coffee while you wait?
opening-reply-3 = היי! זה בגלל שדורה מאחרת? היא בערך עשרים דקות באיחור, לצערי. להביא לך קפה בזמן שאת מחכה?

# en: Hello! Is this about Dóra being behind? I'm afraid she's running around twenty minutes late. Can I make you a coffee in the meantime?
opening-reply-3-wording-1 = היי! את פה בגלל העיכוב של דורה? היא מאחרת בערך בעשרים דקות, מצטער. רוצה קפה בינתיים?

# en: Is it Dóra? She's twenty minutes behind. Coffee?
opening-reply-3-wording-2 = זה על דורה? היא באיחור של עשרים דקות. קפה?

# en: hi! let me guess, dóra's running late? she's about 20 mins behind sorry. want a coffee while you're waiting?
opening-reply-3-wording-3 = אהלן! בטח בגלל דורה, נכון? היא בפיגור של איזה עשרים דקות, סורי. אפשר להביא לך משהו לשתות בזמן שאת מחכה?

# en: Hello! Let me guess, you're with Dóra and she's behind? Sorry, she's about twenty minutes late. Would you like a drink while you wait?
opening-reply-3-wording-4 = שלום! תני לנחש, את אצל דורה והיא מתעכבת? סליחה, היא מאחרת בערך עשרים דקות. משהו לשתות בזמן ההמתנה?

# en: Dóra's about twenty minutes behind, sorry. Want a coffee?
opening-reply-3-wording-5 = דורה מתעכבת בערך עשרים דקות, סליחה. רוצה קפה?

# en: oh is this about dóra? she's running 20 mins late im afraid. can i grab you a coffee meanwhile
opening-reply-3-wording-6 = אוי זה על דורה? היא מאחרת ב20 דק בערך, סליחה.. לעשות לך קפה בינתיים?

# en: You guessed right, and the coffee is kind, but you answered before she had told you anything. She hears that a twenty-minute delay is routine here, and you still don't know about her meeting.
opening-reply-3-feedback = ניחשת נכון, והקפה מחווה נחמדה, אבל ענית לפני שהיא סיפרה משהו. היא שומעת שאיחור של עשרים דקות הוא עניין שגרתי כאן, ועדיין לא ידוע לך על הפגישה שלה.

# en: It's Dóra. I'm booked with her at half twelve, I was here at twenty past like your text asked, and she's just told me it's another twenty minutes. This is my lunch break, and at half one I've got—
first-wave-says-1 = זה בקשר לדורה. יש לי תור אצלה בשתים־עשרה וחצי, הייתי כאן כבר בשתים־עשרה ועשרים כמו שביקשתם בהודעה, והיא הרגע אמרה לי שזה עוד עשרים דקות. זאת הפסקת הצהריים שלי, ובאחת וחצי יש לי—

# en: She hasn't finished. Whatever you say now, she will hear it as being cut off.
first-wave-hint = היא עוד לא סיימה. כל מה שייאמר עכשיו יישמע לה כמו קטיעה.

# en: I know, I'm so sorry, it's been one of those mornings. The client before you came in twenty-five minutes late, and everything's slipped since.
first-wave-reply-1 = ברור לי, וממש צר לי, זה אחד מהבקרים האלה. הלקוחה שלפנייך הגיעה באיחור של עשרים וחמש דקות, ומאז הכול זז.

# en: I know, I'm really sorry, it's been a crazy morning. The lady before you turned up twenty-five minutes late, which has knocked everything back since.
first-wave-reply-1-wording-1 = מבינה, ואני ממש מצטערת, זה פשוט בוקר כזה. הלקוחה שלפנייך נכנסה באיחור של כמעט חצי שעה, ומשם הכול נדחה.

# en: Sorry, the client before you was late and everything slipped.
first-wave-reply-1-wording-2 = סליחה, הלקוחה הקודמת איחרה וכל היומן זז.

# en: i know i know, so sorry, it's just been one of those days. the client before you was 25 mins late and it's pushed everything back
first-wave-reply-1-wording-3 = כן כן, יודעת, סורי, היום פשוט יום כזה. מי שהייתה לפנייך נכנסה כמעט חצי שעה מאוחר, ומשם הכול התגלגל

# en: Yes, I know, sorry, today's been chaos. Our earlier client arrived twenty-five minutes late, so the whole diary has been running behind ever since.
first-wave-reply-1-wording-4 = כן, אני יודעת, סליחה, היום היה בלאגן שלם. לקוחה מוקדם יותר הגיעה באיחור של עשרים וחמש דקות, ומאז כל היומן בפיגור.

# en: I know, sorry, someone was 25 minutes late earlier so we're behind.
first-wave-reply-1-wording-5 = יודעת, סליחה, מישהי איחרה ב־25 דקות אז אנחנו בפיגור.

# en: Oh I know, sorry! Honestly the morning's been mad, the lady in before you was twenty-five minutes late and it's had a knock-on effect all day.
first-wave-reply-1-wording-6 = אוי אני יודעת, סליחה! באמת הבוקר היה מטורף, הגברת שהייתה לפנייך איחרה עשרים וחמש דקות וזה גרר את כל היום

# en: You cut in at the height of it, and with another client's lateness. Réka never got to say what happens at half one; instead she was stopped and handed somebody else's story.
first-wave-reply-1-feedback = קטעת אותה בשיא, ועוד עם האיחור של לקוחה אחרת. רקה לא הספיקה לומר מה יש לה באחת וחצי; במקום זה עצרו אותה וסיפרו לה סיפור של מישהי אחרת.

# en: Twenty minutes, yes, I'm sorry about that. Look, shall I just move you to another day this week, so you're not in a rush?
first-wave-reply-2 = עשרים דקות, כן, צר לי על זה. תשמעי, אולי פשוט אעביר אותך ליום אחר השבוע, כדי שלא תצטרכי למהר?

# en: Yes, twenty minutes, I apologise. Would you like me to rebook you for a different day this week, then you're not rushing?
first-wave-reply-2-wording-1 = כן, עשרים דקות, אני מצטער. אולי עדיף שאעביר אותך ליום אחר השבוע, שלא תצטרכי לרוץ?

# en: Sorry. Shall I rebook you for another day this week?
first-wave-reply-2-wording-2 = סליחה, לקבוע לך יום אחר השבוע?

# en: yeah 20 mins, sorry about that. tell you what, want me to just switch you to thursday or friday instead, no rushing then?
first-wave-reply-2-wording-3 = אוף, כן, עשרים דקות, סורי. רגע, מה אם נזיז אותך לתור אחר בהמשך השבוע, ככה בלי לחץ?

# en: Sorry about the extra twenty minutes. Would it be easier if I moved your appointment to another day this week so you're not rushed?
first-wave-reply-2-wording-4 = סליחה על התוספת של עשרים דקות. לא יהיה פשוט יותר אם אדחה לך את התור ליום אחר השבוע, ואז לא תהיי לחוצה?

# en: Sorry, want me to move you to a different day this week?
first-wave-reply-2-wording-5 = סליחה, לדחות אותך ליום אחר השבוע?

# en: ok, 20 more minutes, apologies. how about i just put you in on another day this week instead so you're not in a hurry
first-wave-reply-2-wording-6 = אוקיי, עוד 20 דק, סליחה. מה דעתך שפשוט אשים אותך ביום אחר השבוע במקום, שלא תצטרכי לרוץ

# en: Meant helpfully, but you offered a fix before she had finished her sentence. What she was about to tell you, the meeting at half one, is what any fix has to fit.
first-wave-reply-2-feedback = בכוונה טובה, אבל הצעת פתרון לפני שהיא סיימה את המשפט. מה שהיא עמדה לומר, הפגישה באחת וחצי, הוא בדיוק מה שכל פתרון צריך להתאים לו.

# en: Go on, please. I'm listening.
first-wave-reply-3 = תמשיכי, בבקשה. אני כולי אוזן.

# en: Please carry on, you have my full attention.
first-wave-reply-3-wording-1 = בבקשה, תסיימי. אני מקשיבה.

# en: Please, go ahead.
first-wave-reply-3-wording-2 = כן? המשיכי.

# en: sorry, go on, i'm all ears
first-wave-reply-3-wording-3 = סליחה, דברי, אני פה ושומע

# en: Sorry, please keep going, I'm listening to you.
first-wave-reply-3-wording-4 = סליחה, בבקשה תמשיכי לספר, אני איתך.

# en: Carry on, I'm listening.
first-wave-reply-3-wording-5 = תמשיכי, אני מקשיבה.

# en: go ahead and finish what you were saying, i'm here and listening
first-wave-reply-3-wording-6 = קדימה, תגידי עד הסוף מה שרצית, אני לגמרי איתך ומקשיבה

# en: A few words, and she gets to finish. Letting the first wave run out costs you ten seconds and tells her that her side of it matters, which is half of what she came to the desk for.
first-wave-reply-3-feedback = כמה מילים, והיא יכולה לסיים. לתת לגל הראשון לשכוך עולה עשר שניות ואומר לה שהצד שלה חשוב, וזה חצי ממה שבשבילו היא ניגשה לדלפק.

# en: —a client meeting at half one. I can't walk in late, and I'm not going in with half-done nails either. I did exactly what your text asked, and now it's my lunch break that pays for it.
full-story-says-1 = —פגישה עם לקוח באחת וחצי. אני לא יכולה להיכנס באיחור, וגם לא להיכנס עם ציפורניים חצי גמורות. עשיתי בדיוק מה שביקשתם בהודעה, ועכשיו הפסקת הצהריים שלי משלמת על זה.

# en: Before anything practical, say what this feels like from her side of the desk.
full-story-hint = לפני כל דבר מעשי, לומר במילים איך זה מרגיש מהצד שלה של הדלפק.

# en: So: you were here at twenty past, Dóra needs twenty more minutes, and you must be out by quarter past one. Have I got that right?
full-story-reply-1 = אז ככה: היית כאן כבר בשתים־עשרה ועשרים, דורה צריכה עוד עשרים דקות, ואת חייבת לצאת לכל המאוחר באחת ורבע. הבנתי נכון?

# en: Let me check I've got this: you arrived at 12:20, Dóra needs another twenty minutes, and you have to leave by 1:15. Is that correct?
full-story-reply-1-wording-1 = אז רק לוודא: את פה מאז שתים־עשרה ועשרים, לדורה נשארו עוד כעשרים דקות, ואת חייבת לצאת לא יאוחר מאחת ורבע. נכון?

# en: Here at 12:20, twenty more minutes, out by 1:15: correct?
full-story-reply-1-wording-2 = הגעת מוקדם, דורה בעוד עשרים, ואת יוצאת באחת ורבע. נכון?

# en: ok so you got here at twenty past, dóra's saying 20 more mins, and you need to be gone by quarter past one. is that right?
full-story-reply-1-wording-3 = רגע, שאבין: ישבת פה עוד לפני השעה שלך, דורה מבקשת עוד בערך עשרים דקות, ואת צריכה להיות בחוץ עד רבע אחרי אחת. זה המצב?

# en: Just to make sure I understand: you came in at twenty past twelve, Dóra is another twenty minutes, and you need to leave at quarter past one. Is that right?
full-story-reply-1-wording-4 = בואי נראה שהבנתי הכול: נכנסת בשתים־עשרה ועשרים, לדורה יש עוד עשרים דקות, ואת צריכה ללכת באחת ורבע. צדקתי?

# en: So you need to leave by 1:15, right? Let me check I understand.
full-story-reply-1-wording-5 = אז את חייבת ללכת עד אחת ורבע, נכון? רק מוודאת שהבנתי.

# en: Réka, let me repeat that back: arrived 12.20, Dóra needs 20 more minutes, you have to go at 1.15. Have I understood correctly?
full-story-reply-1-wording-6 = רקה, אם אפשר אחזור על הפרטים: הגעת ב־12:20, דורה צריכה עוד 20 דקות, ואת צריכה לצאת ב־13:15. הבנתי נכון?

# en: A precise summary, and asking her to confirm shows care. What it left out is how she feels: she did everything right and is paying for it. Naming that frustration, as the best reply did, would have taken the heat out faster.
full-story-reply-1-feedback = סיכום מדויק, והבקשה לאישור מראה אכפתיות. מה שחסר בו הוא מה שהיא מרגישה: היא עשתה הכול נכון ומשלמת על זה. לקרוא לתסכול הזה בשמו, כמו בתשובה הטובה ביותר, היה מוריד את החום מהר יותר.

# en: That's so frustrating: you did everything right, and it's your lunch break paying for it. Let's find what still fits before half one.
full-story-reply-2 = זה ממש מתסכל: עשית הכול נכון, והפסקת הצהריים שלך משלמת על זה. אבדוק מה עוד אפשר להספיק לפני אחת וחצי.

# en: That's really frustrating: you followed every instruction, and your lunch hour is taking the hit. Let's see what we can still fit in before half one.
full-story-reply-2-wording-1 = זה באמת מעצבן: עשית הכול כמו שצריך, ודווקא ההפסקה שלך משלמת את המחיר. אני אבדוק מה אפשר עוד לעשות עד אחת וחצי.

# en: How frustrating, you did it all right. Let's find something before half one.
full-story-reply-2-wording-2 = מתסכל, עשית הכול נכון. אבדוק מה אפשר לפני אחת וחצי.

# en: ugh that's so annoying, you did everything you were supposed to and it's your lunch that suffers. let's work out what we can still squeeze in before 1.30
full-story-reply-2-wording-3 = איזה מבאס, באמת, דייקת בדיוק כמו שביקשנו ועכשיו הצהריים שלך נשרפים. תני לי לבדוק איך אפשר להספיק משהו עד הפגישה

# en: You did exactly what we asked and it's still your lunch that's paying for it, that's really annoying. Let's work out what we can get done before your half one meeting.
full-story-reply-2-wording-4 = פעלת בדיוק לפי ההנחיות שלנו ובכל זאת הצהריים שלך נפגעים, זה ממש מרגיז. בואי נחשוב מה אפשר להספיק לפני הפגישה באחת וחצי.

# en: That's so annoying for you. Let's see what fits before 1:30.
full-story-reply-2-wording-5 = זה ממש מעצבן בשבילך. בואי נראה מה נכנס לפני אחת וחצי.

# en: Honestly I'd be frustrated too, you followed the text to the letter. Let's find an option that still works before half one.
full-story-reply-2-wording-6 = בכנות גם אני הייתי מתוסכלת, עשית בדיוק מה שכתוב בהודעה. בואי נמצא אפשרות שעדיין עובדת לפני אחת וחצי.

# en: You put a name to what she feels, frustrated at being punished for being on time, and tied it to her real deadline. She no longer has to convince you; she can start solving it with you.
full-story-reply-2-feedback = נתת שם למה שהיא מרגישה, תסכול על כך שנענשה על דייקנות, וקשרת אותו לדדליין האמיתי שלה. היא כבר לא צריכה לשכנע; היא יכולה להתחיל לפתור את זה יחד איתך.

# en: Oh no, don't worry, we'll definitely get you out in time for your meeting, I promise. Can I get you a coffee while you wait?
full-story-reply-3 = אוי, אל תדאגי, את בטוח תצאי בזמן לפגישה, זו הבטחה. להביא לך קפה בזמן שאת מחכה?

# en: Oh, please don't worry, we'll absolutely get you finished before the meeting, I promise. Would you like a coffee while you're waiting?
full-story-reply-3-wording-1 = אוי, תירגעי, את בוודאות יוצאת בזמן לפגישה, אני מבטיח לך. רוצה קפה בינתיים?

# en: Don't worry, you'll make the meeting, I promise.
full-story-reply-3-wording-2 = תספיקי לפגישה בטוח, מבטיחה. קפה?

# en: oh don't worry at all, you'll definitely make your meeting, promise! fancy a coffee meanwhile?
full-story-reply-3-wording-3 = נו, אין מה לדאוג, את מגיעה לפגישה בזמן, על זה אני חותמת. להביא לך משהו לשתות בזמן שאת מחכה?

# en: Please don't worry at all, I promise we'll have you finished in plenty of time for the meeting. Can I make you a coffee while you're waiting?
full-story-reply-3-wording-4 = אל תדאגי בכלל, אני מבטיחה שתסיימי הרבה לפני הפגישה. אפשר להכין לך קפה בינתיים?

# en: Don't worry, I promise you'll be done in time. Coffee?
full-story-reply-3-wording-5 = אל תדאגי, מבטיחה שתסיימי בזמן. קפה?

# en: no need to worry, we'll 100% get you out in time for your meeting, i promise. want a coffee while you wait?
full-story-reply-3-wording-6 = אין סיבה לדאגה, 100% נוציא אותך בזמן לפגישה, מבטיח. בא לך קפה בזמן שאת מחכה?

# en: Warm, and you caught the meeting, but you promised Dóra's timing, which is not yours to give. She relaxes for a minute and will hold you to it when the clock says otherwise.
full-story-reply-3-feedback = חם, ושמת לב לפגישה, אבל הבטחת משהו שתלוי בקצב של דורה, לא בך. היא תירגע לדקה, ותזכיר לך את ההבטחה כשהשעון יראה אחרת.

# en: I'm sorry, Réka, but treatments do run over sometimes, and Dóra can't exactly leave a client with one hand done.
full-story-reply-4 = צר לי, רקה, אבל טיפולים לפעמים מתארכים, ודורה לא יכולה להשאיר לקוחה עם יד אחת גמורה.

# en: Sorry, Réka, but appointments do overrun now and then, and Dóra can hardly walk away from a client halfway through.
full-story-reply-4-wording-1 = מצטערת, רקה, אבל לפעמים טיפול לוקח יותר זמן, ודורה לא יכולה לשחרר לקוחה כשרק יד אחת מוכנה.

# en: Sorry, but treatments overrun; Dóra can't leave a client half done.
full-story-reply-4-wording-2 = סליחה, אבל טיפולים מתארכים, דורה לא יכולה לעצור באמצע.

# en: sorry Réka but sometimes treatments just run over, dóra can't exactly abandon someone with only one hand finished
full-story-reply-4-wording-3 = סורי רקה, אבל ככה זה עם טיפולים, לפעמים הם נמרחים, ודורה לא תשלח מישהי הביתה עם חצי מניקור

# en: I apologise, Réka, but sometimes treatments take longer than planned, and Dóra can't just stop halfway with a client who's only got one hand done.
full-story-reply-4-wording-4 = אני מתנצלת, רקה, אבל לפעמים טיפול נמשך יותר מהמתוכנן, ודורה לא יכולה לקום באמצע ולהשאיר לקוחה עם ציפורניים רק ביד אחת.

# en: Sorry, treatments sometimes overrun, Dóra can't walk out mid-client.
full-story-reply-4-wording-5 = סליחה, טיפולים לפעמים מתארכים, דורה לא יכולה לקום באמצע לקוחה.

# en: Réka, I'm sorry, but overruns happen in a salon, it's not like Dóra can leave someone sitting there half finished.
full-story-reply-4-wording-6 = רקה, אני מצטערת, אבל בסלון חריגות בזמנים קורות, דורה לא יכולה להשאיר מישהי יושבת עם עבודה חצי גמורה.

# en: The 'but' takes the apology back. She has just said she did everything right; explaining why Dóra can't help it tells her the salon's reasons count and her lunch hour doesn't.
full-story-reply-4-feedback = ה"אבל" לוקח בחזרה את ההתנצלות. היא בדיוק אמרה שעשתה הכול נכון; הסבר למה דורה לא אשמה אומר לה שהסיבות של הסלון נחשבות, והפסקת הצהריים שלה לא.

# en: That's not my problem, though, is it? I did everything right. I came early, like your text said. So why is my lunch break paying for it?
not-my-problem-says-1 = אבל זאת לא הבעיה שלי, נכון? עשיתי הכול נכון. באתי מוקדם, כמו שכתבתם בהודעה. אז למה הפסקת הצהריים שלי משלמת על זה?

# en: You're right, and I'm sorry, but I can't make Dóra work any faster, can I? You can't rush a gel set.
not-my-problem-reply-1 = את צודקת, וצר לי, אבל אין לי איך לגרום לדורה לעבוד מהר יותר, נכון? אי אפשר לזרז ג'ל.

# en: You're right, I apologise, but there's no way I can make Dóra go quicker, is there? A gel set can't be hurried.
not-my-problem-reply-1-wording-1 = צודקת, ואני מצטער, אבל אין לי דרך להאיץ את דורה, נכון? ג'ל לוקח את הזמן שלו.

# en: True, sorry, but I can't speed Dóra up.
not-my-problem-reply-1-wording-2 = צודקת, אבל אני לא יכולה לזרז את דורה.

# en: you're right sorry, but there's no way to make dóra go any quicker can i? gel nails just can't be rushed
not-my-problem-reply-1-wording-3 = נכון, סורי, אבל מה אני יכולה לעשות, לדחוף את דורה? ג'ל צריך את הזמן שלו, אין קיצורי דרך

# en: Yes, you're right, sorry, but I can't exactly make Dóra hurry up, can I? Gel just takes the time it takes.
not-my-problem-reply-1-wording-4 = כן, את צודקת, סליחה, אבל אני לא בדיוק יכולה להגיד לדורה למהר, נכון? ג'ל פשוט צריך כמה שהוא צריך.

# en: Sorry, but I can't make Dóra work faster.
not-my-problem-reply-1-wording-5 = סליחה, אבל אני לא יכולה להכריח את דורה לעבוד מהר יותר.

# en: i know you're right and i'm sorry but gel sets can't be rushed, i've got no way of getting dóra to go faster
not-my-problem-reply-1-wording-6 = אני יודעת שאת צודקת וסליחה, אבל ג'ל אי אפשר להריץ, ואין לי שום דרך לגרום לדורה להזדרז

# en: You agreed with her, then told her nothing can be done. Agreement followed by a shrug sounds like sympathy with the door closed, while her lunch break ticks away.
not-my-problem-reply-1-feedback = הסכמת איתה, ואז אמרת לה שאין מה לעשות. הסכמה ואחריה משיכת כתפיים נשמעת כמו אהדה מאחורי דלת סגורה, בזמן שהפסקת הצהריים שלה אוזלת.

# en: Well, to be fair, another day it might be you running late, and then we'd all be waiting for you.
not-my-problem-reply-2 = נו, בואי נהיה הוגנים, ביום אחר אולי את תאחרי, ואז כולנו נחכה לך.

# en: Well, in fairness, some other day you might be the one who's late, and we'd all be waiting on you.
not-my-problem-reply-2-wording-1 = טוב, בואי נהיה הגונים, גם את יכולה לאחר יום אחד, ואז אנחנו נחכה לך.

# en: Another time it could be you who's late, though.
not-my-problem-reply-2-wording-2 = גם את יכולה לאחר מתישהו, ואז נחכה לך.

# en: tbf next time it could be you running behind and we'd all be sat waiting for you
not-my-problem-reply-2-wording-3 = נו באמת, זה הולך לשני הכיוונים, מחר את תאחרי ואנחנו נשב ונחכה לך

# en: Well, to be honest, one day you might be the late one, and then everyone here would be waiting around for you.
not-my-problem-reply-2-wording-4 = טוב, בכנות, יום אחד אולי את תהיי זאת שמאחרת, ואז כל מי שפה יחכה לך.

# en: You could be the one running late next time.
not-my-problem-reply-2-wording-5 = בפעם הבאה אולי את תהיי זאת שמאחרת.

# en: to be fair it goes both ways, next time it might be you who's late and we'd all have to wait
not-my-problem-reply-2-wording-6 = תכלס, היום זה אנחנו ומחר זאת את, תאחרי פעם ואנחנו נשב ונחכה לך

# en: You turned her complaint into a debate about fairness, with an accusation she has done nothing to earn. She was early and has said so twice.
not-my-problem-reply-2-feedback = הפכת את התלונה שלה לוויכוח על הוגנות, ועוד האשמת אותה במשהו שלא עשתה. היא הגיעה מוקדם ואמרה את זה כבר פעמיים.

# en: You're right to be cross. You did everything we asked; the timetable is ours to sort out, and I'll sort it.
not-my-problem-reply-3 = יש לך כל הזכות לכעוס. עשית כל מה שביקשנו; לוח הזמנים הוא באחריותי, ואני אסדר אותו.

# en: You've every reason to be annoyed. You did all we asked of you; the schedule is our responsibility, and I'm going to fix it.
not-my-problem-reply-3-wording-1 = מותר לך לגמרי לכעוס. עשית בדיוק את מה שביקשנו; את היומן מנהלת הקבלה, כלומר אני, ואני אמצא פתרון.

# en: You're right to be annoyed. The schedule's our problem; I'll fix it.
not-my-problem-reply-3-wording-2 = בצדק את כועסת. היומן עליי, ואני אסדר.

# en: you've got every right to be annoyed, you did exactly what we asked. the timing is our job to sort out and i'm going to sort it
not-my-problem-reply-3-wording-3 = ברור שאת כועסת, ובצדק, מילאת כל מה שכתבנו בהודעה. התזמון זה התפקיד שלי, אז אני אסדר לך את זה

# en: You have every right to be cross. You did everything we asked of you, so the timing is our job to fix, and I'm going to fix it.
not-my-problem-reply-3-wording-4 = זכותך המלאה להתעצבן. עמדת בכל מה שביקשנו ממך, כך שלתקן את לוח הזמנים זה עלינו, ואני אטפל בזה.

# en: You did everything right. The timing's our responsibility, I'll fix it.
not-my-problem-reply-3-wording-5 = עשית הכול נכון. הזמנים באחריות שלנו, אני אסדר.

# en: Réka, being cross is fair, you followed our instructions exactly. Sorting out the timetable is on us and I will sort it.
not-my-problem-reply-3-wording-6 = רקה, מוצדק לגמרי לכעוס, פעלת בדיוק לפי ההוראות שלנו. לסדר את לוח הזמנים זה התפקיד שלנו, ואני אדאג לזה.

# en: You granted her the anger instead of defending the salon, and took the timetable back as your job. Once nobody argues with her, she has nothing left to fight for and can start looking for a way out with you.
not-my-problem-reply-3-feedback = הכרת בזכותה לכעוס במקום להגן על הסלון, ולקחת את לוח הזמנים בחזרה כעבודה שלך. כשאף אחד לא מתווכח איתה, אין לה על מה להילחם, והיא יכולה להתחיל לחפש איתך מוצא.

# en: I completely understand, and I do apologise. If you'd like to take a seat, I'll let you know the moment Dóra's ready.
not-my-problem-reply-4 = ברור לי לגמרי, וסליחה. אם תשבי, אודיע לך ברגע שדורה תתפנה.

# en: I totally understand, and I'm very sorry. If you'd like to sit down, I'll tell you as soon as Dóra is ready.
not-my-problem-reply-4-wording-1 = מבינה לגמרי, ומצטערת. את יכולה לשבת, ואני אקרא לך כשדורה מתפנה.

# en: I understand, sorry. Have a seat and I'll call you when she's ready.
not-my-problem-reply-4-wording-2 = סליחה, שבי, אקרא לך כשדורה פנויה.

# en: i totally get it and i'm really sorry. grab a seat and i'll give you a shout the second dóra's free
not-my-problem-reply-4-wording-3 = ברור, סורי על זה. תתיישבי בינתיים ואני אסמן לך ברגע שדורה גומרת

# en: I completely get it, and I'm so sorry. Please sit down and I'll come and tell you as soon as Dóra is ready for you.
not-my-problem-reply-4-wording-4 = אני מבינה אותך לגמרי, וממש מצטערת. שבי בבקשה, ואבוא להגיד לך ברגע שדורה מוכנה בשבילך.

# en: Sorry. Take a seat, I'll tell you when Dóra's ready.
not-my-problem-reply-4-wording-5 = סליחה. שבי, אגיד לך כשדורה מוכנה.

# en: i do understand, apologies. take a seat and the minute dóra's ready i'll let you know
not-my-problem-reply-4-wording-6 = מבין אותך, סליחה. תשבי רגע, וברגע שדורה מתפנה אני קורא לך

# en: Impeccably polite, and it sends her back to the chair she has just got up from. 'I understand' followed by more waiting tells her the understanding changes nothing.
not-my-problem-reply-4-feedback = מנומס ללא דופי, ושולח אותה בחזרה לכיסא שממנו קמה זה עתה. "ברור לי" ואחריו עוד המתנה אומר לה שההבנה לא משנה כלום.

# en: Well, how long is it really going to be? Because 'twenty minutes' in a salon usually turns into forty.
how-long-says-1 = טוב, כמה זמן זה באמת ייקח? כי "עשרים דקות" בסלון בדרך כלל הופכות לארבעים.

# en: You don't control how fast Dóra works. A guess now becomes a promise she will hold you to.
how-long-hint = הקצב של דורה אינו בשליטתך. ניחוש עכשיו יהפוך להבטחה שהיא תזכור.

# en: Don't worry, it won't be anything like forty. I'll make sure she's with you within five minutes, I promise you that.
how-long-reply-1 = אל תדאגי, זה לא יגיע לארבעים. אני אדאג שהיא תהיה איתך תוך חמש דקות, ועל זה יש לך את המילה שלי.

# en: No need to worry, it won't be anywhere near forty. I'll see to it that she's with you in five minutes, I promise.
how-long-reply-1-wording-1 = אין מה לדאוג, זה לא יגיע לארבעים. בתוך חמש דקות דורה אצלך, אני אדאג לזה, מבטיחה לך.

# en: It won't be forty; she'll be with you in five, promise.
how-long-reply-1-wording-2 = לא ארבעים, תוך חמש דקות היא אצלך, מבטיח.

# en: don't worry, nowhere near 40! i'll make sure she's ready for you in 5 mins max, promise
how-long-reply-1-wording-3 = רגוע, לא נגיע לארבעים, סמכי עליי, עוד חמש דקות גג דורה מתחילה איתך

# en: It definitely won't be forty, don't worry. I promise I'll have her with you within five minutes.
how-long-reply-1-wording-4 = בטוח שזה לא יהיה ארבעים, אל דאגה. אני מבטיחה שבתוך חמש דקות היא מתחילה איתך.

# en: Not forty, promise. Five minutes tops.
how-long-reply-1-wording-5 = לא ארבעים, מבטיחה. חמש דקות מקסימום.

# en: no way will it be forty minutes, i'll make sure dóra starts on you in five, you have my word
how-long-reply-1-wording-6 = אין מצב שזה ארבעים דקות, אני אדאג שדורה תתחיל איתך בעוד חמש, מילה שלי

# en: Reassuring, and she relaxes for a moment, but you have no say over when Dóra finishes. If five minutes turns into fifteen, the broken promise is yours, not Dóra's.
how-long-reply-1-feedback = מרגיע, ולרגע היא נושמת, אבל אין לך שליטה על מתי דורה מסיימת. אם חמש דקות יהפכו לרבע שעה, ההבטחה שהופרה היא שלך, לא של דורה.

# en: About twenty, like Dóra said, but honestly it depends on how the treatment before yours goes. Gel sets can be unpredictable.
how-long-reply-2 = בערך עשרים, כמו שדורה אמרה, אבל האמת שזה תלוי איך הולך הטיפול שלפנייך. עם ג'ל אף פעם אי אפשר לדעת.

# en: Roughly twenty, as Dóra mentioned, but really it hinges on how the appointment before yours goes. Gels can be hard to predict.
how-long-reply-2-wording-1 = משהו כמו עשרים, כפי שדורה אמרה, אבל באמת זה תלוי בטיפול שלפנייך. עם ג'ל אי אפשר לדעת מראש.

# en: Around twenty, but it depends on the client before you.
how-long-reply-2-wording-2 = בערך עשרים, תלוי בטיפול הקודם.

# en: about 20 like dóra told you, but really it depends how the one before you goes, gel can be unpredictable
how-long-reply-2-wording-3 = בסביבות עשרים דקות, ככה דורה אמרה, אבל זה תלוי מה קורה עם הלקוחה שלפנייך, עם ג'ל זה תמיד הימור

# en: Around twenty minutes, as Dóra said, but it really depends how the appointment before you goes. Gel treatments can be hard to predict.
how-long-reply-2-wording-4 = בערך עשרים דקות, כמו שאמרה דורה, אבל הכול תלוי בתור שלפנייך. בטיפולי ג'ל קשה לחזות כמה זה ייקח.

# en: About twenty, but it depends on the treatment before yours.
how-long-reply-2-wording-5 = בערך עשרים, אבל זה תלוי בטיפול שלפנייך.

# en: it's probably twenty but gel sets are unpredictable so it depends on the client ahead of you
how-long-reply-2-wording-6 = כנראה עשרים, אבל ג'ל זה לא צפוי אז זה תלוי בלקוחה שלפנייך

# en: Repeating a vague estimate gives her nothing to plan with. She asked for a real time because of her meeting; 'it depends' hands the uncertainty straight back to her.
how-long-reply-2-feedback = חזרה על הערכה מעורפלת לא נותנת לה שום דבר לתכנן לפיו. היא ביקשה שעה אמיתית בגלל הפגישה; "זה תלוי" מחזיר לה את אי־הוודאות ישר לידיים.

# en: I won't guess. Give me one minute: I'll ask Dóra exactly when she can start, and come straight back.
how-long-reply-3 = לא אנחש. תני לי דקה אחת: אשאל את דורה מתי בדיוק היא יכולה להתחיל, ואחזור אלייך מיד.

# en: Rather than make something up, give me a minute: I'll go and ask Dóra exactly when she's able to start, then come straight back.
how-long-reply-3-wording-1 = אני לא רוצה לנחש. תני לי דקה: אני הולכת לשאול את דורה מתי היא בדיוק מתחילה, וחוזרת אלייך.

# en: No guessing: I'll ask Dóra and be back in a minute.
how-long-reply-3-wording-2 = בלי ניחושים, דקה אחת ואני חוזר עם שעה מדורה.

# en: i don't want to guess. one sec, i'll go check with dóra what time she can actually start and come right back to you
how-long-reply-3-wording-3 = לא אזרוק מספר סתם. שנייה, אני קופצת לדורה לשאול באיזו שעה בדיוק היא פנויה, ותוך דקה אני פה

# en: I'm not going to guess. Let me go and ask Dóra right now exactly when she can start, and I'll be straight back to you within a minute.
how-long-reply-3-wording-4 = ניחוש לא יעזור לך. אני מבררת מול דורה ברגע זה מתי בדיוק היא יכולה להתחיל, ואעדכן אותך תוך דקה.

# en: I won't guess, I'll go ask Dóra now and come right back.
how-long-reply-3-wording-5 = לא אנחש, אני שואלת את דורה עכשיו וחוזרת מיד.

# en: Rather than guess, give me a minute: I'm going to find out from Dóra exactly what time she can start, back in a sec.
how-long-reply-3-wording-6 = עדיף בלי ניחושים, תני לי דקה: אני הולכת לברר מדורה בדיוק באיזו שעה היא יכולה להתחיל, ישר חוזרת.

# en: You refused to guess about work that isn't yours and made a promise you fully control: one minute, then a real answer. With a meeting at half one, a real time is worth more to her than a comforting one.
how-long-reply-3-feedback = סירבת לנחש לגבי עבודה שאינה שלך, והבטחת משהו שכולו בשליטתך: דקה אחת, ואז תשובה אמיתית. עם פגישה באחת וחצי, שעה אמיתית שווה לה יותר משעה מרגיעה.

# en: I honestly don't know yet, and I'd rather not guess. I'll check with Dóra as soon as she has a moment.
how-long-reply-4 = בכנות, עוד אין לי מושג, ועדיף לא לנחש. אבדוק עם דורה ברגע שיהיה לה רגע פנוי.

# en: Honestly, I don't know yet. I won't put a number on it; once Dóra has a moment, I'll check with her.
how-long-reply-4-wording-1 = למען האמת, כרגע אני לא יודע, ואני מעדיף לא לנחש. אשאל את דורה כשתהיה לה הפסקה קטנה.

# en: Not sure yet, honestly. I'll check with Dóra once she has a moment.
how-long-reply-4-wording-2 = אין לי מושג, אשאל את דורה כשתתפנה לרגע.

# en: honestly i don't know yet, won't pretend i do. i'll check with dóra soon as she's got a moment
how-long-reply-4-wording-3 = האמת, אין לי מושג עדיין ולא בא לי לזרוק מספר. כשדורה תרים את הראש לרגע אני אשאל אותה

# en: To be honest, I don't know yet and I don't want to guess. When Dóra has a free moment I'll check with her.
how-long-reply-4-wording-4 = למען הכנות, כרגע אין לי תשובה ואני לא רוצה להמציא. ברגע שדורה תתפנה לשנייה אברר איתה.

# en: I don't know yet. I'll check with Dóra when she's free.
how-long-reply-4-wording-5 = עוד לא יודעת. אבדוק עם דורה כשתתפנה.

# en: Honestly I can't say yet, and I won't guess. Once Dóra gets a spare moment I'll ask her.
how-long-reply-4-wording-6 = אין לי עדיין תשובה, ואני מעדיף לא לנחש. כשדורה תתפנה קצת, אשאל אותה.

# en: Honest, and refusing to guess was right. But 'as soon as she has a moment' leaves Réka watching the clock with no idea when; the best reply put a time on your own step: one minute.
how-long-reply-4-feedback = כנה, ונכון שסירבת לנחש. אבל "ברגע שיהיה לה רגע" משאיר את רקה מול השעון בלי מושג מתי; התשובה הטובה ביותר קבעה זמן לצעד שלך עצמך: דקה אחת.

# en: 'About twenty'? I've got a meeting at half one. I can't plan my afternoon around 'about'. I need a real time.
about-twenty-says-1 = "בערך עשרים"? יש לי פגישה באחת וחצי. אני לא יכולה לתכנן את אחר הצהריים שלי לפי "בערך". אני צריכה שעה אמיתית.

# en: Fair enough, you need a time, not a guess. I'll ask Dóra right now and be back within a minute.
about-twenty-reply-1 = צודקת, את צריכה שעה, לא ניחוש. אשאל את דורה עכשיו ואחזור אלייך תוך דקה.

# en: That's fair, you need an actual time rather than an estimate. I'll go and ask Dóra now and I'll be back in under a minute.
about-twenty-reply-1-wording-1 = צודקת, מגיעה לך שעה מדויקת ולא הערכה. אני הולכת לשאול את דורה עכשיו ותוך דקה את שומעת ממני.

# en: Fair. I'll ask Dóra now, back in a minute.
about-twenty-reply-1-wording-2 = צודקת, שעה ולא ניחוש; אשאל את דורה ואחזור תוך דקה.

# en: fair point, you need a proper time not a guess. going to ask dóra right now, back in a minute
about-twenty-reply-1-wording-3 = את צודקת לגמרי, בערך זה לא תשובה. אני רצה לדורה כבר עכשיו ותוך דקה יש לך שעה אמיתית

# en: You're right, you need an exact time and not an estimate. I'm going to ask Dóra now and I'll be back in a minute.
about-twenty-reply-1-wording-4 = בצדק, הערכה לא מספיקה לך, צריך שעה ברורה. אני מבררת עם דורה כרגע וחוזרת אלייך מיד.

# en: Fair enough, I'll go ask Dóra now and come back.
about-twenty-reply-1-wording-5 = הוגן, אני שואלת את דורה עכשיו וחוזרת.

# en: thats fair, about isnt good enough. let me ask dora for a proper time right now, back in a minute
about-twenty-reply-1-wording-6 = פייר, בערך זה לא מספיק טוב. קופצת לדורה לקבל ממנה שעה מסודרת, עוד דקה אני פה

# en: You accepted her point without defending yourself and named a step you can take at once. A minute's walk to Dóra gets her the certainty she asked for.
about-twenty-reply-1-feedback = קיבלת את הטענה שלה בלי להתגונן, ונקבת בצעד שאפשר לעשות מיד. דקה של הליכה לדורה נותנת לה את הוודאות שביקשה.

# en: I honestly can't say exactly. Nobody can, with treatments; they take as long as they take, and we can't rush the gel.
about-twenty-reply-2 = באמת אין לי איך להגיד בדיוק. אף אחד לא יכול, עם טיפולים; הם לוקחים כמה שהם לוקחים, ואי אפשר לזרז את הג'ל.

# en: I really can't give you an exact time. No one can with treatments, which take however long they take, and gel can't be hurried.
about-twenty-reply-2-wording-1 = באמת שאין לי איך לדעת בדיוק. עם טיפולים אף אחד לא יודע; הם נמשכים כמה שהם נמשכים, וג'ל אי אפשר להאיץ.

# en: Nobody can say exactly; treatments take however long they need.
about-twenty-reply-2-wording-2 = אי אפשר לדעת, טיפולים לוקחים כמה שהם לוקחים.

# en: honestly i can't give you an exact time, nobody can with treatments, it's however long it takes and you can't hurry gel
about-twenty-reply-2-wording-3 = אין לי דרך לתת שעה מדויקת, וגם לאף אחד אחר אין. טיפול נגמר מתי שהוא נגמר, ג'ל לא ממהר בשביל אף אחד

# en: I can't tell you exactly, honestly. No one can with treatments, they take as long as they need and you can't hurry gel.
about-twenty-reply-2-wording-4 = שעה מדויקת אני לא יכולה לתת, באמת. בטיפולים זה לא עובד ככה, הם לוקחים את הזמן שהם צריכים, וג'ל לא מזרזים.

# en: Nobody can give an exact time with treatments, sorry.
about-twenty-reply-2-wording-5 = אף אחד לא יכול לתת שעה מדויקת בטיפולים, סליחה.

# en: There's no exact time, I'm afraid; treatments just take as long as they take and gel can't be rushed.
about-twenty-reply-2-wording-6 = אין פה שעה מדויקת, מצטערת; כל טיפול לוקח כמה שהוא לוקח, ואת הג'ל אי אפשר להאיץ.

# en: Honest in a way, but you didn't try to find out. Somebody can say: Dóra, twenty steps away. 'Nobody can' leaves Réka stuck at the desk with the clock running.
about-twenty-reply-2-feedback = כנה במובן מסוים, אבל לא ניסית לברר. מישהי כן יכולה לומר: דורה, עשרים צעדים משם. "אף אחד לא יכול" משאיר את רקה תקועה ליד הדלפק, והשעון רץ.

# en: I'm sorry, I know it's annoying. I'll keep an eye on it for you and let you know as soon as there's any news.
about-twenty-reply-3 = סליחה, ברור לי שזה מעצבן. אשים עין ואעדכן אותך ברגע שיהיה משהו חדש.

# en: Sorry, I know it's frustrating. I'll keep watch for you and tell you the minute I hear anything.
about-twenty-reply-3-wording-1 = סליחה, אני מבין שזה מעצבן. אני אעקוב ואגיד לך ברגע שמשהו משתנה.

# en: Sorry. I'll let you know when I hear anything.
about-twenty-reply-3-wording-2 = סליחה, אעדכן כשיהיה חדש.

# en: sorry, i know it's a pain. i'll keep an eye out and let you know when there's an update
about-twenty-reply-3-wording-3 = סורי, ברור שזה מציק. אני עם העין על זה ומעדכנת אותך כשמשהו זז

# en: Sorry, I know it's frustrating. I'll keep an eye on it for you and tell you as soon as I hear anything.
about-twenty-reply-3-wording-4 = סליחה, אני יודעת שזה מתסכל. אני אמשיך לעקוב בשבילך ואגיד לך ברגע שאשמע משהו.

# en: Sorry, I'll keep you posted.
about-twenty-reply-3-wording-5 = סליחה, אעדכן אותך.

# en: I'm sorry, I know it's a nuisance. I'll keep an eye on things and let you know the moment there's news.
about-twenty-reply-3-wording-6 = מצטערת, אני יודעת שזה מטרד. אשים לב למה שקורה ואודיע לך ברגע שיש חדשות.

# en: Kind in tone, but 'as soon as there's news' is the same 'about' she just rejected. She asked for a time; you offered to wait with her.
about-twenty-reply-3-feedback = טון אדיב, אבל "ברגע שיהיה משהו חדש" הוא אותו "בערך" שהיא בדיוק דחתה. היא ביקשה שעה; הצעת לחכות איתה.

# en: It's quarter to one. You said it'd be fine. I've been sitting here watching the clock, and Dóra still isn't out.
five-minutes-later-says-1 = עכשיו רבע לאחת. אמרת שיהיה בסדר. אני יושבת כאן ומסתכלת על השעון, ודורה עדיין לא יצאה.

# en: She's nearly done now, honestly. It'll only be a couple more minutes, I'm sure of it. Can I top up your coffee?
five-minutes-later-reply-1 = היא כמעט מסיימת, באמת. זה רק עוד כמה דקות, אין לי ספק. להביא לך עוד קפה?

# en: She's almost finished, really. Just another minute or two, I'm certain. Shall I refill your coffee?
five-minutes-later-reply-1-wording-1 = היא ממש לקראת סיום, באמת. עוד כמה דקות בודדות, אני בטוחה. עוד קפה?

# en: She's almost done, just a couple more minutes. More coffee?
five-minutes-later-reply-1-wording-2 = היא כמעט גומרת, עוד רגע. קפה?

# en: she's nearly there now honestly, literally a couple more mins, i'm sure. want a top up of coffee?
five-minutes-later-reply-1-wording-3 = היא בסוף, ממש, עוד דקות ספורות וזהו, בטוח לגמרי. להכין לך עוד כוס קפה?

# en: She's really nearly finished now, I'm sure it'll just be another couple of minutes. Shall I get you a fresh coffee?
five-minutes-later-reply-1-wording-4 = היא באמת ממש לקראת הסוף, אני בטוחה שזה עוד דקה־שתיים. להכין לך קפה טרי?

# en: She's nearly done, honestly. Another coffee?
five-minutes-later-reply-1-wording-5 = באמת, היא כמעט סיימה. עוד קפה?

# en: honestly she's almost done, two more minutes max i'm sure. can i top up your coffee for you?
five-minutes-later-reply-1-wording-6 = באמת היא כמעט גמרה, מקסימום עוד שתי דקות בטוח. למלא לך את הקפה?

# en: A second guess on top of a broken one. She has just watched your first reassurance fail; another one without checking tells her your times mean nothing.
five-minutes-later-reply-1-feedback = ניחוש שני על גבי ניחוש שנכשל. היא בדיוק ראתה את ההרגעה הראשונה שלך נכשלת; עוד אחת בלי לבדוק אומרת לה שהשעות שלך לא שוות כלום.

# en: You're right: I guessed instead of checking, and that's on me. I'll get you a real time from Dóra now.
five-minutes-later-reply-2 = את צודקת: ניחשתי במקום לבדוק, וזה עליי. אשיג לך עכשיו שעה אמיתית מדורה.

# en: You're quite right: I gave you a guess rather than checking, and that's my fault. I'll get a proper time from Dóra right now.
five-minutes-later-reply-2-wording-1 = צודקת: הערכתי במקום לברר, וזו טעות שלי. אני הולך עכשיו להביא לך שעה מדויקת מדורה.

# en: My fault, I guessed. Getting a proper time from Dóra now.
five-minutes-later-reply-2-wording-2 = צודקת, ניחשתי, זה עליי. אבדוק מול דורה עכשיו.

# en: you're right, i guessed when i should've checked, that's my fault. i'll go get an actual time from dóra now
five-minutes-later-reply-2-wording-3 = את צודקת, זרקתי הערכה בלי לבדוק, פשלה שלי. אני ניגשת לדורה ברגע זה ומביאה לך שעה אמיתית

# en: You're right, I should have checked instead of guessing, that's my mistake. I'm going to get a proper time from Dóra right now.
five-minutes-later-reply-2-wording-4 = צודקת, במקום לברר ניחשתי, ואני לוקחת על זה אחריות. אני ניגשת לדורה לקבל שעה מדויקת כרגע.

# en: Sorry, I guessed. I'll get a real time from Dóra now.
five-minutes-later-reply-2-wording-5 = סליחה, ניחשתי. אביא עכשיו שעה אמיתית מדורה.

# en: That one's on me, Réka: I guessed rather than asking. Let me go and get an actual time from Dóra now.
five-minutes-later-reply-2-wording-6 = זה באחריותי, רקה, הערכתי בלי לשאול. אני הולכת עכשיו לדורה להביא שעה ממשית.

# en: Admitting your own wrong estimate is hard and right. She forgives a mistake owned openly far more easily than a second guess.
five-minutes-later-reply-2-feedback = להודות בהערכה השגויה של עצמך זה קשה ונכון. טעות שלוקחים עליה אחריות בגלוי נסלחת הרבה יותר בקלות מניחוש שני.

# en: I'm sorry, but that's really down to Dóra, not me. She's running very far behind today and nobody told the desk.
five-minutes-later-reply-3 = צר לי, אבל זה באמת תלוי בדורה, לא בי. היא מאוד מאחרת היום ואף אחד לא עדכן את הקבלה.

# en: I'm sorry, but that's Dóra's responsibility, not mine. She's running a long way behind today and no one let reception know.
five-minutes-later-reply-3-wording-1 = מצטערת, אבל זה באמת בידיים של דורה ולא שלי. היא מאחרת מאוד היום, ואף אחד לא טרח לעדכן אותנו בקבלה.

# en: Sorry, that's on Dóra, not me; nobody told the desk.
five-minutes-later-reply-3-wording-2 = זה תלוי בדורה, לא בי; לא עדכנו אותי.

# en: sorry but that's really dóra's thing not mine, she's miles behind today and no one told us on reception
five-minutes-later-reply-3-wording-3 = סורי, אבל זה לא אצלי, זה אצל דורה. היא בפיגור רציני היום ואף אחד לא סיפר לקבלה

# en: Sorry, but that's Dóra's fault, not mine. She's way behind today and nobody bothered to tell the desk.
five-minutes-later-reply-3-wording-4 = סליחה, אבל זה לא עליי, זה על דורה. היא רחוקה מאוד מהלו"ז היום, ולנו בדלפק אף אחד לא אמר מילה.

# en: Sorry, that's down to Dóra, not me; she's way behind today.
five-minutes-later-reply-3-wording-5 = סליחה, זה בגלל דורה, לא בגללי; היא בפיגור היום.

# en: not my fault sorry, it's down to dóra, she's really behind and no one told reception
five-minutes-later-reply-3-wording-6 = לא באשמתי סליחה, זה דורה, היא מאחרת בטירוף ולא עדכנו את הדלפק

# en: To Réka the reassurance was yours, not Dóra's. Passing it on to a colleague sounds like an excuse and makes the salon look divided, just before one of you does her nails.
five-minutes-later-reply-3-feedback = מבחינת רקה ההרגעה הייתה שלך, לא של דורה. להעביר את זה לעמיתה נשמע כמו תירוץ ומציג סלון מפולג, רגע לפני שאחת מכן עושה לה ציפורניים.

# en: Well? What did she say? If it's another twenty minutes, I'm not making my meeting.
options-says-1 = נו? מה היא אמרה? אם זה עוד עשרים דקות, אני לא מגיעה לפגישה.

# en: So? What's the real answer? I can't be late back today.
options-says-2 = אז? מה התשובה האמיתית? אני לא יכולה לאחר היום.

# en: Dóra can't start until five to one, so today won't work, I'm afraid. I can rebook you for Thursday at half twelve instead. Shall I put you in?
options-reply-1 = דורה יכולה להתחיל רק בחמישה לאחת, אז היום זה לא יסתדר, לצערי. במקום זה, אפשר להעביר אותך ליום חמישי בשתים־עשרה וחצי. לרשום אותך?

# en: Dóra won't be free until 12:55, so I'm afraid today's not going to work. How about Thursday at 12:30 instead? Shall I book that?
options-reply-1-wording-1 = דורה פנויה רק מחמישה לאחת, כך שהיום זה לא ילך, מצטער. במקום זה אני יכול לקבוע לך יום חמישי, שוב בשתים־עשרה וחצי. לשריין?

# en: Today won't work; how about Thursday at 12:30?
options-reply-1-wording-2 = היום לא יסתדר; חמישי בשתים־עשרה וחצי?

# en: dóra can't start till 12.55 so today's a no go sorry. i can move you to thursday at half 12 instead, want me to book it?
options-reply-1-wording-3 = סורי, דורה מתחילה רק בחמישה לאחת, כך שלהיום אין סיכוי. מה דעתך על חמישי באותה שעה, שתים עשרה וחצי? שאסגור לך?

# en: I'm afraid Dóra can't start until five to one, so today won't be possible. I can put you in for Thursday at half twelve instead, shall I book it?
options-reply-1-wording-4 = לצערי דורה לא יכולה להתחיל לפני חמישה לאחת, כך שהיום זה לא אפשרי. אני יכולה לרשום אותך במקום ליום חמישי בשתים־עשרה וחצי, לקבוע?

# en: Sorry, today's not possible. Shall I book you for Thursday instead?
options-reply-1-wording-5 = סליחה, היום זה לא אפשרי. לקבוע לך לחמישי במקום?

# en: Thursday at 12:30 is free, shall I rebook you? Dóra can't start till 12:55, so today won't work.
options-reply-1-wording-6 = יש לי את חמישי בשתים־עשרה וחצי פנוי, לרשום אותך? דורה מתחילה רק בחמישה לאחת, אז להיום זה לא ילך.

# en: Accurate and quick, but you closed today's door without looking for another way, and offered the same lunchtime slot that just ran over. She gave up half her break; she needs choices, not a form filled in for her.
options-reply-1-feedback = מדויק ומהיר, אבל סגרת את הדלת של היום בלי לחפש דרך אחרת, והצעת בדיוק את אותה שעת צהריים שהרגע התארכה. היא ויתרה על חצי מההפסקה; היא צריכה אפשרויות, לא טופס שמילאו בשבילה.

# en: Good news: I've asked Dóra to speed things up, so she'll start at ten to one and still have you out by twenty past. You'll make it, I promise.
options-reply-2 = חדשות טובות: ביקשתי מדורה לזרז קצת, אז היא תתחיל בעשרה לאחת ועדיין תסיים איתך עד אחת ועשרים. תספיקי, זו הבטחה.

# en: Great news: Dóra's agreed to work a bit faster, so she'll begin at 12:50 and you'll still be out at 1:20. You'll make your meeting, I promise.
options-reply-2-wording-1 = יש חדשות טובות: דיברתי עם דורה שתעבוד קצת יותר מהר, היא מתחילה בעשרה לאחת ומסיימת איתך עד אחת ועשרים. את מספיקה, מבטיחה.

# en: Dóra will go faster: start 12:50, done by 1:20, I promise.
options-reply-2-wording-2 = דורה תזרז: מתחילה בעשרה לאחת, גומרת באחת ועשרים. מבטיח.

# en: good news! i've told dóra to speed up a bit, she'll start at 12.50 and have you done by 1.20. you'll make it, promise
options-reply-2-wording-3 = בשורות טובות! ביקשתי מדורה לעבוד בקצב, אז מתחילים בעשרה לאחת וגומרים באחת ועשרים, את מגיעה לפגישה בזמן, סגור

# en: Good news: I've asked Dóra to hurry up, she'll start at ten to one and you'll be out by twenty past. I promise you'll make it.
options-reply-2-wording-4 = בשורה טובה: ביקשתי מדורה להזדרז, היא מתחילה בעשרה לאחת ואת בחוץ באחת ועשרים. מבטיחה שתספיקי.

# en: Dóra's going to speed up, you'll be out by 1:20, promise.
options-reply-2-wording-5 = דורה תעבוד מהר יותר, תצאי עד אחת ועשרים, מבטיחה.

# en: great news! dora will be quicker, starting 12.50 and finished by 1.20, i promise you'll make your meeting
options-reply-2-wording-6 = חדשות מעולות! דורה תזרז, מתחילה ב־12:50 וגומרת עד 13:20, מבטיח שתגיעי לפגישה

# en: You remembered her deadline and wanted to rescue it, but you promised Dóra's speed, which you don't control. A rushed gel manicure is also not what she is paying for.
options-reply-2-feedback = זכרת את הדדליין שלה ורצית להציל אותו, אבל הבטחת את הקצב של דורה, שאינו בשליטתך. וחוץ מזה, היא לא משלמת על מניקור ג'ל חפוז.

# en: Thanks for waiting. Dóra can't start till five to one, too late for you. Kinga's free now and done by quarter past, or Dóra another day. Your choice?
options-reply-3 = תודה שחיכית. דורה תתחיל רק בחמישה לאחת, מאוחר מדי. קינגה פנויה עכשיו ותסיים באחת ורבע, או דורה ביום אחר. מה תבחרי?

# en: Thank you for your patience. Dóra can't begin until 12:55, which is too late for you. Kinga is free right now and would finish by 1:15, or you could see Dóra on another day. Which would you prefer?
options-reply-3-wording-1 = תודה על הסבלנות. דורה יכולה להתחיל רק בחמישה לאחת, וזה מאוחר מדי. יש לי את קינגה פנויה עכשיו, היא תסיים עד אחת ורבע, או תור אצל דורה ביום אחר. מה מתאים לך?

# en: Thanks for waiting. Kinga now, done by 1:15, or Dóra another day?
options-reply-3-wording-2 = תודה שחיכית. קינגה עכשיו עד אחת ורבע, או תור אחר אצל דורה?

# en: thanks for hanging on. dóra can't start till 12.55, too late for your meeting. kinga's free right now and would have you done by 1.15, or i can book you with dóra another day. up to you?
options-reply-3-wording-3 = תודה שחיכית. דורה תתפנה רק בחמישה לאחת, ולך זה כבר מאוחר. קינגה זמינה מיד ותסיים עד אחת ורבע, או שנקבע לך תור אצל דורה ליום אחר. מה תבחרי?

# en: Thank you for waiting. Dóra can only start at five to one, which is too late, so you can either go with Kinga now and be done by quarter past, or see Dóra another day. What would you like?
options-reply-3-wording-4 = תודה על ההמתנה. מאחר שדורה מתפנה רק בחמישה לאחת, זה לא מספיק מוקדם, אז יש שתי דרכים: קינגה עכשיו עם סיום עד אחת ורבע, או תור חדש אצל דורה ביום אחר. איך תרצי להתקדם?

# en: Thanks for waiting. Kinga now, or Dóra another day?
options-reply-3-wording-5 = תודה שחיכית. קינגה עכשיו, או דורה ביום אחר?

# en: Two options for you: Kinga's free this minute and finishes by 1.15, or I book you with Dóra on another day since 12.55 is too late. Which do you prefer?
options-reply-3-wording-6 = תודה שחיכית. יש לך שתי אפשרויות, כי חמישה לאחת כבר מאוחר לך: לעבור לקינגה ולסיים ברבע אחרי אחת, או תור אצל דורה ביום אחר. מה תבחרי?

# en: You thanked her, gave the bad news straight, measured it against her half-one meeting, and offered two real options with the choice left to her. Honest timing plus a choice is what calms a customer in a hurry.
options-reply-3-feedback = הודית לה, מסרת את החדשות הרעות ישירות, מדדת אותן מול הפגישה באחת וחצי, והצעת שתי אפשרויות אמיתיות והשארת לה את הבחירה. שעה כנה ועוד בחירה זה מה שמרגיע לקוחה שממהרת.

# en: Dóra can't start until five to one, which is too late for you. But Kinga's free right now and could have you done by quarter past.
options-reply-4 = דורה יכולה להתחיל רק בחמישה לאחת, וזה מאוחר מדי בשבילך. אבל קינגה פנויה ממש עכשיו ויכולה לסיים איתך באחת ורבע.

# en: Dóra won't be able to start before 12:55, and that's too late for you. However, Kinga is available right now and could finish you by 1:15.
options-reply-4-wording-1 = דורה מתחילה רק בחמישה לאחת, ובשבילך זה מאוחר מדי. אבל יש את קינגה, שפנויה כבר עכשיו ויכולה לסיים איתך עד אחת ורבע.

# en: Dóra's too late, but Kinga's free now and done by 1:15.
options-reply-4-wording-2 = דורה מאוחר מדי, אבל קינגה פנויה עכשיו ומסיימת באחת ורבע.

# en: dóra can't do it till 12.55, that's too late for you. kinga's free this minute though and could have you finished by quarter past
options-reply-4-wording-3 = דורה רק בחמישה לאחת, זה לא יעבוד לך. אבל קינגה יכולה לקחת אותך כבר עכשיו ולשחרר אותך ברבע אחרי אחת

# en: Dóra's not free until 12:55, which is too late for your meeting. Kinga, though, is available now and could have you finished by 1:15.
options-reply-4-wording-4 = דורה לא מתפנה עד 12:55, וזה מאוחר מדי לפגישה שלך. קינגה, לעומת זאת, זמינה עכשיו ויכולה לגמור איתך עד 13:15.

# en: Dóra's too late, but Kinga can do you right now.
options-reply-4-wording-5 = דורה מאוחר מדי, אבל קינגה יכולה לקחת אותך עכשיו.

# en: Kinga can see you straight away and have you done by quarter past, Dóra's not free till five to one which won't work for you.
options-reply-4-wording-6 = קינגה יכולה לקבל אותך מיד ולסיים ברבע אחרי אחת, דורה פנויה רק בחמישה לאחת וזה לא יסתדר לך.

# en: Straight and useful: a real time and a way to make her meeting. The best reply also thanked her for waiting and left her the choice, including staying with Dóra, who has done her nails for two years.
options-reply-4-feedback = ישיר ומועיל: שעה אמיתית ודרך להגיע לפגישה. התשובה הטובה ביותר גם הודתה לה על ההמתנה והשאירה לה את הבחירה, כולל להישאר עם דורה, שעושה לה ציפורניים כבר שנתיים.

# en: Look. I need to be back at my desk by half one. What can you actually do for me today?
what-can-you-do-says-1 = תראי. אני צריכה לחזור לשולחן שלי עד אחת וחצי. מה את בעצם יכולה לעשות בשבילי היום?

# en: Dóra can't start till five to one, too late for you. Kinga's free now and done by quarter past, or I'll book Dóra another day. Which would you like?
what-can-you-do-reply-1 = דורה תתחיל רק בחמישה לאחת, מאוחר מדי בשבילך. קינגה פנויה עכשיו ותסיים באחת ורבע, או דורה ביום אחר. מה את מעדיפה?

# en: Dóra can't begin until 12:55, which won't work for you. Kinga's available now and would be finished by 1:15, or I can book you in with Dóra on another day. Which do you prefer?
what-can-you-do-reply-1-wording-1 = דורה פנויה רק מחמישה לאחת, מאוחר מדי לפגישה שלך. קינגה יכולה להתחיל עכשיו ולסיים עד אחת ורבע, או שנקבע לך אצל דורה ליום אחר. מה עדיף?

# en: Kinga now, done by 1:15, or Dóra another day: which?
what-can-you-do-reply-1-wording-2 = קינגה מיד עד אחת ורבע, או תור חדש אצל דורה. מה תבחרי?

# en: dóra's not free till 12.55, too late. kinga can take you now and be done by 1.15, or i'll book you with dóra another day. which do you want?
what-can-you-do-reply-1-wording-3 = בשורה התחתונה: דורה לא תספיק, היא מתחילה רק בחמישה לאחת. או קינגה כבר עכשיו ואת בחוץ ברבע אחרי אחת, או תור חדש עם דורה. מה בא לך?

# en: Dóra won't be free until 12:55, too late for you. You can go with Kinga now and be done by 1:15, or I can book Dóra for another day. What would you prefer?
what-can-you-do-reply-1-wording-4 = דורה לא תתפנה לפני 12:55, מאוחר מדי בשבילך. את יכולה ללכת לקינגה עכשיו ולסיים עד 13:15, או שאקבע לך אצל דורה ביום אחר. מה עדיף לך?

# en: Kinga now, finished by 1:15, or Dóra another day?
what-can-you-do-reply-1-wording-5 = קינגה עכשיו ומסיימת באחת ורבע, או דורה ביום אחר?

# en: two options: kinga's free this minute and done by quarter past, or i rebook you with dóra on another day. your call
what-can-you-do-reply-1-wording-6 = יש שתי אפשרויות: קינגה פנויה ממש עכשיו וגומרת ברבע אחרי אחת, או שאעביר אותך לדורה ליום אחר. את מחליטה

# en: A straight question got a straight answer: a real start time, a way to make her meeting today, and a choice. Concrete options end the waiting game.
what-can-you-do-reply-1-feedback = שאלה ישירה קיבלה תשובה ישירה: שעת התחלה אמיתית, דרך להגיע לפגישה היום, ובחירה. הצעות קונקרטיות מסיימות את משחק ההמתנה.

# en: I'll have a word with Dóra and ask her to speed things up for you. She can start at ten to one and still have you done by twenty past, I'm sure.
what-can-you-do-reply-2 = אני אדבר עם דורה ואבקש ממנה לזרז קצת בשבילך. היא יכולה להתחיל בעשרה לאחת ועדיין לסיים איתך עד אחת ועשרים, אין לי ספק.

# en: Let me have a quick word with Dóra and get her to speed things along. She can get going by ten to one, and I'm sure you'll still be out by twenty past.
what-can-you-do-reply-2-wording-1 = אני אבקש מדורה להאיץ קצת בשבילך. היא תוכל להתחיל בעשרה לאחת ולגמור איתך עד אחת ועשרים, אני בטוח בזה.

# en: I'll ask Dóra to hurry; she'll have you done by 1:20.
what-can-you-do-reply-2-wording-2 = אבקש מדורה לזרז, תסיימי עד אחת ועשרים, בטוח.

# en: i'll have a chat with dóra and get her to speed up, she can start at 12.50 and still be done by 1.20 i'm sure
what-can-you-do-reply-2-wording-3 = אני מדברת עם דורה שתלחץ על הגז, מתחילים בעשרה לאחת ויוצאים באחת ועשרים, אין מצב שלא

# en: Let me ask Dóra to go a bit quicker for you. She can start at 12:50 and I'm sure she'll have you finished by 1:20.
what-can-you-do-reply-2-wording-4 = תני לי לבקש מדורה לעבוד קצת יותר מהר בשבילך. היא יכולה להתחיל ב־12:50, ואני בטוחה שתסיים איתך עד 13:20.

# en: I'll get Dóra to hurry up so you're done by 1:20.
what-can-you-do-reply-2-wording-5 = אדאג שדורה תזדרז ותסיימי עד אחת ועשרים.

# en: I'll speak to Dóra and get her to work faster, she'll start at ten to one and you'll be out by twenty past, I'm sure.
what-can-you-do-reply-2-wording-6 = אגש לדורה ואבקש שתגביר קצב; היא תתחיל בעשרה לאחת ואת תשתחררי באחת ועשרים, בטוח לגמרי.

# en: You are trying to save her meeting, but with a promise about somebody else's hands. If Dóra can't manage it, Réka is late and the promise was yours.
what-can-you-do-reply-2-feedback = ניסית להציל לה את הפגישה, אבל בהבטחה על הידיים של מישהי אחרת. אם דורה לא תצליח, רקה תאחר, וההבטחה הייתה שלך.

# en: Not a lot today, I'm afraid. We're fully booked all afternoon, and the system won't let me double-book a chair. Shall I find you another day this week?
what-can-you-do-reply-3 = לא הרבה היום, לצערי. אנחנו מלאים כל אחר הצהריים, והמערכת לא נותנת לי לרשום שתי לקוחות לאותו כיסא. לחפש לך יום אחר השבוע?

# en: Not much today, I'm afraid. We're booked solid for the rest of the afternoon, and the system doesn't allow double bookings. Shall I look for another day this week?
what-can-you-do-reply-3-wording-1 = לצערי, היום לא הרבה. כל אחר הצהריים תפוס, והמערכת לא מאפשרת לי לקבוע שתי לקוחות על אותו כיסא. שאחפש לך יום אחר השבוע?

# en: Not much, we're fully booked. Another day this week?
what-can-you-do-reply-3-wording-2 = היום אנחנו מלאים; לחפש לך יום אחר?

# en: honestly not a lot today sorry, we're full all afternoon and our booking software won't let me put two people in one chair. want me to look for a different day this week?
what-can-you-do-reply-3-wording-3 = סורי, היום כמעט כלום, הכול מפוצץ עד הערב והמחשב לא נותן לי לדחוס עוד לקוחה באותה עמדה. לבדוק לך מועד אחר השבוע?

# en: Not much, I'm afraid. The whole afternoon is booked out and the system won't let me put two clients in one chair. Shall I look at another day this week?
what-can-you-do-reply-3-wording-4 = האמת, האפשרויות שלי מוגבלות. כל השעות עד הערב תפוסות, והתוכנה חוסמת רישום כפול על אותה עמדה. רוצה שאציע לך יום אחר השבוע?

# en: Sorry, we're full today. Another day this week?
what-can-you-do-reply-3-wording-5 = סליחה, היום אנחנו מלאים. יום אחר השבוע?

# en: sorry, theres not much i can do today, we're fully booked and the computer won't allow double bookings. want another day this week?
what-can-you-do-reply-3-wording-6 = סורי אין הרבה מה לעשות היום, הכל תפוס והמחשב לא מאפשר רישום כפול. בא לך יום אחר השבוע?

# en: You answered from the system, not from the room: Kinga has a free chair right now. 'Not a lot' tells Réka her lunch break was wasted for nothing.
what-can-you-do-reply-3-feedback = ענית מתוך המערכת, לא מתוך מה שרואים בסלון: לקינגה יש כרגע כיסא פנוי. "לא הרבה" אומר לרקה שהפסקת הצהריים שלה בוזבזה לשווא.

# en: Speed things up? I'm paying for a proper gel manicure, not a rush job. And can you really promise I'll be out by twenty past?
rushed-risk-says-1 = לזרז? אני משלמת על מניקור ג'ל כמו שצריך, לא על עבודה חפוזה. ואת באמת יכולה להבטיח שאצא עד אחת ועשרים?

# en: No, I can't promise that for Dóra, and I shouldn't have. Kinga's free now and done by quarter past, or Dóra another day.
rushed-risk-reply-1 = לא, את זה אין לי איך להבטיח בשם דורה, וטעיתי שהבטחתי. קינגה פנויה עכשיו ותסיים באחת ורבע, או דורה ביום אחר.

# en: No, I can't guarantee that on Dóra's behalf, and I was wrong to. Kinga is free now and would be done by 1:15, or you can see Dóra another day.
rushed-risk-reply-1-wording-1 = לא, את זה אני לא יכולה להבטיח בשמה של דורה, וטעות שלי שהבטחתי. אפשר אצל קינגה עכשיו עם סיום באחת ורבע, או תור אחר אצל דורה.

# en: No, I shouldn't have promised. Kinga now, or Dóra another day.
rushed-risk-reply-1-wording-2 = לא אבטיח בשם דורה, טעיתי. קינגה עכשיו, או דורה בפעם אחרת.

# en: no, honestly i can't guarantee dóra's timing and i shouldn't have said it. kinga can do you now and finish by 1.15, or dóra on a different day
rushed-risk-reply-1-wording-3 = את צודקת, לא הייתי צריך להבטיח את זה על דורה, זה לא בידיים שלי. מה שכן: קינגה לוקחת אותך כבר עכשיו ומשחררת ברבע אחרי אחת, או שנקבע לך אצל דורה מועד אחר

# en: No, I can't guarantee that with Dóra, and I was wrong to say it. Kinga can take you now and finish by quarter past, or you can see Dóra another day.
rushed-risk-reply-1-wording-4 = לא, את זה אני לא יכולה לערוב לך אצל דורה, וטעיתי כשאמרתי את זה. קינגה יכולה לקחת אותך עכשיו ולסיים עד אחת ורבע, או שתבואי לדורה ביום אחר.

# en: No, I can't promise that, sorry. Kinga now or Dóra another day?
rushed-risk-reply-1-wording-5 = לא, את זה אני לא יכולה להבטיח, סליחה. קינגה עכשיו או דורה ביום אחר?

# en: You're right, I shouldn't have promised that for Dóra. What I can offer is Kinga now, done by 1:15, or Dóra on a different day.
rushed-risk-reply-1-wording-6 = בצדק, הבטחה כזאת על דורה לא הייתה במקום. ההצעה שלי: קינגה כבר עכשיו ובחוץ ב־13:15, או תור לדורה במועד אחר.

# en: Taking back your own promise is uncomfortable and exactly right. You replaced a guarantee you couldn't keep with two offers you can.
rushed-risk-reply-1-feedback = לחזור בך מהבטחה של עצמך זה לא נעים, וזה בדיוק הדבר הנכון. החלפת התחייבות שלא יכולת לעמוד בה בשתי הצעות שאפשר לעמוד בהן.

# en: Yes, I promise. Dóra's really quick when she needs to be, and she'd never do a rush job. You'll be out in plenty of time.
rushed-risk-reply-2 = כן, זו הבטחה. דורה ממש מהירה כשצריך, והיא אף פעם לא עושה עבודה חפוזה. תצאי עם הרבה זמן בצד.

# en: Yes, I promise you. Dóra can be very fast when she has to be, and she never cuts corners. You'll leave with time to spare.
rushed-risk-reply-2-wording-1 = כן, מבטיחה. דורה יודעת לעבוד מהר כשצריך, ואף פעם לא עושה עבודה מרושלת. יישאר לך עוד זמן בשפע.

# en: Yes, promise. Dóra's quick and never rushes; you'll be fine.
rushed-risk-reply-2-wording-2 = כן, מבטיח, דורה מהירה ולא מתפשרת על איכות.

# en: yes i promise, dóra's super quick when she has to be, plus she'd never rush it. you'll be out with loads of time
rushed-risk-reply-2-wording-3 = כן, סגור, את יוצאת בזמן. דורה טסה כשצריך והתוצאה תמיד מושלמת, עוד יישאר לך זמן לקפה לפני הפגישה

# en: Yes, I promise. Dóra works really fast when she has to and she never does a rush job, you'll be out with time to spare.
rushed-risk-reply-2-wording-4 = כן, מתחייבת. דורה זריזה מאוד כשיש צורך, ואצלה אין עבודה חפיפניקית לעולם, עוד יישאר לך זמן מיותר.

# en: Yes, I promise, you'll be out in time.
rushed-risk-reply-2-wording-5 = כן, מבטיחה, תצאי בזמן.

# en: i promise yes, dora never rushes but she is really quick, you'll have loads of time
rushed-risk-reply-2-wording-6 = כן, מבטיחה. דורה אף פעם לא ממהרת על חשבון האיכות, אבל היא ממש מהירה, יהיה לך מלא זמן

# en: She told you why she doubts it, and you doubled the promise instead of checking it. If Dóra runs over again, Réka will remember who promised.
rushed-risk-reply-2-feedback = היא אמרה לך למה היא מפקפקת, ובמקום לבדוק הכפלת את ההבטחה. אם דורה תתעכב שוב, רקה תזכור מי הבטיח.

# en: Well, it's that or rebook, I'm afraid. Those are the only two options we have today, and I can't change Dóra's diary.
rushed-risk-reply-3 = טוב, או זה או תור חדש, לצערי. אלה שתי האפשרויות היחידות שיש לנו היום, ובאמת אין לי איך לשנות את היומן של דורה.

# en: Well, it's either that or we rebook you, I'm afraid. That's all we can offer today, and I can't alter Dóra's schedule.
rushed-risk-reply-3-wording-1 = טוב, לצערי או שככה או שקובעים תור חדש. אין היום שום אפשרות שלישית, ואת היומן של דורה אני לא יכולה לשנות.

# en: It's that or rebooking; those are your only options.
rushed-risk-reply-3-wording-2 = או ככה, או תור חדש. זה מה יש.

# en: well either that or you rebook, i'm afraid. there's only the two options today and dóra's diary won't budge
rushed-risk-reply-3-wording-3 = תשמעי, זה מה שיש, או זה או קביעה מחדש, אין פה עוד אופציות היום, ואני לא יכול לגעת ביומן של דורה

# en: I'm afraid it's either that or rebooking. Those are the only two choices today, and I can't move Dóra's schedule.
rushed-risk-reply-3-wording-4 = אני מצטערת, אבל הבחירה היא בין זה לבין תור חדש. יותר מזה אין לי להציע היום, ובלוח של דורה אני לא יכולה לשנות דבר.

# en: Sorry, it's that or rebook, nothing else.
rushed-risk-reply-3-wording-5 = סליחה, זה או קביעה מחדש, אין משהו אחר.

# en: that's really all we can do today im afraid, take it or rebook, dora's diary can't be changed
rushed-risk-reply-3-wording-6 = זה באמת כל מה שאפשר היום, סורי, או שזה או שקובעים מחדש, ביומן של דורה אי אפשר לשנות כלום

# en: Take-it-or-leave-it sounds impatient, and it isn't even true: Kinga has a free chair. It pushes Réka towards asking for someone else.
rushed-risk-reply-3-feedback = "זה מה יש" נשמע חסר סבלנות, וזה אפילו לא נכון: לקינגה יש כיסא פנוי. זה דוחף את רקה לבקש מישהו אחר.

# en: Thursday? So I gave up my lunch break for nothing? And half twelve is the exact slot that just ran over!
rebook-reaction-says-1 = ביום חמישי? אז ויתרתי על הפסקת הצהריים שלי סתם? ושתים־עשרה וחצי זאת בדיוק השעה שהרגע התארכה!

# en: Thursday at half twelve is the only lunchtime slot Dóra has this week, I'm afraid. Everything else is booked until the end of the month.
rebook-reaction-reply-1 = חמישי בשתים־עשרה וחצי זה התור היחיד של דורה בשעות הצהריים השבוע, לצערי. כל השאר מלא עד סוף החודש.

# en: I'm afraid Thursday at 12:30 is Dóra's only lunchtime space this week. She's fully booked otherwise until the month ends.
rebook-reaction-reply-1-wording-1 = לצערי, זה המקום היחיד שנשאר לדורה בשעות הצהריים השבוע, חמישי בשתים־עשרה וחצי. חוץ ממנו הכול מלא עד סוף החודש.

# en: Thursday 12:30 is her only lunchtime slot this week, sorry.
rebook-reaction-reply-1-wording-2 = זה התור היחיד שלה בצהריים, השאר מלא.

# en: sorry, thursday at half 12 is the only lunch slot dóra's got this week, the rest is booked up for weeks
rebook-reaction-reply-1-wording-3 = סורי, אין לדורה שום חלון צהריים אחר השבוע חוץ מחמישי, ועד סוף החודש היומן שלה סגור

# en: Sorry, Thursday at 12:30 is Dóra's only lunchtime slot this week. The rest of her diary is full until the end of the month.
rebook-reaction-reply-1-wording-4 = מצטערת, אצל דורה רק חמישי ב־12:30 פנוי בשעות הצהריים השבוע. כל שאר הזמנים שלה תפוסים עד סוף החודש.

# en: Sorry, that's Dóra's only lunch slot this week.
rebook-reaction-reply-1-wording-5 = לצערי חמישי בשתים־עשרה וחצי הוא החלון היחיד שלה בצהריים השבוע.

# en: It's the only lunchtime appointment she has, I'm afraid; Dóra's booked solid till the end of the month otherwise.
rebook-reaction-reply-1-wording-6 = זה התור היחיד שיש לה בצהריים, לצערי; מעבר לזה דורה בתפוסה מלאה עד סוף החודש.

# en: Reading out the diary answers a question she didn't ask. She has just told you that slot is the problem; offering it again shows you didn't hear her.
rebook-reaction-reply-1-feedback = להקריא לה את היומן זו תשובה לשאלה שהיא לא שאלה. היא בדיוק אמרה לך שהשעה הזאת היא הבעיה; להציע אותה שוב מראה שלא שמעת אותה.

# en: Fair on both counts; I jumped ahead. Kinga's free now and done by quarter past, or I'll book Dóra's first slot after her break.
rebook-reaction-reply-2 = צודקת בשני הדברים; קפצתי קדימה. קינגה פנויה עכשיו ותסיים באחת ורבע, או התור הראשון של דורה אחרי ההפסקה שלה.

# en: You're right about both; I got ahead of myself. Kinga's available right now and would finish by 1:15, or I can book you into Dóra's first appointment after her break.
rebook-reaction-reply-2-wording-1 = צודקת בשתי הנקודות; מיהרתי מדי. קינגה יכולה עכשיו ולסיים עד אחת ורבע, או שאקבע לך את התור הראשון של דורה מיד אחרי ההפסקה שלה.

# en: Fair point, I rushed. Kinga now, or Dóra straight after her break?
rebook-reaction-reply-2-wording-2 = צודקת, קפצתי. קינגה עכשיו, או דורה ישר אחרי ההפסקה שלה.

# en: fair, both of those. i jumped the gun. kinga can take you now and be done by 1.15, or i'll put you in dóra's first slot once she's back from her break
rebook-reaction-reply-2-wording-3 = את צודקת בשני הדברים, רצתי מהר מדי. יש את קינגה ברגע זה עם סיום ברבע אחרי אחת, או הכי ראשון אצל דורה כשהיא חוזרת מהפסקת הצהריים

# en: You're right on both points, I got ahead of myself. Kinga can do you now and finish by 1:15, or I can book you into Dóra's first slot after her break.
rebook-reaction-reply-2-wording-4 = בשתי הנקודות את צודקת, הצעתי לפני שחשבתי. אפשר אצל קינגה כבר עכשיו עם סיום ב־13:15, או שתיכנסי ראשונה אצל דורה כשהיא חוזרת מההפסקה.

# en: You're right, I jumped ahead. Kinga now, or Dóra after her break?
rebook-reaction-reply-2-wording-5 = צודקת, קפצתי קדימה. קינגה עכשיו, או דורה אחרי ההפסקה?

# en: both fair points, i rushed that. how about kinga right now, done by quarter past, or dóra's first appointment once her break's over
rebook-reaction-reply-2-wording-6 = שתי נקודות הוגנות, מיהרתי. מה דעתך על קינגה עכשיו, סיום ברבע אחרי, או התור הראשון של דורה כשנגמרת לה ההפסקה

# en: You owned the slip and answered both things she said: today is not lost, and a slot straight after Dóra's break cannot be eaten by an earlier client.
rebook-reaction-reply-2-feedback = לקחת אחריות על הפזיזות וענית על שני הדברים שאמרה: היום לא אבוד, ותור מיד אחרי ההפסקה של דורה לא יכול להיבלע בגלל לקוחה מוקדמת יותר.

# en: I know, I'm sorry, I only offered Thursday because Dóra's so busy lately, and her regulars always want the same lunchtime slots.
rebook-reaction-reply-3 = ברור לי, סליחה, הצעתי את חמישי רק כי דורה מאוד עמוסה לאחרונה, והלקוחות הקבועות שלה תמיד רוצות את אותן שעות צהריים.

# en: I know, sorry, I suggested Thursday only because Dóra's been so busy recently, and her regular clients always ask for the same lunch slots.
rebook-reaction-reply-3-wording-1 = מבין, סליחה, הצעתי חמישי רק מפני שדורה מאוד מבוקשת בזמן האחרון, וכל הקבועות שלה רוצות דווקא את שעות הצהריים.

# en: Sorry, Dóra's just so busy; her regulars all want lunchtimes.
rebook-reaction-reply-3-wording-2 = סליחה, דורה פשוט עמוסה ושעות הצהריים מבוקשות.

# en: i know, sorry, i only said thursday cos dóra's been flat out lately, her regulars always go for the same lunch slots
rebook-reaction-reply-3-wording-3 = כן, סורי, זה רק כי דורה מפוצצת לאחרונה, והקבועות שלה תמיד חוטפות את אותן שעות בצהריים

# en: I know, sorry, I only suggested Thursday because Dóra's so busy at the moment, and her regular clients always book the same lunch slots.
rebook-reaction-reply-3-wording-4 = מבינה, סליחה. חמישי זה רק בגלל שלדורה יש עומס רציני בתקופה הזאת, והקבועות שלה נוהגות לשריין את אותן שעות בצהריים.

# en: Sorry, Dóra's just really busy, that's why Thursday.
rebook-reaction-reply-3-wording-5 = סליחה, דורה פשוט מאוד עמוסה, לכן חמישי.

# en: i know sorry, thursday was all i could offer because dora's regulars snap up the lunchtime slots, she's so busy lately
rebook-reaction-reply-3-wording-6 = יודעת סורי, חמישי זה מה שיכולתי להציע כי הקבועות של דורה תופסות את הצהריים, היא בטירוף לאחרונה

# en: An explanation of the diary, not an answer to her. She asked whether her lunch break was wasted; telling her how popular Dóra is doesn't give it back.
rebook-reaction-reply-3-feedback = הסבר על היומן, לא תשובה אליה. היא שאלה אם הפסקת הצהריים שלה הלכה לפח; לספר לה כמה דורה מבוקשת לא מחזיר לה אותה.

# en: Right, I've had enough. Is the manager in? I'd like to talk to someone who can actually sort this out.
manager-demand-says-1 = טוב, נמאס לי. המנהלת כאן? אני רוצה לדבר עם מישהו שבאמת יכול לסדר את זה.

# en: Of course. If you'd like to take a seat, I'll go and get Zsuzsa for you. She's just in the back office doing the rota.
manager-demand-reply-1 = כמובן. אם תשבי, אלך לקרוא לז'וז'ה. היא במשרד האחורי, עובדת על סידור העבודה.

# en: Certainly. Please sit down and I'll go and fetch Zsuzsa. She's just out the back working on the rota.
manager-demand-reply-1-wording-1 = ודאי. שבי רגע, ואני הולכת לקרוא לז'וז'ה. היא נמצאת במשרד מאחור ומסדרת את המשמרות.

# en: Sure, grab a seat and I'll go get Zsuzsa from the back office.
manager-demand-reply-1-wording-2 = בטח, שבי ואקרא לז'וז'ה מהמשרד.

# en: of course, pop yourself down and i'll grab zsuzsa, she's in the back office sorting the staff rota
manager-demand-reply-1-wording-3 = אין בעיה, תתיישבי בינתיים, אני מביא את ז'וז'ה מהמשרד, היא שם על סידור העבודה

# en: Sure. Have a seat and I'll fetch Zsuzsa for you, she's in the back office working on the rota.
manager-demand-reply-1-wording-4 = בוודאי. שבי בבקשה, ואביא לך את ז'וז'ה, היא בחדר האחורי מכינה את לוח המשמרות.

# en: Of course, take a seat, I'll get the manager.
manager-demand-reply-1-wording-5 = בטח, שבי, אני קוראת למנהלת.

# en: Yes, the manager's Zsuzsa, she's out the back doing the rota. If you sit down I'll go and get her.
manager-demand-reply-1-wording-6 = כן, המנהלת זה ז'וז'ה, היא מאחורה עושה משמרות. אם תשבי אלך להביא אותה.

# en: Courteous, and it respects her wish, but the case leaves your hands unsolved, and more of her lunch break goes on explaining it all again to Zsuzsa.
manager-demand-reply-1-feedback = מנומס, ומכבד את רצונה, אבל הטיפול יוצא מהידיים שלך בלי פתרון, ועוד חלק מהפסקת הצהריים שלה ילך על הסבר של הכול מחדש לז'וז'ה.

# en: Zsuzsa's in; I'll fetch her if you like. But I can fix this now: Kinga's free this minute and done by quarter past one.
manager-demand-reply-2 = ז'וז'ה כאן, אקרא לה אם תרצי. אבל אסדר לך את זה כבר עכשיו: קינגה פנויה ברגע זה ותסיים באחת ורבע.

# en: Zsuzsa is here, and I can get her if you want. But I can sort this right now: Kinga is free at this moment and could have you finished by 1:15.
manager-demand-reply-2-wording-1 = ז'וז'ה פה, ואקרא לה אם זה מה שתרצי. אבל יש לי פתרון מיידי בשבילך: קינגה פנויה ממש עכשיו ותגמור איתך עד אחת ורבע.

# en: I can get Zsuzsa, or Kinga can do you now, done by 1:15.
manager-demand-reply-2-wording-2 = אם תרצי אקרא לה, אבל קינגה פנויה עכשיו, עד אחת ורבע.

# en: zsuzsa's around, happy to get her for you. but i can sort it straight away, kinga's free this second and can be done by quarter past
manager-demand-reply-2-wording-3 = המנהלת כאן, אפשר לקרוא לה. אבל רגע, יש לי פתרון ביד: קינגה מתפנה כבר עכשיו ואת יוצאת ברבע אחרי אחת

# en: Zsuzsa is here and I can get her for you. But I can actually sort this right now: Kinga is free and can have you done by quarter past one.
manager-demand-reply-2-wording-4 = ז'וז'ה פה ואני יכולה לקרוא לה. אבל בעצם אני יכולה לפתור את זה כבר עכשיו: קינגה פנויה ויכולה לסיים איתך עד אחת ורבע.

# en: I can get Zsuzsa, but Kinga can do you now.
manager-demand-reply-2-wording-5 = אקרא לז'וז'ה אם תרצי, אבל קינגה יכולה עכשיו.

# en: happy to get zsuzsa if you want, but i can fix it now, kinga is free and will have you finished by 1.15
manager-demand-reply-2-wording-6 = אין בעיה להביא את ז'וז'ה אם בא לך, אבל אני יכולה לסדר את זה כבר עכשיו, קינגה פנויה ותסיים איתך עד 13:15

# en: You respected her request and still kept the case: a way to make her meeting, right away. Customers often ask for a manager only because they have given up on the person in front of them.
manager-demand-reply-2-feedback = כיבדת את הבקשה שלה ועדיין החזקת בטיפול: דרך להגיע לפגישה, מיד. לקוחות מבקשים מנהל פעמים רבות רק כי התייאשו מהאדם שעומד מולם.

# en: Of course. I'll bring Zsuzsa out now and tell her the whole story myself, the twenty minutes and your half-one meeting, so you needn't repeat it.
manager-demand-reply-3 = כמובן. אביא את ז'וז'ה עכשיו ואספר לה בעצמי את כל הסיפור, את עשרים הדקות ואת הפגישה שלך באחת וחצי, כדי שלא תצטרכי לחזור על זה.

# en: Certainly. I'll bring Zsuzsa out right away and give her the full story myself, the twenty-minute wait and your meeting at half one, so you won't need to repeat any of it.
manager-demand-reply-3-wording-1 = בוודאי. אני מביאה את ז'וז'ה עכשיו ומסבירה לה בעצמי את כל העניין, גם על עשרים הדקות וגם על הפגישה באחת וחצי, שלא תצטרכי להסביר שוב.

# en: Sure, I'll bring Zsuzsa out and fill her in on the whole story myself.
manager-demand-reply-3-wording-2 = אביא את ז'וז'ה ואסביר לה הכול בעצמי.

# en: of course, i'll go get zsuzsa and fill her in on the whole thing, the 20 min wait and your meeting at half one, so you don't have to say it all again
manager-demand-reply-3-wording-3 = בטח, אני קוראת למנהלת ומתדרכת אותה על הכול, העיכוב, הפגישה באחת וחצי, שלא תצטרכי לחזור על שום דבר

# en: Sure. I'll bring Zsuzsa out right now and explain everything to her myself, the twenty minute wait and your meeting at half one, so you don't have to tell it all again.
manager-demand-reply-3-wording-4 = בשמחה. אני קוראת לז'וז'ה עכשיו ומעדכנת אותה בעצמי בכל הפרטים, עשרים הדקות של העיכוב והפגישה באחת וחצי, ככה לא תצטרכי לפרט שוב.

# en: Yes, I'll get Zsuzsa and explain it all to her myself.
manager-demand-reply-3-wording-5 = כן, אקרא לז'וז'ה ואעדכן אותה בכול בעצמי.

# en: Of course, Réka. I'll brief Zsuzsa on the whole thing myself before she comes out, so you won't have to go over it again.
manager-demand-reply-3-wording-6 = כמובן, רקה. לפני שז'וז'ה יוצאת אלייך אתדרך אותה בעצמי על כל העניין, כך שלא תצטרכי לעבור על הכול שוב.

# en: A good handover: she won't have to tell it twice and you stay with it. But nothing here needed the manager; Kinga's free chair was yours to offer, and every minute of handing over is a minute of her lunch break.
manager-demand-reply-3-feedback = העברה טובה: היא לא תצטרך לספר פעמיים, והעניין נשאר בידיים שלך. אבל כאן לא היה צורך במנהלת; הכיסא הפנוי של קינגה היה בידיים שלך להציע, וכל דקה של העברה היא דקה מהפסקת הצהריים שלה.

# en: Zsuzsa will only tell you the same thing, I'm afraid. We're fully booked today, and she can't magic up a free technician.
manager-demand-reply-4 = ז'וז'ה תגיד לך בדיוק אותו דבר, לצערי. אנחנו מלאים היום, והיא לא יכולה להוציא מניקוריסטית פנויה מהכובע.

# en: I'm afraid Zsuzsa would say exactly the same. We're booked up today, and she can't conjure a free nail tech out of thin air.
manager-demand-reply-4-wording-1 = לצערי ז'וז'ה תענה לך בדיוק כמוני. אנחנו מלאים היום, ואין לה מאיפה להמציא מניקוריסטית פנויה.

# en: Zsuzsa will say the same; we're fully booked.
manager-demand-reply-4-wording-2 = המנהלת תגיד אותו דבר, אנחנו מלאים.

# en: zsuzsa's only going to tell you the same sorry, we're full today and she can't just magic up another technician
manager-demand-reply-4-wording-3 = סורי, גם ז'וז'ה תגיד לך אותו דבר, אין היום מקום בכלל והיא לא קוסמת שתשלוף מישהי פנויה

# en: I'm afraid Zsuzsa will just say the same. We're full today, and she can't make a free technician appear from nowhere.
manager-demand-reply-4-wording-4 = אני חוששת שגם ז'וז'ה תחזור על אותה תשובה. היום אין מקום, והיא לא יכולה לייצר מניקוריסטית פנויה משום מקום.

# en: The manager can't do anything, we're full.
manager-demand-reply-4-wording-5 = המנהלת לא יכולה לעשות כלום, אנחנו מלאים.

# en: honestly the manager would tell you the exact same thing, we're booked up and there's no spare technician
manager-demand-reply-4-wording-6 = האמת המנהלת תגיד לך בדיוק אותו דבר, אנחנו מפוצצים ואין אף מניקוריסטית פנויה

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

# en: Just between you and me, Dóra is always running late. I've said to the manager several times that she crams her bookings in too tight, but nothing's ever done.
colleague-question-reply-1-wording-1 = בינך לביני, דורה מאחרת כל הזמן. כבר כמה פעמים אמרתי למנהלת שהיא דוחסת לעצמה יותר מדי תורים, אבל אף אחד לא עושה עם זה כלום.

# en: Between us, Dóra's always late, and nothing changes.
colleague-question-reply-1-wording-2 = בסוד, דורה תמיד מאחרת, וזה לא משתנה.

# en: between you and me dóra's constantly behind. i've told the boss loads of times she overbooks herself but nothing ever happens
colleague-question-reply-1-wording-3 = שמעי, בסוד, דורה קבועה באיחורים. דיברתי על זה עם המנהלת אלף פעם, היא קובעת תורים צמוד מדי, אבל כלום לא זז

# en: Between you and me, Dóra always runs late. I keep telling the manager she packs her bookings too close together, but nothing is ever done about it.
colleague-question-reply-1-wording-4 = אגיד לך בשקט: דורה מאחרת כל הזמן. אני חוזרת ומתריעה אצל המנהלת שהיא מצופפת את הלקוחות שלה, אבל שום דבר לא קורה.

# en: Honestly, Dóra's always behind, between us.
colleague-question-reply-1-wording-5 = האמת, בינינו, דורה תמיד מאחרת.

# en: off the record dora is always late, she overbooks herself and the manager never does anything about it even though i've said
colleague-question-reply-1-wording-6 = לא לציטוט, דורה תמיד מאחרת, היא מעמיסה על עצמה והמנהלת אף פעם לא עושה כלום למרות שאמרתי

# en: It feels like siding with her, but running down a colleague makes the whole salon look unreliable, and Dóra has done her nails for two years. She now wonders what you say about her.
colleague-question-reply-1-feedback = זה מרגיש כמו לעמוד לצדה, אבל השמצה של עמיתה גורמת לכל הסלון להיראות לא אמין, ודורה עושה לה ציפורניים כבר שנתיים. עכשיו היא תוהה מה אומרים עליה.

# en: Honestly, her morning just ran over, and that's nobody's fault. You'll be in good hands with Kinga, she's lovely.
colleague-question-reply-2 = בכנות, פשוט הבוקר שלה התארך, וזה לא באשמת אף אחד. את בידיים טובות אצל קינגה, היא מקסימה.

# en: To be honest, her morning just overran, and no one's to blame. Kinga will look after you well, she's really nice.
colleague-question-reply-2-wording-1 = בכנות, פשוט הבוקר שלה נמשך יותר מהצפוי, ואין פה אשמה של אף אחד. קינגה נהדרת, את בידיים טובות איתה.

# en: Her morning just ran long; no one's fault. Kinga's lovely.
colleague-question-reply-2-wording-2 = הבוקר שלה התארך, אף אחד לא אשם. קינגה מעולה.

# en: honestly her morning just went over, not anyone's fault. you'll be fine with kinga, she's great
colleague-question-reply-2-wording-3 = האמת? סתם היה לה בוקר ארוך, אין פה אשמים. ואל דאגה, קינגה מקסימה, תצאי מרוצה

# en: To be honest, her morning just overran, it's no one's fault. Kinga's lovely, you'll be well looked after.
colleague-question-reply-2-wording-4 = האמת? הלו"ז שלה בבוקר פשוט גלש, ואף אחד לא אשם. קינגה חמודה, תקבלי ממנה יחס מעולה.

# en: Her morning ran over, nobody's fault. Kinga's great.
colleague-question-reply-2-wording-5 = הבוקר שלה נמשך, לא אשמת אף אחד. קינגה נהדרת.

# en: Kinga will take good care of you, she's lovely. Dóra's morning just ran long, that's not anyone's fault.
colleague-question-reply-2-wording-6 = קינגה תטפל בך מעולה, היא מקסימה. לדורה פשוט היה בוקר ארוך, זה לא באשמת אף אחד.

# en: No one blamed, and a kind word for Kinga. But she mentioned last month too: the best reply owned the part that really went wrong twice, nobody telling her in time.
colleague-question-reply-2-feedback = אף אחד לא הואשם, ומילה טובה על קינגה. אבל היא הזכירה גם את החודש שעבר: התשובה הטובה ביותר לקחה אחריות על מה שבאמת השתבש פעמיים, שאף אחד לא עדכן אותה בזמן.

# en: Her morning ran over; that happens with treatments. What shouldn't happen is you finding out at the desk. That part's on us.
colleague-question-reply-3 = הבוקר שלה התארך; עם טיפולים זה קורה. אבל לא היית אמורה לגלות את זה רק כשהגעת. החלק הזה עלינו.

# en: Her morning overran, which does happen with treatments. What should never happen is you only hearing about it when you reach the desk. That part's our fault.
colleague-question-reply-3-wording-1 = הטיפולים שלה הבוקר נמשכו יותר מהמתוכנן; זה קורה. אבל לגלות את זה רק כשנכנסת בדלת, זה כבר באחריות שלנו.

# en: Her morning overran, but you should've been told sooner; that's on us.
colleague-question-reply-3-wording-2 = הבוקר שלה התארך, אבל היינו צריכים להודיע לך מראש. זה עלינו.

# en: her earlier clients ran over, that can happen. but you shouldn't be finding out when you get to reception, that bit's our fault
colleague-question-reply-3-wording-3 = היה לה בוקר ארוך, קורה עם טיפולים. אבל היינו אמורים לעדכן אותך לפני שיצאת מהעבודה, ועל זה אני לוקחת אחריות

# en: Her morning overran, which can happen with treatments. But you shouldn't have found out only when you got to the desk, and that's our fault.
colleague-question-reply-3-wording-4 = הטיפולים שלה בבוקר חרגו מהזמן, דבר שקורה לפעמים. מה שלא בסדר זה שגילית את זה רק כשעמדת מול הדלפק, וזאת אשמה שלנו.

# en: Her morning overran, but we should've told you sooner.
colleague-question-reply-3-wording-5 = היא התעכבה בבוקר, אבל היה עלינו לעדכן אותך מוקדם יותר.

# en: treatments run over sometimes, that's normal. you finding out at reception isnt though, that bit's on us
colleague-question-reply-3-wording-6 = טיפולים לפעמים נמרחים, זה רגיל. אבל שתגלי את זה רק בקבלה? זה כבר לא בסדר, וזה עלינו

# en: An honest reason, no one judged, and the part that really went wrong, nobody telling her in time, taken on by the desk. Dóra stays someone Réka can trust with her nails.
colleague-question-reply-3-feedback = סיבה כנה, אף אחד לא נשפט, ואת מה שבאמת השתבש, שאף אחד לא עדכן אותה בזמן, לקחה על עצמה הקבלה. דורה נשארת מישהי שרקה יכולה לסמוך עליה עם הציפורניים שלה.

# en: I couldn't tell you, I'm afraid. I'm only on the desk; you'd have to ask Dóra herself when you see her next.
colleague-question-reply-4 = אין לי מושג, לצערי. אני רק בקבלה; תצטרכי לשאול את דורה בעצמך כשתראי אותה בפעם הבאה.

# en: I'm afraid I don't know. I just work on reception; you'd need to ask Dóra yourself next time you see her.
colleague-question-reply-4-wording-1 = לצערי אין לי מושג. אני רק בקבלה; את זה תשאלי את דורה בעצמך כשתפגשי אותה בפעם הבאה.

# en: No idea, I'm just reception; ask Dóra.
colleague-question-reply-4-wording-2 = לא יודע, אני רק בקבלה. תשאלי את דורה.

# en: sorry, no clue, i just do the desk, you'll need to ask dóra next time you're in
colleague-question-reply-4-wording-3 = סורי, אין לי שמץ, אני רק בדלפק. בפעם הבאה שתשבי אצל דורה תשאלי אותה

# en: Sorry, I don't know. I just work on reception, so you'd be best asking Dóra yourself next time.
colleague-question-reply-4-wording-4 = מצטערת, אין לי תשובה לזה. התפקיד שלי רק בדלפק, כך שעדיף שתבררי ישירות מול דורה בביקור הבא.

# en: I don't know, you'd have to ask Dóra.
colleague-question-reply-4-wording-5 = לא יודעת, תצטרכי לשאול את דורה.

# en: That's not something I'd know, I'm afraid, I only do the front desk. Ask Dóra when you next see her.
colleague-question-reply-4-wording-6 = זה לא משהו שאני יכול לדעת, אני רק בקבלה. תשאלי את דורה כשתראי אותה שוב.

# en: No blame, but no answer either. 'I'm only on the desk' is the messenger's excuse; at the desk you are the salon to her.
colleague-question-reply-4-feedback = בלי האשמות, אבל גם בלי תשובה. "אני רק בקבלה" הוא התירוץ של השליח; בדלפק, בעיניה הסלון הוא מי שעומד מולה.

# en: Always? She's done my nails for two years. And if you know she's always behind, why do you keep booking her back to back?
gossip-reaction-says-1 = תמיד? היא עושה לי ציפורניים כבר שנתיים. ואם אתם יודעים שהיא תמיד מאחרת, למה אתם ממשיכים לקבוע לה תורים צמודים?

# en: That was unfair of me; Dóra's excellent. The diary is kept here at the desk, so the gaps are mine to fix.
gossip-reaction-reply-1 = זה היה לא הוגן מצדי; דורה מצוינת. את היומן מנהלים כאן בקבלה, אז לדאוג למרווחים בין התורים זה עליי.

# en: I shouldn't have said that; Dóra's brilliant. The bookings are managed here at reception, so the spacing is my job to sort out.
gossip-reaction-reply-1-wording-1 = זה לא היה הוגן מצידי; דורה מעולה. את התורים קובעים כאן בקבלה, אז לשמור על רווח בין תור לתור זו האחריות שלי.

# en: That was unfair; Dóra's great. The diary's mine to fix.
gossip-reaction-reply-1-wording-2 = טעיתי, דורה מצוינת. הרווחים ביומן זה עליי.

# en: that wasn't fair of me, dóra's fantastic. we do the booking diary here on the desk, so sorting the gaps is on me
gossip-reaction-reply-1-wording-3 = סליחה, זה היה מיותר, דורה אלופה. מי שבונה את היומן זו אני בדלפק, אז אם אין אוויר בין התורים זה עליי לתקן

# en: I shouldn't have said that, it wasn't fair; Dóra is excellent. We do the diary here at reception, so fixing the gaps is my job.
gossip-reaction-reply-1-wording-4 = זה לא היה במקום מצדי ולא הוגן, דורה מקצוענית מעולה. סידור התורים נעשה פה בדלפק, אז לדאוג שיהיה מרווח ביניהם זה עליי.

# en: That wasn't fair of me. Dóra's brilliant, the bookings are my job.
gossip-reaction-reply-1-wording-5 = זה לא היה הוגן מצדי. דורה מעולה, התורים זה התפקיד שלי.

# en: You're right, that was unfair, Dóra's great at what she does. The booking gaps are on the desk, so that's mine to sort.
gossip-reaction-reply-1-wording-6 = את צודקת, זה היה לא הוגן, דורה מצוינת במה שהיא עושה. הפערים בין התורים הם של הקבלה, אז זה שלי לסדר.

# en: You took the remark back and moved the fault to where it can be fixed: the booking diary. Fixing the cause protects the next lunchtime client too.
gossip-reaction-reply-1-feedback = חזרת בך מההערה והעברת את האשמה למקום שאפשר לתקן אותו: יומן התורים. תיקון הסיבה מגן גם על הלקוחה הבאה בשעת הצהריים.

# en: I'm just telling you what it's like behind the scenes. The bookings aren't my decision, I'm afraid; the manager does the diary herself.
gossip-reaction-reply-2 = רק סיפרתי לך איך זה נראה מאחורי הקלעים. התורים זה לא ההחלטה שלי, לצערי; המנהלת מנהלת את היומן בעצמה.

# en: I'm only telling you how things are backstage. The bookings aren't up to me, I'm afraid; the manager handles the diary personally.
gossip-reaction-reply-2-wording-1 = רק שיתפתי אותך איך זה נראה מאחורה. את התורים אני לא קובעת, לצערי; המנהלת מטפלת ביומן לבד.

# en: Bookings aren't my call; the manager runs the diary.
gossip-reaction-reply-2-wording-2 = סתם סיפרתי; את היומן מנהלת המנהלת, לא אני.

# en: i'm just saying what goes on backstage. i don't decide the bookings though, the manager sorts the diary herself
gossip-reaction-reply-2-wording-3 = נו, רק סיפרתי לך מה קורה מאחורי הקלעים. זה לא בידיים שלי לקבוע תורים, סורי, זה כולו של המנהלת

# en: I'm only telling you how it is behind the scenes. I don't make the bookings, I'm afraid, the manager does the diary herself.
gossip-reaction-reply-2-wording-4 = רק תיארתי לך את המצב מבפנים. קביעת התורים לא אצלי, סליחה; את הלוח מנהלת המנהלת לבד.

# en: Not my decision, the manager does the bookings.
gossip-reaction-reply-2-wording-5 = זה לא החלטה שלי, המנהלת קובעת את התורים.

# en: just telling you how it really is back there. the manager does all the booking herself so it's not up to me
gossip-reaction-reply-2-wording-6 = סתם אמרתי לך איך זה באמת שם מאחורה. המנהלת עושה את כל השיבוצים לבד אז זה לא תלוי בי

# en: Defending the gossip and then disowning the diary leaves her thinking nobody here is responsible for anything, least of all her time.
gossip-reaction-reply-2-feedback = להגן על הרכילות ואז להתנער מהיומן משאיר אותה עם המחשבה שאף אחד כאן לא אחראי לשום דבר, ובטח לא לזמן שלה.

# en: Oh, don't get me wrong, she's lovely, and her work's brilliant. It's just that some days are busier than others, you know how it is.
gossip-reaction-reply-3 = אוי, אל תביני אותי לא נכון, היא מקסימה, והעבודה שלה מעולה. פשוט יש ימים עמוסים יותר מאחרים, את יודעת איך זה.

# en: Oh, please don't misunderstand, she's lovely and her nails are brilliant. Some days are just busier than others, that's all.
gossip-reaction-reply-3-wording-1 = לא, אל תביני לא נכון, היא נהדרת והעבודה שלה מצוינת. פשוט יש ימים יותר לחוצים מאחרים, את מכירה את זה.

# en: She's lovely, honestly; some days are just busier.
gossip-reaction-reply-3-wording-2 = היא מקסימה, באמת, פשוט יש ימים עמוסים.

# en: oh no don't take it the wrong way, she's really lovely and her work's amazing. it's just some days are manic, you know what it's like
gossip-reaction-reply-3-wording-3 = אוי, לא התכוונתי ככה, היא מדהימה ועושה עבודה מושלמת. זה רק שיש ימים מטורפים יותר, את יודעת

# en: Oh no, I didn't mean it like that, she's lovely and does brilliant work. Some days are just busier, you know how it goes.
gossip-reaction-reply-3-wording-4 = חס וחלילה, לא לזה התכוונתי, היא נפלאה והעבודה שלה מדהימה. יש פשוט ימים לחוצים, ככה זה.

# en: Don't get me wrong, she's lovely, just busy days.
gossip-reaction-reply-3-wording-5 = אל תביני לא נכון, היא מקסימה, סתם ימים עמוסים.

# en: oh she's lovely, really, and brilliant at nails. it's just that some days get busier than others, you know
gossip-reaction-reply-3-wording-6 = אוי היא חמודה באמת, ואלופה בציפורניים. פשוט יש ימים יותר עמוסים מאחרים, את יודעת

# en: You softened the remark but skipped her question: why book Dóra back to back? 'You know how it is' asks her to accept the very thing she is complaining about.
gossip-reaction-reply-3-feedback = ריככת את ההערה אבל דילגת על השאלה שלה: למה קובעים לדורה תורים צמודים? "את יודעת איך זה" מבקש ממנה לקבל בדיוק את מה שהיא מתלוננת עליו.

# en: Well. I still came early, and I've spent half my lunch break sitting in your waiting area.
lunch-lost-says-1 = נו. בכל זאת באתי מוקדם, וישבתי חצי מהפסקת הצהריים שלי באזור ההמתנה שלכם.

# en: The practical problem is nearly solved. The emotional one is not: she feels her time didn't count.
lunch-lost-hint = הבעיה המעשית כמעט נפתרה. הרגשית לא: היא מרגישה שהזמן שלה לא נחשב.

# en: Well, at least Kinga can fit you in now, so you'll still be back in time. That's the main thing, isn't it?
lunch-lost-reply-1 = טוב, לפחות קינגה יכולה לקבל אותך עכשיו, אז תחזרי בזמן. זה העיקר, לא?

# en: Well, Kinga can see you now at least, so you'll get back on time. That's what matters most, right?
lunch-lost-reply-1-wording-1 = נו, לפחות קינגה פנויה לקחת אותך עכשיו, ככה שתחזרי בזמן. וזה מה שחשוב, נכון?

# en: At least Kinga can do you now; that's the main thing.
lunch-lost-reply-1-wording-2 = לפחות תחזרי בזמן, זה העיקר.

# en: well kinga can squeeze you in now at least so you'll make it back, that's what counts isn't it?
lunch-lost-reply-1-wording-3 = טוב, העיקר שקינגה יכולה עכשיו ואת חוזרת לעבודה בזמן, לא?

# en: Well, the good news is Kinga can see you now, so you'll get back in time. That's what really matters, isn't it?
lunch-lost-reply-1-wording-4 = טוב, החדשות הטובות הן שקינגה יכולה לקבל אותך עכשיו, אז תחזרי בזמן. זה מה שבאמת חשוב, לא?

# en: At least you'll be back in time with Kinga.
lunch-lost-reply-1-wording-5 = לפחות עם קינגה תחזרי בזמן.

# en: well at least you'll make it back now kinga can take you, that's the important bit right?
lunch-lost-reply-1-wording-6 = נו לפחות עכשיו שקינגה לוקחת אותך את מספיקה לחזור, זה הכי חשוב לא?

# en: True, and the practical problem is solved, but 'at least' brushes past what she just told you. Her time was the real complaint, and it went unacknowledged.
lunch-lost-reply-1-feedback = נכון, והבעיה המעשית נפתרה, אבל "לפחות" מדלג על מה שהיא בדיוק אמרה. הזמן שלה היה התלונה האמיתית, ואף אחד לא הכיר בו.

# en: You did, and that's not right. Today's manicure is 20% off, and I've noted on your card to ring you if we run late.
lunch-lost-reply-2 = נכון, וזה לא בסדר. המניקור היום ב־20% הנחה, ורשמתי בכרטיס שלך להתקשר אלייך אם אנחנו מאחרים.

# en: Yes, you did, and it shouldn't have happened. You'll get 20% off today's manicure, and I've put a note on your record to phone you if we're behind.
lunch-lost-reply-2-wording-1 = צודקת, וזה לא תקין. היום המניקור בעשרים אחוז הנחה, וסימנתי בכרטיס שלך שנתקשר אלייך כשיש עיכוב.

# en: That's not right. 20% off today, and we'll ring you if we're late.
lunch-lost-reply-2-wording-2 = נכון, זה לא בסדר. 20% הנחה היום, ורשמתי בכרטיס שלך שנתקשר אם יש איחור.

# en: yep, and that's not ok. 20% off today's nails, and i've added a note to your file so we call you if we're running behind
lunch-lost-reply-2-wording-3 = את צודקת, זה לא בסדר. הורדתי לך עשרים אחוז מהמניקור, ורשמתי אצלך בכרטיס לטלפן אלייך אם אנחנו בעיכוב

# en: You did, and that's not okay. I'm taking 20% off today's manicure, and I've put a note on your card so we phone you if we're running late.
lunch-lost-reply-2-wording-4 = באמת באת מוקדם, וזה לא תקין שחיכית. קיבלת 20% הנחה על המניקור היום, והוספתי הערה בתיק הלקוחה שלך לצלצל אלייך כשיש עיכוב.

# en: 20% off today, and we'll call you next time we're late.
lunch-lost-reply-2-wording-5 = 20% הנחה היום, ובפעם הבאה שנאחר נתקשר אלייך.

# en: Réka, that shouldn't have happened. Today's nails are 20% off, and your card now says to ring you whenever we're behind.
lunch-lost-reply-2-wording-6 = רקה, זה לא היה צריך לקרות. הציפורניים היום ב־20% פחות, ובכרטיס שלך כתוב עכשיו להתקשר אלייך בכל פעם שאנחנו מאחרים.

# en: A real gesture and a change you control, both well judged. But it went straight to the remedy; the best reply first said what half a lunch break in a waiting area feels like, which is what she was telling you.
lunch-lost-reply-2-feedback = מחווה אמיתית ושינוי שבשליטתך, שניהם במקום. אבל קפצת ישר לפיצוי; התשובה הטובה ביותר אמרה קודם איך זה להעביר חצי הפסקת צהריים באזור המתנה, וזה בדיוק מה שהיא סיפרה לך.

# en: I'm so sorry, Réka. I promise you it will never, ever happen again. I'll personally make sure of it.
lunch-lost-reply-3 = כל כך צר לי, רקה. זה לעולם, אבל לעולם, לא יקרה שוב, זו הבטחה. אני אישית אדאג לזה.

# en: I'm really sorry, Réka. I promise this will never happen again, not ever. I'll see to it myself.
lunch-lost-reply-3-wording-1 = אני כל כך מצטערת, רקה. זה לא יקרה עוד אף פעם, אבל אף פעם, אני מבטיחה. אני בעצמי אדאג.

# en: Really sorry, Réka; it'll never happen again, promise.
lunch-lost-reply-3-wording-2 = זה לא יחזור אף פעם, מבטיח לך אישית.

# en: Réka i'm so so sorry, i promise you this won't ever happen again, i'll see to it myself
lunch-lost-reply-3-wording-3 = רקה, סורי באמת, נשבעת לך שזה לא יחזור על עצמו לעולם, אני אחראית על זה אישית

# en: I'm really so sorry, Réka. I promise this will never happen to you again, I'll make sure of it personally.
lunch-lost-reply-3-wording-4 = אני באמת כל כך מצטערת, רקה. אני מבטיחה שזה לא יקרה לך שוב אף פעם, אני אישית אוודא את זה.

# en: Sorry, I promise it'll never happen again.
lunch-lost-reply-3-wording-5 = סליחה, מבטיחה שזה לא יקרה שוב.

# en: i'm so sorry, never again, i promise you, i'll make sure of it myself
lunch-lost-reply-3-wording-6 = סורי ממש, אף פעם לא עוד, מבטיחה לך, אני אדאג לזה בעצמי

# en: Warm, and she hears that you care, but 'never again' is a promise no salon can keep. A gesture and a change you control would have meant more than a vow.
lunch-lost-reply-3-feedback = חם, והיא שומעת שאכפת לך, אבל "לעולם לא" היא הבטחה שאף סלון לא יכול לקיים. מחווה ושינוי שבשליטתך היו שווים יותר מנדר.

# en: Half your lunch break in our waiting area; I'd be fed up too. Today's manicure is 20% off, with my apologies.
lunch-lost-reply-4 = חצי הפסקת צהריים באזור ההמתנה שלנו; גם לי היה נמאס. המניקור היום ב־20% הנחה, וסליחה על ההמתנה.

# en: You've spent half your lunch hour sitting in our waiting room; I'd be annoyed too. I'm taking 20% off today's manicure, and I'm sorry.
lunch-lost-reply-4-wording-1 = חצי מהפסקת הצהריים שלך עברה אצלנו בכיסא ההמתנה; גם אותי זה היה מעצבן. היום יש לך עשרים אחוז הנחה על המניקור, ואני מצטער על ההמתנה.

# en: Half your lunch, gone waiting; I'd be fed up. 20% off today.
lunch-lost-reply-4-wording-2 = חצי הפסקה בהמתנה, גם אני הייתי מתעצבנת. 20% הנחה היום.

# en: half your lunch break stuck sitting in our waiting area? honestly i'd be fed up as well. have 20% off today's manicure, sorry again
lunch-lost-reply-4-wording-3 = לבזבז חצי מהצהריים על ספה בלובי שלנו, גם לי זה היה עולה על העצבים. המניקור היום בעשרים אחוז פחות, וסורי על כל ההמתנה

# en: You've lost half your lunch sitting in our waiting room, I'd be fed up as well. I'm giving you 20% off today's manicure, and I'm sorry.
lunch-lost-reply-4-wording-4 = בזבזת חצי מהפסקת הצהריים על כיסא בחדר ההמתנה שלנו, גם לי היו נגמרים הכוחות. המניקור של היום עם 20% הנחה, ואני מתנצלת.

# en: I'd be fed up too. 20% off today, sorry.
lunch-lost-reply-4-wording-5 = גם אני הייתי מתעצבנת. 20% הנחה היום, סליחה.

# en: i'd be annoyed too if half my lunch went on sitting in the waiting area. 20% off the manicure today with my apologies
lunch-lost-reply-4-wording-6 = גם אני הייתי מתבאסת אם חצי מהצהריים שלי היה הולך על לשבת בהמתנה. 20% הנחה על המניקור היום, עם התנצלות שלי

# en: You put yourself in her chair and said what it cost her, then matched the words with something real. That turns a lost lunch break into a reason to come back.
lunch-lost-reply-4-feedback = שמת את עצמך בכיסא שלה ואמרת מה זה עלה לה, ואז גיבית את המילים במשהו ממשי. כך הפסקת צהריים שאבדה הופכת לסיבה לחזור.

# en: Oh, is that Kinga waving? Is she ready for me?
handover-says-1 = אה, זאת קינגה שמנופפת? היא מוכנה בשבילי?

# en: Yes, she's all ready for you now. Go on through, it's station two on the left, just past the window. Can I take your coat?
handover-reply-1 = כן, היא כבר מוכנה בשבילך. תיכנסי, עמדה מספר שתיים משמאל, מיד אחרי החלון. לקחת לך את המעיל?

# en: Yes, she's ready for you. Head on through, it's the second station on the left, just beyond the window. Shall I take your coat?
handover-reply-1-wording-1 = כן, היא מחכה לך. את יכולה להיכנס, עמדה שתיים בצד שמאל, מיד אחרי החלון. לתלות לך את המעיל?

# en: Yes, go through: second station, on the left. Coat?
handover-reply-1-wording-2 = כן, עמדה שתיים משמאל. לקחת מעיל?

# en: yep she's ready! go on through, station 2 on the left past the window. want me to take your coat?
handover-reply-1-wording-3 = כן כן, היא מוכנה. תיכנסי, העמדה השנייה שמאלה ליד החלון. רוצה שאתלה לך את המעיל?

# en: Yes, she's ready now. Head through to station two, on the left past the window. Shall I take your coat for you?
handover-reply-1-wording-4 = כן, היא מחכה. גשי לעמדה מספר 2, בצד שמאל אחרי החלון. אפשר לקחת לך את המעיל?

# en: Yes, go through, station two. Can I take your coat?
handover-reply-1-wording-5 = כן, תיכנסי, עמדה שתיים. לקחת מעיל?

# en: yes she is, station 2, just on the left after the window. i'll take your coat if you like
handover-reply-1-wording-6 = כן כן, עמדה 2, ממש משמאל אחרי החלון. אם תרצי אני אקח לך את המעיל

# en: Efficient and polite enough, but no thanks for her patience, and Kinga knows nothing about half one. Réka will have to explain her deadline all over again.
handover-reply-1-feedback = יעיל ומנומס למדי, אבל בלי תודה על הסבלנות, וקינגה לא יודעת כלום על אחת וחצי. רקה תצטרך להסביר את הדדליין שלה מההתחלה.

# en: She is, thank you for waiting. Kinga, this is Réka; she has a meeting at half one, so she's out by twenty past.
handover-reply-2 = כן, ותודה שחיכית. קינגה, זאת רקה; יש לה פגישה באחת וחצי, אז היא יוצאת באחת ועשרים.

# en: She is, and thanks for waiting so patiently. Kinga, this is Réka, who has a half-one meeting, so we'll have her out by twenty past.
handover-reply-2-wording-1 = כן, ותודה שחיכית בסבלנות. קינגה, זאת רקה. היא יוצאת באחת ועשרים, כי הפגישה שלה באחת וחצי.

# en: Thanks for waiting. Kinga, Réka has to leave by 1:20.
handover-reply-2-wording-2 = כן, תודה שחיכית. קינגה, רקה יוצאת באחת ועשרים.

# en: she is, thanks so much for waiting! kinga, meet Réka, she's got a 1.30 meeting so she needs to be out by 1.20
handover-reply-2-wording-3 = כן, ותודה רבה שחיכית כל הזמן הזה. קינגה, תכירי את רקה: יש לה פגישה בחצי, אז באחת ועשרים היא יוצאת.

# en: She is, thank you so much for your patience. Kinga, let me introduce Réka; she's got somewhere to be at 1:30, so aim to finish at 1:20.
handover-reply-2-wording-4 = כן, ותודה ענקית על הסבלנות שלך. קינגה, הכירי את רקה; היא צריכה להיות במקום אחר בחצי, אז נכוון לשחרר אותה בעשרים.

# en: Thanks for waiting. Kinga, this is Réka, out by 1:20.
handover-reply-2-wording-5 = תודה שחיכית. קינגה, זאת רקה, יוצאת באחת ועשרים.

# en: thanks for bearing with us! kinga, meet Réka, she has to leave by twenty past for a half one meeting
handover-reply-2-wording-6 = תודה ענקית שחיכית לנו! קינגה, זאת רקה, היא חייבת לזוז בעשרים אחרי אחת לפגישה בחצי

# en: You thanked her for her patience and passed on the one detail that matters most, her deadline, so she doesn't have to explain it again or watch the clock alone.
handover-reply-2-feedback = הודית לה על הסבלנות והעברת את הפרט היחיד שהכי חשוב, הדדליין שלה, כך שהיא לא צריכה להסביר אותו שוב או לשמור על השעון לבד.

# en: Yes! Go on through, relax and take your time. You've earned a bit of pampering after all that waiting.
handover-reply-3 = כן! תיכנסי, תירגעי ואל תמהרי לשום מקום. אחרי כל ההמתנה הזאת מגיע לך קצת פינוק.

# en: Yes! In you go, relax and don't rush. You deserve a little treat after all that waiting.
handover-reply-3-wording-1 = כן! תיכנסי, תנוחי, ואין שום סיבה למהר. אחרי שחיכית כל כך הרבה, מגיע לך קצת לפנק את עצמך.

# en: Yes! Relax and take it slow; you've earned it.
handover-reply-3-wording-2 = כן, תיכנסי ותירגעי, אין לחץ.

# en: yes! off you go, sit back and enjoy it, no rush. you deserve some pampering after that wait
handover-reply-3-wording-3 = כן! יאללה פנימה, תשחררי, בלי לחץ בכלל, אחרי כזאת המתנה את צריכה רגע של כיף

# en: Yes! In you go, relax and enjoy it, no hurry. You deserve some pampering after all that waiting.
handover-reply-3-wording-4 = כן! כנסי פנימה, תנוחי ותיהני, אין לאן למהר. אחרי ההמתנה הארוכה את ראויה לקצת פינוק.

# en: Yes, go on in and relax, take your time.
handover-reply-3-wording-5 = כן, כנסי ותירגעי, קחי את הזמן.

# en: she is! go and put your feet up, take as long as you like, you've earned a treat after waiting that long
handover-reply-3-wording-6 = כן! לכי תרימי רגליים, קחי כמה זמן שבא לך, הרווחת פינוק אחרי כזאת המתנה

# en: A warm salon phrase, but 'take your time' is exactly what she can't do. After all that, it shows her meeting at half one slipped your mind.
handover-reply-3-feedback = משפט סלוני חם, אבל "אל תמהרי" זה בדיוק מה שהיא לא יכולה. אחרי כל זה, הוא מראה שהפגישה שלה באחת וחצי פרחה מזיכרונך.

# en: She is. Kinga, Réka's got a meeting at half one, so she needs to be out by twenty past, please.
handover-reply-4 = כן. קינגה, לרקה יש פגישה באחת וחצי, אז היא צריכה לצאת באחת ועשרים, בבקשה.

# en: Yes. Kinga, Réka has a 1:30 meeting, so she has to be finished by twenty past, please.
handover-reply-4-wording-1 = כן. קינגה, רקה צריכה להיות בפגישה באחת וחצי, אז בבקשה שתצא באחת ועשרים.

# en: Kinga, Réka needs to be done by twenty past, please; she's got a meeting.
handover-reply-4-wording-2 = קינגה, באחת ועשרים רקה צריכה לצאת, בבקשה.

# en: yep. kinga, Réka has to be at a meeting for 1.30 so can you have her done by twenty past please
handover-reply-4-wording-3 = כן. קינגה, שימי לב בבקשה: רקה צריכה לצאת באחת ועשרים, יש לה פגישה בחצי.

# en: Yes. Kinga, Réka has a meeting at 1:30, so please have her finished by twenty past.
handover-reply-4-wording-4 = כן. קינגה, רקה צריכה לסיים עד עשרים אחרי אחת, כי בחצי יש לה פגישה, תודה.

# en: Kinga, can you finish Réka by twenty past please, she has a meeting.
handover-reply-4-wording-5 = קינגה, רקה צריכה לצאת באחת ועשרים, יש לה פגישה, בבקשה.

# en: She is. Kinga, please make sure Réka is done by twenty past, she has to be at a meeting for half one.
handover-reply-4-wording-6 = היא מוכנה. קינגה, בבקשה תדאגי שרקה תסיים עד 13:20, היא צריכה להגיע לפגישה ב־13:30.

# en: The deadline passed on, so Réka needn't say it again: well done. What was missing is a word to her: after half an hour of waiting, the best reply thanked her before it briefed Kinga.
handover-reply-4-feedback = הדדליין הועבר, כך שרקה לא צריכה לחזור עליו: יפה. מה שחסר הוא מילה אליה: אחרי חצי שעה של המתנה, התשובה הטובה ביותר הודתה לה לפני שתדרכה את קינגה.

# en: Kinga's done, and it's only quarter past. Can I pay quickly? I really have to run.
checkout-says-1 = קינגה סיימה, והשעה רק אחת ורבע. אפשר לשלם מהר? אני ממש חייבת לרוץ.

# en: The last words are the ones she takes back to the office. Thank her, and say what happens next time.
checkout-hint = את המילים האחרונות היא לוקחת איתה למשרד. להודות לה, ולומר מה יקרה בפעם הבאה.

# en: Of course. Card or cash? Here's the reader for you, and the receipt will print in just a second.
checkout-reply-1 = בטח. אשראי או מזומן? הנה המסוף בשבילך, והקבלה תודפס תוך שנייה אחת.

# en: Sure. Are you paying by card or cash? This is the card machine, and your receipt will come out in a moment.
checkout-reply-1-wording-1 = בטח. כרטיס או מזומן? הנה המסוף, והקבלה יוצאת תוך שנייה.

# en: Sure, cash or card? Here's the machine.
checkout-reply-1-wording-2 = אשראי או מזומן?

# en: sure, cash or card? here's the machine, receipt'll print in a sec
checkout-reply-1-wording-3 = ברור, איך משלמים, כרטיס או כסף? קחי את המכשיר, הקבלה כבר מודפסת

# en: Sure. Cash or card? Here's the card machine, your receipt will print in a second.
checkout-reply-1-wording-4 = ודאי. איך תרצי לשלם, במזומן או באשראי? זה המסוף, הקבלה מודפסת בעוד רגע.

# en: Cash or card? Here's the reader.
checkout-reply-1-wording-5 = מזומן או אשראי? הנה המכשיר.

# en: no problem, card machine's here for you, or cash if you prefer. receipt's printing now
checkout-reply-1-wording-6 = אין בעיה, המסוף פה לידך, או מזומן אם נוח לך. הקבלה כבר יוצאת

# en: Quick, which she needs, but it ends the visit like any other sale: no thanks for her patience, no word about next time. After the morning she had, it feels as if nothing happened.
checkout-reply-1-feedback = מהיר, וזה מה שהיא צריכה, אבל זה סוגר את הביקור כמו כל מכירה אחרת: בלי תודה על הסבלנות, בלי מילה על הפעם הבאה. אחרי הבוקר שעבר עליה, זה מרגיש כאילו כלום לא קרה.

# en: Of course. Thank you for bearing with us today, Réka. Next time I'll ring you if we're running late. Good luck at half one!
checkout-reply-2 = בטח. תודה על הסבלנות, רקה. בפעם הבאה אתקשר אם אנחנו מאחרים. בהצלחה באחת וחצי!

# en: Certainly. Thanks for your patience today, Réka. In future I'll phone you if we're behind schedule. Good luck with your 1:30!
checkout-reply-2-wording-1 = בטח. רקה, תודה שהתאזרת בסבלנות. בפעם הבאה שאנחנו באיחור אני מתקשרת אלייך מראש. שיהיה בהצלחה בפגישה של אחת וחצי!

# en: Thanks for your patience, Réka. I'll call you next time we're late. Good luck!
checkout-reply-2-wording-2 = תודה רקה, אם נתעכב בפעם הבאה אתקשר. בהצלחה!

# en: sure thing! Réka, thanks so much for putting up with us today. next time we're running behind i'll give you a call first. good luck at 1.30!
checkout-reply-2-wording-3 = בטח, רקה, ותודה שחיכית בסבלנות. אם נהיה בפיגור בפעם הבאה, תקבלי ממני טלפון לפני. בהצלחה בפגישה באחת וחצי!

# en: Sure. Thanks for your patience today, Réka. If we're running late next time, I'll call you first. Good luck at 1:30!
checkout-reply-2-wording-4 = ברור. רקה, תודה שהיית סבלנית איתנו היום. בפעם הבאה שיהיה עיכוב, אצלצל אלייך לפני שאת יוצאת. בהצלחה בפגישה באחת וחצי!

# en: Thanks, Réka. I'll ring you next time we're late. Good luck!
checkout-reply-2-wording-5 = תודה רקה. אם נאחר, אתקשר אלייך. בהצלחה!

# en: Of course, Réka, and thank you for putting up with us. I'll phone you ahead if we ever run behind again. Best of luck with your meeting!
checkout-reply-2-wording-6 = כמובן, רקה, ותודה שסבלת אותנו. אם אי פעם שוב נהיה באיחור אתקשר אלייך מראש. המון בהצלחה בפגישה!

# en: A close that does three things in one breath: thanks her by name, tells her what will be different next time, and remembers her meeting. She leaves with the salon's last words, not the delay.
checkout-reply-2-feedback = סגירה שעושה שלושה דברים בנשימה אחת: מודה לה בשמה, אומרת מה יהיה שונה בפעם הבאה, וזוכרת את הפגישה שלה. היא יוצאת עם המילים האחרונות של הסלון, לא עם העיכוב.

# en: Of course, the card's fine. Thank you so much for waiting today, and good luck with your meeting!
checkout-reply-3 = בטח, אשראי זה מצוין. תודה רבה לך שחיכית כאן היום, ובהצלחה בפגישה!

# en: Sure, card is fine. Thanks very much for your patience today, and good luck at the meeting!
checkout-reply-3-wording-1 = בטח, אשראי זה בסדר גמור. תודה רבה שחיכית לנו היום, ושיהיה בהצלחה בפגישה!

# en: Card's fine. Thanks for waiting, and good luck!
checkout-reply-3-wording-2 = תודה שחיכית, ובהצלחה בפגישה!

# en: yep card's fine, thanks a million for waiting and good luck in your meeting!
checkout-reply-3-wording-3 = אין בעיה, כרטיס מעולה. באמת תודה שהתאזרת בסבלנות היום, ובהצלחה בישיבה!

# en: Sure, you can pay by card. Thanks so much for your patience today, good luck with the meeting!
checkout-reply-3-wording-4 = בטח, אפשר לשלם באשראי. תודה רבה על הסבלנות היום, בהצלחה בפגישה!

# en: Card's fine. Thanks, and good luck!
checkout-reply-3-wording-5 = אשראי זה בסדר. תודה, ובהצלחה!

# en: card is no problem. thank you for waiting today and best of luck at your meeting!
checkout-reply-3-wording-6 = כרטיס בלי בעיה. תודה שחיכית היום, ובהצלחה רבה בפגישה!

# en: Warm and quick, with thanks and her meeting remembered. What the best reply added is what happens next time: a call if the salon runs late, so she knows this won't simply repeat.
checkout-reply-3-feedback = חם ומהיר, עם תודה וזכירת הפגישה. מה שהתשובה הטובה ביותר הוסיפה הוא מה יקרה בפעם הבאה: טלפון אם הסלון מאחר, כדי שהיא תדע שזה לא פשוט יחזור על עצמו.

# en: Of course. And sorry again about earlier; Mondays are always chaos here, with two of the girls off and the phones going all morning.
checkout-reply-4 = בטח. ושוב סליחה על קודם; בימי שני תמיד יש פה בלגן, שתיים מהבנות בחופש והטלפונים מצלצלים כל הבוקר.

# en: Sure. And apologies again for earlier; Mondays are always mad here, what with two of the staff off and the phone ringing non-stop.
checkout-reply-4-wording-1 = בטח. ושוב מצטער על מה שהיה; ימי שני אצלנו תמיד מטורפים, שתי עובדות בחופשה והטלפון לא מפסיק לצלצל מהבוקר.

# en: Sorry again; Mondays are chaos, two staff off.
checkout-reply-4-wording-2 = סליחה שוב, ימי שני פה תמיד בלגן.

# en: sure, and sorry again about before, mondays are always manic here, two of the girls are off and the phones haven't stopped all morning
checkout-reply-4-wording-3 = ברור. וסורי שוב על העיכוב, בשני זה תמיד כאוס פה, חסרות לנו שתי בנות והטלפונים לא מפסיקים

# en: Of course. And sorry again for earlier; Mondays are always mad here, two of the girls are off and the phone's been ringing all morning.
checkout-reply-4-wording-4 = כמובן. ושוב מתנצלת על מה שהיה; יום שני אצלנו זה תמיד שיגעון, שתי מניקוריסטיות לא בעבודה והטלפון לא הפסיק מהבוקר.

# en: Sorry about earlier, Mondays are always crazy here.
checkout-reply-4-wording-5 = סליחה על קודם, ימי שני כאן תמיד מטורפים.

# en: sure. sorry again about the wait, we're two staff down today and mondays are always hectic with the phones
checkout-reply-4-wording-6 = בטח. סורי שוב על ההמתנה, חסרות לנו היום שתי עובדות וימי שני תמיד לחוצים עם הטלפונים

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

