### Defuse scenario `haircut-on-purpose` (The haircut that was 'ruined') in he, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: The haircut that was 'ruined'
title = התספורת ש"נהרסה"

# en: You run the front desk of a busy hair salon on a Saturday: all ten chairs are taken and four clients are waiting. Réka Szalai has just had a cut and copper colour with Dóra, one of your best stylists (two and a half hours, 38,500 forints). Ten minutes ago she turned her head at the mirror and said 'lovely, just like the photo'. Now she is at the desk with her coat on. The owner, Gábor, is working in the back room.
brief = המשמרת שלך בדלפק הקבלה של מספרה עמוסה ביום שבת: כל עשרת הכיסאות תפוסים וארבעה לקוחות ממתינים. רקה סאלאי סיימה הרגע תספורת וצבע בגוון נחושת אצל דורה, אחת ממעצבות השיער הטובות ביותר במספרה (שעתיים וחצי, 38,500 פורינט). לפני עשר דקות היא סובבה את הראש מול המראה ואמרה "מקסים, בדיוק כמו בתמונה". עכשיו היא עומדת מול הדלפק, כבר עם המעיל. הבעלים, גאבור, עובד בחדר האחורי.

# en: Réka Szalai
customer-name = רקה סאלאי

# en: said 'lovely, just like the photo' at the mirror ten minutes ago
customer-trait-1 = לפני עשר דקות אמרה מול המראה "מקסים, בדיוק כמו בתמונה"

# en: says her hair has to be right for her sister's wedding next Saturday
customer-trait-2 = אומרת שהשיער שלה חייב להיות מושלם לחתונה של אחותה בשבת הבאה

# en: gets louder when the waiting clients are listening
customer-trait-3 = מרימה את הקול כשהלקוחות הממתינים מקשיבים

# en: turns on the person in front of her when she feels cornered
customer-trait-4 = מתנפלת על מי שעומד מולה כשהיא מרגישה שדוחקים אותה לפינה

# en: Excuse me? That's not an answer. I want to know what you're going to do about my hair.
neutral-says-1 = סליחה? זאת לא תשובה. אני רוצה לדעת מה אתם מתכוונים לעשות עם השיער שלי.

# en: Are you even listening to me? My sister gets married next Saturday, and I'm the one who has to turn up with this hair.
neutral-says-2 = מישהו פה בכלל מקשיב לי? אחותי מתחתנת בשבת הבאה, ואני זאת שצריכה להגיע לשם עם השיער הזה.

# en: Look at this! Look what she's done to my hair! It's shorter than I asked and the colour is orange. My sister gets married next Saturday and I'm supposed to go like this? I'm not paying a single forint.
opening-says-1 = תראו את זה! תראו מה היא עשתה לי לשיער! זה יותר קצר ממה שביקשתי, והצבע כתום. אחותי מתחתנת בשבת הבאה, ואני אמורה ללכת ככה? אני לא משלמת אף פורינט.

# en: Two and a half hours, and she's ruined it! Orange! And the length is all wrong. I have my sister's wedding next Saturday. Don't even think about charging me for this.
opening-says-2 = שעתיים וחצי, והיא הרסה לי אותו! כתום! והאורך בכלל לא נכון. יש לי חתונה של אחותי בשבת הבאה. אל תחשבו אפילו לחייב אותי על זה.

# en: You don't know yet whether anything is wrong. Take her seriously, and ask what exactly she means before you agree or disagree.
opening-hint = עוד לא ברור אם משהו באמת לא בסדר. כדאי לקחת אותה ברצינות, ולשאול למה בדיוק היא מתכוונת לפני שמסכימים איתה או חולקים עליה.

# en: Ms Szalai, with the wedding next Saturday I can see why you're upset. What's wrong exactly: the length, the colour, or both?
opening-reply-1 = גברת סאלאי, עם החתונה בשבת הבאה, ברור לי למה את נסערת. מה בדיוק לא בסדר: האורך, הצבע, או שניהם?

# en: Ms Szalai, I can understand you being upset with your sister's wedding only a week away. Which part is the problem: how short it is, the colour, or both?
opening-reply-1-wording-1 = גברת סאלאי, כשהחתונה בעוד שבוע, אני מבינה לגמרי למה את כל כך מוטרדת. מה בעצם מפריע לך, האורך, הצבע, או גם וגם?

# en: Wedding's close, I understand. Is it the cut, the colour, or both?
opening-reply-1-wording-2 = עם חתונה בפתח, מבינה. מה הבעיה, אורך או צבע?

# en: no wonder you're upset with the wedding coming up. what's the problem exactly, the cut, the colour or both?
opening-reply-1-wording-3 = גברת סאלאי, חתונה של אחות בעוד שבוע, ברור שזה מלחיץ. תגידי לי בדיוק מה הפריע, התספורת עצמה, הגוון, או שתיהן?

# en: I get it, Ms Szalai, a wedding in a week and this happens. Tell me what's not right: how short it's been cut, the orange tone, or the two together?
opening-reply-1-wording-4 = מבינה אותך, גברת סאלאי, שבוע לפני חתונה וזה מה שקורה. ספרי לי מה לא יושב טוב: כמה שזה נגזר קצר, הגוון הכתום, או שני הדברים יחד?

# en: That's stressful before a wedding. Length, colour, or both?
opening-reply-1-wording-5 = זה לחץ רציני לפני חתונה. אורך, צבע, או שניהם?

# en: so what exactly is bothering you, is it too short, the wrong colour, or both things? i can see why the wedding makes it worse
opening-reply-1-wording-6 = אז מה הכי מציק לך, שזה קצר מדי, שהצבע לא נכון, או שניהם? לגמרי מובן שעם החתונה זה עוד יותר מעצבן

# en: You took her complaint at face value and asked what exactly is wrong, without agreeing that it is ruined or hinting that she is trying it on. Suspicion would have been heard by the whole waiting area; a specific answer can simply be checked.
opening-reply-1-feedback = לקחת את התלונה שלה כפשוטה ושאלת מה בדיוק לא בסדר, בלי להסכים שהשיער נהרס ובלי לרמוז שהיא מנסה לסדר את המספרה. חשדנות הייתה נשמעת בכל אזור ההמתנה; תשובה מסוימת אפשר פשוט לבדוק.

# en: Oh no, I'm so sorry! Please don't worry about the bill today, honestly. We never want anyone leaving here unhappy, least of all before a wedding.
opening-reply-2 = אוי לא, צר לי מאוד! אל תדאגי בכלל לגבי החשבון היום, באמת. אנחנו אף פעם לא רוצים שמישהו ייצא מכאן לא מרוצה, בטח לא לפני חתונה.

# en: Oh dear, I'm so sorry! Forget about paying today, really. We never want a client to walk out unhappy, especially not with a wedding coming up.
opening-reply-2-wording-1 = אוי, אני כל כך מצטער! תשכחי מהתשלום היום, באמת. חשוב לנו שאף אחד לא ייצא מפה מאוכזב, ובמיוחד לא לפני חתונה.

# en: So sorry! Don't worry about paying today.
opening-reply-2-wording-2 = אוי סליחה! היום את לא משלמת, אל תדאגי.

# en: oh no im so sorry!! honestly forget the bill, we'd hate for you to leave unhappy, especially right before a wedding
opening-reply-2-wording-3 = וואי, סורי באמת! עזבי את החשבון, זה עלינו, אנחנו לא רוצים שאף לקוחה תצא מכאן עצובה, על אחת כמה וכמה לפני חתונה

# en: I'm really sorry about this! You won't be charged today, please don't give it a second thought. Nobody should go home upset, especially with a wedding next week.
opening-reply-2-wording-4 = אני ממש מתנצלת על זה! היום לא תחויבי בכלום, אל תשברי על זה את הראש. אף אחד לא אמור ללכת הביתה מבואס, ובטח לא שבוע לפני חתונה.

# en: Sorry, there's no charge today, don't worry.
opening-reply-2-wording-5 = סליחה, היום אין חיוב, אל תדאגי.

# en: No payment needed today, I'm terribly sorry. We'd never want you leaving upset before your sister's big day.
opening-reply-2-wording-6 = אין צורך לשלם היום, אני מצטערת מאוד. לא היינו רוצים בשום אופן שתצאי מכאן נסערת לפני היום הגדול של אחותך.

# en: Warm, and she calms at once, but you gave away Dóra's two and a half hours before anyone looked at the hair. She approved it in the mirror ten minutes ago; shouting has just worked.
opening-reply-2-feedback = חם, והיא נרגעת מיד, אבל ויתרת על שעתיים וחצי של העבודה של דורה לפני שמישהו בכלל הסתכל על השיער. לפני עשר דקות היא אישרה את התוצאה מול המראה; הצעקות פשוט עבדו.

# en: But you said it was lovely at the mirror. Dóra did exactly what was on your photo.
opening-reply-3 = אבל מול המראה אמרת שזה מקסים. דורה עשתה בדיוק מה שהיה בתמונה שלך.

# en: But you told us it looked lovely when you saw it in the mirror. Dóra followed your photo exactly.
opening-reply-3-wording-1 = אבל כשעמדת מול המראה אמרת שזה יצא מהמם. דורה עשתה אחד לאחד את מה שראינו בתמונה שהבאת.

# en: You called it lovely at the mirror, though.
opening-reply-3-wording-2 = אבל אמרת מול המראה שאת אוהבת את זה.

# en: but at the mirror you told us you loved it! dóra did it just like the picture you showed
opening-reply-3-wording-3 = רגע, אבל לפני עשר דקות אמרת לדורה שזה מדהים, והיא עשתה בדיוק לפי התמונה שהבאת

# en: Hang on, when you looked in the mirror earlier you said you liked it. Dóra copied the picture you brought exactly.
opening-reply-3-wording-4 = שנייה, כשהסתכלת במראה קודם אמרת שאהבת. דורה העתיקה בדיוק את התמונה שהבאת.

# en: You said you liked it earlier though.
opening-reply-3-wording-5 = אבל קודם אמרת שאהבת את זה.

# en: Sorry, but Dóra matched your picture to the letter, and you were happy with it at the mirror a minute ago.
opening-reply-3-wording-6 = סליחה, אבל דורה התאימה הכול לתמונה שלך עד הפרט האחרון, ולפני דקה מול המראה היית מבסוטה.

# en: Probably true, but quoting her own words back at her across a full waiting area is a challenge she cannot back down from in public. Check the facts with her, not against her.
opening-reply-3-feedback = כנראה נכון, אבל לצטט לה את המילים שלה מול אזור המתנה מלא זה אתגר שהיא לא יכולה לסגת ממנו בפומבי. בודקים את העובדות יחד איתה, לא נגדה.

# en: I'm sorry, but once a service is finished it has to be paid at the desk; that's the salon's rule. You can raise any problem with Dóra afterwards.
opening-reply-4 = צר לי, אבל על שירות שהסתיים צריך לשלם כאן בקופה, זה הנוהל של המספרה. כל בעיה אפשר להעלות מול דורה אחר כך.

# en: Sorry, but when a service is complete it needs paying for here at reception; that's our policy. You can take up any issues with Dóra after that.
opening-reply-4-wording-1 = מצטערת, אבל שירות שניתן משלמים עליו כאן בקופה, זו המדיניות שלנו. על כל בעיה אפשר לדבר עם דורה אחרי זה.

# en: Salon rule: finished means paid at the desk. Take any problem up with Dóra afterwards.
opening-reply-4-wording-2 = קודם משלמים בקופה, את התלונה תעלי מול דורה אחר כך.

# en: i'm afraid our policy is that finished services get paid at the desk, you can talk to dóra about any issues after
opening-reply-4-wording-3 = סליחה, אצלנו הנוהל הוא שמסדירים תשלום על הטיפול ברגע שהוא נגמר, ואם משהו לא בסדר תדברי עם דורה בהמשך

# en: I'm afraid all completed services are paid for at reception, those are the salon rules. Once you've settled up you can discuss any problems with Dóra.
opening-reply-4-wording-4 = לצערי, כל טיפול שהושלם משולם בדלפק הקבלה, אלה כללי הסלון. אחרי שתסדירי את התשלום תוכלי לדבר עם דורה על כל בעיה.

# en: Salon rules: a finished service gets paid at the desk, then you can see Dóra about it.
opening-reply-4-wording-5 = לפי הכללים, טיפול שנגמר משלמים בדלפק, ואז מדברים עם דורה.

# en: rules are rules i'm afraid, the service is done so it gets paid here, any complaints you can take to dóra after
opening-reply-4-wording-6 = כללים זה כללים, סורי, הטיפול נגמר אז משלמים פה, תלונות אחר כך לדורה

# en: To someone who believes her hair is ruined, 'pay first, complain afterwards' says you don't believe her and won't even look. The rule can wait until you have seen what she means.
opening-reply-4-feedback = למי שמאמינה שהשיער שלה נהרס, "קודם משלמים, אחר כך מתלוננים" אומר שלא מאמינים לה ואפילו לא מוכנים להסתכל. הנוהל יכול לחכות עד שיהיה ברור למה היא מתכוונת.

# en: What's wrong? The left side is shorter than the right, anyone can see it! Look, everyone! And I showed her a photo: copper. This is orange. I'm not paying for somebody's mistake.
what-exactly-says-1 = מה לא בסדר? הצד השמאלי יותר קצר מהימני, כל אחד רואה את זה! תסתכלו כולם! והראיתי לה תמונה: נחושת. זה כתום. אני לא משלמת על הטעות של מישהו אחר.

# en: The left side is shorter, look! You can all see it, can't you? And the colour is nothing like the photo I showed her. It's orange. Why should I pay for somebody else's mistake?
what-exactly-says-2 = הצד השמאלי יותר קצר, תראו! כולכם רואים את זה, נכון? והצבע לא דומה בכלל לתמונה שהראיתי לה. הוא כתום. למה שאני אשלם על הטעות של מישהו אחר?

# en: She is playing to the waiting area. Don't ask her to be quieter: be quieter yourself, name her two points and take her somewhere she can check them.
what-exactly-hint = היא משחקת לקהל שבאזור ההמתנה. לא לבקש ממנה לדבר בשקט: לדבר בשקט בעצמך, לחזור על שתי הטענות שלה ולקחת אותה למקום שבו אפשר לבדוק אותן.

# en: Ms Szalai, please keep your voice down a little. There are other clients waiting, and I'm sure we can sort this out quietly.
what-exactly-reply-1 = גברת סאלאי, בבקשה תנמיכי קצת את הקול. יש פה עוד לקוחות שמחכים, ובטוח שנוכל לסדר את זה בשקט.

# en: Ms Szalai, could you lower your voice a bit, please? Other people are waiting, and I'm confident we can resolve this calmly.
what-exactly-reply-1-wording-1 = גברת סאלאי, אני מבקש שתדברי קצת יותר בשקט. יש עוד לקוחות שמחכים, ואני בטוח שנפתור את זה בלי להרים קול.

# en: Please lower your voice a little; others are waiting.
what-exactly-reply-1-wording-2 = בבקשה בשקט יותר, יש פה עוד לקוחות.

# en: could you keep it down a bit please, there's people waiting, we can sort it out without the noise
what-exactly-reply-1-wording-3 = גברתי, אפשר להוריד את הווליום קצת? אנשים מחכים פה בתור, ונסדר את זה ברוגע, בטוח

# en: Please, Ms Szalai, there's no need to shout. People are waiting and we can deal with this quietly.
what-exactly-reply-1-wording-4 = בבקשה, גברת סאלאי, אין צורך לצעוק. אנשים מחכים, ואפשר לטפל בזה בשקט.

