### Defuse scenario `agent-never-called` (The call that came too late) in he, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: The call that came too late
title = השיחה שהגיעה מאוחר מדי

# en: You are an agent at a city estate agency, on office duty this morning. A client walks in without an appointment. Last week your colleague Gábor showed her a flat and promised to ring her the next day about her offer. He called days later, after the flat had been sold. Gábor is out at a viewing until the afternoon; the office manager is in a meeting until two, and Eszter, the agency's mortgage adviser, is at her desk.
brief = העבודה שלך: תיווך נדל״ן במשרד בעיר, והבוקר התורנות במשרד היא שלך. לקוחה נכנסת בלי פגישה מתואמת. בשבוע שעבר הקולגה שלך, גאבור, הראה לה דירה והבטיח להתקשר אליה למחרת בעניין ההצעה שלה. הוא התקשר רק כעבור כמה ימים, אחרי שהדירה כבר נמכרה. גאבור מראה דירה ללקוחות עד אחר הצהריים; מנהלת המשרד בפגישה עד שתיים, ואסתר, יועצת המשכנתאות של המשרד, יושבת ליד השולחן שלה.

# en: Dóra Farkas
customer-name = דורה פרקש

# en: offered 38.5 million forints for the Kárpát Street flat last Tuesday and was promised a call the next day
customer-trait-1 = הציעה 38.5 מיליון פורינט על הדירה ברחוב קארפאט ביום שלישי שעבר, והבטיחו לה שיחזרו אליה למחרת

# en: has given notice on her rented flat and must move out by the end of next month
customer-trait-2 = הודיעה לבעל הבית שהיא עוזבת את הדירה השכורה, וחייבת לפנות אותה עד סוף החודש הבא

# en: was told 'we had a lot of urgent cases' when the agent finally rang
customer-trait-3 = כשהמתווך סוף סוף התקשר, שמעה ממנו "היו לנו הרבה מקרים דחופים"

# en: Sorry, what? I didn't come in here for that. I want someone in this office to take my case seriously.
neutral-says-1 = סליחה, מה? לא בשביל זה באתי. אני רוצה שמישהו במשרד הזה סוף סוף יתייחס לעניין שלי ברצינות.

# en: I don't follow. I was promised a call about my offer, nobody rang, and meanwhile the flat was sold. What are you going to do about it?
neutral-says-2 = אני לא מבינה. הבטיחו לי טלפון בקשר להצעה שלי, אף אחד לא התקשר, ובינתיים הדירה נמכרה. מה אתם מתכוונים לעשות בעניין?

# en: Good morning. I'm Dóra Farkas, and I'd like to know why nobody in this office can pick up a phone. Last Tuesday Gábor showed me the flat on Kárpát Street. I offered 38.5 million, and he said he'd speak to the owner and ring me the next day. Nobody rang. I called here on Thursday and left a message. Yesterday he finally calls: it was sold on Friday. 'Sorry, we had a lot of urgent cases.'
opening-says-1 = בוקר טוב. אני דורה פרקש, ואני רוצה לדעת למה אף אחד במשרד הזה לא מסוגל להרים טלפון. ביום שלישי שעבר גאבור הראה לי את הדירה ברחוב קארפאט. הצעתי 38.5 מיליון, והוא אמר שידבר עם הבעלים ויתקשר אליי למחרת. אף אחד לא התקשר. ביום חמישי התקשרתי לכאן בעצמי והשארתי הודעה. ואתמול הוא סוף סוף מתקשר: הדירה נמכרה ביום שישי. "סליחה, היו לנו הרבה מקרים דחופים."

# en: I'm Dóra Farkas. A week ago I made an offer on the Kárpát Street flat, 38.5 million. Gábor promised to call me the next day with the owner's answer. I waited. I rang you on Thursday. Nothing. Then yesterday: 'It's gone, sold on Friday, we had a lot of urgent cases.' So my offer wasn't urgent?
opening-says-2 = אני דורה פרקש. לפני שבוע הגשתי הצעה על הדירה ברחוב קארפאט, 38.5 מיליון. גאבור הבטיח להתקשר למחרת עם התשובה של הבעלים. חיכיתי. ביום חמישי התקשרתי אליכם. כלום. ואז אתמול: "היא הלכה, נמכרה ביום שישי, היו לנו הרבה מקרים דחופים." אז ההצעה שלי לא הייתה דחופה?

# en: She has given you a whole week: the offer on Tuesday, the call promised for Wednesday, her own call on Thursday, the sale on Friday. How would that week have felt to you?
opening-hint = היא סיפרה לך שבוע שלם: ההצעה ביום שלישי, השיחה שהובטחה ליום רביעי, השיחה שלה ביום חמישי, המכירה ביום שישי. איך היה לעבור שבוע כזה?

# en: Ms Farkas, I'm so sorry. Gábor has had a terrible week: he's been covering for two colleagues who are off sick, and he's honestly been run off his feet.
opening-reply-1 = גברת פרקש, צר לי מאוד. לגאבור היה שבוע נוראי: הוא מחליף שני עובדים שחולים, ובאמת שאין לו אפילו רגע אחד לנשום.

# en: I'm really sorry, Ms Farkas. Gábor's been stretched thin this week, filling in for two people who are ill, and he's barely had a minute to himself.
opening-reply-1-wording-1 = גברת פרקש, אני ממש מצטערת. השבוע הזה היה קשה מאוד לגאבור, הוא מכסה על שני אנשים חולים ופשוט לא הספיק לנשום.

# en: Sorry, Gábor's been swamped covering for sick colleagues.
opening-reply-1-wording-2 = מצטער, גאבור פשוט היה עמוס בטירוף השבוע.

# en: so sorry, honestly gabor has had an awful week, two of the team are off ill and he's been doing their work on top of his own
opening-reply-1-wording-3 = אוי סליחה באמת, גאבור קורס השבוע, חצי צוות בבית עם שפעת והוא מחזיק הכול לבד

# en: Apologies, Ms Farkas. Gábor has been doing three people's jobs this week because two of the team are ill, and he's completely overwhelmed.
opening-reply-1-wording-4 = סליחה, גברת פרקש. גאבור עושה השבוע עבודה של שלושה אנשים כי שתי עובדות חולות, והוא פשוט טובע בעבודה.

# en: Sorry, Gábor was overloaded because half the team was sick.
opening-reply-1-wording-5 = סליחה, גאבור היה מוצף כי חצי מהצוות חולה.

# en: two colleagues off sick all week, so Gábor has been doing their work too, that's why, I'm so sorry
opening-reply-1-wording-6 = שני עובדים חולים בבית כל השבוע, אז גאבור מכסה גם עליהם, זה מה שקרה, אני ממש ממש מצטערת

# en: The sympathy goes to Gábor, not to her. She has just quoted 'we had a lot of urgent cases' at you, and this is the same excuse in longer words: his workload came before her offer.
opening-reply-1-feedback = האמפתיה הולכת לגאבור, לא אליה. היא בדיוק ציטטה לך "היו לנו הרבה מקרים דחופים", וזה אותו תירוץ במילים ארוכות יותר: העומס שלו בא לפני ההצעה שלה.

# en: Ms Farkas, you offered on Tuesday, chased us on Thursday, and heard nothing until it had gone. If I'd waited by the phone all week, I'd be furious too.
opening-reply-2 = גברת פרקש, הצעת ביום שלישי, התקשרת ביום חמישי, ושום מילה עד שנמכרה. שבוע שלם ליד הטלפון? גם אותי זה היה מוציא מהדעת.

# en: So you made an offer on Tuesday, rang us again on Thursday, and didn't hear a thing until the flat was sold. Waiting for the phone to ring all week like that would make me livid too.
opening-reply-2-wording-1 = גברת פרקש, נתת הצעה בשלישי, צלצלת אלינו בחמישי, ואף אחד לא חזר אלייך עד שהדירה כבר נמכרה. גם אני הייתי מאבדת את העשתונות אחרי שבוע כזה של המתנה.

# en: Offer Tuesday, chased Thursday, silence till it sold. I'd be furious as well.
opening-reply-2-wording-2 = הצעה בשלישי, הודעה בחמישי, ושתיקה עד המכירה. גם אני הייתי מתפוצץ.

# en: right so you put your offer in tuesday, called us thursday and got nothing back till it was gone. honestly if that was me i'd be fuming
opening-reply-2-wording-3 = וואו, הגשת הצעה, השארת הודעה, ואף אחד לא טרח לחזור אלייך כל השבוע... במקומך הייתי משתגעת לגמרי

# en: You put in an offer on Tuesday, followed it up on Thursday, and nobody told you anything until it was sold. Anyone left hanging like that all week would be angry.
opening-reply-2-wording-4 = הגשת הצעה ביום שלישי, בדקת שוב ביום חמישי, ואף אחד לא עדכן אותך עד שהדירה נמכרה. כל מי שהיו משאירים אותו תלוי ככה שבוע שלם היה כועס.

# en: You chased us and heard nothing. No wonder you're angry.
opening-reply-2-wording-5 = רדפת אחרינו ולא שמעת כלום. ברור שאת כועסת.

# en: Nobody got back to you after your Tuesday offer or your Thursday call, Ms Farkas, and you only found out once it was sold. I completely understand why you're so upset.
opening-reply-2-wording-6 = אף אחד לא חזר אלייך, לא אחרי ההצעה בשלישי ולא אחרי הטלפון בחמישי, גברת פרקש, וגילית רק אחרי שהדירה נמכרה. אני מבינה לגמרי למה את כל כך נסערת.

# en: You gave her week back in order and said how it would have felt to you. Nobody in this office has yet admitted that her anger makes sense; once someone does, she no longer has to prove it.
opening-reply-2-feedback = החזרת לה את השבוע שלה לפי הסדר ושמת את עצמך במקומה. אף אחד במשרד עוד לא הודה שלכעס שלה יש סיבה; ברגע שמישהו אומר את זה, היא כבר לא צריכה להוכיח אותו.

# en: I'm sorry to hear that. Gábor looks after the Kárpát Street listing, though, and he's out at a viewing until lunchtime. Could you come back this afternoon, when he's in?
opening-reply-3 = צר לי לשמוע. את הדירה ברחוב קארפאט מנהל גאבור, והוא מראה דירה ללקוחות עד הצהריים. תוכלי לחזור אחר הצהריים, כשהוא כבר יהיה כאן במשרד?

# en: Sorry about that. The Kárpát Street flat is Gábor's listing, but he's showing a property until about midday. Would you mind coming back later today once he's here?
opening-reply-3-wording-1 = מצטער לשמוע. הנכס בקארפאט באחריות של גאבור, והוא בסיור עם לקוחות עד הצהריים. אולי תקפצי שוב אחרי הצהריים כשהוא חוזר למשרד?

# en: Sorry, it's Gábor's listing; can you pop back this afternoon?
opening-reply-3-wording-2 = זה התיק של גאבור; תבואי שוב אחרי הצהריים כשהוא פה?

# en: oh i'm sorry. thing is gabor handles that property and he's showing a flat all morning, could you drop by again after lunch when he's back?
opening-reply-3-wording-3 = חבל מאוד. בנכס הזה מטפל גאבור, הוא בחוץ עם קונים עד שתים עשרה בערך, אפשר שתבואי שוב בשעה אחת ותדברי איתו ישירות?

# en: That's a shame. It's Gábor who deals with the Kárpát Street flat, and he won't be in until after lunch, so it's best if you return later.
opening-reply-3-wording-4 = חבל. מי שמטפל בדירה ברחוב קארפאט זה גאבור, והוא לא יגיע עד אחרי הצהריים, אז עדיף שתחזרי מאוחר יותר.

# en: Gábor isn't in yet, please come back after lunch.
opening-reply-3-wording-5 = גאבור עוד לא פה, תחזרי בבקשה אחרי הצהריים.

# en: Gábor is the one who handles that flat and he's out till lunch. Could you come back when he's in, Ms Farkas? Sorry about this.
opening-reply-3-wording-6 = גאבור הוא זה שאחראי על הדירה הזאת והוא לא במשרד עד הצהריים. תוכלי לבוא שוב כשהוא כאן, גברת פרקש? מצטער על זה.

# en: Polite, but it sends her off to wait for the very person who left her waiting all week. To Dóra you are the agency this morning; 'it's his listing' leaves her with nobody.
opening-reply-3-feedback = מנומס, אבל זה שולח אותה לחכות בדיוק לאדם שהשאיר אותה לחכות כל השבוע. בעיני דורה, מי שעומד מולה הבוקר הוא המשרד; "זה הנכס שלו" משאיר אותה בלי אף אחד.

# en: Let me see what else we have on our books near Kárpát Street. A couple of two-bedroom flats came in this week that might suit you even better.
opening-reply-4 = בואי נראה מה עוד יש לנו במלאי ליד רחוב קארפאט. השבוע נכנסו כמה דירות של שלושה חדרים שאולי אפילו יתאימו לך עוד יותר.

# en: Let me check what other properties we've got around Kárpát Street. We've had a few two-bed flats listed recently that could be an even better fit for you.
opening-reply-4-wording-1 = תני לי לבדוק אילו נכסים אחרים יש לנו באזור של קארפאט. נכנסו אצלנו השבוע כמה דירות שלוש חדרים שאולי יהיו לך אפילו טובות יותר.

# en: We've got some other flats nearby that might suit you better.
opening-reply-4-wording-2 = יש לנו דירות חדשות באזור, אולי אחת תתאים לך יותר.

# en: let me have a look at what else is available in that area, a couple of 2 bed places came on this week and they could work even better for you
opening-reply-4-wording-3 = תקשיבי, רק השבוע עלו אצלנו כמה נכסים חדשים ממש קרוב לשם, שלושה חדרים, אולי משהו מהם ישב לך אפילו יותר טוב

# en: Why don't I show you some similar properties in the same neighbourhood? We've just listed a few two-bedroom apartments that could be an even better match.
opening-reply-4-wording-4 = מה דעתך שאראה לך כמה נכסים דומים באותה שכונה? בדיוק פרסמנו כמה דירות שלושה חדרים שיכולות להתאים לך אפילו טוב יותר.

# en: I can show you other two-bed flats in that area.
opening-reply-4-wording-5 = אני יכולה להראות לך דירות שלושה חדרים אחרות באזור.

# en: two new 2-bedroom places came in near karpat street this week, shall i pull them up for you? might be even better
opening-reply-4-wording-6 = נכנסו השבוע שתי דירות 3 חדרים חדשות ליד רחוב קארפאט, לשלוף לך אותן? אולי אפילו יותר טובות

# en: Keen to help, but she has not yet heard a single word about the week she just described. New listings at this moment sound like 'forget Kárpát Street', which is the thing she came in angry about.
opening-reply-4-feedback = הרצון לעזור ברור, אבל היא עוד לא שמעה מילה אחת על השבוע שתיארה. נכסים חדשים ברגע הזה נשמעים כמו "תשכחי מקארפאט", ובדיוק על זה היא כועסת.

# en: Gábor this, Gábor that! I don't care who's busy or who's out. I was promised a call 'tomorrow' and it never came. Is anybody in this office going to take responsibility, or do I have to chase you a third time?
excuse-reaction-says-1 = שוב גאבור, כל הזמן גאבור! לא מעניין אותי מי עסוק ומי לא נמצא. הבטיחו לי טלפון "מחר", והוא לא הגיע אף פעם. מישהו במשרד הזה מתכוון לקחת אחריות, או שאני צריכה לרדוף אחריכם בפעם השלישית?

# en: I do understand how upsetting this is, but I can't really speak for what Gábor promised you. Only he knows exactly what was agreed with the owner.
excuse-reaction-reply-1 = ברור לי לגמרי כמה זה מתסכל, אבל אין לי באמת איך לענות על מה שגאבור הבטיח לך. רק הוא יודע מה בדיוק סוכם עם הבעלים.

# en: I can see how distressing this is for you, but I'm not in a position to answer for what Gábor told you. Only he knows what he and the owner agreed.
excuse-reaction-reply-1-wording-1 = אני מבינה לגמרי את התסכול, אבל אני לא באמת יכולה לענות בשם גאבור על מה שהוא אמר לך. מה שסוכם עם הבעלים ידוע רק לו.

