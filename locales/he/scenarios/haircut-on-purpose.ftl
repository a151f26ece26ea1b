### Defuse scenario `haircut-on-purpose` (The haircut that was 'ruined') in he, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: The haircut that was 'ruined'
title = התספורת ש"נהרסה"

# en: You run the front desk of a busy hair salon on a Saturday: all ten chairs are taken and four clients are waiting. Réka Szalai has just had a cut and copper colour with Dóra, one of your best stylists (two and a half hours, 38,500 forints). Ten minutes ago she turned her head at the mirror and said 'lovely, just like the photo'. Now she is at the desk with her coat on. The owner, Gábor, is working in the back room.
brief = אתם עובדים בדלפק הקבלה של מספרה עמוסה ביום שבת: כל עשרת הכיסאות תפוסים וארבעה לקוחות ממתינים. Réka Szalai סיימה הרגע תספורת וצבע בגוון נחושת אצל Dóra, אחת ממעצבות השיער הטובות ביותר שלכם (שעתיים וחצי, 38,500 פורינט). לפני עשר דקות היא סובבה את הראש מול המראה ואמרה "מקסים, בדיוק כמו בתמונה". עכשיו היא עומדת מול הדלפק, כבר עם המעיל. הבעלים, Gábor, עובד בחדר האחורי.

# en: Réka Szalai
customer-name = Réka Szalai

# en: said 'lovely, just like the photo' at the mirror ten minutes ago
customer-trait-1 = לפני עשר דקות אמרה מול המראה "מקסים, בדיוק כמו בתמונה"

# en: says her hair has to be right for her sister's wedding next Saturday
customer-trait-2 = אומרת שהשיער שלה חייב להיות מושלם לחתונה של אחותה בשבת הבאה

# en: gets louder when the waiting clients are listening
customer-trait-3 = מרימה את הקול כשהלקוחות הממתינים מקשיבים

# en: Excuse me? That's not an answer. I want to know what you're going to do about my hair.
neutral-says-1 = סליחה? זאת לא תשובה. אני רוצה לדעת מה אתם מתכוונים לעשות עם השיער שלי.

# en: Are you even listening to me? My sister gets married next Saturday, and I'm the one who has to turn up with this hair.
neutral-says-2 = מישהו פה בכלל מקשיב לי? אחותי מתחתנת בשבת הבאה, ואני זאת שצריכה להגיע לשם עם השיער הזה.

# en: Look at this! Look what she's done to my hair! It's shorter than I asked and the colour is orange. My sister gets married next Saturday and I'm supposed to go like this? I'm not paying a single forint.
opening-says-1 = תראו את זה! תראו מה היא עשתה לי לשיער! זה יותר קצר ממה שביקשתי, והצבע כתום. אחותי מתחתנת בשבת הבאה, ואני אמורה ללכת ככה? אני לא משלמת אף פורינט.

# en: Two and a half hours, and she's ruined it! Orange! And the length is all wrong. I have my sister's wedding next Saturday. Don't even think about charging me for this.
opening-says-2 = שעתיים וחצי, והיא הרסה לי אותו! כתום! והאורך בכלל לא נכון. יש לי חתונה של אחותי בשבת הבאה. אל תחשבו אפילו לחייב אותי על זה.

# en: You don't know yet whether anything is wrong. Acknowledge that she is upset, and ask what exactly she means before you agree or disagree.
opening-hint = אתם עוד לא יודעים אם משהו באמת לא בסדר. הכירו בכך שהיא נסערת, ושאלו למה בדיוק היא מתכוונת לפני שאתם מסכימים איתה או חולקים עליה.

# en: I can see you're really unhappy with it, Ms Szalai, and with the wedding coming up I want to get this right. What exactly is wrong: the length, the colour, or both?
opening-reply-1 = אני רואה שזה ממש לא מוצא חן בעינייך, גברת Szalai, ועם החתונה שמתקרבת חשוב לי שזה יהיה בדיוק כמו שצריך. מה בדיוק לא בסדר: האורך, הצבע, או שניהם?

# en: You acknowledged how upset she is and asked what exactly is wrong, without agreeing that it is ruined or telling her it is fine. Now she has to name something specific, and something specific can be checked.
opening-reply-1-feedback = הכרתם בכך שהיא נסערת ושאלתם מה בדיוק לא בסדר, בלי להסכים שהתספורת נהרסה ובלי להגיד לה שהכול בסדר. עכשיו היא צריכה לנקוב במשהו מסוים, ומשהו מסוים אפשר לבדוק.

# en: Oh no, I'm so sorry! Please don't worry about the bill today. We never want anyone leaving here unhappy.
opening-reply-2 = אוי לא, צר לי מאוד! אל תדאגי בכלל לגבי החשבון היום. אנחנו אף פעם לא רוצים שמישהו ייצא מכאן לא מרוצה.