# en: Please stop shouting, other clients can hear you.
what-exactly-reply-1-wording-5 = בבקשה תפסיקי לצעוק, הלקוחות האחרים שומעים.

# en: Madam, I'd ask you not to raise your voice in front of the other customers, let's keep this quiet.
what-exactly-reply-1-wording-6 = גברתי, הייתי מבקשת שלא תרימי את הקול מול שאר הלקוחות, בואי נשמור על שקט.

# en: Asking her to lower her voice in front of the people she is performing for makes her volume the subject. Now she has to prove she is right, and louder.
what-exactly-reply-1-feedback = לבקש ממנה להנמיך את הקול מול האנשים שהיא מופיעה בפניהם הופך את עוצמת הקול שלה לנושא. עכשיו היא צריכה להוכיח שהיא צודקת, ובקול רם עוד יותר.

# en: Honestly, it looks even to me from here, and the colour really suits you. I think it's just that it's new to you, and that takes a few days.
what-exactly-reply-2 = בכנות, מכאן זה נראה לי די סימטרי, והצבע ממש יפה עלייך. נראה לי שזה פשוט חדש לך, ולוקח כמה ימים להתרגל אליו.

# en: To be honest, from where I'm sitting it looks even, and that colour looks great on you. You're probably just not used to it yet; it takes a couple of days.
what-exactly-reply-2-wording-1 = בכנות, מהמקום שלי זה נראה דווקא די שווה בשני הצדדים, והגוון מחמיא לך מאוד. אני חושבת שזה פשוט שינוי, וצריך כמה ימים להתרגל.

# en: Looks even from here, and it's a flattering shade; you'll get used to it.
what-exactly-reply-2-wording-2 = מפה זה נראה לי שווה, והצבע יפה. תני לזה כמה ימים.

# en: honestly it looks fine and even from here and the colour's really nice on you, it's just new, give it a few days
what-exactly-reply-2-wording-3 = האמת? לדעתי זה יצא סימטרי לגמרי והצבע מהמם עלייך, זה רק מוזר בהתחלה, עוד יומיים את תתרגלי

# en: I really can't see any difference between the sides, and the shade is lovely on you. New hair always feels strange for the first few days.
what-exactly-reply-2-wording-4 = אני באמת לא רואה שום הבדל בין הצדדים, והגוון מקסים עלייך. שיער חדש תמיד מרגיש מוזר בימים הראשונים.

# en: It looks fine to me, you'll get used to it.
what-exactly-reply-2-wording-5 = נראה לי בסדר, את תתרגלי.

# en: honestly both sides look the same from where i am, and i think the colour is gorgeous on you, its just a shock because its new
what-exactly-reply-2-wording-6 = ת'אמת מאיפה שאני עומדת שני הצדדים נראים אותו דבר, והצבע פשוט מושלם עלייך, זה סתם הלם כי זה חדש

# en: Meant kindly, but you judged her hair from behind the desk and told her she is wrong, with four people listening. Now she has to prove her point louder.
what-exactly-reply-2-feedback = בכוונה טובה, אבל שפטת את השיער שלה מאחורי הדלפק ואמרת לה שהיא טועה, כשארבעה אנשים מקשיבים. עכשיו היא צריכה להוכיח את צדקתה בקול רם יותר.

# en: I only do the bookings, I'm afraid. You'll have to ask Dóra once she's finished her next client.
what-exactly-reply-3 = אצלי זה רק התורים, לצערי. תצטרכי לשאול את דורה כשהיא תסיים עם הלקוחה הבאה שלה.

# en: I'm afraid I just handle the appointments. You'll need to speak to Dóra when she's done with her next client.
what-exactly-reply-3-wording-1 = אני רק קובעת תורים כאן, מצטערת. את זה תצטרכי לברר מול דורה אחרי שתגמור עם הלקוחה הבאה.

# en: I just do bookings; ask Dóra after her next client.
what-exactly-reply-3-wording-2 = אני רק בתורים, תדברי עם דורה כשהיא מתפנה.

# en: sorry i'm only on bookings, you'll need to catch dóra when she's finished with the client she's doing
what-exactly-reply-3-wording-3 = סורי, אני רק על היומן פה, אין לי מה לעשות עם זה. תחכי לדורה שתסיים עם הלקוחה הבאה ותשאלי אותה

# en: Sorry, appointments are all I deal with. Dóra will have to answer that when she's free after the client she's got next.
what-exactly-reply-3-wording-4 = סליחה, אני מטפלת רק בזימון תורים. על זה דורה תצטרך לענות כשתתפנה אחרי הלקוחה הבאה שלה.

# en: Not my job, talk to Dóra later.
what-exactly-reply-3-wording-5 = זה לא בתחום שלי, תדברי עם דורה אחר כך.

# en: That's one for Dóra, I'm afraid, I just take appointments. Wait till she's done with her next customer and ask her.
what-exactly-reply-3-wording-6 = את השאלה הזאת יש להפנות לדורה, אני אחראית רק על קביעת התורים. אפשר להמתין עד שתסיים עם הלקוחה הבאה ולשאול אותה.

# en: 'I only do the bookings' leaves her at the desk with nobody responsible while Dóra is busy for an hour. To her you are the salon right now: take her to someone who can check, don't send her off to wait.
what-exactly-reply-3-feedback = "אצלי זה רק התורים" משאיר אותה ליד הדלפק בלי אף אחד שאחראי, בזמן שדורה עסוקה עוד שעה. בעיניה, מי שעומד מולה הוא עכשיו המספרה: צריך לקחת אותה למישהו שיכול לבדוק, לא לשלוח אותה לחכות.

# en: The left side, and the colour against your photo. Let's look at both with Dóra at the window mirror, in daylight.
what-exactly-reply-4 = הצד השמאלי, והצבע לעומת התמונה שלך. בואי נבדוק את שניהם עם דורה ליד המראה שבחלון, באור יום.

# en: So it's the left side, plus the colour compared with your photo. Let's check both with Dóra over at the mirror by the window, where the light's natural.
what-exactly-reply-4-wording-1 = אז הצד השמאלי, והגוון ביחס לתמונה שהבאת. בואי נסתכל על שני הדברים ביחד עם דורה, במראה ליד החלון, באור טבעי.

# en: Left side and colour: let's check both with Dóra by the window.
what-exactly-reply-4-wording-2 = הצד השמאלי והצבע מול התמונה; נבדוק עם דורה ליד החלון.

# en: ok, so the left side, plus the colour vs your picture. come over to the window mirror with me and dóra and we'll look at both in proper daylight
what-exactly-reply-4-wording-3 = הבנתי, צד שמאל קצר יותר והגוון לא כמו בתמונה. בואי נעבור עם דורה לחלון, באור השמש, ונבדוק את שני הדברים כמו שצריך

# en: So the left side is shorter and the colour doesn't match the photo. Come to the mirror by the window with Dóra and me, the natural light will show us both.
what-exactly-reply-4-wording-4 = כלומר צד שמאל קצר יותר והצבע לא תואם לתמונה. בואי איתי ועם דורה למראה שליד החלון, באור הטבעי נראה את שני הדברים.

# en: Let's check both by the window in daylight with Dóra.
what-exactly-reply-4-wording-5 = בואי נבדוק את שניהם ליד החלון, באור יום, עם דורה.

# en: Right, the uneven left side and the colour compared to your photo. Let's all go over to the window, with Dóra, and look in daylight.
what-exactly-reply-4-wording-6 = אוקיי, הצד השמאלי שלא שווה והצבע מול התמונה שלך. בואו ניגש כולנו לחלון, עם דורה, ונסתכל באור יום.

# en: She turned to the waiting clients; you didn't ask her to be quieter, you answered in a low voice, named her two points and moved her to the window. Calm that is shown spreads; calm that is demanded sounds like a telling-off.
what-exactly-reply-4-feedback = היא פנתה אל הלקוחות הממתינים; לא ביקשת ממנה לדבר בשקט, אלא ענית בקול נמוך, חזרת על שתי הטענות שלה והעברת אותה לחלון. רוגע שמראים מדבק; רוגע שדורשים נשמע כמו נזיפה.

# en: Show me the left side, and the photo too. I'll get Dóra over here to look at it with us.
what-exactly-reply-5 = תראי לי את הצד השמאלי, וגם את התמונה. אקרא לדורה שתבוא לכאן ותסתכל על זה איתנו.

# en: Let me see the left side, and your photo as well. I'll ask Dóra to come over and check it with us.
what-exactly-reply-5-wording-1 = תראי לי בבקשה את הצד השמאלי ואת התמונה. אני אבקש מדורה לגשת אלינו ולבדוק את זה יחד.

# en: Can I see the left, and your photo? I'll call Dóra over.
what-exactly-reply-5-wording-2 = תראי לי את הצד והתמונה, אקרא לדורה.

# en: ok show me the left bit and the picture too, i'll grab dóra so she can have a look with us
what-exactly-reply-5-wording-3 = שנייה, בואי תראי לי את השמאלי ואת התמונה מהטלפון, ואני מביא את דורה לפה שתציץ איתנו

# en: Could you show me the left side and the picture you brought? I'll call Dóra over so we can all look together.
what-exactly-reply-5-wording-4 = תוכלי להראות לי את הצד הקצר ואת התמונה בטלפון? אני מבקשת מדורה לבוא אלינו ולהעיף מבט גם היא.

# en: Let me see the left side and the photo, I'll get Dóra.
what-exactly-reply-5-wording-5 = תראי לי את הצד ואת התמונה, אקרא לדורה שתבוא.

# en: Dóra should see this too, I'll bring her over. Meanwhile, can you show me the shorter side and your photo?
what-exactly-reply-5-wording-6 = דורה צריכה לראות את זה גם, אני קוראת לה. בינתיים תראי לי את הצד הקצר יותר ואת התמונה שלך?

# en: Good: you took both points seriously and brought in Dóra instead of judging yourself. But you kept the check at the desk, in front of her audience; the best reply moved it to the window, where nobody is performing.
what-exactly-reply-5-feedback = טוב: לקחת את שתי הטענות ברצינות והבאת את דורה במקום לשפוט בעצמך. אבל הבדיקה נשארה ליד הדלפק, מול הקהל שלה; התשובה הטובה ביותר העבירה אותה לחלון, שם אף אחד לא מופיע מול קהל.

# en: Oh, of course, Dóra. You'll take her side, you all cover for each other. And what would you know about hair? You sit behind a till all day, and looking at your own hair, I'd hardly trust your eye.
personal-jab-says-1 = בטח, דורה. אתם תמיד מחפים אחד על השני. ומה כבר מבינים בשיער מאחורי קופה? יושבים שם כל היום, ולפי השיער שאני רואה מאחורי הדלפק הזה, לא הייתי סומכת על העין שלכם.

# en: Naturally you'll back her up. You're the receptionist, what do you know about colour? With hair like yours, I wouldn't take your word for anything.
personal-jab-says-2 = ברור שתגנו עליה. קבלה, מה הקבלה מבינה בצבע? עם שיער כמו זה שאני רואה מאחורי הדלפק, לא הייתי סומכת על המילה שלכם בשום דבר.

# en: The remark about your hair is meant to sting. Let it pass: agree with what is true, and bring her back to the check.
personal-jab-hint = ההערה על השיער שלך נועדה לעקוץ. כדאי לתת לה לעבור: להסכים עם מה שנכון, ולהחזיר אותה לבדיקה.

# en: Actually, I trained as a stylist for three years before I took the desk, so I do know an even cut when I see one.
personal-jab-reply-1 = בעצם למדתי עיצוב שיער שלוש שנים לפני שעברתי לדלפק, כך שחיתוך ישר אני מזהה מיד כשאני רואה אחד.

# en: For your information, I spent three years training as a stylist before working on reception, so I can tell whether a cut is even.
personal-jab-reply-1-wording-1 = למען האמת, לפני שעברתי לקבלה למדתי שלוש שנים עיצוב שיער, אז תספורת ישרה אני יודעת לזהות מיד.

# en: I did three years of stylist training; I know an even cut.
personal-jab-reply-1-wording-2 = למדתי ספרות שלוש שנים, אני מזהה חיתוך ישר.

# en: actually i did 3 years training as a hairdresser before i moved to the desk, so yeah i can tell if a cut's even
personal-jab-reply-1-wording-3 = סליחה, אבל יש לי תעודה בעיצוב שיער, שלוש שנים עבדתי על כיסא לפני הדלפק, אני יודע לראות אם קו יצא ישר

# en: I'll have you know I did three years of hairdressing training before reception, so I can spot an uneven cut.
personal-jab-reply-1-wording-4 = שתדעי לך, עשיתי שלוש שנות הכשרה בספרות לפני הקבלה, אז חיתוך עקום אני מזהה.

# en: I'm a trained stylist, I know what an even cut looks like.
personal-jab-reply-1-wording-5 = אני ספרית מוסמכת, אני יודעת איך נראה חיתוך ישר.

# en: Excuse me, three years of stylist training says that cut is even.
personal-jab-reply-1-wording-6 = סליחה, אבל שלוש שנים של לימודי ספרות אומרות שהתספורת הזאת שווה.

# en: The dig at your hair hurt, and proving your credentials is the natural answer. But now the argument is about you, and an argument about you is one she can win in front of an audience.
personal-jab-reply-1-feedback = העקיצה על השיער כאבה, ולהוכיח את הכישורים שלך זו תגובה טבעית. אבל עכשיו הוויכוח הוא עליך, ובוויכוח עליך היא יכולה לנצח מול קהל.

# en: I'm not a stylist, that's true, so I won't be the judge. You will, with your photo, in daylight. Shall we?
personal-jab-reply-2 = נכון, המספריים לא אצלי, אז לא אני אשפוט. את תשפטי, עם התמונה שלך, באור יום. נלך לחלון?

# en: That's fair, I'm no stylist, and it's not for me to decide. You can judge it yourself with your photo in the daylight. Shall we go and look?
personal-jab-reply-2-wording-1 = צודקת, אני לא זו שמחזיקה מספריים, אז לא אני אחליט. את תחליטי, עם התמונה שלך ובאור טבעי. ניגש לחלון?

# en: True, I'm no stylist. You judge it, with your photo, by the window?
personal-jab-reply-2-wording-2 = לא אני אשפוט, את. בואי לחלון עם התמונה.

# en: you're right, i'm not a hairdresser, so i'm not going to be the judge. you are, with your picture, in natural light. want to come and see?
personal-jab-reply-2-wording-3 = נכון, אני לא הספרית פה, אין לי מה לפסוק. את תקבעי, מול התמונה, באור שמש. באה איתי לחלון?

# en: You've got a point, hair isn't my trade, so my opinion doesn't matter here. Yours does: bring your photo to the window and see for yourself.
personal-jab-reply-2-wording-4 = יש משהו במה שאת אומרת, שיער זה לא המקצוע שלי, אז הדעה שלי לא קובעת פה. הדעה שלך קובעת: קחי את התמונה לחלון ותראי בעצמך.

# en: True, hair isn't my field. Check it yourself with your photo in daylight?
personal-jab-reply-2-wording-5 = נכון, שיער זה לא התחום שלי. תבדקי בעצמך עם התמונה באור יום?

# en: it's not my call to make, you're right about that. you be the judge, take your photo over to the window and look in natural light, ok?
personal-jab-reply-2-wording-6 = זאת לא החלטה שלי, בזה את צודקת. את השופטת, קחי את התמונה לחלון ותסתכלי באור טבעי, אוקיי?

