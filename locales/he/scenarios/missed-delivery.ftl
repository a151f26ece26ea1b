### Defuse scenario `missed-delivery` (The washing machine that never came) in he, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: The washing machine that never came
title = מכונת הכביסה שלא הגיעה

# en: You answer the phone line of an online appliance shop. The caller ordered a washing machine with two-day delivery. The delivery has been missed twice, and she has called before.
brief = המשמרת שלך היום במוקד הטלפוני של חנות מקוונת למוצרי חשמל. הלקוחה על הקו הזמינה מכונת כביסה עם משלוח תוך יומיים. המשלוח לא הגיע כבר פעמיים, והיא כבר התקשרה בעבר.

# en: Eszter Kovács
customer-name = אסתר קובאץ'

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

# en: She has three grievances: two missed dates, a lost day off, and being passed on. Meet the feeling before you ask her for anything.
opening-hint = יש לה שלוש טענות: שני מועדים שהוחמצו, יום חופש שהלך לפח, וגלגול מנציג לנציג. קודם צריך להתייחס לרגש, ורק אחר כך לבקש ממנה משהו.

# en: I understand, and I'll look into it straight away. Could you give me your order number so I can pull it up?
opening-reply-1 = הבנתי, ואטפל בזה מיד. אפשר לקבל בבקשה את מספר ההזמנה שלך, כדי שאוכל לפתוח אותה אצלי במערכת?

# en: I see, and I'll check on it right away. Can I have the order number to find it?
opening-reply-1-wording-1 = בסדר, אני מטפל בזה עכשיו. תוכלי לתת לי את מספר ההזמנה, כדי שאמצא אותה במערכת?

# en: I'll look into it now. What's your order number?
opening-reply-1-wording-2 = מה מספר ההזמנה, בבקשה?

# en: ok i understand, i'll get on it right now. can i take the order number to look it up?
opening-reply-1-wording-3 = אוקיי, אני על זה. רק תגידי לי מספר הזמנה ואני שולפת אותה אצלי

# en: Right, I'm on it. If you tell me the order reference, I'll find it in the system.
opening-reply-1-wording-4 = בסדר גמור, אני מתחיל לבדוק. איזה מספר אסמכתא יש על ההזמנה? ככה אאתר אותה אצלנו.

# en: Order number please, and I'll sort it out.
opening-reply-1-wording-5 = מספר הזמנה בבקשה, ואני מסדרת את זה.

# en: Okay Mrs Kovács, let me check this immediately, what's the order reference?
opening-reply-1-wording-6 = גברת קובאץ', אני ניגש לבדוק את זה מיד. אנא מסרי לי את מספר ההזמנה.

# en: Willing and quick, but she has just told you about a wasted day off and being passed on, and your first question is a number. To her it sounds like the start of the last call.
opening-reply-1-feedback = רצון טוב ומהירות, אבל היא בדיוק סיפרה לך על יום חופש שהלך לפח ועל כך שגלגלו אותה, והשאלה הראשונה שלך היא מספר. בעיניה זה נשמע כמו תחילת השיחה הקודמת.

# en: Mrs Kovács, three calls, two broken promises and a day off gone for nothing: that's awful. Tell me what happened on Thursday.
opening-reply-2 = גברת קובאץ', שלוש שיחות, שתי הבטחות שהופרו ויום חופש שהלך לפח: זה נורא. ספרי לי מה קרה ביום חמישי.

# en: Mrs Kovács, you've rung three times, been let down twice, and lost a day off for nothing. That's terrible. What happened on Thursday?
opening-reply-2-wording-1 = גברת קובאץ', זו כבר שיחה שלישית, פעמיים הבטיחו לך ולא קיימו, ובזבזת יום חופש. זה באמת גרוע. מה קרה ביום חמישי?

# en: Three calls and a wasted day off: awful. What happened Thursday?
opening-reply-2-wording-2 = שלוש שיחות ויום חופש לפח, זה נורא. מה היה בחמישי?

# en: Mrs Kovács, that's dreadful, calling three times, two promises broken and your day off wasted. talk me through thursday
opening-reply-2-wording-3 = גברת קובאץ', להתקשר שלוש פעמים, לשמוע הבטחות שלא מתקיימות ולהפסיד יום חופש על זה, זה פשוט מחפיר. ספרי לי איך היה ביום חמישי

# en: Calling three times, being promised twice and losing a day of leave, I'd be fuming too. Walk me through Thursday.
opening-reply-2-wording-4 = להתקשר שלוש פעמים, לקבל פעמיים הבטחה ולאבד יום חופש, גם אני הייתי רותחת. תתארי לי מה היה בחמישי.

# en: That's really bad, three calls and a day off lost. What happened?
opening-reply-2-wording-5 = ממש גרוע, שלוש שיחות ויום חופש שהלך. מה קרה?

# en: Thursday off for nothing after two promises and three phone calls? That's not on. Can you tell me what happened that day?
opening-reply-2-wording-6 = יום חמישי חופש בשביל כלום, אחרי שתי הבטחות ושלוש שיחות? זה לא בסדר. את יכולה לספר לי מה קרה באותו יום?

# en: You met the feeling before the facts: you named what the last two weeks cost her, and only then asked for the details. The first thing she heard from you is that it matters.
opening-reply-2-feedback = התייחסת לרגש לפני העובדות: אמרת בקול מה עלו לה השבועיים האחרונים, ורק אז שאלת על הפרטים. הדבר הראשון שהיא שמעה ממך הוא שזה חשוב.

# en: I'm sorry, but the deliveries themselves are done by our courier partner, so I'll need to check with them what went wrong on Thursday.
opening-reply-3 = צר לי, אבל את המשלוחים עצמם מבצעת חברת השליחויות החיצונית שעובדת איתנו, אז אצטרך לבדוק מולם מה בדיוק השתבש ביום חמישי.

# en: I apologise, but the actual deliveries are handled by the courier company we use, so I'll have to ask them what happened on Thursday.
opening-reply-3-wording-1 = אני מצטערת, אבל מי שמבצעת את המשלוחים בפועל היא חברת שליחויות חיצונית, אז אני צריכה לברר מולם מה קרה ביום חמישי.

# en: Sorry, but the courier does deliveries; I'll have to check with them.
opening-reply-3-wording-2 = סליחה, המשלוח אצל חברת השליחויות, אבדוק איתם.

# en: sorry about that, but it's our courier partner who delivers, so i'll need to find out from them what went wrong thursday
opening-reply-3-wording-3 = סורי, אבל את ההובלה עושה קבלן משנה, לא אנחנו, אז אני אצטרך לפנות אליהם ולשאול מה השתבש בחמישי

# en: Apologies, but a separate delivery company brings the parcels, so I'd have to contact them to find out about Thursday.
opening-reply-3-wording-4 = מתנצלת, אבל את החבילות מביאה חברת משלוחים נפרדת, אז אני צריכה לפנות אליהם ולברר לגבי חמישי.

# en: Sorry, that's the delivery firm's side, I'll need to ask them.
opening-reply-3-wording-5 = סליחה, זה בצד של חברת המשלוחים, אשאל אותם.

# en: sorry mrs kovacs but we dont do the deliveries ourselves, a courier does, so ill have to contact them first
opening-reply-3-wording-6 = סליחה גברת קובאץ אבל אנחנו לא עושים את המשלוחים בעצמנו, זה שליח חיצוני, אז קודם אני צריך ליצור איתם קשר

# en: The 'but' cancels the apology and makes the courier the subject. Last time she heard that someone else would deal with it; this is the same sentence in a kinder voice.
opening-reply-3-feedback = ה"אבל" מבטל את ההתנצלות והופך את השליח לנושא המשפט. בפעם הקודמת היא שמעה שמישהו אחר יטפל בזה; זה אותו משפט, רק בקול נעים יותר.

# en: Mrs Kovács, I can hear you're upset, but if we keep this calm I'll be able to help you much faster.
opening-reply-4 = גברת קובאץ', ברור לי שאת נסערת, אבל אם נדבר ברוגע, אוכל לעזור לך הרבה יותר מהר.

# en: Mrs Kovács, I can tell you're upset, but I can sort this out much quicker if we can keep things calm.
opening-reply-4-wording-1 = גברת קובאץ', אני מבין שאת כועסת, אבל אם נדבר בנחת, אני אוכל לטפל בזה הרבה יותר מהר.

# en: Let's stay calm and I'll help faster.
opening-reply-4-wording-2 = תירגעי רגע, ככה אעזור לך מהר יותר.

# en: i know you're upset Mrs Kovács but if we can stay calm i can sort it a lot quicker
opening-reply-4-wording-3 = גברת קובאץ', אני שומעת שאת עצבנית, אבל בואי נוריד את הטון ואז נתקדם יותר מהר

# en: Please don't shout at me, Mrs Kovács, I'm trying to help you and it'll go quicker if you lower your voice.
opening-reply-4-wording-4 = גברת קובאץ', בבקשה אל תצעקי עליי, אני מנסה לעזור לך, וזה ילך מהר יותר אם תנמיכי את הקול.

# en: Please calm down so I can help you.
opening-reply-4-wording-5 = בבקשה תירגעי, ואז אוכל לעזור לך.

# en: There's no need to raise your voice, madam. A calm conversation gets this fixed faster.
opening-reply-4-wording-6 = גברתי, אין צורך להרים את הקול. שיחה שקטה תפתור את זה מהר יותר.

# en: However politely it is put, this makes her tone the obstacle. She has been patient through two missed dates; being told to earn your help by calming down is an insult.
opening-reply-4-feedback = גם אם זה נאמר בנימוס, זה הופך את הטון שלה למכשול. היא הייתה סבלנית לאורך שני מועדים שהוחמצו; לשמוע שעליה להירגע כדי לזכות בעזרה זה עלבון.

# en: Write this down, then. Order 4471-208. I waited in from eight till six on Thursday. Nobody came, nobody rang, and now the tracking says 'delivery attempted'!
thursday-says-1 = אז תרשמו. הזמנה 4471-208. ביום חמישי חיכיתי בבית משמונה עד שש. אף אחד לא הגיע, אף אחד לא התקשר, ועכשיו במעקב כתוב "ניסיון מסירה"!

# en: She has given you the whole of Thursday. Give it back to her in a sentence and check that you have it right.
thursday-hint = היא נתנה לך את כל יום חמישי. כדאי להחזיר לה אותו במשפט אחד ולבדוק שהבנת נכון.

# en: Thank you, I've got the order up now. I can see the driver's scanner logged an attempt at 14:12, so he was at least in your street.
thursday-reply-1 = תודה, ההזמנה פתוחה אצלי. אני רואה שהסורק של הנהג רשם ניסיון מסירה ב־14:12, כך שלפחות הוא היה ברחוב שלך.

# en: Thanks, I have your order on screen. The driver's scanner recorded a delivery attempt at 14:12, meaning he was at least on your road.
thursday-reply-1-wording-1 = תודה, פתחתי את ההזמנה. לפי המערכת, המכשיר של הנהג סרק ניסיון מסירה ב־14:12, אז לפחות הוא הגיע לרחוב שלך.

# en: The scanner shows he tried at 14:12, on your street.
thursday-reply-1-wording-2 = במערכת רשום ניסיון מסירה ב־14:12.

# en: thanks, found it. says here the driver scanned an attempt at 2:12pm, so he was in your street at least
thursday-reply-1-wording-3 = אוקיי, יש לי את ההזמנה מולי. רואים פה סריקה של הנהג בשתיים ורבע בערך, אז הוא היה באזור שלך לפחות

# en: Right, your order's on my screen. According to the system the driver tried to deliver at 14:12, so he did get to your street.
thursday-reply-1-wording-4 = טוב, ההזמנה מולי על המסך. לפי הרישום, הנהג ניסה למסור ב־14:12, כך שהוא כן הגיע לרחוב שלך.

# en: The driver's record shows he came at 14:12.
thursday-reply-1-wording-5 = לפי הרישום של הנהג הוא הגיע ב־14:12.

# en: 14:12 is when the driver logged trying to deliver, so he was definitely nearby. I have the order here, thanks.
thursday-reply-1-wording-6 = ב־14:12 הנהג רשם ניסיון מסירה, אז הוא בהחלט היה בסביבה. ההזמנה פה אצלי, תודה.

# en: She told you she was home all day, and you read her the scanner log. However neutral it sounds, it tells her you trust the machine more than her.
thursday-reply-1-feedback = היא אמרה לך שהייתה בבית כל היום, והקראת לה את יומן הסורק. גם אם זה נשמע ניטרלי, המסר הוא שהמכשיר אמין בעיניך יותר ממנה.

# en: That's a whole day of your leave gone, and then being told they tried must sting. I'll find out why that scan was logged.
thursday-reply-2 = זה יום חופש שלם שהלך, ואחר כך עוד לקרוא שהם ניסו, זה בטח מקומם. אברר למה נרשמה הסריקה הזאת.

# en: You lost an entire day of annual leave, and then to be told they attempted it must really hurt. I'll look into why that scan was recorded.
thursday-reply-2-wording-1 = הלך לך יום חופש שלם, ואז עוד לראות שכתוב שניסו, זה בטח מרתיח. אני אבדוק למה הסריקה הזאת נרשמה.

# en: Losing a day off and then that scan must sting. I'll look into it.
thursday-reply-2-wording-2 = בטח מקומם אחרי יום חופש. אבדוק את הסריקה.

# en: so your day off's wasted and then they say they tried, that must really sting. i'll get to the bottom of why that scan's there
thursday-reply-2-wording-3 = לבזבז יום חופש ואז לקרוא שכאילו ניסו להגיע, ברור שזה מעצבן אותך. אני אברר מאיפה הגיע הרישום הזה

# en: Giving up a day's holiday and then reading that they tried to deliver, that must be so annoying. I'm going to find out where that scan came from.
thursday-reply-2-wording-4 = לבזבז יום חופש שלם ואז לגלות שלפי הרישום הם ניסו למסור, זה בטח מתסכל נורא. אני אבדוק איך נרשמה הסריקה הזאת.