# en: Warm, and she calms at once, but you gave away Dóra's two and a half hours before checking whether anything is wrong. She approved it in the mirror ten minutes ago; shouting has just worked.
opening-reply-2-feedback = חם, והיא נרגעת מיד, אבל ויתרתם על שעתיים וחצי של העבודה של Dóra לפני שבדקתם אם משהו בכלל לא בסדר. לפני עשר דקות היא אישרה את התוצאה מול המראה; הצעקות פשוט עבדו.

# en: But you looked in the mirror just now and said it was lovely. Dóra did exactly what was on your photo.
opening-reply-3 = אבל הרגע הסתכלת במראה ואמרת שזה מקסים. Dóra עשתה בדיוק מה שהיה בתמונה שלך.

# en: Probably true, but quoting her own words back at her across a full waiting area is a challenge she cannot back down from in public. Check the facts with her, not against her.
opening-reply-3-feedback = כנראה נכון, אבל לצטט לה את המילים שלה מול אזור המתנה מלא זה אתגר שהיא לא יכולה לסגת ממנו בפומבי. בודקים את העובדות יחד איתה, לא נגדה.

# en: What's wrong? The left side is shorter than the right, anyone can see it. And I showed her a photo: copper. This is orange. I'm not paying for somebody's mistake.
what-exactly-says-1 = מה לא בסדר? הצד השמאלי יותר קצר מהימני, כל אחד רואה את זה. והראיתי לה תמונה: נחושת. זה כתום. אני לא משלמת על הטעות של מישהו אחר.

# en: The left side is shorter, look! And the colour is nothing like the photo I showed her. It's orange. Why should I pay for somebody else's mistake?
what-exactly-says-2 = הצד השמאלי יותר קצר, תראו! והצבע לא דומה בכלל לתמונה שהראיתי לה. הוא כתום. למה שאני אשלם על הטעות של מישהו אחר?

# en: She has named two things you can check: the left side and the colour against her photo. Offer to check them with her, away from the waiting clients.
what-exactly-hint = היא נקבה בשני דברים שאפשר לבדוק: הצד השמאלי, והצבע לעומת התמונה שלה. הציעו לבדוק אותם יחד איתה, הרחק מהלקוחות הממתינים.

# en: Thank you, that's clear: the left side, and the colour against your photo. Let's check both with Dóra at the mirror by the window, away from the desk. If anything isn't right, we'll correct it free.
what-exactly-reply-1 = תודה, עכשיו זה ברור: הצד השמאלי, והצבע לעומת התמונה שלך. בואי נבדוק את שניהם עם Dóra מול המראה שליד החלון, רחוק מהדלפק. אם משהו לא בסדר, נתקן את זה בחינם.

# en: You repeated her two points, offered to check them together and promised a free correction if she is right. Moving to the window takes away her audience without accusing her of anything.
what-exactly-reply-1-feedback = חזרתם על שתי הנקודות שלה, הצעתם לבדוק אותן יחד והבטחתם תיקון בחינם אם היא צודקת. המעבר לחלון מרחיק אותה מהקהל בלי להאשים אותה בשום דבר.

# en: Honestly, it looks even to me from here, and the colour really suits you. I think it's just that it's new to you.
what-exactly-reply-2 = בכנות, מכאן זה נראה לי שווה בשני הצדדים, והצבע ממש מחמיא לך. נראה לי שזה פשוט עוד חדש לך.

# en: Meant kindly, but you judged her hair from behind the desk and told her she is wrong, in front of everyone. Now she has to prove her point louder.
what-exactly-reply-2-feedback = בכוונה טובה, אבל שפטתם את השיער שלה מאחורי הדלפק ואמרתם לה שהיא טועה, מול כולם. עכשיו היא צריכה להוכיח את צדקתה בקול רם יותר.

# en: I only look after the bookings, I'm afraid. You'd need to take that up with Dóra once she's finished her next client.
what-exactly-reply-3 = אצלי זה רק התורים, לצערי. על זה תצטרכי לדבר עם Dóra, כשהיא תסיים עם הלקוחה הבאה שלה.

# en: 'I only do the bookings' leaves her at the desk with nobody responsible while Dóra is busy for an hour. To her you are the salon right now: take her to someone who can check, don't send her off to wait.
what-exactly-reply-3-feedback = "אצלי זה רק התורים" משאיר אותה ליד הדלפק בלי אף אחד שאחראי, בזמן ש־Dóra עסוקה עוד שעה. בעיניה אתם כרגע הסלון: קחו אותה למישהו שיכול לבדוק, אל תשלחו אותה לחכות.