# en: You let the remark about your hair go by, agreed with the part that was true and handed the judging to her and her photo. With nothing to push against, she follows you to the window.
personal-jab-reply-2-feedback = נתת להערה על השיער שלך לעבור, הסכמת עם החלק הנכון בה והעברת את השיפוט אליה ואל התמונה שלה. כשאין במה להיאחז, היא הולכת אחריך לחלון.

# en: I'm sorry if it looks like I'm taking sides, but there's no need to get personal. I'm only trying to help you here.
personal-jab-reply-3 = סליחה אם זה נראה כמו לקיחת צד, אבל אין צורך לעבור לפסים אישיים. אני רק מנסה לעזור לך.

# en: I'm sorry if it seems as though I'm siding with Dóra, but there's no call for personal remarks. I'm just trying to help you.
personal-jab-reply-3-wording-1 = מצטערת אם נראה שאני לוקחת צד, אבל לא צריך להפוך את זה לאישי. כל מה שאני מנסה זה לעזור לך.

# en: Sorry if I seem biased, but please don't get personal.
personal-jab-reply-3-wording-2 = סליחה אם זה נראה ככה, אבל בלי עקיצות אישיות.

# en: sorry if it seems like i'm on her side but there's no need for personal comments, i'm just trying to help
personal-jab-reply-3-wording-3 = סורי אם הרגשת שאני בצד של דורה, אבל אין סיבה לרדת עליי אישית, אני פה כדי לעזור

# en: Apologies if it feels like I'm defending Dóra, but comments about my hair aren't called for. I'm just here to help.
personal-jab-reply-3-wording-4 = מתנצלת אם זה מרגיש כאילו אני מגינה על דורה, אבל הערות על השיער שלי לא במקום. אני פה רק כדי לעזור.

# en: Sorry if I seem biased, but don't insult me.
personal-jab-reply-3-wording-5 = סליחה אם אני נראית משוחדת, אבל בלי עלבונות.

# en: There's no need to be rude about my hair. I'm sorry if I come across as on her side, I'm only trying to help you.
personal-jab-reply-3-wording-6 = אין צורך להיות גסה לגבי השיער שלי. סליחה אם אני נשמעת בצד שלה, אני רק מנסה לעזור לך.

# en: Understandable after a dig at your hair, but 'no need to get personal' tells her the jab landed, and 'I'm sorry if' apologises for her impression rather than for anything you did. She comes to the window, but warier.
personal-jab-reply-3-feedback = מובן אחרי עקיצה על השיער שלך, אבל "אין צורך לעבור לפסים אישיים" מגלה לה שהעקיצה פגעה, ו"סליחה אם" מתנצל על הרושם שלה ולא על שום דבר שעשית. היא באה לחלון, אבל חשדנית יותר.

# en: You're right, I'm no expert. Let's just take the colour off your bill.
personal-jab-reply-4 = את צודקת, זה לא התחום שלי. בואי פשוט נוריד את הצבע מהחשבון.

# en: Fair enough, I'm not an expert. Let's just knock the colour off what you owe.
personal-jab-reply-4-wording-1 = צודקת, זה לא המקצוע שלי. אז בואי נוריד לך את הצבע מהחשבון וזהו.

# en: True, I'm no expert. We'll take the colour off.
personal-jab-reply-4-wording-2 = את צודקת, לא אתווכח, לא תשלמי על הצבע.

# en: you're right i'm not a pro, tell you what, we'll just not charge you for the colour
personal-jab-reply-4-wording-3 = אוקיי, אני לא מבינה בזה, נכון. פשוט לא נחייב אותך על הצביעה, בסדר?

# en: Okay, hair isn't my speciality, you're right. We won't charge you for the colour then.
personal-jab-reply-4-wording-4 = אוקיי, שיער זה לא ההתמחות שלי, את צודקת. אז לא נחייב אותך על הצבע.

# en: Fine, no charge for the colour.
personal-jab-reply-4-wording-5 = טוב, על הצבע לא תשלמי.

# en: fair point, what do i know. the colour is on the house then, you just pay for the rest
personal-jab-reply-4-wording-6 = פייר, מה אני כבר מבינה. הצבע עלינו, תשלמי רק על השאר

# en: The jab made you doubt yourself, and the colour went to buy peace. Nobody has compared it with her photo yet, and she has learned that a personal attack is worth money here.
personal-jab-reply-4-feedback = העקיצה ערערה את הביטחון שלך, והצבע שולם כדי לקנות שקט. אף אחד עוד לא השווה אותו לתמונה שלה, והיא למדה שהתקפה אישית שווה כאן כסף.

# en: Oh, so I'm a liar now? Did you all hear that? They ruin your hair and then tell you you're imagining it!
public-row-says-1 = אה, אז עכשיו אני שקרנית? שמעתם את זה? הורסים לך את השיער ואחר כך אומרים לך שאת מדמיינת!

# en: She wants the waiting area on her side. Take back what stung, keep your voice low, and offer a quieter place to check.
public-row-hint = היא רוצה את אזור ההמתנה לצדה. כדאי לחזור בך ממה שפגע, לדבר בקול נמוך ולהציע מקום שקט יותר לבדיקה.

# en: I'm not calling you a liar, and I'm sorry it sounded that way. Would you come to the window mirror with me and Dóra?
public-row-reply-1 = לא קראתי לך שקרנית, וסליחה שזה נשמע ככה. תבואי איתי ועם דורה למראה שליד החלון?

# en: I'm not saying you're lying, and I apologise if that's how it came across. Would you step over to the mirror by the window with Dóra and me?
public-row-reply-1-wording-1 = לא אמרתי שאת משקרת, ואני מצטער שזה יצא ככה. ניגש ביחד עם דורה למראה ליד החלון?

# en: Nobody thinks you're lying, sorry. Come to the window with us?
public-row-reply-1-wording-2 = לא אמרתי שקרנית, סליחה. בואי לחלון עם דורה?

# en: no one's saying you're lying, sorry if it came out like that. will you come over to the mirror by the window with dóra and me?
public-row-reply-1-wording-3 = חלילה, אף אחד לא חושב שאת ממציאה, וסליחה אם זה נשמע ככה. בואי נלך שלושתנו, את, אני ודורה, לחלון ונסתכל

# en: I didn't mean you were lying at all, I'm sorry it came out wrong. Could we go over to the window mirror together with Dóra?
public-row-reply-1-wording-4 = בכלל לא התכוונתי שאת משקרת, סליחה שזה יצא לא נכון. אפשר לגשת יחד עם דורה למראה שליד החלון?

# en: I never said you were lying, sorry. Come to the window?
public-row-reply-1-wording-5 = אף פעם לא אמרתי שאת משקרת, סליחה. ניגש לחלון?

# en: Ms Szalai, I apologise, I believe you completely. Let's look at it by the window with Dóra, would you?
public-row-reply-1-wording-6 = גברת סאלאי, אני מתנצלת, אני מאמינה לך לגמרי. תסכימי שנסתכל על זה ליד החלון עם דורה?

# en: She raised her voice for the waiting area; you kept yours low and took back what stung without giving up the facts. The window gives her a way out that does not look like losing.
public-row-reply-1-feedback = היא הרימה את הקול בשביל אזור ההמתנה; שמרת על קול נמוך ולקחת בחזרה את מה שעקץ, בלי לוותר על העובדות. החלון נותן לה דרך לצאת מזה שלא נראית כמו הפסד.

# en: Madam, please, there's no need to make a scene in front of all our other clients. We can discuss this like adults.
public-row-reply-2 = גברתי, בבקשה, אין צורך לעשות סצנה מול כל הלקוחות האחרים שלנו. אפשר לדבר על זה כמו אנשים מבוגרים.

# en: Madam, please, there's no call for a scene with everyone waiting here. Let's talk about this in a grown-up way.
public-row-reply-2-wording-1 = גברתי, בבקשה, לא צריך להפוך את זה להצגה מול כל הלקוחות. אפשר לדבר על זה בצורה בוגרת.

# en: Please don't make a scene; let's talk like adults.
public-row-reply-2-wording-2 = בלי סצנות, בבקשה, בואי נדבר כמו מבוגרים.

# en: madam please, don't cause a scene with all these people watching, we can talk about it like grown-ups
public-row-reply-2-wording-3 = גברתי, די עם הדרמה מול כל מי שיושב פה, בואי ננהל את זה כמו שני אנשים בוגרים

# en: Madam, please stop making a fuss in front of everyone. We can talk about this sensibly.
public-row-reply-2-wording-4 = גברתי, בבקשה תפסיקי לעשות רעש מול כולם. אפשר לדבר על זה בהיגיון.

# en: Please stop making a scene, everyone's looking.
public-row-reply-2-wording-5 = די לעשות הצגה בבקשה, כל הסלון מסתכל.

# en: let's be grown-ups about this and not shout in front of the whole salon, madam
public-row-reply-2-wording-6 = יאללה בואי נתנהג כמו גדולים ולא נצעק מול כל הסלון, גברתי

# en: 'No need to make a scene' is 'calm down' in other words, and 'like adults' adds a lecture. It makes her behaviour the topic, and with four people watching she will not back down.
public-row-reply-2-feedback = "אין צורך לעשות סצנה" זה "תירגעי" במילים אחרות, ו"כמו אנשים מבוגרים" מוסיף הטפה. זה הופך את ההתנהגות שלה לנושא, ומול ארבעה צופים היא לא תיסוג.

# en: All right, all right. Forget about the bill this time, just please keep your voice down for the others.
public-row-reply-3 = טוב, טוב. תשכחי מהחשבון הפעם, רק בבקשה תנמיכי את הקול בשביל האחרים.

# en: Okay, okay. Don't worry about paying this time, just please lower your voice for everyone else's sake.
public-row-reply-3-wording-1 = טוב, טוב, את החשבון תשכחי הפעם, זה עלינו. רק תנמיכי קצת את הקול, בשביל מי שמחכה פה.

# en: Fine, no charge this time, just please be quieter.
public-row-reply-3-wording-2 = טוב, תשכחי מהתשלום הפעם, רק תנמיכי את הקול.

# en: ok ok, forget paying this once, just please keep it down for the other customers
public-row-reply-3-wording-3 = אוקיי אוקיי, עזבי את החשבון, זה עלינו, רק תורידי קצת את הקול בגלל האנשים שמחכים

# en: Okay, fine, you don't have to pay this time. Only please be a bit quieter for the other clients.
public-row-reply-3-wording-4 = אוקיי, בסדר, הפעם את לא צריכה לשלם. רק בבקשה תדברי קצת יותר בשקט בשביל שאר הלקוחות.

# en: Fine, forget the bill, just keep it down for the others please.
public-row-reply-3-wording-5 = בסדר, תשכחי מהחשבון, רק תדברי בשקט בבקשה בגלל האחרים.

# en: No charge today, alright? Just please don't shout, there are other people here.
public-row-reply-3-wording-6 = היום בלי תשלום, טוב? רק בבקשה בלי צעקות, יש פה עוד אנשים.

# en: It buys a moment of quiet, but the whole waiting area has just learned that volume gets a free haircut. Nothing has been checked, and Dóra's work has been written off.
public-row-reply-3-feedback = זה קונה רגע של שקט, אבל כל אזור ההמתנה למד עכשיו שצעקות שוות תספורת בחינם. שום דבר לא נבדק, והעבודה של דורה נמחקה.

# en: Nobody said that. I only meant that Dóra followed the photo you brought in; she's very careful, and she's done colour here for fifteen years.
public-row-reply-4 = אף אחד לא אמר את זה. רק התכוונתי שדורה עבדה לפי התמונה שהבאת; היא מאוד קפדנית, והיא צובעת כאן כבר חמש־עשרה שנה.

# en: No one said that. I just meant that Dóra went by the photo you showed her; she's very meticulous and she's been colouring hair here for fifteen years.
public-row-reply-4-wording-1 = אף אחד לא טען דבר כזה. רק רציתי להגיד שדורה עבדה לפי התמונה שלך; היא מדויקת מאוד, וכבר חמש־עשרה שנה היא צובעת פה.

# en: Nobody said that; Dóra followed your photo, she's very experienced.
public-row-reply-4-wording-2 = לא אמרנו את זה, דורה פשוט מקצועית מאוד ועבדה לפי התמונה.

# en: nobody said you're lying, i just meant dóra did what was in your picture, she's really careful and she's been colouring hair here 15 years
public-row-reply-4-wording-3 = לא לא, אף אחד לא אמר. רק התכוונתי שדורה הלכה לפי התמונה, היא סופר יסודית, יש לה מלא שנות ניסיון בצבע

# en: I never said that. My point was just that Dóra copied the picture you gave her, and she's extremely thorough, she's coloured hair in this salon for fifteen years.
public-row-reply-4-wording-4 = לא אמרתי דבר כזה. כל מה שרציתי להגיד זה שדורה העתיקה את התמונה שנתת לה, והיא יסודית ביותר, היא צובעת בסלון הזה חמש־עשרה שנה.

# en: Dóra went by your photo, she's got fifteen years' experience.
public-row-reply-4-wording-5 = דורה עבדה לפי התמונה שלך, יש לה חמש־עשרה שנות ניסיון.

# en: nobody called you anything. dóra worked from your photo, shes been doing colour here 15 years and shes really careful
public-row-reply-4-wording-6 = אף אחד לא קרא לך כלום. דורה עבדה מהתמונה שלך, היא עושה צבע פה 15 שנה והיא ממש זהירה

# en: Explaining what you meant and vouching for Dóra sounds reasonable, but it repeats the very point that made her shout: that she is wrong. She needs a way to check, not a defence of the stylist.
public-row-reply-4-feedback = להסביר למה התכוונת ולערוב לדורה נשמע הגיוני, אבל זה חוזר בדיוק על מה שגרם לה לצעוק: שהיא טועה. היא צריכה דרך לבדוק, לא הגנה על המעצבת.

# en: Well. At least somebody here admits it. I'll have to get it fixed somewhere decent before the wedding, so I want a voucher for that as well.
pushes-for-more-says-1 = נו. לפחות מישהו פה מודה. אני אצטרך לתקן את זה במקום נורמלי לפני החתונה, אז אני רוצה גם שובר בשביל זה.

# en: Each concession has brought a bigger demand. Be honest that you spoke too soon, and offer the check you skipped.
pushes-for-more-hint = כל ויתור הביא דרישה גדולה יותר. כדאי לומר בכנות שמיהרת, ולהציע את הבדיקה שדילגת עליה.

# en: I can't sign off vouchers myself, but I'll ask Gábor the moment he's free. Given the wedding, I'm quite sure he'll agree to it.
pushes-for-more-reply-1 = לתת שוברים זה לא בסמכות שלי, אבל אשאל את גאבור ברגע שהוא יתפנה. בגלל החתונה, אין לי ספק שהוא יסכים.

# en: I'm not able to authorise vouchers, but I'll speak to Gábor as soon as he's free. With the wedding coming up, I'm pretty certain he'll say yes.
pushes-for-more-reply-1-wording-1 = שוברים אני לא מוסמכת לתת, אבל אבקש מגאבור כשהוא מתפנה. עם החתונה ברקע, אני בטוחה שהוא יגיד כן.

# en: I can't approve it, but I'm sure Gábor will agree.
pushes-for-more-reply-1-wording-2 = אשאל את גאבור, בטוח שיאשר בגלל החתונה.

# en: i can't do vouchers myself, but gábor can, i'll ask him as soon as he's done, i'm sure he'll be fine with it given the wedding
pushes-for-more-reply-1-wording-3 = זה לא אצלי להחליט על שוברים, אבל אני אדבר עם הבעלים כשיהיה לו רגע, ועם סיפור של חתונה, אין סיכוי שהוא יסרב