# en: That must hurt after losing your day. I'll find out about the scan.
thursday-reply-2-wording-5 = אחרי שהפסדת יום, זה בטח כואב. אבדוק את עניין הסריקה.

# en: Honestly, I'd be gutted to lose a day off and then be told that. I'll investigate that scan entry.
thursday-reply-2-wording-6 = האמת, אני הייתי שבורה אם הייתי מפסידה יום חופש ואז שומעת דבר כזה. אני אבדוק את רישום הסריקה לעומק.

# en: Warm, and you took the false scan on yourself. But you told her how she feels instead of checking what happened; the best reply gave her Thursday back point by point and asked whether it was right.
thursday-reply-2-feedback = חם, ולקחת על עצמך את הסריקה הכוזבת. אבל אמרת לה מה היא מרגישה במקום לבדוק מה קרה; התשובה הטובה ביותר החזירה לה את יום חמישי נקודה אחר נקודה ושאלה אם זה נכון.

# en: So you waited in all day, nobody came or rang, and now the tracking claims they tried. Have I got that right?
thursday-reply-3 = כלומר חיכית בבית כל היום, אף אחד לא הגיע או התקשר, ועכשיו המערכת טוענת שניסו. הבנתי נכון?

# en: So you stayed home the whole day, no one turned up or phoned, and now the tracking says there was an attempt. Is that correct?
thursday-reply-3-wording-1 = אז אם הבנתי, לא יצאת מהבית כל היום, אף שליח לא הופיע ולא טלפן, ועכשיו כתוב במערכת שהיה ניסיון. נכון?

# en: In all day, no visit, no call, yet tracking says attempted. Correct?
thursday-reply-3-wording-2 = חיכית מהבוקר לערב, לא בא אף אחד, ובמערכת כתוב שניסו. נכון?

# en: ok so you were in all day, nobody showed up or called, and the tracking's saying they tried. have i understood that correctly?
thursday-reply-3-wording-3 = רק לוודא שהבנתי, ישבת בבית משמונה עד שש, אף שליח לא דפק ולא צלצל, ועכשיו הם טוענים שהם ניסו למסור. זה המצב?

# en: Let me check I follow: you were at home from morning to evening, no driver, no phone call, and yet the system says they made an attempt?
thursday-reply-3-wording-4 = רגע, שאני אבין: היית בבית מהבוקר עד הערב, שום נהג, שום טלפון, ובכל זאת במערכת כתוב שהיה ניסיון?

# en: You were home all day, no one came, but it says they tried?
thursday-reply-3-wording-5 = היית בבית, לא הגיע אף אחד, ובכל זאת כתוב שניסו?

# en: Just to be clear Mrs Kovács, you stayed in eight till six with no knock and no call, and now it's showing a delivery attempt. Is that it?
thursday-reply-3-wording-6 = רק כדי שיהיה לי ברור, גברת קובאץ': נשארת בבית משמונה עד שש, אף אחד לא נקש בדלת ולא חייג אלייך, ועכשיו מופיע ניסיון מסירה. כך?

# en: You gave her Thursday back in her own terms (in all day, no call, a false 'attempted') and asked if you had it. She can stop proving her story: you have every detail.
thursday-reply-3-feedback = החזרת לה את יום חמישי במילים שלה (כל היום בבית, אף שיחה, "ניסיון" כוזב) ושאלת אם הבנת נכון. היא כבר לא צריכה להוכיח את הסיפור שלה: כל הפרטים אצלך.

# en: I'm sorry about that, what a frustrating day. I'll make a note of it on your order for you.
thursday-reply-4 = צר לי על זה, איזה יום מתסכל. ארשום הערה בהזמנה שלך.

# en: Sorry about that, it sounds like a really frustrating day. I'll add a note to your order.
thursday-reply-4-wording-1 = מצטערת על זה, זה באמת יום מעצבן. אני אוסיף הערה להזמנה שלך.

# en: Sorry, frustrating day. I'll note it on your order.
thursday-reply-4-wording-2 = סליחה, אכתוב הערה בהזמנה.

# en: oh sorry, what an annoying day. i'll pop a note on your order
thursday-reply-4-wording-3 = סורי על כל זה, יום מבאס. אני רושם את זה אצלך בתיק ההזמנה

# en: Apologies, that must have been an irritating day. I'll record it on your account.
thursday-reply-4-wording-4 = מתנצל, זה בטח היה יום מרגיז. אתעד את זה בחשבון שלך.

# en: Sorry about that, I'll note it down.
thursday-reply-4-wording-5 = סליחה על זה, אני ארשום את זה.

# en: I'll write a comment on the order for you. Sorry, that sounds like a really annoying day.
thursday-reply-4-wording-6 = אכתוב לך הערה על ההזמנה. סליחה, נשמע שהיה לך יום מתיש ממש.

# en: Courteous, but 'a note on your order' is what the last person did too. She gave you three precise facts and heard none of them back.
thursday-reply-4-feedback = מנומס, אבל "הערה בהזמנה" זה בדיוק מה שעשה גם הנציג הקודם. היא נתנה לך שלוש עובדות מדויקות ולא שמעה אף אחת מהן בחזרה.

# en: The courier? I didn't order from the courier, I ordered from YOU! Everyone keeps passing me on to somebody else!
courier-blame-says-1 = חברת השליחויות? אני לא הזמנתי מחברת השליחויות, אני הזמנתי מכם! כל אחד פה רק מעביר אותי הלאה למישהו אחר!

# en: I know it's frustrating, and I'd like to tell you more, but honestly, I can't see what the courier does on their side.
courier-blame-reply-1 = ברור לי שזה מתסכל, וחבל שאין לי יותר לספר, אבל באמת, אין לי אפשרות לראות מה קורה אצל חברת השליחויות.

# en: I understand it's frustrating, and I wish I could tell you more, but really, I've no visibility of what the courier does at their end.
courier-blame-reply-1-wording-1 = אני מבינה כמה זה מתסכל, והלוואי שהיה לי יותר מה להגיד, אבל אין לי גישה למה שקורה אצל חברת השליחויות.

# en: I get it, but I can't see the courier's side.
courier-blame-reply-1-wording-2 = מבין את התסכול, אבל אין לי גישה לשליחויות.

# en: i know it's annoying and i wish i could say more but honestly i've got no view of what the courier's doing
courier-blame-reply-1-wording-3 = ברור שזה מעצבן, ובאמת חבל לי, אבל אני פשוט לא רואה אצלי מה הולך אצל המובילים

# en: I understand why you're annoyed, but I genuinely have no access to the courier's systems, so I can't tell you much.
courier-blame-reply-1-wording-4 = אני מבין למה זה מרגיז אותך, אבל למערכות של המוביל אני פשוט לא מחובר, כך שאני לא יכול למסור לך הרבה מידע.

# en: Sorry, I don't have access to the courier's information.
courier-blame-reply-1-wording-5 = סליחה, אין לי גישה למידע של השליח.

# en: honestly the courier's end is a black box to me, i wish i could tell you more, i know it's frustrating
courier-blame-reply-1-wording-6 = בכנות, מה שקורה אצל השליח זה קופסה שחורה מבחינתי, הלוואי שיכולתי להגיד לך יותר, אני יודעת שזה מתסכל

# en: Naming her frustration was right, but 'I can't see their side' leaves her where the last call did: with nobody responsible. Sympathy without ownership is a polite dead end.
courier-blame-reply-1-feedback = טוב שקראת לתסכול שלה בשם, אבל "אין לי אפשרות לראות" משאיר אותה איפה שהשיחה הקודמת השאירה אותה: בלי אף אחד שאחראי. אהדה בלי אחריות היא מבוי סתום מנומס.

# en: You're right: you ordered from us, so it's mine to sort out, not the courier's. I won't pass you on. What happened Thursday?
courier-blame-reply-2 = את צודקת: הזמנת מאיתנו, אז הטיפול עליי, לא על השליח. לא אעביר אותך הלאה. מה קרה ביום חמישי?

# en: You're quite right: you bought from us, so it's my job to fix it, not the courier's. I'm not handing you over to anyone. Tell me about Thursday?
courier-blame-reply-2-wording-1 = צודקת, קנית אצלנו, אז זה באחריות שלי ולא של השליח. אני לא מעבירה אותך לאף אחד. ספרי לי מה היה בחמישי.

# en: You're right, it's mine to fix. No passing you on. Tell me about Thursday?
courier-blame-reply-2-wording-2 = צודקת, זה עליי, ולא אעביר אותך לאף אחד. מה היה בחמישי?

# en: you're right, you bought it from us so it's on me to sort, not them. i'm not going to pass you to anyone. what happened on thursday?
courier-blame-reply-2-wording-3 = את צודקת לגמרי, הקנייה הייתה מאיתנו, אז אני זה שמטפל, לא המובילים. את נשארת איתי עד הסוף. מה קרה בחמישי?

# en: Fair point, your contract is with us, so this is my responsibility and I'll stay with it. Tell me what happened on Thursday.
courier-blame-reply-2-wording-4 = נקודה צודקת, ההסכם שלך הוא מולנו, אז אני לוקחת את זה על עצמי ולא משחררת. תספרי לי מה קרה ביום חמישי.

# en: You're right, it's my problem to fix. What happened on Thursday?
courier-blame-reply-2-wording-5 = את צודקת, זה עליי לפתור. מה קרה בחמישי?

# en: No more being handed around, Mrs Kovács, you bought from us so I own this. Can you walk me through Thursday?
courier-blame-reply-2-wording-6 = לא עוד העברות מאחד לשני, גברת קובאץ'. קנית מאיתנו, אז זה שלי. תוכלי לתאר לי את יום חמישי?

# en: You took her point without a 'but' and made the case yours. 'I won't pass you on' answers the very thing that hurt most, and your question gets her story told once, to you.
courier-blame-reply-2-feedback = קיבלת את הטענה שלה בלי "אבל" ולקחת את הטיפול על עצמך. "לא אעביר אותך הלאה" עונה בדיוק על מה שהכי פגע בה, והשאלה שלך גורמת לכך שהיא תספר את הסיפור פעם אחת, לך.

# en: I'm not passing you on, Mrs Kovács. I'm explaining how deliveries work, so you understand why I have to ask the courier first.
courier-blame-reply-3 = אף אחד לא מעביר אותך הלאה, גברת קובאץ'. רק הסברתי איך עובדים המשלוחים, כדי שתביני למה קודם צריך לשאול את השליח.

# en: I'm not handing you off, Mrs Kovács. I'm just explaining the delivery process, so you can see why I need to check with the courier first.
courier-blame-reply-3-wording-1 = אף אחד לא מגלגל אותך, גברת קובאץ'. רק הסברתי לך את תהליך המשלוח, כדי שיהיה ברור למה צריך קודם לברר מול השליח.

# en: I'm not fobbing you off; I'm explaining why I must ask the courier.
courier-blame-reply-3-wording-2 = לא מעבירים אותך, רק הסברתי למה צריך לשאול את השליח.

# en: i'm not handing you off, i'm just explaining how the deliveries work so it makes sense why i have to check with the courier first
courier-blame-reply-3-wording-3 = רגע, זה לא נכון שמעבירים אותך מאחד לשני. פירטתי לך איך ההובלה עובדת, שתביני למה הצעד הראשון הוא לבדוק עם המוביל

# en: That's not what I'm doing, Mrs Kovács. I'm telling you how the delivery process works so it's clear why the courier has to be contacted first.
courier-blame-reply-3-wording-4 = זה לא מה שאני עושה, גברת קובאץ'. אני מסבירה לך איך תהליך המשלוח עובד, כדי שיהיה ברור למה קודם פונים לשליח.

# en: I'm not passing you on, I'm just explaining the process.
courier-blame-reply-3-wording-5 = אני לא מעבירה אותך, רק מסבירה את התהליך.

# en: Look, nobody's passing you anywhere, I'm just telling you how it works: the courier has to be checked with first.
courier-blame-reply-3-wording-6 = תראי, אף אחד לא שולח אותך לשום מקום, אני רק אומר לך איך זה עובד: קודם צריך לבדוק מול השליח.

# en: She says she is being passed around, and you correct her. Even meant kindly, arguing about the words tells her that being right matters more to you than her machine.
courier-blame-reply-3-feedback = היא אומרת שמגלגלים אותה, ותיקנת אותה. גם אם התכוונת לטובה, ויכוח על מילים אומר לה שלהיות בצד הצודק חשוב לך יותר מהמכונה שלה.

# en: You did order from us, and I'm sorry it's come to this. Let me look into what went wrong with the courier for you.
courier-blame-reply-4 = באמת הזמנת מאיתנו, וצר לי שזה הגיע לזה. תני לי לבדוק מה השתבש מול השליח.

# en: Yes, you bought from us. I'm sorry it's got to this point. I'll find out what the courier got wrong for you.
courier-blame-reply-4-wording-1 = נכון, ההזמנה הייתה אצלנו, ואני מצטער שזה הגיע למצב הזה. אני אבדוק מול השליח מה השתבש.

# en: True, you bought from us; sorry. I'll look into the courier problem.
courier-blame-reply-4-wording-2 = נכון, קנית אצלנו, סליחה שזה הגיע לזה. אבדוק מה השתבש מול השליח.

# en: yes, you placed the order with us, and i'm really sorry it's come to all this. i'll look into where it went wrong for you
courier-blame-reply-4-wording-3 = נכון שקנית אצלנו, ואני מצטערת שזה הגיע עד לכאן. תני לי לבדוק מול חברת ההובלה מה השתבש

# en: Yes, the order was placed with us, and I apologise it's got this far. I'll find out for you what the courier did wrong.
courier-blame-reply-4-wording-4 = כן, ההזמנה בוצעה אצלנו, ואני מתנצלת שזה הגיע עד כאן. אברר בשבילך מה השליח עשה לא בסדר.