# en: I understand, but I can't answer for Gábor's promise.
excuse-reaction-reply-1-wording-2 = מבין את התסכול, אבל רק גאבור יכול לענות על ההבטחה שלו.

# en: i totally get that you're upset, but honestly i don't know what gabor said to you, that's between him and the owner
excuse-reaction-reply-1-wording-3 = ברור שזה מעצבן, אני איתך, אבל על מה שגאבור הבטיח אני לא יכול לענות, רק הוא יודע מה הוא סגר עם בעל הנכס

# en: I appreciate you're upset, but I wasn't part of that conversation, so I can't tell you what Gábor promised or what the owner said.
excuse-reaction-reply-1-wording-4 = אני מעריכה שאת כועסת, אבל לא הייתי חלק מהשיחה הזאת, אז אני לא יכולה להגיד לך מה גאבור הבטיח או מה אמרה בעלת הדירה.

# en: I hear you, but I don't know what Gábor agreed with you.
excuse-reaction-reply-1-wording-5 = שומעת אותך, אבל אני לא יודעת על מה גאבור סיכם איתך.

# en: Only Gábor can tell you what was agreed with the owner, I'm afraid. I understand it's frustrating, but I can't speak for him.
excuse-reaction-reply-1-wording-6 = רק גאבור יוכל להגיד לך מה נקבע מול בעלת הדירה, לצערי. אני מבין שזה מתסכל, אבל אני לא יכול לדבר בשמו.

# en: The kind words are real, but the promise is still left with nobody. She asked whether anyone will take responsibility, and this answer is a courteous no.
excuse-reaction-reply-1-feedback = המילים החמות אמיתיות, אבל ההבטחה עדיין נשארת בלי אף אחד שאחראי עליה. היא שאלה אם מישהו ייקח אחריות, והתשובה הזאת היא "לא" מנומס.

# en: Please don't raise your voice at me, Ms Farkas. There are other clients in the office, and shouting isn't going to get this sorted any faster.
excuse-reaction-reply-2 = בבקשה לא להרים עליי את הקול, גברת פרקש. יש במשרד לקוחות אחרים, וצעקות לא יסדרו את זה מהר יותר.

# en: Ms Farkas, I'd ask you not to shout at me. We have other customers in here, and yelling won't resolve this any quicker.
excuse-reaction-reply-2-wording-1 = גברת פרקש, אני מבקשת שלא תצעקי עליי. יש פה עוד לקוחות במשרד, והרמת קול לא תפתור את זה יותר מהר.

# en: Please stop shouting, there are other clients here.
excuse-reaction-reply-2-wording-2 = בבקשה תנמיכי את הקול, יש פה עוד אנשים.

# en: could you keep your voice down please? there are people waiting and getting loud won't speed anything up
excuse-reaction-reply-2-wording-3 = גברתי, אני חייב לבקש שתדברי בשקט, אנחנו לא לבד כאן, וצעקות לא יקדמו שום דבר

# en: There's no need to shout, Ms Farkas. Other people are in the office, and getting angry won't make this go any quicker.
excuse-reaction-reply-2-wording-4 = אין צורך לצעוק, גברת פרקש. יש אנשים אחרים במשרד, והכעס לא יזרז את העניינים.

# en: Please calm down, you're disturbing the other clients.
excuse-reaction-reply-2-wording-5 = בבקשה תירגעי, את מפריעה ללקוחות האחרים.

# en: ms farkas please lower your voice, there are other customers here and yelling won't fix anything
excuse-reaction-reply-2-wording-6 = גב' פרקש, תורידי את הטון בבקשה, יש פה עוד לקוחות ולצעוק לא יתקן שום דבר

# en: It makes her voice the problem instead of the call that never came. In front of other clients it also lands as a public telling-off.
excuse-reaction-reply-2-feedback = זה הופך את הקול שלה לבעיה, במקום השיחה שלא הגיעה. ומול לקוחות אחרים זה גם נשמע כמו נזיפה בפומבי.

# en: I will. Who was busy is our problem, not yours. Your case is mine from now on, and I won't send you anywhere else.
excuse-reaction-reply-3 = אני אקח אחריות. מי היה עסוק, זו הבעיה שלנו, לא שלך. מעכשיו התיק שלך אצלי, ולא אשלח אותך לשום מקום אחר.

# en: Yes, me. Whoever was busy, that's for us to deal with, not you. From now on I'm handling your case personally, and I won't pass you on to anybody.
excuse-reaction-reply-3-wording-1 = האחריות עליי. זה שמישהו היה עסוק זו בעיה שלנו ולא שלך. מהרגע הזה אני מטפלת בתיק שלך אישית, ולא תצטרכי ללכת לאף אחד אחר.

# en: I'll take responsibility. It's my case now, no more passing you around.
excuse-reaction-reply-3-wording-2 = אני לוקח על זה אחריות, ומעכשיו את מתעסקת רק איתי.

# en: yes, i will. our workload isn't your problem. i'm dealing with this myself from here on and you won't be bounced to anyone else
excuse-reaction-reply-3-wording-3 = אני אחראית על זה מעכשיו. העומס פה זה לא הבעיה שלך. התיק עובר אליי, ואף אחד לא יעביר אותך הלאה

# en: Yes, I'm taking responsibility. How busy we were is our issue, not yours. I'll handle everything from here, and you won't be passed to anybody else.
excuse-reaction-reply-3-wording-4 = כן, אני לוקחת את האחריות. העומס שהיה אצלנו זו בעיה שלנו, לא שלך. מכאן והלאה אני מטפלת בכל דבר, ולא יעבירו אותך לאף אחד אחר.

# en: Yes, me. I'm handling your case from now on.
excuse-reaction-reply-3-wording-5 = כן, אני. מעכשיו אני מטפל בתיק שלך.

# en: Me. I'm owning this now, Ms Farkas; you won't need to chase us a third time, and I won't hand you to anyone else.
excuse-reaction-reply-3-wording-6 = אני. זה עליי עכשיו, גברת פרקש; לא תצטרכי לרדוף אחרינו בפעם השלישית, ואני לא מעבירה אותך לאף אחד.

# en: She asked who would take responsibility, and you answered 'I will' without defending anyone. 'I won't send you anywhere else' meets exactly what she fears: chasing this office a third time.
excuse-reaction-reply-3-feedback = היא שאלה מי ייקח אחריות, וענית "אני אקח אחריות" בלי להגן על אף אחד. "לא אשלח אותך לשום מקום אחר" עונה בדיוק על מה שהיא חוששת ממנו: לרדוף אחרי המשרד בפעם השלישית.

# en: That's it. I want to see the office manager. I'm not explaining all this again to someone who'll have forgotten me by tomorrow.
manager-demand-says-1 = זהו, די. אני רוצה לדבר עם מנהלת המשרד. אני לא מתכוונת להסביר את כל זה שוב למישהו שמחר כבר לא יזכור אותי.

# en: Of course, she's free at two. Before that, I can ring the owner now and find out where things really stand. Shall I, while you're here?
manager-demand-reply-1 = כמובן, היא מתפנה בשתיים. לפני כן, מה דעתך שאתקשר עכשיו לבעלת הדירה ואברר איפה הדברים עומדים, כל עוד את כאן?

# en: Certainly, she's available at two o'clock. In the meantime, would you like me to phone the owner right now, while you're sitting here, and find out exactly where we stand?
manager-demand-reply-1-wording-1 = בטח, היא פנויה בשתיים. ובינתיים, אולי אתקשר כבר עכשיו לבעלת הנכס ואבדוק מה המצב, כשאת יושבת פה לידי?

# en: Yes, she's free at two. Shall I call the owner now meanwhile?
manager-demand-reply-1-wording-2 = ברור, המנהלת בשתיים; בינתיים אתקשר לבעלת הדירה מולך?

# en: of course, the manager can see you at 2. while you wait, want me to give the owner a ring right now so we know what's actually going on?
manager-demand-reply-1-wording-3 = כמובן שתדברי איתה, היא משתחררת בשתיים. אבל עד אז, רוצה שאני ארים טלפון עכשיו לבעלים ואשמע איפה זה עומד, כשאת פה?

# en: Absolutely, the manager can see you at two. Until then, why don't I phone the owner while you're here and find out what's really happening?
manager-demand-reply-1-wording-4 = בהחלט, המנהלת יכולה לקבל אותך בשתיים. עד אז, למה שלא אצלצל לבעלת הדירה כל עוד את פה, ונגלה מה באמת קורה?

# en: Sure, at two. Want me to call the owner meanwhile?
manager-demand-reply-1-wording-5 = בטח, בשתיים. רוצה שבינתיים אתקשר לבעלת הדירה?

# en: She's free at 2, no problem. While we wait, shall I ring the owner right now so we know where things stand?
manager-demand-reply-1-wording-6 = היא פנויה ב־2, אין בעיה. בזמן שמחכים, להרים עכשיו טלפון לבעלים כדי שנדע איפה הדברים עומדים?

# en: You granted the request and offered to act this very minute, in front of her. People often ask for the manager because they have given up on the person in front of them; a phone call she can watch changes that.
manager-demand-reply-1-feedback = נענית לבקשה והצעת לפעול כבר בדקה הזאת, מול העיניים שלה. הרבה פעמים מבקשים מנהל כי כבר התייאשו ממי שעומד מולם; שיחת טלפון שהיא יכולה לראות משנה את זה.

# en: Of course. Please take a seat over there by the window, and I'll go and see whether she can come out of her meeting for you.
manager-demand-reply-2 = כמובן. בבקשה לשבת שם ליד החלון, ואני אלך לבדוק אם היא יכולה לצאת אלייך מהפגישה.

# en: Certainly. If you'd like to sit down by the window, I'll go and ask whether she can step out of her meeting to see you.
manager-demand-reply-2-wording-1 = בוודאי. תשבי בבקשה ליד החלון, ואני אבדוק אם היא יכולה לקפוץ אלייך באמצע הפגישה.

# en: Sure, have a seat and I'll see if she can come out.
manager-demand-reply-2-wording-2 = בטח, שבי רגע ליד החלון ואלך לבדוק אם היא תוכל לצאת מהפגישה.

# en: no problem, grab a chair over near the window, i'll pop in and check if she can leave her meeting for a minute
manager-demand-reply-2-wording-3 = אין בעיה, יש כיסאות שם ליד החלון, תתרווחי ואני אציץ אם המנהלת יכולה לצאת רגע מהישיבה

# en: Certainly, please sit down by the window for a moment and I'll check whether the manager can leave her meeting to see you.
manager-demand-reply-2-wording-4 = בוודאי, שבי בבקשה רגע ליד החלון ואני אבדוק אם המנהלת יכולה לעזוב את הפגישה ולקבל אותך.

# en: Please sit down, I'll go and check if she's available.
manager-demand-reply-2-wording-5 = תשבי בבקשה, אני הולכת לבדוק אם היא פנויה.

# en: Of course, Ms Farkas. She's in a meeting just now, but if you wait over by the window I'll go ask if she can break away.
manager-demand-reply-2-wording-6 = כמובן, גברת פרקש. היא כרגע בפגישה, אבל אם תחכי שם ליד החלון אני אלך לשאול אם היא יכולה להשתחרר לרגע.

# en: Courteous, and it grants her wish, but it does exactly what she just said she dreads: she will tell the whole story again to someone new. Nothing of her case goes with her.
manager-demand-reply-2-feedback = אדיב, ומכבד את הבקשה שלה, אבל עושה בדיוק את מה שהיא אמרה הרגע שהיא חוששת ממנו: לספר את כל הסיפור שוב למישהי חדשה. שום דבר מהתיק שלה לא עובר איתה.

# en: Of course; she's out of her meeting at two. I'll tell her your whole week myself, so you won't repeat a word, and I'll sit in with you.
manager-demand-reply-3 = כמובן; היא יוצאת מהפגישה בשתיים. אספר לה בעצמי את כל השבוע שלך, כדי שלא תצטרכי לחזור על מילה, ואשב איתך בפגישה.

# en: Certainly. Her meeting finishes at two. I'll fill her in on everything that happened this week so you don't have to go over it again, and I'll be in the room with you.
manager-demand-reply-3-wording-1 = בוודאי; בשתיים היא מסיימת את הפגישה. אני אעדכן אותה בכל מה שעבר עלייך השבוע, שלא תצטרכי להסביר שוב כלום, ואהיה איתך בחדר.

# en: Yes, at two. I'll brief her myself and stay with you.
manager-demand-reply-3-wording-2 = היא פנויה בשתיים; אני אתדרך אותה ואשב איתך.

# en: of course, she's free at 2. i'll explain the whole thing to her beforehand so you don't have to say it all again, and i'll come in with you
manager-demand-reply-3-wording-3 = ברור, היא יוצאת מהישיבה בשתיים. אני אמסור לה את כל הסיפור בעצמי, מההצעה ועד המכירה, שלא תצטרכי לספר מההתחלה, ואהיה שם לצידך

# en: Of course, she'll be free at two. I'll go over everything that's happened with her beforehand so you won't have to explain again, and I'll join you in the meeting.
manager-demand-reply-3-wording-4 = ודאי, היא תתפנה בשתיים. לפני כן אעבור איתה על כל מה שקרה, כדי שלא תצטרכי להסביר שוב, ואצטרף אלייך לפגישה.

# en: She's free at two; I'll explain everything and come with you.
manager-demand-reply-3-wording-5 = היא פנויה בשתיים; אסביר לה הכול ואבוא איתך.

# en: at 2 she's out of her meeting. i'll tell her the whole story myself first so you dont have to repeat anything, and i'll be sitting in with you
manager-demand-reply-3-wording-6 = ב־2 היא יוצאת מהפגישה. אני אספר לה קודם את כל הסיפור בעצמי אז את לא צריכה לחזור על כלום, ואני יושב איתך בפנים

# en: A good handover: you answered her fear of repeating herself and stayed with her. The best reply also gave her something before two o'clock; until then she still sits and waits, which is what she has done all week.
manager-demand-reply-3-feedback = העברה טובה: ענית על החשש שלה לחזור על עצמה ונשארת לצידה. התשובה הטובה ביותר נתנה לה גם משהו לפני שתיים; עד אז היא עדיין יושבת ומחכה, כמו כל השבוע.

# en: She'll only tell you what I'm telling you, I'm afraid: the flat has gone, and there's nothing anyone in this office can do about that now.
manager-demand-reply-4 = לצערי, היא תגיד לך בדיוק את מה שנאמר לך כאן: הדירה נמכרה, ואף אחד במשרד הזה כבר לא יכול לעשות עם זה כלום.

# en: Honestly, she'll say exactly what I'm saying: the flat's been sold and nobody here can change that now.
manager-demand-reply-4-wording-1 = למען האמת, המנהלת תגיד לך בדיוק אותו דבר: הדירה כבר נמכרה, ואין לאף אחד כאן שום דרך לשנות את זה.

# en: No point, she'll just tell you the flat's gone.
manager-demand-reply-4-wording-2 = אין טעם, היא תגיד לך אותו דבר: נמכרה וזהו.

# en: i'm afraid the manager would only repeat what i've said. it's sold, and none of us can do a thing about it at this stage
manager-demand-reply-4-wording-3 = תקשיבי, חבל על הזמן שלך, גם המנהלת לא תוכל לעשות כלום, הנכס הלך וזה סגור

# en: Seeing the manager won't change anything, I'm afraid. The flat is sold, and no one in this office can get it back now.
manager-demand-reply-4-wording-4 = לפגוש את המנהלת לא ישנה כלום, אני חוששת. הדירה נמכרה, ואף אחד במשרד הזה לא יכול להחזיר אותה עכשיו.

# en: The manager will just say the same: it's sold.
manager-demand-reply-4-wording-5 = המנהלת פשוט תגיד אותו דבר: זה נמכר.

# en: with respect, she'll give you the same answer I am, the kárpát street flat has gone and that's that
manager-demand-reply-4-wording-6 = עם כל הכבוד, היא תיתן לך את אותה תשובה שאני נותן, הדירה ברחוב קארפאט הלכה וזהו

# en: You refused her the one thing she asked for and told her it would be pointless. With no way forward left in this office, the only move she has is the door.
manager-demand-reply-4-feedback = סירבת לדבר היחיד שהיא ביקשה ואמרת לה שזה בכל מקרה חסר טעם. כשלא נשארת לה שום דרך במשרד, נשארת רק הדלת.