# en: Vouchers aren't something I can approve, but Gábor can, and I'll catch him the second he's free. With a wedding involved I'm confident he'll say yes.
pushes-for-more-reply-1-wording-4 = שוברים אני לא יכולה לאשר, אבל גאבור כן, ואתפוס אותו ברגע שיתפנה. כשמדובר בחתונה, אני די בטוחה שהוא יסכים.

# en: I'll ask Gábor, I'm sure he'll give you one.
pushes-for-more-reply-1-wording-5 = אבקש מגאבור, בטוח שהוא ייתן לך אחד.

# en: gábor has to ok vouchers, not me, but i'd be amazed if he said no with the wedding, ill ask him as soon as he's free
pushes-for-more-reply-1-wording-6 = גאבור צריך לאשר שוברים, לא אני, אבל אני אהיה בהלם אם הוא יסרב עם החתונה, אשאל אותו ברגע שהוא פנוי

# en: You don't control Gábor's answer, and you have now promised a free cut and half-promised a voucher for work nobody has checked. If he says no, she has a second, bigger grievance.
pushes-for-more-reply-1-feedback = התשובה של גאבור לא בשליטתך, ועכשיו הבטחת תספורת בחינם וכמעט הבטחת שובר, על עבודה שאף אחד לא בדק. אם הוא יסרב, יהיה לה עלבון שני וגדול יותר.

# en: All right, I'll write you a voucher as well. Just please, let's keep this between us, for the others' sake.
pushes-for-more-reply-2 = טוב, אכתוב לך גם שובר. רק בבקשה, שזה יישאר בינינו, בשביל הלקוחות האחרים.

# en: Okay, I'll give you a voucher too. Only please keep it to yourself, for the sake of the other clients.
pushes-for-more-reply-2-wording-1 = בסדר, תקבלי גם שובר. רק בבקשה אל תספרי על זה, בגלל שאר הלקוחות.

# en: Fine, you'll get a voucher too; just keep it quiet.
pushes-for-more-reply-2-wording-2 = טוב, שובר גם. רק בינינו.

# en: ok fine, i'll do you a voucher too, just please don't mention it to the others
pushes-for-more-reply-2-wording-3 = יאללה, אני מוציאה לך גם שובר, אבל ששש, שזה לא יצא מפה, בגלל האחרים

# en: Fine, you can have a voucher too. Please don't tell the other clients though.
pushes-for-more-reply-2-wording-4 = אין בעיה, מגיע לך גם שובר. רק אל תגלי לשאר הלקוחות, בסדר?

# en: Okay, a voucher as well, but keep it quiet.
pushes-for-more-reply-2-wording-5 = אוקיי, גם שובר, אבל בשקט.

# en: I'll make out a voucher for you too, Ms Szalai, just between the two of us, please.
pushes-for-more-reply-2-wording-6 = אני אנפיק לך גם שובר, גברת סאלאי, רק שזה יישאר בינך לביני, בבקשה.

# en: Each concession has brought a bigger demand, and you granted this one too. 'Keep it between us' won't hold: four waiting clients heard every word.
pushes-for-more-reply-2-feedback = כל ויתור הביא דרישה גדולה יותר, וגם את זו נתת לה. "שיישאר בינינו" לא יחזיק: ארבעה לקוחות ממתינים שמעו כל מילה.

# en: A voucher as well? You're already getting a free haircut out of us. Don't push your luck.
pushes-for-more-reply-3 = גם שובר? את כבר מקבלת מאיתנו תספורת שלמה בחינם. אל תמתחי את החבל יותר מדי.

# en: A voucher on top of that? You're already having your haircut for free. Don't push it.
pushes-for-more-reply-3-wording-1 = עוד שובר? כבר קיבלת מאיתנו את כל התספורת בלי לשלם. אל תגזימי.

# en: You've already got a free cut. Don't push it.
pushes-for-more-reply-3-wording-2 = גם שובר? כבר יש לך תספורת חינם, די.

# en: seriously, a voucher too? you're getting the haircut for nothing already, don't push your luck
pushes-for-more-reply-3-wording-3 = רגע, גם שובר עכשיו? את כבר יוצאת בלי לשלם על כל הטיפול, נו באמת, יש גבול

# en: Now a voucher on top? You've had the haircut for nothing already, how much more do you expect?
pushes-for-more-reply-3-wording-4 = עכשיו גם שובר בנוסף? כבר קיבלת את התספורת בלי לשלם, כמה עוד את מצפה לקבל?

# en: Free haircut isn't enough? Don't push it.
pushes-for-more-reply-3-wording-5 = תספורת חינם לא מספיקה? אל תמתחי את זה.

# en: wow, a voucher on top of a free cut. bit much, dont you think?
pushes-for-more-reply-3-wording-6 = וואו, שובר על הדרך לתספורת חינם. קצת מוגזם, לא?

# en: Your irritation is understandable, but it shows. You gave her the freebie and now you are scolding her for taking it, so she keeps the free cut and gains a grievance.
pushes-for-more-reply-3-feedback = הרוגז שלך מובן, אבל הוא ניכר. נתת לה את המתנה ואז נזפת בה על שלקחה אותה, כך שהיא נשארת עם התספורת החינמית ומקבלת גם סיבה להיעלב.

# en: I'm sorry, I spoke too soon. Let's check it with Dóra first: if anything's wrong, we fix it free; if not, the bill stands.
pushes-for-more-reply-4 = סליחה, מיהרתי להבטיח. קודם נבדוק עם דורה: אם משהו לא בסדר, נתקן בחינם; אם לא, החשבון בתוקף.

# en: I apologise, I was too quick to say that. Let's have Dóra check it first: if something's wrong, we'll put it right at no charge; if it isn't, you pay the bill as normal.
pushes-for-more-reply-4-wording-1 = סליחה, הבטחתי מהר מדי. בואי דורה תבדוק קודם: אם יש בעיה, התיקון עלינו; אם לא, משלמים כרגיל.

# en: Sorry, that was premature. Dóra checks first; bill stands if it's fine.
pushes-for-more-reply-4-wording-2 = מיהרתי, סליחה. נבדוק קודם עם דורה, ואז נחליט.

# en: sorry, i shouldn't have said that yet. let's get dóra to look first, if there's a problem we fix it for nothing, otherwise you pay as normal
pushes-for-more-reply-4-wording-3 = רגע, אני חוזר בי, קפצתי עם ההבטחה. קודם דורה מסתכלת, אם באמת משהו דפוק מתקנים לך בחינם, ואם הכול בסדר, אז החשבון עומד

# en: Apologies, I shouldn't have jumped ahead like that. Dóra should take a look first: any fault gets corrected at no cost, and if it's all fine you pay as usual.
pushes-for-more-reply-4-wording-4 = סליחה, לא הייתי צריכה לקפוץ קדימה ככה. דורה תסתכל קודם: אם יש פגם, מתקנים בלי עלות, ואם הכול תקין, משלמים כרגיל.

# en: Sorry, I spoke too soon. Let Dóra check it first.
pushes-for-more-reply-4-wording-5 = סליחה, דיברתי מוקדם מדי. שדורה תבדוק קודם.

# en: let me take that back, sorry. first dóra looks at it; if its wrong we redo it free, if its fine you pay the normal price
pushes-for-more-reply-4-wording-6 = אני לוקחת את זה בחזרה, סליחה. קודם דורה מסתכלת; אם זה לא נכון נעשה מחדש בחינם, אם זה בסדר משלמים מחיר רגיל

# en: Taking back a promise is uncomfortable and she won't like it, but you swapped a giveaway for a fair check. Being honest now costs far less than a voucher for a haircut nobody has even looked at.
pushes-for-more-reply-4-feedback = לחזור בך מהבטחה זה לא נעים והיא לא תאהב את זה, אבל החלפת מתנה בבדיקה הוגנת. כנות עכשיו עולה הרבה פחות משובר על תספורת שאף אחד אפילו לא הסתכל עליה.

# en: Fine, she says the length is what we agreed and the sides are even. Maybe. But the colour is still orange. That is not what I showed her.
aside-says-1 = טוב, היא אומרת שהאורך הוא מה שסיכמנו ושהצדדים שווים. אולי. אבל הצבע עדיין כתום. זה לא מה שהראיתי לה.

# en: All right, maybe the length is what I asked for. But look at the colour! That's not the copper in my photo.
aside-says-2 = טוב, אולי האורך הוא מה שביקשתי. אבל תסתכלו על הצבע! זו לא הנחושת שבתמונה שלי.

# en: Don't defend the colour and don't give it away: let her compare it with her own photo.
aside-hint = לא להגן על הצבע ולא לוותר עליו: לתת לה להשוות אותו לתמונה שלה.

# en: All right, let's hold your photo next to it, here in the daylight. Take your time and tell me what you see.
aside-reply-1 = בסדר, בואי נחזיק את התמונה שלך ליד השיער, כאן באור יום. קחי את הזמן ותגידי לי מה את רואה.

# en: Okay, let's put your photo right beside your hair, here in the natural light. No rush, just tell me what you think.
aside-reply-1-wording-1 = טוב, בואי נשים את התמונה שלך ממש ליד השיער, פה באור היום. אין לחץ, תסתכלי ותספרי לי מה את רואה.

# en: Let's hold the photo up to your hair here. What do you see?
aside-reply-1-wording-2 = בואי נשים את התמונה ליד השיער, ותגידי את.

# en: ok let's compare the picture with your hair right here by the window, take as long as you like and say what you reckon
aside-reply-1-wording-3 = אוקיי, תחזיקי את הטלפון עם התמונה צמוד לשיער, פה באור שמש, ותסתכלי כמה שבא לך, מה את אומרת?

# en: Let's compare them properly: your photo right by your hair, in the light from the window. Tell me honestly how it looks to you, there's no rush.
aside-reply-1-wording-4 = בואי נשווה כמו שצריך: התמונה שלך צמודה לשיער, באור שנכנס מהחלון. תגידי לי בכנות איך זה נראה לך, אין שום לחץ.

# en: Let's compare the photo and your hair in daylight.
aside-reply-1-wording-5 = בואי נשווה את התמונה לשיער שלך באור יום.

# en: here, hold the photo up against your hair by the window. take as long as you need, what do you think?
aside-reply-1-wording-6 = אשמח אם תצמידי את התמונה לשיער מול החלון ותתרשמי בעצמך, בלי למהר. מה את רואה?

# en: You didn't defend the colour or Dóra; you put her own photo beside her hair and let her judge. There is nothing to argue with in a comparison she makes herself.
aside-reply-1-feedback = לא הגנת על הצבע או על דורה; שמת את התמונה שלה ליד השיער ונתת לה לשפוט. אין על מה להתווכח בהשוואה שהיא עושה בעצמה.

# en: Dóra's done colour for fifteen years. If she says it's copper, it's copper.
aside-reply-2 = דורה צובעת כבר חמש־עשרה שנה. אם היא אומרת שזה נחושת, זה נחושת.

# en: Dóra has been colouring hair for fifteen years, so if she calls it copper, it's copper.
aside-reply-2-wording-1 = לדורה יש חמש־עשרה שנות ניסיון בצבע. אם לדבריה זה נחושת, אז זה נחושת.

# en: Dóra's the expert; she says copper, so it's copper.
aside-reply-2-wording-2 = דורה מומחית, אם היא אומרת נחושת, זה נחושת.

# en: dóra's been doing colour 15 years, if she reckons it's copper then that's what it is
aside-reply-2-wording-3 = תאמיני לי, לדורה יש ניסיון של שנים בצבע, אם היא קובעת שזה גוון נחושת, אין על מה להתווכח

# en: With fifteen years of colouring behind her, Dóra knows copper when she sees it. If she says this is copper, then it is.
aside-reply-2-wording-4 = עם חמש־עשרה שנה של צביעה מאחוריה, דורה מזהה נחושת כשהיא רואה אותה. אם היא אומרת שזה נחושת, אז זה נחושת.

# en: Dóra knows colour, this is copper.
aside-reply-2-wording-5 = דורה מבינה בצבע, זה נחושת.

# en: trust dóra, she's been colouring for 15 years, it's copper
aside-reply-2-wording-6 = תסמכי על דורה, היא צובעת 15 שנה, זה נחושת

# en: Standing up for Dóra is natural, but pulling rank ends the check before it starts. She named the colour as her problem: show her, don't overrule her.
aside-reply-2-feedback = לעמוד לצד דורה זה טבעי, אבל למשוך בדרגה מסיים את הבדיקה לפני שהתחילה. היא אמרה שהצבע הוא הבעיה שלה: צריך להראות לה, לא להכריע במקומה.

# en: If you're not happy with the colour, let's take it off the bill and you just pay for the cut. That seems fair to me.
aside-reply-3 = אם הצבע לא מוצא חן בעינייך, בואי פשוט נוריד אותו מהחשבון ותשלמי רק על התספורת. זה נראה לי הוגן לגמרי.

# en: If the colour isn't right for you, we'll remove it from the bill and you'll only pay for the cut. I think that's fair.
aside-reply-3-wording-1 = אם הגוון לא מתאים לך, אין בעיה, נוריד את הצביעה מהחשבון ותשלמי רק על החיתוך. לדעתי זה הוגן לגמרי.

# en: Colour not right? Then you only pay for the cut.
aside-reply-3-wording-2 = לא אוהבת את הצבע? תשלמי רק על התספורת.

# en: if you don't like the colour we'll just take it off and charge you for the haircut only, that's fair i think
aside-reply-3-wording-3 = אם הצבע לא יושב לך טוב, סבבה, נמחק אותו מהקבלה ותשלמי רק על הגזירה, נשמע לי פייר

# en: If the colour's not what you wanted, we won't charge for it, you'll just pay for the haircut. That's fair, I think.
aside-reply-3-wording-4 = אם זה לא הצבע שרצית, לא נחייב עליו, תשלמי רק על התספורת. זה הוגן, לדעתי.

# en: We'll drop the colour from the bill, just pay the cut.
aside-reply-3-wording-5 = נוריד את הצבע מהחשבון, תשלמי רק על התספורת.

# en: just pay for the cut then, forget the colour charge, thats fair enough
aside-reply-3-wording-6 = אז רק על התספורת תשלמי, תשכחי מהחיוב על הצבע, זה פייר

# en: Generous, and it ends the argument, but you priced the colour as a mistake before anyone compared it with her photo. Dóra's work has just been declared faulty in front of her.
aside-reply-3-feedback = נדיב, וזה מסיים את הוויכוח, אבל תמחרת את הצבע כטעות לפני שמישהו השווה אותו לתמונה שלה. העבודה של דורה הוכרזה זה עתה כפגומה, מול העיניים שלה.

# en: Can I see the photo again? Which part looks different to you: the shade itself, or how bright it is?
aside-reply-4 = אפשר לראות שוב את התמונה? מה נראה לך שונה: הגוון עצמו, או כמה שהוא בוהק?

# en: Could I have another look at the photo? What seems different to you, the actual shade or how vivid it is?
aside-reply-4-wording-1 = אפשר להסתכל שוב בתמונה? מה בדיוק שונה בעינייך, הגוון עצמו או עד כמה הוא זוהר?

# en: Is it the shade or the brightness that's different?
aside-reply-4-wording-2 = מה שונה לדעתך, הגוון או הבוהק?

# en: can i see the pic again? what's off for you, the tone or the brightness?
aside-reply-4-wording-3 = תראי לי שוב את התמונה? מה מפריע יותר, הצבע כשלעצמו או שהוא יצא חזק ומבריק מדי?

# en: Could you show me your picture once more? Is it the actual tone that's off, or just that it's too vivid?
aside-reply-4-wording-4 = תוכלי להראות לי את התמונה עוד פעם? הבעיה היא בגוון עצמו, או פשוט שהוא חי מדי?