# en: Sorry, yes you ordered from us. I'll check the courier problem.
courier-blame-reply-4-wording-5 = סליחה, נכון, הזמנת מאיתנו. אבדוק מה הבעיה עם השליח.

# en: i'm sorry it's got this bad. you bought it from us, so let me dig into what went wrong with the delivery company
courier-blame-reply-4-wording-6 = סורי שזה הגיע למצב כזה גרוע. קנית את זה מאיתנו, אז תני לי לחפור מה השתבש אצל חברת המשלוחים

# en: You accepted her point and apologised without a 'but'. 'Let me look into it' is still vague: the best reply said outright that the case is yours and that she won't be passed on, which is what she fears.
courier-blame-reply-4-feedback = קיבלת את הטענה שלה והתנצלת בלי "אבל". "תני לי לבדוק" עדיין מעורפל: התשובה הטובה ביותר אמרה במפורש שהטיפול אצלך ושלא יעבירו אותה הלאה, וזה בדיוק מה שהיא חוששת ממנו.

# en: Don't you tell me to calm down! I've been calm for two weeks. I want to speak to your manager.
calm-down-reaction-says-1 = תירגעי?! אני רגועה כבר שבועיים! אני רוצה לדבר עם המנהל שלך.

# en: Of course. Please hold the line, and I'll transfer you to my manager straight away.
calm-down-reaction-reply-1 = כמובן. הישארי על הקו בבקשה, ואעביר אותך מיד למנהלת שלי.

# en: Certainly. Please stay on the line and I'll put you through to my manager right away.
calm-down-reaction-reply-1-wording-1 = בוודאי. תישארי על הקו בבקשה, אני מעבירה אותך מיד למנהלת שלי.

# en: Sure, hold on, putting you through to my manager.
calm-down-reaction-reply-1-wording-2 = בטח, אני מעביר אותך למנהלת.

# en: of course, just hold a sec, i'm transferring you to my manager now
calm-down-reaction-reply-1-wording-3 = אין בעיה, רגע אחד על הקו, אני מקשרת אותך עכשיו לאחראית שלי

# en: Yes, no problem. Stay on the line, I'm connecting you to my supervisor now.
calm-down-reaction-reply-1-wording-4 = כן, אין בעיה. תישארי על הקו, אני מחברת אותך עכשיו לממונה שלי.

# en: Okay, transferring you to my manager now.
calm-down-reaction-reply-1-wording-5 = בסדר, מעביר אותך עכשיו למנהלת שלי.

# en: Certainly, madam, one moment please while I put the call through to my manager.
calm-down-reaction-reply-1-wording-6 = בהחלט, גברתי, רגע אחד בבקשה ואני מעבירה את השיחה למנהלת שלי.

# en: Passing her on is the very thing she rang to complain about. Without a word on the story, she will start from the beginning a fourth time.
calm-down-reaction-reply-1-feedback = להעביר אותה הלאה זה בדיוק הדבר שהיא התקשרה להתלונן עליו. בלי מילה על הסיפור, היא תתחיל מההתחלה בפעם הרביעית.

# en: I was only trying to help you, Mrs Kovács. There's really no need to speak to me like that; I'm just doing my job.
calm-down-reaction-reply-2 = רק ניסיתי לעזור לך, גברת קובאץ'. באמת אין צורך לדבר אליי ככה, אני רק עושה את העבודה שלי.

# en: I was only being helpful, Mrs Kovács. There's no need to talk to me that way; I'm only doing my job.
calm-down-reaction-reply-2-wording-1 = גברת קובאץ', רק רציתי לעזור. אין סיבה לדבר אליי בטון הזה, אני פשוט עושה את מה שמוטל עליי.

# en: I'm only doing my job; please don't talk to me that way.
calm-down-reaction-reply-2-wording-2 = אני רק ממלאת את התפקיד שלי, אין צורך בטון הזה.

# en: look i was just trying to help, there's no reason to talk to me that way, i'm only doing my job here
calm-down-reaction-reply-2-wording-3 = רגע, אני מנסה לעזור לך פה, לא צריך לדבר אליי בצורה כזאת, אני סך הכול עובד פה

# en: Please don't be rude to me, Mrs Kovács, I was trying to help and I'm just doing what I'm paid to do.
calm-down-reaction-reply-2-wording-4 = בבקשה אל תהיי גסה אליי, גברת קובאץ', ניסיתי לעזור ואני רק עושה את מה שמשלמים לי לעשות.

# en: Don't shout at me, I'm only doing my job.
calm-down-reaction-reply-2-wording-5 = אל תצעקי עליי, אני רק עושה את העבודה שלי.

# en: Excuse me, but I don't deserve to be spoken to like that. I was helping you.
calm-down-reaction-reply-2-wording-6 = סליחה, אבל לא מגיע לי שידברו אליי ככה. אני עזרתי לך.

# en: Her anger is about two missed deliveries, not about you. Defending yourself turns the call into a quarrel about manners, and her machine drops out of it.
calm-down-reaction-reply-2-feedback = הכעס שלה נוגע לשני משלוחים שלא הגיעו, לא אליך. כשמתגוננים, השיחה הופכת לריב על נימוסים, והמכונה שלה נעלמת ממנה.

# en: You're right, I shouldn't have said that. After two weeks of this, you've every right to be angry. Can I try to fix it?
calm-down-reaction-reply-3 = את צודקת, זה לא היה במקום. אחרי שבועיים כאלה יש לך כל הזכות לכעוס. אפשר לנסות לתקן את זה?

# en: You're right, that was the wrong thing to say. After a fortnight of this, you're entitled to be angry. Will you let me try to sort it out?
calm-down-reaction-reply-3-wording-1 = צודקת, לא הייתי צריכה להגיד את זה. אחרי שבועיים כאלה מגיע לך לכעוס. תני לי לנסות לתקן?

# en: Sorry, that was wrong of me; your anger's fair. Can I fix it?
calm-down-reaction-reply-3-wording-2 = את צודקת, זה היה לא במקום. מותר לך לכעוס.

# en: fair enough, i was wrong to say that. two weeks of this, of course you're angry. can i have a go at sorting it?
calm-down-reaction-reply-3-wording-3 = אוף, צודקת, פליטה מטופשת שלי. אחרי כל מה שעברת בשבועיים האלה ברור שאת כועסת. אפשר לנסות לסדר את זה ביחד?

# en: I'm sorry, telling you to calm down was a mistake. Two weeks of this would make anyone furious. Will you let me sort it out?
calm-down-reaction-reply-3-wording-4 = אני מצטערת, לא הייתי צריכה להגיד לך להירגע, זו טעות. שבועיים כאלה היו מוציאים כל אחד מהכלים. תרשי לי לטפל בזה?

# en: Sorry, I was wrong to say that. Let me try to fix it.
calm-down-reaction-reply-3-wording-5 = סליחה, טעיתי שאמרתי את זה. תני לי לנסות לתקן.

# en: That came out wrong and I apologise, Mrs Kovács. You have every reason to be angry after two weeks. Can I have a chance to put it right?
calm-down-reaction-reply-3-wording-6 = זה יצא לא טוב ואני מתנצל, גברת קובאץ'. יש לך כל סיבה לכעוס אחרי שבועיים. אפשר לקבל הזדמנות לתקן?

# en: You took back your own mistake at once and told her that her anger is fair. That costs nothing and ends the fight; asking to fix it leaves the choice about your manager with her.
calm-down-reaction-reply-3-feedback = חזרת בך מהטעות שלך מיד ואמרת לה שהכעס שלה מוצדק. זה לא עולה כלום ומסיים את הריב; השאלה אם אפשר לתקן משאירה בידיה את ההחלטה לגבי המנהלת.

# en: Of course. I'll brief my manager, Anna Szabó, on everything first so you won't have to repeat it, and stay on until she picks up.
calm-down-reaction-reply-4 = כמובן. קודם אעדכן את המנהלת שלי, אנה סאבו, בכל הפרטים כדי שלא תצטרכי לחזור על הכול, ואשאר על הקו עד שהיא תענה.

# en: Certainly. I'll give Anna Szabó, my manager, the whole story first so you don't have to go over it again, and I'll stay on the line till she answers.
calm-down-reaction-reply-4-wording-1 = בטח. לפני שאני מעבירה, אסביר לאנה סאבו, המנהלת שלי, את כל הפרטים, שלא תצטרכי לספר שוב, ואני לא מנתקת עד שהיא על הקו.

# en: Sure. I'll brief Anna Szabó first and stay on till she answers.
calm-down-reaction-reply-4-wording-2 = בטח, אעדכן את המנהלת בכל הפרטים כדי שלא תצטרכי לחזור, ואשאר איתך על הקו.

# en: of course. i'll explain everything to my manager anna szabó beforehand so you won't need to repeat yourself, and i'll stay on until she's there
calm-down-reaction-reply-4-wording-3 = כמובן, אני קודם מעדכן את אנה, המנהלת, בכל הסיפור, כדי שלא תחזרי על כלום, ואני נשאר בשיחה עד שהיא עונה

# en: Yes, I'll connect you with Anna Szabó, my manager, but first I'll explain the whole situation to her so you needn't tell it again, and I'll be on the line until she answers.
calm-down-reaction-reply-4-wording-4 = כן, אחבר אותך לאנה סאבו, המנהלת שלי, אבל קודם אסביר לה את כל המצב כדי שלא תצטרכי לספר שוב, ואהיה על הקו עד שהיא עונה.

# en: I'll explain it all to Anna Szabó first, then stay with you.
calm-down-reaction-reply-4-wording-5 = קודם אסביר הכול לאנה סאבו, ואשאר איתך.

# en: Anna Szabó is my manager; I'll fill her in before she joins so you don't have to start from scratch, and I won't hang up until she's on.
calm-down-reaction-reply-4-wording-6 = אנה סאבו היא המנהלת שלי; אתדרך אותה לפני שהיא מצטרפת, שלא תצטרכי להתחיל מאפס, ואני לא מנתקת עד שהיא עולה.

# en: She asked for a manager and you respected it, passing on the whole story and staying on the line: not the last call again. The best reply first owned your slip, which is often enough to keep the case yourself.
calm-down-reaction-reply-4-feedback = היא ביקשה מנהל וכיבדת את זה: העברת את כל הסיפור ונשארת על הקו, לא כמו בשיחה הקודמת. התשובה הטובה ביותר קודם לקחה אחריות על הפליטה שלך, ולעיתים קרובות זה מספיק כדי שהטיפול יישאר אצלך.

# en: That's it. Put me through to your manager. Now.
manager-demand-says-1 = זהו. אני רוצה את המנהל שלך על הקו. עכשיו.

# en: She has given up on you, not on the machine. Respect the request, and put one thing you control on the table.
manager-demand-hint = היא התייאשה ממך, לא מהמכונה. כדאי לכבד את הבקשה ולהניח על השולחן דבר אחד שנמצא בשליטתך.

# en: Of course, if you want. Before I do: Saturday, eight to twelve, is free, and I can book it and text you now. Shall I?
manager-demand-reply-1 = כמובן, אם תרצי. אבל קודם: בשבת משמונה עד שתים־עשרה יש מועד פנוי. לשריין אותו ולשלוח לך SMS עכשיו?

# en: Certainly, if you'd like. But first: there's a Saturday slot from eight till twelve, and I can reserve it and send you a text right now. Would you like that?
manager-demand-reply-1-wording-1 = בטח, אם זה מה שאת רוצה. רק לפני כן: יש חלון פנוי בשבת בין שמונה לשתים־עשרה. שאשמור לך אותו ואשלח לך הודעה עכשיו?

# en: Sure. First, shall I book Saturday 8 to 12 and text you?
manager-demand-reply-1-wording-2 = אפשר, אבל יש לי שבת בבוקר פנויה, לשריין?

# en: of course if that's what you want. just before i do, saturday morning 8-12 is available, i can reserve it and text you straight away. want me to?
manager-demand-reply-1-wording-3 = אין בעיה, אבל רגע, יש לי מקום ביום שבת משמונה עד הצהריים. לסגור לך ולשלוח אישור בהודעה כבר עכשיו?

# en: I can do that. Just one thing first: I've got a Saturday morning slot, eight to noon, that I could book for you and confirm by text right away. Want it?
manager-demand-reply-1-wording-4 = אפשר לעשות את זה. רק דבר אחד קודם: יש לי חלון בשבת בבוקר, שמונה עד שתים־עשרה, שאני יכולה להזמין לך ולאשר בהודעה מיד. רוצה?

# en: Okay, but Saturday morning is free. Want me to book it?
manager-demand-reply-1-wording-5 = בסדר, אבל שבת בבוקר פנויה. להזמין לך?

# en: sure, but quick thing first: saturday 8-12 is free, i can grab that slot and text you right now if you like?
manager-demand-reply-1-wording-6 = בטח, אבל רגע קודם: שבת 8-12 פנוי, אני יכול לתפוס לך את החלון ולשלוח הודעה עכשיו, מתאים?

# en: You respected her request and put one concrete thing on the table that you control. Callers often ask for a manager because they've given up on the person on the line; you gave her a reason not to.
manager-demand-reply-1-feedback = כיבדת את הבקשה שלה והנחת על השולחן דבר מוחשי אחד שבשליטתך. לקוחות מבקשים לא פעם מנהל כי התייאשו מהאדם שעל הקו; נתת לה סיבה לא לוותר עליך.

# en: With respect, my manager will only tell you exactly the same thing I've just told you, so I'm not sure it would help.
manager-demand-reply-2 = עם כל הכבוד, המנהלת שלי תגיד לך בדיוק את מה שאמרתי לך הרגע, אז ספק אם זה יעזור.

# en: With all due respect, my manager would just repeat what I've already said, so I don't think it would help.
manager-demand-reply-2-wording-1 = עם כל הכבוד, המנהלת תחזור לך בדיוק על מה ששמעת ממני עכשיו, אז אני לא בטוח שזה יועיל.