# en: Oh, so I'm a liar now? Did you all hear that? They ruin your hair and then tell you you're imagining it!
public-row-says-1 = אה, אז עכשיו אני שקרנית? שמעתם את זה? הורסים לך את השיער ואחר כך אומרים לך שאת מדמיינת!

# en: I'm not calling you a liar, and I'm sorry it came across that way. You're upset, and I want to check it properly. Would you come over to the window mirror with me and Dóra?
public-row-reply-1 = לא התכוונתי לומר שאת משקרת, וצר לי שזה נשמע ככה. את נסערת, ואני רוצה לבדוק את זה כמו שצריך. תבואי איתי ועם Dóra למראה שליד החלון?

# en: She raised her voice for the waiting area; you kept yours low and took back what stung without giving up the facts. The window gives her a way out that does not look like losing.
public-row-reply-1-feedback = היא הרימה את הקול בשביל אזור ההמתנה; אתם שמרתם על קול נמוך ולקחתם בחזרה את מה שעקץ, בלי לוותר על העובדות. החלון נותן לה דרך לצאת מזה שלא נראית כמו הפסד.

# en: Madam, please, there's no need to make a scene in front of all our other clients.
public-row-reply-2 = גברתי, בבקשה, אין צורך לעשות סצנה מול כל הלקוחות האחרים שלנו.

# en: 'No need to make a scene' is 'calm down' in other words. It makes her behaviour the topic, and with four people watching she will not back down.
public-row-reply-2-feedback = "אין צורך לעשות סצנה" זה "תירגעי" במילים אחרות. זה הופך את ההתנהגות שלה לנושא, וכשארבעה אנשים צופים, היא לא תיסוג.

# en: All right, all right. Forget about the bill, just please keep your voice down.
public-row-reply-3 = טוב, טוב. תשכחי מהחשבון, רק בבקשה תדברי בשקט.

# en: It buys a moment of quiet, but the whole waiting area has just learned that volume gets a free haircut. Nothing has been checked, and Dóra's work has been written off.
public-row-reply-3-feedback = זה קונה רגע של שקט, אבל כל אזור ההמתנה למד עכשיו שצעקות שוות תספורת חינם. שום דבר לא נבדק, והעבודה של Dóra נמחקה.

# en: Well. At least somebody here admits it. I'll have to get it fixed somewhere decent before the wedding, so I want a voucher for that as well.
pushes-for-more-says-1 = נו. לפחות מישהו פה מודה. אני אצטרך לתקן את זה במקום נורמלי לפני החתונה, אז אני רוצה גם שובר בשביל זה.

# en: I spoke too quickly, and I'm sorry. Before we talk about money, let's look at it properly with Dóra by the window. If something's wrong, we fix it free; if not, the bill stands.
pushes-for-more-reply-1 = מיהרתי מדי, וצר לי. לפני שנדבר על כסף, בואי נסתכל על זה כמו שצריך עם Dóra ליד החלון. אם משהו לא בסדר, נתקן בחינם; אם לא, החשבון בתוקף.

# en: Taking back a promise is uncomfortable and she won't like it, but you swapped a giveaway for a fair check. Being honest now costs far less than a voucher for a haircut nobody has even looked at.
pushes-for-more-reply-1-feedback = לחזור מהבטחה זה לא נעים, והיא לא תאהב את זה, אבל החלפתם מתנה בבדיקה הוגנת. כנות עכשיו עולה הרבה פחות משובר על תספורת שאף אחד אפילו לא הסתכל עליה.

# en: All right, I'll write you a voucher as well. Just please, let's keep this between us.
pushes-for-more-reply-2 = טוב, אני אכתוב לך גם שובר. רק בבקשה, שזה יישאר בינינו.

# en: Each concession has brought a bigger demand, and you granted this one too. 'Keep it between us' won't hold: four waiting clients heard every word.
pushes-for-more-reply-2-feedback = כל ויתור הביא דרישה גדולה יותר, וגם את זו נתתם לה. "שיישאר בינינו" לא יחזיק: ארבעה לקוחות ממתינים שמעו כל מילה.

# en: A voucher? You're already getting a free haircut. Don't push your luck.
pushes-for-more-reply-3 = שובר? את כבר מקבלת תספורת בחינם. אל תמתחי את החבל.

# en: Your irritation is understandable, but it shows. You gave her the freebie and now you are scolding her for taking it, so she keeps the free cut and gains a grievance.
pushes-for-more-reply-3-feedback = הרוגז שלכם מובן, אבל הוא ניכר. נתתם לה את המתנה, ועכשיו אתם נוזפים בה על שלקחה אותה, כך שהיא נשארת עם התספורת החינמית ומקבלת גם סיבה להיעלב.

# en: Fine, she says the length is what we agreed and the sides are even. Maybe. But the colour is still orange. That is not what I showed her.
aside-says-1 = טוב, היא אומרת שהאורך הוא מה שסיכמנו ושהצדדים שווים. אולי. אבל הצבע עדיין כתום. זה לא מה שהראיתי לה.