# en: Is it the shade that's wrong or just too bright?
aside-reply-4-wording-5 = הגוון לא נכון, או שהוא פשוט בהיר מדי?

# en: show me the photo again please. what's different, the colour itself or the brightness?
aside-reply-4-wording-6 = אפשר בבקשה עוד מבט בתמונה? מה ההבדל שאת רואה, בגוון או בעוצמה שלו?

# en: A good, specific question that keeps the check going without taking sides. The best reply went one step further and put the photo beside her hair in daylight, so the comparison was hers to make.
aside-reply-4-feedback = שאלה טובה ומסוימת שממשיכה את הבדיקה בלי לבחור צד. התשובה הטובה ביותר הלכה צעד אחד רחוק יותר ושמה את התמונה ליד השיער באור יום, כך שההשוואה הייתה שלה.

# en: All right, in daylight it's... close to the photo. But I don't like it on me. I'm not paying for two and a half hours of something I don't like.
not-liking-it-says-1 = טוב, באור יום זה... קרוב לתמונה. אבל זה לא מתאים לי. אני לא משלמת על שעתיים וחצי של משהו שאני לא אוהבת.

# en: The facts are settled: the work is what she asked for. Be kind about her feeling first, then firm about the bill, and say what you can offer instead.
not-liking-it-hint = העובדות ברורות: העבודה היא מה שהיא ביקשה. קודם לגלות עדינות כלפי התחושה שלה, אחר כך תקיפות לגבי החשבון, ולומר מה אפשר להציע במקום.

# en: I'm sorry, but whether you like it isn't really the point. The work was done exactly as agreed, so it has to be paid in full.
not-liking-it-reply-1 = צר לי, אבל אם זה מוצא חן בעינייך או לא, זה לא באמת העניין. העבודה נעשתה בדיוק כמו שסוכם, אז צריך לשלם עליה במלואה.

# en: I'm sorry, but liking it or not doesn't really come into it. The work was done just as we agreed, so the full amount is due.
not-liking-it-reply-1-wording-1 = מצטער, אבל השאלה אם את אוהבת את זה או לא היא לא העיקר. עשינו בדיוק את מה שסיכמנו, ולכן החשבון משולם במלואו.

# en: Sorry, it's as agreed, so it must be paid in full.
not-liking-it-reply-1-wording-2 = זה לא משנה אם את אוהבת, עשינו מה שסוכם, משלמים הכול.

# en: sorry but it's not really about whether you like it, it was done exactly how we agreed so you'll need to pay the full price
not-liking-it-reply-1-wording-3 = סליחה, אבל טעם אישי זה לא הנושא פה. הטיפול בוצע לפי מה שביקשת, אז צריך לשלם את כל הסכום

# en: I'm afraid not liking it doesn't change anything. We did the service as agreed, and the whole amount is due.
not-liking-it-reply-1-wording-4 = לצערי, זה שזה לא מוצא חן בעינייך לא משנה כלום. ביצענו את השירות כפי שסוכם, וכל הסכום לתשלום.

# en: Sorry, it was done as agreed, so you'll have to pay the full price.
not-liking-it-reply-1-wording-5 = סליחה, זה נעשה כמו שסוכם, משלמים מחיר מלא.

# en: whether you like it or not, the full amount is owed because we did what was agreed, sorry
not-liking-it-reply-1-wording-6 = אם את אוהבת את זה או לא, מגיע הסכום המלא כי עשינו מה שסיכמנו, סליחה

# en: Right on the facts, and you held the limit, but you brushed her feeling aside. She is going to her sister's wedding with hair she says she doesn't like: show you see that, then hold the line.
not-liking-it-reply-1-feedback = צודק בעובדות, ושמרת על הגבול, אבל ביטלת את התחושה שלה. היא הולכת לחתונה של אחותה עם שיער שלדבריה לא מוצא חן בעיניה: קודם להראות שרואים את זה, ואז להחזיק בגבול.

# en: I understand. Let's say half price, then, and we'll call it even. I'd rather you left here happy.
not-liking-it-reply-2 = הבנתי. אז נגיד חצי מחיר, וסגרנו. עדיף לי שתצאי מכאן מרוצה.

# en: I see. How about we make it half price and leave it there? I'd prefer you went home happy.
not-liking-it-reply-2-wording-1 = בסדר. אז בואי נעשה חצי מחיר וזהו. חשוב לי שתצאי מפה מרוצה.

# en: Okay, let's do half price and call it quits.
not-liking-it-reply-2-wording-2 = אוקיי, חצי מחיר וסגרנו.

# en: i get it. tell you what, half price and we're square, i'd rather you go away happy
not-liking-it-reply-2-wording-3 = טוב, שמעתי. בואי ניפגש באמצע, תשלמי חצי ונגמור עם זה, העיקר שתצאי עם חיוך

# en: I understand, let's meet in the middle: pay half and we'll leave it at that. I want you going home happy.
not-liking-it-reply-2-wording-4 = מבינה, בואי נתפשר: תשלמי חצי ונשאיר את זה ככה. אני רוצה שתלכי הביתה מרוצה.

# en: Fine, just pay half.
not-liking-it-reply-2-wording-5 = בסדר, תשלמי רק חצי.

# en: 50 percent off then, and we're even. i just want you to leave happy
not-liking-it-reply-2-wording-6 = 50 אחוז הנחה אז, ואנחנו מסודרים. רק רוצה שתצאי מפה שמחה

# en: Meeting halfway sounds fair, but she has just agreed the work matches her photo: you would be paying her for being upset. Offer a free adjustment, not money off.
not-liking-it-reply-2-feedback = להיפגש באמצע נשמע הוגן, אבל היא הרגע הסכימה שהעבודה תואמת לתמונה: זה בעצם תשלום לה על כך שהיא נסערת. עדיף להציע תיקון בחינם, לא הנחה.

# en: I'm sorry it doesn't feel like you yet, with the wedding so close. The bill stands, but Dóra will soften it for free.
not-liking-it-reply-3 = צר לי שאת עוד לא מרגישה שזו את, וכל כך קרוב לחתונה. החשבון בתוקף, אבל אקבע לך עם דורה ריכוך של הגוון בחינם.

# en: I'm sorry it doesn't seem like your own hair yet, with the wedding just a week away. The price stays the same, but Dóra will tone it down for you at no charge.
not-liking-it-reply-3-wording-1 = אני מצטערת שעוד לא הרגשת שזו באמת את, ודווקא כשהחתונה כל כך קרובה. את החשבון משלמים, אבל אני קובעת לך אצל דורה ריכוך של הגוון ללא עלות.

# en: Sorry it doesn't seem like you yet. Bill stays; Dóra softens it free.
not-liking-it-reply-3-wording-2 = חבל שזה לא מרגיש כמוך לפני החתונה. משלמים, אבל ריכוך צבע עלינו.

# en: i'm sorry it's not feeling like yours yet, especially with the wedding coming up so soon. the bill stays but dóra can soften the colour for free
not-liking-it-reply-3-wording-3 = אני קולט שזה עוד לא את, ועוד שבוע לפני החתונה של אחותך, זה מבאס. החשבון נשאר, אבל נקבע לך עם דורה להחליש קצת את הצבע, בלי לשלם

# en: I'm sorry it's not feeling like you yet, and with your sister getting married so soon I understand. The price stays, but Dóra can make the colour softer without charging you.
not-liking-it-reply-3-wording-4 = צר לי שזה עוד לא מרגיש כמוך, ועם החתונה של אחותך כל כך קרוב, אני מבינה. המחיר נשאר, אבל דורה יכולה לרכך את הצבע בלי לחייב אותך.

# en: Sorry it doesn't feel like you. Dóra will soften it for free.
not-liking-it-reply-3-wording-5 = צר לי שאת עוד לא מרגישה שזו את. ריכוך צבע אצל דורה, בחינם.

# en: With the wedding so close, I'm sorry you don't feel like yourself. The bill doesn't change, but Dóra will soften the colour, free.
not-liking-it-reply-3-wording-6 = כשהחתונה כל כך קרובה, מצטערת שאת לא מרגישה את עצמך. החשבון לא משתנה, אבל דורה תרכך את הצבע, בחינם.

# en: You answered the feeling before the money: a colour she isn't sure of, a week before the wedding. Then the limit, once, with a real remedy, so the 'no' to a free haircut doesn't sound like a verdict on her.
not-liking-it-reply-3-feedback = ענית לתחושה לפני הכסף: צבע שהיא לא בטוחה בו, שבוע לפני החתונה. אחר כך הגבול, פעם אחת, עם פתרון אמיתי, כך שה"לא" לתספורת בחינם לא נשמע כמו פסק דין עליה.

# en: The work matches what you asked for, so the bill stands. If it's too bright, Dóra can tone it down free this week.
not-liking-it-reply-4 = העבודה תואמת את מה שביקשת, אז החשבון בתוקף. אם הצבע בוהק מדי, דורה יכולה לעמעם אותו בחינם השבוע.

# en: It's what you requested, so you'll need to pay the bill. If it's too vivid, Dóra will tone it down this week at no cost.
not-liking-it-reply-4-wording-1 = התוצאה מתאימה לבקשה שלך, ולכן החשבון עומד. אם הגוון חזק מדי בעינייך, דורה תוכל לרכך אותו השבוע בחינם.

# en: It matches your request; bill stands. Free toning this week if too bright.
not-liking-it-reply-4-wording-2 = זה מה שביקשת, משלמים; אם זה בוהק מדי, דורה תעמעם בחינם.

# en: the work's what you asked for and the price doesn't change, but if it's too bright for you dóra could tone it down at no charge this week
not-liking-it-reply-4-wording-3 = העבודה יצאה לפי ההזמנה, אז התשלום בתוקף. אם הצבע יצא זוהר מדי, אפשר לקפוץ לדורה במהלך השבוע לגוון קצת יותר עמום, על חשבוננו

# en: You got the result you asked for, so the price is the same. Should it be too bright, Dóra can tone it this week at no charge.
not-liking-it-reply-4-wording-4 = קיבלת את התוצאה שביקשת, אז המחיר אותו מחיר. אם זה יוצא חזק מדי, דורה יכולה לעשות טונר השבוע בלי תשלום.

# en: It's what you asked for. Too bright? Free toning this week.
not-liking-it-reply-4-wording-5 = זה מה שביקשת. בוהק מדי? טונר חינם השבוע.

# en: dóra did what you asked so the bill stands, but if its too bright she'll tone it for free sometime this week
not-liking-it-reply-4-wording-6 = דורה עשתה מה שביקשת אז החשבון נשאר, אבל אם זה זוהר מדי היא תעשה לך טונר בחינם מתישהו השבוע

# en: A fair limit and a real offer, said calmly. But she had just told you she doesn't like it on her, a week before her sister's wedding; the best reply answered that first, so the 'no' landed more softly.
not-liking-it-reply-4-feedback = גבול הוגן והצעה אמיתית, בנחת. אבל היא בדיוק אמרה לך שזה לא מתאים לה, שבוע לפני החתונה של אחותה; התשובה הטובה ביותר ענתה על זה קודם, כך שה"לא" נחת ברכות יותר.

# en: Fine. Then I'll write on every review site that you ruin people's hair and still make them pay. Let's see how full your chairs are next month.
review-threat-says-1 = יופי. אז אני אכתוב בכל אתר ביקורות שאתם הורסים לאנשים את השיער ועוד גורמים להם לשלם. נראה כמה כיסאות יהיו לכם מלאים בחודש הבא.

# en: Right. Then everyone online is going to hear how this salon ruins your hair and charges you for it. See how busy you are then.
review-threat-says-2 = בסדר. אז כל האינטרנט ישמע איך הסלון הזה הורס לך את השיער ועוד מחייב אותך על זה. נראה כמה עבודה תהיה לכם אז.

# en: A threat doesn't change the facts. Don't plead and don't hit back: put the fair offer on the table again.
review-threat-hint = איום לא משנה את העובדות. לא להתחנן ולא להחזיר מכה: להניח שוב על השולחן את ההצעה ההוגנת.

# en: Please don't do that, a salon like ours lives on its reviews. Look, let's just forget about the bill this once, shall we?
review-threat-reply-1 = בבקשה אל תעשי את זה, מספרה כמו שלנו חיה מהביקורות שלה. תשמעי, בואי פשוט נשכח מהחשבון הפעם, בסדר?

# en: Please don't, a salon like ours depends on its reviews. Let's just not worry about the bill this time, okay?
review-threat-reply-1-wording-1 = בבקשה, אל תכתבי, מספרה קטנה כמו שלנו תלויה בביקורות. תקשיבי, עזבי את החשבון הפעם, טוב?

# en: Please don't post that; we'll forget the bill this once.
review-threat-reply-1-wording-2 = רק לא ביקורות, בבקשה. לא תשלמי הפעם.

# en: oh please don't, reviews are everything for us. look, just forget paying this time ok?
review-threat-reply-1-wording-3 = אוי לא, בבקשה לא, אנחנו חיים מהדירוגים בגוגל. יאללה, שכחי מהתשלום היום, סגרנו?

# en: Oh please don't write that, we depend on reviews. Let's just say no charge this time, alright?
review-threat-reply-1-wording-4 = אוי, בבקשה אל תכתבי את זה, אנחנו תלויים בביקורות. בואי נגיד שהפעם אין חיוב, בסדר?

# en: Please don't leave us a bad review, you don't have to pay.
review-threat-reply-1-wording-5 = בבקשה בלי ביקורת רעה, את לא צריכה לשלם.

# en: ok ok, please don't write any reviews, just forget about the bill this time
review-threat-reply-1-wording-6 = אוקיי אוקיי, לא צריך ביקורות, את פטורה מתשלום הפעם, בבקשה

# en: The threat worked. A bad review is a real worry, but buying it off teaches her, and everyone in the waiting area, that threatening is how you get a free cut here.
review-threat-reply-1-feedback = האיום עבד. ביקורת רעה היא דאגה אמיתית, אבל לקנות אותה מלמד אותה, ואת כל מי שבאזור ההמתנה, שככה מקבלים כאן תספורת בחינם: מאיימים.

# en: That's your choice, and I'd be sorry to read it. The offer stands: the bill, and a free toning with Dóra before Saturday.
review-threat-reply-2 = זו הבחירה שלך, וחבל לי לקרוא את זה. ההצעה בעינה: החשבון, וטונר בחינם אצל דורה לפני שבת.

# en: That's up to you, and I'd be sad to see it. Our offer hasn't changed: you pay the bill, and Dóra does a free toning before Saturday.
review-threat-reply-2-wording-1 = זו ההחלטה שלך, ויהיה לי עצוב לקרוא את זה. ההצעה שלנו לא משתנה: משלמים את החשבון, ודורה עושה לך טונר בחינם לפני השבת.

# en: Your choice. The offer's the same: bill, plus free toning before Saturday.
review-threat-reply-2-wording-2 = זכותך. ההצעה נשארת: החשבון, וטונר חינם לפני שבת.

# en: that's up to you, and i'd be sad to see it. but the offer's still there, you pay the bill and dóra tones it for free before the wedding
review-threat-reply-2-wording-3 = זה בידיים שלך, ואני אצטער לראות ביקורת כזאת. מצידנו אותו דבר עומד: התשלום כרגיל, וטיפול טונר אצל דורה מתנה מאיתנו לפני החתונה