# en: My manager will say the same as me, honestly.
manager-demand-reply-2-wording-2 = היא תגיד לך אותו דבר, חבל.

# en: tbh my manager would just tell you the same thing i have, so i don't think there's much point
manager-demand-reply-2-wording-3 = בינינו, גם האחראית שלי לא תגיד לך משהו אחר ממה שאמרתי, אז אין הרבה טעם

# en: Honestly, speaking to my manager won't change anything, you'll just get the same answer you got from me.
manager-demand-reply-2-wording-4 = בכנות, לדבר עם המנהלת לא ישנה כלום, תקבלי בדיוק את אותה תשובה שקיבלת ממני.

# en: There's no point, my manager will tell you the same.
manager-demand-reply-2-wording-5 = אין טעם, המנהלת תגיד לך אותו דבר.

# en: I'm afraid going to my manager won't get you a different answer, so I don't see the point.
manager-demand-reply-2-wording-6 = אני חוששת שפנייה למנהלת שלי לא תביא לך תשובה אחרת, אז אני לא רואה בזה טעם.

# en: Refusing her and calling it pointless leaves her no way forward at all. The only move left to her is to hang up and buy elsewhere.
manager-demand-reply-2-feedback = לסרב לה ועוד לומר שזה חסר טעם לא משאיר לה שום דרך קדימה. הצעד היחיד שנשאר לה הוא לנתק ולקנות במקום אחר.

# en: Of course. Please hold, and I'll put you through to the team leader on duty.
manager-demand-reply-3 = כמובן. הישארי על הקו בבקשה, ואעביר אותך לראש הצוות שבמשמרת.

# en: Certainly. Hold on please, and I'll transfer you to the duty team leader.
manager-demand-reply-3-wording-1 = בוודאי. תישארי רגע על הקו, אני מעבירה אותך לראש הצוות שנמצא במשמרת.

# en: Sure, one moment, transferring you to the team leader.
manager-demand-reply-3-wording-2 = בטח, אני מעביר לראש הצוות.

# en: of course, please hold while i get you over to whichever team leader's on shift
manager-demand-reply-3-wording-3 = אוקיי, רגע על הקו, אני מקשרת אותך לאחראית המשמרת

# en: Yes, stay on the line and I'll connect you to the supervisor on shift.
manager-demand-reply-3-wording-4 = כן, תישארי על הקו ואחבר אותך לממונה שבמשמרת.

# en: Okay, hold on, I'll transfer you to the team leader.
manager-demand-reply-3-wording-5 = אוקיי, רגע, מעביר אותך לראש הצוות.

# en: Certainly, madam. One moment while I pass your call to today's team leader.
manager-demand-reply-3-wording-6 = בהחלט, גברתי. רגע אחד ואני מעבירה את השיחה שלך לראש הצוות של היום.

# en: Courteous, and it does what she asked, but the case leaves your hands unsolved and untold. She'll be explaining Thursday to a stranger again.
manager-demand-reply-3-feedback = מנומס, ועושה את מה שביקשה, אבל התיק יוצא מהידיים שלך בלי פתרון ובלי שהסיפור הועבר. שוב היא תצטרך להסביר את יום חמישי לאדם זר.

# en: Of course. I'll give my manager, Anna Szabó, the whole story first so you don't have to repeat any of it, and I'll stay on until she's there.
manager-demand-reply-4 = כמובן. קודם אספר למנהלת שלי, אנה סאבו, את כל הסיפור, כדי שלא תצטרכי לחזור על שום דבר, ואשאר על הקו עד שהיא תצטרף.

# en: Certainly. I'll tell my manager, Anna Szabó, everything that's happened first, so you won't need to repeat a thing, and I'll stay on the line till she's with you.
manager-demand-reply-4-wording-1 = בוודאי. לפני ההעברה אתן לאנה סאבו, המנהלת שלי, את כל התמונה, שלא תצטרכי להסביר מחדש, ואני נשאר איתך עד שהיא עולה על הקו.

# en: Sure. I'll brief Anna Szabó fully and stay on till she answers.
manager-demand-reply-4-wording-2 = בטח, אספר לאנה הכול ואשאר איתך עד שתצטרף.

# en: ok of course, i'll fill anna szabó in on the whole thing before, so no need for you to go over it, and i'll hang on till she's picked up
manager-demand-reply-4-wording-3 = ברור, אני קודם מסבירה לאנה המנהלת את כל מה שקרה, שלא תצטרכי לספר את זה שוב, ולא עוזבת את השיחה עד שהיא מתחברת

# en: Yes, I'll put you through to Anna Szabó, my manager, after I've explained everything to her so you don't have to go over it again, and I'll stay on the call until she joins.
manager-demand-reply-4-wording-4 = כן, אחבר אותך לאנה סאבו, המנהלת שלי, אחרי שאסביר לה הכול כדי שלא תצטרכי לעבור על זה שוב, ואשאר בשיחה עד שהיא מצטרפת.

# en: I'll explain everything to Anna first so you needn't repeat it.
manager-demand-reply-4-wording-5 = אסביר הכול לאנה קודם, כדי שלא תצטרכי לחזור על זה.

# en: anna szabo is my manager, i'll tell her the full story before she comes on so you dont repeat anything, and i'll stay with you till then
manager-demand-reply-4-wording-6 = אנה סאבו זו המנהלת שלי, אני אספר לה את כל הסיפור לפני שהיא עולה כדי שלא תחזרי על כלום, ואני נשאר איתך עד אז

# en: A good handover: a name, the story passed on, and you on the line until she is taken over. The best reply kept one concrete offer in your own hands first; she might not have needed the manager at all.
manager-demand-reply-4-feedback = העברה טובה: שם, הסיפור כולו עובר הלאה, ונשארת על הקו עד שהמנהלת קיבלה את השיחה. התשובה הטובה ביותר קודם שמרה הצעה מוחשית אחת בידיים שלך; ייתכן שלא היה צורך במנהלת בכלל.

# en: Attempted? Nobody attempted anything! I was home ALL day. Are you calling me a liar?
attempted-says-1 = ניסיון מסירה? אף אחד לא ניסה שום דבר! הייתי בבית כל היום, מהבוקר עד הערב! מה, אני משקרת?

# en: No, I'm only telling you what the driver entered in the system, madam. I wasn't there, so I can't say more than that.
attempted-reply-1 = לא, זה פשוט מה שהנהג הזין למערכת, גברתי. אני לא הייתי שם, אז אין לי מה להוסיף מעבר לזה.

# en: No, I'm just reading out what the driver put into the system. I wasn't there myself, madam, so that's all I can tell you.
attempted-reply-1-wording-1 = לא, זה פשוט מה שהשליח הקליד במערכת, גברתי. אני לא הייתי במקום, כך שאין לי מה להוסיף על זה.

# en: No, it's just what the driver entered; I wasn't there.
attempted-reply-1-wording-2 = ככה הנהג רשם, אני לא הייתי שם.

# en: no, i'm just reading what the driver put on the system. i wasn't there, that's all i know
attempted-reply-1-wording-3 = לא, אני רק רואה מה שהנהג סימן אצלו, גברתי, לא הייתי שם בעצמי, אז אין לי מה להגיד על זה

# en: Not at all, madam, I'm only passing on what the driver recorded. I wasn't there, so I can't tell you any more.
attempted-reply-1-wording-4 = ממש לא, גברתי, אני רק מעבירה מה שהנהג תיעד. לא הייתי שם, אז אין לי מה להוסיף.

# en: No, that's what the driver logged, I wasn't there.
attempted-reply-1-wording-5 = לא, זה מה שהנהג רשם, לא הייתי שם.

# en: that's the driver's entry not mine, madam, i can only go by what the system says
attempted-reply-1-wording-6 = זה הרישום של הנהג, לא שלי, גברתי. אני יכול ללכת רק לפי מה שכתוב במערכת

# en: 'I'm only the messenger' leaves her alone with a false record: the system is wrong about her, and nobody on your side will stand behind her.
attempted-reply-1-feedback = "זה רק מה שכתוב במערכת" משאיר אותה לבד מול רישום כוזב: המערכת טועה לגביה, ואף אחד בצד שלכם לא יעמוד לצידה.

# en: No, I believe you. If you were in all day, that scan is wrong, and I'll report it to the courier today myself.
attempted-reply-2 = לא, אין לי סיבה לפקפק בך. אם היית בבית כל היום, הסריקה שגויה, ואדווח עליה לשליח היום בעצמי.

# en: I do believe you. You were home all day, so the scan is incorrect, and I'll personally raise it with the courier today.
attempted-reply-2-wording-1 = ממש לא, אני מאמינה לך. אם היית בבית לאורך כל היום, אז הסריקה לא נכונה, ואני בעצמי מדווחת עליה לשליחויות עוד היום.

# en: I believe you; the scan's wrong, and I'm reporting it today.
attempted-reply-2-wording-2 = אני מאמין לך; הסריקה שגויה ואדווח עליה היום.

# en: no i believe you, you were home all day so that scan's wrong, i'll flag it with the courier myself today
attempted-reply-2-wording-3 = לא, חס וחלילה, אין לי שום סיבה לא להאמין לך. אם ישבת בבית, הרישום הזה מזויף, ואני פותחת על זה תלונה מול חברת ההובלה היום

# en: I'm not doubting you at all. If you were at home the whole day, the scan is a mistake, and I'll personally take it up with the courier today.
attempted-reply-2-wording-4 = אני לא מטילה ספק במה שאת אומרת. אם לא יצאת מהבית כל היום, אז הסריקה טעות, ואני אישית אפנה בעניין לשליח עוד היום.

# en: I believe you, the scan is wrong. I'll report it.
attempted-reply-2-wording-5 = אני מאמינה לך, הסריקה שגויה. אדווח עליה.

# en: Of course I believe you, Mrs Kovács. That attempt record is false, and I'm raising it with the courier myself before the day's out.
attempted-reply-2-wording-6 = ברור שאני מאמין לך, גברת קובאץ'. הרישום של הניסיון הזה כוזב, ואני בעצמי מעלה את זה מול השליח לפני סוף היום.

# en: You took her word over the scanner and made the false record your problem. She no longer has to prove she was at home.
attempted-reply-2-feedback = האמנת למילה שלה יותר מלסורק, והפכת את הרישום הכוזב לבעיה שלך. היא כבר לא צריכה להוכיח שהייתה בבית.

# en: Not at all. But is it possible the doorbell didn't work? Drivers only wait a minute or two, and it happens more than you'd think.
attempted-reply-3 = ממש לא. אבל ייתכן שהפעמון פשוט לא עבד? השליחים מחכים רק דקה או שתיים, וזה קורה יותר ממה שנדמה.

# en: Of course not. But could your doorbell have been faulty? Drivers only hang around for a minute or two; it's more common than people think.
attempted-reply-3-wording-1 = בכלל לא. אבל אולי הפעמון לא צלצל? השליחים מחכים רק דקה־שתיים, וזה קורה לא מעט.

# en: No, but could your doorbell be broken?
attempted-reply-3-wording-2 = אולי הפעמון שלך לא עובד?

# en: not at all! but any chance the doorbell's not working? drivers don't hang around long, it happens a lot more than you'd expect
attempted-reply-3-wording-3 = לא לא, אבל תבדקי אם האינטרקום תקין, כי המובילים לא מחכים יותר מדקה ליד הדלת, זה קורה הרבה

# en: No, of course not, but might your bell have been broken? The drivers only stay a minute or so, and that happens quite often.
attempted-reply-3-wording-4 = לא, ברור שלא, אבל אולי הפעמון שלך היה מקולקל? הנהגים נשארים רק בערך דקה, וזה קורה די הרבה.

# en: Maybe your doorbell isn't working?
attempted-reply-3-wording-5 = אולי הפעמון בדלת לא עובד?

# en: im not saying that, but could the bell be faulty? drivers only wait at the door a minute or two
attempted-reply-3-wording-6 = אני לא אומרת את זה, אבל אולי הפעמון תקול? הנהגים מחכים ליד הדלת דקה־שתיים וזהו

# en: Looking for the fault in her doorbell sounds like doubting her, right after she asked whether you think she is lying. Question the courier's record, not the customer.
attempted-reply-3-feedback = לחפש את התקלה בפעמון שלה נשמע כמו פקפוק בה, ממש אחרי ששאלה אם היא שקרנית בעיניך. כדאי לערער על הרישום של השליח, לא על הלקוחה.

# en: That's not all. My old machine is leaking all over the kitchen floor. I'm on my knees with towels twice a day, and the new one is sitting in your warehouse!
order-number-says-1 = וזה לא הכול. המכונה הישנה שלי נוזלת על כל רצפת המטבח. פעמיים ביום אני על הברכיים עם מגבות, והחדשה עומדת אצלכם במחסן!

# en: Behind the dates is something she lives with every morning. Say what each day of waiting costs her.
order-number-hint = מאחורי התאריכים יש משהו שהיא חיה איתו כל בוקר. כדאי לומר בקול מה עולה לה כל יום של המתנה.

# en: Oh no. If it's leaking, I'd turn off the water at the tap behind the machine until the new one comes; that should stop the worst of it.
order-number-reply-1 = אוי, לא. אם היא נוזלת, כדאי לסגור בינתיים את הברז שמאחורי המכונה עד שתגיע החדשה; זה אמור לעצור את רוב הנזילה.

# en: Oh dear. If it's leaking, you could shut the water off at the valve behind it until the new one arrives; that should stop most of it.
order-number-reply-1-wording-1 = אוי, לא טוב. אם היא דולפת, אולי תסגרי בינתיים את ברז המים מאחורי המכונה עד שהחדשה מגיעה; ככה רוב המים אמורים להפסיק.

# en: Try shutting off the water valve behind it till then.
order-number-reply-1-wording-2 = תסגרי את הברז מאחורי המכונה בינתיים.