# en: Listen. Before anything else, you need to understand what this has done to me. I gave notice on my rented flat because of that offer: I have to be out by the end of next month. My bank's loan offer runs out on the 30th. And that flat was ten minutes' walk from my daughter's school.
what-now-says-1 = תקשיבו. לפני כל דבר אחר, אתם צריכים להבין מה זה עשה לי. בגלל ההצעה הזאת הודעתי לבעל הבית שאני עוזבת את הדירה השכורה: אני חייבת לצאת עד סוף החודש הבא. האישור העקרוני שלי מהבנק למשכנתא פג ב־30 לחודש. והדירה הזאת הייתה עשר דקות הליכה מבית הספר של הבת שלי.

# en: You know what the worst of it is? I gave notice on my rented flat, counting on that offer. I'm out at the end of next month. The bank's loan offer expires on the 30th. And it was ten minutes from my daughter's school.
what-now-says-2 = ויודעים מה הכי גרוע? הודעתי על עזיבת הדירה השכורה, כי סמכתי על ההצעה הזאת. בסוף החודש הבא אני בחוץ. האישור העקרוני מהבנק פג ב־30 לחודש. והדירה הייתה עשר דקות מבית הספר של הבת שלי.

# en: She has just told you what is really at stake: a move-out date, a loan that runs out, a school run. What is she feeling right now?
what-now-hint = היא סיפרה הרגע מה באמת מונח על הכף: מועד פינוי, אישור משכנתא שפג, הדרך לבית הספר. מה היא מרגישה עכשיו?

# en: You're right, the timing was awful. But the market's moving very fast right now; even with a call on Wednesday, that flat might well have gone anyway.
what-now-reply-1 = את צודקת, התזמון היה נוראי. אבל השוק זז עכשיו מהר מאוד; גם עם שיחה ביום רביעי, ייתכן מאוד שהדירה הייתה הולכת בכל מקרה.

# en: Yes, the timing couldn't have been worse. But properties are selling so quickly at the moment that it could easily have been sold even if Gábor had called you on Wednesday.
what-now-reply-1-wording-1 = נכון, התזמון היה גרוע. אבל השוק עכשיו רץ, ואפילו אם היו מתקשרים אלייך ברביעי, סביר שהדירה הייתה נמכרת בכל זאת.

# en: Bad timing, but it might have sold regardless of the call.
what-now-reply-1-wording-2 = השוק רותח, הדירה כנראה הייתה נמכרת גם ככה.

# en: true, awful timing. but honestly things are flying off the market right now, a wednesday call might not have changed anything
what-now-reply-1-wording-3 = צודקת, זה יצא בזמן הכי גרוע, אבל בינינו, הביקוש עכשיו מטורף, וגם עם טלפון בזמן יש סיכוי טוב שמישהו אחר היה חוטף אותה

# en: I know, the timing was terrible. Still, flats are going incredibly quickly at the moment, so even if Gábor had rung on Wednesday you might have lost it.
what-now-reply-1-wording-4 = אני יודעת, העיתוי היה גרוע. ובכל זאת, דירות נחטפות עכשיו במהירות מטורפת, אז גם אם גאבור היה מצלצל ביום רביעי אולי היית מפסידה אותה.

# en: The market is so fast it probably would have sold anyway.
what-now-reply-1-wording-5 = השוק כל כך מהיר שהיא כנראה הייתה נמכרת בכל מקרה.

# en: even if we'd called you wednesday, honestly the flat could have gone, the market is crazy right now. bad timing though
what-now-reply-1-wording-6 = גם אם היינו מתקשרים אלייך ברביעי, בכנות הדירה יכלה ללכת, השוק משוגע עכשיו. תזמון גרוע אבל

# en: It may even be true, but it answers her fear about her home with a reason why the missed call didn't matter. She did not come in for a market report.
what-now-reply-1-feedback = אולי זה אפילו נכון, אבל על הפחד שלה לגבי הבית ענית בהסבר למה השיחה שלא הגיעה לא שינתה כלום. היא לא באה לשמוע סקירת שוק.

# en: Right. Let me pull up everything we have under 38.5 million near the school, so you've got real options well before the end of next month.
what-now-reply-2 = טוב. אוציא את כל מה שיש לנו מתחת ל־38.5 מיליון ליד בית הספר, כדי שיהיו לך אפשרויות אמיתיות הרבה לפני סוף החודש הבא.

# en: Okay. I'll bring up every property we have below 38.5 million close to your daughter's school, so you'll have proper choices long before you need to move out.
what-now-reply-2-wording-1 = בסדר. אני אשלוף את כל הנכסים שלנו עד 38.5 מיליון באזור בית הספר, שיהיה לך ממה לבחור הרבה לפני שאת צריכה לצאת.

# en: Let me find flats below 38.5 million close to the school.
what-now-reply-2-wording-2 = אסנן לך כל מה שיש עד 38.5 מיליון באזור של בית הספר.

# en: ok let me search everything we've got up to 38.5m around the school, that way you'll have some actual options before your move out date
what-now-reply-2-wording-3 = אוקיי, בואי נעשה סינון: כל הדירות בתקציב שלך, במרחק קצר מהבית ספר של הבת, כדי שתהיה לך בחירה אמיתית עוד לפני המעבר

# en: Okay, I'll look up all our listings near your daughter's school that come in below 38.5 million, so you have real choices in plenty of time before you move out.
what-now-reply-2-wording-4 = אוקיי, אחפש את כל הנכסים שלנו ליד בית הספר של הבת שלך שמתחת ל־38.5 מיליון, שיהיו לך אפשרויות אמיתיות בזמן, הרבה לפני שאת יוצאת מהדירה.

# en: I'll look for flats near the school within your budget.
what-now-reply-2-wording-5 = אחפש לך דירות עד 38.5 מיליון ליד בית הספר.

# en: Under 38.5 million and close to the school, let me search for those now so you have options well before next month's deadline.
what-now-reply-2-wording-6 = מתחת ל־38.5 מיליון וקרוב לבית הספר, בואי אחפש כאלה עכשיו כדי שיהיו לך אפשרויות הרבה לפני הדדליין בסוף החודש הבא.

# en: Practical, and you kept her budget and the school in mind. But she has just told you she may lose her home; the best reply said out loud how frightening that is before turning to the screen.
what-now-reply-2-feedback = מעשי, וזכרת את התקציב ואת בית הספר. אבל היא סיפרה הרגע שהיא עלולה לאבד את הבית; התשובה הטובה ביותר אמרה בקול כמה זה מפחיד, ורק אחר כך פנתה למסך.

# en: I'm sorry if it feels like we've let you down, Ms Farkas. Nobody here wanted you to lose the flat, believe me, least of all Gábor.
what-now-reply-3 = צר לי אם את מרגישה שאכזבנו אותך, גברת פרקש. תאמיני לי, אף אחד כאן לא רצה שתפסידי את הדירה, ובטח לא גאבור.

# en: I'm sorry if you feel we've failed you, Ms Farkas. Honestly, no one here wanted you to miss out on that flat, Gábor least of all.
what-now-reply-3-wording-1 = אני מצטער אם יש לך תחושה שאכזבנו אותך, גברת פרקש. באמת, לאף אחד פה לא היה רצון שתפסידי את הדירה, גם לא לגאבור.

# en: Sorry if it seems we let you down; nobody wanted this.
what-now-reply-3-wording-2 = סליחה אם זה הרגיש לך כמו אכזבה מצידנו.

# en: sorry if it comes across like we dropped the ball. trust me nobody in the office wanted you to lose it, gabor especially
what-now-reply-3-wording-3 = מצטערת שזה נראה לך ככה, כאילו הפקרנו אותך. אבל תאמיני, אף אחד במשרד לא רצה שהדירה תלך לך, גאבור בטח שלא

# en: I apologise if you feel let down by us, Ms Farkas. Believe me, nobody here wanted this to happen, and Gábor least of anyone.
what-now-reply-3-wording-4 = אני מתנצלת אם את מרגישה שאכזבנו, גברת פרקש. תאמיני לי, אף אחד פה לא רצה שזה יקרה, וגאבור הכי פחות.

# en: Sorry if you feel let down, but no one wanted this.
what-now-reply-3-wording-5 = סליחה אם את מרגישה מאוכזבת, אבל אף אחד לא רצה את זה.

# en: Ms Farkas, if it feels like we've failed you then I'm sorry, but honestly none of us wanted you to lose that flat, certainly not Gábor.
what-now-reply-3-wording-6 = גברת פרקש, אם זה מרגיש כאילו נכשלנו מולך אז אני מצטער, אבל באמת אף אחד מאיתנו לא רצה שתפסידי את הדירה, בטח לא גאבור.

# en: 'If it feels like' turns the office's broken promise into her impression. And she has just told you about her notice and her loan; the apology passes over both.
what-now-reply-3-feedback = "אם את מרגישה" הופך את ההבטחה שהמשרד הפר לרושם שלה. והיא בדיוק סיפרה על ההודעה לבעל הבית ועל המשכנתא; ההתנצלות מדלגת על שניהם.

# en: Ms Farkas, your home, your loan and your daughter's school all hang on this. That's frightening, and it's our doing.
what-now-reply-4 = גברת פרקש, הבית שלך, המשכנתא ובית הספר של הבת שלך תלויים בזה. זה מפחיד, וזה באשמתנו.

# en: Your home, your mortgage offer and your daughter's school are all at stake here, Ms Farkas. That's a scary position to be in, and we put you there.
what-now-reply-4-wording-1 = גברת פרקש, מדובר בבית שלך, באישור המשכנתא ובבית הספר של הבת. זה מלחיץ ומפחיד, והאשמה היא שלנו.

# en: Your home and your daughter's school are at risk, and that's our fault.
what-now-reply-4-wording-2 = הדירה, המשכנתא, בית הספר... זה מפחיד, ואנחנו אשמים.

# en: so your flat, the bank deadline and the school run all depend on this. that's really scary, and it's down to us
what-now-reply-4-wording-3 = את עלולה להישאר בלי קורת גג, עם אישור שפג ורחוק מהבית ספר של הילדה. ברור שזה מבהיל, וזה עלינו, לא עלייך

# en: Ms Farkas, losing this puts your housing, your mortgage and your daughter's school all in doubt. That's terrifying, and we caused it.
what-now-reply-4-wording-4 = גברת פרקש, בגלל זה הדיור שלך, המשכנתא ובית הספר של הבת שלך עומדים בסימן שאלה. זה מצב מבהיל, ואנחנו גרמנו לו.

# en: That's a frightening position, and we caused it.
what-now-reply-4-wording-5 = זה מצב מפחיד, ואנחנו אחראים לו.

# en: so the move-out date, the bank deadline on the 30th and your daughter's school all rode on that flat. that's a scary place to be and it's our fault
what-now-reply-4-wording-6 = אז תאריך הפינוי, האישור מהבנק שפג ב־30 ובית הספר של הבת, הכול נשען על הדירה הזאת. זה מקום מפחיד להיות בו וזו אשמה שלנו

# en: You named the fear behind the complaint: a move-out date, a loan deadline and a school run, not just one flat. Saying 'frightening' out loud tells her she is a person here, not a lost listing.
what-now-reply-4-feedback = קראת בשם לפחד שמאחורי התלונה: מועד פינוי, מועד אחרון למשכנתא והדרך לבית הספר, לא רק דירה אחת. המילה "מפחיד" שנאמרת בקול אומרת לה שהיא בן אדם כאן, לא נכס שאבד.

# en: Don't lecture me about the market! I made my offer on Tuesday. The other buyer signed on Friday. If Gábor had rung on Wednesday like he said he would, that flat would be mine.
market-argument-says-1 = רק בלי הרצאות על השוק! הגשתי הצעה ביום שלישי. הקונה השני חתם ביום שישי. אם גאבור היה מתקשר ביום רביעי כמו שהבטיח, הדירה הייתה שלי.

# en: We can't really know that, though. The owner might well have preferred the other buyer's offer in any case; they were paying cash, as far as I know.
market-argument-reply-1 = את זה אי אפשר באמת לדעת. ייתכן שבעלת הדירה הייתה מעדיפה את ההצעה של הקונה השני בכל מקרה; עד כמה שידוע לי, הם שילמו במזומן.

# en: Well, we can't be certain of that. The owner may have chosen the other offer anyway, since I believe they were a cash buyer.
market-argument-reply-1-wording-1 = את זה אף אחד לא יכול לדעת בוודאות. יכול להיות שבעלת הנכס הייתה בוחרת בקונה השני בכל מקרה; לפי מה שאני יודעת, הוא בא עם מזומן.

# en: We can't know that; the other buyer was paying cash.
market-argument-reply-1-wording-2 = אין לדעת, הקונה השני שילם במזומן.

# en: hmm we don't actually know that though. the other buyer had cash i think so the owner might have gone with them regardless
market-argument-reply-1-wording-3 = אממ, זה לא בטוח בכלל, ייתכן שהבעלים היו הולכים על ההצעה השנייה בכל אופן, כי שמעתי שהם הביאו כסף מלא בלי משכנתא

# en: That's not necessarily true. The other buyer had cash, I understand, so the owner could easily have picked them regardless.
market-argument-reply-1-wording-4 = זה לא בהכרח נכון. לקונה השני היה מזומן, ככה הבנתי, אז בעלת הדירה הייתה יכולה בקלות לבחור בו בכל מקרה.

# en: Maybe not, the other offer was cash.
market-argument-reply-1-wording-5 = אולי לא, ההצעה השנייה הייתה במזומן.

# en: honestly no one can say that for sure, a cash buyer might have won anyway
market-argument-reply-1-wording-6 = בכנות, אף אחד לא יכול להגיד את זה בביטחון, קונה עם מזומן אולי היה זוכה בכל מקרה

# en: You kept arguing about what might have happened. Even if you won the point you would lose her: the missed call is a fact, the other outcome is a guess.
market-argument-reply-1-feedback = המשכת להתווכח על מה שהיה יכול לקרות. גם ניצחון בוויכוח היה עולה לך בלקוחה: השיחה שלא הגיעה היא עובדה, התוצאה האחרת היא ניחוש.

# en: You're right: you were first, with a real offer, and we let three days slip. That's on this office, not on the market.
market-argument-reply-2 = את צודקת: היית הראשונה, עם הצעה רצינית, ואנחנו נתנו לשלושה ימים לחמוק. זה על המשרד, לא על השוק.

# en: You're quite right. You got in first with a genuine offer and we let Wednesday, Thursday and Friday go by. That's our fault, not the market's.
market-argument-reply-2-wording-1 = צודקת לגמרי: הגעת ראשונה עם הצעה רצינית, ואנחנו הנחנו לשלושה ימים לעבור בלי כלום. זו אשמת המשרד, לא של השוק.

# en: You were first, and we let it slip. That's our fault.
market-argument-reply-2-wording-2 = את צודקת, הפסדנו שלושה ימים, וזה עלינו.

# en: yeah fair, you made a proper offer before anyone else and we sat on it for three days. that's down to us, the market has nothing to do with it
market-argument-reply-2-wording-3 = נכון, היית פה קודם, ההצעה שלך הייתה על השולחן, ואנחנו פשוט ישנו שלושה ימים. אל תאשימי את השוק, זה המשרד שפישל

# en: You're right. You got your offer in first, it was a serious one, and we sat on it for three days. That's our failure, not the market's.
market-argument-reply-2-wording-4 = צדקת. ההצעה שלך הגיעה ראשונה, היא הייתה רצינית, וישבנו עליה שלושה ימים. זה כישלון שלנו, לא של השוק.

# en: You're right, you were first and we dropped it.
market-argument-reply-2-wording-5 = צודקת, היית ראשונה ואנחנו הפלנו את זה.

# en: Three days we let slip after you were first with a real offer, Ms Farkas. That's this office's fault, nothing to do with the market.
market-argument-reply-2-wording-6 = שלושה ימים נתנו לזה לחמוק אחרי שהגעת ראשונה עם הצעה אמיתית, גברת פרקש. זו אשמת המשרד הזה, לשוק אין קשר לזה.

# en: You dropped the argument at once and owned the lost days. She had the dates right, Tuesday against Friday, and you let her be right.
market-argument-reply-2-feedback = עזבת את הוויכוח מיד ולקחת אחריות על הימים שאבדו. היא זכרה את התאריכים נכון, שלישי מול שישי, ונתת לה לצאת צודקת.