# en: All right, maybe the length is what I asked for. But look at the colour! That's not the copper in my photo.
aside-says-2 = טוב, אולי האורך הוא מה שביקשתי. אבל תסתכלו על הצבע! זו לא הנחושת שבתמונה שלי.

# en: Let's hold your photo next to it here in the daylight, away from the salon lights. Take your time, and tell me honestly what you see.
aside-reply-1 = בואי נחזיק את התמונה שלך ליד השיער, כאן באור היום, רחוק מהתאורה של הסלון. קחי את הזמן, ותגידי לי בכנות מה את רואה.

# en: You took her complaint about the colour seriously, checked it against her own photo and let her be the judge. The facts get checked, and nobody has to tell her she is wrong.
aside-reply-1-feedback = התייחסתם ברצינות לתלונה שלה על הצבע, בדקתם אותו מול התמונה שהיא עצמה הביאה ונתתם לה להיות השופטת. העובדות נבדקות, ואף אחד לא צריך להגיד לה שהיא טועה.

# en: Dóra has been doing colour for fifteen years. If she says it's copper, then it's copper.
aside-reply-2 = Dóra עושה צבע כבר חמש עשרה שנה. אם היא אומרת שזו נחושת, אז זו נחושת.

# en: Standing up for Dóra is natural, but pulling rank ends the check before it starts. She named the colour as her problem: show her, don't overrule her.
aside-reply-2-feedback = טבעי לעמוד לצד Dóra, אבל לנפנף בוותק סוגר את הבדיקה עוד לפני שהתחילה. היא אמרה שהבעיה שלה היא הצבע: הראו לה, אל תכריעו במקומה.

# en: If you're not happy with the colour, let's take it off the bill and you just pay for the cut.
aside-reply-3 = אם הצבע לא מוצא חן בעינייך, בואי נוריד אותו מהחשבון, ותשלמי רק על התספורת.

# en: Generous, and it ends the argument, but you priced the colour as a mistake before anyone compared it with her photo. Dóra's work has just been declared faulty in front of her.
aside-reply-3-feedback = נדיב, וזה מסיים את הוויכוח, אבל תמחרתם את הצבע כטעות לפני שמישהו השווה אותו לתמונה שלה. העבודה של Dóra הוכרזה הרגע כפגומה, מול העיניים שלה.

# en: All right, in daylight it's... close to the photo. But I don't like it on me. I'm not paying for two and a half hours of something I don't like.
not-liking-it-says-1 = טוב, באור יום זה... קרוב לתמונה. אבל זה לא מתאים לי. אני לא משלמת על שעתיים וחצי של משהו שאני לא אוהבת.

# en: The facts are settled: the work is what she asked for. Be kind about her feeling, firm about the bill, and say what you can offer instead.
not-liking-it-hint = העובדות ברורות: העבודה היא מה שהיא ביקשה. היו אדיבים כלפי התחושה שלה, תקיפים לגבי החשבון, ואמרו מה אתם יכולים להציע במקום.

# en: I'm sorry it doesn't feel like you yet; a big colour change often takes a few days to get used to. The work was done as agreed, so the bill stands. If you'd like it softer, Dóra will tone it free within two weeks.
not-liking-it-reply-1 = צר לי שזה עוד לא מרגיש כמוך; לשינוי צבע גדול לוקח לפעמים כמה ימים להתרגל. העבודה נעשתה כמו שסוכם, אז החשבון בתוקף. אם תרצי גוון רך יותר, Dóra תעשה לך טונר בחינם בתוך שבועיים.

# en: You named her feeling, stated the fact once and calmly, and offered something real instead of a free haircut. Kind about her, firm about the bill: a limit she can accept without losing face.
not-liking-it-reply-1-feedback = נתתם שם לתחושה שלה, אמרתם את העובדה פעם אחת וברוגע, והצעתם משהו אמיתי במקום תספורת חינם. אדיבים כלפיה, תקיפים לגבי החשבון: גבול שהיא יכולה לקבל בלי לאבד את כבודה.

# en: I understand. Let's say half price, then, and we'll call it even.
not-liking-it-reply-2 = הבנתי. אז בואי נגיד חצי מחיר, וסגרנו.

# en: Meeting halfway sounds fair, but the work was done as she asked: you would be paying her for being upset. Offer a free adjustment, not money off.
not-liking-it-reply-2-feedback = להתפשר באמצע נשמע הוגן, אבל העבודה נעשתה כמו שהיא ביקשה: בעצם הייתם משלמים לה על זה שהיא כועסת. הציעו תיקון בחינם, לא הנחה.