# en: You can write what you like, and I'd be sad to see it. But what I offered still holds: you pay, and Dóra tones it free before the wedding.
review-threat-reply-2-wording-4 = את יכולה לכתוב מה שתרצי, ויצער אותי לראות את זה. אבל מה שהצעתי עדיין בתוקף: את משלמת, ודורה עושה לך טונר בחינם לפני החתונה.

# en: Up to you. Offer stands: pay, free toning before Saturday.
review-threat-reply-2-wording-5 = תחליטי את. ההצעה בתוקף: תשלום, וטונר חינם לפני שבת.

# en: free toning with dóra before saturday is still on offer, along with the bill. whatever you decide to post is your choice, though i'd be sorry to see it
review-threat-reply-2-wording-6 = טונר בחינם אצל דורה לפני שבת עדיין עומד, יחד עם החשבון. מה שתחליטי לפרסם זה עניינך, למרות שיהיה לי חבל לראות

# en: You didn't plead and you didn't hit back. Repeating the fair offer, calmly, shows that the threat doesn't change the facts, and leaves her a dignified way to accept.
review-threat-reply-2-feedback = לא התחננת ולא החזרת מכה. לחזור ברוגע על ההצעה ההוגנת מראה שהאיום לא משנה את העובדות, ומשאיר לה דרך מכובדת להסכים.

# en: Go ahead. Half the salon heard you say 'lovely' at the mirror, and we have cameras over every chair.
review-threat-reply-3 = בבקשה. חצי מהמספרה שמע אותך אומרת "מקסים" מול המראה, ויש לנו מצלמות מעל כל כיסא.

# en: Be my guest. Half the people here heard you call it lovely when you saw the mirror, and there's a camera above every chair.
review-threat-reply-3-wording-1 = בכיף. חצי מהלקוחות פה שמעו אותך אומרת מול המראה שזה מהמם, ויש לנו מצלמה מעל כל כיסא.

# en: Go on then. Everyone heard you say lovely, and we've got cameras.
review-threat-reply-3-wording-2 = תכתבי. שמעו אותך מרוצה, ויש לנו מצלמות.

# en: go for it. loads of people heard you say it was lovely, and there's cctv on every chair
review-threat-reply-3-wording-3 = סבבה, לכי על זה, כל מי שישב פה שמע אותך מתלהבת מול המראה, ויש לנו הקלטות מכל עמדה

# en: Do it then. Everyone here heard you say lovely at the mirror, and it's all on camera.
review-threat-reply-3-wording-4 = אז תכתבי. כולם פה שמעו אותך אומרת מקסים מול המראה, והכול מצולם.

# en: Go ahead, it's all on camera.
review-threat-reply-3-wording-5 = לכי על זה, הכול מתועד במצלמות.

# en: write what you want, we've got cctv and witnesses who heard you call it lovely
review-threat-reply-3-wording-6 = תכתבי מה שבא לך, יש לנו מצלמות אבטחה ועדים ששמעו אותך קוראת לזה מקסים

# en: You answered a threat with a threat, within earshot of the waiting clients. Even if you would win the argument, she now has to fight on to save face.
review-threat-reply-3-feedback = ענית לאיום באיום, כשהלקוחות הממתינים שומעים הכול. גם אם הוויכוח היה נגמר לטובתך, עכשיו היא חייבת להמשיך להילחם כדי לא לאבד את כבודה.

# en: That's your right, of course, and I'm sorry you feel that way. But I'm afraid the price is still the price.
review-threat-reply-4 = זו כמובן זכותך, וצר לי שאת מרגישה ככה. אבל המחיר, לצערי, נשאר המחיר.

# en: You're entitled to do that, and I'm sorry that's how you see it. But the price doesn't change, I'm afraid.
review-threat-reply-4-wording-1 = זו כמובן הזכות שלך, ומצטערת שזו ההרגשה שלך. אבל לצערי המחיר לא משתנה.

# en: That's your right, but the price stays the same.
review-threat-reply-4-wording-2 = זכותך, חבל שזו ההרגשה, אבל המחיר נשאר.

# en: you're free to do that obviously, sorry you see it that way, but the bill is still the bill i'm afraid
review-threat-reply-4-wording-3 = את יכולה לכתוב מה שאת רוצה, ואני מצטער שזה מה שאת חווה, אבל את הסכום אני לא משנה

# en: Of course you're free to write reviews, and I'm sorry you feel like this. But the amount still has to be paid, I'm afraid.
review-threat-reply-4-wording-4 = ברור שמותר לך לכתוב ביקורות, ואני מצטערת שאת מרגישה ככה. אבל הסכום עדיין צריך להיות משולם, לצערי.

# en: Sorry you feel that way, but the price doesn't change.
review-threat-reply-4-wording-5 = מצטערת שזו התחושה, אבל המחיר לא זז.

# en: i'm sorry you feel that way, and you can review us if you want, but the cost is the cost
review-threat-reply-4-wording-6 = סורי שזה מה שאת מרגישה, ואת יכולה לכתוב עלינו ביקורת אם בא לך, אבל מחיר זה מחיר

# en: Calm and firm, but 'sorry you feel that way' blames her feeling, and you left out the toning you could offer. With nothing to say yes to, her only move is to push harder.
review-threat-reply-4-feedback = רגוע ותקיף, אבל "צר לי שאת מרגישה ככה" מאשים את התחושה שלה, והשמטת את הטונר שיכולת להציע. כשאין לה למה להגיד כן, כל מה שנשאר לה הוא ללחוץ חזק יותר.

# en: I'm done here. I'm walking out of that door and I'm not paying. Send me a bill if you dare.
at-the-door-says-1 = נמאס לי. אני יוצאת מהדלת הזאת ולא משלמת. תשלחו לי חשבון אם אתם מעזים.

# en: Don't block her and don't give up. One calm, final offer, and a way for her to stay without losing face.
at-the-door-hint = לא לחסום אותה ולא לוותר. הצעה אחרונה אחת, רגועה, ודרך בשבילה להישאר בלי לאבד את כבודה.

# en: All right. If you really won't pay, I can't stop you, and I'm not going to chase you down the street.
at-the-door-reply-1 = טוב. אם את באמת לא מתכוונת לשלם, אין לי איך לעצור אותך, ואני לא ארדוף אחרייך ברחוב.

# en: Fine. If you're not going to pay, I can't make you, and I won't be running after you down the road.
at-the-door-reply-1-wording-1 = בסדר. אם את לא רוצה לשלם, אין לי דרך לעצור אותך, ולא אצא לרוץ אחרייך ברחוב.

# en: All right, I can't stop you if you won't pay, and I won't chase you.
at-the-door-reply-1-wording-2 = אם את לא משלמת, אני לא יכול לעצור אותך.

# en: ok. if you're not paying there's nothing i can do, i'm not gonna chase you out the door
at-the-door-reply-1-wording-3 = אוקיי, את רוצה ללכת בלי לשלם, אני לא אחסום לך את הדלת ולא אצא לרדוף אחרייך

# en: Okay. I can't force you to pay, and I'm certainly not running after you.
at-the-door-reply-1-wording-4 = אוקיי. לשלם אני לא יכולה לחייב אותך בכוח, ואין סיכוי שאני רצה אחרייך.

# en: Fine, I can't stop you leaving.
at-the-door-reply-1-wording-5 = בסדר, אני לא יכולה למנוע ממך ללכת.

# en: go if you want, i cant make you pay and i wont follow you out
at-the-door-reply-1-wording-6 = לכי אם את רוצה, אני לא יכולה להכריח אותך לשלם ולא אבוא אחרייך

# en: Not arguing was right, but giving up left her nothing to answer. One calm offer, the free toning or the owner, might still have kept her at the desk.
at-the-door-reply-1-feedback = נכון שלא התווכחת, אבל הוויתור לא השאיר לה שום דבר לענות עליו. הצעה רגועה אחת, טונר בחינם או הבעלים, אולי עוד הייתה משאירה אותה ליד הדלפק.

# en: Ms Szalai, I won't argue. The bill stands, but a free toning with Dóra is yours, or I can fetch Gábor now.
at-the-door-reply-2 = גברת סאלאי, לא אתווכח. החשבון בתוקף, אבל טונר בחינם אצל דורה הוא שלך, או שאקרא לגאבור.

# en: Ms Szalai, I'm not going to argue with you. The bill still stands, but Dóra's free toning is there for you, or I can get Gábor right now.
at-the-door-reply-2-wording-1 = גברת סאלאי, אני לא נכנסת לוויכוח. החשבון עומד, אבל טונר ללא תשלום אצל דורה מחכה לך, או שאני קוראת לגאבור.

# en: No argument. Bill stands; free toning's yours, or I'll get Gábor.
at-the-door-reply-2-wording-2 = לא אתווכח. משלמים, והטונר עלינו, או שאקרא לגאבור.

# en: Ms Szalai, i don't want to argue. you still need to pay, but you can have dóra's free toning. or i can call gábor over now if you prefer
at-the-door-reply-2-wording-3 = גברת סאלאי, אין לי כוונה לריב. התשלום נשאר, אבל הטונר אצל דורה מתנה שלך, ואם תרצי אני מביא את הבעלים עכשיו

# en: I don't want a fight, Ms Szalai. The bill still applies, but Dóra's free toning is on offer, or I'll call Gábor over right away.
at-the-door-reply-2-wording-4 = אני לא רוצה ריב, גברת סאלאי. החשבון עדיין בתוקף, אבל הטונר החינמי אצל דורה עומד לרשותך, או שאקרא לגאבור מיד.

# en: Please pay, take the free toning, or talk to Gábor now.
at-the-door-reply-2-wording-5 = בבקשה תשלמי, תקחי את הטונר החינמי, או תדברי עכשיו עם גאבור.

# en: I'm not going to fight with you. You can still have a free toning with Dóra, or speak to Gábor now, but the bill stays.
at-the-door-reply-2-wording-6 = אני לא הולכת להילחם איתך. את עדיין יכולה לקבל טונר חינם אצל דורה, או לדבר עם גאבור עכשיו, אבל החשבון נשאר.

# en: Calm, no threat and no giveaway: you repeated the fair offer and gave her a choice that lets her stay without losing face. Fetching the owner is an option here, not a surrender.
at-the-door-reply-2-feedback = רגוע, בלי איום ובלי מתנה: חזרת על ההצעה ההוגנת ונתת לה בחירה שמאפשרת לה להישאר בלי לאבד פנים. לקרוא לבעלים זו כאן אפשרות, לא כניעה.

# en: You are not leaving without paying. Stay right there, please, I'm calling security.
at-the-door-reply-3 = את לא יוצאת מכאן בלי לשלם. תישארי שם, בבקשה, אני אזמין אבטחה.

# en: You're not walking out without paying. Stay where you are, please; I'm phoning security.
at-the-door-reply-3-wording-1 = את לא יוצאת מפה בלי לשלם. תעמדי שם בבקשה, אני קורא לאבטחה.

# en: Don't leave without paying. I'm calling security.
at-the-door-reply-3-wording-2 = בלי תשלום את לא יוצאת, אני מזמינה אבטחה.

# en: no you're not leaving till you've paid, stay there please, i'm getting security
at-the-door-reply-3-wording-3 = רגע רגע, לא יוצאים מפה בלי לשלם, תישארי במקום, אני מתקשרת למאבטח

# en: You can't walk out without paying. Please wait here, I'm getting security.
at-the-door-reply-3-wording-4 = את לא יכולה לצאת בלי לשלם. בבקשה חכי כאן, אני מביאה את האבטחה.

# en: Stay here, I'm calling security.
at-the-door-reply-3-wording-5 = תחכי פה, אני מתקשרת לשומר.

# en: im calling security, you stay right where you are until you pay
at-the-door-reply-3-wording-6 = אני קוראת למאבטח, את נשארת בדיוק איפה שאת עד שתשלמי

# en: Orders and security in front of a full waiting area turn a billing dispute into a scene. Whatever she does next, she now has an audience and a story to tell.
at-the-door-reply-3-feedback = פקודות ואבטחה מול אזור המתנה מלא הופכים ויכוח על חשבון לסצנה. מה שהיא לא תעשה עכשיו, יש לה קהל וסיפור לספר.

# en: If you leave without paying, I'm afraid we'll have to send the bill to the address on your booking, with a late fee.
at-the-door-reply-4 = אם תצאי מכאן בלי לשלם, לצערי נצטרך לשלוח את החשבון לכתובת שמופיעה בהזמנה שלך, בתוספת דמי פיגורים.

# en: If you go without paying, we'll have no choice but to post the bill to your booking address, plus a late payment charge.
at-the-door-reply-4-wording-1 = אם תעזבי בלי לשלם, לצערי נשלח את החשבון לכתובת שרשומה אצלנו בהזמנה, כולל קנס פיגורים.

# en: Leave unpaid and we'll bill your address, plus a late fee.
at-the-door-reply-4-wording-2 = נשלח לך חשבון הביתה, עם דמי איחור.

# en: if you walk out without paying we'll be sending the invoice to the address you booked with, and add a late charge
at-the-door-reply-4-wording-3 = אין בעיה, אם תצאי ככה החשבון יישלח אלייך הביתה לפי הפרטים שמסרת, ויתווספו עליו קנסות איחור

# en: If you walk out unpaid, the invoice will be posted to the address you booked with, and a late fee will be added.
at-the-door-reply-4-wording-4 = אם תצאי בלי לשלם, החשבונית תישלח בדואר לכתובת שנתת בהזמנה, ויתווסף לה חיוב על איחור.

# en: We'll send the bill to your address with a late fee.
at-the-door-reply-4-wording-5 = נשלח את החשבון לכתובת שלך, עם קנס איחור.

# en: we have your address from the booking, so the bill plus a late charge would go there if you leave
at-the-door-reply-4-wording-6 = יש לנו את הכתובת שלך מההזמנה, אז אם תלכי החשבון ועוד תוספת איחור יגיעו לשם

# en: It sounds firm, but a late fee is a threat, and she has just dared you to send a bill. You matched her challenge instead of giving her a reason to stay.
at-the-door-reply-4-feedback = זה נשמע תקיף, אבל דמי פיגורים הם איום, והיא הרגע הזמינה את המספרה לשלוח חשבון. ענית לאתגר שלה במקום לתת לה סיבה להישאר.

# en: I'm not discussing this with the front desk any more. Get me the owner. Now.
owner-demand-says-1 = אני לא מדברת על זה יותר עם הקבלה. תביאו לי את הבעלים. עכשיו.

# en: Don't refuse her. You can fetch Gábor, but you can also make the fair offer yourself first.
owner-demand-hint = לא לסרב לה. אפשר לקרוא לגאבור, אבל אפשר גם להציע קודם את ההצעה ההוגנת בעצמך.

# en: Of course, I'll fetch Gábor now and tell him about the length and the colour myself, so that you won't have to explain it all again.
owner-demand-reply-1 = כמובן, אקרא לגאבור עכשיו ואספר לו בעצמי את הכול על האורך ועל הצבע, כדי שלא תצטרכי להסביר לו שוב מההתחלה.

# en: Certainly, I'll get Gábor straight away and fill him in on the cut and the colour myself. That way you won't need to go through it again.
owner-demand-reply-1-wording-1 = בוודאי, אני קוראת לגאבור ממש עכשיו ומסבירה לו בעצמי את כל העניין של האורך והצבע, שלא תצטרכי לספר לו הכול מחדש.

# en: Sure, I'll get Gábor and brief him myself.
owner-demand-reply-1-wording-2 = בטח, אביא את גאבור ואעדכן אותו בעצמי.

# en: of course, i'll go get gábor now and explain about the cut and colour myself so you don't have to repeat it all
owner-demand-reply-1-wording-3 = כמובן, אני הולך לגאבור עכשיו ומתדרך אותו על כל הסיפור, התספורת והגוון, כדי שלא תצטרכי לחזור על שום דבר