# en: I'm sorry, I really am, but Gábor needed the owner's answer before he could ring you, and she was away until Thursday evening.
market-argument-reply-3 = צר לי, באמת, אבל גאבור היה צריך את התשובה של בעלת הדירה לפני שהתקשר אלייך, והיא לא הייתה בארץ עד חמישי בערב.

# en: I'm truly sorry, but Gábor couldn't call you back until he'd heard from the owner, and the owner didn't get back until late Thursday.
market-argument-reply-3-wording-1 = אני באמת מצטער, אבל גאבור לא יכול היה לחזור אלייך בלי תשובה מבעלת הנכס, והיא שהתה מחוץ לארץ עד חמישי בערב.

# en: Sorry, but the owner was away, so Gábor couldn't ring you.
market-argument-reply-3-wording-2 = סליחה, אבל בעלת הדירה הייתה בנסיעה עד חמישי.

# en: i am sorry, really, but the owner wasn't around till thursday night and gabor had to wait for her reply before getting back to you
market-argument-reply-3-wording-3 = אני מבינה אותך, אבל גאבור היה חייב לקבל קודם תשובה מהבעלים, והיא בכלל טסה לחופשה ונחתה רק ביום חמישי בלילה

# en: I do apologise, but the owner was away until Thursday night, and Gábor couldn't phone you until she'd given him an answer.
market-argument-reply-3-wording-4 = אני מתנצל, אבל בעלת הדירה נסעה ולא חזרה עד חמישי בלילה, וגאבור לא יכול היה לטלפן אלייך לפני שקיבל ממנה תשובה.

# en: Sorry, Gábor was waiting on the owner, who was away.
market-argument-reply-3-wording-5 = סליחה, גאבור חיכה לבעלת הדירה שהייתה בחו"ל.

# en: the owner only got back thursday evening, so gabor had nothing to tell you before then, I am sorry though
market-argument-reply-3-wording-6 = בעלת הדירה חזרה רק בחמישי בערב, אז לגאבור לא היה מה להגיד לך לפני כן, אבל אני מצטערת בכל זאת

# en: The 'but' takes the apology straight back. Even with the owner away, a two-line call on Wednesday would have kept the promise, and she knows it.
market-argument-reply-3-feedback = ה"אבל" לוקח את ההתנצלות מיד בחזרה. גם כשבעלת הדירה לא הייתה זמינה, שיחה של שתי שורות ביום רביעי הייתה מקיימת את ההבטחה, והיא יודעת את זה.

# en: So is it really gone? Gábor just said 'sold'. Is there anything at all you can do about Kárpát Street?
is-it-final-says-1 = אז היא באמת הלכה? גאבור רק אמר "נמכרה". יש משהו, כל דבר שהוא, שאפשר לעשות בעניין הדירה ברחוב קארפאט?

# en: Check what you can actually deliver. The owner decides about her flat; you decide about your own phone calls.
is-it-final-hint = לבדוק מה באמת אפשר לקיים. על הדירה מחליטה בעלת הדירה; על שיחות הטלפון שלך ההחלטה היא שלך.

# en: Leave it with me. I'll speak to the owner myself this morning, and I'm confident I can get you back in the running for that flat.
is-it-final-reply-1 = תשאירי את זה לי. עוד הבוקר אדבר עם בעלת הדירה בעצמי, ואין לי ספק שאצליח להחזיר אותך לתמונה על הדירה הזאת.

# en: Leave this to me. I'll talk to the owner personally this morning, and I'm pretty sure I can put you back in with a chance on that flat.
is-it-final-reply-1-wording-1 = סמכי עליי. כבר הבוקר אני מדברת בעצמי עם בעלת הנכס, ואני בטוחה שאחזיר אותך למשחק על הדירה הזאת.

# en: I'll call the owner; I'm sure I can put you back in contention.
is-it-final-reply-1-wording-2 = עזבי, אני על זה, בטוח שנחזיר אותך למרוץ על הדירה.

# en: don't worry, i'll phone the owner personally today and i reckon i can put you back in with a shot at kárpát street
is-it-final-reply-1-wording-3 = אל תדאגי, את זה אני לוקחת עליי. אני מרימה טלפון לבעלים עוד לפני הצהריים, ואין מצב שלא נכניס אותך שוב לתמונה

# en: I'll handle this. I'm going to contact the owner myself this morning, and I'm sure I can get you back in the race for Kárpát Street.
is-it-final-reply-1-wording-4 = אני אטפל בזה. אני אצור קשר עם בעלת הדירה בעצמי עוד הבוקר, ואני בטוח שאצליח להחזיר אותך למירוץ על קארפאט.

# en: Leave it to me, I can get you back in for that flat.
is-it-final-reply-1-wording-5 = השאירי לי את זה, אחזיר אותך למשחק על הדירה.

# en: trust me, one call to the owner this morning and i think you'll be back in the running for it
is-it-final-reply-1-wording-6 = תסמכי עליי, שיחה אחת לבעלים הבוקר ואני חושב שתחזרי למרוץ על הדירה

# en: Warm, and she finally hears someone take her side, which is what she came in for. But the flat is the owner's to give, not yours; the best reply told her the truth and promised only a call you can make.
is-it-final-reply-1-feedback = חם, וסוף סוף היא שומעת שמישהו בצד שלה, ובשביל זה היא באה. אבל ההחלטה על הדירה בידי בעלת הדירה, לא בידיך; התשובה הטובה ביותר אמרה לה את האמת והבטיחה רק שיחה שבידיים שלך.

# en: I'm afraid it's sold. Once a reservation agreement has been signed, there's really nothing we or anyone else can do about it, I'm sorry.
is-it-final-reply-2 = לצערי היא נמכרה. ברגע שנחתם זיכרון דברים, באמת שאף אחד, לא אנחנו ולא אף אחד אחר, לא יכול לעשות עם זה כלום, צר לי.

# en: Unfortunately it has been sold. Once the reservation contract is signed, neither we nor anybody else can change it, sorry.
is-it-final-reply-2-wording-1 = לצערי הדירה כבר נמכרה. ברגע שיש זיכרון דברים חתום, אין שום גורם, לא המשרד ולא אחר, שיכול לשנות את זה. מצטער.

# en: Sorry, it's sold and the reservation's signed; nothing can be done.
is-it-final-reply-2-wording-2 = היא נמכרה, ואחרי זיכרון דברים אין מה לעשות.

# en: afraid so, it's sold. once the reservation contract is signed that's it, there's nothing we or anyone can do
is-it-final-reply-2-wording-3 = מצטערת, הנכס הלך. מהשנייה שחותמים על זיכרון דברים העסקה סגורה, ואין לאף אחד בעולם דרך להתערב בזה

# en: Unfortunately the sale has gone through. With a signed reservation agreement in place, there's nothing anyone can do now, I'm sorry.
is-it-final-reply-2-wording-4 = לצערי המכירה כבר התבצעה. יש זיכרון דברים חתום, אז אין מה שמישהו יכול לעשות עכשיו, מצטערת.

# en: It's sold, I'm afraid, and that can't be undone.
is-it-final-reply-2-wording-5 = היא נמכרה, לצערי, ואת זה אי אפשר לבטל.

# en: The reservation agreement has been signed, Ms Farkas, so I'm sorry, but that flat is gone for good.
is-it-final-reply-2-wording-6 = זיכרון הדברים כבר נחתם, גברת פרקש, אז אני מצטער, אבל הדירה הזאת אבודה סופית.

# en: True, but it stops at what cannot be done and leans on the rulebook. After a week of silence she needed to hear what you can still do for her.
is-it-final-reply-2-feedback = נכון, אבל זה נעצר במה שאי אפשר לעשות ונשען על הנוהל. אחרי שבוע של שתיקה היא הייתה צריכה לשמוע מה עוד אפשר לעשות בשבילה.

# en: I'll be straight with you: it's gone; the owner signed on Friday. I'll ask her to keep your offer on file, and ring you by five.
is-it-final-reply-3 = אהיה כנה איתך: היא הלכה, בעלת הדירה חתמה ביום שישי. אבקש ממנה לשמור את ההצעה שלך, ואתקשר אלייך עד חמש.

# en: Honestly, yes, it's gone; she signed on Friday. What I will do is ask her to hold on to your offer in case anything changes, and I'll phone you before five.
is-it-final-reply-3-wording-1 = אני אגיד לך את האמת: הדירה הלכה, הבעלים חתמה בשישי. אני אבקש ממנה להשאיר את ההצעה שלך בצד למקרה שמשהו ישתנה, ואחזור אלייך לפני חמש.

# en: It's sold. I'll ask her to hold your offer and ring by five.
is-it-final-reply-3-wording-2 = היא נמכרה בשישי; אבקש שיחזיקו את ההצעה שלך, ואחזור אלייך עד חמש.

# en: to be honest with you, yes, it's sold, she signed friday. what i can do is ask her to hang on to your offer and get back to you by 5
is-it-final-reply-3-wording-3 = בכנות, הדירה כבר לא זמינה, בעלת הנכס סגרה ביום שישי. מה שאני כן יכול: לבקש ממנה שההצעה שלך תישאר אצלה בתור גיבוי, ולהתקשר אלייך עד השעה חמש

# en: I won't pretend otherwise: it's sold, she signed on Friday. I'll ask the owner to keep your offer on record, and I'll phone you by five.
is-it-final-reply-3-wording-4 = לא אעמיד פנים: היא נמכרה, בעלת הדירה חתמה בשישי. אבקש ממנה לשמור את ההצעה שלך בתיק, ואתקשר אלייך עד חמש.

# en: It's gone, but I'll ask her to keep your offer. Call you by five.
is-it-final-reply-3-wording-5 = היא הלכה, אבל אבקש שתשמור את ההצעה שלך. אתקשר עד חמש.

# en: the owner signed on friday so yes its gone, sorry. i'll ask her to keep your offer just in case and you'll hear from me by 5
is-it-final-reply-3-wording-6 = הבעלים חתמה בשישי אז כן זה הלך, סליחה. אבקש ממנה להשאיר את ההצעה שלך ליתר ביטחון ותשמעי ממני עד 5

# en: Hard news said plainly, then the one thing you can really do, with a time that depends only on you. After a week of silence a straight answer is worth more than hope.
is-it-final-reply-3-feedback = בשורה קשה שנאמרה ישר, ואחריה הדבר היחיד שבאמת אפשר לעשות, עם שעה שתלויה רק בך. אחרי שבוע של שתיקה, תשובה ישרה שווה יותר מתקווה.

# en: You're sure? Gábor was sure too. 'I'll ring you tomorrow,' he said.
overpromise-doubt-says-1 = אין לך ספק? גם לגאבור לא היה ספק. "אתקשר אלייך מחר," ככה הוא אמר.

# en: You're right to ask. The flat is the owner's decision, not mine, so I can't promise it. I can promise her answer, from me, by five today.
overpromise-doubt-reply-1 = שאלה במקום. על הדירה מחליטה בעלת הדירה, לא אני, ולכן אותה לא אבטיח. אבטיח את התשובה שלה, ממני, היום עד חמש.

# en: Fair question. Whether you get the flat is up to the owner, so I can't guarantee that. What I can guarantee is that you'll hear her answer from me before five o'clock today.
overpromise-doubt-reply-1-wording-1 = את צודקת לשאול. ההחלטה על הדירה היא של בעלת הנכס ולא שלי, אז את זה אני לא מבטיחה. מה שאני כן מבטיחה: את התשובה שלה תקבלי ממני עד חמש היום.

# en: I can't promise the flat, only that you'll hear her answer by five.
overpromise-doubt-reply-1-wording-2 = את הדירה לא אבטיח; את התשובה של הבעלים עד חמש כן.

# en: good point tbh. the flat's the owner's call not mine so i won't promise it, but i will promise you'll hear back from me with her answer by 5 today
overpromise-doubt-reply-1-wording-3 = בצדק את שואלת. טעיתי, אני לא זה שמחליט על הדירה, הבעלים מחליטה. אז ההבטחה שלי קטנה יותר: עד חמש אחר הצהריים את שומעת ממני מה היא ענתה

# en: Good question. It's the owner who decides about the flat, so that's not something I can guarantee, but you'll have her answer from me before five today.
overpromise-doubt-reply-1-wording-4 = שאלה טובה. את ההחלטה על הדירה מקבלת בעלת הדירה, אז את זה אני לא יכולה להבטיח, אבל את התשובה שלה תקבלי ממני לפני חמש היום.

# en: I can't promise the flat, but I'll call you by five.
overpromise-doubt-reply-1-wording-5 = את הדירה אני לא יכול להבטיח, אבל אתקשר עד חמש.

# en: Fair to doubt me. I won't promise you the flat, that's her decision, but her answer will come from me personally by 5 o'clock today.
overpromise-doubt-reply-1-wording-6 = בצדק שאת מפקפקת בי. לא אבטיח לך את הדירה, זו ההחלטה שלה, אבל את התשובה שלה תשמעי ממני אישית עד השעה חמש היום.

# en: Taking back your own promise is hard, and right. She has just reminded you how the last 'sure' ended; a smaller promise you can keep rebuilds more trust than a big one you cannot.
overpromise-doubt-reply-1-feedback = לחזור בך מהבטחה של עצמך זה קשה, וזה נכון. היא בדיוק הזכירה לך איך נגמר ה"בטוח" הקודם; הבטחה קטנה שאפשר לקיים בונה יותר אמון מהבטחה גדולה שאי אפשר.

# en: This time it's different, I promise you. You have my word, Ms Farkas: one way or another, I'll get you that flat back, whatever it takes.
overpromise-doubt-reply-2 = הפעם זה שונה, זו הבטחה. יש לך את המילה שלי, גברת פרקש: כך או אחרת, אחזיר לך את הדירה הזאת, יהיה מה שיהיה.

# en: It won't be like last time, I promise. I give you my word, Ms Farkas: somehow or other I'll get that flat back for you, no matter what.
overpromise-doubt-reply-2-wording-1 = הפעם זה אחרת, אני מבטיחה לך. גברת פרקש, את המילה שלי יש לך: בדרך זו או אחרת, הדירה הזאת תחזור אלייך, לא משנה מה.

# en: I promise you, I'll win that flat back for you, whatever happens.
overpromise-doubt-reply-2-wording-2 = מבטיח לך, הדירה תהיה שלך, נקודה.

# en: this time is different, honestly. you have my word, i'll get kárpát street back for you one way or another, whatever it takes
overpromise-doubt-reply-2-wording-3 = תסמכי עליי, זה לא כמו קודם. אני נותנת לך מילה: יהיה מה שיהיה, את נכנסת לדירה ההיא בסוף

# en: It's not going to be like that this time, Ms Farkas, I swear. I'll get Kárpát Street back for you, no matter what it takes.
overpromise-doubt-reply-2-wording-4 = הפעם זה לא יהיה ככה, גברת פרקש, נשבעת לך. אני אשיג לך בחזרה את הדירה בקארפאט, לא משנה מה זה ידרוש.

# en: Trust me, I'll get the flat back for you.
overpromise-doubt-reply-2-wording-5 = תסמכי עליי, אני אחזיר לך את הדירה.

# en: you have my word, whatever it takes that flat will be yours again, this time is different
overpromise-doubt-reply-2-wording-6 = אני מתחייב, עושה כל מה שצריך והדירה הזאת חוזרת אלייך. הפעם זה שונה לגמרי

# en: She told you exactly why she doubts promises, and you doubled yours instead of checking it. If the owner says no, it is your word that breaks this time.
overpromise-doubt-reply-2-feedback = היא אמרה לך בדיוק למה היא מפקפקת בהבטחות, והכפלת את ההבטחה שלך במקום לבדוק אותה. אם בעלת הדירה תגיד לא, הפעם המילה שלך היא שתישבר.

# en: Well, I'm not Gábor. I don't leave my clients hanging like that, and I'll be ringing the owner myself this morning, not waiting for anyone to get back to me.
overpromise-doubt-reply-3 = נו, אני לא גאבור. אצלי לקוחות לא נשארים תלויים באוויר ככה, ועוד הבוקר אתקשר לבעלת הדירה בעצמי, בלי לחכות לאף אחד.