# en: oh no, if there's a leak i'd switch the water off at the tap behind it until the new one turns up, that'll stop most of it
order-number-reply-1-wording-3 = אוי, טיפ קטן, יש ברז ניתוק מאחורי המכונה, אם תסובבי אותו עד שהחדשה תגיע, זה יעצור את רוב הדליפה

# en: Oh dear, you could close the water valve behind the washing machine for now; that should stop most of the leak until the replacement arrives.
order-number-reply-1-wording-4 = אוי ואבוי, את יכולה לסגור בינתיים את שסתום המים מאחורי מכונת הכביסה; זה אמור לעצור את רוב הנזילה עד שהחדשה תגיע.

# en: Turn the water off behind the machine to stop the leak.
order-number-reply-1-wording-5 = תסגרי את המים מאחורי המכונה כדי לעצור את הנזילה.

# en: Have you tried shutting off the water supply to the old machine? That'd stop the worst until the new one gets there.
order-number-reply-1-wording-6 = ניסית לנתק את אספקת המים למכונה הישנה? זה יעצור את הגרוע מכול עד שהחדשה תגיע.

# en: Sensible advice she did not ask for. She is mopping every morning because of the shop; a tip about her own tap makes the leak sound like hers to handle.
order-number-reply-1-feedback = עצה הגיונית שהיא לא ביקשה. היא מנגבת כל בוקר בגלל החנות; טיפ על הברז שלה גורם לנזילה להישמע כמו עניין שלה.

# en: I'm really sorry. We've had a huge backlog in the warehouse since the spring sale, so a lot of orders have slipped by a few days.
order-number-reply-2 = צר לי מאוד. מאז מבצע האביב יש לנו עומס עצום במחסן, אז הרבה הזמנות התעכבו בכמה ימים.

# en: I'm so sorry. The warehouse has been badly backed up ever since the spring sale, and lots of orders have been delayed a few days.
order-number-reply-2-wording-1 = אני מצטער מאוד. מאז מבצע האביב המחסן שלנו עמוס בטירוף, אז הרבה הזמנות מתעכבות בכמה ימים.

# en: Sorry, there's been a warehouse backlog since the spring sale.
order-number-reply-2-wording-2 = סליחה, המחסן עמוס מאז המבצע, הכול מתעכב.

# en: really sorry, since the spring sale the warehouse has been swamped and loads of orders are running a few days late
order-number-reply-2-wording-3 = סורי, מאז הסייל של האביב המחסן פשוט מפוצץ, ויש המון משלוחים שנתקעו כמה ימים

# en: So sorry. Since the spring sale our warehouse has been overloaded, so plenty of orders are a few days behind.
order-number-reply-2-wording-4 = מצטערת מאוד. מאז מבצע האביב המחסן שלנו בעומס יתר, אז המון הזמנות מתעכבות בכמה ימים.

# en: Sorry, the warehouse is behind after the spring sale.
order-number-reply-2-wording-5 = סליחה, המחסן מאחור אחרי מבצע האביב.

# en: Apologies, Mrs Kovács, it's been chaos in the warehouse since the spring sale and lots of deliveries are late.
order-number-reply-2-wording-6 = מתנצל, גברת קובאץ', מאז מבצע האביב יש במחסן בלגן, והרבה משלוחים מאחרים.

# en: The backlog may be real, but it answers a question she didn't ask. Her floor is wet every morning, and knowing why your warehouse is busy doesn't dry it.
order-number-reply-2-feedback = ייתכן שהעומס אמיתי, אבל זו תשובה לשאלה שהיא לא שאלה. הרצפה שלה רטובה כל בוקר, ולדעת למה המחסן שלכם עמוס לא מייבש אותה.

# en: I'm sorry to hear that, Mrs Kovács, that sounds really inconvenient. Let's get the delivery sorted so it isn't a problem for long.
order-number-reply-3 = צר לי לשמוע, גברת קובאץ', זה באמת לא נוח. בואי נסדר את המשלוח כדי שזה לא יימשך עוד הרבה.

# en: That must be very inconvenient, Mrs Kovács, I'm sorry. Let's sort out the delivery so it's not an issue for much longer.
order-number-reply-3-wording-1 = מצטערת לשמוע, גברת קובאץ', זה ממש לא נעים. בואי נסגור את עניין המשלוח כדי שזה לא ימשיך עוד הרבה זמן.

# en: Sorry, that sounds inconvenient. Let's sort the delivery out.
order-number-reply-3-wording-2 = סליחה על אי הנוחות, בואי נסדר את המשלוח.

# en: oh sorry Mrs Kovács, that sounds like a real nuisance. let's get this delivery fixed so you're not dealing with it for long
order-number-reply-3-wording-3 = אוי, סורי גברת קובאץ', זה באמת מציק. יאללה, בואי נקבע משלוח שזה ייגמר כבר

# en: Oh, I'm sorry, that must be a real hassle, Mrs Kovács. We'll get your delivery arranged so it's over soon.
order-number-reply-3-wording-4 = אוי, סליחה, זה בטח ממש מטרד, גברת קובאץ'. נדאג לתאם לך את המשלוח כדי שזה ייגמר בקרוב.

# en: Sorry for the hassle, let's just get the delivery done.
order-number-reply-3-wording-5 = סליחה על הטרחה, בואי פשוט נסגור את המשלוח.

# en: That's annoying, sorry. Best thing is to get the delivery sorted quickly.
order-number-reply-3-wording-6 = זה מעצבן, סליחה. הכי טוב זה לסדר את המשלוח מהר.

# en: 'Inconvenient' is a polite word for a wet kitchen twice a day. It files her trouble under a general heading, and she hears that you didn't take in what she said.
order-number-reply-3-feedback = "לא נוח" זו מילה מנומסת למטבח רטוב פעמיים ביום. היא מכניסה את הצרה שלה למגירה כללית, והיא שומעת שלא קלטת מה אמרה.

# en: I'm sorry. So every day of this means towels on the floor, while your new machine sits with us. No wonder you're fed up.
order-number-reply-4 = צר לי. כלומר כל יום שזה נמשך זה מגבות על הרצפה, בזמן שהמכונה החדשה יושבת אצלנו. אין פלא שנמאס לך.

# en: I'm sorry. So each day this drags on is another day mopping the kitchen, while your new machine is sitting in our warehouse. Of course you're fed up.
order-number-reply-4-wording-1 = אני מצטער. זאת אומרת שכל יום נוסף זה לנגב את הרצפה במגבות, כשהמכונה החדשה שלך בכלל מחכה במחסן שלנו. ברור שנמאס לך.

# en: So it's towels daily while your machine waits here. No wonder.
order-number-reply-4-wording-2 = כל יום מגבות על הרצפה והמכונה אצלנו, ברור שנמאס.

# en: sorry, so every extra day is you on your knees with towels and your new machine just sat in our warehouse. no wonder you've had enough
order-number-reply-4-wording-3 = סליחה, זאת אומרת שאת מנגבת מים פעמיים ביום כשהחדשה מעלה אבק אצלנו, אין פלא שאת בקצה

# en: I'm sorry. You're mopping up the floor day after day while the new washing machine is sitting in our warehouse. I'm not surprised you've had enough.
order-number-reply-4-wording-4 = אני מצטערת. את מנגבת את הרצפה יום אחרי יום, ובינתיים מכונת הכביסה החדשה עומדת אצלנו במחסן. לא מפתיע שנמאס לך.

# en: Towels twice a day while we hold your machine, no wonder you're fed up.
order-number-reply-4-wording-5 = מגבות פעמיים ביום והמכונה אצלנו, אין פלא שנשבר לך.

# en: Mrs Kovács, I'm sorry, kneeling with towels twice a day when your new one is right here with us, of course you're sick of it.
order-number-reply-4-wording-6 = גברת קובאץ', אני מצטער, לכרוע עם מגבות פעמיים ביום כשהחדשה שלך נמצאת פה אצלנו, ברור שנמאס לך מזה.

# en: You heard what the dates mean to her: a wet floor every morning while her machine waits in a warehouse. That is the grievance under the complaint, and you said it before she had to.
order-number-reply-4-feedback = שמעת מה התאריכים אומרים עבורה: רצפה רטובה כל בוקר בזמן שהמכונה שלה מחכה במחסן. זו הפגיעה שמתחת לתלונה, ואמרת אותה לפני שהיא נאלצה.

# en: So when am I actually getting it? And I want a real answer this time, not another promise.
what-happened-says-1 = אז מתי אני באמת מקבלת אותה? והפעם אני רוצה תשובה אמיתית, לא עוד הבטחה.

# en: The courier decides the delivery time, not you. Promise only what depends on you.
what-happened-hint = את מועד המשלוח קובע השליח, לא הנציג. כדאי להבטיח רק את מה שתלוי בך.

# en: Leave it with me. I'll make sure it's with you first thing tomorrow morning, and you have my personal word on that, Mrs Kovács. No more waiting.
what-happened-reply-1 = תשאירי את זה אצלי. אדאג שהיא תגיע אלייך מחר בבוקר, ראשונה במסלול, ויש לך את המילה האישית שלי, גברת קובאץ'. בלי עוד המתנות.

# en: Leave this to me. I'll see to it that it arrives first thing tomorrow, and I personally promise you that, Mrs Kovács. You won't be waiting any longer.
what-happened-reply-1-wording-1 = סמכי עליי. אני אדאג שהמכונה תגיע אלייך מחר על הבוקר, הראשונה במסלול של הנהג, ואני נותנת לך את המילה שלי, גברת קובאץ'. זהו, בלי עוד חיכיונות.

# en: Leave it to me: first thing tomorrow morning, I give you my word.
what-happened-reply-1-wording-2 = מחר בבוקר היא אצלך, ראשונה במסלול, מבטיח.

# en: don't worry Mrs Kovács, i'll make sure it's at yours early tomorrow morning, i personally promise. no more waiting around
what-happened-reply-1-wording-3 = תעזבי את זה עליי, מחר בשמונה בבוקר הנהג מתחיל אצלך, מילה שלי, גברת קובאץ', נגמרו ההמתנות

# en: I'll personally guarantee it reaches you early tomorrow morning, Mrs Kovács. You won't have to wait any more, I'll see to it.
what-happened-reply-1-wording-4 = אני אישית מתחייבת שהיא תגיע אלייך מחר מוקדם בבוקר, גברת קובאץ'. לא תצטרכי לחכות יותר, אני אדאג לזה.

# en: First thing tomorrow, I promise, leave it with me.
what-happened-reply-1-wording-5 = מחר דבר ראשון בבוקר, מבטיחה, תשאירי לי את זה.

# en: Tomorrow first thing, Mrs Kovács, you have my word. Leave it to me.
what-happened-reply-1-wording-6 = מחר, דבר ראשון בבוקר, גברת קובאץ', יש לך את המילה שלי. תסמכי עליי.

# en: Warm, and for a moment she feels looked after, but tomorrow is the courier's decision, not yours. She has had two promises broken already; a third with your name on it is worse.
what-happened-reply-1-feedback = חם, ולרגע היא מרגישה שדואגים לה, אבל מחר זו החלטה של השליח, לא שלך. כבר הפרו לה שתי הבטחות; שלישית, עם השם שלך עליה, גרועה יותר.

# en: I can't promise a day the courier hasn't confirmed. Saturday, eight to twelve, is confirmed: I'll book it and text you before we hang up.
what-happened-reply-2 = לא אבטיח יום שהשליח לא אישר. בשבת, משמונה עד שתים־עשרה, יש מועד מאושר: אשריין אותו ואשלח לך SMS לפני שננתק.

# en: I won't promise a day that the courier hasn't signed off. But Saturday from eight till noon is confirmed; I'll reserve it and text you while we're still on the phone.
what-happened-reply-2-wording-1 = אני לא אתחייב על יום שהשליח עוד לא אישר. יש חלון מאושר ביום שבת בין שמונה לשתים־עשרה: אני סוגרת לך אותו ושולחת לך הודעה עוד לפני שנסיים את השיחה.

# en: Saturday 8 to 12 is confirmed; booking it and texting you now.
what-happened-reply-2-wording-2 = לא אבטיח סתם; שבת שמונה עד שתים־עשרה מאושר, ואשלח SMS.

# en: i can't promise a date the courier hasn't confirmed, but saturday 8-12 definitely is, i'll book it and send you a text before we finish this call
what-happened-reply-2-wording-3 = תשמעי, אני לא זורק תאריכים שהמוביל לא סגר. מה שיש זה שבת בבוקר, שמונה עד שתים עשרה, וזה סגור אצלם. אני נועל לך את זה ואת מקבלת הודעה בטלפון עוד בזמן שאנחנו מדברים

# en: I won't give you a date the courier hasn't agreed to. What is confirmed is Saturday morning, eight till twelve, and I'll book it and send you a text while you're still on the line.
what-happened-reply-2-wording-4 = אני לא אתן לך תאריך שהשליח לא הסכים לו. מה שכן מאושר זה שבת בבוקר, שמונה עד שתים־עשרה, ואזמין אותו ואשלח לך הודעה בזמן שאת עוד על הקו.

# en: Saturday 8 to 12 is confirmed. I'll book it and text you.
what-happened-reply-2-wording-5 = שבת 8 עד 12 מאושר. אזמין ואשלח לך הודעה.

# en: a real answer: saturday, 8-12, that one's confirmed by the courier. booking it now, text coming before we hang up
what-happened-reply-2-wording-6 = תשובה אמיתית: שבת, 8-12, זה מאושר מול השליח. מזמינה את זה עכשיו, ההודעה תגיע לפני שננתק

# en: A real slot, a time window, and a text that depends on nobody but you. After two vague promises, something she can check on her phone is worth more than 'soon'.
what-happened-reply-2-feedback = מועד אמיתי, חלון שעות ו־SMS שתלוי רק בך. אחרי שתי הבטחות מעורפלות, משהו שהיא יכולה לבדוק בטלפון שווה יותר מ"בקרוב".