# en: I'm sorry, but whether you like it isn't really the point. The work was done as agreed, so it has to be paid.
not-liking-it-reply-3 = צר לי, אבל אם זה מוצא חן בעינייך או לא, זה לא באמת העניין. העבודה נעשתה כמו שסוכם, אז צריך לשלם עליה.

# en: Right on the facts, and you held the limit, but you brushed her feeling aside. She is going to her sister's wedding with hair she says she doesn't like: show you see that, then hold the line.
not-liking-it-reply-3-feedback = צודקים לגבי העובדות, ושמרתם על הגבול, אבל הדפתם הצידה את התחושה שלה. היא הולכת לחתונה של אחותה עם שיער שהיא אומרת שהיא לא אוהבת: הראו שאתם רואים את זה, ואז עמדו על שלכם.

# en: Fine. Then I'll write on every review site that you ruin people's hair and still make them pay. Let's see how full your chairs are next month.
review-threat-says-1 = יופי. אז אני אכתוב בכל אתר ביקורות שאתם הורסים לאנשים את השיער ועוד גורמים להם לשלם. נראה כמה כיסאות יהיו לכם מלאים בחודש הבא.

# en: Right. Then everyone online is going to hear how this salon ruins your hair and charges you for it. See how busy you are then.
review-threat-says-2 = בסדר. אז כל האינטרנט ישמע איך הסלון הזה הורס לך את השיער ועוד מחייב אותך על זה. נראה כמה עבודה תהיה לכם אז.

# en: That's your right, and I'd be sorry to read it. What I can offer stays fair: the bill today, and a free toning with Dóra within two weeks if the colour still feels too bright. Shall I book it?
review-threat-reply-1 = זו זכותך, ויהיה לי צר לקרוא את זה. ההצעה שלי נשארת הוגנת: החשבון היום, וטונר בחינם אצל Dóra בתוך שבועיים אם הצבע עדיין ירגיש לך בוהק מדי. לקבוע לך תור?

# en: You didn't plead and you didn't hit back. Putting a fair offer on the table, calmly, shows that the threat doesn't change the facts, and leaves her a dignified way to accept.
review-threat-reply-1-feedback = לא התחננתם ולא החזרתם מכה. הנחתם על השולחן הצעה הוגנת, ברוגע, וכך הראיתם שהאיום לא משנה את העובדות, והשארתם לה דרך מכובדת להסכים.

# en: Please don't do that. Look, let's just forget about the bill this once, all right?
review-threat-reply-2 = בבקשה אל תעשי את זה. תשמעי, בואי פשוט נשכח מהחשבון הפעם, בסדר?

# en: The threat worked. A bad review is a real worry, but buying it off teaches her, and everyone in the waiting area, that threatening is how you get a free cut here.
review-threat-reply-2-feedback = האיום עבד. ביקורת רעה היא דאגה אמיתית, אבל לקנות אותה מלמד אותה, ואת כל מי שיושב באזור ההמתנה, שכאן מקבלים תספורת חינם באמצעות איומים.

# en: Go ahead. Half the salon heard you say 'lovely' at the mirror, and we have cameras.
review-threat-reply-3 = בבקשה, תכתבי. חצי סלון שמע אותך אומרת "מקסים" מול המראה, ויש לנו מצלמות.

# en: You answered a threat with a threat, within earshot of the waiting clients. Even if you would win the argument, she now has to fight on to save face.
review-threat-reply-3-feedback = עניתם לאיום באיום, כשהלקוחות הממתינים שומעים הכול. גם אם הייתם מנצחים בוויכוח, עכשיו היא חייבת להמשיך להילחם כדי לא לאבד את כבודה.

# en: I'm done here. I'm walking out of that door and I'm not paying. Send me a bill if you dare.
at-the-door-says-1 = נמאס לי. אני יוצאת מהדלת הזאת ולא משלמת. תשלחו לי חשבון אם אתם מעזים.

# en: Don't block her and don't give up. One calm, final offer, and a way for her to stay without losing face.
at-the-door-hint = אל תחסמו אותה ואל תוותרו. הצעה אחרונה אחת, רגועה, ודרך בשבילה להישאר בלי לאבד את כבודה.

# en: Ms Szalai, please don't leave it like this. I won't argue with you. The bill stands, but I can offer a free toning with Dóra. Or, if you'd rather, I'll ask the owner to look at it with you now.
at-the-door-reply-1 = גברת Szalai, בבקשה אל תעזבי ככה. אני לא אתווכח איתך. החשבון בתוקף, אבל אפשר לעשות לך טונר בחינם אצל Dóra. או, אם את מעדיפה, אבקש מהבעלים לבדוק את זה איתך עכשיו.