# en: Well, I'm not Gábor, and I don't leave people in the lurch like he does, and I'll be phoning the owner personally this morning instead of waiting around for someone to call back.
overpromise-doubt-reply-3-wording-1 = תראי, אני לא כמו גאבור. אצלי אף לקוח לא נשאר מחכה ככה באוויר, ואני מתקשרת לבעלת הנכס בעצמי כבר הבוקר, בלי לחכות לאיש.

# en: I'm not Gábor, and I never leave clients waiting. I'll call the owner myself.
overpromise-doubt-reply-3-wording-2 = אני לא גאבור; אני מתקשר לבעלים בעצמי עוד הבוקר.

# en: look, i'm a different person from gabor. i don't leave people dangling, i'm calling the owner personally this morning rather than waiting on anyone
overpromise-doubt-reply-3-wording-3 = נו באמת, אל תשווי אותי לגאבור. אצלי לא מפקירים לקוחות, אני מרימה טלפון לבעלת הדירה עוד לפני הצהריים ולא מחכה לאף אחד

# en: I'm nothing like Gábor. I don't keep my clients waiting, and I'm calling the owner personally this morning instead of sitting around for a reply.
overpromise-doubt-reply-3-wording-4 = אני בכלל לא כמו גאבור. אני לא משאירה לקוחות לחכות, ואני מטלפנת לבעלת הדירה בעצמי הבוקר במקום לשבת ולחכות לתשובה.

# en: I'm not Gábor, I don't leave people waiting.
overpromise-doubt-reply-3-wording-5 = אני לא גאבור, אני לא משאיר אנשים לחכות.

# en: Unlike Gábor, I actually follow up with my clients. I'll phone the owner myself this morning rather than wait for someone to ring back.
overpromise-doubt-reply-3-wording-6 = בניגוד לגאבור, אני באמת חוזרת ללקוחות שלי. אתקשר לבעלת הדירה בעצמי הבוקר ולא אחכה שמישהו יחזור אליי.

# en: Putting distance between yourself and Gábor makes the office sound divided, and it leaves the real question, whether you can deliver the flat, unanswered.
overpromise-doubt-reply-3-feedback = ההתרחקות מגאבור גורמת למשרד להישמע מפולג, והשאלה האמיתית, אם אפשר בכלל להשיג לה את הדירה, נשארת בלי תשובה.

# en: I've heard enough excuses from this office. Get me whoever is in charge here.
late-manager-says-1 = שמעתי מספיק תירוצים מהמשרד הזה. תביאו לי את מי שאחראי כאן.

# en: Of course. I'll brief her on everything myself, the offer, the missed call, the Friday sale, so you needn't repeat a word. And I'll stay with you.
late-manager-reply-1 = כמובן. אעדכן אותה בעצמי בכול: ההצעה, השיחה שלא הגיעה, המכירה ביום שישי, כדי שלא תצטרכי לחזור על מילה. ואשאר כאן איתך.

# en: Certainly. I'll fill her in on the whole thing myself, your offer, the call that never came and the sale on Friday, so you don't have to tell it again. And I'll be there with you.
late-manager-reply-1-wording-1 = בוודאי. אני אתדרך אותה בעצמי על הכול: ההצעה שלך, הטלפון שלא הגיע והמכירה בשישי, שלא תצטרכי להסביר שוב. ואני לא זזה מפה.

# en: Sure. I'll fill her in on everything and stay with you.
late-manager-reply-1-wording-2 = ברור, אספר לה הכול בעצמי ואשאר לידך.

# en: sure. i'll explain it all to her first, the offer, the call you never got, the sale on friday. you won't need to go through it again, and i'll stay beside you
late-manager-reply-1-wording-3 = כמובן, אני אעביר למנהלת את כל התמונה, מההצעה ביום שלישי עד החתימה בשישי, כך שאת לא צריכה לחזור על שום דבר, ואני נשאר איתך לאורך כל השיחה

# en: Absolutely. Before you meet her I'll give her all the details, Tuesday's offer, the promised call, the Friday sale, so you don't have to go through it twice. I'll be right there with you too.
late-manager-reply-1-wording-4 = בהחלט. לפני שתפגשי אותה אמסור לה את כל הפרטים, ההצעה בשלישי, השיחה שהובטחה, המכירה בשישי, כדי שלא תצטרכי לעבור על זה פעמיים. ואני אהיה שם איתך.

# en: Sure, I'll explain it all to her and stay with you.
late-manager-reply-1-wording-5 = בטח, אסביר לה הכול ואשאר איתך.

# en: Ms Farkas, I'll get her and brief her on the whole thing myself so you don't repeat a word, and I'm staying with you while you talk.
late-manager-reply-1-wording-6 = גברת פרקש, אני אביא אותה ואעדכן אותה על כל העניין בעצמי כדי שלא תחזרי על מילה, ואני נשארת לידך בזמן שאתן מדברות.

# en: A proper handover: she will not have to tell the story a third time, and you stay beside her. The best reply also acted before two o'clock, so her morning was not one more wait.
late-manager-reply-1-feedback = העברה כמו שצריך: היא לא תצטרך לספר את הסיפור בפעם השלישית, ונשארת לצידה. התשובה הטובה ביותר גם פעלה לפני שתיים, כך שהבוקר שלה לא הפך לעוד המתנה.

# en: Of course, if you'd like. First let me do what should have happened last week: ring the owner now, so you hear her answer from me.
late-manager-reply-2 = כמובן, אם תרצי. אבל קודם אעשה מה שהיה צריך לקרות בשבוע שעבר: אתקשר עכשיו לבעלת הדירה, ואת התשובה תשמעי ממני.

# en: Certainly, if that's what you want. But before that, let me do what we ought to have done last week and phone the owner right now, so you get her answer straight from me.
late-manager-reply-2-wording-1 = בטח, אם זה מה שאת רוצה. אבל לפני כן אני אעשה את מה שהיה צריך לעשות כבר בשבוע שעבר: אתקשר ממש עכשיו לבעלת הנכס, ואת התשובה תשמעי ישר ממני.

# en: Sure, but first let me call the owner right now.
late-manager-reply-2-wording-2 = אפשר, אבל קודם אתקשר לבעלת הדירה עכשיו, מולך.

# en: of course if you want. but before that let me do what we should have done last week, i'll call the owner now and you'll hear her reply from me
late-manager-reply-2-wording-3 = אין בעיה שתדברי איתה. רק רגע, קודם אני מתקשרת לבעלים כאן ועכשיו, מה שהיה צריך לקרות לפני שבוע, ואת שומעת את התשובה ישר ממני

# en: You can see her if you wish. But first, let me do what we failed to do last week and phone the owner now, so her answer comes straight from me.
late-manager-reply-2-wording-4 = את יכולה לראות אותה אם תרצי. אבל קודם תני לי לעשות את מה שלא עשינו בשבוע שעבר ולהתקשר לבעלת הדירה עכשיו, כך שהתשובה שלה תגיע ישר ממני.

# en: Of course, but let me ring the owner first.
late-manager-reply-2-wording-5 = כמובן, אבל תני לי קודם לצלצל לבעלת הדירה.

# en: before I get the manager, let me call the owner right now, while you're here, which is what should have happened last week
late-manager-reply-2-wording-6 = לפני שאני קורא למנהלת, תני לי להתקשר לבעלים ממש עכשיו, כשאת פה, מה שהיה צריך לקרות כבר בשבוע שעבר

# en: You kept her choice open and offered to act in front of her. After a week of waiting for a call, watching you pick up the phone convinces her more than anything you could say.
late-manager-reply-2-feedback = השארת לה את הבחירה והצעת לפעול מול העיניים שלה. אחרי שבוע של המתנה לטלפון, לראות את השיחה יוצאת לפועל מולה משכנע אותה יותר מכל מילה.

# en: Certainly. If you'd like to take a seat by the window, I'll let the office manager know you're waiting to see her when she's free.
late-manager-reply-3 = בוודאי. אם תרצי לשבת שם ליד החלון, אודיע למנהלת המשרד שאת מחכה לה, והיא תקבל אותך ברגע שהיא תתפנה מהפגישה.

# en: Of course. Please have a seat near the window and I'll tell the manager you'd like to see her once she's available.
late-manager-reply-3-wording-1 = כמובן. את מוזמנת לשבת ליד החלון, ואני אמסור למנהלת שאת מחכה; היא תקרא לך ברגע שהפגישה שלה תסתיים.

# en: Certainly, have a seat and I'll tell the manager you're waiting.
late-manager-reply-3-wording-2 = בטח, שבי ליד החלון, היא תקבל אותך כשתתפנה.

# en: sure thing, grab a chair over near the window, i'll let her know you're here and want a word when she's got a moment
late-manager-reply-3-wording-3 = בוודאי גברתי, תתיישבי בבקשה באזור ההמתנה, אני אודיע למנהלת שאת פה והיא תצא אלייך כשתסיים את הישיבה

# en: Of course. Please sit down by the window, and I'll tell the office manager you'd like to see her as soon as she's free.
late-manager-reply-3-wording-4 = כמובן. שבי בבקשה ליד החלון, ואגיד למנהלת המשרד שאת רוצה לדבר איתה ברגע שהיא פנויה.

# en: Sure, please wait there and I'll tell the manager.
late-manager-reply-3-wording-5 = בטח, חכי שם בבקשה ואני אגיד למנהלת.

# en: If you'd like to wait by the window, I'll let the office manager know you're here to see her, Ms Farkas.
late-manager-reply-3-wording-6 = אם תרצי לחכות ליד החלון, אעדכן אותה שאת כאן ומבקשת לראות אותה, גברת פרקש.

# en: Polite, and it is the third hand-off of her week: Gábor, the message on Thursday, now a seat by the window. Nothing of her story goes with her, so she decides not to wait.
late-manager-reply-3-feedback = מנומס, וזו ההעברה השלישית בשבוע שלה: גאבור, ההודעה ביום חמישי, ועכשיו כיסא ליד החלון. שום דבר מהסיפור שלה לא עובר איתה, ולכן היא מחליטה לא לחכות.

# en: There's no point, honestly. The manager can't undo a signed reservation any more than I can, and she'll tell you exactly the same thing.
late-manager-reply-4 = בכנות, אין בזה שום טעם. המנהלת לא יכולה לבטל זיכרון דברים חתום, בדיוק כמוני, והיא תגיד לך בדיוק אותו דבר שאמרתי לך.

# en: Honestly, there's no point. The manager can't reverse a signed reservation either; she'll just say the same as me.
late-manager-reply-4-wording-1 = בואי נהיה כנים, זה לא יעזור. גם המנהלת, כמוני, לא מסוגלת לבטל עסקה שכבר נחתמה, והיא תחזור לך בדיוק על מה ששמעת ממני.

# en: No point; the manager can't undo it either.
late-manager-reply-4-wording-2 = אין טעם, גם היא לא יכולה לבטל את החתימה.

# en: tbh it's pointless, she can't cancel a signed reservation either, you'd just get the same answer from her
late-manager-reply-4-wording-3 = תשמעי, חבל לך לחכות, המנהלת לא תבטל עסקה חתומה ולא תגיד לך משהו שונה ממני

# en: Seeing the manager won't help, honestly. A signed reservation can't be reversed by her or by me, and she'd give you the same answer.
late-manager-reply-4-wording-4 = האמת, לפגוש את המנהלת לא יעזור. זיכרון דברים חתום אי אפשר להפוך, לא היא ולא אני, והיא הייתה נותנת לך את אותה תשובה.

# en: It's pointless, the manager can't change anything either.
late-manager-reply-4-wording-5 = חבל על הזמן, גם המנהלת לא יכולה לשנות כלום.

# en: the reservation is signed, so she can't undo it any more than i can. you'll just hear the same thing from her
late-manager-reply-4-wording-6 = הזיכרון דברים חתום, אז היא לא יכולה לבטל אותו יותר ממני. פשוט תשמעי ממנה את אותו הדבר

# en: You closed the last door she asked for. Even when the answer would be the same, refusing someone the chance to be heard tells them to leave.
late-manager-reply-4-feedback = סגרת את הדלת האחרונה שהיא ביקשה. גם אם התשובה הייתה זהה, לסרב למישהו להישמע זה לומר לו ללכת.

# en: And then what? I still have to be out of my flat by the end of next month.
next-step-says-1 = ואז מה? אני עדיין צריכה לצאת מהדירה שלי עד סוף החודש הבא.

# en: A step, a time, and how she will hear from you, all in your own hands. Use what she has already told you instead of asking again.
next-step-hint = צעד, שעה, ואיך היא תשמע ממך, והכול בידיים שלך. להשתמש במה שהיא כבר סיפרה לך במקום לשאול שוב.

# en: I'll send you a shortlist by ten tomorrow: flats like Kárpát Street, up to 38.5 million, walking distance from your daughter's school.
next-step-reply-1 = אשלח לך רשימה מחר עד עשר: דירות כמו זו בקארפאט, עד 38.5 מיליון, במרחק הליכה מבית הספר של הבת שלך.

# en: By ten o'clock tomorrow you'll have a shortlist from me: flats similar to Kárpát Street, no more than 38.5 million, within walking distance of your daughter's school.
next-step-reply-1-wording-1 = מחר עד השעה עשר תקבלי ממני רשימה: דירות בסגנון של קארפאט, בתקציב של עד 38.5 מיליון, קרוב ברגל לבית הספר של הבת.

# en: Shortlist by 10 tomorrow: under 38.5 million, near the school.
next-step-reply-1-wording-2 = מחר עד עשר יש לך רשימה, בתקציב וליד בית הספר.

# en: i'll email you a list of places by 10am tomorrow, similar to the karpat street one, max 38.5m, close enough to walk to the school
next-step-reply-1-wording-3 = עד עשר בבוקר מחר את מקבלת ממני במייל רשימת נכסים דומים, עד 38.5, שאפשר ללכת מהם ברגל לבית ספר של הילדה

# en: You'll get a shortlist from me by 10 am tomorrow with properties like the Kárpát Street one, within 38.5 million, all a short walk from the school.
next-step-reply-1-wording-4 = תקבלי ממני מחר עד 10 בבוקר רשימה מצומצמת של נכסים כמו זה בקארפאט, בתוך 38.5 מיליון, כולם במרחק הליכה קצר מבית הספר.

# en: I'll send you flats near the school by ten tomorrow.
next-step-reply-1-wording-5 = אשלח לך דירות ליד בית הספר מחר עד עשר.

# en: by 10 tomorrow morning, a list of flats like karpat street, max 38.5 million, walkable to your daughters school. you'll have it from me
next-step-reply-1-wording-6 = עד 10 מחר בבוקר, רשימה של דירות כמו בקארפאט, מקסימום 38.5 מיליון, ברגל לבית הספר של הבת שלך. זה יגיע ממני

# en: You remembered her budget and the school and turned them into a shortlist with a time on it. She does not have to repeat herself, and she knows when she will hear from you.
next-step-reply-1-feedback = זכרת את התקציב ואת בית הספר והפכת אותם לרשימה עם שעה. היא לא צריכה לחזור על עצמה, והיא יודעת מתי תשמע ממך.

# en: Let's start a fresh search for you, then. What exactly are you looking for: how many rooms, which area, and roughly what's your budget?
next-step-reply-2 = אז בואי נתחיל חיפוש חדש. מה בדיוק את מחפשת: כמה חדרים, איזה אזור, ובערך מה התקציב שלך?

# en: Okay, let's begin a new search then. Tell me what you need: number of rooms, which neighbourhood, and what sort of budget?
next-step-reply-2-wording-1 = טוב, נתחיל חיפוש מאפס. ספרי לי מה את מחפשת: כמה חדרים, באיזו שכונה, ומה התקציב בערך?

# en: So what are you after: rooms, area, budget?
next-step-reply-2-wording-2 = מה את מחפשת? חדרים, אזור ותקציב?

# en: ok lets start from scratch. what kind of place do you want, how many bedrooms, what area, and what's your price range roughly?
next-step-reply-2-wording-3 = יאללה, פותחים חיפוש חדש. תגידי לי, כמה חדרים את צריכה, איפה בעיר, ועד כמה את מוכנה להגיע במחיר?