# en: It should be with you within two working days from today. That's our standard delivery time for large appliances in your area.
what-happened-reply-3 = היא אמורה להגיע תוך שני ימי עסקים מהיום. זה זמן המשלוח הרגיל שלנו למוצרי חשמל גדולים באזור שלך.

# en: You should receive it in two working days from now. That's our usual delivery time for big appliances where you live.
what-happened-reply-3-wording-1 = המכונה צריכה להגיע אלייך בתוך שני ימי עסקים מהיום; ככה זה בדרך כלל אצלנו עם מכשירים גדולים באזור שלך.

# en: It'll arrive within two working days; that's our standard.
what-happened-reply-3-wording-2 = תוך יומיים עסקים היא אצלך, זה הזמן הרגיל.

# en: should be with you in 2 working days, that's the normal delivery time for large items in your area
what-happened-reply-3-wording-3 = לפי הנוהל אצלנו, מכשירי חשמל גדולים לאזור שלך מגיעים תוך יומיים עבודה, אז זה מה שצפוי

# en: Normal delivery for big appliances to your postcode is two working days, so expect it within that.
what-happened-reply-3-wording-4 = משלוח רגיל של מכשירים גדולים לאזור שלך לוקח שני ימי עסקים, אז תצפי לקבל בתוך הזמן הזה.

# en: Two working days, that's the standard delivery time.
what-happened-reply-3-wording-5 = שני ימי עסקים, זה זמן המשלוח הרגיל.

# en: Our standard time for large items is 2 working days, so it'll be there by then.
what-happened-reply-3-wording-6 = הזמן הסטנדרטי שלנו לפריטים גדולים הוא 2 ימי עבודה, אז עד אז היא תהיה אצלך.

# en: 'Two working days' is, word for word, the promise broken twice. Reading out the standard tells her that her story went in one ear and out the other.
what-happened-reply-3-feedback = "שני ימי עסקים" זו מילה במילה ההבטחה שהופרה פעמיים. להקריא לה את זמן המשלוח הרגיל אומר לה שהסיפור שלה נכנס באוזן אחת ויצא מהשנייה.

# en: I'll get the earliest slot the courier can confirm and ring you back by three o'clock today with the exact time.
what-happened-reply-4 = אשריין את המועד המוקדם ביותר שהשליח יאשר, ואחזור אלייך היום עד שלוש עם השעה המדויקת.

# en: I'll chase down the earliest slot they can offer and ring you by three today to tell you the exact time.
what-happened-reply-4-wording-1 = אני אשמור לך את החלון הראשון שהשליח יאשר, ואתקשר אלייך היום לפני שלוש עם השעה המדויקת.

# en: I'll get the earliest confirmed slot and call you by three.
what-happened-reply-4-wording-2 = אסגור את המועד הכי קרוב, ואחזור אלייך עד שלוש.

# en: i'll find the soonest slot the courier will commit to and call you back by 3 today with the time
what-happened-reply-4-wording-3 = אני נועלת לך את התור הכי מוקדם שיאשרו המובילים, ועד שלוש אחר הצהריים את מקבלת ממני טלפון עם שעה מדויקת

# en: Let me get the courier to confirm their first available slot, and I'll phone you before 3pm today with the exact time.
what-happened-reply-4-wording-4 = אבקש מהשליח לאשר את החלון הפנוי הראשון שלו, ואתקשר אלייך היום לפני 15:00 עם השעה המדויקת.

# en: I'll find the earliest slot and call you back by three.
what-happened-reply-4-wording-5 = אמצא את המועד הכי מוקדם ואחזור אלייך עד שלוש.

# en: By three o'clock today you'll have a call from me with the exact time of the earliest slot the courier confirms.
what-happened-reply-4-wording-6 = עד שלוש היום תקבלי ממני שיחה עם השעה המדויקת של המועד הכי מוקדם שהשליח מאשר.

# en: A promise you can keep: a call back by three. What it lacked was the slot itself; the best reply gave her a confirmed Saturday now, so she has a date to plan around instead of another wait.
what-happened-reply-4-feedback = הבטחה שאפשר לקיים: שיחה חוזרת עד שלוש. מה שחסר הוא המועד עצמו; התשובה הטובה ביותר נתנה לה שבת מאושרת כבר עכשיו, כך שיש לה תאריך לתכנן סביבו במקום עוד המתנה.

# en: Tomorrow? Are you sure? That's what they told me the last two times.
promise-doubt-says-1 = מחר? זה בטוח? זה בדיוק מה שאמרו לי בשתי הפעמים הקודמות.

# en: She is giving you a chance to take the promise back. It is still yours to correct.
promise-doubt-hint = היא נותנת לך הזדמנות לחזור בך מההבטחה. עדיין אפשר לתקן אותה.

# en: Yes, completely sure. I'll put a priority flag on your order myself, so it goes out on the very first van tomorrow morning.
promise-doubt-reply-1 = כן, בלי שום ספק. אסמן בעצמי עדיפות גבוהה על ההזמנה שלך, כך שמחר בבוקר היא תצא אלייך במשאית הראשונה.

# en: Yes, absolutely certain. I'm putting a priority flag on the order personally, so it'll go out on the first van in the morning.
promise-doubt-reply-1-wording-1 = כן, בוודאות מוחלטת. אני בעצמי מסמנת את ההזמנה שלך כדחופה, ככה שמחר על הבוקר היא עולה על המשאית הראשונה.

# en: Yes, I'm sure. I'm flagging it so it's on the first van.
promise-doubt-reply-1-wording-2 = בטוח לגמרי, סימנתי עדיפות, מחר במשאית הראשונה.

# en: yes 100%. i'll flag your order as priority myself so it's on the first van out tomorrow
promise-doubt-reply-1-wording-3 = כן, סגור, אני שם לך דגל דחוף על ההזמנה, ומחר בבוקר היא יוצאת ראשונה מהמחסן

# en: Absolutely, no doubt about it. I'm marking your order as urgent myself so it leaves on the earliest van tomorrow.
promise-doubt-reply-1-wording-4 = בוודאי, אין על מה לדבר. אני נותן להזמנה שלך סטטוס דחוף, כך שמחר היא יוצאת ברכב החלוקה הראשון.

# en: Yes, I'm sure. It's marked priority for the first van.
promise-doubt-reply-1-wording-5 = כן, בטוח. היא מסומנת בעדיפות למשאית הראשונה.

# en: Definitely, Mrs Kovács. Your order's getting a priority tag from me so it goes out first thing tomorrow.
promise-doubt-reply-1-wording-6 = חד־משמעית, גברת קובאץ'. אני שמה להזמנה שלך תווית עדיפות, כך שהיא יוצאת מחר דבר ראשון.

# en: She told you why she doubts it, and you doubled the promise instead of checking it. A flag is yours to set; the van is not, and if it's late she will remember your name.
promise-doubt-reply-1-feedback = היא אמרה לך למה היא מפקפקת, ובמקום לבדוק הכפלת את ההבטחה. את הסימון אפשר לעשות בעצמך, את המשאית לא, ואם היא תאחר, היא תזכור את השם שלך.

# en: To be honest, no: the courier sets the day, not me. But I can confirm Saturday morning and text you in ten minutes.
promise-doubt-reply-2 = בכנות, לא: את היום קובע השליח, לא אני. אבל אאשר לך שבת בבוקר ואשלח SMS תוך עשר דקות.

# en: Honestly, no: it's the courier who decides the day, not me. What I can do is confirm a Saturday morning slot and text you within ten minutes.
promise-doubt-reply-2-wording-1 = אם להיות כנה, לא: את היום קובעת חברת השליחויות, לא אני. מה שאני כן יכולה זה לסגור לך שבת בבוקר ולשלוח הודעה בתוך עשר דקות.

# en: Honestly no, that's the courier's call. I can confirm Saturday and text you shortly.
promise-doubt-reply-2-wording-2 = לא בטוח, זה בידי השליח. שבת בבוקר מאושר, SMS תוך עשר דקות.

# en: tbh no, the day's up to the courier not me. what i can do is lock in saturday morning and send you a text within 10 mins
promise-doubt-reply-2-wording-3 = האמת? לא, היום נקבע אצל המובילים ולא אצלי. אבל שבת בבוקר אני יכולה לאשר לך, והודעה על זה תגיע אלייך בעוד עשר דקות

# en: Honestly, I can't be sure, because the courier picks the day, not me. What I can do is confirm Saturday morning and send you a text within ten minutes.
promise-doubt-reply-2-wording-4 = אגיד לך את האמת, אין לי ודאות, כי את היום בוחר השליח ולא אני. מה שאני כן יכול זה לאשר שבת בבוקר ולשלוח לך הודעה תוך עשר דקות.

# en: No, the courier decides. But Saturday morning I can confirm.
promise-doubt-reply-2-wording-5 = לא, השליח מחליט. אבל שבת בבוקר אני יכולה לאשר.

# en: I'll be straight with you, I can't guarantee tomorrow, it's the courier's decision. Saturday morning I can lock in, and you'll get a text in 10 minutes.
promise-doubt-reply-2-wording-6 = אני אהיה ישר איתך, על מחר אני לא מתחייב, זו החלטה של השליח. שבת בבוקר אני יכול לנעול, ותקבלי הודעה בעוד 10 דקות.

# en: Taking back your own promise is hard and right. You swapped a guarantee you can't keep for two things you can: a confirmed slot and a text within ten minutes.
promise-doubt-reply-2-feedback = לחזור בך מהבטחה שלך קשה, וזה הדבר הנכון. החלפת ערובה שאי אפשר לקיים בשני דברים שאפשר: מועד מאושר ו־SMS תוך עשר דקות.

# en: To be honest, last time there was a problem at the depot, but that's all been sorted out now, so tomorrow should be fine.
promise-doubt-reply-3 = בכנות, בפעם הקודמת הייתה בעיה במחסן, אבל זה כבר טופל לגמרי, אז מחר הכול אמור להיות בסדר.

# en: To be fair, there was an issue at the depot last time, but that's been fixed now, so tomorrow ought to be okay.
promise-doubt-reply-3-wording-1 = האמת, בפעם הקודמת הייתה תקלה במחסן, אבל היא כבר נפתרה לגמרי, כך שמחר הכול אמור לעבור חלק.

# en: The depot issue's fixed now, so tomorrow ought to be fine.
promise-doubt-reply-3-wording-2 = הבעיה במחסן טופלה, אז מחר זה אמור לעבוד.

# en: honestly last time the depot had a problem but it's sorted now, tomorrow should be ok
promise-doubt-reply-3-wording-3 = בינינו, מה שקרה קודם זה היה בלגן במחסן, אבל סידרו את זה, אז מחר אמור להיות בסדר גמור

# en: Honestly, the last failure was down to a problem at the depot, and that's been fixed, so tomorrow should go smoothly.
promise-doubt-reply-3-wording-4 = בכנות, הכישלון הקודם נבע מבעיה במרכז ההפצה, וזה כבר תוקן, אז אין סיבה שמחר זה לא יצליח.

# en: Last time was a depot problem, it's fixed now.
promise-doubt-reply-3-wording-5 = בפעם הקודמת זו הייתה בעיה במרכז ההפצה, זה תוקן.

# en: There was trouble at the depot before, but it's resolved now, so tomorrow should be okay.
promise-doubt-reply-3-wording-6 = קודם היו צרות במרכז הלוגיסטי, אבל זה מאחורינו, ולכן מחר זה אמור לצאת כמו שצריך.

# en: An explanation of the last failure, then the same promise again. 'Should be fine' is exactly what she was told twice before.
promise-doubt-reply-3-feedback = הסבר לכישלון הקודם, ואז אותה הבטחה שוב. "אמור להיות בסדר" זה בדיוק מה שאמרו לה פעמיים.

# en: Two working days? That is EXACTLY what you said the last two times!
two-days-again-says-1 = שני ימי עסקים? זה בדיוק, אבל בדיוק, מה שאמרתם בשתי הפעמים הקודמות!

# en: I can't change how the courier plans its routes, I'm afraid. Two working days is the standard for large appliances; that's out of my hands.
two-days-again-reply-1 = לצערי אין לי שום השפעה על האופן שבו השליח מתכנן את המסלולים. שני ימי עסקים הם הסטנדרט למוצרים גדולים; זה לא בידיים שלי.

# en: I'm afraid I have no control over the courier's routes. Big appliances normally take two working days; there's nothing I can do about it.
two-days-again-reply-1-wording-1 = לצערי אין לי שום שליטה על איך שהשליח מתכנן את המסלול. שני ימי עסקים זה הזמן הרגיל למכשירים גדולים; זה לא תלוי בי.

# en: Sorry, two working days is standard; it's out of my control.
two-days-again-reply-1-wording-2 = זה הסטנדרט, וזה לא בשליטתי.

# en: i can't do anything about the courier's routes unfortunately, 2 working days is standard for big appliances, it's not up to me
two-days-again-reply-1-wording-3 = לצערי, את המסלולים מתכנן השליח ואין לי עליהם שום השפעה. למוצרים גדולים זה הסטנדרט, לא בידיים שלי

# en: Unfortunately I have no say over the courier's route planning. Large appliances take two working days as standard, and there's nothing I can change.
two-days-again-reply-1-wording-4 = לצערי אין לי מילה בתכנון המסלולים של השליח. מוצרים גדולים לוקחים שני ימי עסקים כסטנדרט, ואין שום דבר שאני יכולה לשנות.

# en: Sorry, that's the courier's routes, not up to me.
two-days-again-reply-1-wording-5 = סליחה, אלה המסלולים של השליח, זה לא תלוי בי.

# en: Two working days is just the standard for big appliances, madam. The courier plans the routes, I can't do anything about that.
two-days-again-reply-1-wording-6 = שני ימי עבודה זה פשוט הסטנדרט למכשירים גדולים, גברתי. את המסלולים מתכנן השליח, ואני לא יכול לעשות עם זה כלום.