# en: Calm, no threat and no giveaway: you repeated the fair offer and gave her a choice that lets her stay without losing face. Fetching the owner is an option here, not a surrender.
at-the-door-reply-1-feedback = רגוע, בלי איום ובלי מתנה: חזרתם על ההצעה ההוגנת ונתתם לה בחירה שמאפשרת לה להישאר בלי לאבד את כבודה. לקרוא לבעלים זו כאן אפשרות, לא כניעה.

# en: All right. If you won't pay, I can't really stop you.
at-the-door-reply-2 = טוב. אם את לא מוכנה לשלם, אין לי באמת איך לעצור אותך.

# en: Not arguing was right, but giving up left her nothing to answer. One calm offer, the free toning or the owner, might still have kept her at the desk.
at-the-door-reply-2-feedback = נכון היה לא להתווכח, אבל הוויתור לא השאיר לה על מה לענות. הצעה רגועה אחת, טונר בחינם או הבעלים, אולי עוד הייתה משאירה אותה ליד הדלפק.

# en: You are not leaving without paying. Stay right there, I'm calling security.
at-the-door-reply-3 = את לא יוצאת מפה בלי לשלם. תישארי בדיוק איפה שאת, אני אקרא לאבטחה.

# en: Orders and security in front of a full waiting area turn a billing dispute into a scene. Whatever she does next, she now has an audience and a story to tell.
at-the-door-reply-3-feedback = פקודות ואבטחה מול אזור המתנה מלא הופכים ויכוח על חשבון לסצנה. מה שהיא לא תעשה עכשיו, יש לה קהל וסיפור לספר.

# en: I'm not discussing this with the front desk any more. Get me the owner. Now.
owner-demand-says-1 = אני לא מדברת על זה יותר עם הקבלה. תביאו לי את הבעלים. עכשיו.

# en: Of course. I'll fetch Gábor and tell him what you've told me about the length and the colour, so you don't have to explain it all again.
owner-demand-reply-1 = כמובן. אני אקרא ל־Gábor ואספר לו מה שסיפרת לי על האורך ועל הצבע, כדי שלא תצטרכי להסביר הכול מחדש.

# en: You respected her request and will brief the owner yourself, so she won't have to repeat her story. Solid, but the fair offer you could have made is now his to make.
owner-demand-reply-1-feedback = כיבדתם את הבקשה שלה, ואתם תתדרכו את הבעלים בעצמכם, כך שהיא לא תצטרך לחזור על הסיפור שלה. סולידי, אבל את ההצעה ההוגנת שיכולתם להציע בעצמכם יציע עכשיו הוא.

# en: I'll get him if you want. First, though: I can book a free toning with Dóra right now, and the bill stays the same. Shall I, or would you rather see Gábor?
owner-demand-reply-2 = אקרא לו אם תרצי. אבל קודם: אפשר לקבוע לך עכשיו טונר בחינם אצל Dóra, והחשבון נשאר כמו שהוא. לקבוע, או שאת מעדיפה לדבר עם Gábor?

# en: You didn't refuse her, and you put one concrete offer on the table first. People often ask for the owner because they've stopped expecting anything from you; this gives her something to say yes to.
owner-demand-reply-2-feedback = לא סירבתם לה, וקודם הנחתם על השולחן הצעה קונקרטית אחת. לקוחות מבקשים את הבעלים פעמים רבות כי הפסיקו לצפות למשהו מכם; כך יש לה משהו להגיד לו כן.

# en: Gábor is with a client at the moment. And honestly, he'd only tell you the same thing.
owner-demand-reply-3 = Gábor עם לקוחה כרגע. ובכנות, הוא רק יגיד לך את אותו הדבר.

# en: Refusing her and calling it pointless leaves her one move: out of the door. She asked for someone with authority, and blocking that convinces her she is being brushed off.
owner-demand-reply-3-feedback = לסרב לה ולהגיד שאין בזה טעם משאיר לה צעד אחד: החוצה מהדלת. היא ביקשה מישהו עם סמכות, והחסימה משכנעת אותה שמנסים להיפטר ממנה.

# en: All right, all right. But you could at least knock ten percent off. For the stress.
last-bargain-says-1 = טוב, טוב. אבל לפחות תורידו עשרה אחוז. על עוגמת הנפש.

# en: I'm sorry this afternoon has been stressful, truly. The price stays as it is, but the toning with Dóra is on us, and I'll book it at a time that suits you.
last-bargain-reply-1 = באמת צר לי שאחר הצהריים הזה היה כל כך מלחיץ. המחיר נשאר כמו שהוא, אבל הטונר אצל Dóra עלינו, ואקבע אותו בשעה שנוחה לך.

# en: You took the stress seriously and still said no to the discount, kindly and only once. The free toning you already offered stays the remedy, so the limit doesn't feel like a slap.
last-bargain-reply-1-feedback = התייחסתם ברצינות ללחץ שלה ובכל זאת סירבתם להנחה, באדיבות ורק פעם אחת. הטונר בחינם שכבר הצעתם נשאר הפתרון, כך שהגבול לא מרגיש כמו סטירה.