# en: Then let's start looking again from the beginning. How many rooms do you need, where would you like to live, and how much can you spend?
next-step-reply-2-wording-4 = אז בואי נתחיל לחפש שוב מההתחלה. כמה חדרים את צריכה, איפה היית רוצה לגור, וכמה את יכולה להוציא?

# en: Okay, new search. How many rooms and what budget?
next-step-reply-2-wording-5 = אוקיי, חיפוש חדש. כמה חדרים ומה התקציב?

# en: so tell me what you want in a new place: size, location, price range?
next-step-reply-2-wording-6 = אז תגידי לי מה את רוצה במקום חדש: גודל, מיקום, טווח מחירים?

# en: A willing start, but she has already told you her offer and the school, and the Kárpát Street flat shows the rest. Asking again tells her this office still does not listen.
next-step-reply-2-feedback = התחלה נלהבת, אבל את ההצעה ואת בית הספר היא כבר סיפרה לך, ואת השאר מראה הדירה בקארפאט. לשאול שוב אומר לה שהמשרד הזה עדיין לא מקשיב.

# en: I'll send Gábor a note to put a few options together for you. He knows your search best, and he's back from his viewing this afternoon.
next-step-reply-3 = אשלח לגאבור הודעה שירכיב לך כמה אפשרויות. הוא מכיר את החיפוש שלך הכי טוב, והוא חוזר מההצגה של הדירה אחר הצהריים.

# en: I'll ask Gábor to put together some options for you. He's most familiar with what you're after, and he'll be back from the viewing later today.
next-step-reply-3-wording-1 = אני אכתוב לגאבור שיכין לך כמה הצעות. הוא מכיר הכי טוב מה את מחפשת, והוא חוזר מהסיור בנכס אחרי הצהריים.

# en: I'll get Gábor to send you a few options.
next-step-reply-3-wording-2 = אבקש מגאבור שישלח לך אפשרויות כשהוא חוזר.

# en: i'll drop gabor a message to pull some flats together, he knows what you're looking for and he's back this afternoon
next-step-reply-3-wording-3 = אני אשאיר לגאבור פתק שירים לך כמה דירות, בכל זאת הוא זה שמכיר אותך והוא יחזור למשרד בשעות אחר הצהריים

# en: I'll leave Gábor a message asking him to find you some flats. He knows your search best, and he'll be back this afternoon after his viewing.
next-step-reply-3-wording-4 = אשאיר לגאבור הודעה ואבקש שימצא לך כמה דירות. החיפוש שלך אצלו, והוא חוזר אחר הצהריים אחרי שהוא מראה דירה.

# en: I'll ask Gábor to find you some flats.
next-step-reply-3-wording-5 = אבקש מגאבור שימצא לך כמה דירות.

# en: gabor knows what you're after better than anyone, i'll message him to send you some options when he's back later
next-step-reply-3-wording-6 = גאבור יודע מה את מחפשת יותר טוב מכולם, אשלח לו הודעה שישלח לך אפשרויות כשיחזור מאוחר יותר

# en: You handed her back to the colleague whose promise failed, with no time attached. It is the same open-ended 'he'll be in touch' that cost her the flat.
next-step-reply-3-feedback = החזרת אותה לקולגה שההבטחה שלו נכשלה, ובלי שום מועד. זה בדיוק אותו "הוא יחזור אלייך" הפתוח שעלה לה בדירה.

# en: I'll start on it today, and I'm confident we'll find you something near the school well before the end of next month.
next-step-reply-4 = אתחיל לעבוד על זה עוד היום, ואין לי ספק שנמצא לך משהו ליד בית הספר הרבה לפני סוף החודש הבא.

# en: I'll get going today, and I'm sure we'll have found you somewhere near the school long before your move-out date.
next-step-reply-4-wording-1 = אני מתחילה לטפל בזה כבר היום, ואני בטוחה שנמצא לך דירה קרובה לבית הספר עוד לפני שאת צריכה לצאת.

# en: I'm sure we'll get you somewhere near the school in time.
next-step-reply-4-wording-2 = מתחיל היום, ובטוח שנמצא לך משהו בזמן.

# en: i'll get started today and honestly i'm confident we'll have a place near the school for you way before your notice is up
next-step-reply-4-wording-3 = אני על זה מהיום, ואין מצב שלא נמצא לך משהו באזור של בית הספר עד שנגמרת ההודעה לבעל הבית

# en: I'm starting on this today, and I have no doubt we'll have a place near the school for you long before you need to move out.
next-step-reply-4-wording-4 = אני מתחיל על זה היום, ואין לי שום ספק שיהיה לך מקום ליד בית הספר הרבה לפני שתצטרכי לצאת.

# en: Don't worry, we'll definitely find you something in time.
next-step-reply-4-wording-5 = אל תדאגי, בטוח נמצא לך משהו בזמן.

# en: Well before the end of next month, you'll have somewhere near the school, I'm sure of it. I'll get cracking today.
next-step-reply-4-wording-6 = הרבה לפני סוף החודש הבא יהיה לך מקום ליד בית הספר, אני בטוחה בזה. אני נכנסת לזה כבר היום.

# en: You took it on and kept the school in mind, which she notices. But 'we'll find you something' depends on what comes onto the market; the best reply promised a shortlist and a time, which depend only on you.
next-step-reply-4-feedback = לקחת את זה על עצמך וזכרת את בית הספר, והיא שמה לב. אבל "נמצא לך משהו" תלוי במה שיעלה לשוק; התשובה הטובה ביותר הבטיחה רשימה ושעה, ושתיהן תלויות רק בך.

# en: And the loan? The bank's offer runs out on the 30th. If I haven't signed anything by then, I have to apply all over again, at whatever rate they're charging by then.
loan-deadline-says-1 = והמשכנתא? האישור מהבנק פג ב־30 לחודש. אם עד אז לא אחתום על כלום, אני צריכה להגיש בקשה מחדש, בריבית שתהיה אז, מה שלא תהיה.

# en: You cannot deal with her bank; a colleague in the office can. How do you hand her over without dropping her?
loan-deadline-hint = מול הבנק שלה אין לך אפשרות לפעול; לעמיתה במשרד יש. איך מעבירים אותה בלי להפיל אותה?

# en: Don't worry about the loan. Banks extend these offers all the time; I'm sure yours will give you another month without any problem at all.
loan-deadline-reply-1 = על המשכנתא את לא צריכה לדאוג. בנקים מאריכים אישורים כאלה כל הזמן; הבנק שלך בטוח ייתן לך עוד חודש, בלי שום בעיה.

# en: Please don't worry about the mortgage. Banks extend these offers constantly; I'm certain yours will give you an extra month, no problem.
loan-deadline-reply-1-wording-1 = בעניין המשכנתא אין לך מה לדאוג. בנקים נותנים הארכה לאישורים כאלה כל הזמן; בטוח שהבנק שלך יאריך לך בחודש, בלי בעיה.

# en: Don't worry, your bank will surely extend it.
loan-deadline-reply-1-wording-2 = אל תדאגי, הבנק בטוח יאריך לך את האישור.

# en: oh don't stress about the loan, banks push these deadlines back all the time, im sure yours will let you have a few more weeks easily
loan-deadline-reply-1-wording-3 = המשכנתא? רגוע, זה עניין טכני. מאריכים אישורים עקרוניים כל יום, את תקבלי עוד חודש בקלות

# en: The loan will be fine. Banks give extensions like this constantly, so I'm sure yours will add another month without any fuss.
loan-deadline-reply-1-wording-4 = ההלוואה תהיה בסדר. בנקים נותנים הארכות כאלה כל הזמן, אז אני בטוח שהבנק שלך יוסיף עוד חודש בלי שום עניין.

# en: Relax, the bank will give you more time.
loan-deadline-reply-1-wording-5 = אל תילחצי, הבנק ייתן לך עוד זמן.

# en: honestly your bank will extend the offer, they always do, another month wont be a problem
loan-deadline-reply-1-wording-6 = בכנות הבנק שלך יאריך את האישור, הם תמיד עושים את זה, עוד חודש לא יהיה בעיה

# en: Reassuring, but you have no idea what her bank will do, and neither does she. If they say no, she will remember who told her not to worry.
loan-deadline-reply-1-feedback = מרגיע, אבל אין לך מושג מה הבנק שלה יעשה, וגם לה אין. אם יגידו לא, היא תזכור מי אמר לה לא לדאוג.

# en: That's one for Eszter, our mortgage adviser; she's free now. I'll take you to her, tell her your story, and stay until she has it.
loan-deadline-reply-2 = זה עניין לאסתר, יועצת המשכנתאות שלנו; היא פנויה עכשיו. אקח אותך אליה, אספר לה את הסיפור שלך, ואשאר עד שהיא בתמונה.

# en: Our mortgage adviser, Eszter, can help with that, and she's available right now. I'll walk you over, explain everything to her myself, and stay until she's up to speed.
loan-deadline-reply-2-wording-1 = זה בדיוק התחום של אסתר, היועצת למשכנתאות אצלנו, והיא פנויה כרגע. אני אלווה אותך אליה, אסביר לה בעצמי מה קרה, ואשאר איתך עד שהיא מבינה את התמונה.

# en: Eszter, our mortgage adviser, is free; I'll take you and brief her.
loan-deadline-reply-2-wording-2 = בואי לאסתר, יועצת המשכנתאות; אעדכן אותה ואשאר איתך.

# en: that's something eszter can help with, she's our mortgage person and she's free at the moment. i'll bring you over, fill her in and stick around till she's got it all
loan-deadline-reply-2-wording-3 = על זה אחראית אסתר, היא מומחית למשכנתאות אצלנו וממש עכשיו פנויה, אני הולך איתך אליה, מעדכן אותה על כל הסיפור ונשאר לידך עד שהיא מעודכנת

# en: Eszter, who handles mortgages here, has time right now. I'll bring you to her myself, go through your situation with her, and stay with you until she understands it.
loan-deadline-reply-2-wording-4 = אסתר, שמטפלת אצלנו במשכנתאות, פנויה עכשיו. אני אקח אותך אליה בעצמי, אעבור איתה על המצב שלך, ואשאר איתך עד שהיא מבינה אותו.

# en: I'll bring you to Eszter now and stay while I explain.
loan-deadline-reply-2-wording-5 = אקח אותך עכשיו לאסתר ואשאר בזמן שאני מסבירה.

# en: our mortgage adviser eszter is free right now, come with me, i'll give her the full story and stay with you till she's across it
loan-deadline-reply-2-wording-6 = היועצת משכנתאות שלנו אסתר פנויה ממש עכשיו, בואי איתי, אספר לה את כל הסיפור ואשאר איתך עד שהיא סגורה על זה

# en: Handing over was right: you cannot talk to her bank, Eszter does every day. You said who and why, carried her story over yourself and stayed, so this hand-off feels like help, not like being passed on again.
loan-deadline-reply-2-feedback = נכון היה להעביר: לך אין דרך לדבר עם הבנק שלה, ואסתר עושה את זה כל יום. אמרת למי ולמה, העברת את הסיפור שלה בעצמך ונשארת, ולכן ההעברה הזאת מרגישה כמו עזרה, לא כמו עוד גלגול.

# en: That's one for our mortgage adviser, Eszter. Her desk is at the end of the corridor on the left; just tell her what's happened.
loan-deadline-reply-3 = זה עניין ליועצת המשכנתאות שלנו, אסתר. השולחן שלה בסוף המסדרון משמאל; פשוט תספרי לה מה קרה.

# en: Eszter, our mortgage adviser, handles that. You'll find her desk at the far end of the hallway, on the left; just explain what happened.
loan-deadline-reply-3-wording-1 = את זה תבדקי מול אסתר, היועצת שלנו למשכנתאות. היא יושבת בקצה המסדרון בצד שמאל; תסבירי לה פשוט את כל מה שקרה.

# en: See Eszter, our mortgage adviser, down the corridor; tell her everything.
loan-deadline-reply-3-wording-2 = תלכי לאסתר בסוף המסדרון ותספרי לה.

# en: you want eszter for that, she does mortgages. last desk on the left down the hall, just explain the situation to her
loan-deadline-reply-3-wording-3 = למשכנתאות יש לנו את אסתר, השולחן האחרון במסדרון משמאל, פשוט גשי אליה ותגידי לה מה המצב

# en: Go and speak to Eszter, she deals with mortgages. She sits at the end of the corridor on the left, you can tell her about it yourself.
loan-deadline-reply-3-wording-4 = לכי לדבר עם אסתר, היא מטפלת במשכנתאות. היא יושבת בסוף המסדרון משמאל, את יכולה לספר לה על זה בעצמך.

# en: Ask Eszter about that, her desk is down the corridor.
loan-deadline-reply-3-wording-5 = תשאלי את אסתר, השולחן שלה בהמשך המסדרון.

# en: For the loan you need Eszter, our mortgage adviser. Her desk is at the far end of the corridor, left-hand side; just explain it to her.
loan-deadline-reply-3-wording-6 = בשביל ההלוואה את צריכה את אסתר, היועצת שלנו למשכנתאות. השולחן שלה בקצה הרחוק של המסדרון, בצד שמאל; פשוט תסבירי לה.

# en: Eszter is the right person, but 'just tell her what's happened' means Dóra tells the whole week again, to a stranger, down a corridor. A transfer without the story is one more hand-off.
loan-deadline-reply-3-feedback = אסתר היא האדם הנכון, אבל "פשוט תספרי לה מה קרה" אומר שדורה תספר את כל השבוע שוב, לאישה זרה, בסוף מסדרון. העברה בלי הסיפור היא עוד גלגול.

# en: I'm afraid the loan is really between you and your bank. We can't get involved in that side of things, but we'll do our best on the flat.
loan-deadline-reply-4 = לצערי, המשכנתא היא באמת עניין בינך לבין הבנק שלך. בצד הזה אנחנו לא יכולים להתערב, אבל בעניין הדירה נעשה כמיטב יכולתנו, כמובן.

# en: I'm sorry, but the loan is something for you and the bank to sort out. We can't get involved with that part, but we'll do what we can about the flat.
loan-deadline-reply-4-wording-1 = למרבה הצער, המשכנתא זה באמת נושא שלך מול הבנק. בזה אין לנו אפשרות להתערב, אבל לגבי הדירה כמובן נעשה את כל מה שאפשר.

# en: The loan's a matter for you and the bank, I'm afraid.
loan-deadline-reply-4-wording-2 = המשכנתא זה בינך לבין הבנק, לא אצלנו.

# en: unfortunately the mortgage side is really up to you and the bank, it's not something we can help with, but we'll try our best with the flat
loan-deadline-reply-4-wording-3 = מצטער, את האישור מהבנק את צריכה לסגור מולם, אנחנו לא נוגעים בזה, אבל על חיפוש הדירה אנחנו עובדים במלוא הכוח, ברור

# en: The loan isn't something our office can deal with, I'm afraid; that's for you and your bank. We'll focus on finding you a flat.
loan-deadline-reply-4-wording-4 = המשכנתא זה לא משהו שהמשרד שלנו יכול לטפל בו, לצערי; זה בינך לבין הבנק. אנחנו נתרכז במציאת דירה בשבילך.

# en: Sorry, the loan is your bank's business, not ours.
loan-deadline-reply-4-wording-5 = סליחה, המשכנתא זה עניין של הבנק שלך, לא שלנו.

# en: we cant really help with the mortgage, that's between you and the bank, but we will try hard on the flat side
loan-deadline-reply-4-wording-6 = אנחנו לא באמת יכולים לעזור עם המשכנתא, זה בינך לבין הבנק, אבל בצד של הדירה נשתדל מאוד

# en: Strictly true for you, but the office has a mortgage adviser a few metres away. 'We can't get involved' leaves her alone with the deadline that frightens her most.
loan-deadline-reply-4-feedback = נכון מבחינתך, אבל במשרד יושבת יועצת משכנתאות כמה מטרים משם. "אנחנו לא יכולים להתערב" משאיר אותה לבד עם המועד שהכי מפחיד אותה.

# en: And who's going to ring me this time? You? No offence, but you're all the same in here: a nice smile, a promise, and then nothing. Why should I believe a word you say?
who-calls-says-1 = ומי יתקשר אליי הפעם? עוד מישהו מאחורי הדלפק הזה? בלי להעליב, אבל כולכם כאן אותו דבר: חיוך נחמד, הבטחה, ואחר כך כלום. למה שאאמין למילה אחת שלך?