# en: 'Standard' is exactly what failed her, twice. Hiding behind the process tells her there is nothing left to hope for from this shop.
two-days-again-reply-1-feedback = "סטנדרט" זה בדיוק מה שאכזב אותה, פעמיים. ההסתתרות מאחורי הנוהל אומרת לה שאין לה עוד למה לקוות מהחנות הזאת.

# en: You're right, and I'm sorry, but two working days is genuinely what the system gives me for your postcode.
two-days-again-reply-2 = את צודקת, וצר לי, אבל שני ימי עסקים זה באמת מה שהמערכת נותנת לי עבור המיקוד שלך.

# en: You're right, I apologise, but two working days really is what the system shows for your postcode.
two-days-again-reply-2-wording-1 = צודקת, ואני מצטער, אבל לפי המערכת, למיקוד שלך יוצא שני ימי עסקים.

# en: Sorry, but the system genuinely says two days for your postcode.
two-days-again-reply-2-wording-2 = צודקת, סליחה, אבל זה מה שהמערכת נותנת.

# en: you're right sorry, but honestly the system is telling me 2 working days for your area
two-days-again-reply-2-wording-3 = צודקת, וצר לי. אבל לפי המיקוד שלך, המערכת מראה לי שני ימי עסקים, זה מה שיש

# en: I know, and I apologise, but the computer really does show two working days for where you live.
two-days-again-reply-2-wording-4 = אני יודעת, ואני מתנצלת, אבל המחשב באמת מראה שני ימי עסקים למקום שבו את גרה.

# en: Sorry, but the system says two working days for you.
two-days-again-reply-2-wording-5 = סליחה, אבל המערכת אומרת שני ימי עסקים אצלך.

# en: you're right and im sorry, but honestly for your postcode the system just gives me two days
two-days-again-reply-2-wording-6 = את צודקת ואני מצטער, אבל באמת, למיקוד שלך המערכת פשוט נותנת לי יומיים

# en: You agreed with her, then handed the blame to the system in the same breath. She hears the 'but', not the 'you're right'.
two-days-again-reply-2-feedback = הסכמת איתה, ובאותה נשימה גלגלת את האשמה על המערכת. היא שומעת את ה"אבל", לא את ה"את צודקת".

# en: You're right, and I shouldn't have said it. Instead, a confirmed slot: Saturday, eight to twelve, and I'll text you the booking now.
two-days-again-reply-3 = את צודקת, וטעיתי שאמרתי את זה. במקום זה, מועד מאושר: שבת משמונה עד שתים־עשרה, ואשלח לך את האישור ב־SMS עכשיו.

# en: You're right, that was a mistake to say. Let me give you a confirmed slot instead: Saturday from eight to twelve. I'll send the booking by text right now.
two-days-again-reply-3-wording-1 = צודקת, וזו טעות שלי שאמרתי את זה. במקום, הנה מועד סגור: שבת בין שמונה לשתים־עשרה, ואני שולחת לך אישור בהודעה כבר עכשיו.

# en: You're right, sorry. Confirmed instead: Saturday 8 to 12, texting you now.
two-days-again-reply-3-wording-2 = טעות שלי, סליחה. שבת שמונה עד שתים־עשרה, אישור ב־SMS עכשיו.

# en: fair, i shouldn't have said that. how about a confirmed slot instead, saturday 8-12, i'll send the booking to your phone now
two-days-again-reply-3-wording-3 = נכון, פישלתי שאמרתי לך שוב יומיים. בואי נעשה את זה אחרת: שבת בבוקר, שמונה עד שתים עשרה, סגור ומאושר, ואת מקבלת ממני הודעה עם האישור בשנייה זו

# en: That was the wrong thing to tell you, you're right. Let me give you something confirmed instead: Saturday morning, eight to twelve, and I'm texting you the booking now.
two-days-again-reply-3-wording-4 = זה לא היה הדבר הנכון להגיד לך, את צודקת. תני לי לתת לך משהו מאושר במקום: שבת בבוקר, שמונה עד שתים־עשרה, ואני שולח לך עכשיו הודעה עם ההזמנה.

# en: Forget two days. Saturday 8 to 12 is confirmed, I'll text you.
two-days-again-reply-3-wording-5 = עזבי את היומיים. שבת 8 עד 12 מאושר, אשלח לך הודעה.

# en: Fair point, I shouldn't have said that. I can book Saturday, 8 till 12, confirmed, and send you the details by text right now.
two-days-again-reply-3-wording-6 = נקודה הוגנת, לא הייתי צריכה להגיד את זה. אני יכולה לקבוע שבת, 8 עד 12, מאושר, ולשלוח לך את הפרטים בהודעה עכשיו.

# en: You admitted the slip at once and replaced the vague promise with one she can check. Owning your own mistake calms her more than defending it could.
two-days-again-reply-3-feedback = הודית מיד בפליטה והחלפת את ההבטחה המעורפלת באחת שהיא יכולה לבדוק. לקחת אחריות על הטעות שלך מרגיע אותה יותר מכל התגוננות.

# en: All right. But I lost a day's pay on Thursday over this, you know.
compensation-says-1 = טוב, בסדר. אבל הפסדתי בגלל זה יום עבודה שלם ביום חמישי, רק שיהיה ברור.

# en: The practical problem is solved. What Thursday cost her is not.
compensation-hint = הבעיה המעשית נפתרה. מה שיום חמישי עלה לה, עדיין לא.

# en: I'm afraid we can't compensate for lost earnings; that's company policy, whatever the reason. But the important thing is that the delivery is booked now.
compensation-reply-1 = לצערי אנחנו לא מפצים על אובדן הכנסה או יום עבודה; זו מדיניות החברה, לא משנה מה הסיבה. אבל העיקר הוא שהמשלוח כבר משוריין עכשיו.

# en: Unfortunately we can't pay compensation for lost wages; that's our policy whatever the circumstances. The main thing is your delivery's booked now.
compensation-reply-1-wording-1 = לצערי, אנחנו לא נותנים פיצוי על הפסד הכנסה או על יום עבודה; זה הנוהל בחברה, בלי קשר לסיבה. העיקר שהמשלוח כבר סגור.

# en: Sorry, policy says no compensation for lost pay.
compensation-reply-1-wording-2 = על יום עבודה לא מפצים, זה הנוהל, אבל המשלוח סגור.

# en: i'm afraid we don't compensate for lost income, it's company policy no matter what. but at least the delivery's booked now
compensation-reply-1-wording-3 = סורי, אין אצלנו פיצוי על ימי עבודה שהלכו, ככה החברה עובדת. מה שחשוב זה שיש לך כבר תאריך למשלוח

# en: Unfortunately our policy doesn't allow us to reimburse lost wages in any situation. At least the delivery is arranged now, which is what matters.
compensation-reply-1-wording-4 = לצערי המדיניות שלנו לא מאפשרת להחזיר שכר שהפסדת, בשום מצב. לפחות המשלוח כבר מתואם עכשיו, וזה מה שחשוב.

# en: Sorry, we don't pay for lost earnings, it's policy.
compensation-reply-1-wording-5 = סליחה, אנחנו לא משלמים על הפסד הכנסה, זו המדיניות.

# en: Company policy is no compensation for missed work, whatever happened, I'm afraid. The main thing is it's booked.
compensation-reply-1-wording-6 = מדיניות החברה היא בלי פיצוי על עבודה שהפסדת, לא משנה מה קרה, אני חוששת. העיקר שזה כבר מתואם.

# en: Perhaps true, but it answers her loss with a rule and moves on. Say what you can do about the lost day, not only what you can't.
compensation-reply-1-feedback = אולי זה נכון, אבל על ההפסד שלה ענית בתקנה והמשכת הלאה. כדאי לומר מה אפשר לעשות לגבי היום שאבד, לא רק מה אי אפשר.

# en: I know, and I do apologise for the inconvenience. The good news is that it's all sorted now, so you won't need to take another day off.
compensation-reply-2 = ברור לי, וסליחה על אי־הנוחות. החדשות הטובות הן שהכול כבר מסודר, כך שלא תצטרכי לקחת עוד יום חופש.

# en: I understand, and I'm sorry for any inconvenience. The good thing is everything's sorted now, and you won't have to take more time off.
compensation-reply-2-wording-1 = מבינה, וסליחה על אי הנעימות. הצד הטוב הוא שהכול כבר מאורגן, אז לא תצטרכי להפסיד עוד יום חופש.

# en: Sorry for the inconvenience; at least it's sorted now.
compensation-reply-2-wording-2 = סליחה על אי הנוחות, לפחות לא תצטרכי עוד יום חופש.

# en: i know, sorry for the hassle. good news is it's all fixed now so you won't have to book another day off
compensation-reply-2-wording-3 = הבנתי, וסורי על הטרדה. לפחות עכשיו הכול סגור ולא תצטרכי לבקש שוב חופש מהעבודה

# en: I understand, apologies for the inconvenience. The good news is it's all arranged now, so no more days off needed.
compensation-reply-2-wording-4 = מבין אותך, ומתנצל על אי־הנוחות. הבשורה הטובה היא שהכול מתואם עכשיו, אז אין צורך בעוד ימי חופש.

# en: Apologies for the hassle, but no need for another day off now.
compensation-reply-2-wording-5 = מתנצלת על הטרחה, אבל עכשיו לא צריך עוד יום חופש.

# en: apologies for the inconvenience, but good news, everything's fixed so you won't lose another day
compensation-reply-2-wording-6 = מתנצלים על אי הנוחות, אבל יש חדשות טובות, הכול מסודר אז לא תפסידי עוד יום

# en: 'Inconvenience' for a lost day's pay, then straight to the good news. The practical problem is fixed, but she hears that what it cost her doesn't count.
compensation-reply-2-feedback = "אי־נוחות" על יום עבודה שהלך, ומיד אחר כך החדשות הטובות. הבעיה המעשית נפתרה, אבל היא שומעת שמה שזה עלה לה לא נחשב.

# en: A day's pay lost waiting for us: I'd be angry too. I've refunded your delivery fee, and I'll ring you Friday to confirm the slot.
compensation-reply-3 = יום עבודה שהלך על המתנה לנו: גם אותי זה היה מרגיז. החזרתי את דמי המשלוח, וביום שישי אתקשר לאשר את המועד.

# en: You lost a day's wages because you were waiting on us; I'd be furious as well. I've given you your delivery charge back, and I'll call you on Friday to confirm the booking.
compensation-reply-3-wording-1 = הפסדת יום עבודה שלם בגלל שחיכית לנו, גם אני הייתי מתעצבנת. החזרתי לך את עלות המשלוח, ובשישי אני מתקשרת לוודא שהמועד עומד.

# en: A lost day's pay? Anyone would be angry. Fee refunded; I'll call Friday.
compensation-reply-3-wording-2 = יום עבודה לפח בגללנו, מרגיז. דמי המשלוח הוחזרו, ואתקשר בשישי.

# en: you lost a whole day's pay waiting for us, anyone would be angry. i've refunded the delivery charge and i'll give you a ring friday to check the slot's confirmed
compensation-reply-3-wording-3 = לשבת יום שלם בבית ולחכות לנו במקום לעבוד, זה היה מוציא גם אותי מהכלים. ביטלתי לך את חיוב ההובלה, ואני מרים אלייך טלפון ביום שישי לאשר שהכול בתוקף לשבת

# en: Losing a day's wages because we didn't turn up would make me furious as well. Your delivery charge has been refunded, and I'll phone you on Friday to confirm the slot.
compensation-reply-3-wording-4 = להפסיד יום שכר כי לא הגענו, גם אני הייתי רותחת. דמי המשלוח שלך הוחזרו, ואני אתקשר אלייך ביום שישי לאשר את המועד.

# en: I'd be angry too. Fee refunded, I'll call you Friday.
compensation-reply-3-wording-5 = גם אני הייתי כועסת. החזרתי את דמי המשלוח, אתקשר בשישי.

# en: I've refunded the delivery fee, Mrs Kovács, and I'll call on Friday to make sure the slot's confirmed. Losing a day's pay over us is infuriating, I'd feel the same.
compensation-reply-3-wording-6 = החזרתי לך את דמי המשלוח, גברת קובאץ', ואתקשר בשישי לוודא שהמועד מאושר. להפסיד יום משכורת בגללנו זה מקומם, הייתי מרגיש בדיוק אותו דבר.

# en: You said what Thursday cost her and that you'd feel the same, then matched it with a remedy in your own hands: the fee back and your own call on Friday. The apology became something she can see.
compensation-reply-3-feedback = אמרת מה עלה לה יום חמישי ושגם לך זה היה מרגיז, ואז הוספת תיקון שבידיים שלך: דמי המשלוח בחזרה ושיחה ממך ביום שישי. ההתנצלות הפכה למשהו שאפשר לראות.

# en: I know, and I'm sorry about Thursday. I've refunded your delivery fee for the trouble; it's the least we can do.
compensation-reply-4 = ברור לי, וצר לי על יום חמישי. החזרתי לך את דמי המשלוח על הטרחה; זה המעט שאפשר לעשות.

# en: I understand, and I apologise for Thursday. I've refunded the delivery charge for the hassle; it's the least we could do.
compensation-reply-4-wording-1 = מבין, ומצטער על חמישי. זיכיתי אותך בדמי המשלוח על הטרחה; זה הכי פחות שאנחנו יכולים.

# en: Sorry about Thursday. Delivery fee refunded for the trouble.
compensation-reply-4-wording-2 = סליחה על חמישי, החזרתי את דמי המשלוח.

# en: i know, sorry about thursday. i've given you the delivery fee back for your trouble, least we can do
compensation-reply-4-wording-3 = ברור, וסורי על מה שהיה בחמישי. הורדתי לך את עלות ההובלה בתור פיצוי קטן על הטרחה, זה המינימום

# en: I understand, and I apologise for Thursday. We've given you back the delivery charge for the hassle; it's the least we owe you.
compensation-reply-4-wording-4 = אני מבינה, ומתנצלת על יום חמישי. החזרנו לך את דמי המשלוח על כל הטרטור; זה המינימום שאנחנו חייבים לך.