# en: Certainly, I'll go and get Gábor and explain the length and colour problem to him, so you don't have to tell the whole story twice.
owner-demand-reply-1-wording-4 = בהחלט, אני הולכת להביא את גאבור ואסביר לו את הבעיה עם האורך והצבע, ככה שלא תצטרכי לספר את כל הסיפור פעמיים.

# en: Sure, I'll get Gábor and explain everything to him.
owner-demand-reply-1-wording-5 = בטח, אני מביאה את גאבור ומסבירה לו הכול.

# en: no problem, I'll brief Gábor on the cut and colour first so you don't have to repeat yourself, then bring him over
owner-demand-reply-1-wording-6 = אין בעיה, אני מעדכנת את גאבור על התספורת והצבע קודם, שלא תצטרכי לחזור על עצמך, ואז מביאה אותו אלייך

# en: A good handover: you respect her request and will brief the owner yourself, so she won't repeat her story. The best reply also put the fair offer on the table first, which often makes the owner unnecessary.
owner-demand-reply-1-feedback = העברה טובה: כיבדת את הבקשה שלה והתחייבת לתדרך את הבעלים בעצמך, כך שהיא לא תצטרך לחזור על הסיפור. התשובה הטובה ביותר גם הניחה קודם את ההצעה ההוגנת על השולחן, מה שלעיתים קרובות מייתר את הבעלים.

# en: Of course, if you want him. But I can book a free toning with Dóra right now, and the bill stays. Which would you prefer?
owner-demand-reply-2 = כמובן, אם את רוצה. אבל אוכל לקבוע לך כבר עכשיו טונר בחינם אצל דורה, והחשבון נשאר. מה את מעדיפה?

# en: Of course, if you'd like him. Or I can book Dóra to tone it for free right now, with the bill staying as it is. Which would you rather?
owner-demand-reply-2-wording-1 = בטח, אם זה מה שאת רוצה. אבל כבר עכשיו אני יכולה לקבוע לך טונר אצל דורה בחינם, והחשבון עומד. מה עדיף לך?

# en: I can get him, or book a free toning now. Which do you prefer?
owner-demand-reply-2-wording-2 = אפשר, או טונר חינם אצל דורה עכשיו. מה תעדיפי?

# en: sure, if that's what you want. but i could also get you booked in with dóra for free toning right now, bill stays the same. which would you like?
owner-demand-reply-2-wording-3 = אין בעיה להביא אותו. רק שתדעי, אני יכול לשריין לך עכשיו טונר אצל דורה על חשבוננו, והתשלום נשאר כמו שהוא, מה בא לך?

# en: I can get him if that's what you want. Alternatively I can put you in for a free toning with Dóra right now, with the bill as it is. Your choice.
owner-demand-reply-2-wording-4 = אני יכולה לקרוא לו אם זה מה שאת רוצה. לחלופין, אני יכולה לרשום אותך כבר עכשיו לטונר חינם אצל דורה, כשהחשבון נשאר כמו שהוא. הבחירה שלך.

# en: Gábor or a free toning with Dóra now, which?
owner-demand-reply-2-wording-5 = מה בא לך: שאביא את גאבור, או שאקבע טונר חינם אצל דורה?

# en: which would you rather, the owner, or a free toning with dóra booked right now? the bill stays either way
owner-demand-reply-2-wording-6 = מה את מעדיפה, את הבעלים, או טונר חינם אצל דורה שנקבע עכשיו? החשבון נשאר בכל מקרה

# en: You didn't refuse her, and you put one concrete offer on the table first. People often ask for the owner because they've stopped expecting anything from you; this gives her something to say yes to.
owner-demand-reply-2-feedback = לא סירבת לה, וקודם הנחת על השולחן הצעה קונקרטית אחת. לקוחות מבקשים את הבעלים פעמים רבות כי הפסיקו לצפות למשהו ממי שעומד מולם; כך יש לה משהו להגיד לו כן.

# en: Gábor is with a client at the moment, I'm afraid. And honestly, he'd only tell you exactly the same thing I have.
owner-demand-reply-3 = גאבור עם לקוחה כרגע, לצערי. ובכנות, הוא היה אומר לך בדיוק את מה שאני אמרתי.

# en: I'm afraid Gábor's busy with a client right now. And to be honest, he'd only say exactly what I've said.
owner-demand-reply-3-wording-1 = גאבור באמצע עם לקוחה, סליחה. ולמען האמת, הוא היה עונה לך בדיוק כמוני.

# en: Gábor's with a client, and he'd say the same as me.
owner-demand-reply-3-wording-2 = הוא עסוק, וממילא יגיד לך אותו דבר.

# en: gábor's busy with someone atm and tbh he'd just tell you the same as me
owner-demand-reply-3-wording-3 = הבעלים תפוס עכשיו עם מישהי על הכיסא, ובינינו, הוא לא יגיד לך שום דבר שונה ממני

# en: Gábor's tied up with a customer right now, and he'd just repeat what I've told you anyway.
owner-demand-reply-3-wording-4 = גאבור תקוע עם לקוחה כרגע, וממילא הוא רק יחזור על מה שאמרתי לך.

# en: The owner's busy, and he'd say the same.
owner-demand-reply-3-wording-5 = הבעלים עסוק, והוא יגיד אותו דבר.

# en: honestly there's no point, gábor's with a client and he'll tell you exactly what i did
owner-demand-reply-3-wording-6 = בכנות אין טעם, גאבור עם לקוחה והוא יגיד לך בדיוק מה שאני אמרתי

# en: Refusing her and calling it pointless leaves her one move: out of the door. She asked for someone with authority, and blocking that convinces her she is being brushed off.
owner-demand-reply-3-feedback = לסרב לה ולהגיד שאין בזה טעם משאיר לה צעד אחד: החוצה מהדלת. היא ביקשה מישהו עם סמכות, והחסימה משכנעת אותה שמנסים להיפטר ממנה.

# en: All right, all right. But you could at least knock ten percent off. For the stress.
last-bargain-says-1 = טוב, טוב. אבל לפחות תורידו עשרה אחוז. על עוגמת הנפש.

# en: She is nearly there. Take the stress seriously, say no to the discount once, and keep the remedy you offered.
last-bargain-hint = היא כמעט שם. כדאי לקחת את הלחץ ברצינות, לסרב להנחה פעם אחת, ולשמור על הפתרון שכבר הוצע.

# en: I'm not allowed to give discounts myself, I'm afraid. Only Gábor can do that, and he's with a client in the back.
last-bargain-reply-1 = לצערי אין לי הרשאה לתת הנחות. רק גאבור יכול, והוא עם לקוחה בחדר האחורי.

# en: I'm afraid I can't give discounts. That's only Gábor's decision, and he's busy with a client out the back.
last-bargain-reply-1-wording-1 = מצטער, אני לא מורשה לתת הנחות. רק גאבור מוסמך לזה, והוא עכשיו עם לקוחה מאחורה.

# en: I can't do discounts; only Gábor can, and he's busy.
last-bargain-reply-1-wording-2 = הנחות רק גאבור נותן, והוא עסוק מאחורה.

# en: sorry i'm not allowed to do discounts, that's gábor's call and he's in the back with someone
last-bargain-reply-1-wording-3 = סורי, אין לי סמכות להוריד מחיר, זה רק הבעלים, והוא כרגע בחדר האחורי עם מישהי

# en: Discounts aren't up to me, sorry. Gábor decides those, and he's busy with a client at the back.
last-bargain-reply-1-wording-4 = הנחות זה לא בידיים שלי, סליחה. גאבור מחליט עליהן, והוא עסוק עם לקוחה מאחור.

# en: Sorry, only Gábor can give discounts.
last-bargain-reply-1-wording-5 = סליחה, רק גאבור יכול לתת הנחות.

# en: i can't give you money off, it has to be gábor and he's with someone in the back right now
last-bargain-reply-1-wording-6 = אני לא מוסמכת להעניק הפחתה במחיר; ההחלטה נתונה לגאבור, שנמצא כעת עם לקוחה בחלק האחורי.

# en: True, but 'only Gábor can' tells her the answer isn't final and the person who decides is in the back room. She was about to pay; now she wants the owner.
last-bargain-reply-1-feedback = נכון, אבל "רק גאבור יכול" אומר לה שהתשובה לא סופית ושמי שמחליט נמצא בחדר האחורי. היא כבר עמדה לשלם; עכשיו היא רוצה את הבעלים.

# en: Oh, go on then, ten percent. It's been a long afternoon for both of us. Just don't tell anyone I did it.
last-bargain-reply-2 = נו טוב, שיהיה עשרה אחוז. זה היה אחר צהריים ארוך לכולנו. רק אל תספרי לאף אחד שאני נתתי לך.

# en: Oh, alright then, ten percent off. It's been a long day for both of us, so just keep it to yourself.
last-bargain-reply-2-wording-1 = טוב נו, קבלי עשרה אחוז. זה היה יום ארוך לכולם. רק אל תגלי לאף אחד שזה ממני.

# en: Fine, ten percent off. Don't tell anyone.
last-bargain-reply-2-wording-2 = בסדר, עשרה אחוז, אבל בשקט.

# en: oh go on, 10% off. it's been a tough afternoon for us both. just don't spread it around
last-bargain-reply-2-wording-3 = יאללה, עשרה אחוז, מגיע לכולנו אחרי היום הזה, רק שאף אחד לא ישמע שאני נתתי

# en: Okay, fine, I'll take ten percent off. It's been a tiring afternoon for us both, just keep it between us.
last-bargain-reply-2-wording-4 = אוקיי, בסדר, אוריד עשרה אחוז. זה היה אחר צהריים מעייף לשתינו, רק שזה יישאר בינינו.

# en: Okay, ten percent off.
last-bargain-reply-2-wording-5 = אוקיי, עשרה אחוז הנחה.

# en: 10 percent it is then, dont tell anyone
last-bargain-reply-2-wording-6 = 10 אחוז וזהו, אל תספרי לאף אחד

# en: Small and friendly, and it feels harmless, but it teaches the same lesson as a free cut on a smaller scale: pushing pays. The toning you had already offered was the fair remedy.
last-bargain-reply-2-feedback = קטן וידידותי, ונראה תמים, אבל זה מלמד בקטן את אותו שיעור כמו תספורת חינם: לחץ משתלם. הטונר שכבר הצעת היה הפתרון ההוגן.

# en: No. We don't give discounts just because somebody raised their voice at the desk.
last-bargain-reply-3 = לא. אנחנו לא נותנים הנחות רק כי מישהו צעק ליד הדלפק.

# en: No. Raising your voice at the desk isn't how discounts work here.
last-bargain-reply-3-wording-1 = לא. אצלנו לא מורידים מחיר רק בגלל שמישהו הרים קול בקבלה.

# en: No, raising your voice doesn't get you a discount.
last-bargain-reply-3-wording-2 = לא, על צעקות ליד הדלפק לא נותנים הנחה.

# en: no. we don't knock money off just because someone's shouted at the front desk
last-bargain-reply-3-wording-3 = ממש לא, לא נותנים פה הנחות לכל מי שעושה רעש ליד הקופה

# en: No. Raising your voice at the desk won't get money knocked off here.
last-bargain-reply-3-wording-4 = לא. הרמת קול בדלפק לא תוריד פה את המחיר.

# en: No, shouting doesn't get you money off.
last-bargain-reply-3-wording-5 = לא, צעקות לא מביאות הנחה.

# en: absolutely not, making a fuss at the front desk doesnt get anybody a cheaper price
last-bargain-reply-3-wording-6 = בשום פנים, מהומה בדלפק הקבלה לא מוזילה לאף אחד את המחיר

# en: The right limit in the wrong tone: it's a jab at how she behaved, and it reopens the fight just as she was agreeing to pay.
last-bargain-reply-3-feedback = הגבול הנכון בטון הלא נכון: זו עקיצה על ההתנהגות שלה, והיא פותחת מחדש את הריב בדיוק כשהיא הסכימה לשלם.

# en: I'm sorry the afternoon's been so stressful. The price stays, but the toning is on us, at a time that suits you.
last-bargain-reply-4 = צר לי שאחר הצהריים הזה היה כל כך מלחיץ. המחיר נשאר, אבל הטונר על חשבוננו, בזמן שנוח לך.

# en: I'm sorry this afternoon has been so stressful for you. The price stays the same, but the toning is free, whenever is convenient for you.
last-bargain-reply-4-wording-1 = מצטערת שעבר עלייך אחר צהריים כל כך מלחיץ. המחיר עצמו נשאר מלא, אבל את הטונר תקבלי על חשבוננו, מתי שנוח לך.

# en: Sorry it's been stressful. No discount, but the toning's free.
last-bargain-reply-4-wording-2 = צר לי שהיה לך מלחיץ. המחיר נשאר, הטונר עלינו.

# en: sorry today's been so stressful. we can't change the price but the toning's on the house, whenever works for you
last-bargain-reply-4-wording-3 = מבין שזה היה יום מתיש בשבילך, באמת. את הסכום אני לא מוריד, אבל טיפול הטונר מאיתנו, תבחרי שעה שנוחה לך

# en: I'm sorry today has been so stressful. I can't lower the price, but the toning won't cost you anything, and you can pick a time that works.
last-bargain-reply-4-wording-4 = מצטערת שהיום היה כל כך מלחיץ. אני לא יכולה להוריד את המחיר, אבל הטונר לא יעלה לך כלום, ותבחרי זמן שמתאים לך.

# en: Sorry for the stress. No discount, but free toning whenever suits.
last-bargain-reply-4-wording-5 = סליחה על הלחץ. בלי הנחה, אבל טונר חינם מתי שנוח.

# en: the toning is free whenever you want it, but the price stays the same. sorry its been such a stressful afternoon
last-bargain-reply-4-wording-6 = הטונר בחינם מתי שתרצי, אבל המחיר נשאר אותו דבר. סורי שהיה אחר צהריים כזה מלחיץ

# en: You took the stress she named seriously before saying no to the discount, kindly and only once. The free toning stays the remedy, so the limit doesn't feel like a slap.
last-bargain-reply-4-feedback = לקחת ברצינות את הלחץ שהיא הזכירה לפני שסירבת להנחה, בעדינות ורק פעם אחת. הטונר בחינם נשאר הפתרון, כך שהגבול לא מרגיש כמו סטירה.

# en: Fine. I'll pay. But I want the toning with Dóra herself, not some junior, and at a time I can actually make.
booking-detail-says-1 = בסדר. אני אשלם. אבל אני רוצה את הטונר אצל דורה עצמה, לא אצל איזו מתלמדת, ובשעה שאני באמת יכולה להגיע.

# en: Remember why she wanted her hair right in the first place, and book the slot while she is standing there.
booking-detail-hint = לזכור למה בכלל היה לה חשוב שהשיער יהיה מושלם, ולקבוע את התור בזמן שהיא עוד עומדת מולך.

# en: Dóra's fully booked this week, I'm afraid; Saturdays are mad here. Her first free slot is Monday week, or Wednesday with whoever's free.
booking-detail-reply-1 = לדורה אין מקום השבוע, לצערי; שבתות כאן זה טירוף. התור הפנוי הראשון שלה הוא ביום שני בעוד שבוע, או ביום רביעי עם מי שפנוי.

# en: I'm afraid Dóra has no space this week; Saturdays are crazy. Her earliest slot is a week on Monday, or there's Wednesday with another stylist.
booking-detail-reply-1-wording-1 = מצטערת, השבוע דורה מלאה; השבתות אצלנו משוגעות. התור הראשון שפנוי אצלה זה שני הבא בעוד שבוע, או רביעי עם מי שיהיה פנוי.