# en: Right. And who rings me? You? You'll have forgotten my name by lunchtime, like the rest of them. Why should I believe you?
who-calls-says-2 = טוב. ומי מתקשר אליי? מישהו מכם? עד הצהריים כבר לא יזכרו כאן את השם שלי, כמו כל השאר. למה שאאמין לך?

# en: The words are aimed at you, but the anger is about a week of silence. What would make her believe you, apart from saying so?
who-calls-hint = המילים מכוונות אליך, אבל הכעס הוא על שבוע של שתיקה. מה יגרום לה להאמין לך, חוץ מלבקש ממנה להאמין?

# en: With respect, Ms Farkas, that's not fair. I've been doing this job for eight years, and I've never once left a client waiting for a call.
who-calls-reply-1 = עם כל הכבוד, גברת פרקש, זה פשוט לא הוגן. שמונה שנים אני בעבודה הזאת, ואף פעם לא השארתי לקוח לחכות לשיחה.

# en: With all due respect, Ms Farkas, that's unfair. I've worked here eight years and not once have I kept a client hanging on for a callback.
who-calls-reply-1-wording-1 = סליחה, גברת פרקש, אבל זה באמת לא הוגן. אני עובדת בתחום כבר שמונה שנים, ומעולם לא הותרתי לקוח מחכה לטלפון.

# en: That's not fair; in eight years I've never left a client waiting.
who-calls-reply-1-wording-2 = זה לא פייר, אצלי אף לקוח לא חיכה לטלפון מעולם.

# en: sorry but that's not fair on me. i've done this job for 8 years and never once kept anyone waiting on a call
who-calls-reply-1-wording-3 = רגע, עם כל הכבוד, זה לא בסדר מה שאת אומרת. אני פה שמונה שנים ואצלי לא היה מקרה אחד שלקוח לא קיבל שיחה חוזרת

# en: That's unjust, Ms Farkas. In eight years in this job I have never failed to call a client back.
who-calls-reply-1-wording-4 = זה לא צודק, גברת פרקש. בשמונה שנים בתפקיד הזה לא היה פעם אחת שלא חזרתי ללקוח.

# en: That's unfair, I always call my clients back.
who-calls-reply-1-wording-5 = זה לא הוגן, אני תמיד חוזרת ללקוחות שלי.

# en: hang on, that's not fair. eight years I've done this and no client of mine has ever waited on a call
who-calls-reply-1-wording-6 = סליחה אבל זה לא פייר. 8 שנים אני בתחום ואף לקוח שלי לא נשאר לחכות לשיחה

# en: You took it personally and defended your record. She was not really talking about you; she was talking about a week of silence, and now she has to argue with you too.
who-calls-reply-1-feedback = לקחת את זה באופן אישי והגנת על הרקורד שלך. היא בעצם לא דיברה עליך; היא דיברה על שבוע של שתיקה, ועכשיו היא צריכה להתווכח גם איתך.

# en: I'm sorry you feel that way about me. I'm only trying to help you here, and I think I've been pretty patient with you so far.
who-calls-reply-2 = צר לי שככה את רואה אותי. רק ניסיתי לעזור לך כאן, ונראה לי שגיליתי איתך לא מעט סבלנות עד עכשיו.

# en: I'm sorry you see me like that. I'm just trying to help, and I feel I've been quite patient with you up to now.
who-calls-reply-2-wording-1 = חבל שזו התמונה שיש לך עליי. כל מה שעשיתי פה זה לנסות לעזור לך, ואני חושב שהייתי די סבלני איתך עד עכשיו.

# en: Sorry you see it like that; I've been very patient with you.
who-calls-reply-2-wording-2 = חבל שאת רואה אותי ככה, הייתי סבלנית איתך.

# en: well i'm sorry you think that about me. i'm just trying to help and honestly i've been really patient here
who-calls-reply-2-wording-3 = מצטערת שככה זה נראה לך מבחינתי. אני רק מנסה לעזור פה, ותודי שהתאזרתי בלא מעט סבלנות כלפייך

# en: Sorry you think of me like that. I'm doing my best to help you, and I've shown you a lot of patience so far.
who-calls-reply-2-wording-4 = מצטער שאת חושבת עליי ככה. אני עושה כמיטב יכולתי לעזור לך, והפגנתי כלפייך הרבה סבלנות עד עכשיו.

# en: Sorry you feel that way, I'm just trying to help.
who-calls-reply-2-wording-5 = מצטערת שאת מרגישה ככה, אני רק מנסה לעזור.

# en: Ms Farkas, I've been very patient with you and I'm only here to help, so I'm sorry if you see me that way.
who-calls-reply-2-wording-6 = גברת פרקש, הייתי מאוד סבלני איתך ואני פה רק כדי לעזור, אז אני מצטער אם את רואה אותי ככה.

# en: It sounds like an apology but it asks her to apologise to you. Pointing at your own patience tells her you took the remark to heart, and it leaves her question, who rings, unanswered.
who-calls-reply-2-feedback = זה נשמע כמו התנצלות, אבל בעצם מבקש ממנה להתנצל בפניך. ההצבעה על הסבלנות שלך מראה שהמשפט פגע, והשאלה שלה, מי מתקשר, נשארת בלי תשובה.

# en: Between you and me, it's not the first time with Gábor. Don't judge the rest of us by him; I'll make sure he keeps away from your file.
who-calls-reply-3 = בינינו, זו לא הפעם הראשונה עם גאבור. אל תשפטי את כולנו לפיו; אני כבר אדאג שהוא לא ייגע יותר בתיק שלך.

# en: Just between us, this isn't the first time Gábor's done this. Please don't tar the rest of us with the same brush; I'll see to it he stays away from your file.
who-calls-reply-3-wording-1 = בינך לביני, זה לא קרה עם גאבור בפעם הראשונה. אל תדוני את כל המשרד לפיו; אני אדאג שהוא לא יתקרב יותר לתיק שלך.

# en: Between us, Gábor's done this before; don't judge us all by him.
who-calls-reply-3-wording-2 = זו לא הפעם הראשונה שלו; אוריד אותו מהתיק שלך.

# en: off the record, gabor's done this before. we're not all like him, and i'll make sure he doesn't touch your case again
who-calls-reply-3-wording-3 = בסוד? גאבור כבר עשה דברים כאלה קודם. אל תכניסי את כולנו לאותו סל, אני אוודא שהוא לא מטפל בך יותר

# en: Confidentially, Gábor has let clients down like this before. The rest of us aren't like that, and I'll keep him off your file.
who-calls-reply-3-wording-4 = בינינו, גאבור כבר אכזב לקוחות ככה בעבר. אנחנו, השאר, לא כאלה, ואני אדאג שהוא יתרחק מהתיק שלך.

# en: Gábor does this a lot, we're not all like him.
who-calls-reply-3-wording-5 = גאבור עושה את זה הרבה, לא כולנו כמוהו.

# en: don't lump us in with gabor, between us he's done this before. i'll keep him well away from your file
who-calls-reply-3-wording-6 = אל תשימי אותנו באותה שורה עם גאבור, בינינו זה לא הראשון שלו. אני אשמור אותו הרחק מהתיק שלך

# en: Siding with her against a colleague feels like empathy, but it tells her the whole office knows about the problem and puts up with it.
who-calls-reply-3-feedback = לעמוד לצידה נגד קולגה מרגיש כמו אמפתיה, אבל זה אומר לה שכל המשרד מכיר את הבעיה ומשלים איתה.

# en: Fair enough: after this week you've no reason to. So judge me by five o'clock. I'll ring you then, news or not. Here's my direct line.
who-calls-reply-4 = הוגן: אחרי השבוע הזה אין לך סיבה. אז תשפטי אותי בחמש: אתקשר, עם חדשות או בלי. הנה המספר הישיר שלי.

# en: That's fair; after the week you've had, why would you? So judge me on five o'clock: I'll call you then whether there's news or not. This is my direct number.
who-calls-reply-4-wording-1 = את צודקת, אחרי שבוע כזה אין סיבה שתאמיני לי. אז תבדקי אותי בחמש: אני מתקשר אלייך בכל מקרה, גם אם אין חדשות. זה הטלפון הישיר שלי.

# en: Fair. Judge me by five; I'll call you either way. Here's my number.
who-calls-reply-4-wording-2 = צודקת. תבדקי אותי בחמש, הנה המספר שלי.

# en: fair enough, you've got no reason to after this week. so hold me to 5 o'clock, i'll ring then even if there's no news, here's my direct number
who-calls-reply-4-wording-3 = בצדק, אחרי מה שעבר עלייך אין לך למה להאמין לי. בואי נראה בחמש אחר הצהריים, אני מצלצלת בין אם יש משהו חדש ובין אם לא, והנה המספר הישיר אליי

# en: You're right not to trust us after this week. Hold me to five o'clock: I'll call you then even if I have nothing new, and this is my direct number.
who-calls-reply-4-wording-4 = את צודקת שלא לסמוך עלינו אחרי השבוע הזה. תחזיקי אותי לחמש: אתקשר אלייך אז גם אם אין לי שום חדש, וזה המספר הישיר שלי.

# en: I'll call you at five either way. Here's my number.
who-calls-reply-4-wording-5 = אתקשר אלייך בחמש בכל מקרה. הנה המספר שלי.

# en: Here's my direct line, Ms Farkas. I'll phone at five whether or not there's news, and you can judge me on that; after this week I wouldn't believe us either.
who-calls-reply-4-wording-6 = הנה הקו הישיר שלי, גברת פרקש. אצלצל בחמש, יש חדשות או אין, ותשפטי אותי לפי זה; אחרי שבוע כזה גם אני לא הייתי מאמינה לנו.

# en: You let the jab pass and answered the doubt behind it with a promise she can check today. Trust after a broken promise comes from a kept one, not from defending yourself.
who-calls-reply-4-feedback = נתת לעקיצה לעבור וענית על הספק שמאחוריה בהבטחה שאפשר לבדוק עוד היום. אחרי הבטחה שהופרה, אמון חוזר בזכות הבטחה שקוימה, לא בזכות התגוננות.

# en: Not the first time? So everyone here knows he drops his clients, and nobody does anything about it?
office-reputation-says-1 = לא הפעם הראשונה? אז כולם כאן יודעים שהוא מפקיר את הלקוחות שלו, ואף אחד לא עושה עם זה כלום?

# en: I shouldn't have said that; it wasn't fair to him, and it doesn't help you. Your case is mine now. I'll ring you at five.
office-reputation-reply-1 = לא היה מקום להגיד את זה; זה לא הוגן כלפיו ולא עוזר לך. התיק שלך אצלי עכשיו. אתקשר בחמש.

# en: I was wrong to say that; it was unfair on him and it's no use to you. I'm handling your case now, and I'll call you at five.
office-reputation-reply-1-wording-1 = לא הייתי צריכה לומר את זה; זה לא פייר כלפי גאבור וגם לא עוזר לך בכלום. את התיק שלך אני לוקחת, ובחמש אני מתקשרת.

# en: My mistake, saying that. I'm on your case; I'll call at five.
office-reputation-reply-1-wording-2 = טעות שלי שאמרתי את זה. התיק אצלי, בחמש אני מתקשר.

# en: sorry, that was out of line, not fair to him and doesn't help you at all. i'm looking after your case now and i'll phone you at 5
office-reputation-reply-1-wording-3 = סליחה, זה היה מיותר מצידי, לא הוגן לגאבור ולא מקדם אותך. מה שחשוב: אני מטפלת בתיק שלך, ושיחה ממני בחמש

# en: That remark was wrong of me; it was unfair to Gábor and it does nothing for you. I'm dealing with your case personally, and I'll phone you at five.
office-reputation-reply-1-wording-4 = ההערה הזאת הייתה טעות שלי; היא לא הוגנת כלפי גאבור ולא עוזרת לך בכלום. אני מטפלת בתיק שלך אישית, ואתקשר אלייך בחמש.

# en: I shouldn't have said that. I'll call you at five.
office-reputation-reply-1-wording-5 = לא הייתי צריך להגיד את זה. אתקשר אלייך בחמש.

# en: forget i said that, it wasn't fair on gabor and it's no help to you. your case is with me now, you'll get my call at 5
office-reputation-reply-1-wording-6 = תשכחי שאמרתי את זה, זה לא היה הוגן כלפי גאבור וזה לא עוזר לך. התיק שלך אצלי עכשיו, תקבלי ממני טלפון ב־5

# en: You took the remark back without fuss and returned to what happens next. Correcting your own slip in front of her shows the reliability she came in for.
office-reputation-reply-1-feedback = חזרת בך מההערה בלי דרמה וחזרת למה שקורה הלאה. לתקן את המעידה של עצמך מולה מראה בדיוק את האמינות שבשבילה היא באה.

# en: Fair enough, but I can only answer for myself, not for how the rest of the office works. That's really a question for the manager.
office-reputation-reply-2 = הוגן, אבל אני עונה רק על עצמי, לא על איך ששאר המשרד עובד. זו באמת שאלה בשביל המנהלת שלנו.

# en: That's fair, but I can only speak for myself, not the way the whole office is run. You'd really need to ask the manager about that.
office-reputation-reply-2-wording-1 = שאלה הוגנת, אבל אני יכול לדבר רק בשם עצמי, לא על הדרך שבה המשרד כולו מתנהל. את זה באמת כדאי לשאול את המנהלת.

# en: I can only speak for myself; ask the manager about that.
office-reputation-reply-2-wording-2 = אני אחראית רק על עצמי; תשאלי את המנהלת.

# en: fair point but i can't answer for everyone else here, only for me. that one's really for the manager
office-reputation-reply-2-wording-3 = בסדר, אבל על מה שקורה אצל אחרים פה אני לא יכול להגיד כלום, רק על מה שאני עושה. את השאלה הזאת תפני למנהלת שלנו

# en: I understand, but I'm not able to speak for how everyone else here works, only for myself. The manager would be the one to ask.
office-reputation-reply-2-wording-4 = אני מבינה, אבל אני לא יכולה לדבר על איך שכל השאר פה עובדים, רק על עצמי. את זה צריך לשאול את המנהלת.

# en: I can't speak for the office, ask the manager.
office-reputation-reply-2-wording-5 = אני לא יכול לדבר בשם המשרד, תשאלי את המנהלת.

# en: That's one for the manager, Ms Farkas. I can only answer for what I do, not the rest of the team.
office-reputation-reply-2-wording-6 = זו שאלה למנהלת, גברת פרקש. אני יכולה לענות רק על מה שאני עושה, לא על שאר הצוות.

# en: You opened the question and then stepped away from it. To her you are the office; 'I only answer for myself' confirms that nobody here answers for anything.
office-reputation-reply-2-feedback = פתחת את הנושא ואז נסוגת ממנו. בשבילה, מי שעומד מולה הוא המשרד; "אני עונה רק על עצמי" מאשר שאף אחד כאן לא עונה על כלום.

# en: I shouldn't really say, but yes, he's been warned before. That's between him and the manager, though, so I can't go into it.
office-reputation-reply-3 = לא יפה לספר, אבל כן, הוא כבר קיבל אזהרה בעבר. זה עניין בינו לבין המנהלת, אז אין לי מה להיכנס לזה.

# en: I probably shouldn't tell you, but yes, he's had warnings before. That's for the manager to deal with, though, so I can't say any more.
office-reputation-reply-3-wording-1 = אני לא אמורה לספר, אבל כן, כבר הזהירו אותו בעבר. זה נושא שלו מול המנהלת, ואני לא נכנסת לזה.

# en: Yes, he's had warnings, but I can't say more.
office-reputation-reply-3-wording-2 = כן, הוא כבר קיבל נזיפה בעבר, אבל זה לא עניין שלי.

# en: i'm not really supposed to say but yeah, he's had a warning already. that's a thing for him and the boss to sort though so i can't get into it
office-reputation-reply-3-wording-3 = בינינו, כן, זו לא הפעם הראשונה שהוא נתפס, כבר דיברו איתו על זה רשמית, אבל זה בין המנהלת אליו, אני לא מתערב

# en: Strictly I'm not meant to tell you, but yes, Gábor has been warned about this already. It's a matter for him and the manager, so I can't say more.
office-reputation-reply-3-wording-4 = אני לא אמור לספר לך את זה, אבל כן, גאבור כבר קיבל אזהרה על זה. זה עניין בינו לבין המנהלת, אז אני לא יכול להרחיב.