# en: Oh, go on then, ten percent. Just don't tell anyone I did it.
last-bargain-reply-2 = אוי, נו, טוב, עשרה אחוז. רק אל תספרי לאף אחד שעשיתי את זה.

# en: Small and friendly, and it feels harmless, but it teaches the same lesson as a free cut on a smaller scale: pushing pays. The toning you had already offered was the fair remedy.
last-bargain-reply-2-feedback = קטן וידידותי, ונראה תמים, אבל זה מלמד בקטן את אותו שיעור כמו תספורת חינם: לחץ משתלם. הטונר שכבר הצעתם היה הפתרון ההוגן.

# en: No. We don't give discounts just because somebody raised their voice.
last-bargain-reply-3 = לא. אנחנו לא נותנים הנחות רק כי מישהו הרים את הקול.

# en: The right limit in the wrong tone: it's a jab at how she behaved, and it reopens the fight just as she was agreeing to pay.
last-bargain-reply-3-feedback = הגבול הנכון בטון הלא נכון: זו עקיצה על ההתנהגות שלה, והיא פותחת מחדש את הריב בדיוק כשהיא הסכימה לשלם.

# en: Fine. I'll pay. But I want the toning with Dóra herself, not some junior, and at a time I can actually make.
booking-detail-says-1 = בסדר. אני אשלם. אבל אני רוצה את הטונר אצל Dóra עצמה, לא אצל איזו מתלמדת, ובשעה שאני באמת יכולה להגיע.

# en: Dóra herself, of course. She has Wednesday at nine, well before your sister's wedding on Saturday. I've written it on your receipt: toning, no charge.
booking-detail-reply-1 = אצל Dóra עצמה, כמובן. יש לה מקום ביום רביעי בתשע, הרבה לפני החתונה של אחותך בשבת. רשמתי לך את זה על הקבלה: טונר, ללא תשלום.

# en: You remembered the wedding she mentioned in her first breath and booked Dóra before it, in writing. A concrete slot she can see tells her the offer was real, not a way to get her to pay.
booking-detail-reply-1-feedback = זכרתם את החתונה שהיא הזכירה כבר במשפט הראשון, וקבעתם לה תור אצל Dóra לפניה, בכתב. מועד מוחשי שהיא יכולה לראות אומר לה שההצעה הייתה אמיתית, ולא תרגיל כדי שתשלם.

# en: Dóra's first free slot is Monday week, I'm afraid. Or I can give you Wednesday with whoever is free.
booking-detail-reply-2 = התור הפנוי הראשון של Dóra הוא רק ביום שני בעוד שבוע, לצערי. או שאפשר לקבוע לך ביום רביעי אצל מי שפנוי.

# en: Accurate, but you forgot the wedding next Saturday: a toning after it is no use to her. She asked for Dóra and was offered 'whoever is free'.
booking-detail-reply-2-feedback = מדויק, אבל שכחתם את החתונה בשבת הבאה: טונר אחריה לא יעזור לה בכלום. היא ביקשה את Dóra וקיבלה הצעה ל"מי שפנוי".

# en: I'll check Dóra's diary with her later and ring you on Monday with a time.
booking-detail-reply-3 = אבדוק אחר כך עם Dóra את היומן שלה, ואתקשר אלייך ביום שני עם שעה.

# en: Friendly but vague: she pays in full and leaves with only the promise of a phone call. The diary is on your screen; book the slot while she is standing there.
booking-detail-reply-3-feedback = ידידותי אבל מעורפל: היא משלמת את מלוא הסכום ויוצאת רק עם הבטחה לשיחת טלפון. היומן מולכם על המסך; קבעו את התור כל עוד היא עומדת מולכם.

# en: Wednesday at nine, then. And... thank you for not making a show of me out there.
paid-warm-says-1 = אז רביעי בתשע. ו... תודה שלא עשיתם ממני הצגה שם מול כולם.

# en: Réka pays the 38,500 forints in full. On Wednesday Dóra softens the copper by a shade, and Réka books her next cut before she leaves. The waiting clients saw a calm desk, not a fight, and Dóra's work was paid for. Kind about the feeling, firm about the bill.
paid-warm-summary = Réka משלמת את מלוא 38,500 הפורינט. ביום רביעי Dóra מרככת את הנחושת בגוון אחד, ו־Réka קובעת את התספורת הבאה שלה עוד לפני שהיא יוצאת. הלקוחות הממתינים ראו דלפק רגוע, לא ריב, והעבודה של Dóra קיבלה את התשלום שלה. אדיבות כלפי התחושה, תקיפות לגבי החשבון.