# en: Dóra's booked up; Monday week, or another stylist Wednesday.
booking-detail-reply-1-wording-2 = דורה פנויה רק בעוד שבוע; רביעי אפשר עם מישהי אחרת.

# en: sorry dóra's completely full this week, saturdays are manic. earliest she can do is monday after next, or wednesday with whoever's available
booking-detail-reply-1-wording-3 = סורי, היומן של דורה מפוצץ השבוע, בשבת אין בכלל מה לדבר. הכי קרוב אצלה זה יום שני אחרי הבא, אחרת רביעי אצל מי שפנוי

# en: Unfortunately Dóra has nothing this week, Saturdays are really busy. The earliest she can fit you in is Monday week, otherwise Wednesday with another stylist.
booking-detail-reply-1-wording-4 = לצערי לדורה אין כלום השבוע, השבתות עמוסות מאוד. הכי מוקדם שהיא יכולה להכניס אותך זה יום שני בעוד שבוע, אחרת רביעי עם ספרית אחרת.

# en: Dóra's fully booked, earliest is Monday week.
booking-detail-reply-1-wording-5 = דורה מלאה, הכי מוקדם זה שני בעוד שבוע.

# en: sorry, no space with dóra till monday week, saturdays are crazy. wednesday with another stylist is possible
booking-detail-reply-1-wording-6 = אני מצטערת, אך היומן של דורה תפוס במלואו השבוע, והשבתות עמוסות במיוחד. המועד הפנוי הקרוב אצלה הוא יום שני בשבוע שאחרי, או לחלופין רביעי עם ספרית אחרת.

# en: Accurate, but you forgot the wedding next Saturday: a toning after it is no use to her. She asked for Dóra and was offered 'whoever's free'.
booking-detail-reply-1-feedback = מדויק, אבל שכחת את החתונה בשבת הבאה: טונר אחריה לא יעזור לה בכלום. היא ביקשה את דורה וקיבלה "מי שפנוי".

# en: Of course, I'll check Dóra's diary tonight and ring you on Monday with a time.
booking-detail-reply-2 = כמובן, אבדוק הערב את היומן של דורה ואתקשר אלייך ביום שני עם שעה.

# en: Certainly, I'll look at Dóra's schedule this evening and phone you Monday with a slot.
booking-detail-reply-2-wording-1 = בוודאי, אני אבדוק בערב מה פנוי אצל דורה ואחזור אלייך בטלפון ביום שני עם שעה.

# en: Sure, I'll check her diary and call you Monday.
booking-detail-reply-2-wording-2 = אבדוק את היומן שלה ואתקשר ביום שני.

# en: of course, i'll have a look at dóra's bookings tonight and give you a ring monday with a time
booking-detail-reply-2-wording-3 = בטח, אני אעבור על היומן של דורה הערב ואצלצל אלייך בתחילת השבוע עם תור

# en: Of course, I'll go through Dóra's appointments this evening and call you on Monday with a time.
booking-detail-reply-2-wording-4 = כמובן, אני אברר הערב את הזמינות של דורה ואעדכן אותך טלפונית ביום שני לגבי שעה.

# en: I'll check and call you Monday.
booking-detail-reply-2-wording-5 = אני אברר ואחזור אלייך בשני.

# en: leave it with me, ill look at dóras diary tonight and phone you monday
booking-detail-reply-2-wording-6 = תשאירי את זה אצלי, אציץ ביומן של דורה הלילה ואתקשר בשני

# en: Friendly but vague: she pays in full and leaves with only the promise of a phone call. The diary is on your screen; book the slot while she is standing there.
booking-detail-reply-2-feedback = ידידותי אבל מעורפל: היא משלמת את מלוא הסכום ויוצאת רק עם הבטחה לשיחת טלפון. היומן מול העיניים שלך; את התור קובעים בזמן שהיא עומדת מולך.

# en: Dóra herself, yes. She has Wednesday at nine, well before the wedding. I'll write it on your receipt: toning, no charge.
booking-detail-reply-3 = כן, אצל דורה עצמה. יש לה רביעי בתשע, הרבה לפני החתונה. ארשום לך את זה על הקבלה: טונר, ללא תשלום.

# en: Yes, Dóra personally. She's free on Wednesday at nine, so it's done well ahead of the wedding. I'll note it on the receipt: toning, free of charge.
booking-detail-reply-3-wording-1 = כן, דורה בעצמה. פנוי לה ביום רביעי בתשע, כמה ימים טובים לפני החתונה. אני רושמת לך על הקבלה: טונר, בחינם.

# en: Dóra, Wednesday at nine, before the wedding; free, written on your receipt.
booking-detail-reply-3-wording-2 = דורה עצמה, רביעי בתשע, לפני החתונה, רשום בקבלה.

# en: yep, dóra herself. she can do wednesday 9am, plenty of time before the wedding, and i'll note it on your receipt, free toning
booking-detail-reply-3-wording-3 = בטח, רק דורה. יש לה חלון ביום רביעי בתשע בבוקר, עוד לפני השבת של החתונה, ואני כותב לך על החשבונית שהטונר ללא עלות

# en: Yes, Dóra will do it personally. Wednesday at nine is free, well ahead of the wedding, and I'll put toning, no charge on your receipt.
booking-detail-reply-3-wording-4 = כן, דורה תעשה את זה אישית. רביעי בתשע פנוי, הרבה לפני החתונה, ואני רושמת לך על הקבלה טונר ללא חיוב.

# en: Dóra, Wednesday at 9, free, I'll note it on the receipt.
booking-detail-reply-3-wording-5 = דורה, רביעי בתשע, בחינם, אני רושמת בקבלה.

# en: Wednesday 9am with Dóra herself, that's in plenty of time for Saturday. I'm writing free toning on your receipt now.
booking-detail-reply-3-wording-6 = רביעי בתשע בבוקר אצל דורה עצמה, זה בהחלט בזמן לשבת. אני כותבת לך עכשיו על הקבלה טונר חינם.

# en: You remembered the wedding she mentioned in her first breath and booked Dóra before it, in writing. A concrete slot she can see tells her the offer was real, not a way to get her to pay.
booking-detail-reply-3-feedback = זכרת את החתונה שהיא הזכירה כבר במשפט הראשון וקבעת את דורה לפניה, בכתב. תור מסוים שהיא רואה בעיניים אומר לה שההצעה הייתה אמיתית, ולא תרגיל כדי שתשלם.

# en: Dóra herself, of course. She has Thursday at six or Friday at eight in the morning. Which suits you better?
booking-detail-reply-4 = בטח, אצל דורה עצמה. יש לה חמישי בשש או שישי בשמונה בבוקר. מה מתאים לך יותר?

# en: Yes, Dóra personally. She can do six on Thursday, or Friday at 8 a.m. Which works better for you?
booking-detail-reply-4-wording-1 = ודאי, דורה בעצמה. יש לה יום חמישי בשש או יום שישי בשמונה בבוקר. מה נוח לך?

# en: Dóra's free Thursday at six, or eight on Friday. Which?
booking-detail-reply-4-wording-2 = דורה פנויה בשש ביום חמישי או בשמונה בשישי, מה מתאים?

# en: of course, dóra herself. she's got thursday 6pm or friday 8am, which is better for you?
booking-detail-reply-4-wording-3 = ברור, רק אצל דורה. יש לה שש ביום חמישי, או שמונה בבוקר ביום שישי, תבחרי מה שיותר נוח

# en: Certainly, Dóra will do it. She can see you Thursday at six or Friday at eight in the morning, which is better?
booking-detail-reply-4-wording-4 = ודאי, דורה תעשה את זה. היא יכולה לקבל אותך ביום חמישי בשש או ביום שישי בשמונה בבוקר, מה עדיף?

# en: Dóra can do Thursday 6 or Friday 8am, which?
booking-detail-reply-4-wording-5 = דורה: חמישי בשש או שישי בשמונה בבוקר, מה עדיף?

# en: Which works for you with Dóra: Thursday evening at six, or eight on Friday morning?
booking-detail-reply-4-wording-6 = מה מסתדר לך עם דורה: חמישי בערב בשש, או שמונה בשישי בבוקר?

# en: A real slot with Dóra and a choice: good. The best reply also tied it to the wedding she mentioned first and put it in writing, so she could see the offer was real.
booking-detail-reply-4-feedback = תור אמיתי אצל דורה ובחירה: טוב. התשובה הטובה ביותר גם קשרה אותו לחתונה שהיא הזכירה בהתחלה ורשמה אותו בכתב, כך שהיא יכלה לראות שההצעה אמיתית.

# en: Wednesday at nine, then. And... thank you for not making a show of me out there.
paid-warm-says-1 = אז רביעי בתשע. ו... תודה שלא עשיתם ממני הצגה שם מול כולם.

# en: Réka pays the 38,500 forints in full. On Wednesday Dóra softens the copper by a shade, and Réka books her next cut before she leaves. The waiting clients saw a calm desk, not a fight, and Dóra's work was paid for. Kind about the feeling, firm about the bill.
paid-warm-summary = רקה משלמת את מלוא 38,500 הפורינט. ביום רביעי דורה מרככת את הנחושת בגוון אחד, ורקה קובעת את התספורת הבאה שלה לפני שהיא יוצאת. הלקוחות הממתינים ראו דלפק רגוע, לא מריבה, והעבודה של דורה שולמה. עדינות כלפי התחושה, תקיפות לגבי החשבון.

# en: Fine. Here's my card. I'll come for the toning, and then we'll see.
paid-grudging-says-1 = טוב. הנה הכרטיס שלי. אבוא לטונר, ואז נראה.

# en: The bill is paid and the facts were on your side. Réka comes in for the toning, but says little to anyone; she felt handled more than heard, and whether she books again is an open question. The limit held; a little more warmth on the way would have won her back.
paid-grudging-summary = החשבון שולם והעובדות היו לצדך. רקה מגיעה לטונר, אבל כמעט לא מדברת עם אף אחד; היא הרגישה שטיפלו בה יותר משהקשיבו לה, ולא ברור אם תקבע שוב. הגבול החזיק; קצת יותר חום בדרך היה מחזיר אותה.

# en: Fine. Here's my card. Don't expect to see me again.
paid-never-back-says-1 = טוב. הנה הכרטיס שלי. ואל תצפו לראות אותי שוב.

# en: The bill is paid, but Réka leaves feeling handled rather than heard. She never comes for the toning, and a sour three-star review mentions 'cold staff'. Holding the limit was right; holding it without warmth cost you the client.
paid-never-back-summary = החשבון שולם, אבל רקה יוצאת בתחושה שטיפלו בה ולא הקשיבו לה. היא לא מגיעה לטונר אף פעם, וביקורת חמוצה של שלושה כוכבים מזכירה "צוות קר". להחזיק בגבול היה נכון; להחזיק בו בלי חום עלה לך בלקוחה.

# en: gave in
gave-in-outcome = נכנעו ללחץ

# en: Well. That's more like it.
gave-in-says-1 = נו. ככה כבר יותר טוב.

# en: Réka walks out with a cut and colour worth 38,500 forints for nothing. Dóra's two and a half hours go unpaid, and two of the waiting clients saw exactly how to get the same deal. That evening Réka posts a photo of her 'gorgeous new copper' online. Nothing was wrong with the work; the only problem you solved was your own discomfort.
gave-in-summary = רקה יוצאת עם תספורת וצבע בשווי 38,500 פורינט בלי לשלם. השעתיים וחצי של דורה לא משולמות, ושתיים מהלקוחות הממתינות ראו בדיוק איך משיגים את אותה עסקה. באותו ערב רקה מעלה לרשת תמונה של "הנחושת החדשה והמהממת" שלה. לא היה שום פגם בעבודה; הבעיה היחידה שפתרת הייתה אי־הנוחות שלך.

# en: Fine. At least that's something.
discount-for-nothing-says-1 = בסדר. לפחות זה משהו.

# en: Réka pays less than the price for work she approved in the mirror. Dóra feels her work was judged faulty in front of her colleagues, and Réka has learned that a loud complaint at this desk is worth money off. The argument ended, but the fault you paid for never existed.
discount-for-nothing-summary = רקה משלמת פחות מהמחיר על עבודה שהיא אישרה מול המראה. דורה מרגישה שהעבודה שלה נשפטה כפגומה מול העמיתות שלה, ורקה למדה שתלונה רועשת בדלפק הזה שווה הנחה. הוויכוח נגמר, אבל הפגם ששילמת עליו מעולם לא היה קיים.

# en: Don't hold your breath for the money.
walked-out-says-1 = ועל הכסף אתם יכולים לשכוח.

# en: Réka walks out without paying, telling the waiting area that this salon 'ruins hair'. The 38,500 forints are lost, a one-star review appears that night, and four clients watched the desk run out of answers. A calm, repeated offer or the owner might still have kept her.
walked-out-summary = רקה יוצאת בלי לשלם ומספרת לכל אזור ההמתנה שהמספרה הזאת "הורסת שיער". 38,500 הפורינט אבודים, ביקורת של כוכב אחד מופיעה באותו לילה, וארבעה לקוחות ראו איך לדלפק נגמרות התשובות. הצעה רגועה וחוזרת, או הבעלים, אולי עוד היו משאירים אותה.

# en: Security? For me? Go on then, everyone's watching.
door-scene-says-1 = אבטחה? בשבילי? קדימה, כולם מסתכלים.

# en: Gábor hears the raised voices and comes out of the back room. He calms things down and Réka pays in the end, but two waiting clients cancel their next appointments, and the story of 'the salon that called security on a customer' is online by evening. A quiet word at the window would have cost nothing.
door-scene-summary = גאבור שומע את הקולות המורמים ויוצא מהחדר האחורי. הוא מרגיע את הרוחות ורקה משלמת בסוף, אבל שתי לקוחות ממתינות מבטלות את התורים הבאים שלהן, ועד הערב הסיפור על "המספרה שהזמינה אבטחה נגד לקוחה" כבר ברשת. מילה שקטה ליד החלון לא הייתה עולה כלום.

# en: Finally, someone with some sense.
owner-waives-says-1 = סוף סוף, מישהו עם שכל.

# en: Gábor comes out to a client still shouting in front of the waiting area, and waives the bill to end the scene. Réka leaves without paying, Dóra's work goes unpaid, and the owner has learned that his front desk hands him fires instead of putting them out. Nothing was wrong with the haircut.
owner-waives-summary = גאבור יוצא אל לקוחה שעדיין צועקת מול כל אזור ההמתנה, ומוותר על החשבון כדי לגמור את הסצנה. רקה יוצאת בלי לשלם, העבודה של דורה לא משולמת, והבעלים למד שהדלפק שלו מעביר אליו שריפות במקום לכבות אותן. לא היה שום פגם בתספורת.

# en: Finally. Somebody in charge.
owner-steps-in-says-1 = סוף סוף. מישהו שאחראי פה.

# en: Gábor leaves his client, looks at the cut with Réka by the window and offers what was fair all along: full price, and a free toning with Dóra. She pays. It ends fairly, but the owner had to step away from a paying client to make an offer that was in your hands.
owner-steps-in-summary = גאבור עוזב את הלקוחה שלו, בוחן את התספורת עם רקה ליד החלון ומציע את מה שהיה הוגן מלכתחילה: מחיר מלא, וטונר בחינם אצל דורה. היא משלמת. זה נגמר בהגינות, אבל הבעלים נאלץ לעזוב לקוחה משלמת כדי להציע הצעה שהייתה בידיים שלך.