# en: Yes, he's been warned before, but I can't discuss it.
office-reputation-reply-3-wording-5 = כן, הזהירו אותו בעבר, אבל אני לא יכולה לדבר על זה.

# en: between us, yeah, it's happened before and he got a warning. that's for the manager to deal with though, i can't go into details
office-reputation-reply-3-wording-6 = האמת? כן, זה לא קרה לו פעם ראשונה והוא כבר חטף אזהרה. אבל בזה המנהלת מטפלת, לפרטים אני לא נכנס

# en: You dug the hole deeper: now she knows the office saw this coming. Gossip about a colleague never reassures a client; it only tells her what they will say about her.
office-reputation-reply-3-feedback = חפרת את הבור עמוק יותר: עכשיו היא יודעת שהמשרד ראה את זה מגיע. רכילות על קולגה אף פעם לא מרגיעה לקוחה; היא רק מספרת לה מה יגידו עליה.

# en: All right. But do you know what hurt most? When Gábor finally rang, he said you'd had 'a lot of urgent cases'. As if I wasn't one.
make-amends-says-1 = בסדר. אבל יודעים מה הכי פגע בי? כשגאבור סוף סוף התקשר, הוא אמר שהיו לכם "הרבה מקרים דחופים". כאילו אני לא הייתי מקרה דחוף.

# en: She has told you what hurt most. An apology alone answers it only halfway.
make-amends-hint = היא סיפרה מה הכי פגע בה. התנצלות לבדה עונה על זה רק בחצי.

# en: You were, of course. Still, the main thing now is finding you a new flat before your notice runs out, isn't it? Let's focus on that.
make-amends-reply-1 = ברור שהיית. ובכל זאת, הדבר החשוב עכשיו זה למצוא לך דירה חדשה לפני שנגמרת תקופת ההודעה, נכון? בואי נתמקד בזה.

# en: Of course you were. Still, what matters most is finding you somewhere to live in time, isn't it? Let's just focus on that.
make-amends-reply-1-wording-1 = ודאי שהיית. אבל מה שחשוב כרגע זה שיהיה לך בית חדש לפני שתקופת ההודעה מסתיימת, לא? בואי נשים על זה את הדגש.

# en: Of course, but let's focus on getting you a new flat.
make-amends-reply-1-wording-2 = בטח שהיית, אבל עכשיו בואי נתרכז בחיפוש דירה.

# en: course you were. anyway what matters now is getting you somewhere before your notice is up, right? let's stick to that
make-amends-reply-1-wording-3 = ברור שאת דחופה. אבל יאללה, מה שבוער זה שתהיה לך דירה לפני שאת צריכה לפנות, נכון? בואי נעבוד על זה

# en: Naturally you were. But the priority now is the search for your next home, isn't it? Let's put our energy into that.
make-amends-reply-1-wording-4 = כמובן שהיית. אבל מה שבראש סדר העדיפויות עכשיו זה החיפוש אחרי הבית הבא שלך, לא? בואי נשקיע בזה את האנרגיה.

# en: Sure, but let's just concentrate on finding you a flat.
make-amends-reply-1-wording-5 = בטח, אבל בואי פשוט נתרכז במציאת דירה בשבילך.

# en: yes of course you were, but let's move on and focus on the new flat, your notice is running out
make-amends-reply-1-wording-6 = כן ברור שהיית, אבל בואי נתקדם ונתמקד בדירה החדשה, ההודעה שלך לבעל הבית עומדת להיגמר

# en: She told you what hurt most and you moved straight past it to the search. The flat may turn up, but the feeling of being 'not urgent' leaves with her.
make-amends-reply-1-feedback = היא סיפרה מה הכי פגע בה, ועברת ישר לחיפוש. אולי דירה תימצא, אבל ההרגשה שהיא "לא דחופה" יוצאת איתה מהדלת.

# en: I will have you in a new flat before your notice runs out, I promise you. Nobody in this office is going to let you down again.
make-amends-reply-2 = יש לך הבטחה ממני: תהיי בדירה חדשה לפני שתקופת ההודעה נגמרת. אף אחד במשרד הזה לא יאכזב אותך שוב.

# en: I promise you'll be living somewhere new before you have to leave your current flat. No one here will ever let you down again.
make-amends-reply-2-wording-1 = אני מבטיח לך: לפני שתקופת ההודעה שלך מסתיימת, את כבר גרה בדירה חדשה. ואף אחד פה לא יאכזב אותך עוד פעם.

# en: I promise you'll have a new home before your notice ends.
make-amends-reply-2-wording-2 = מבטיחה שתהיי בדירה חדשה בזמן, ולא נאכזב אותך שוב.

# en: i promise, we'll have you moved into a new place before your notice is up. no one here is going to fail you again
make-amends-reply-2-wording-3 = קבלי ממני התחייבות: עד סוף החודש הבא את עוברת לבית חדש, ואף אחד במשרד לא ישאיר אותך שוב תלויה

# en: You have my promise: you'll be in a new home before you have to move out, and no one in this office will ever disappoint you again.
make-amends-reply-2-wording-4 = יש לך את ההבטחה שלי: תהיי בבית חדש לפני שתצטרכי לצאת, ואף אחד במשרד הזה לא יאכזב אותך יותר אף פעם.

# en: I promise we'll have you in a new flat in time.
make-amends-reply-2-wording-5 = מבטיח שנכניס אותך לדירה חדשה בזמן.

# en: Nobody here will let you down again, Ms Farkas, and I promise you'll be in a new flat before your notice is up.
make-amends-reply-2-wording-6 = אף אחד פה לא יפיל אותך שוב, גברת פרקש, ואני מבטיחה לך שתהיי בדירה חדשה לפני שתקופת ההודעה שלך נגמרת.

# en: Heartfelt, and she needed to hear she matters, but whether the right flat comes up by the end of next month is up to the market, not you. It is the same kind of promise that failed her last week.
make-amends-reply-2-feedback = מכל הלב, והיא הייתה צריכה לשמוע שהיא חשובה, אבל אם הדירה הנכונה תעלה עד סוף החודש הבא תלוי בשוק, לא בך. זה בדיוק סוג ההבטחה שאכזב אותה בשבוע שעבר.

# en: You were urgent, and I'm sorry. Today I'm asking our manager to log every call-back we promise, so no 'tomorrow' slips quietly again.
make-amends-reply-3 = היית דחופה, וצר לי. עוד היום אבקש מהמנהלת לרשום כל שיחה חוזרת שאנחנו מבטיחים, כדי שאף "מחר" לא יחמוק שוב בשקט.

# en: You were urgent, and I apologise. I'm going to ask our manager today to start recording every call-back we commit to, so no client's tomorrow gets quietly forgotten again.
make-amends-reply-3-wording-1 = היית מקרה דחוף, ואני מצטערת. עוד היום אבקש מהמנהלת שכל פעם שמבטיחים ללקוח לחזור אליו זה יירשם, כדי ששום הבטחה למחר לא תיעלם בשקט.

# en: You mattered, sorry. I'm getting every promised call-back logged from today.
make-amends-reply-3-wording-2 = היית דחופה, סליחה. אדאג שכל הבטחה לחזור ללקוח תתועד.

# en: you absolutely were urgent, i'm sorry. i'm asking the manager today to keep a log of every callback we promise so nobody gets forgotten like that again
make-amends-reply-3-wording-3 = את צודקת, היית דחופה ומגיעה לך התנצלות. ואני פונה למנהלת עוד היום שנתחיל לנהל רשימה של כל טלפון חוזר שהובטח, שאף לקוח לא ייפול ככה בין הכיסאות

# en: I'm sorry, your case was urgent. I'm going to our manager today to set up a record of every promised call, so nobody's 'tomorrow' quietly disappears again.
make-amends-reply-3-wording-4 = אני מצטערת, המקרה שלך היה דחוף. אני ניגשת היום למנהלת שלנו כדי לפתוח רישום של כל שיחה חוזרת שהובטחה, כך שאף "מחר" לא ייעלם שוב בשקט.

# en: Sorry. I'm asking the manager to track every callback we promise.
make-amends-reply-3-wording-5 = סליחה. אני מבקש מהמנהלת לעקוב אחרי כל שיחה חוזרת שאנחנו מבטיחים.

# en: you were urgent. sorry. from today i want every promised callback written down, i'm raising it with the manager so this doesnt happen to anyone again
make-amends-reply-3-wording-6 = היית דחופה. סליחה. מהיום אני רוצה שכל טלפון חוזר שמבטיחים ייכתב, אני מעלה את זה מול המנהלת שזה לא יקרה לאף אחד שוב

# en: You answered the hurt she named, 'as if I wasn't one', and fixed the cause so the next client is not forgotten the same way. That turns an apology into a remedy.
make-amends-reply-3-feedback = ענית על הפגיעה שהיא קראה לה בשם, "כאילו אני לא הייתי מקרה דחוף", ותיקנת את הסיבה כדי שהלקוח הבא לא יישכח באותה דרך. כך התנצלות הופכת לתיקון.

# en: I'm sorry. You were urgent, and you should have been treated that way. Your case is mine now, and you'll hear from me at five.
make-amends-reply-4 = צר לי. היית דחופה, והיו צריכים להתייחס אלייך בדיוק ככה. מעכשיו התיק שלך אצלי, ובחמש תשמעי ממני אישית, עם חדשות או בלי.

# en: I apologise. You were urgent and should have been dealt with like it. I'm handling your case from now on, and I'll be in touch at five.
make-amends-reply-4-wording-1 = אני מצטער. את היית מקרה דחוף, וזה בדיוק היחס שהיה מגיע לך. מהיום אני מטפל בתיק שלך, ובחמש תקבלי ממני טלפון, יהיו חדשות או לא.

# en: Sorry, you were urgent. It's my case now; I'll call at five.
make-amends-reply-4-wording-2 = סליחה, היית דחופה. בחמש אני מתקשרת אלייך אישית.

# en: i'm really sorry. you were a priority and you deserved to be treated like one. i'm taking over your case and i'll get back to you at 5
make-amends-reply-4-wording-3 = צר לי באמת, היית צריכה לקבל יחס של מקרה דחוף. מעכשיו אני איש הקשר שלך, ובחמש אני מרים אלייך טלפון בעצמי גם אם אין עדכון

# en: I apologise. Your case was urgent and deserved to be handled that way. I'm taking it over myself, and I'll call you at five.
make-amends-reply-4-wording-4 = אני מתנצל. המקרה שלך היה דחוף והגיע לו טיפול כזה. אני לוקח אותו עליי בעצמי, ואתקשר אלייך בחמש.

# en: Sorry, you were urgent. I'll ring you at five.
make-amends-reply-4-wording-5 = סליחה, היית דחופה. אצלצל אלייך בחמש.

# en: you should have been treated as urgent, because you were, and im sorry. i'm looking after your case from now and you'll hear from me at 5
make-amends-reply-4-wording-6 = היו צריכים להתייחס אלייך כדחופה, כי היית, ואני מצטערת. אני מטפלת בתיק שלך מעכשיו ותשמעי ממני ב־5

# en: A real apology that answers the hurt she named, and a promise of your own. The best reply also fixed the cause, so that no other client's 'tomorrow' can slip the same way; that is what turns an apology into a remedy.
make-amends-reply-4-feedback = התנצלות אמיתית שעונה על הפגיעה שהיא קראה לה בשם, והבטחה משלך. התשובה הטובה ביותר גם תיקנה את הסיבה, כדי שה"מחר" של אף לקוח אחר לא יחמוק באותה דרך; זה מה שהופך התנצלות לתיקון.

# en: Thank you. Five o'clock, then. And thank you for not making excuses.
resolved-says-1 = תודה. אז בחמש. ותודה שלא היו תירוצים.

# en: You ring at five, exactly as promised, and Eszter gets her bank to extend the loan offer by a month. Dóra makes an offer on a flat near her daughter's school two weeks later. She recommends the office to a friend and asks for you by name: a broken promise, owned and followed by kept ones, won her back.
resolved-summary = בחמש בדיוק מגיעה ממך שיחה, כמו שהבטחת, ואסתר משיגה מהבנק שלה הארכה של חודש לאישור המשכנתא. שבועיים אחר כך דורה מגישה הצעה על דירה ליד בית הספר של הבת שלה. היא ממליצה על המשרד לחברה ומבקשת אותך בשמך: הבטחה שהופרה, שמישהו לקח עליה אחריות ואחריה באו הבטחות שקוימו, החזירה אותה.

# en: Fine. Just make sure somebody actually calls this time.
grudging-says-1 = טוב. רק תדאגו שהפעם מישהו באמת יתקשר.

# en: Dóra carries on her search through your office and in the end buys a flat through you, but she keeps every call short and businesslike. Nobody here ever really answered being treated as 'not urgent': when she sells a few years later, she goes to another agency, and she tells her friends to do the same.
grudging-summary = דורה ממשיכה לחפש דרך המשרד שלכם ובסוף קונה דירה דרככם, אבל כל שיחה איתה קצרה ועניינית. אף אחד כאן לא באמת ענה על זה שהתייחסו אליה כאל "לא דחופה": כשהיא מוכרת כעבור כמה שנים, היא פונה למשרד תיווך אחר, וממליצה לחברים שלה לעשות אותו דבר.

# en: All right. But if this turns into another 'tomorrow', I'm finished with this office.
fragile-promise-says-1 = בסדר. אבל אם גם זה ייגמר בעוד "מחר", סיימתי עם המשרד הזה.

# en: The owner will not break a signed reservation, and there was never a way back in. When you tell Dóra, she hears this office break its word a second time, and this time it was your word. She takes her search to another agency the same day.
fragile-promise-summary = בעלת הדירה לא מתכוונת להפר זיכרון דברים חתום, ומעולם לא הייתה דרך לחזור לתמונה. כשדורה שומעת את זה ממך, היא שומעת את המשרד הזה מפר את המילה שלו בפעם השנייה, והפעם זו הייתה המילה שלך. עוד באותו יום היא מעבירה את החיפוש שלה למשרד תיווך אחר.

# en: Thank you. I'm going to hold you to that.
hollow-promise-says-1 = תודה. אני תופסת אותך במילה.

# en: Dóra leaves relieved. Three weeks later nothing near the school fits her budget, the 30th is close, and she remembers whose promise it was. She moves her search to another agency: a warm promise you did not control became the office's second broken one.
hollow-promise-summary = דורה יוצאת מהמשרד בהקלה גדולה. שלושה שבועות אחר כך אין ליד בית הספר שום דבר שמתאים לתקציב שלה, ה־30 קרוב, והיא זוכרת של מי הייתה ההבטחה. היא מעבירה את החיפוש למשרד אחר: הבטחה חמה שלא הייתה בשליטתך הפכה להבטחה השנייה שהמשרד הפר.

# en: The office manager sits down with Dóra at two and takes the case over. She apologises, puts her in touch with the mortgage adviser and has the search restarted. It gets handled, but not by you, and Dóra leaves convinced that only the boss can make this office keep its word.
handed-to-manager-summary = בשתיים מנהלת המשרד מתיישבת עם דורה ולוקחת את התיק לידיה. היא מתנצלת, מפגישה אותה עם יועצת המשכנתאות ודואגת שהחיפוש יתחיל מחדש. העניין מטופל, אבל לא על ידך, ודורה יוצאת משוכנעת שרק הבוסית מסוגלת לגרום למשרד הזה לעמוד במילה שלו.

# en: Forget it. I'll find a flat through an agency that answers its phone.
walkout-says-1 = עזבו. אמצא דירה דרך משרד שעונה לטלפון.

# en: Dóra walks out and signs up with a rival agency that afternoon. She tells the other parents at her daughter's school how your office sat on her offer. Most unhappy clients leave without a word; she came in to give you a second chance, and you lost her anyway.
walkout-summary = דורה יוצאת ועוד באותו אחר הצהריים נרשמת במשרד תיווך מתחרה. להורים האחרים בבית הספר של הבת שלה היא מספרת איך המשרד שלכם השאיר את ההצעה שלה במגירה. רוב הלקוחות הלא מרוצים עוזבים בלי מילה; היא באה לתת לכם הזדמנות שנייה, ואיבדתם אותה בכל זאת.