# en: Fine. Here's my card. Don't expect to see me again.
paid-grudging-says-1 = בסדר. הנה הכרטיס שלי. אל תצפו לראות אותי פה שוב.

# en: The bill is paid and the facts were on your side, but Réka left feeling handled rather than heard. She never comes for the toning, and a sour three-star review mentions 'cold staff'. Holding the limit was right; holding it without warmth cost you the client.
paid-grudging-summary = החשבון שולם והעובדות היו לצדכם, אבל Réka יצאה בתחושה שטיפלו בה, לא ששמעו אותה. היא לא מגיעה לטונר, וביקורת חמוצה של שלושה כוכבים מזכירה "צוות קר". לעמוד על הגבול היה נכון; לעמוד עליו בלי חום עלה לכם בלקוחה.

# en: gave in
gave-in-outcome = נכנעו ללחץ

# en: Well. That's more like it.
gave-in-says-1 = נו. ככה כבר יותר טוב.

# en: Réka walks out with a cut and colour worth 38,500 forints for nothing. Dóra's two and a half hours go unpaid, and two of the waiting clients saw exactly how to get the same deal. That evening Réka posts a photo of her 'gorgeous new copper' online. Nothing was wrong with the work; the only problem you solved was your own discomfort.
gave-in-summary = Réka יוצאת עם תספורת וצבע בשווי 38,500 פורינט בלי לשלם כלום. שעתיים וחצי של העבודה של Dóra לא משולמות, ושניים מהלקוחות הממתינים ראו בדיוק איך משיגים את אותה עסקה. באותו ערב Réka מעלה לרשת תמונה של "הנחושת החדשה והמהממת" שלה. לא היה שום פגם בעבודה; הבעיה היחידה שפתרתם הייתה אי הנוחות שלכם.

# en: Fine. At least that's something.
discount-for-nothing-says-1 = בסדר. לפחות זה משהו.

# en: Réka pays less than the price for work she approved in the mirror. Dóra feels her work was judged faulty in front of her colleagues, and Réka has learned that a loud complaint at this desk is worth money off. The argument ended, but the fault you paid for never existed.
discount-for-nothing-summary = Réka משלמת פחות מהמחיר על עבודה שהיא אישרה מול המראה. Dóra מרגישה שהעבודה שלה נשפטה כפגומה מול הקולגות שלה, ו־Réka למדה שתלונה רועשת ליד הדלפק הזה שווה הנחה. הוויכוח נגמר, אבל הפגם ששילמתם עליו מעולם לא היה קיים.

# en: Don't hold your breath for the money.
walked-out-says-1 = ועל הכסף אתם יכולים לשכוח.

# en: Réka walks out without paying, telling the waiting area that this salon 'ruins hair'. The 38,500 forints are lost, a one-star review appears that night, and four clients watched the desk run out of answers. A calm, repeated offer or the owner might still have kept her.
walked-out-summary = Réka יוצאת בלי לשלם ומודיעה לכל אזור ההמתנה שהסלון הזה "הורס שיער". 38,500 הפורינט אבודים, ביקורת של כוכב אחד עולה באותו לילה, וארבעה לקוחות ראו איך לדלפק נגמרות התשובות. הצעה רגועה וחוזרת, או הבעלים, אולי עוד היו משאירים אותה.

# en: Security? For me? Go on then, everyone's watching.
door-scene-says-1 = אבטחה? בשבילי? קדימה, כולם מסתכלים.

# en: Gábor hears the raised voices and comes out of the back room. He calms things down and Réka pays in the end, but two waiting clients cancel their next appointments, and the story of 'the salon that called security on a customer' is online by evening. A quiet word at the window would have cost nothing.
door-scene-summary = Gábor שומע את הקולות המורמים ויוצא מהחדר האחורי. הוא מרגיע את הרוחות ו־Réka משלמת בסוף, אבל שני לקוחות ממתינים מבטלים את התורים הבאים שלהם, ועד הערב הסיפור על "הסלון שהזמין אבטחה ללקוחה" כבר ברשת. מילה שקטה ליד החלון לא הייתה עולה כלום.

# en: Finally. Somebody in charge.
owner-steps-in-says-1 = סוף סוף. מישהו שאחראי פה.

# en: Gábor leaves his client, looks at the cut with Réka by the window and offers what was fair all along: full price, and a free toning with Dóra. She pays. It ends fairly, but the owner had to step away from a paying client to make an offer that was in your hands.
owner-steps-in-summary = Gábor עוזב את הלקוח שלו, בודק את התספורת עם Réka ליד החלון ומציע את מה שהיה הוגן מלכתחילה: מחיר מלא, וטונר בחינם אצל Dóra. היא משלמת. זה נגמר בהגינות, אבל הבעלים נאלץ לעזוב לקוח משלם כדי להציע הצעה שהייתה בידיים שלכם.