# en: Sorry about Thursday, I've refunded the delivery fee.
compensation-reply-4-wording-5 = סליחה על חמישי, החזרתי לך את דמי המשלוח.

# en: Your delivery fee's been refunded as a small apology for Thursday, it's the least we could do.
compensation-reply-4-wording-6 = דמי המשלוח הוחזרו לך כהתנצלות קטנה על חמישי, זה הכי פחות שיכולנו לעשות.

# en: A fair remedy, given straight away. But 'for the trouble' makes a lost day's pay smaller than it is; the best reply said what it cost her first, and added a call on Friday so Saturday can't fail her too.
compensation-reply-4-feedback = פיצוי הוגן, ומיד. אבל "על הטרחה" מקטין את יום העבודה שהלך; התשובה הטובה ביותר אמרה קודם מה זה עלה לה, והוסיפה שיחה ביום שישי כדי ששבת לא תאכזב אותה גם היא.

# en: And if nobody turns up next time either? Do I ring this number again and hear 'I passed it on'?
saturday-doubt-says-1 = ואם גם בפעם הבאה אף אחד לא יגיע? אני אתקשר שוב למספר הזה ואשמע "העברתי את זה הלאה"?

# en: This is the fear her whole call started with. What can you promise that depends on nobody but you?
saturday-doubt-hint = זה הפחד שכל השיחה שלה התחילה ממנו. מה אפשר להבטיח שתלוי רק בך?

# en: If there's a problem with the delivery, you can raise a complaint through the form on our website, and it's answered within five working days.
saturday-doubt-reply-1 = אם תהיה בעיה במשלוח, אפשר להגיש תלונה דרך הטופס באתר שלנו, ומשיבים עליה תוך חמישה ימי עסקים.

# en: If anything goes wrong, you can submit a complaint using our website's online form, and you'll get a reply within five working days.
saturday-doubt-reply-1-wording-1 = אם תהיה תקלה במשלוח, אפשר לפתוח תלונה בטופס שבאתר, ועונים עליה בתוך חמישה ימי עסקים.

# en: If it goes wrong, use the complaint form on our website.
saturday-doubt-reply-1-wording-2 = אם יש בעיה, תמלאי טופס תלונה באתר.

# en: if there's any issue you can complain through the website form, they reply within 5 working days
saturday-doubt-reply-1-wording-3 = אם משהו ישתבש, יש טופס פניות באתר, ממלאים אותו ותוך חמישה ימי עבודה חוזרים אלייך

# en: Should anything go wrong, there's an online complaints form on our website, and you'll get a response within five working days.
saturday-doubt-reply-1-wording-4 = אם משהו ישתבש, יש באתר שלנו טופס תלונות מקוון, ותקבלי מענה תוך חמישה ימי עסקים.

# en: If it goes wrong, fill in the complaint form online.
saturday-doubt-reply-1-wording-5 = אם זה לא יעבוד, תמלאי טופס תלונה באתר.

# en: you can always log a complaint on the website if it happens, replies take up to 5 working days
saturday-doubt-reply-1-wording-6 = תמיד אפשר לפתוח תלונה באתר אם זה קורה, התשובות לוקחות עד 5 ימי עבודה

# en: A form and five working days, for a woman who has been passed on twice. It is the process talking, and it tells her that next time she is on her own again.
saturday-doubt-reply-1-feedback = טופס וחמישה ימי עסקים, לאישה שכבר גלגלו אותה פעמיים. זה הנוהל שמדבר, והוא אומר לה שבפעם הבאה היא שוב תהיה לבד.

# en: It won't come to that, I promise you. This delivery is absolutely guaranteed, and nothing is going to go wrong with it this time.
saturday-doubt-reply-2 = זה לא יקרה, יש לך את המילה שלי. המשלוח הזה מובטח לגמרי, והפעם שום דבר לא ישתבש.

# en: It won't get to that point, I promise. This delivery is completely guaranteed, and nothing will go wrong this time.
saturday-doubt-reply-2-wording-1 = זה לא יקרה, אני נותנת לך מילה. המשלוח הזה מובטח במאה אחוז, והפעם הכול יעבור חלק.

# en: It won't happen; this delivery is guaranteed.
saturday-doubt-reply-2-wording-2 = מבטיח לך, זה לא יקרה שוב.

# en: that won't happen i promise you, this one's 100% guaranteed, nothing's going to go wrong this time
saturday-doubt-reply-2-wording-3 = אין מצב, סמכי עליי, הפעם זה מגיע בוודאות, אין שום סיכוי לפשלה

# en: That won't happen, you have my promise. This delivery is fully guaranteed and it will go right this time.
saturday-doubt-reply-2-wording-4 = זה לא יקרה, אני מבטיחה לך. המשלוח הזה מובטח לחלוטין והפעם זה יעבוד כמו שצריך.

# en: Don't worry, it's guaranteed this time.
saturday-doubt-reply-2-wording-5 = אל דאגה, הפעם זה מובטח.

# en: Nothing will go wrong this time, Mrs Kovács, I can absolutely guarantee this delivery.
saturday-doubt-reply-2-wording-6 = הפעם שום דבר לא ישתבש, גברת קובאץ', אני יכול להבטיח את המשלוח הזה לגמרי.

# en: A guarantee on the courier's van is the third promise of its kind. She asked what happens if it fails, and you answered that it won't.
saturday-doubt-reply-2-feedback = ערובה על המשאית של השליח היא ההבטחה השלישית מהסוג הזה. היא שאלה מה יקרה אם זה ייכשל, וענית שזה לא ייכשל.

# en: I can't promise the van, but I can promise you won't be passed on again. My direct line is extension 214.
saturday-doubt-reply-3 = את המשאית לא אוכל להבטיח, אבל אוכל להבטיח שאף אחד לא יעביר אותך הלאה. השלוחה הישירה שלי: 214.

# en: I can't guarantee the van itself, though I can guarantee you won't get passed around again. You can reach me directly on extension 214.
saturday-doubt-reply-3-wording-1 = על המשאית אני לא יכול להתחייב, אבל אני מתחייב שלא יגלגלו אותך לאף אחד. זו השלוחה הישירה אליי: 214.

# en: The van's not mine to promise, but you'll reach me: extension 214.
saturday-doubt-reply-3-wording-2 = לא אבטיח משאית, אבל אותי תמיד תשיגי: שלוחה 214.

# en: i can't guarantee what the van does but i can promise nobody will pass you on again, my direct number is ext 214
saturday-doubt-reply-3-wording-3 = את המוביל אני לא מנהלת, אז לא אבטיח שהוא יגיע, אבל אף אחד כבר לא ישלח אותך הלאה, תחייגי 214 ותגיעי ישר אליי

# en: I can't guarantee the driver turns up, but I can guarantee nobody will pass you on again: call me directly on extension 214.
saturday-doubt-reply-3-wording-4 = אני לא יכולה להבטיח שהנהג יופיע, אבל אני יכולה להבטיח שאף אחד לא יעביר אותך שוב: תתקשרי ישר אליי לשלוחה 214.

# en: Call me directly on extension 214, no more passing on.
saturday-doubt-reply-3-wording-5 = תתקשרי ישירות אליי בשלוחה 214, בלי עוד העברות.

# en: Extension 214 is my direct line. The van I can't control, but you'll always get me, not someone passing you around.
saturday-doubt-reply-3-wording-6 = שלוחה 214 זה הקו הישיר שלי. על המשאית אין לי שליטה, אבל תמיד תגיעי אליי, לא למישהו שמגלגל אותך הלאה.

# en: You were honest about the part you don't control and promised the part you do: this time she has a person, not a queue. That answers the fear behind her question.
saturday-doubt-reply-3-feedback = דיברת בכנות על מה שלא בשליטתך והבטחת את מה שכן: הפעם יש לה אדם, לא תור. זה עונה על הפחד שמאחורי השאלה שלה.

# en: I'm sure it'll be fine this time, Mrs Kovács. But if not, just ring us again and anyone here will be happy to help you.
saturday-doubt-reply-4 = הפעם הכול יהיה בסדר, גברת קובאץ'. ואם לא, פשוט תתקשרי אלינו שוב, וכל אחד כאן ישמח מאוד לעזור לך.

# en: I'm confident it'll be okay, Mrs Kovács. But if it isn't, just call us back and any of us will be glad to help.
saturday-doubt-reply-4-wording-1 = הפעם הכול יסתדר, גברת קובאץ'. ואם במקרה לא, תתקשרי אלינו שוב, וכל נציג פה ישמח לעזור.

# en: It'll be fine; if not, just call and anyone can help.
saturday-doubt-reply-4-wording-2 = יהיה בסדר, ואם לא, תתקשרי שוב אלינו.

# en: i'm sure it'll go fine Mrs Kovács. if not, just phone again and whoever answers will help you
saturday-doubt-reply-4-wording-3 = יהיה טוב, גברת קובאץ'. ואם חס וחלילה לא, תחייגי שוב למוקד, כל מי שיענה ישמח לטפל בך

# en: I'm sure it'll go fine this time, Mrs Kovács. If it doesn't, just call the number again and any of my colleagues will help you.
saturday-doubt-reply-4-wording-4 = אני בטוח שהפעם זה יעבור בשלום, גברת קובאץ'. ואם לא, פשוט תחייגי שוב לאותו מספר וכל אחד מהעמיתים שלי יעזור לך.

# en: It'll be fine, but if not just call us again.
saturday-doubt-reply-4-wording-5 = יהיה בסדר, ואם לא פשוט תתקשרי אלינו שוב.

# en: Don't worry, it should be okay. If not, ring back and whoever picks up will sort it out.
saturday-doubt-reply-4-wording-6 = אל דאגה, זה אמור להיות בסדר. ואם לא, תתקשרי חזרה ומי שיענה יטפל בזה.

# en: 'Anyone here' is exactly who told her 'I passed it on'. Friendly as it sounds, it sends her back to the queue she has been stuck in for two weeks.
saturday-doubt-reply-4-feedback = "כל אחד כאן" זה בדיוק מי שאמר לה "העברתי את זה הלאה". גם אם זה נשמע ידידותי, זה שולח אותה בחזרה לתור שהיא תקועה בו כבר שבועיים.

# en: Thank you. Honestly, you're the first person who actually listened to me.
resolved-says-1 = תודה. בכנות, זו הפעם הראשונה שמישהו באמת הקשיב לי.

# en: The machine arrives on Saturday morning, in the slot you booked. Eszter mentions your call in a five-star review: the first person who didn't pass her on. A complaint handled well made a loyal customer.
resolved-summary = המכונה מגיעה בשבת בבוקר, במועד ששריינת. אסתר מזכירה את השיחה איתך בביקורת של חמישה כוכבים: האדם הראשון שלא העביר אותה הלאה. תלונה שטופלה היטב הפכה ללקוחה נאמנה.

# en: Fine. Whatever. Just make sure it comes.
grudging-says-1 = טוב. לא משנה. רק שזה יגיע.

# en: The machine arrives on Saturday, but Eszter feels nobody cared about her lost day. The practical problem is solved and the emotional one is not: she never orders from you again and tells her friends why.
grudging-summary = המכונה מגיעה בשבת, אבל אסתר מרגישה שלאף אחד לא היה אכפת מהיום שהפסידה. הבעיה המעשית נפתרה והרגשית לא: היא לא מזמינה מכם יותר, ומספרת לחברים שלה למה.

# en: All right. But if it doesn't come, I'm asking for you by name.
fragile-promise-says-1 = בסדר. אבל אם היא לא תגיע, אבקש אותך בשם.

# en: The van does not come on the day you guaranteed. Eszter waits at home for nothing a third time, then writes to the shop's director naming you. A promise you did not control became your broken promise.
fragile-promise-summary = המשאית לא מגיעה ביום שהבטחת. אסתר מחכה בבית לשווא בפעם השלישית, ואז כותבת למנהל החנות ומציינת את שמך. הבטחה שלא הייתה בשליטתך הפכה להבטחה שלך שהופרה.

# en: Your manager takes the call cold. Eszter has to tell the whole story a fourth time before anyone acts on it. The case is solved by someone else, and what she remembers is being passed along once more.
handed-to-manager-summary = המנהלת שלך מקבלת את השיחה בלי שום הכנה. אסתר נאלצת לספר את כל הסיפור בפעם הרביעית לפני שמישהו עושה משהו. התיק נפתר בידי מישהו אחר, ומה שהיא זוכרת הוא שהעבירו אותה הלאה שוב.

# en: All right. Put her on. At least somebody's telling her first.
warm-handover-says-1 = בסדר. שתעלה לקו. לפחות מישהו מעדכן אותה קודם.

# en: Anna takes over with the whole story in front of her, so Eszter doesn't have to repeat it, and books Saturday morning. The case is solved, though not by you: a manager was needed only because the call went wrong early.
warm-handover-summary = אנה מקבלת את התיק כשכל הסיפור מולה, כך שאסתר לא צריכה לחזור עליו, ומשריינת את שבת בבוקר. התיק נפתר, אם כי לא על ידך: היה צורך במנהלת רק כי השיחה השתבשה מוקדם.

# en: Forget it. Cancel the order. I'll buy one somewhere else, and I'm writing a review about this.
walkout-says-1 = די, עזבו. בטלו את ההזמנה. אני אקנה במקום אחר, ואני עוד אכתוב על זה ביקורת.

# en: Eszter cancels the order and buys the machine from a competitor. Her one-star review warns others about 'a shop that passes you around'. Most unhappy customers leave without a word; she complained, and you lost her anyway.
walkout-summary = בסוף אסתר מבטלת את ההזמנה וקונה את המכונה אצל מתחרה. בביקורת של כוכב אחד היא מזהירה אחרים מפני "חנות שמגלגלת אותך מאחד לשני". רוב הלקוחות הלא מרוצים עוזבים בלי מילה; היא התלוננה, ובכל זאת איבדת אותה.

