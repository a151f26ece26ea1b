### Defuse scenario `phone-bill-charges` (The subscription nobody ordered) in he, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: The subscription nobody ordered
title = המנוי שאף אחד לא הזמין

# en: You answer the customer chat of a mobile operator. The customer has found charges on his bill from a partner service he says he never ordered. He has already called the hotline about it once, and he is writing in capitals.
brief = המשמרת שלך בצ'אט שירות הלקוחות של חברת סלולר. הלקוח מצא בחשבון שלו חיובים של שירות של חברה שותפה, ולדבריו מעולם לא הזמין אותו. הוא כבר התקשר פעם אחת למוקד בעניין הזה, ועכשיו הוא כותב בצעקות.

# en: Tibor Varga
customer-name = טיבור וארגה

# en: found four charges of 1,490 forints from a 'MobilPlay Club' on his bill, a service he never ordered
customer-trait-1 = מצא בחשבון שלו ארבעה חיובים של 1,490 פורינט מ־"MobilPlay Club", שירות שמעולם לא הזמין

# en: was told on the hotline last week: 'that's the partner's business, not ours'
customer-trait-2 = במוקד אמרו לו בשבוע שעבר: "זה עניין של החברה השותפה, לא שלנו"

# en: has been with the operator for 14 years and uses his phone for calls and the weather forecast
customer-trait-3 = לקוח של החברה כבר 14 שנה, ומשתמש בטלפון לשיחות ולתחזית מזג האוויר

# en: What? I don't understand what that's supposed to mean. I just want these MobilPlay charges off my bill and my money back.
neutral-says-1 = מה? אני לא מבין מה זה אמור להגיד. אני רק רוצה שהחיובים של MobilPlay יירדו מהחשבון שלי ושאקבל את הכסף בחזרה.

# en: Is that supposed to be an answer? I NEVER ordered this 'MobilPlay Club'. Tell me in plain words what you're doing about my money.
neutral-says-2 = זאת אמורה להיות תשובה??? מעולם לא הזמנתי שום "MobilPlay Club"!!! תגידו לי במילים פשוטות מה אתם עושים בעניין הכסף שלי.

# en: WHAT IS 'MOBILPLAY CLUB'?? Four charges of 1,490 forints on my bill and I never ordered ANYTHING. I called your hotline last week and was told 'that's the partner's business, not ours'. So who is taking my money? Are you in on this scam or what?
opening-says-1 = מה זה "MOBILPLAY CLUB"??? ארבעה חיובים של 1,490 פורינט בחשבון שלי, ואני לא הזמנתי שום דבר!!! התקשרתי למוקד שלכם בשבוע שעבר ואמרו לי "זה עניין של החברה השותפה, לא שלנו". אז מי לוקח לי את הכסף? אתם שותפים לעוקץ הזה או מה?

# en: I want an explanation. There are FOUR charges on my bill from some 'MobilPlay Club', 1,490 forints each. I never signed up for anything. Last week your colleague said 'that's the partner's business, not ours' and that was that. Well, it's YOUR bill. Is this a scam?
opening-says-2 = אני רוצה הסבר. יש בחשבון שלי ארבעה חיובים מאיזה "MobilPlay Club", 1,490 פורינט כל אחד!!! לא נרשמתי לשום דבר. בשבוע שעבר הנציג שלכם אמר "זה עניין של החברה השותפה, לא שלנו", וזהו. אז תקשיבו, זה החשבון שלכם!!! זה עוקץ?

# en: He has written three things: charges he never ordered, last week's brush-off, and his fear of fraud. Show him you read all three, and don't answer the capitals in kind.
opening-hint = הוא כתב שלושה דברים: חיובים שלא הזמין, ההתנערות של שבוע שעבר, והחשש שלו מהונאה. כדאי להראות לו שקראת את שלושתם, ולא לענות לצעקות בצעקות.

# en: I'm sorry about this, Mr Varga, but partner services are run by separate companies. We only collect the fee on their behalf, so the cancellation has to go through MobilPlay itself.
opening-reply-1 = צר לי על זה, מר וארגה, אבל שירותים של חברות שותפות מופעלים על ידי חברות נפרדות. אנחנו רק גובים את התשלום בשמן, אז את הביטול צריך לעשות ישירות מול MobilPlay.

# en: Apologies for this, Mr Varga, however third-party services are operated by other companies. We simply bill for them, so you'd need to cancel with MobilPlay directly.
opening-reply-1-wording-1 = מצטערת, מר וארגה, אבל שירותי צד שלישי מנוהלים על ידי חברות אחרות. אנחנו רק גובים עבורן, ולכן הביטול נעשה מול MobilPlay עצמם.

# en: Sorry, but we only bill for MobilPlay; cancel with them directly.
opening-reply-1-wording-2 = סליחה, אבל זה שירות של חברה חיצונית, תבטל מולם ישירות.

# en: sorry about that Mr Varga, but those partner services belong to other firms, we just collect the payment for them, so MobilPlay has to do the cancelling
opening-reply-1-wording-3 = סורי מר וארגה, אבל השירותים האלה שייכים לחברות חיצוניות, אנחנו רק מעבירים את הגבייה, אז תצטרך לפנות למובילפליי ולבטל אצלם

# en: I apologise, Mr Varga, but that subscription belongs to an outside company. We just pass the charge through on your bill, so MobilPlay is the one who has to cancel it.
opening-reply-1-wording-4 = אני מתנצלת, מר וארגה, אבל המנוי הזה שייך לגוף חיצוני. אנחנו רק מעבירים את החיוב דרך החשבונית שלך, ולכן רק MobilPlay יכולים לבטל אותו.

# en: Sorry, that's MobilPlay's service, you have to cancel it with them.
opening-reply-1-wording-5 = סליחה, זה שירות של MobilPlay, את הביטול עושים מולם.

# en: MobilPlay runs that club, not us, Mr Varga, sorry. We only take the payment for them, so please contact them to stop it.
opening-reply-1-wording-6 = את המועדון הזה מפעילה MobilPlay, לא אנחנו, מר וארגה, סליחה. אנחנו רק גובים בשבילם, אז תפנה אליהם כדי להפסיק את זה.

# en: Accurate, and almost word for word what the hotline told him last week. The 'but' cancels the apology, and he hears a second time that the company whose name is on the bill won't take his problem.
opening-reply-1-feedback = מדויק, וכמעט מילה במילה מה שאמרו לו במוקד בשבוע שעבר. ה"אבל" מבטל את ההתנצלות, והוא שומע בפעם השנייה שהחברה ששמה מופיע על החשבון לא תיקח את הבעיה שלו.

# en: I can assure you, Mr Varga, that we are not running any scam. We are a licensed operator, and every partner service on our network is checked and fully legal.
opening-reply-2 = מר וארגה, אין כאן שום עוקץ, ועל זה אין ויכוח. אנחנו חברה בעלת רישיון, וכל שירות של חברה שותפה ברשת שלנו נבדק והוא חוקי לחלוטין.

# en: Let me reassure you, Mr Varga, this is not a scam on our part. We're a fully licensed provider, and all the partner services we carry are vetted and completely legitimate.
opening-reply-2-wording-1 = מר וארגה, אין פה שום הונאה, ואת זה אני אומר חד־משמעית. אנחנו חברה מורשית, וכל שירות של שותף ברשת שלנו עובר בדיקה והוא חוקי לגמרי.

# en: This is no scam; we're licensed and all partners are vetted.
opening-reply-2-wording-2 = זה לא עוקץ, אנחנו חברה מורשית וחוקית.

# en: Mr Varga i promise you we're not scamming anyone, we're a licensed network and every partner on it gets checked and is totally legal
opening-reply-2-wording-3 = רגע, מר וארגה, אף אחד פה לא עוקץ אף אחד. יש לנו רישיון מסודר, וכל השותפים שלנו נבדקים ועובדים לפי החוק

# en: Mr Varga, nobody here is scamming you. We hold a proper licence and every company allowed on our network has been checked and is legal.
opening-reply-2-wording-4 = מר וארגה, אף אחד כאן לא מרמה אותך. יש לנו רישיון כחוק, וכל חברה שמורשית לפעול ברשת שלנו נבדקה והיא חוקית.

# en: We are not a scam, we are a licensed company.
opening-reply-2-wording-5 = אנחנו לא עוקץ, אנחנו חברה עם רישיון.

# en: A scam? Absolutely not, sir. We're a licensed telecom operator and our partners all pass checks, everything is above board.
opening-reply-2-wording-6 = עוקץ? ממש לא, אדוני. אנחנו מפעיל תקשורת מורשה, כל השותפים שלנו עוברים בדיקות, והכול חוקי ושקוף.

# en: You defended the company against the word 'scam' before you had looked at his money. Now he has to prove he was robbed, so he will push harder, and louder.
opening-reply-2-feedback = הגנת על החברה מפני המילה "עוקץ" עוד לפני שהסתכלת על הכסף שלו. עכשיו הוא צריך להוכיח שגנבו ממנו, אז הוא ילחץ חזק יותר, ובקול רם יותר.

# en: Hello Mr Varga, Kata here. Four MobilPlay charges you never ordered, nobody telling you who is taking your money, and a brush-off last week. Have I got that right?
opening-reply-3 = שלום מר וארגה, כאן קטה. ארבעה חיובים של MobilPlay שלא הזמנת, אף אחד לא אומר לך מי לוקח את הכסף, ובשבוע שעבר סילקו אותך. הבנתי נכון?

# en: Hi Mr Varga, this is Kata. So: four MobilPlay charges you didn't order, no one able to tell you who's taking the money, and you were fobbed off last week. Is that correct?
opening-reply-3-wording-1 = שלום מר וארגה, מדברת קטה. אז MobilPlay חייבו אותך ארבע פעמים בלי שביקשת, אף אחד לא נותן לך תשובה לאן הולך הכסף, ובשבוע שעבר פשוט נפטרו ממך. זה המצב?

# en: Kata here. Four unordered charges, no answers, fobbed off last week: right?
opening-reply-3-wording-2 = ארבעה חיובים שלא הזמנת, אין תשובה, וסילקו אותך. נכון?

# en: hi Mr Varga, kata speaking. so you've got 4 mobilplay charges you never signed up for, nobody will say who's getting your money, and last week you got brushed off. is that it?
opening-reply-3-wording-3 = היי מר וארגה, כאן מהשירות. רק לוודא: ירדו לך 4 חיובים של מובילפליי שלא אישרת, אין מי שיסביר לך מי גובה את זה, ובשבוע שעבר גלגלו אותך הלאה. הבנתי נכון?

# en: Good afternoon Mr Varga, my name is Kata. Let me check I understand: you've been billed four times by MobilPlay without ordering anything, nobody has explained who gets the money, and last week you were sent away. Correct?
opening-reply-3-wording-4 = צהריים טובים מר וארגה, שמי קטה. אני רוצה לוודא שהבנתי: MobilPlay חייבו אותך ארבע פעמים בלי שהזמנת כלום, אף אחד לא הסביר לך למי הולך הכסף, ובשבוע שעבר דחו אותך. נכון?

# en: So four charges you never ordered and no answers. Did I get that?
opening-reply-3-wording-5 = אז ארבעה חיובים שלא הזמנת ואף תשובה. הבנתי נכון?

# en: Kata here, Mr Varga. Let me repeat it back: MobilPlay charged you four times, you didn't sign up, you still don't know who has your money, and the hotline dismissed you. Is that right?
opening-reply-3-wording-6 = כאן קטה, מר וארגה. אני חוזרת על זה במילים שלי: MobilPlay גבו ממך ארבע פעמים, לא נרשמת לכלום, עדיין אין לך מושג אצל מי הכסף, ובמוקד פטרו אותך. זה נכון?

# en: A greeting with your name, then his three points in one line: the charges, the unanswered question of who is taking the money, and last week's brush-off. Asking him to confirm lets him say 'yes' for the first time in a week.
opening-reply-3-feedback = ברכה עם השם שלך, ואז שלוש הנקודות שלו בשורה אחת: החיובים, השאלה הפתוחה מי לוקח את הכסף, וההתנערות של שבוע שעבר. הבקשה לאשר נותנת לו לומר "כן" בפעם הראשונה מזה שבוע.

# en: Mr Varga, I'm sorry you were sent away last week. Let me look into these MobilPlay charges right now. Which number are they on?
opening-reply-4 = מר וארגה, צר לי שבשבוע שעבר שלחו אותך הלאה. אבדוק את החיובים של MobilPlay כבר עכשיו. על איזה מספר הם?

# en: Mr Varga, I apologise that you were turned away last week. I'll check these MobilPlay charges straight away. What number are they billed to?
opening-reply-4-wording-1 = מר וארגה, אני מצטער שבשבוע שעבר העבירו אותך מאחד לשני. אני בודק את החיובים של MobilPlay עכשיו. לאיזה מספר הם שייכים?

# en: Sorry about last week. I'll check the charges now: which number?
opening-reply-4-wording-2 = סליחה על שבוע שעבר, בודקת עכשיו. איזה מספר?

# en: sorry you got sent off last week Mr Varga. let me dig into the mobilplay stuff right now, what number are they on?
opening-reply-4-wording-3 = מר וארגה, סורי שבפעם הקודמת גלגלו אותך. אני נכנס לחיובים של מובילפליי כבר עכשיו, תכתוב לי על איזה קו מדובר?

# en: I apologise for how you were treated on the hotline last week, Mr Varga. I'm checking the MobilPlay charges for you now; what's the phone number?
opening-reply-4-wording-4 = אני מתנצל על היחס שקיבלת במוקד בשבוע שעבר, מר וארגה. אני בודק בשבילך עכשיו את החיובים של MobilPlay; מה מספר הטלפון?

# en: Sorry about the hotline. I'm looking into it now, what's your number?
opening-reply-4-wording-5 = סליחה על המוקד. אני בודקת עכשיו, מה המספר שלך?

# en: What number are the MobilPlay charges on? I'm sorry the hotline turned you away, I'll look into it right now.
opening-reply-4-wording-6 = על איזה מספר יורדים החיובים של MobilPlay? מצטערת שבמוקד דחו אותך, אני מבררת את זה מיד.

# en: Good instincts: an apology for the hotline and a move straight to his account. What it misses is his fear: he asked whether he is being scammed, and the best reply showed him that question had been heard too, before moving on.
opening-reply-4-feedback = אינסטינקט טוב: התנצלות על המוקד ומעבר ישר לחשבון שלו. מה שחסר הוא הפחד שלו: הוא שאל אם עובדים עליו, והתשובה הטובה ביותר הראתה לו שגם השאלה הזאת נשמעה, לפני שהמשיכה הלאה.

# en: Hello Mr Varga, and thank you for contacting us. I can help with any billing question. To start, please send me your phone number and the account holder's date of birth.
opening-reply-5 = שלום מר וארגה, ותודה שפנית אלינו. אשמח לעזור בכל שאלה על החשבון. כדי להתחיל, נא לשלוח לי את מספר הטלפון ואת תאריך הלידה של בעל החשבון.

# en: Good day Mr Varga, thanks for getting in touch. I'm happy to assist with billing queries. First, could you give me your mobile number and the date of birth of the account holder?
opening-reply-5-wording-1 = שלום מר וארגה, תודה על הפנייה. אני כאן לכל שאלה לגבי החשבון. לשם התחלה, אבקש ממך את המספר הנייד ואת תאריך הלידה של מי שרשום כבעל הקו.

# en: Thanks for contacting us. Please give your number and date of birth.
opening-reply-5-wording-2 = תודה שפנית. נא מספר טלפון ותאריך לידה.

# en: Hello Mr Varga, thanks for reaching out! happy to help with billing issues. to begin with, pls send your mobile number plus the account holder's DOB
opening-reply-5-wording-3 = היי, תודה שכתבת לנו! בשמחה אעזור בכל נושא של חשבונית. בשביל לזהות אותך צריך מספר נייד ותאריך לידה של בעל הקו

# en: Welcome, Mr Varga, and thanks for your message. I'm here to help with billing questions. Before anything else, I need your phone number and the date of birth of the account holder.
opening-reply-5-wording-4 = ברוך הבא, מר וארגה, ותודה על ההודעה. אני כאן לעזור בשאלות על החשבון. לפני הכול, אני צריכה את מספר הטלפון ואת תאריך הלידה של בעל החשבון.

# en: Hi, please send me your phone number and date of birth first.
opening-reply-5-wording-5 = היי, קודם שלח לי בבקשה מספר טלפון ותאריך לידה.

# en: Dear Mr Varga, thank you for your message. To proceed with your billing query, kindly provide the mobile number and the account holder's date of birth.
opening-reply-5-wording-6 = מר וארגה היקר, תודה על פנייתך. לצורך המשך הטיפול בפנייתך בנושא החשבון, נבקשך למסור את מספר הנייד ואת תאריך הלידה של בעל החשבון.

# en: Courteous, and it reads like the automatic greeting of every chat window. He asked whether he is being robbed and got a form to fill in, which tells him his message went unread.
opening-reply-5-feedback = מנומס, ונקרא כמו הודעת הפתיחה האוטומטית של כל חלון צ'אט. הוא שאל אם גונבים ממנו וקיבל טופס למילוי, ומזה הוא מבין שאף אחד לא קרא את ההודעה שלו.

# en: Yes. That's it. And don't you tell me to calm down, the man on the hotline did that too. I've been calm for a week. Now who is taking my money?
confirmed-says-1 = כן. בדיוק. ואל תגידו לי להירגע, גם הבחור במוקד אמר לי את זה. אני רגוע כבר שבוע. אז מי לוקח לי את הכסף?

# en: Yes, that's exactly it. And don't tell me to calm down, I had enough of that from your hotline. I've been patient for a week. So who's got my money?
confirmed-says-2 = כן, בדיוק ככה. ואל תגידו לי להירגע, היה לי מספיק מזה במוקד שלכם. אני סבלני כבר שבוע. אז אצל מי הכסף שלי?

# en: He has told you what not to say. Let him see calm in the way you write, and move to his money.
confirmed-hint = הוא אמר לך מה לא להגיד. את הרוגע כדאי להראות לו בכתיבה עצמה, ואז לעבור לכסף שלו.

# en: Of course not, Mr Varga. Your satisfaction matters to us, and I'm here to help in any way I can. Could you confirm the number the charges are on?
confirmed-reply-1 = ודאי שלא, מר וארגה. שביעות הרצון שלך חשובה לנו, ואשמח לעזור בכל דרך. תוכל לאשר את המספר שעליו מופיעים החיובים?

# en: Certainly not, Mr Varga. Customer satisfaction is important to us, and I'll help however I can. Can you confirm which number the charges appear on?
confirmed-reply-1-wording-1 = בשום אופן לא, מר וארגה. חשוב לנו שתהיה מרוצה, ואני כאן לעזור בכל דרך. אפשר לאשר את מספר הקו שעליו מופיעים החיובים?

# en: Of course not. Your satisfaction is our priority. Which number is it?
confirmed-reply-1-wording-2 = ודאי שלא. שביעות רצונך חשובה לנו. מה המספר?

# en: definitely not Mr Varga. customer satisfaction is really important to us and i'm happy to help however possible. can you confirm the number for me?
confirmed-reply-1-wording-3 = חלילה, מר וארגה. אצלנו הלקוח במרכז ואנחנו פה בשבילך. רק תאשר לי בבקשה את הקו עם החיובים?

# en: Not at all, Mr Varga. We value you as a customer and I'm here to assist you in every way possible. Which phone number are the charges showing on?
confirmed-reply-1-wording-4 = בכלל לא, מר וארגה. אתה לקוח חשוב לנו, ואני כאן כדי לסייע בכל דרך אפשרית. על איזה מספר טלפון מופיעים החיובים?

# en: Of course not, sir. We value our customers. What's the number?
confirmed-reply-1-wording-5 = ודאי שלא, אדוני. הלקוחות שלנו יקרים לנו. מה המספר?

# en: Mr Varga, of course I won't. Keeping our customers happy is very important to us and I'm glad to assist. Please confirm the number for me.
confirmed-reply-1-wording-6 = מר וארגה, ברור שלא. מאוד חשוב לנו שהלקוחות שלנו מרוצים, ואשמח לסייע. אנא אשר לי את המספר.

# en: Nothing wrong in it, and nothing for him in it either. 'Your satisfaction matters to us' is the line printed on every letter he has had from the company; he asked a plain question and got a slogan.
confirmed-reply-1-feedback = אין בזה שום דבר רע, וגם שום דבר בשבילו. "שביעות הרצון שלך חשובה לנו" מודפס על כל מכתב שקיבל מהחברה; הוא שאל שאלה פשוטה וקיבל סיסמה.

# en: I won't. A week of this would make anyone angry. Let's find out where your money is going: which number are the charges on?
confirmed-reply-2 = לא אגיד. שבוע כזה היה מכעיס כל אחד. בוא נברר לאן הולך הכסף שלך: על איזה מספר החיובים?

# en: I wouldn't dream of it. Anybody would be angry after a week like that. Let's trace where your money's going: what number is being charged?
confirmed-reply-2-wording-1 = לא אגיד לך את זה. שבוע כמו שעבר עליך היה מעצבן כל אחד. בוא נבין לאן הכסף שלך הולך: על איזה מספר רשומים החיובים?

# en: I won't. Anyone would be angry. Which number are they on?
confirmed-reply-2-wording-2 = לא אגיד. שבוע כזה מכעיס כל אחד, ובצדק. בוא נברר לאן הכסף הולך: איזה מספר?

# en: i won't, don't worry. a week like yours would make anybody furious. let's see where your money's ending up, which number is it?
confirmed-reply-2-wording-3 = לא, לא אבקש ממך להירגע, אחרי שבוע כזה גם אני הייתי רותח. יאללה נמצא לאן הולך הכסף, מה המספר עם החיובים?

# en: No, I'm not going to say that. Anyone would be furious after a week like yours. Let's track down who's taking your money: what number are the charges on?
confirmed-reply-2-wording-4 = לא, את זה אני לא אומרת. כל אחד היה יוצא מדעתו אחרי שבוע כמו שלך. בוא נמצא מי לוקח לך את הכסף: על איזה מספר יושבים החיובים?

# en: I won't. You've every reason to be angry. What's the number?
confirmed-reply-2-wording-5 = לא אבקש ממך להירגע, אחרי שבוע כזה כל אחד היה כועס. מה המספר?

# en: After a week like that, of course you're angry, I won't tell you to calm down. Let's find where the money goes, which number is it?
confirmed-reply-2-wording-6 = אחרי שבוע כזה ברור שאתה כועס, אני לא הולך להגיד לך להירגע. בוא נמצא לאן הכסף הולך, איזה מספר זה?

# en: No request for calm and no defence of the hotline: a level answer, a word for his week, and the next step. Calm he can see in your writing does more for his capitals than any request could.
confirmed-reply-2-feedback = בלי בקשה להירגע ובלי להגן על המוקד: תשובה שקולה, מילה על השבוע שעבר עליו, והצעד הבא. רוגע שהוא רואה בכתיבה שלך עושה לצעקות שלו יותר מכל בקשה.

# en: I wasn't going to, sir. But it honestly goes faster for both of us if we keep the chat polite, so let's take it one step at a time, all right?
confirmed-reply-3 = לא התכוונתי, אדוני. אבל בכנות, זה ילך מהר יותר לשנינו אם נשמור על צ'אט מנומס, אז בוא ניקח את זה צעד אחר צעד, בסדר?

# en: I wasn't planning to, sir. But honestly this will be quicker for us both if we keep things civil, so let's go through it bit by bit, okay?
confirmed-reply-3-wording-1 = לא הייתה לי כוונה, אדוני. אבל בכנות, נתקדם הרבה יותר מהר אם נשמור על שיחה מכבדת, אז בוא נעשה את זה שלב אחרי שלב, טוב?

# en: Wasn't planning to. But let's keep it civil and go step by step.
confirmed-reply-3-wording-2 = נתקדם מהר יותר אם נשמור על נימוס, בסדר?

# en: i wasn't about to sir, but it'll be quicker for us both if we stay polite, so let's just take it step by step ok?
confirmed-reply-3-wording-3 = לא התכוונתי לזה אדוני, אבל בוא נשמור על טון נעים בצ'אט, ככה זה ילך מהר יותר, ונעבור על הכול לאט לאט, סבבה?

# en: I hadn't intended to, sir, but we'll get through this much quicker if we both stay courteous, so let's go slowly, one thing at a time.
confirmed-reply-3-wording-4 = לא הייתה לי כוונה, אדוני, אבל נסיים עם זה הרבה יותר מהר אם שנינו נישאר אדיבים, אז בוא נתקדם לאט, דבר אחד בכל פעם.

# en: Let's keep it polite and go one step at a time.
confirmed-reply-3-wording-5 = בוא נשמור על נימוס ונתקדם צעד צעד.

# en: sir, i never said calm down, but it really helps if we keep things friendly. one step at a time, alright?
confirmed-reply-3-wording-6 = אדוני, לא אמרתי תירגע, אבל זה באמת עוזר כשמדברים יפה. צעד אחד בכל פעם, אוקיי?

# en: He asked you not to tell him to calm down, and you did it anyway in politer words. 'Keep the chat polite' tells him his tone is the problem, not the 5,960 forints.
confirmed-reply-3-feedback = הוא ביקש שלא יגידו לו להירגע, ואמרת את זה בכל זאת, במילים מנומסות יותר. "נשמור על צ'אט מנומס" אומר לו שהטון שלו הוא הבעיה, ולא 5,960 הפורינט.

# en: I won't, Mr Varga. Let me open your account now and look at these charges. Which number are they on?
confirmed-reply-4 = לא אגיד, מר וארגה. אפתח את החשבון שלך ואבדוק את החיובים האלה. על איזה מספר הם?

# en: I won't, Mr Varga. I'll bring up your account right now and check these charges. What number are they on?
confirmed-reply-4-wording-1 = לא אגיד לך את זה, מר וארגה. אני נכנסת לחשבון שלך ובודקת את החיובים. מה המספר?

# en: I won't. Opening your account now: which number?
confirmed-reply-4-wording-2 = לא אגיד, רק אבדוק את החיובים. איזה מספר?

# en: no i won't. let me pull up your account and look at the charges, what number are they billed to?
confirmed-reply-4-wording-3 = בסדר, לא אגיד. אני פותח לך את החשבון ובודק מה החיובים האלה, באיזה קו מדובר?

# en: I won't do that, Mr Varga. I'm pulling up your account right now to check these charges; what's the number they're billed to?
confirmed-reply-4-wording-4 = את זה לא אגיד, מר וארגה. אני מעלה עכשיו את החשבון שלך כדי לבדוק את החיובים; לאיזה מספר הם מחויבים?

# en: I won't. Checking your account now, what's the number?
confirmed-reply-4-wording-5 = לא אגיד. בודקת את החשבון עכשיו, מה המספר?

# en: Mr Varga, I'm opening your account as we speak to look at the charges. Which number should I check?
confirmed-reply-4-wording-6 = מר וארגה, אני פותח את החשבון שלך ממש עכשיו כדי להסתכל על החיובים. איזה מספר לבדוק?

# en: Steady and practical, and it keeps his request. What it leaves out is the week he has had: the best reply gave that one short sentence before the question, and he would have felt it.
confirmed-reply-4-feedback = יציב ומעשי, ומכבד את הבקשה שלו. מה שחסר הוא השבוע שעבר עליו: התשובה הטובה ביותר הקדישה לזה משפט קצר אחד לפני השאלה, והוא היה מרגיש את זה.

# en: I'm sorry about my colleague. The hotline takes hundreds of calls a day and they're trained to pass partner questions on, so that's where that answer came from.
confirmed-reply-5 = סליחה על הקולגה שלי. המוקד מקבל מאות שיחות ביום, ומדריכים את הנציגים להעביר הלאה שאלות על חברות שותפות, ומשם הגיעה התשובה הזאת.

# en: Apologies for my colleague. The hotline handles hundreds of calls every day and the staff are taught to refer partner queries elsewhere, which is why you got that answer.
confirmed-reply-5-wording-1 = מצטער על הנציג הקודם. המוקד מקבל מאות פניות כל יום, והנציגים מונחים להעביר הלאה כל שאלה על חברות שותפות, ומכאן התשובה שקיבלת.

# en: Sorry; the hotline is trained to pass partner queries on.
confirmed-reply-5-wording-2 = סליחה, במוקד מונחים להעביר שאלות כאלה הלאה.

# en: sorry about the guy on the hotline, they get loads of calls every day and the training tells them to redirect partner questions, that's why he said that
confirmed-reply-5-wording-3 = סורי על הבחור מהמוקד, יש שם מלא שיחות ביום ומלמדים אותם להפנות כל דבר של שותפים למקום אחר, לכן זה מה שאמרו לך

# en: I apologise for the hotline agent. They deal with a huge number of calls each day and are told to refer anything about partners elsewhere, which explains that reply.
confirmed-reply-5-wording-4 = אני מתנצלת בשם הנציג מהמוקד. הם מטפלים בכמות עצומה של שיחות כל יום ומקבלים הוראה להפנות כל עניין של שותפים למקום אחר, וזה מסביר את התשובה.

# en: Sorry, the hotline is busy and sends partner questions elsewhere.
confirmed-reply-5-wording-5 = סליחה, המוקד עמוס ומפנה שאלות על שותפים הלאה.

# en: The hotline gets hundreds of calls daily, that's why. They're trained to redirect partner questions, sorry about him.
confirmed-reply-5-wording-6 = המוקד מקבל מאות שיחות ביום, זו הסיבה. מלמדים אותם להעביר שאלות על שותפים הלאה, סורי עליו.

# en: Explaining how the hotline is trained still defends it. He didn't ask why he was brushed off; he asked who is taking his money, and that is still unanswered.
confirmed-reply-5-feedback = להסביר איך מדריכים את המוקד זה עדיין להגן עליו. הוא לא שאל למה סילקו אותו; הוא שאל מי לוקח לו את הכסף, ועל זה עדיין אין תשובה.

# en: THAT'S EXACTLY WHAT THEY SAID LAST WEEK. I have no contract with any 'partner'. My contract is with YOU. YOU sent me the bill. YOU took the money off my account. So don't send me to anybody else!
partner-again-says-1 = בדיוק את זה אמרו לי בשבוע שעבר!!! אין לי שום חוזה עם שום "חברה שותפה". החוזה שלי הוא איתכם. אתם שלחתם לי את החשבון. אתם הורדתם לי את הכסף מהחשבון בבנק. אז אל תשלחו אותי לאף אחד אחר!

# en: Sir, please stop writing in capital letters. I can't help you while you're shouting at me in the chat, and I would really like to help you.
partner-again-reply-1 = אדוני, בבקשה תפסיק לכתוב בצעקות. אי אפשר לעזור לך כשאתה צועק עליי בצ'אט, ואני באמת רוצה לעזור לך.

# en: Sir, please don't type in capitals. I can't assist you with all this shouting, and I genuinely want to help.
partner-again-reply-1-wording-1 = אדוני, אני מבקשת שתפסיק לצעוק בכתב. אני לא מצליחה לעזור לך ככה, עם כל הצעקות בכתב, ובאמת שחשוב לי לעזור.

# en: Please stop typing in caps; I can't help while you shout.
partner-again-reply-1-wording-2 = בבקשה בלי צעקות בצ'אט, ככה אני לא יכול לעזור.

# en: sir could you stop using caps please, i can't help you if you're shouting at me and i really do want to help
partner-again-reply-1-wording-3 = אדוני, די עם האותיות הגדולות וסימני הקריאה, אני לא מצליחה לעזור כשצועקים עליי, ואני רוצה לעזור לך באמת

# en: Sir, there's no need to shout at me. Please write normally, because I can't help you when you type in all caps, and I do want to help.
partner-again-reply-1-wording-4 = אדוני, אין שום צורך לצעוק עליי. תכתוב בבקשה בצורה רגילה, בלי שלושה סימני קריאה בכל משפט, כי ככה אני לא מצליחה לעזור לך, ואני רוצה לעזור.

# en: There's no need to shout, please stop using capitals.
partner-again-reply-1-wording-5 = אין צורך לצעוק, בבקשה בלי סימני קריאה.

# en: please turn off caps lock sir, shouting in the chat won't get us anywhere and i want to help you
partner-again-reply-1-wording-6 = אדוני תוריד את הסימני קריאה, צעקות בצ'אט לא יקדמו אותנו לשום מקום ואני רוצה לעזור לך

# en: Capitals are his raised voice. Asking him to lower it says his anger is the problem, not the charges, and he has just been sent away twice. An even reply would have ended the capitals sooner.
partner-again-reply-1-feedback = הצעקות בכתב הן הקול המורם שלו. לבקש ממנו להנמיך אותו אומר שהכעס שלו הוא הבעיה, לא החיובים, ורק עכשיו שלחו אותו הלאה פעמיים. תשובה שקולה הייתה מפסיקה את הצעקות מהר יותר.

# en: You're right: it's our bill, so it's ours to sort out. I'll handle it myself; you won't have to contact MobilPlay. Which number is it on?
partner-again-reply-2 = אתה צודק: זה החשבון שלנו, אז עלינו לסדר את זה. אטפל בזה בעצמי; לא תצטרך לפנות ל־MobilPlay. על איזה מספר מדובר?

# en: You're quite right: the bill is ours, so it's our job to fix it. I'll deal with it personally, and you won't need to get in touch with MobilPlay at all. What number is it on?
partner-again-reply-2-wording-1 = צודק: זה החשבון שלנו, ולכן זה עלינו לפתור. אני מטפל בזה בעצמי, ואתה לא צריך לדבר עם MobilPlay. מה המספר?

# en: Quite right, the bill's ours. I'll handle it; no need to contact MobilPlay.
partner-again-reply-2-wording-2 = צודק, זה עלינו, לא תצטרך לפנות אליהם. איזה מספר?

# en: you're right, we sent the bill so it's on us. i'll sort it myself, you don't need to talk to mobilplay. what's the number?
partner-again-reply-2-wording-3 = אתה צודק לגמרי, החשבונית היא שלנו אז גם הבעיה שלנו. אני לוקחת את זה, שום פנייה למובילפליי מצידך. על איזה קו מדובר?

# en: Agreed, we sent you the bill and took the money, so fixing it is our responsibility. I'll deal with it personally and you don't have to go to MobilPlay. What's the number?
partner-again-reply-2-wording-4 = מסכים איתך, אנחנו שלחנו לך את החשבון ואנחנו לקחנו את הכסף, אז התיקון באחריות שלנו. אני מטפל בזה אישית ואין צורך שתפנה ל־MobilPlay. מה המספר?

# en: You're right, it's our bill. I'll sort it, no need to call MobilPlay.
partner-again-reply-2-wording-5 = צודק, החשבון שלנו. אני מסדרת, אין צורך להתקשר ל־MobilPlay.

# en: Mr Varga, you won't be sent anywhere else. It's our bill, so I'll take care of it myself; which number is it on?
partner-again-reply-2-wording-6 = מר וארגה, אף אחד לא שולח אותך לשום מקום. זה החשבון שלנו, אז אני לוקח את זה על עצמי; על איזה מספר זה?

# en: You agreed with the one point he is sure of, that the bill is yours, and took the case. 'You won't have to contact MobilPlay' answers his real fear: being sent on a third time.
partner-again-reply-2-feedback = הסכמת איתו בנקודה היחידה שהוא בטוח בה, שזה החשבון של החברה, ולקחת את המקרה. "לא תצטרך לפנות ל־MobilPlay" עונה על הפחד האמיתי שלו: שישלחו אותו הלאה בפעם השלישית.

# en: You're right that it's on our bill, Mr Varga, but the service belongs to the partner, so the refund has to come from them. I can give you their customer line.
partner-again-reply-3 = אתה צודק שזה מופיע בחשבון שלנו, מר וארגה, אבל השירות שייך לחברה השותפה, אז ההחזר צריך להגיע מהם. אפשר לתת לך את מספר שירות הלקוחות שלהם.

# en: You're correct, Mr Varga, it appears on our bill, but it's the partner's service, so any refund must come from them. Here's their customer service number if you want it.
partner-again-reply-3-wording-1 = נכון, החיוב רשום אצלנו בחשבון, מר וארגה, אבל השירות הוא של החברה השותפה, ולכן ההחזר צריך לבוא מהם. אני יכול לתת לך את הטלפון של מוקד השירות שלהם.

# en: It's the partner's service, so they owe the refund; here's their customer line.
partner-again-reply-3-wording-2 = זה בחשבון שלנו, אבל ההחזר מהם; הנה המספר שלהם.

# en: yes it's on our bill but the service is the partner's so they have to do the refund. i can send you their helpline number
partner-again-reply-3-wording-3 = אתה צודק שזה בחשבונית שלנו, אבל השירות עצמו של השותף, אז הכסף חוזר רק מהם. אשלח לך את הטלפון של השירות לקוחות שלהם

# en: Yes, it's on our bill, Mr Varga, but MobilPlay provides the service, so they're the ones who must refund you. I can pass you their customer service number.
partner-again-reply-3-wording-4 = כן, זה מופיע בחשבון שלנו, מר וארגה, אבל את השירות נותנת MobilPlay, ולכן הם אלה שצריכים להחזיר לך. אני יכולה להעביר לך את המספר של שירות הלקוחות שלהם.

# en: The refund has to come from the partner. I can give you their number.
partner-again-reply-3-wording-5 = ההחזר צריך להגיע מהשותפה. אפשר לתת לך את המספר שלהם.

# en: I can give you MobilPlay's customer line, sir, because although the charge is on our bill, the refund has to come from them as it's their service.
partner-again-reply-3-wording-6 = אדוני, אני יכול לתת לך את הקו של שירות הלקוחות של MobilPlay, כי למרות שהחיוב בחשבונית שלנו, ההחזר חייב לבוא מהם, זה השירות שלהם.

# en: It opens by agreeing and then sends him exactly where he said he would not go. A phone number for another company is last week's answer with better manners.
partner-again-reply-3-feedback = זה נפתח בהסכמה ואז שולח אותו בדיוק למקום שהוא אמר שלא ילך אליו. מספר טלפון של חברה אחרת הוא התשובה של שבוע שעבר, רק בנימוס רב יותר.

# en: OH, 'LEGAL', IS IT? Then why is a legal company taking money for something I NEVER ordered? I don't care about your licence. I WANT MY MONEY BACK.
shouting-says-1 = אה, "חוקיים", כן??? אז למה חברה חוקית לוקחת כסף על משהו שמעולם לא הזמנתי? לא מעניין אותי הרישיון שלכם. אני רוצה את הכסף שלי בחזרה!!!

# en: You have every right to be angry: money left your account for something you never asked for. I won't argue about licences. Which number is it on?
shouting-reply-1 = יש לך כל הזכות לכעוס: ירד לך כסף מהחשבון על משהו שמעולם לא ביקשת. לא אתווכח על רישיונות. על איזה מספר?

# en: You're completely entitled to be angry: money was taken out of your account for a thing you didn't request. I'm not going to argue about licences. What number is it on?
shouting-reply-1-wording-1 = מותר לך לגמרי לכעוס: ירדו לך כספים מהבנק על שירות שלא ביקשת אף פעם. לא אכנס לוויכוח על רישיונות. מה המספר?

# en: Your anger's fair. Forget licences: which number?
shouting-reply-1-wording-2 = בצדק אתה כועס. עזוב רישיונות, מה המספר?

# en: you're right to be angry, sir. money came out of your account for stuff you never ordered. i'm not arguing about licences. what's the number?
shouting-reply-1-wording-3 = ברור שאתה כועס, לקחו לך כסף על שירות שלא הזמנת בחיים. לא נתווכח על חוקיות, תן לי את המספר ונתקדם

# en: Of course you're furious, you've been charged for something you never wanted. Forget the licence talk, I'm not going to debate it. What number is it on?
shouting-reply-1-wording-4 = ברור שאתה זועם, חייבו אותך על משהו שמעולם לא רצית. עזוב את עניין הרישיון, אני לא נכנסת לוויכוח על זה. על איזה מספר זה?

# en: You have every reason to be angry. What's the number?
shouting-reply-1-wording-5 = מובן שאתה כועס, יש לך סיבה. תן את המספר.

# en: fair enough, i won't argue about licences with you. money went out for something you never ordered, you've every right to be angry. which number?
shouting-reply-1-wording-6 = צודק, לא אתווכח איתך על רישיונות. ירד לך כסף על משהו שלא הזמנת, יש לך את כל הזכות לכעוס. איזה מספר?

# en: You accepted his anger as fair and dropped the argument you had started. Short, steady sentences in answer to capitals bring the chat back down to your level.
shouting-reply-1-feedback = קיבלת את הכעס שלו כמוצדק ועזבת את הוויכוח שהתחלת. משפטים קצרים ושקטים בתשובה לצעקות מורידים את הצ'אט בחזרה לגובה שלך.

# en: I do understand, sir, but I can't promise any refund before I've checked the whole account properly. Please be patient with me for a moment while I look.
shouting-reply-2 = ברור לי, אדוני, אבל אי אפשר להבטיח החזר לפני שאבדוק את כל החשבון כמו שצריך. בבקשה תתאזר בסבלנות לרגע, עד שאסיים לבדוק.

# en: I understand, sir. However, I can't commit to a refund until I've properly gone through the whole account. Please bear with me a moment while I check.
shouting-reply-2-wording-1 = אני מבין, אדוני, אבל אני לא יכול להבטיח החזר לפני שאעבור על כל החשבון כמו שצריך. אנא התאזר בסבלנות רגע, עד שאסיים.

# en: I can't promise a refund before checking; please be patient.
shouting-reply-2-wording-2 = החזר אני לא מבטיחה לפני שאבדוק, קצת סבלנות.

# en: i get it sir, only i can't promise money back till i've checked your account properly. please bear with me a sec while i look
shouting-reply-2-wording-3 = הבנתי אדוני, אבל על החזר אני לא יכולה להתחייב עד שאסרוק את כל החשבונית, אז תן לי כמה דקות ותהיה סבלני

# en: I hear you, sir, but I'm not able to promise you a refund until I've gone through the account in full. Please give me a moment to check.
shouting-reply-2-wording-4 = שומעת אותך, אדוני, אבל אין באפשרותי להבטיח לך החזר לפני שאעבור על החשבון במלואו. תן לי רגע לבדוק, בבקשה.

# en: I can't promise a refund yet, let me check first.
shouting-reply-2-wording-5 = עוד אי אפשר להבטיח החזר, קודם אבדוק.

# en: No promises on getting your money back until I've looked over the whole account, sir. Give me a minute please.
shouting-reply-2-wording-6 = על החזר כספי אין הבטחות לפני שאסתכל על כל החשבון, אדוני. דקה בבקשה.

# en: True, and calmly put, but it answers only the money. He feels cheated, and 'please be patient' sounds as if you want him to stop feeling it.
shouting-reply-2-feedback = נכון, ונאמר ברוגע, אבל עונה רק על הכסף. הוא מרגיש מרומה, ו"תתאזר בסבלנות" נשמע כאילו המטרה היא שיפסיק להרגיש את זה.

# en: I'm only explaining how it works, sir. I'M TRYING TO HELP YOU here, if you would just let me get a word in.
shouting-reply-3 = רק הסברתי איך זה עובד, אדוני. אני מנסה לעזור לך!!! אם רק תיתן לי לומר מילה.

# en: I'm just telling you how it works, sir. I AM TRYING TO HELP if you'd only let me say something.
shouting-reply-3-wording-1 = אני רק פירטתי את השיטה, אדוני. אני פה כדי לעזור!!! תן לי רק להגיד משהו.

# en: Just explaining. I'M TRYING TO HELP, sir, let me speak.
shouting-reply-3-wording-2 = אני מנסה לעזור!!! תן לי לדבר.

# en: i'm just explaining how it all works sir. I AM TRYING TO HELP YOU, if you'd stop and let me speak
shouting-reply-3-wording-3 = אדוני, רק הסברתי את השיטה!!! אני פה כדי לעזור, אבל אתה לא נותן לי להכניס מילה!!!

# en: Sir, I was just explaining the process. Let me finish a sentence, I'M TRYING TO HELP YOU.
shouting-reply-3-wording-4 = אדוני, אני רק הסברתי את התהליך. תן לי לסיים משפט, אני מנסה לעזור לך!!!

# en: Let me finish, I'M TRYING TO HELP YOU!
shouting-reply-3-wording-5 = תן לי לסיים, אני מנסה לעזור לך!!!

# en: I AM ONLY EXPLAINING, sir. Could you let me talk for a second, I'm trying to help here.
shouting-reply-3-wording-6 = אני רק מסביר!!! אדוני, אפשר לדבר שנייה? אני מנסה לעזור פה.

# en: Capitals answered with capitals turn the chat into a shouting match, and 'if you would just let me' makes it about you. The softer you write, the sooner he lowers his voice.
shouting-reply-3-feedback = סימני קריאה בתגובה לסימני קריאה הופכים את הצ'אט לתחרות צעקות, ו"אם רק תיתן לי" מעביר את המרכז אליך. ככל שהכתיבה שלך רכה יותר, כך הוא יוריד את הקול מהר יותר.

# en: Enough. I've been sent round in circles twice now. Put me through to a supervisor, or I'm taking this to the consumer protection office.
supervisor-demand-says-1 = די. כבר פעמיים מסובבים אותי במעגלים. תעבירו אותי לאחראי משמרת, או שאני פונה לרשות להגנת הצרכן.

# en: I'll put you through to a supervisor now, Mr Varga. The current waiting time is around 25 minutes, and they will be able to look at your account.
supervisor-demand-reply-1 = אעביר אותך עכשיו לאחראי משמרת, מר וארגה. זמן ההמתנה כרגע הוא כ־25 דקות, ושם יוכלו לבדוק את החשבון שלך.

# en: Mr Varga, I'm transferring you to a supervisor now. The wait is currently about 25 minutes, and they'll be able to check your account.
supervisor-demand-reply-1-wording-1 = אני מעביר אותך עכשיו לאחראי המשמרת, מר וארגה. כרגע ממתינים בערך 25 דקות, והם יבדקו שם את החשבון.

# en: Transferring you to a supervisor; the wait's about 25 minutes.
supervisor-demand-reply-1-wording-2 = מעבירה לאחראי משמרת, המתנה של כ־25 דקות.

# en: ok Mr Varga, i'm transferring you to a supervisor. wait time's roughly 25 mins right now, they can go through your account
supervisor-demand-reply-1-wording-3 = אוקיי, אני מעבירה אותך לאחראי, מר וארגה, יש תור של בערך עשרים וחמש דקות, ושם יעברו על החשבון שלך

# en: Very well, Mr Varga, I'm passing you to a supervisor. You'll wait about 25 minutes, and then they can review your account.
supervisor-demand-reply-1-wording-4 = בסדר גמור, מר וארגה, אני מעבירה אותך לאחראי משמרת. ההמתנה תהיה בערך 25 דקות, ואחר כך יעברו שם על החשבון שלך.

# en: OK, transferring you to a supervisor, about 25 minutes wait.
supervisor-demand-reply-1-wording-5 = אוקיי, מעביר לאחראי משמרת, בערך 25 דקות המתנה.

# en: the queue for a supervisor is around 25 minutes at the moment Mr Varga, i'll transfer you now and they'll check your account
supervisor-demand-reply-1-wording-6 = התור לאחראי משמרת עומד עכשיו על כ־25 דקות מר וארגה, אני מעבירה אותך והם יבדקו לך את החשבון

# en: It does what he asked, but the case leaves your hands unsolved and he waits 25 minutes to tell it a third time. One concrete offer before the transfer might have kept him.
supervisor-demand-reply-1-feedback = זה עושה מה שביקש, אבל המקרה יוצא מהידיים שלך בלי פתרון, והוא ממתין 25 דקות כדי לספר הכול בפעם השלישית. הצעה קונקרטית אחת לפני ההעברה הייתה יכולה להשאיר אותו.

# en: I'll put you through if you still want that. But first I can stop the MobilPlay charges on your number, right now, while we're chatting. Shall I?
supervisor-demand-reply-2 = אעביר אותך אם עדיין תרצה. אבל קודם אוכל לעצור את החיובים של MobilPlay על המספר שלך, עכשיו, תוך כדי הצ'אט. לעצור?

# en: I can transfer you if that's still what you want. Before that, though, I can put a stop to MobilPlay charging your number right now, during this chat. Would you like me to?
supervisor-demand-reply-2-wording-1 = אם עדיין תרצה, אני אעביר אותך. אבל לפני כן אני יכולה לחסום את MobilPlay על הקו שלך ממש עכשיו, בזמן שאנחנו מדברים. לעשות את זה?

# en: I can transfer you, but first, shall I stop the MobilPlay charges while we're chatting?
supervisor-demand-reply-2-wording-2 = אעביר אם תרצה, אבל אפשר לעצור את החיובים כבר עכשיו. לעצור?

# en: happy to transfer you if you still want. but first, i could cancel mobilplay on your line right this minute while we're talking. want me to?
supervisor-demand-reply-2-wording-3 = אין בעיה להעביר אותך, אבל רגע, אני יכול לבטל לך את המנוי של מובילפליי כבר עכשיו פה בצ'אט, שלא ירדו עוד חיובים. רוצה?

# en: If you still want a supervisor afterwards, I'll transfer you. Before you go, though, I can cancel MobilPlay on your number this minute. Do you want me to do that?
supervisor-demand-reply-2-wording-4 = אם גם אחר כך תרצה אחראי, אעביר אותך. אבל לפני שאתה הולך, אני יכול לבטל את MobilPlay על המספר שלך ממש בדקה הזאת. שאעשה את זה?

# en: Before I transfer you, want me to stop MobilPlay right now?
supervisor-demand-reply-2-wording-5 = לפני שאעביר, לעצור את MobilPlay כבר עכשיו?

# en: Mr Varga, I can block the MobilPlay charges on your line right now, in this chat, and then transfer you if you still wish. Shall I do that first?
supervisor-demand-reply-2-wording-6 = מר וארגה, אני יכולה לחסום את החיובים של MobilPlay על הקו שלך כבר עכשיו, פה בצ'אט, ואז להעביר אותך אם עדיין תרצה. לעשות את זה קודם?

# en: You respected his request and offered the one thing he wants most, which you control. Customers often ask for a supervisor only because they have given up on the person in front of them.
supervisor-demand-reply-2-feedback = כיבדת את הבקשה שלו והצעת את הדבר שהוא הכי רוצה, ושנמצא בשליטתך. לקוחות מבקשים אחראי משמרת פעמים רבות רק כי התייאשו מהאדם שמולם.

# en: I'll ask my team leader, Ágnes, to join this chat. I'll give her the whole story first, so you won't repeat a word, and I'll stay until she's here.
supervisor-demand-reply-3 = אבקש מראש הצוות שלי, אגנש, להצטרף לצ'אט. קודם אספר לה את כל הסיפור, כדי שלא תצטרך לחזור על מילה, ואשאר כאן עד שהיא תגיע.

# en: I'll get Ágnes, my team leader, to join us in the chat. I'll fill her in on everything beforehand so you don't need to repeat yourself, and I'll remain here until she arrives.
supervisor-demand-reply-3-wording-1 = אני אבקש מאגנש, ראש הצוות שלי, להיכנס לשיחה. לפני כן אעדכן אותה בכל הפרטים, שלא תצטרך לחזור על שום דבר, ואני לא יוצא מהצ'אט עד שהיא מצטרפת.

# en: I'll brief Ágnes, my team leader, and stay till she joins.
supervisor-demand-reply-3-wording-2 = אצרף את אגנש, ראש הצוות, אתדרך אותה ואשאר כאן.

# en: i'll get Ágnes, my team lead, to hop into this chat. she'll get the full story from me first so you won't have to type it again, and i'm staying till she's in
supervisor-demand-reply-3-wording-3 = אני מכניסה לצ'אט את אגנש, האחראית שלי. קודם אני מספרת לה הכול, שלא תצטרך לכתוב שוב מההתחלה, ואני נשארת איתך עד שהיא פה

# en: I'm inviting Ágnes, who leads my team, into this conversation. She'll know everything before she arrives, so you needn't explain again, and I won't leave until she's here.
supervisor-demand-reply-3-wording-4 = אני מזמין את אגנש, שמנהלת את הצוות שלי, לשיחה הזאת. היא תדע הכול עוד לפני שהיא נכנסת, כך שלא תצטרך להסביר שוב, ואני לא זז עד שהיא כאן.

# en: I'll get my team leader Ágnes in and stay with you.
supervisor-demand-reply-3-wording-5 = אכניס את אגנש, ראש הצוות שלי, ואשאר איתך.

# en: my team leader Agnes will join us here shortly, i'll brief her fully first so you don't have to repeat anything, and i'll stay on till she's here
supervisor-demand-reply-3-wording-6 = ראש הצוות שלי, אגנש, תצטרף אלינו עוד רגע. אני מעדכנת אותה בהכול קודם כדי שלא תחזור על שום דבר, ואני פה איתך עד שהיא מגיעה

# en: A good handover: a name, the whole story passed on, and you stay until she arrives. Still, he has been passed along twice already; the best reply first offered to stop the charges yourself, which is what he came for.
supervisor-demand-reply-3-feedback = העברה טובה: שם, כל הסיפור מועבר, ונשארת עד שהיא מגיעה. ובכל זאת, כבר העבירו אותו הלאה פעמיים; התשובה הטובה ביותר הציעה קודם לעצור את החיובים בעצמך, ובשביל זה הוא בא.

# en: A supervisor will tell you exactly the same thing, I'm afraid: partner charges are handled by the partner, and neither of us can change how that works.
supervisor-demand-reply-4 = אחראי משמרת יגיד לך בדיוק אותו דבר, לצערי: בחיובים של חברות שותפות מטפלת החברה השותפה, ואף אחד מאיתנו לא יכול לשנות את זה.

# en: I'm afraid a supervisor would say just what I'm saying: charges from partners are dealt with by the partner, and none of us can change that.
supervisor-demand-reply-4-wording-1 = לצערי, גם אחראי המשמרת יענה לך אותו דבר: בחיובים של שותפים מטפלת החברה השותפה עצמה, ואין אצלנו אף אחד שיכול לשנות את זה.

# en: A supervisor would say the same: partner charges are the partner's.
supervisor-demand-reply-4-wording-2 = גם האחראי יגיד לך אותו דבר, זה אצל השותפה.

# en: tbh a supervisor's going to tell you the exact same thing, the partner handles partner charges and there's nothing either of us can do about that
supervisor-demand-reply-4-wording-3 = סורי, אין טעם, גם האחראי יגיד לך שחיובים של צד שלישי זה עניין של החברה השותפה ואנחנו לא יכולים לעשות בזה כלום

# en: I'm afraid going higher won't change anything: a supervisor will also tell you the partner deals with its own charges, and that's not something either of us can alter.
supervisor-demand-reply-4-wording-4 = אני חושש שלפנות למישהו מעליי לא ישנה כלום: גם אחראי משמרת יגיד לך שהחברה השותפה מטפלת בחיובים שלה בעצמה, ואת זה אף אחד מאיתנו לא יכול לשנות.

# en: A supervisor can't help, partner charges go to the partner.
supervisor-demand-reply-4-wording-5 = אחראי לא יעזור, חיובים של שותף מטופלים אצל השותף.

# en: Sir, you'll hear the same answer from any supervisor. The partner handles those charges and that's just how it works.
supervisor-demand-reply-4-wording-6 = אדוני, כל אחראי ייתן לך את אותה תשובה. את החיובים האלה מנהלת החברה השותפה, וככה זה עובד.

# en: You refused him and told him that asking anyone else would be pointless. With every door closed, the only move left to him is to leave.
supervisor-demand-reply-4-feedback = סירבת לו ואמרת לו שאין טעם לשאול אף אחד אחר. כשכל הדלתות סגורות, הצעד היחיד שנשאר לו הוא ללכת.

# en: It's 30 412 7785. And I'll say it once more: I don't play games. Calls and the weather forecast, that's all. I've barely slept this week, I thought someone had got into my bank account.
number-check-says-1 = זה 30 412 7785. ואני אגיד את זה עוד פעם: אני לא משחק במשחקים. שיחות ותחזית מזג האוויר, זהו. כמעט לא ישנתי השבוע, חשבתי שמישהו נכנס לי לחשבון הבנק.

# en: My number is 30 412 7785. I've never played a game on that phone in my life. Calls and the weather, nothing else. I've been lying awake thinking someone had got at my bank account.
number-check-says-2 = המספר שלי 30 412 7785. בחיים לא שיחקתי במשחק בטלפון הזה. שיחות ומזג אוויר, שום דבר אחר. שכבתי ער בלילות וחשבתי שמישהו הגיע לחשבון הבנק שלי.

# en: Besides the number, he has told you what this week was like for him. Answer that before the technical part.
number-check-hint = חוץ מהמספר, הוא סיפר לך איך עבר עליו השבוע. כדאי לענות על זה לפני החלק הטכני.

# en: Thank you, Mr Varga. I can see it: MobilPlay Club, 1,490 a week since 18 March. I've stopped the subscription, so no new charge can come from it.
number-check-reply-1 = תודה, מר וארגה. אני רואה את זה: MobilPlay Club, 1,490 לשבוע מאז ה־18 במרץ. עצרתי את המנוי, כך שלא יגיע ממנו שום חיוב חדש.

# en: Thanks, Mr Varga. I've found it: MobilPlay Club, charging 1,490 weekly since 18 March. I've cancelled the subscription, so it can't charge you again.
number-check-reply-1-wording-1 = תודה, מר וארגה. מצאתי: MobilPlay Club, 1,490 כל שבוע החל מה־18 במרץ. ביטלתי את המנוי, אז לא ירדו ממנו עוד חיובים.

# en: Found it: MobilPlay Club since 18 March. I've cancelled it.
number-check-reply-1-wording-2 = מצאתי את המנוי ועצרתי אותו, לא יהיו חיובים חדשים.

# en: thanks, got it here, mobilplay club, 1,490 every week starting 18 march. i've cancelled that subscription now so nothing more will come from it
number-check-reply-1-wording-3 = תודה. אוקיי רואה את זה, מובילפליי קלאב, 1,490 בשבוע מאז אמצע מרץ. כבר ניתקתי את המנוי, משהו חדש לא ייגבה ממנו

# en: Thanks, Mr Varga, it's on screen: MobilPlay Club has billed 1,490 every week from 18 March. I've ended the subscription now, so there won't be any further charges.
number-check-reply-1-wording-4 = תודה, מר וארגה, זה מולי על המסך: MobilPlay Club גובה 1,490 כל שבוע מה־18 במרץ. סיימתי עכשיו את המנוי, אז לא יהיו עוד חיובים.

# en: Found MobilPlay, weekly since 18 March. Subscription cancelled.
number-check-reply-1-wording-5 = מצאתי את MobilPlay, כל שבוע מה־18 במרץ. המנוי בוטל.

# en: since 18 march mobilplay club has taken 1,490 weekly, Mr Varga. it's switched off now so nothing new can be charged
number-check-reply-1-wording-6 = מ־18/3 מובילפליי קלאב לוקחים 1,490 כל שבוע, מר וארגה. זה כבוי עכשיו אז שום חיוב חדש לא ייכנס

# en: A real act, and fast: the charges stop today, which is more than the hotline gave him. But he had just told you he was lying awake over his bank account, and you went straight past it; the best reply settled that fear first.
number-check-reply-1-feedback = צעד אמיתי ומהיר: החיובים נעצרים היום, וזה יותר ממה שהמוקד נתן לו. אבל הוא בדיוק סיפר שהוא לא ישן בגלל חשבון הבנק, ועברת ישר הלאה; התשובה הטובה ביותר הרגיעה קודם את הפחד הזה.

# en: Thank you. So that I can open the right case, could you tell me the name of the service on your bill and the amounts you were charged?
number-check-reply-2 = תודה. כדי לפתוח את הפנייה הנכונה, תוכל לכתוב לי את שם השירות מהחשבון ואת הסכומים שחויבת בהם?

# en: Thanks. To set up the correct case, can you tell me what the service is called on your bill and how much you were charged?
number-check-reply-2-wording-1 = תודה. כדי שאפתח את הפנייה הנכונה, אפשר לכתוב לי מה שם השירות שמופיע בחשבון ואילו סכומים חויבו?

# en: Thanks. What's the service called, and how much were the charges?
number-check-reply-2-wording-2 = תודה, מה שם השירות ומה הסכומים?

# en: thanks! so i can log it properly, what's the service on the bill called and what amounts did they charge you?
number-check-reply-2-wording-3 = תודה. בשביל לפתוח קריאה תכתוב לי בבקשה איך קוראים לשירות בחשבונית וכמה ירד לך כל פעם?

# en: Thanks. For me to log the correct case, please let me know which service appears on your bill and what each charge was.
number-check-reply-2-wording-4 = תודה. כדי שאתעד את המקרה הנכון, תגיד לי בבקשה איזה שירות מופיע בחשבונית ומה היה כל חיוב.

# en: What's the name of the service and the amounts?
number-check-reply-2-wording-5 = איך קוראים לשירות ומה הסכומים?

# en: thank you sir. can you type out the service name exactly as it shows on the bill, and the amounts, so i open the right case
number-check-reply-2-wording-6 = תודה אדוני. תוכל להקליד את שם השירות בדיוק כמו שהוא כתוב בחשבון, ואת הסכומים, כדי שאפתח את התיק הנכון

# en: He wrote both in his very first message, in capitals. Asking for them again confirms what he suspects most: that nobody at this company reads what he writes.
number-check-reply-2-feedback = את שניהם הוא כתב כבר בהודעה הראשונה, בצעקות. לשאול שוב מאשר את מה שהוא הכי חושד בו: שבחברה הזאת אף אחד לא קורא מה שהוא כותב.

# en: Thank you. I've passed your complaint on to our billing team with your number, and they will contact you about the charges within five working days.
number-check-reply-3 = תודה. העברתי את התלונה שלך יחד עם המספר לצוות החיובים שלנו, והם ייצרו איתך קשר בעניין החיובים תוך חמישה ימי עסקים.

# en: Thanks. I've forwarded your complaint to the billing department along with your number, and they'll contact you regarding the charges in five working days.
number-check-reply-3-wording-1 = תודה. העברתי את הפנייה שלך ואת המספר למחלקת החיובים, והם יחזרו אליך בעניין בתוך חמישה ימי עסקים.

# en: Thanks, I've sent it to billing; they'll contact you within five days.
number-check-reply-3-wording-2 = העברתי למחלקת חיובים, יחזרו אליך תוך חמישה ימים.

# en: thank you, i've sent your complaint and number over to billing, someone from there will be in touch about it within 5 working days
number-check-reply-3-wording-3 = תודה, שלחתי את כל זה לצוות הגבייה שלנו, הם ייצרו קשר תוך חמישה ימי עבודה

# en: Thanks. Your complaint and phone number have gone to the billing department, and someone there will get back to you about the charges within five working days.
number-check-reply-3-wording-4 = תודה. התלונה ומספר הטלפון שלך עברו למחלקת הגבייה, ומישהו משם יחזור אליך לגבי החיובים בתוך חמישה ימי עבודה.

# en: I've passed it to billing, they'll call you within 5 days.
number-check-reply-3-wording-5 = העברתי לגבייה, יתקשרו אליך תוך 5 ימים.

# en: Our billing team now has your complaint, Mr Varga, and will be in touch within five working days about the charges.
number-check-reply-3-wording-6 = צוות החיובים שלנו קיבל את התלונה שלך, מר וארגה, והם יהיו איתך בקשר תוך חמישה ימי עסקים לגבי החיובים.

# en: 'Passed on' is the hotline's answer in new words. He came to the chat for someone who acts, and in his first minutes here the case left your hands.
number-check-reply-3-feedback = "העברתי הלאה" היא התשובה של המוקד במילים חדשות. הוא בא לצ'אט בשביל מישהו שעושה משהו, ובדקות הראשונות שלו כאן המקרה יצא מהידיים שלך.

# en: Thank you. A week of lying awake over your bank account, that's awful. It's safe: this came only through the phone bill, and I've stopped it.
number-check-reply-4 = תודה. שבוע של לילות בלי שינה, זה נורא. חשבון הבנק שלך בטוח: זה הגיע רק דרך חשבון הטלפון, וכבר עצרתי את זה.

# en: Thank you. A whole week without sleep, worrying about your bank account, is dreadful. Your account is safe: this only went through your phone bill, and I've now stopped it.
number-check-reply-4-wording-1 = תודה. שבוע שלם בלי לישון, זה קשה מאוד. חשבון הבנק שלך לא נפגע: החיובים הגיעו רק דרך חשבון הטלפון, ואני כבר עצרתי אותם.

# en: Your bank account is safe; it was only the phone bill, and it's stopped.
number-check-reply-4-wording-2 = לילות בלי שינה, נורא. הבנק שלך בטוח, והחיובים נעצרו.

# en: thanks Mr Varga. losing sleep all week worrying about your bank, that's horrible. good news, your bank's fine, it only went via your phone bill and it's stopped now
number-check-reply-4-wording-3 = תודה, וואו, שבוע שלם שלא ישנת, זה ממש לא פשוט. לגבי הבנק אתה יכול להיות שקט, אף אחד לא נגע בו, זה עבר רק דרך החשבונית של הטלפון, וכבר חסמתי את זה

# en: Thanks, Mr Varga. Not sleeping for a week because you feared for your bank account must have been terrible. Your bank money is fine: this was only charged through your phone bill, and I've put a stop to it.
number-check-reply-4-wording-4 = תודה, מר וארגה. שבוע שלם בלי שינה מפחד על חשבון הבנק, זה בטח היה נוראי. הכסף בבנק לא נפגע: החיוב עבר רק דרך חשבון הטלפון, ואני כבר הפסקתי אותו.

# en: Don't worry, your bank account is fine. I've stopped it.
number-check-reply-4-wording-5 = אל תדאג, חשבון הבנק שלך בסדר. עצרתי את זה.

# en: your bank account was never touched Mr Varga, it only went through the phone bill and it's stopped now. sorry you lost sleep over it, that sounds awful
number-check-reply-4-wording-6 = אף אחד לא נגע לך בחשבון בנק מר וארגה, זה עבר רק דרך החשבונית של הטלפון וזה כבר נעצר. מצטערת שלא ישנת בגלל זה, נשמע נורא

# en: You answered the sleepless week before the subscription: his bank account is safe, and then the charges are stopped. Once the fear is gone, what is left is a billing problem, and he can talk about that.
number-check-reply-4-feedback = ענית על השבוע בלי שינה לפני המנוי: חשבון הבנק שלו בטוח, ואחר כך החיובים נעצרו. כשהפחד נעלם, מה שנשאר הוא בעיה בחשבון, ועל זה כבר אפשר לדבר.

# en: I WROTE IT IN MY FIRST MESSAGE. 'MobilPlay Club'. 1,490. FOUR TIMES. Does anybody there actually read what I write?
repeat-annoyed-says-1 = כתבתי את זה בהודעה הראשונה שלי!!! "MobilPlay Club". 1,490. ארבע פעמים. מישהו שם בכלל קורא מה שאני כותב?

# en: I'm sorry, Mr Varga, I do have to confirm the details for our records; it's the standard procedure on every billing complaint. Thank you for your patience.
repeat-annoyed-reply-1 = סליחה, מר וארגה, אבל עליי לאמת את הפרטים לצורך הרישומים שלנו; זה הנוהל הרגיל בכל תלונה על חשבון. תודה על הסבלנות.

# en: Apologies, Mr Varga, but I'm required to verify the details for our files; we do it for every billing complaint. Thanks for bearing with me.
repeat-annoyed-reply-1-wording-1 = סליחה, מר וארגה, אבל אני חייבת לאמת את הנתונים לרישומים שלנו; ככה עושים בכל פנייה בנושא חיובים. מעריכה את הסבלנות שלך.

# en: Sorry, it's standard procedure to confirm details. Thanks for your patience.
repeat-annoyed-reply-1-wording-2 = סליחה, זה נוהל אימות רגיל. תודה על הסבלנות.

# en: sorry Mr Varga, i have to double check the details for our system, it's the usual process for all billing complaints. thanks for being patient
repeat-annoyed-reply-1-wording-3 = סורי מר וארגה, זה פרוטוקול, בכל פנייה על חשבונית אנחנו מוודאים פרטים מחדש לתיעוד. תודה שאתה סבלני

# en: Apologies, Mr Varga, but procedure says I must check these details again for our records on every billing complaint. I appreciate your patience.
repeat-annoyed-reply-1-wording-4 = מתנצל, מר וארגה, אבל לפי הנוהל אני חייב לבדוק שוב את הפרטים האלה לתיעוד בכל תלונה על חיובים. מודה לך על הסבלנות.

# en: Sorry, I have to confirm it, it's our procedure.
repeat-annoyed-reply-1-wording-5 = סליחה, אני חייבת לאמת, זה הנוהל.

# en: It's a standard step on all billing complaints, sir, I need to verify the details for the record. Thanks for bearing with me.
repeat-annoyed-reply-1-wording-6 = זה שלב קבוע בכל תלונה על חשבון, אדוני, אני צריך לאמת את הפרטים לרישום. תודה על הסבלנות.

# en: A procedure quoted in answer to 'does anybody read what I write?' proves his point. He needed to hear from a person who had read it.
repeat-annoyed-reply-1-feedback = נוהל שמצוטט בתשובה ל"מישהו שם בכלל קורא מה שאני כותב?" מוכיח את הטענה שלו. הוא היה צריך לשמוע מבן אדם שקרא את זה.

# en: You did, and I'm sorry I asked again. MobilPlay Club, four times 1,490: it's in front of me now, and I've just stopped it.
repeat-annoyed-reply-2 = נכון, כתבת, וסליחה ששאלתי שוב. MobilPlay Club, ארבע פעמים 1,490: זה מולי עכשיו, וכבר עצרתי את זה.

# en: Yes, you did, and I apologise for asking twice. MobilPlay Club, 1,490 four times: I've got it right here, and I've just cancelled it.
repeat-annoyed-reply-2-wording-1 = צודק, כתבת את זה, ומצטער שביקשתי שוב. MobilPlay Club, ארבעה חיובים של 1,490: הכול מולי, והמנוי כבר נעצר.

# en: You did, sorry. MobilPlay Club, 4 x 1,490: found and stopped.
repeat-annoyed-reply-2-wording-2 = כתבת, סליחה. זה מולי, וכבר עצרתי.

# en: you did, my bad for asking again. mobilplay club, 1,490 x4, it's right here on my screen and i've just cancelled it
repeat-annoyed-reply-2-wording-3 = נכון, זה היה כתוב אצלך מההתחלה, סורי ששאלתי שוב. מובילפליי, 4 פעמים 1,490, אני רואה את זה, והחיובים כבר חסומים

# en: You're right, you did tell me, and I apologise for making you repeat it. I can see MobilPlay Club charging 1,490 four times, and I've just cancelled it.
repeat-annoyed-reply-2-wording-4 = אתה צודק, אמרת לי את זה, ואני מתנצלת שגרמתי לך לחזור על עצמך. אני רואה את MobilPlay Club מחייב 1,490 ארבע פעמים, וממש עכשיו ביטלתי את זה.

# en: Yes you did, sorry. I see it now and it's cancelled.
repeat-annoyed-reply-2-wording-5 = כן, כתבת, סליחה. רואה את זה, וזה בוטל.

# en: MobilPlay Club, 1,490, four times, I have it right here Mr Varga, and it's stopped as of now. sorry for asking twice, you'd already written it
repeat-annoyed-reply-2-wording-6 = MobilPlay Club, 1,490, ארבע פעמים, הכול כאן מולי מר וארגה, ומעכשיו זה עצור. סורי ששאלתי פעמיים, כתבת את זה

# en: You owned the slip at once, gave his details back to show you have them, and added a real step. A small mistake admitted quickly costs less than one defended.
repeat-annoyed-reply-2-feedback = לקחת אחריות על הפספוס מיד, החזרת לו את הפרטים כדי להראות שהם אצלך, והוספת צעד אמיתי. טעות קטנה שמודים בה מהר עולה פחות מטעות שמגינים עליה.

# en: You did, sorry. I've got several chats open at once and your first message scrolled out of view. Could you just give me the total again?
repeat-annoyed-reply-3 = נכון, כתבת, סליחה. יש לי כמה צ'אטים פתוחים במקביל וההודעה הראשונה שלך ברחה מהמסך. תוכל לכתוב לי שוב את הסכום הכולל?

# en: Yes, sorry. I'm handling a few chats at the same time and your first message has scrolled off my screen. Could you tell me the total once more?
repeat-annoyed-reply-3-wording-1 = כן, כתבת, סליחה. אני מטפלת בכמה שיחות במקביל וההודעה הראשונה שלך נעלמה לי למעלה. תוכל לכתוב שוב מה הסכום הכולל?

# en: Sorry, I've several chats open. What was the total again?
repeat-annoyed-reply-3-wording-2 = סליחה, אני מחזיקה כמה שיחות. מה הסכום הכולל?

# en: yeah sorry, i've got a bunch of chats going and your first message went up out of sight. can you just tell me the total again?
repeat-annoyed-reply-3-wording-3 = צודק סורי, יש לי כמה חלונות פתוחים ופספסתי את ההודעה הראשונה. תזכיר לי כמה יצא בסך הכול?

# en: Sorry, you did. I'm juggling a few customers at once and lost sight of your first message. Can you repeat the total for me?
repeat-annoyed-reply-3-wording-4 = סליחה, כתבת. אני מטפל בכמה לקוחות בבת אחת ואיבדתי את ההודעה הראשונה שלך. תוכל לחזור לי על הסכום הכולל?

# en: Sorry, I'm handling lots of chats. What's the total?
repeat-annoyed-reply-3-wording-5 = סורי, יש לי הרבה צ'אטים. מה הסך הכול?

# en: i've got several people chatting at the same time and your message scrolled away, sorry. whats the total again?
repeat-annoyed-reply-3-wording-6 = יש לי כמה אנשים בצ'אט באותו זמן וההודעה שלך גללה למעלה, סליחה. כמה זה יצא בסך הכול?

# en: Honest about the cause, but it tells him he is one of several windows, and then asks him to type it a third time. The details were one scroll away.
repeat-annoyed-reply-3-feedback = כנה לגבי הסיבה, אבל אומר לו שהוא עוד חלון אחד מני רבים, ואז מבקש ממנו להקליד את זה בפעם השלישית. הפרטים היו במרחק גלילה אחת.

# en: Right. But first explain this to me: HOW does a company I've never heard of get onto my bill? Did someone steal my number? Because that's what it looks like from here.
how-did-it-happen-says-1 = טוב. אבל קודם תסבירו לי את זה: איך חברה שבחיים לא שמעתי עליה נכנסת לי לחשבון??? מישהו גנב לי את המספר? כי ככה זה נראה מכאן.

# en: Fine. But I want to understand something. How can a company I've never even heard of put charges on MY phone bill? Has somebody stolen my number, or what?
how-did-it-happen-says-2 = בסדר. אבל אני רוצה להבין משהו. איך חברה שאפילו לא שמעתי עליה יכולה לחייב אותי בחשבון הטלפון שלי? מישהו גנב לי את המספר, או מה?

# en: Leave out internal words like 'third-party billing' or 'premium SMS'. Explain it the way you would to a neighbour, and answer his real fear.
how-did-it-happen-hint = כדאי להשאיר בחוץ מילים פנימיות כמו "חיוב צד שלישי" או "SMS פרימיום", להסביר את זה כמו לשכן, ולענות על החשש האמיתי שלו.

# en: It's a third-party direct carrier billing subscription, opted in via premium MT SMS on 18 March. The content provider is responsible for the VAS service itself, not the network.
how-did-it-happen-reply-1 = זה מנוי של צד שלישי בחיוב ישיר דרך הספק, שהופעל באמצעות פרימיום MT SMS ב־18 במרץ. ספק התוכן אחראי לשירות ה־VAS עצמו, לא הרשת.

# en: This is a direct carrier billing subscription from a third party, activated by premium MT SMS opt-in on 18 March. Responsibility for the VAS lies with the content provider rather than the network.
how-did-it-happen-reply-1-wording-1 = מדובר במנוי צד שלישי שמחויב ישירות דרך המפעיל, והוא הופעל באמצעות הודעת SMS מסוג פרימיום MT ב־18 במרץ. על שירות ה־VAS עצמו אחראי ספק התוכן ולא הרשת.

# en: Third-party DCB subscription, premium MT SMS opt-in, 18 March; VAS is the provider's.
how-did-it-happen-reply-1-wording-2 = זה מנוי DCB של צד שלישי, הופעל ב־Premium MT SMS.

# en: it's a 3rd party DCB sub, premium MT SMS opt-in, 18/03. the VAS content provider is liable, not the network operator
how-did-it-happen-reply-1-wording-3 = זה חיוב ישיר של ספק תוכן חיצוני דרך הקו, אקטיבציה דרך MT פרימיום ב־18/3, והאחריות על ה־VAS היא של ה־content provider, לא שלנו כרשת

# en: The charge is a value-added service subscription billed via direct carrier billing, activated through a premium MT SMS opt-in dated 18 March. Liability for the VAS content sits with the third-party provider, not the operator.
how-did-it-happen-reply-1-wording-4 = החיוב הוא מנוי לשירות ערך מוסף בחיוב ישיר דרך המפעיל, שהופעל בהרשמה דרך פרימיום MT SMS מתאריך 18 במרץ. האחריות לתוכן ה־VAS היא של הספק החיצוני, לא של המפעיל.

# en: DCB subscription via premium SMS opt-in; VAS provider is responsible.
how-did-it-happen-reply-1-wording-5 = מנוי DCB דרך אופט־אין SMS פרימיום; ספק ה־VAS אחראי.

# en: per the system: 18/03 premium MT SMS opt-in, third party DCB, so the content provider is liable for the VAS, not us as the network
how-did-it-happen-reply-1-wording-6 = לפי המערכת: 18/03 אופט־אין פרימיום MT SMS, DCB של צד ג', כך שספק התוכן אחראי ל־VAS, לא אנחנו כרשת

# en: Accurate, but written for a colleague. 'MT SMS' and 'VAS' mean nothing to a man who uses his phone for the weather, and jargon makes an angry customer feel talked down to.
how-did-it-happen-reply-1-feedback = מדויק, אבל כתוב לעמית לעבודה. "MT SMS" ו־"VAS" לא אומרים כלום לאדם שמשתמש בטלפון בשביל מזג האוויר, וז'רגון גורם ללקוח כועס להרגיש שמדברים אליו מלמעלה.

# en: In plain words: nobody stole your number. Some companies may charge a phone bill the way a shop charges a card; one tap on an advert starts it.
how-did-it-happen-reply-2 = במילים פשוטות: אף אחד לא גנב לך את המספר. חברות מסוימות רשאיות לחייב חשבון טלפון כמו שחנות מחייבת כרטיס; נגיעה אחת בפרסומת מספיקה.

# en: Put simply: your number wasn't stolen. Certain companies can bill your phone account a bit like a shop takes a card payment, and a single tap on an ad can set it off.
how-did-it-happen-reply-2-wording-1 = בפשטות: המספר שלך לא נגנב. יש חברות שמורשות לחייב חשבון טלפון, בדומה לחנות שמחייבת כרטיס אשראי; מספיק ללחוץ פעם אחת על פרסומת.

# en: Simply put, your number's safe; one tap on an ad can start it.
how-did-it-happen-reply-2-wording-2 = המספר שלך לא נגנב, מספיקה לחיצה אחת על פרסומת.

# en: in normal terms, no one's stolen your number. some firms can put charges on your phone bill, like a shop charges your card, and just one tap on an ad triggers it
how-did-it-happen-reply-2-wording-3 = בקיצור, אל דאגה, אף אחד לא פרץ לך למספר. חברות מסוימות יכולות להוריד כסף דרך החשבונית של הטלפון, כמו שחנות מורידה מהאשראי, ולפעמים זה קורה מהקשה אחת על מודעה

# en: Simply, your number hasn't been stolen. Some firms are allowed to put charges on a phone bill, just like a shop takes payment from your card, and a single tap on an ad can begin it.
how-did-it-happen-reply-2-wording-4 = בפשטות, המספר שלך לא נגנב. יש חברות שמותר להן להוסיף חיובים לחשבון הטלפון, ממש כמו שחנות גובה תשלום מהכרטיס שלך, ולחיצה אחת על מודעה יכולה להתחיל את זה.

# en: Nobody stole your number. One tap on an ad can start it.
how-did-it-happen-reply-2-wording-5 = אף אחד לא גנב לך את המספר. נגיעה אחת בפרסומת מפעילה את זה.

# en: no, your number wasnt stolen. think of it like paying by card in a shop, except the company charges your phone bill, and tapping one advert is enough to start it
how-did-it-happen-reply-2-wording-6 = לא, לא גנבו לך את המספר. תחשוב על תשלום בכרטיס בחנות, רק שהחברה גובה דרך חשבון הטלפון, ומספיק להקיש על פרסומת אחת כדי שזה יתחיל

# en: You answered his fear first (his number is safe) and then the how, with a comparison he already knows. Once he understands what happened, much of the fear, and the anger, goes out of it.
how-did-it-happen-reply-2-feedback = ענית קודם על הפחד שלו (המספר שלו בטוח) ואז על ה"איך", בהשוואה שהוא כבר מכיר. כשהוא מבין מה קרה, הרבה מהפחד, ומהכעס, יוצא מזה.

# en: Our records show the subscription was confirmed from your phone on 18 March, through a tap on an advert, so it was started from your own device.
how-did-it-happen-reply-3 = לפי הרישומים שלנו, המנוי אושר מהטלפון שלך ב־18 במרץ, בלחיצה על פרסומת, כך שהוא הופעל מהמכשיר שלך עצמו.

# en: According to our records, the subscription was confirmed on your handset on 18 March through an advert tap, meaning it was activated on your own device.
how-did-it-happen-reply-3-wording-1 = לפי מה שרשום אצלנו, המנוי אושר מהמכשיר שלך בשמונה־עשר במרץ, דרך לחיצה על מודעה, כלומר ההפעלה נעשתה מהטלפון שלך.

# en: Records show your phone confirmed it on 18 March.
how-did-it-happen-reply-3-wording-2 = המנוי אושר מהטלפון שלך בלחיצה על פרסומת.

# en: our system says it was confirmed from your handset on 18 march by someone tapping an ad, so it came from your own device
how-did-it-happen-reply-3-wording-3 = אצלי במערכת רואים שב־18 במרץ מישהו לחץ על באנר מהנייד שלך ואישר את המנוי, אז זה יצא מהמכשיר עצמו

# en: Looking at the log, your own phone approved the subscription on 18 March by tapping an ad, so it was activated by your device.
how-did-it-happen-reply-3-wording-4 = לפי היומן במערכת, הטלפון שלך עצמו אישר את המנוי ב־18 במרץ בלחיצה על מודעה, כלומר ההפעלה הגיעה מהמכשיר שלך.

# en: Your phone confirmed it on 18 March by tapping an ad.
how-did-it-happen-reply-3-wording-5 = הטלפון שלך אישר את זה ב־18 במרץ, בלחיצה על פרסומת.

# en: It was your own device, Mr Varga: the system shows an ad was tapped on your phone on 18 March and that confirmed the subscription.
how-did-it-happen-reply-3-wording-6 = זה היה המכשיר שלך, מר וארגה: במערכת רואים שב־18 במרץ נלחצה מודעה בטלפון שלך, וזה מה שאישר את המנוי.

# en: The record may say so, but read out like this it means 'you did it yourself'. He has told you twice he never ordered anything, and his question about theft got an accusation back.
how-did-it-happen-reply-3-feedback = אולי זה מה שכתוב ברישום, אבל כשמקריאים את זה כך, המשמעות היא "עשית את זה בעצמך". הוא אמר לך פעמיים שלא הזמין כלום, ועל השאלה שלו על גניבה הוא קיבל האשמה.

# en: Honestly, Mr Varga, these systems are complicated even for us. The main thing is that it's stopped now, so there's really nothing more to worry about.
how-did-it-happen-reply-4 = בכנות, מר וארגה, המערכות האלה מסובכות אפילו בשבילנו. העיקר שזה נעצר עכשיו, אז באמת אין לך יותר על מה לדאוג.

# en: To be honest, Mr Varga, this kind of system is tricky even for us to understand. What matters is it's been stopped, so there's nothing else for you to worry about.
how-did-it-happen-reply-4-wording-1 = למען האמת, מר וארגה, המערכות האלה מורכבות גם בשבילנו. מה שחשוב זה שהחיובים נעצרו, אז אין לך יותר מה לדאוג.

# en: It's complicated, but it's stopped now, so don't worry.
how-did-it-happen-reply-4-wording-2 = זה מסובך גם לנו, העיקר שזה נעצר, אל תדאג.

# en: honestly it's complicated even for us Mr Varga. the important bit is it's stopped now, so nothing to worry about anymore
how-did-it-happen-reply-4-wording-3 = בינינו מר וארגה, גם אנחנו לא תמיד מבינים את כל השיטה הזאת. מה שחשוב שזה נחסם, אז אתה יכול להיות רגוע לגמרי

# en: Truthfully, Mr Varga, even we find these systems confusing. What counts is that it's been switched off, so you don't need to worry any more.
how-did-it-happen-reply-4-wording-4 = האמת, מר וארגה, גם לנו המערכות האלה מבלבלות. מה שקובע זה שהשירות כובה, אז אין לך יותר סיבה לדאגה.

# en: Hard to explain, but it's over now, nothing to worry about.
how-did-it-happen-reply-4-wording-5 = קשה להסביר, אבל זה נגמר, אין מה לדאוג.

# en: dont worry about how it happened Mr Varga, even we struggle with these systems. it's been stopped and that's what matters
how-did-it-happen-reply-4-wording-6 = עזוב איך זה קרה מר וארגה, גם אנחנו מסתבכים עם המערכות האלה. זה נעצר וזה מה שחשוב

# en: Kindly meant, but he asked a direct question and was told not to worry about the answer. A man who suspects he is being robbed hears 'complicated' as 'we'd rather not say'.
how-did-it-happen-reply-4-feedback = בכוונה טובה, אבל הוא שאל שאלה ישירה ונאמר לו לא לדאוג מהתשובה. אדם שחושד שגונבים ממנו שומע ב"מסובך" את המילים "מעדיפים לא להגיד".

# en: I have no idea what half of that means. MT what? VAS? I drove a bus for thirty years, I'm not an engineer. Just tell me in normal words: who took my money, and do I get it back?
jargon-confused-says-1 = אין לי מושג מה זה חצי מהדברים האלה. MT מה? VAS? שלושים שנה נהגתי באוטובוס, אני לא מהנדס. פשוט תגידו לי במילים נורמליות: מי לקח לי את הכסף, ואני מקבל אותו בחזרה?

# en: I'm sorry, that was jargon. MobilPlay billed you through us, probably after one tap on an advert. We took the money, so it's ours to put right.
jargon-confused-reply-1 = סליחה, זה היה ז'רגון. MobilPlay חייבה אותך דרכנו, כנראה אחרי נגיעה אחת בפרסומת. אנחנו גבינו את הכסף, אז עלינו לתקן את זה.

# en: Apologies, that was full of technical terms. MobilPlay charged you via our network, most likely after a single tap on an ad. We collected the money, so it's our job to fix it.
jargon-confused-reply-1-wording-1 = סליחה, דיברתי בשפה מקצועית. MobilPlay גבתה ממך דרכנו, כנראה אחרי לחיצה אחת על פרסומת. הכסף עבר דרכנו, ולכן התיקון עלינו.

# en: Sorry for the jargon. The money came to us, so we'll put it right.
jargon-confused-reply-1-wording-2 = סליחה על המונחים. MobilPlay חייבה דרכנו, אז אנחנו מתקנים.

# en: sorry, too much tech talk. mobilplay charged you through us, probably from one tap on an ad. we took your money so it's up to us to fix it
jargon-confused-reply-1-wording-3 = אופס, סורי, זה היה סינית. בקיצור, מובילפליי לקחה ממך כסף דרך החשבונית שלנו, כנראה בגלל הקשה אחת על מודעה. אנחנו גבינו, אז אנחנו מסדרים

# en: My fault, I used technical words. In short: a company called MobilPlay charged you through our bill, probably after you tapped an advert once. We took your money, so it's our job to make it right.
jargon-confused-reply-1-wording-4 = אשמתי, השתמשתי במילים טכניות. בקצרה: חברה בשם MobilPlay חייבה אותך דרך החשבון שלנו, כנראה אחרי שנגעת פעם אחת בפרסומת. אנחנו לקחנו את הכסף, אז התפקיד שלנו לתקן את זה.

# en: Sorry, too technical. We collected it, so it's up to us to fix.
jargon-confused-reply-1-wording-5 = סליחה, יצא טכני מדי. אנחנו גבינו, אז עלינו לתקן.

# en: In normal words, Mr Varga: MobilPlay charged you through us, likely after one tap on an ad. We took the money, so we'll sort it out, and sorry for the jargon.
jargon-confused-reply-1-wording-6 = במילים פשוטות, מר וארגה: MobilPlay גבתה ממך דרכנו, כנראה אחרי הקשה אחת על מודעה. הכסף עבר אצלנו, אז אנחנו נסדר את זה, וסליחה על הז'רגון.

# en: A short apology for the jargon and both of his questions answered in everyday words. 'It's ours to put right' is the sentence he has waited for since last week.
jargon-confused-reply-1-feedback = התנצלות קצרה על הז'רגון, ושתי השאלות שלו נענו במילים של יום־יום. "עלינו לתקן את זה" הוא המשפט שהוא מחכה לו מאז שבוע שעבר.

# en: In plain words, it's a partner subscription. The partner took the money, not us, so any refund is really their decision and not something I can decide from here.
jargon-confused-reply-2 = במילים פשוטות, זה מנוי של חברה שותפה. החברה השותפה לקחה את הכסף, לא אנחנו, אז ההחזר הוא בעצם ההחלטה שלהם ולא משהו שאפשר להחליט עליו מכאן.

# en: Simply put, it's a subscription with one of our partners. It was the partner who took the money rather than us, so a refund is up to them and it's not my decision.
jargon-confused-reply-2-wording-1 = בשפה פשוטה: מדובר במנוי של חברה שותפה. מי שלקחה את הכסף זו החברה השותפה ולא אנחנו, ולכן ההחזר תלוי בהחלטה שלהם ולא בנו.

# en: Plainly: MobilPlay took the money, so refunds are their call.
jargon-confused-reply-2-wording-2 = הכסף הלך לשותפה ולא אלינו, אז ההחזר תלוי בהם.

# en: in simple terms it's a partner sub. it was them that took the money, so whether you get a refund is their call, i can't decide that from here
jargon-confused-reply-2-wording-3 = בקיצור, זה שירות של חברה אחרת שעובדת איתנו. הם אלה שגבו, לא אנחנו, אז אם יחזירו או לא זה אצלם

# en: Put simply, it's a subscription with a partner company. They took your money, not us, so whether you get a refund is up to them; I can't decide that.
jargon-confused-reply-2-wording-4 = בפשטות, זה מנוי אצל חברה שותפה. הם לקחו את הכסף שלך, לא אנחנו, אז אם תקבל החזר זה תלוי בהם; זה לא בידיים שלי להחליט.

# en: The partner took your money, so the refund is their decision.
jargon-confused-reply-2-wording-5 = השותפה לקחה את הכסף, אז ההחזר בהחלטה שלהם.

# en: we didn't take your money sir, the partner did. it's their subscription, so a refund is their call, not mine
jargon-confused-reply-2-wording-6 = אנחנו לא לקחנו לך את הכסף אדוני, השותף לקח. זה המנוי שלהם, אז על החזר הם מחליטים, לא אני

# en: Plain words at last, and the same message the hotline gave him: 'not us'. Plain language helps only when what you say in it leaves him someone to rely on.
jargon-confused-reply-2-feedback = סוף סוף מילים פשוטות, ואותו מסר שקיבל במוקד: "לא אנחנו". שפה פשוטה עוזרת רק כשמה שאומרים בה משאיר לו מישהו לסמוך עליו.

# en: I'm sorry if it sounded complicated, sir. Those are just the official terms; I'm only reading out what the system shows me for your line.
jargon-confused-reply-3 = סליחה אם זה נשמע מסובך, אדוני. אלה רק המונחים הרשמיים; זה בסך הכול מה שהמערכת מציגה לי על הקו שלך.

# en: Sorry if that seemed complicated, sir. Those are simply the official terms. I'm just reading what the system says about your line.
jargon-confused-reply-3-wording-1 = מצטער אם זה נשמע לך מסובך, אדוני. אלה סתם המונחים הרשמיים; זה פשוט מה שמופיע אצלי במערכת על הקו שלך.

# en: Sorry if it was confusing; I'm just reading what the system says.
jargon-confused-reply-3-wording-2 = סליחה אם זה מבלבל, אלה סתם מונחים רשמיים.

# en: sorry if it came across complicated sir, those are the official words for it, i'm just reading off the system
jargon-confused-reply-3-wording-3 = סורי אם זה יצא מסובך אדוני, זו רק השפה הרשמית, אני מעתיקה מה שהמחשב מראה לי על המספר שלך

# en: Apologies if that was hard to follow, sir. That's just the official wording; I'm only repeating what the system says about your line.
jargon-confused-reply-3-wording-4 = מתנצלת אם היה קשה לעקוב, אדוני. זה פשוט הניסוח הרשמי; אני רק חוזרת על מה שהמערכת כותבת על הקו שלך.

# en: Sorry if it was unclear, those are the official terms.
jargon-confused-reply-3-wording-5 = מתנצלת אם זה לא ברור, ככה זה מנוסח רשמית.

# en: those are just the official words from the system sir, i'm only reading them out. sorry if it sounded complicated
jargon-confused-reply-3-wording-6 = אלה רק המילים הרשמיות מהמערכת אדוני, אני רק מקריא אותן. סורי אם זה נשמע מסובך

# en: 'Sorry if it sounded complicated' puts the problem in his understanding, and 'I'm only reading out' steps back from the answer. He asked two plain questions and neither was answered.
jargon-confused-reply-3-feedback = "סליחה אם זה נשמע מסובך" מעביר את הבעיה להבנה שלו, ו"זה בסך הכול מה שהמערכת מציגה" מתרחק מהתשובה. הוא שאל שתי שאלות פשוטות, ואף אחת מהן לא נענתה.

# en: SO NOW IT'S MY FAULT?? I never confirmed ANYTHING. I told you, I use this phone for calls and the weather. Are you calling me a liar?
accused-says-1 = אז עכשיו זו אשמתי??? לא אישרתי שום דבר! אמרתי לך, אני משתמש בטלפון הזה לשיחות ולמזג האוויר. אתם קוראים לי שקרן?

# en: No, I don't mean that, but could someone else have used your phone, a grandchild perhaps? Kids tap these game adverts all the time without asking.
accused-reply-1 = לא, לא לזה התכוונתי, אבל אולי מישהו אחר השתמש בטלפון שלך, נכד למשל? ילדים לוחצים על פרסומות של משחקים כל הזמן בלי לשאול.

# en: No, that's not what I mean, but might somebody else have had your phone, perhaps a grandchild? Children tap on these game ads constantly without asking.
accused-reply-1-wording-1 = לא, ממש לא התכוונתי לזה, אבל אולי מישהו אחר שיחק בטלפון שלך, נגיד נכד? ילדים לוחצים כל הזמן על פרסומות של משחקים בלי לבקש רשות.

# en: No, but could a grandchild have used your phone?
accused-reply-1-wording-2 = אולי הנכד שיחק לך בטלפון?

# en: no no not at all, but is there any chance someone else used it, like a grandkid? kids are always tapping on those game ads
accused-reply-1-wording-3 = לא לא, חלילה, אבל אולי מישהו מהמשפחה לקח את הנייד, אחד הנכדים? ילדים מקישים על מודעות של משחקים בלי לחשוב פעמיים

# en: I'm not saying that, but is it possible someone else had your phone, maybe a grandchild? Children often press those game adverts without asking.
accused-reply-1-wording-4 = אני לא אומרת את זה, אבל ייתכן שמישהו אחר החזיק את הטלפון שלך, אולי נכד? ילדים לוחצים הרבה על הפרסומות של המשחקים בלי לשאול.

# en: Could a grandchild have tapped an ad on your phone?
accused-reply-1-wording-5 = אולי נכד הקיש על פרסומת בטלפון שלך?

# en: do you have grandkids who play on your phone sometimes? not saying it's you, but kids hit those game ads all the time
accused-reply-1-wording-6 = יש לך נכדים שמשחקים לפעמים בטלפון שלך? לא אומר שזה אתה, אבל ילדים לוחצים על המודעות של המשחקים כל הזמן

# en: A fair question on a calmer day, but straight after 'you did it yourself' it reads as a second accusation, now aimed at his family. He told you what he uses the phone for.
accused-reply-1-feedback = שאלה הוגנת ביום רגוע יותר, אבל מיד אחרי "עשית את זה בעצמך" היא נשמעת כמו האשמה שנייה, הפעם כלפי המשפחה שלו. הוא סיפר לך למה הוא משתמש בטלפון.

# en: I'm not calling you anything, sir. I'm only telling you what the system shows, and the system says the confirmation came from your phone, on 18 March.
accused-reply-2 = אף אחד לא קורא לך שקרן, אדוני. זה רק מה שהמערכת מראה, ולפי המערכת האישור הגיע מהטלפון שלך, ב־18 במרץ.

# en: I'm not accusing you of anything, sir. I'm just reporting the system's record, and it says the confirmation was made on your handset on 18 March.
accused-reply-2-wording-1 = אף אחד לא אומר שאתה משקר, אדוני. אני רק מוסר מה שמופיע במערכת, ולפיה האישור יצא מהטלפון שלך, בשמונה־עשר במרץ.

# en: Not accusing you; the system just says your phone confirmed it.
accused-reply-2-wording-2 = לא קראתי לך שקרן, אבל במערכת האישור הגיע מהמכשיר שלך.

# en: i'm not accusing you of anything sir, i'm just going by the system and it says your phone sent the confirmation on 18 march
accused-reply-2-wording-3 = אדוני אף אחד לא מאשים אותך בשקר, אני רק רואה מה שהמחשב אומר, ושם כתוב שהאישור נשלח מהנייד שלך ב־18/3

# en: I never called you a liar, sir. I'm just passing on the system's information, and it shows your phone confirmed it on 18 March.
accused-reply-2-wording-4 = מעולם לא קראתי לך שקרן, אדוני. אני רק מעביר את המידע מהמערכת, ולפיו הטלפון שלך אישר את זה ב־18 במרץ.

# en: I'm not calling you a liar, but the system shows your phone confirmed it.
accused-reply-2-wording-5 = לא קראתי לך שקרן, אבל במערכת רואים שהטלפון שלך אישר.

# en: The system shows the confirmation came from your phone on 18 March, sir. I'm not calling you anything, I'm just telling you what it says.
accused-reply-2-wording-6 = במערכת מופיע שהאישור יצא מהטלפון שלך ב־18 במרץ, אדוני. אני לא קורא לך בשום שם, רק אומר מה כתוב שם.

# en: 'I'm only the messenger' and a second reading of the record: you are now arguing his word against the system's, and he will not stop until one of you wins.
accused-reply-2-feedback = "זה רק מה שהמערכת מראה" וקריאה נוספת של הרישום: עכשיו הוויכוח הוא על המילה שלו מול המילה של המערכת, והוא לא יפסיק עד שאחד הצדדים ינצח.

# en: No, I believe you. These adverts are built so that one stray tap is enough, and most people never notice. None of this is your fault.
accused-reply-3 = לא, אין לי סיבה לפקפק בך. הפרסומות האלה בנויות כך שנגיעה אקראית אחת מספיקה, ורוב האנשים לא שמים לב. זה לא באשמתך.

# en: I do believe you. These ads are designed so that a single accidental tap is all it takes, and most people don't even realise. You're not to blame for any of this.
accused-reply-3-wording-1 = לא, אני מאמינה לך לגמרי. הפרסומות האלה מתוכננות כך שמספיקה לחיצה אחת בטעות, ורוב האנשים בכלל לא מרגישים. זו לא אשמתך.

# en: I believe you. One accidental tap does it; it's not your fault.
accused-reply-3-wording-2 = אני מאמין לך, זה לא באשמתך.

# en: i believe you, honestly. these ads are made so one accidental tap does it, most people don't even spot it. none of it is your fault
accused-reply-3-wording-3 = ממש לא, אין לי סיבה לא להאמין לך. המודעות האלה עשויות ככה שנגיעה בטעות מספיקה, ואף אחד לא קולט את זה. אתה לא אשם בכלום

# en: Of course I believe you. Those ads are designed to catch an accidental tap, and most people don't even notice it happening. You did nothing wrong.
accused-reply-3-wording-4 = ברור שאני מאמינה לך. המודעות האלה מעוצבות כדי לתפוס לחיצה בטעות, ורוב האנשים בכלל לא שמים לב שזה קורה. לא עשית שום דבר לא בסדר.

# en: I believe you, and it's not your fault.
accused-reply-3-wording-5 = אני מאמין לך, ואין לך שום אשמה בזה.

# en: not your fault at all Mr Varga, i believe you. one slip of the finger on these ads is enough and people rarely notice
accused-reply-3-wording-6 = זה ממש לא באשמתך מר וארגה, אני מאמינה לך. מספיקה החלקה אחת של האצבע על הפרסומות האלה, ואנשים כמעט אף פעם לא מרגישים

# en: You took his word and took the blame off him in plain terms. He no longer has to prove he is honest, so he can stop fighting you and talk about his money.
accused-reply-3-feedback = קיבלת את המילה שלו והורדת ממנו את האשמה במילים ברורות. הוא כבר לא צריך להוכיח שהוא ישר, אז הוא יכול להפסיק להילחם בך ולדבר על הכסף שלו.

# en: That's it. Fourteen years I've been with you, and this is how you treat me. I want someone above you, now. Or I'm cancelling my contract today.
late-supervisor-says-1 = זהו. ארבע־עשרה שנה אני אצלכם, וככה אתם מתייחסים אליי. אני רוצה מישהו מעליך, עכשיו. אחרת אני מבטל היום את החוזה.

# en: Fourteen years, and this chat hasn't done you justice. I'll connect you if you like, but I can remove this month's charges myself, now. Shall I?
late-supervisor-reply-1 = ארבע־עשרה שנה, ומגיע לך יותר ממה שקיבלת בצ'אט. אחבר אותך אם תרצה, אבל אוכל להוריד בעצמי את החיובים של החודש, עכשיו. להוריד?

# en: After fourteen years with us, you deserved better from this chat. I can transfer you if you'd like, but I'm able to take off this month's charges myself right now. Would you like that?
late-supervisor-reply-1-wording-1 = ארבע־עשרה שנה איתנו, ומגיע לך יחס טוב יותר ממה שקיבלת פה. אני אחבר אותך אם זה מה שתרצה, אבל אני יכולה לבטל בעצמי את חיובי החודש, כבר עכשיו. לבטל?

# en: Fourteen years deserves better. I can take this month's charges off now; shall I?
late-supervisor-reply-1-wording-2 = 14 שנה, מגיע לך יותר. אפשר להעביר, או שאזכה אותך עכשיו?

# en: 14 years with us and this chat hasn't treated you right. i can put you through if you want, but i can wipe this month's charges myself right now. should i?
late-supervisor-reply-1-wording-3 = אתה לקוח שלנו כבר ארבע עשרה שנה ובצדק אתה מצפה ליותר ממה שקיבלת בצ'אט הזה. אפשר להעביר אותך, אבל אני יכול למחוק לך את חיובי החודש ממש עכשיו, רוצה?

# en: You've been with us fourteen years and deserved better from me today. I'll transfer you if you want, but I could also credit this month's charges myself right now. Would you like me to?
late-supervisor-reply-1-wording-4 = אתה איתנו ארבע־עשרה שנה, ומגיע לך ממני היום יחס טוב יותר. אעביר אותך אם תרצה, אבל אני יכולה גם לזכות אותך בעצמי על חיובי החודש כבר עכשיו. שאעשה את זה?

# en: I can remove this month's charges myself right now. Shall I?
late-supervisor-reply-1-wording-5 = אני יכול להוריד בעצמי את חיובי החודש עכשיו. להוריד?

# en: Mr Varga, after 14 years you should've had better service here. happy to put you through, or i can take this month's charges off myself straight away, which would you like?
late-supervisor-reply-1-wording-6 = מר וארגה, אחרי 14 שנה היה צריך לקבל פה שירות יותר טוב. אין בעיה להעביר אותך, או שאני מורידה לך את חיובי החודש בעצמי מיד, מה אתה מעדיף?

# en: You picked up his fourteen years, admitted the chat had gone badly, and offered something you can do on the spot. The choice stays his, but now he has a reason to stay.
late-supervisor-reply-1-feedback = התייחסת לארבע־עשרה השנים שלו, הודית שהצ'אט הלך רע, והצעת משהו שאפשר לעשות במקום. הבחירה נשארת שלו, אבל עכשיו יש לו סיבה להישאר.

# en: Certainly, Mr Varga. I've passed your case on to a supervisor, who will contact you within 48 hours by phone or by e-mail, whichever you prefer.
late-supervisor-reply-2 = בוודאי, מר וארגה. העברתי את המקרה שלך לאחראי משמרת, שייצור איתך קשר תוך 48 שעות בטלפון או במייל, מה שנוח לך.

# en: Of course, Mr Varga. I've forwarded your case to a supervisor, and they'll get in touch within 48 hours, by email or phone as you prefer.
late-supervisor-reply-2-wording-1 = בוודאי, מר וארגה. הפנייה שלך הועברה לאחראי המשמרת, והוא ייצור איתך קשר במייל או בטלפון, מה שנוח לך, תוך יומיים.

# en: Certainly; a supervisor will be in touch within 48 hours.
late-supervisor-reply-2-wording-2 = העברתי לאחראי, יחזרו אליך תוך 48 שעות.

# en: sure Mr Varga, i've passed it to a supervisor, they'll contact you in the next 48 hrs, phone or email, whichever suits you
late-supervisor-reply-2-wording-3 = בטח, מר וארגה, הפנייה כבר אצל האחראי, הוא ייצור קשר בטלפון או במייל, איך שתעדיף, בתוך יומיים

# en: Of course, Mr Varga. Your case is now with a supervisor, and you'll hear from them by phone or e-mail within 48 hours, whichever you'd like.
late-supervisor-reply-2-wording-4 = כמובן, מר וארגה. המקרה שלך נמצא עכשיו אצל אחראי משמרת, ותשמע ממנו בטלפון או במייל בתוך 48 שעות, לפי מה שתבחר.

# en: A supervisor will contact you within 48 hours.
late-supervisor-reply-2-wording-5 = אחראי משמרת ייצור איתך קשר תוך 48 שעות.

# en: your case has gone to a supervisor, sir. expect a call or an email from them in the next 48 hours, your choice which
late-supervisor-reply-2-wording-6 = הפנייה שלך עברה לאחראי, אדוני. תקבל ממנו שיחה או מייל ב־48 השעות הקרובות, לבחירתך

# en: Polite, and it does what he asked, but a 48-hour wait for somebody else is one more 'passed on' in a story full of them. Offer the part you can fix before you hand the case away.
late-supervisor-reply-2-feedback = מנומס, ועושה מה שביקש, אבל המתנה של 48 שעות למישהו אחר היא עוד "העברתי הלאה" בסיפור שמלא בהם. כדאי להציע את מה שאפשר לתקן בעצמך לפני שמוסרים את המקרה.

# en: I'll bring in my team leader, Ágnes, now. She'll have your whole story from me before she joins, and I'll stay in the chat until she does.
late-supervisor-reply-3 = אכניס עכשיו את ראש הצוות שלי, אגנש. היא תקבל ממני את כל הסיפור לפני שתצטרף, ואשאר בצ'אט עד שהיא תגיע.

# en: I'm bringing my team leader, Ágnes, into the chat right away. I'll give her your full story first, and I'll remain here until she's arrived.
late-supervisor-reply-3-wording-1 = אני מכניס עכשיו לשיחה את אגנש, ראש הצוות שלי. לפני שהיא מצטרפת אני מעביר לה את כל הסיפור, ואני נשאר איתך בצ'אט עד שהיא כאן.

# en: I'll bring Ágnes in now, fully briefed, and stay till she joins.
late-supervisor-reply-3-wording-2 = אגנש תצטרף, אעדכן אותה בהכול ואשאר איתך.

# en: i'll get my team leader Ágnes in here now. i'll tell her everything first so you don't repeat yourself, and i'm not leaving the chat till she's here
late-supervisor-reply-3-wording-3 = אוקיי, אני מזמינה את אגנש, האחראית שלי, לצ'אט. אני מתדרכת אותה על הכול קודם, ולא הולכת לשום מקום עד שהיא מתחברת

# en: Right away, I'm adding Ágnes, my team leader, to this chat. I'll update her on everything first, and I'll stay here with you until she's joined.
late-supervisor-reply-3-wording-4 = מיד, אני מצרפת לצ'אט הזה את אגנש, ראש הצוות שלי. קודם אעדכן אותה בכול, ואשאר כאן איתך עד שהיא תתחבר.

# en: Getting my team leader Agnes now, I'll stay till she's here.
late-supervisor-reply-3-wording-5 = קורא עכשיו לאגנש, ראש הצוות, ונשאר עד שהיא כאן.

# en: Mr Varga, Ágnes, who leads my team, is joining now. She'll know your whole case from me before she arrives, and I won't leave the chat in the meantime.
late-supervisor-reply-3-wording-6 = מר וארגה, אגנש, שמנהלת את הצוות שלי, מצטרפת עכשיו. היא תכיר ממני את כל המקרה שלך לפני שהיא נכנסת, ואני לא עוזב את הצ'אט בינתיים.

# en: A proper handover: he hears who, he won't have to repeat himself, and you don't vanish. The best reply also answered his fourteen years and offered to remove the charges first, which could have made the handover unnecessary.
late-supervisor-reply-3-feedback = העברה כמו שצריך: הוא שומע מי מגיע, לא יצטרך לחזור על עצמו, ולא נעלמת באמצע. התשובה הטובה ביותר גם התייחסה לארבע־עשרה השנים שלו והציעה קודם להוריד את החיובים, מה שאולי היה מייתר את ההעברה.

# en: Fourteen years or not, cancelling won't get your money back any faster, sir, and the early termination fee would cost you more than these charges did.
late-supervisor-reply-4 = ארבע־עשרה שנה או לא, אדוני, ביטול החוזה לא יחזיר לך את הכסף מהר יותר, ודמי היציאה המוקדמת יעלו לך הרבה יותר מהחיובים האלה.

# en: Fourteen years or not, sir, cancelling won't speed up your refund, and the early exit fee would be more than these charges cost you.
late-supervisor-reply-4-wording-1 = בין אם ארבע־עשרה שנה ובין אם לא, אדוני, אם תבטל את החוזה לא תקבל את הכסף מהר יותר, ועל קנס היציאה המוקדם תשלם יותר ממה שחויבת כאן.

# en: Cancelling won't help; the termination fee costs more than these charges.
late-supervisor-reply-4-wording-2 = ביטול לא יחזיר את הכסף, והקנס יעלה לך יותר.

# en: with respect sir, 14 years or not, leaving won't get the money back quicker and you'd pay more in exit fees than the charges did
late-supervisor-reply-4-wording-3 = עם כל הכבוד לוותק שלך אדוני, לעזוב אותנו לא יזרז את ההחזר, וקנס שבירת ההתחייבות יעלה לך פי כמה מהחיובים האלה

# en: Sir, leaving us won't speed up the refund, and with the early cancellation fee you'd end up paying more than these charges.
late-supervisor-reply-4-wording-4 = אדוני, לעזוב אותנו לא יזרז את ההחזר, ועם דמי הביטול המוקדם תשלם בסוף יותר מהחיובים האלה.

# en: If you cancel, the termination fee costs more than the charges.
late-supervisor-reply-4-wording-5 = אם תבטל, קנס היציאה יעלה יותר מהחיובים.

# en: 14 years or not, cancelling your contract won't bring your money back any sooner, and breaking it early would cost you more than you lost.
late-supervisor-reply-4-wording-6 = 14 שנה או לא, ביטול החוזה לא יחזיר לך את הכסף יותר מהר, ולשבור אותו מוקדם יעלה לך יותר ממה שהפסדת.

# en: Scoring a point against a threat only confirms that he should go. Fourteen years of loyalty deserved an answer to the hurt, not a sum.
late-supervisor-reply-4-feedback = לנצח בנקודה מול איום רק מאשר לו שעליו ללכת. ארבע־עשרה שנים של נאמנות היו ראויות לתשובה על הפגיעה, לא לחשבון.

# en: All right. So do I get ALL my money back? The four on this bill, and the other ones from before. Those too.
refund-question-says-1 = טוב. אז אני מקבל את כל הכסף בחזרה? את כולו!!! את הארבעה בחשבון הזה, ואת הקודמים. גם אותם.

# en: 'The other ones from before' could mean more than one thing on his account. Find out which before you promise anything.
refund-question-hint = "הקודמים" יכולים להיות יותר מדבר אחד בחשבון שלו. כדאי לברר למה הוא מתכוון לפני שמבטיחים משהו.

# en: This month's four, yes. Which ones from before do you mean: the two MobilPlay charges on the March bill, or the 2,400-forint data top-up?
refund-question-reply-1 = את הארבעה של החודש, כן. לאילו קודמים אתה מתכוון: שני החיובים של MobilPlay בחשבון של מרץ, או טעינת הגלישה ב־2,400 פורינט?

# en: The four from this month, yes. When you say earlier ones, is that MobilPlay's two charges from March, or the data top-up of 2,400 forints?
refund-question-reply-1-wording-1 = את ארבעת החיובים של החודש, כן. ולגבי הקודמים, למה הכוונה: לשני החיובים של MobilPlay בחשבון מרץ, או לטעינת הגלישה של 2,400 פורינט?

# en: This month's, yes. Earlier ones: March's MobilPlay charges, or the 2,400 top-up?
refund-question-reply-1-wording-2 = החודש כן. הקודמים זה MobilPlay של מרץ או הטעינה?

# en: yes to this month's four. which older ones do you mean, the 2 mobilplay charges from march or the 2,400 ft data top up?
refund-question-reply-1-wording-3 = על הארבעה של החודש, בטח. רק תבהיר לי מה הקודמים, שני החיובים של מובילפליי ממרץ, או חבילת הגלישה של 2,400?

# en: Yes for the four on this bill. For the older ones, do you mean the two MobilPlay charges from March, or the 2,400 forint top-up for data?
refund-question-reply-1-wording-4 = כן, על הארבעה שבחשבון הזה. ולגבי הקודמים, אתה מתכוון לשני החיובים של MobilPlay ממרץ, או לטעינת הגלישה של 2,400 פורינט?

# en: Yes to this month. Do you mean March's MobilPlay or the top-up?
refund-question-reply-1-wording-5 = החודש כן. אתה מתכוון ל־MobilPlay של מרץ או לטעינה?

# en: just to check, by earlier ones do you mean MobilPlay's two in March or the 2,400 data top-up? the four from this month, yes
refund-question-reply-1-wording-6 = רק לוודא, בקודמים אתה מתכוון לשניים של מובילפליי במרץ או לטעינת הגלישה של 2,400? על הארבעה של החודש, כן

# en: One short, specific question, with both things you can see on his account. It shows you are looking at his bill, not a script, and it saves a second round if you had guessed wrong.
refund-question-reply-1-feedback = שאלה אחת קצרה וממוקדת, עם שני הדברים שרואים בחשבון שלו. היא מראה שהעיניים שלך על החשבון שלו, לא על תסריט, וחוסכת סיבוב נוסף אם הניחוש היה שגוי.

# en: You have my word, Mr Varga: every forint, the old ones and the new ones. Don't worry, I'll make sure of that personally.
refund-question-reply-2 = יש לך את המילה שלי, מר וארגה: כל פורינט, הישנים והחדשים. אל תדאג, אדאג לזה אישית.

# en: I promise you, Mr Varga: all of it, the earlier charges and the new. Don't you worry, I'll personally see that it happens.
refund-question-reply-2-wording-1 = אני נותן לך מילה, מר וארגה: תקבל כל פורינט, גם מהחשבונות הקודמים וגם מהנוכחי. תהיה רגוע, אני מטפל בזה באופן אישי.

# en: I promise, every forint, old and new.
refund-question-reply-2-wording-2 = כל פורינט חוזר אליך, מבטיחה.

# en: i promise you Mr Varga, every last forint, old and new. don't worry, i'll personally make sure of it
refund-question-reply-2-wording-3 = סגור מר וארגה, הכול חוזר, עד הפורינט האחרון, הישן והחדש. עזוב, אני על זה אישית

# en: I give you my word, Mr Varga, you'll get back every forint, both the earlier charges and the current ones. I'll personally make it happen, don't worry.
refund-question-reply-2-wording-4 = אני נותנת לך את המילה שלי, מר וארגה, תקבל בחזרה כל פורינט, גם את החיובים הקודמים וגם את הנוכחיים. אני אישית אדאג שזה יקרה, אל תדאג.

# en: Yes, every forint back, old and new, I promise.
refund-question-reply-2-wording-5 = כן, כל פורינט חוזר, ישן וחדש, מבטיח.

# en: all of it, mr varga, the new ones and the old ones, you have my word. leave it to me and don't worry
refund-question-reply-2-wording-6 = הכול, מר וארגה, החדשים והישנים, יש לך את המילה שלי. תשאיר את זה לי ואל תדאג

# en: Warm, and for a moment he feels someone is on his side. But you don't know yet what 'the other ones' are, and anything on a paid bill is MobilPlay's to refund, not yours.
refund-question-reply-2-feedback = חם, ולרגע הוא מרגיש שמישהו בצד שלו. אבל עוד לא ברור לך מה הם "הקודמים", וההחזר על חשבון ששולם נמצא בידי MobilPlay, לא בידיך.

# en: This month's four, 5,960 forints, I'm taking off today. The two from March I'll claim back from MobilPlay; they have to answer within 15 days.
refund-question-reply-3 = את הארבעה של החודש, 5,960 פורינט, אוריד כבר היום. את השניים ממרץ אדרוש בחזרה מ־MobilPlay; הם חייבים לענות לנו תוך 15 יום.

# en: The four from this month, 5,960 forints, I'll remove today. For the two March ones, I'll put in a claim with MobilPlay, and they must reply within 15 days.
refund-question-reply-3-wording-1 = את ארבעת החיובים של החודש, 5,960 פורינט, אני מוריד כבר היום. על שני החיובים ממרץ אגיש דרישה ל־MobilPlay; הם מחויבים לענות לנו בתוך 15 יום.

# en: 5,960 off today; March's two I'll claim from MobilPlay.
refund-question-reply-3-wording-2 = 5,960 של החודש יורדים היום; את מרץ אדרוש מ־MobilPlay.

# en: this month's 4, that's 5,960, coming off today. the 2 from march i'll claim from mobilplay and they've got 15 days to respond
refund-question-reply-3-wording-3 = החודש, 5,960, אני מזכה היום. על שניים של מרץ אני פותחת דרישה מול מובילפליי, ויש להם 15 יום לחזור אלינו

# en: Today I'm crediting this month's four charges, 5,960 forints. For March's two, I'll file a claim with MobilPlay, and they must respond within 15 days.
refund-question-reply-3-wording-4 = היום אני מזכה את ארבעת החיובים של החודש, 5,960 פורינט. על שני החיובים של מרץ אגיש תביעה מול MobilPlay, והם מחויבים להשיב בתוך 15 יום.

# en: 5,960 off today, and I'll claim March's two from MobilPlay.
refund-question-reply-3-wording-5 = 5,960 יורדים היום, ואת השניים של מרץ אדרוש מ־MobilPlay.

# en: the 5,960 for this month's four comes off today, mr varga. march's two i'll claim back from mobilplay, they have 15 days to answer
refund-question-reply-3-wording-6 = ה־5,960 על הארבעה של החודש יורדים היום, מר וארגה. את השניים של מרץ אני דורשת בחזרה ממובילפליי, יש להם 15 יום לענות

# en: An honest plan, and probably the right one. But 'the other ones' was vague, and his account also shows a 2,400-forint top-up; the best reply checked which he meant before answering a question he might not have asked.
refund-question-reply-3-feedback = תוכנית הוגנת, וכנראה הנכונה. אבל "הקודמים" היה מעורפל, ובחשבון שלו יש גם טעינה של 2,400 פורינט; התשובה הטובה ביותר בדקה למה הוא מתכוון לפני שענתה על שאלה שאולי לא שאל.

# en: The MobilPlay ones, obviously. Two more on the March bill, and that one I've already paid. The top-up was mine, that's fine.
march-charges-says-1 = של MobilPlay, ברור. עוד שניים בחשבון של מרץ, ואותו כבר שילמתי. הטעינה הייתה שלי, היא בסדר.

# en: Part of this you can do yourself and part depends on MobilPlay. Say which is which, and promise only your part.
march-charges-hint = את חלק מזה אפשר לעשות בעצמך, וחלק תלוי ב־MobilPlay. כדאי לומר מה זה מה, ולהבטיח רק את החלק שלך.

# en: This month's four I can credit straight away. Charges on a bill that's already been paid can't be refunded, I'm afraid; that's the rule for closed bills.
march-charges-reply-1 = את הארבעה של החודש אפשר לזכות מיד. חיובים בחשבון שכבר שולם אי אפשר להחזיר, לצערי; זה הנוהל לחשבונות סגורים.

# en: I can credit this month's four immediately. But charges on a bill you've already paid aren't refundable, I'm afraid; that's the policy once a bill is closed.
march-charges-reply-1-wording-1 = את ארבעת החיובים של החודש אני יכולה לזכות מיד. מה שכבר שולם בחשבון סגור, לצערי אי אפשר להחזיר; ככה זה בחשבונות סגורים.

# en: This month's credited; paid bills can't be refunded, sorry.
march-charges-reply-1-wording-2 = החודש אזכה, אבל חשבון ששולם אי אפשר להחזיר.

# en: i can credit the 4 from this month right away, but stuff on a bill you've already paid can't be refunded sorry, that's the rule once the bill's closed
march-charges-reply-1-wording-3 = את של החודש אני מזכה עכשיו, אבל מרץ כבר שולם ונסגר, ולפי הנוהל אין החזר על חשבון סגור, סורי

# en: I'll credit the four from this month right now. The ones on your March bill can't be refunded though, since that bill's paid and closed; that's our rule.
march-charges-reply-1-wording-4 = את הארבעה של החודש אני מזכה כבר עכשיו. את אלה שבחשבון של מרץ אי אפשר להחזיר, כי החשבון שולם ונסגר; זה הכלל אצלנו.

# en: This month's yes, but a paid bill can't be refunded.
march-charges-reply-1-wording-5 = החודש כן, אבל על חשבון ששולם אין החזר.

# en: sorry sir, once a bill is paid and closed we can't refund it, thats the rule. this month's four i can credit straight away though
march-charges-reply-1-wording-6 = סורי אדוני, חשבונית ששולמה ונסגרה אין לנו איך להחזיר, זה הכלל. את הארבעה של החודש אני מזכה מיד בכל זאת

# en: Half right: the credit is real. But paid charges can still be claimed back from MobilPlay, and 'that's the rule' shuts a door you could have opened for him.
march-charges-reply-1-feedback = חצי נכון: הזיכוי אמיתי. אבל חיובים ששולמו עדיין אפשר לדרוש בחזרה מ־MobilPlay, ו"זה הנוהל" סוגר דלת שיכולת לפתוח בשבילו.

# en: Both months, every forint, I promise you. I'll get all of it back for you personally, Mr Varga, so you can forget about it.
march-charges-reply-2 = שני החודשים, כל פורינט, זו הבטחה. אחזיר לך הכול אישית, מר וארגה, אז אתה יכול לשכוח מזה.

# en: All of it, both months, down to the last forint, I promise. I'll personally get the whole lot back for you, Mr Varga, so you needn't think about it again.
march-charges-reply-2-wording-1 = גם מרץ וגם החודש, עד הפורינט האחרון, אני מבטיחה. אני אישית מחזירה לך את הכול, מר וארגה, אז תשכח מזה.

# en: Both months, all of it back, I promise you.
march-charges-reply-2-wording-2 = שני החודשים חוזרים במלואם, מבטיח.

# en: both months, every single forint, promise. i'll get it all back for you myself Mr Varga, you can stop worrying about it
march-charges-reply-2-wording-3 = הכול חוזר מר וארגה, מרץ והחודש, כל פורינט, אני מטפל בזה בעצמי, אתה יכול לשחרר

# en: I promise you'll get every forint back from both months, Mr Varga. I'll personally take care of it all, so you won't need to think about it again.
march-charges-reply-2-wording-4 = אני מבטיח לך שתקבל בחזרה כל פורינט משני החודשים, מר וארגה. אני אישית אטפל בהכול, כך שלא תצטרך לחשוב על זה שוב.

# en: All of it, both months, I promise.
march-charges-reply-2-wording-5 = הכול, שני החודשים, מבטיחה.

# en: march and this month, every forint back, you have my promise. i'll handle it myself, just forget about it
march-charges-reply-2-wording-6 = מרץ והחודש, כל פורינט חוזר, זו הבטחה שלי. אני מטפל בזה בעצמי, פשוט תשכח מזה

# en: It feels generous, and March's refund isn't yours to give: MobilPlay decides it. A promise you can't keep is the one he will quote back to you.
march-charges-reply-2-feedback = זה מרגיש נדיב, אבל ההחזר של מרץ לא בידיים שלך: MobilPlay מחליטה עליו. הבטחה שאי אפשר לקיים היא זו שהוא יצטט לך בחזרה.

# en: I'm sorry, Mr Varga, but for March you'd have to contact MobilPlay yourself, because that bill is closed on our side. I can send you their e-mail address.
march-charges-reply-3 = צר לי, מר וארגה, אבל לגבי מרץ תצטרך לפנות ל־MobilPlay בעצמך, כי החשבון הזה כבר סגור אצלנו. אפשר לשלוח לך את כתובת המייל שלהם עכשיו.

# en: Sorry, Mr Varga, for the March charges you'll need to get in touch with MobilPlay directly, as that bill is closed at our end. I can give you their email address.
march-charges-reply-3-wording-1 = מצטער, מר וארגה, אבל על מרץ תצטרך לפנות בעצמך ל־MobilPlay, כי החשבון הזה כבר נסגר אצלנו. אני יכול לשלוח לך עכשיו את המייל שלהם.

# en: Sorry, for March you'll need to contact MobilPlay yourself.
march-charges-reply-3-wording-2 = על מרץ תפנה ל־MobilPlay בעצמך; אשלח לך את המייל שלהם.

# en: sorry Mr Varga, march you'd need to take up with mobilplay yourself since that bill's closed for us. want their email?
march-charges-reply-3-wording-3 = סורי מר וארגה, מרץ כבר סגור במערכת שלנו, אז את זה תצטרך לדרוש ממובילפליי לבד. רוצה שאשלח לך כתובת מייל שלהם?

# en: Apologies, Mr Varga, the March bill is already closed here, so you'll have to approach MobilPlay yourself for those. I can give you their e-mail.
march-charges-reply-3-wording-4 = מתנצלת, מר וארגה, חשבון מרץ כבר סגור אצלנו, אז על החיובים האלה תצטרך לפנות ל־MobilPlay בעצמך. אני יכולה לתת לך את המייל שלהם.

# en: Sorry, March you have to take up with MobilPlay.
march-charges-reply-3-wording-5 = סליחה, את מרץ תצטרך לברר מול MobilPlay.

# en: I can send you MobilPlay's e-mail address, Mr Varga, because March is closed on our end and you'd need to contact them directly about it. Sorry.
march-charges-reply-3-wording-6 = אני יכול לשלוח לך את כתובת המייל של MobilPlay, מר וארגה, כי מרץ סגור אצלנו ותצטרך ליצור איתם קשר ישירות בנושא. סליחה.

# en: The apology turns into the one thing he asked you not to do: send him to MobilPlay. He has no contract with them, and you do.
march-charges-reply-3-feedback = ההתנצלות הופכת בדיוק לדבר שהוא ביקש שלא יעשו לו: לשלוח אותו ל־MobilPlay. אין לו חוזה איתם; החוזה שלו הוא עם החברה שלך.

# en: This month's 5,960 I'm removing today. March's two I'll claim from MobilPlay: I can't promise their answer, but you'll have it by text within 15 days.
march-charges-reply-4 = את 5,960 של החודש אוריד היום. את השניים של מרץ אדרוש מ־MobilPlay: לא אוכל להבטיח את תשובתם, אבל תקבל אותה ב־SMS תוך 15 יום.

# en: I'm taking this month's 5,960 off today. I'll claim March's two from MobilPlay; I can't guarantee what they'll say, but you'll get their answer as a text within 15 days.
march-charges-reply-4-wording-1 = את ה־5,960 של החודש אני מורידה היום. על שני החיובים של מרץ אגיש דרישה ל־MobilPlay: את התשובה שלהם אני לא יכולה להבטיח, אבל תקבל אותה בהודעה בתוך 15 יום.

# en: 5,960 off today; March I'll claim, no promises, answer by text in 15 days.
march-charges-reply-4-wording-2 = החודש יורד היום; מרץ אבקש מ־MobilPlay, ותשובה תגיע בהודעה תוך 15 יום.

# en: this month's 5,960 is coming off today. the two from march i'll claim from mobilplay, can't promise what they'll decide but i'll text you their answer within 15 days
march-charges-reply-4-wording-3 = של החודש, 5,960, יורד היום. את מרץ אני דורש ממובילפליי, לא מבטיח מה יגידו, אבל בתוך חמישה עשר יום יש לך הודעה עם התשובה

# en: Today I'm crediting the 5,960 from this month. For March's two, I'll lodge a claim with MobilPlay; I can't guarantee they'll agree, but I'll text you their decision within 15 days.
march-charges-reply-4-wording-4 = היום אני מזכה את 5,960 של החודש. על השניים של מרץ אגיש דרישה ל־MobilPlay; אין לי ערובה שיסכימו, אבל אעדכן אותך ב־SMS בהחלטה שלהם תוך 15 יום.

# en: 5,960 off today. March I'll claim, can't promise, I'll text you.
march-charges-reply-4-wording-5 = 5,960 יורד היום. את מרץ אדרוש, בלי הבטחות, ואעדכן ב־SMS.

# en: Mr Varga, no promises on March, that's up to MobilPlay, but I'll claim both charges and text you what they say within 15 days. The 5,960 for this month comes off today.
march-charges-reply-4-wording-6 = מר וארגה, על מרץ אני לא מבטיחה כלום, זה תלוי ב־MobilPlay, אבל אדרוש את שני החיובים ואשלח לך הודעה עם מה שהם עונים תוך 15 יום. ה־5,960 של החודש יורדים היום.

# en: Honest about both parts: what you do yourself and what depends on MobilPlay, with a deadline and the way he will hear. Clear bad news is easier to take than a promise that breaks in a fortnight.
march-charges-reply-4-feedback = כנות לגבי שני החלקים: מה שבידיים שלך ומה שתלוי ב־MobilPlay, עם מועד ועם הדרך שבה ישמע. חדשות רעות וברורות קל יותר לקבל מהבטחה שנשברת בעוד שבועיים.

# en: Every forint? Last week I was told you can't do anything at all. Now you give me your word on everything. Which is it? Can you actually guarantee that?
refund-doubt-says-1 = כל פורינט? בשבוע שעבר אמרו לי שאתם לא יכולים לעשות כלום. ועכשיו פתאום נותנים לי מילה על הכול? אז מה נכון? אפשר באמת להבטיח את זה?

# en: Fair question; I should be exact. This month's four I remove myself, today. March's two I must claim from MobilPlay, and I'll text you their answer.
refund-doubt-reply-1 = שאלה הוגנת; אדייק. את הארבעה של החודש אוריד בעצמי, היום. את השניים של מרץ אדרוש מ־MobilPlay, ואשלח לך ב־SMS את תשובתם.

# en: That's a fair point; let me be precise. The four from this month I'll take off myself today. The two from March have to be claimed from MobilPlay; I'll text you what they decide.
refund-doubt-reply-1-wording-1 = שאלה במקום, ואני אדייק. את ארבעת החיובים של החודש אני מורידה בעצמי עוד היום. את שני החיובים של מרץ אבקש מ־MobilPlay, ואת התשובה שלהם אשלח לך בהודעה.

# en: Fair point. This month's I remove today; March's depends on MobilPlay.
refund-doubt-reply-1-wording-2 = אדייק: החודש עליי היום, מרץ תלוי ב־MobilPlay.

# en: fair q, i should be more precise. this month's 4 i'm removing myself today, march's 2 i have to claim from mobilplay, then i'll text you their reply
refund-doubt-reply-1-wording-3 = צודק לשאול, הגזמתי קודם. מה שבטוח: את ארבעת החיובים של החודש אני מוחק היום בעצמי. על שניים של מרץ אני פונה למובילפליי, ומה שיענו תקבל ממני בהודעה

# en: You're right to ask, let me be accurate. I take off this month's four myself, today. The two March ones depend on a claim to MobilPlay, and I'll text you what they decide.
refund-doubt-reply-1-wording-4 = בצדק אתה שואל, תן לי לדייק. את ארבעת החיובים של החודש אני מורידה בעצמי, היום. השניים של מרץ תלויים בדרישה ל־MobilPlay, ואת ההחלטה שלהם אשלח לך בהודעה.

# en: To be exact: this month's today, March depends on MobilPlay.
refund-doubt-reply-1-wording-5 = בדיוק: החודש יורד היום, מרץ תלוי ב־MobilPlay.

# en: Mr Varga, good question, I should have been precise. the four on this bill come off today, by me. the two from march need a claim to mobilplay and i'll text you their answer
refund-doubt-reply-1-wording-6 = שאלה טובה מר וארגה, הייתי צריך לדייק. הארבעה בחשבון הזה יורדים היום, על ידי. השניים ממרץ צריכים דרישה למובילפליי ואת התשובה שלהם תקבל ממני בהודעה

# en: Taking back your own promise is hard, and right. It costs a little trust now and saves far more than a broken guarantee would cost in a fortnight.
refund-doubt-reply-1-feedback = לחזור בך מהבטחה של עצמך זה קשה, וזה נכון. זה עולה קצת אמון עכשיו, וחוסך הרבה יותר ממה שתעלה ערבות שנשברה בעוד שבועיים.

# en: Yes, I guarantee it, every single forint of it. Leave it all with me, Mr Varga, and don't worry about a thing; I'll see it through personally.
refund-doubt-reply-2 = כן, זו התחייבות, עד הפורינט האחרון. תשאיר את הכול אצלי, מר וארגה, ואל תדאג לשום דבר; אני אדאג לזה אישית עד הסוף.

# en: Yes, I can guarantee it, every last forint. Leave everything to me, Mr Varga, and stop worrying; I'll personally make sure it's done.
refund-doubt-reply-2-wording-1 = כן, אני מתחייב, כל פורינט בלי יוצא מן הכלל. תסמוך עליי, מר וארגה, ואל תדאג לכלום; אני מלווה את זה אישית עד הסוף.

# en: Yes, guaranteed, every forint. Leave it to me.
refund-doubt-reply-2-wording-2 = כן, מובטח, עד הפורינט האחרון.

# en: yes 100% guaranteed, every single forint. just leave it all to me, don't worry about anything, i'll handle it personally
refund-doubt-reply-2-wording-3 = כן, סגור, הכול חוזר אליך עד הפורינט האחרון. סמוך עליי, אני מלווה את זה אישית עד שזה נגמר

# en: Absolutely, I guarantee every forint. You can leave it all to me, Mr Varga, I'll personally follow it through, so no need to worry.
refund-doubt-reply-2-wording-4 = בהחלט, אני מבטיחה כל פורינט. אתה יכול להשאיר לי את הכול, מר וארגה, אני אישית אלווה את זה עד הסוף, כך שאין מה לדאוג.

# en: Yes, I guarantee you'll get every forint.
refund-doubt-reply-2-wording-5 = כן, אני מבטיח שתקבל כל פורינט.

# en: you have my guarantee mr varga, every forint. i'll see to it myself, don't worry about a thing
refund-doubt-reply-2-wording-6 = אני מתחייבת לך, מר וארגה, כל פורינט. אני דואגת לזה בעצמי, אל תדאג לכלום

# en: He told you exactly why he doubts it, and you doubled the promise instead of checking it. If MobilPlay refuses March's charges, yours is the word that breaks.
refund-doubt-reply-2-feedback = הוא אמר לך בדיוק למה הוא מפקפק, והכפלת את ההבטחה במקום לבדוק אותה. אם MobilPlay תסרב להחזיר את החיובים של מרץ, המילה שלך היא זו שתישבר.

# en: Fair question, sir. What I meant is that we'll do everything we can; cases like yours are usually settled in the customer's favour, so please don't worry.
refund-doubt-reply-3 = שאלה הוגנת, אדוני. התכוונתי שנעשה כל מה שאפשר; מקרים כמו שלך מסתיימים בדרך כלל לטובת הלקוח, אז בבקשה אל תדאג.

# en: Fair question, sir. I meant that we'll do all we can; these cases normally go the customer's way, so try not to worry.
refund-doubt-reply-3-wording-1 = שאלה הוגנת, אדוני. כוונתי הייתה שנעשה את המקסימום; בדרך כלל מקרים כאלה נגמרים לטובת הלקוח, אז אל תדאג.

# en: We'll do all we can; these usually go the customer's way.
refund-doubt-reply-3-wording-2 = נעשה כמיטב יכולתנו, ובדרך כלל זה נגמר טוב.

# en: good question sir, i meant we'll try our best, cases like this normally end up going the customer's way so don't worry too much
refund-doubt-reply-3-wording-3 = צודק, התכוונתי שננסה כל מה שאפשר. ברוב המקרים כמו שלך הלקוח יוצא בסדר, אז תהיה רגוע

# en: A fair question, sir. I only meant we'll try our hardest; these cases mostly end well for the customer, so there's no need to worry.
refund-doubt-reply-3-wording-4 = שאלה במקום, אדוני. כל מה שהתכוונתי הוא שנתאמץ כמה שאפשר; מקרים כאלה נגמרים ברוב הפעמים טוב בשביל הלקוח, אז אין סיבה לדאגה.

# en: We'll try our best, these usually end in your favour.
refund-doubt-reply-3-wording-5 = ננסה כמה שאפשר, ובדרך כלל זה נגמר לטובתך.

# en: don't worry too much sir, we do everything we can and usually the customer wins in cases like yours
refund-doubt-reply-3-wording-6 = אל תדאג יותר מדי אדוני, אנחנו עושים כל מה שאפשר ובדרך כלל הלקוח מנצח במקרים כמו שלך

# en: He asked for a straight yes or no and got 'usually'. The vaguer the answer, the more it sounds like the hotline he is trying to get past.
refund-doubt-reply-3-feedback = הוא ביקש כן או לא ברור וקיבל "בדרך כלל". ככל שהתשובה מעורפלת יותר, כך היא נשמעת יותר כמו המוקד שהוא מנסה לעבור.

# en: So I pay 2,980 forints for something I never ordered because of a 'rule'? THIS is exactly why I called it a scam.
refund-refused-says-1 = אז אני משלם 2,980 פורינט על משהו שמעולם לא הזמנתי בגלל "נוהל"??? בדיוק בגלל זה קראתי לזה עוקץ!

# en: I'm sorry, but I've already told you what I'm able to do, Mr Varga. Once a bill is paid, it's closed, and I can't reopen it from here.
refund-refused-reply-1 = צר לי, אבל כבר אמרתי לך מה אפשר לעשות, מר וארגה. ברגע שחשבון שולם, הוא סגור, ואין לי שום דרך לפתוח אותו שוב מכאן.

# en: I'm sorry, Mr Varga, but I've explained what I can do. When a bill has been paid it's closed, and I'm not able to reopen it.
refund-refused-reply-1-wording-1 = מצטערת, מר וארגה, אבל כבר הסברתי מה אפשרי. חשבון ששולם נחשב סגור, ואין לי אפשרות לפתוח אותו מחדש מכאן.

# en: Sorry, a paid bill is closed; I can't reopen it.
refund-refused-reply-1-wording-2 = כבר אמרתי, חשבון ששולם סגור ואין מה לעשות.

# en: sorry but i've already said what i can do. once the bill's paid it's closed and there's no way for me to open it again
refund-refused-reply-1-wording-3 = סורי, אבל כבר פירטתי לך מה אני יכול לעשות. ברגע ששילמת חשבונית היא נסגרת, ואין לי איך לפתוח אותה שוב מהצד שלי

# en: Sorry, Mr Varga, I've already explained my options. A paid bill is closed and there's no way for me to reopen it from my end.
refund-refused-reply-1-wording-4 = מצטער, מר וארגה, כבר הסברתי לך מה האפשרויות שלי. חשבון ששולם סגור, ואין לי שום דרך לפתוח אותו מחדש מהצד שלי.

# en: Sorry, I can't reopen a bill that's already paid.
refund-refused-reply-1-wording-5 = סליחה, אין לי איך לפתוח חשבון שכבר שולם.

# en: as i said, once you've paid a bill it gets closed, and i can't open it again from here sorry mr varga
refund-refused-reply-1-wording-6 = כמו שאמרתי, ברגע ששילמת חשבון הוא נסגר, ואני לא יכולה לפתוח אותו שוב מכאן, סורי מר וארגה

# en: Calm, but it repeats the refusal and leaves him 2,980 forints down with nowhere to turn. 'Closed' is the word he will quote when he tells this story.
refund-refused-reply-1-feedback = רגוע, אבל זה חוזר על הסירוב ומשאיר אותו חסר 2,980 פורינט בלי כתובת לפנות אליה. "סגור" היא המילה שהוא יצטט כשיספר את הסיפור הזה.

# en: You're right to push back; I put that badly. I can't remove March's two myself, but I'll claim them from MobilPlay today and text you their answer.
refund-refused-reply-2 = אתה צודק להתעקש; ניסחתי את זה רע. את החיובים של מרץ לא אוכל להוריד בעצמי, אבל אדרוש אותם היום מ־MobilPlay ואעדכן אותך ב־SMS.

# en: You're right to challenge that; I explained it poorly. I'm not able to take off March's two myself. I'll put in a claim to MobilPlay today and send you their reply by text.
refund-refused-reply-2-wording-1 = בצדק אתה מתעקש; התבטאתי לא טוב. את החיובים של מרץ אין לי אפשרות להוריד לבד, אבל עוד היום אני דורשת אותם מ־MobilPlay ומעדכנת אותך בהודעה.

# en: Fair challenge, I said it badly. I'll claim March's from MobilPlay today.
refund-refused-reply-2-wording-2 = צודק, ניסחתי רע. אדרוש את מרץ מ־MobilPlay היום.

# en: you're right to call me out on that, i worded it badly. i can't take the march ones off myself but i'll put a claim in with mobilplay today and send you a text with what they say
refund-refused-reply-2-wording-3 = אתה צודק שאתה לא מוותר, ניסחתי את זה גרוע. את מרץ אני לא יכול למחוק בעצמי, אבל היום אני פותח דרישה מול מובילפליי ואתה מקבל ממני עדכון בהודעה

# en: Fair enough, that came out wrong. I can't take March's two off myself, but I'll file a claim with MobilPlay today and let you know their answer by text.
refund-refused-reply-2-wording-4 = הוגן, זה יצא לא נכון. את שני החיובים של מרץ אני לא יכול להוריד בעצמי, אבל עוד היום אגיש דרישה ל־MobilPlay ואודיע לך ב־SMS מה הם ענו.

# en: I phrased that badly. I'll claim March back from MobilPlay today.
refund-refused-reply-2-wording-5 = ניסחתי לא טוב. היום אדרוש את מרץ בחזרה מ־MobilPlay.

# en: mr varga, you're right to object, i explained that poorly. march's two aren't mine to remove, but i'm sending a claim to mobilplay today and will text you their reply
refund-refused-reply-2-wording-6 = מר וארגה, בצדק אתה מתנגד, הסברתי את זה גרוע. את השניים של מרץ אין לי סמכות למחוק, אבל אני שולחת היום דרישה למובילפליי ותקבל ממני הודעה עם התשובה

# en: You corrected yourself without defending the 'rule' and said what you can do instead. Saying what is possible turns a refusal into a plan.
refund-refused-reply-2-feedback = תיקנת את עצמך בלי להגן על ה"נוהל" ואמרת מה אפשר לעשות במקום. לומר מה אפשרי הופך סירוב לתוכנית.

# en: It isn't a scam, sir. It's how billing works at every operator in the country: a paid bill is closed, and the same rule would apply anywhere.
refund-refused-reply-3 = זה לא עוקץ, אדוני. ככה עובדים החיובים אצל כל מפעיל בארץ: חשבון ששולם נסגר, ואותו נוהל בדיוק היה חל עליך בכל מקום אחר.

# en: This is not a scam, sir. All operators nationwide bill this way: once a bill's paid, it's closed, and you'd find the same rule anywhere.
refund-refused-reply-3-wording-1 = אין פה עוקץ, אדוני. כך זה עובד בכל חברת סלולר בארץ: חשבון שכבר שולם נסגר, ובכל חברה אחרת היו נוהגים בך בדיוק אותו דבר.

# en: It's not a scam; every operator closes paid bills.
refund-refused-reply-3-wording-2 = זה לא עוקץ, ככה זה אצל כל החברות.

# en: it's not a scam sir, it's just how billing works with all the providers, once a bill's paid it's closed and it'd be the same wherever you went
refund-refused-reply-3-wording-3 = אדוני, זה לא הונאה. כל חברות הסלולר עובדות ככה, חשבונית ששולמה נסגרת, וגם אצל המתחרים היית שומע בדיוק אותו דבר

# en: Sir, this is no scam. Every provider in the country does billing like this: paid bills are closed, and you'd face the same rule with any other company.
refund-refused-reply-3-wording-4 = אדוני, אין כאן שום עוקץ. כל ספק בארץ מנהל את החיובים בדיוק ככה: חשבונות ששולמו נסגרים, ואת אותו כלל היית פוגש בכל חברה אחרת.

# en: It's not a scam, all operators do it this way.
refund-refused-reply-3-wording-5 = זה לא עוקץ, כל המפעילים עובדים ככה.

# en: same rule at every phone company in the country sir, paid bills get closed. so no, its not a scam
refund-refused-reply-3-wording-6 = אותו כלל בכל חברת טלפון בארץ אדוני, חשבון ששולם נסגר. אז לא, זה לא עוקץ

# en: You argued with the word 'scam' and defended the rule he is angry about. Being right about other operators gets him nothing back.
refund-refused-reply-3-feedback = התווכחת עם המילה "עוקץ" והגנת על הנוהל שהוא כועס עליו. גם אם צדקת לגבי מפעילים אחרים, זה לא מחזיר לו כלום.

# en: And what stops this happening again next month? You lot get a cut of every one of these, don't you? That's why you let them onto people's bills.
block-question-says-1 = ומה ימנע מזה לקרות שוב בחודש הבא? אתם מקבלים נתח מכל חיוב כזה, נכון? בגלל זה אתם נותנים להם להיכנס לחשבונות של אנשים.

# en: He may even be right about the cut. Winning that point gains you nothing; his question is about next month.
block-question-hint = אולי הוא אפילו צודק לגבי הנתח. ניצחון בנקודה הזאת לא יועיל בכלום; השאלה שלו היא על החודש הבא.

# en: Mr Varga, that's not quite fair. We're a regulated operator, strict rules apply to every partner, and we certainly don't let just anyone charge our customers.
block-question-reply-1 = מר וארגה, זה לא לגמרי הוגן. אנחנו מפעיל מפוקח, על כל חברה שותפה חלים כללים נוקשים, ובטח שאנחנו לא נותנים לכל אחד לחייב את הלקוחות שלנו.

# en: Mr Varga, that isn't really fair. We're a regulated company, every partner has to follow strict rules, and we definitely don't allow just anybody to bill our customers.
block-question-reply-1-wording-1 = מר וארגה, זה לא ממש הוגן. אנחנו מפעיל שנמצא תחת פיקוח, יש כללים מחמירים לכל חברה שותפה, ובוודאי שלא כל אחד יכול לחייב את הלקוחות שלנו.

# en: That's unfair; we're regulated and partners follow strict rules.
block-question-reply-1-wording-2 = זה לא הוגן, אנחנו מפעיל מפוקח עם כללים נוקשים.

# en: that's a bit unfair Mr Varga, we're regulated, there are strict rules for all partners, we don't just let anyone bill our customers
block-question-reply-1-wording-3 = רגע מר וארגה, זה קצת לא פייר. אנחנו חברה תחת רגולציה, יש לנו חוקים קשוחים לשותפים, ואנחנו ממש לא פותחים את החשבונות של הלקוחות לכל מי שרוצה

# en: That's unfair, Mr Varga. We're regulated, all partners must follow strict rules, and we don't allow any random company to bill our customers.
block-question-reply-1-wording-4 = זה לא הוגן, מר וארגה. אנחנו תחת פיקוח, כל השותפים חייבים לעמוד בכללים מחמירים, ואנחנו לא מרשים לסתם חברה לחייב את הלקוחות שלנו.

# en: That's not fair, we're a regulated company with strict rules.
block-question-reply-1-wording-5 = זה לא פייר, אנחנו חברה מפוקחת עם כללים קשוחים.

# en: with respect mr varga, we are regulated and partners have strict rules to follow, not just anyone can charge our customers
block-question-reply-1-wording-6 = עם כל הכבוד מר וארגה, אנחנו תחת רגולציה ולשותפים יש כללים מחמירים, לא כל אחד יכול לגבות מהלקוחות שלנו

# en: You took the bait and defended the company's honour, and his real question, next month, went unanswered. Each reason you give him is one more thing to argue with.
block-question-reply-1-feedback = נפלת בפח והגנת על כבוד החברה, והשאלה האמיתית שלו, החודש הבא, נשארה בלי תשובה. כל נימוק שתיתן לו הוא עוד דבר להתווכח איתו.

# en: The best protection is to be careful with adverts, Mr Varga: never tap 'subscribe' on anything, and always read the small print before you agree.
block-question-reply-2 = ההגנה הכי טובה היא להיזהר עם פרסומות, מר וארגה: אף פעם לא ללחוץ על "הרשמה" בשום דבר, ותמיד לקרוא את האותיות הקטנות לפני שמסכימים.

# en: The best way to protect yourself, Mr Varga, is to be wary of adverts: don't ever tap subscribe on anything; always check the small print first.
block-question-reply-2-wording-1 = הדרך הכי טובה להגן על עצמך היא להיזהר מפרסומות, מר וארגה: לא ללחוץ אף פעם על הרשמה, ולקרוא תמיד את האותיות הקטנות לפני שמאשרים משהו.

# en: Be careful with ads and never tap subscribe.
block-question-reply-2-wording-2 = פשוט תיזהר מפרסומות ואל תלחץ על הרשמה.

# en: best thing is to watch out for ads Mr Varga, never hit subscribe on anything, always read the fine print before agreeing
block-question-reply-2-wording-3 = טיפ שלי מר וארגה, תתרחק מבאנרים, לא ללחוץ על שום כפתור של הצטרפות, ותמיד לקרוא מה כתוב בקטן לפני שמסכימים

# en: To protect yourself, Mr Varga, be careful with ads: don't press subscribe on anything and read the terms before agreeing to anything.
block-question-reply-2-wording-4 = כדי להגן על עצמך, מר וארגה, תיזהר עם פרסומות: אל תלחץ על "הירשם" בשום מקום, ותקרא את התנאים לפני שאתה מסכים למשהו.

# en: Just don't tap on ads or subscribe buttons.
block-question-reply-2-wording-5 = פשוט לא ללחוץ על פרסומות או על כפתורי הרשמה.

# en: Read the small print before agreeing to anything, Mr Varga, and never tap subscribe on an advert. That's the best way to stay safe.
block-question-reply-2-wording-6 = מומלץ לקרוא את האותיות הקטנות לפני שמאשרים משהו, מר וארגה, ולעולם לא ללחוץ על הרשמה במודעה. זו הדרך הכי בטוחה.

# en: Sound advice on paper, but to him it says the whole thing was his carelessness. He uses the phone for calls and the weather; a lecture about adverts puts the blame back on him.
block-question-reply-2-feedback = עצה טובה על הנייר, אבל בשבילו היא אומרת שכל העניין היה חוסר זהירות שלו. הוא משתמש בטלפון לשיחות ולמזג אוויר; הרצאה על פרסומות מחזירה אליו את האשמה.

# en: I can put a free block on all partner charges on your number, so none of them can bill you again. Shall I do that now?
block-question-reply-3 = אפשר להפעיל חסימה חינמית לכל החיובים של חברות שותפות על המספר שלך, כך שאף אחת מהן לא תוכל לחייב אותך שוב. להפעיל עכשיו?

# en: I can set up a free block on every partner charge for your number; that way none of them will be able to bill you again. Would you like me to do it now?
block-question-reply-3-wording-1 = יש אפשרות להפעיל על הקו שלך חסימה ללא עלות לכל חיובי החברות השותפות, ואז אף אחת מהן לא תוכל לגבות ממך יותר. שאפעיל כבר עכשיו?

# en: I can put a free block on partner charges. Shall I do it now?
block-question-reply-3-wording-2 = אפשר לחסום בחינם את כל חיובי השותפים. להפעיל?

# en: i can set up free barring for every partner charge on your line, then none of them can charge you again, want me to set it up now?
block-question-reply-3-wording-3 = אפשר לחסום על המספר שלך, בלי עלות, את כל החיובים של חברות צד שלישי, ואז אף אחת מהן כבר לא תוכל לחייב אותך. להפעיל עכשיו?

# en: There's a free option to bar all partner billing on your number, so none of these companies can charge you again. Would you like me to switch it on now?
block-question-reply-3-wording-4 = יש אפשרות חינמית לחסום את כל החיובים של שותפים על המספר שלך, כך שאף אחת מהחברות האלה לא תוכל לחייב אותך שוב. שאפעיל את זה עכשיו?

# en: Shall I switch on the free barring for you now?
block-question-reply-3-wording-5 = שאפעיל לך עכשיו את החסימה החינמית?

# en: mr varga, i could block every partner service on your number for free, then nobody can bill you like this again. should i do it now?
block-question-reply-3-wording-6 = מר וארגה, יש אופציה בלי תשלום לחסום על הקו שלך את כל שירותי השותפים, ואז אף אחד לא יוכל לגבות ממך ככה שוב. רוצה שאפעיל את זה עכשיו?

# en: The right fix, offered without rising to the jibe about the cut. The best reply also told him, in one clause, that he was right not to want this on his bill, and simply did it.
block-question-reply-3-feedback = התיקון הנכון, שהוצע בלי להיגרר לעקיצה על הנתח. התשובה הטובה ביותר גם אמרה לו, בחצי משפט, שהוא צודק שהוא לא רוצה את זה בחשבון שלו, ופשוט עשתה את זה.

# en: Honestly, I can't guarantee that. There are lots of these companies, new ones appear every month, and we can't check them all before they start billing.
block-question-reply-4 = בכנות, אי אפשר להבטיח את זה. יש המון חברות כאלה, כל חודש צצות חדשות, ואין לנו דרך לבדוק את כולן לפני שהן מתחילות לחייב.

# en: To be honest, I can't promise that. There are loads of these firms, new ones keep popping up every month, and there's no way we can vet all of them before they start charging.
block-question-reply-4-wording-1 = אם להיות כנה, את זה אי אפשר להבטיח. יש אינספור חברות כאלה, כל חודש מופיעות חדשות, ואין לנו אפשרות לסנן את כולן מראש.

# en: Honestly, I can't guarantee it; there are too many of these companies.
block-question-reply-4-wording-2 = אין לי איך להבטיח, כל חודש צצות חברות חדשות.

# en: honestly i can't promise anything, there's tons of these companies and new ones every month, we can't check every one before they start charging
block-question-reply-4-wording-3 = האמת? אין ערובה. החברות האלה צצות כמו פטריות, ואין לנו דרך לבדוק כל אחת לפני שהיא מתחילה לגבות

# en: I'll be honest, there's no guarantee. So many of these firms exist, and new ones keep appearing every month, so we can't vet each one before it starts charging.
block-question-reply-4-wording-4 = אגיד לך בכנות, אין שום ערובה. יש כל כך הרבה חברות כאלה, ועוד חדשות מופיעות כל חודש, אז אין לנו איך לבדוק כל אחת לפני שהיא מתחילה לגבות.

# en: I can't guarantee it, new companies pop up every month.
block-question-reply-4-wording-5 = אין לי איך להבטיח, כל חודש קמות חברות חדשות.

# en: new firms like this show up every month and we can't check them all in advance, so honestly i can't promise it won't happen again
block-question-reply-4-wording-6 = חברות כאלה קמות כל חודש ואין לנו איך לבדוק את כולן מראש, אז בכנות אני לא יכול להבטיח שזה לא יקרה שוב

# en: Honest, and helpless, when there is a block you could switch on. He leaves expecting to find the next one on his bill himself.
block-question-reply-4-feedback = כנה, וחסר אונים, כשיש חסימה שאפשר להפעיל. הוא הולך בציפייה שאת הבא בתור יצטרך למצוא בחשבון בעצמו.

# en: Mr Varga, whoever earns what, it shouldn't be on your bill. I've put a free block on all partner charges; a text will confirm it.
block-question-reply-5 = מר וארגה, לא משנה מי מרוויח מה, זה לא צריך להיות בחשבון שלך. הפעלתי חסימה חינמית לכל חיובי החברות השותפות; SMS יאשר את זה.

# en: Mr Varga, regardless of who makes money from it, it has no business being on your bill. I've switched on a free block for all partner charges, and you'll get a text confirming it.
block-question-reply-5-wording-1 = מר וארגה, לא חשוב מי מרוויח כמה, לחיובים כאלה אין מה לחפש בחשבון שלך. כבר הפעלתי לך חסימה בחינם על כל חיובי השותפים, ותקבל הודעת אישור.

# en: It doesn't belong on your bill. I've blocked all partner charges, free.
block-question-reply-5-wording-2 = זה לא אמור להיות אצלך; חסמתי הכול, אישור יגיע בהודעה.

# en: Mr Varga, never mind who gets what, this doesn't belong on your bill full stop. i've set up a free block on every partner charge and you'll get a text to confirm
block-question-reply-5-wording-3 = עזוב מי מרוויח מזה, מר וארגה, זה פשוט לא שייך לחשבון שלך. כבר שמתי חסימה בחינם לכל שירותי צד שלישי, הודעה עם אישור בדרך אליך

# en: Regardless of who profits, Mr Varga, this should never have been on your bill. I've already barred all partner charges on your number at no cost, and you'll receive a text to confirm.
block-question-reply-5-wording-4 = לא משנה מי מרוויח, מר וארגה, זה לא היה אמור להופיע בחשבון שלך מלכתחילה. כבר חסמתי בלי עלות את כל חיובי השותפים על המספר שלך, ותקבל SMS לאישור.

# en: Whoever profits, it has no place on your bill. Blocked already, text coming.
block-question-reply-5-wording-5 = לא משנה מי מרוויח, זה לא שייך לחשבון שלך. כבר חסום, SMS בדרך.

# en: it doesnt matter who gets a cut, mr varga, it shouldnt be on your bill. partner charges are now blocked on your number free of charge, and a text confirmation is on its way
block-question-reply-5-wording-6 = לא משנה מי לוקח נתח, מר וארגה, זה לא צריך להיות בחשבונית שלך. חיובי שותפים חסומים עכשיו על המספר שלך בחינם, ואישור בהודעה כבר בדרך

# en: You let the jibe about the cut pass without a fight, agreed with what matters to him, and fixed the cause. He doesn't have to guard his bill himself any more.
block-question-reply-5-feedback = נתת לעקיצה על הנתח לעבור בלי מאבק, הסכמת עם מה שחשוב לו, ותיקנת את הסיבה. הוא כבר לא צריך לשמור על החשבון שלו בעצמו.

# en: OK. So tell me exactly what happens now. I've had enough promises from you people to last me a while.
wrap-up-says-1 = אוקיי. אז תגידו לי בדיוק מה קורה עכשיו. קיבלתי מכם מספיק הבטחות לזמן הקרוב.

# en: Right. Before I close this chat, spell it out for me: what happens now, and when? I've heard plenty of promises already.
wrap-up-says-2 = טוב. לפני שאני סוגר את הצ'אט, תפרטו לי: מה קורה עכשיו, ומתי? כבר שמעתי מספיק הבטחות.

# en: Say what you have done, what is still open and when he will hear. Then close the way you opened: as one person to another.
wrap-up-hint = כדאי לומר מה עשית, מה עוד פתוח ומתי הוא ישמע ממך. ואז לסיים כמו שפתחת: כאדם מול אדם.

# en: MobilPlay is stopped, partner charges are blocked, 5,960 is credited today, and a claim is filed for March's 2,980, which MobilPlay must answer within 15 working days.
wrap-up-reply-1 = MobilPlay נעצרה, החיובים של חברות שותפות חסומים, 5,960 מזוכים היום, והוגשה דרישה להחזר 2,980 של מרץ, ש־MobilPlay חייבת לענות עליה תוך 15 ימי עסקים.

# en: MobilPlay has been cancelled, partner charges are barred, 5,960 forints will be credited today, and there's a claim in for the 2,980 from March, which MobilPlay has 15 working days to respond to.
wrap-up-reply-1-wording-1 = המנוי של MobilPlay בוטל, חיובי צד שלישי חסומים, 5,960 פורינט מזוכים היום, ויש דרישה פתוחה להחזר 2,980 ממרץ, שעליה MobilPlay צריכה להשיב בתוך 15 ימי עסקים.

# en: Cancelled, blocked, 5,960 credited today, March's 2,980 claimed.
wrap-up-reply-1-wording-2 = מנוי בוטל, חסימה פעילה, 5,960 מזוכה, 2,980 בבירור מול MobilPlay.

# en: mobilplay cancelled, partner billing blocked, 5,960 back today, and a claim's been lodged for march's 2,980, mobilplay has 15 working days to reply
wrap-up-reply-1-wording-3 = אז ככה: מובילפליי מבוטל, חסמנו את כל השותפים, 5,960 חוזרים היום, ועל 2,980 של מרץ פתחנו דרישה, יש להם 15 ימי עבודה לענות

# en: Here's where things stand: MobilPlay is cancelled, all partner billing is barred, 5,960 forints is credited to you today, and March's 2,980 is under a claim that MobilPlay must reply to within 15 working days.
wrap-up-reply-1-wording-4 = זה המצב כרגע: MobilPlay בוטל, כל החיובים של שותפים חסומים, 5,960 פורינט מזוכים לך היום, ועל 2,980 של מרץ הוגשה דרישה ש־MobilPlay חייבת להשיב עליה תוך 15 ימי עסקים.

# en: MobilPlay cancelled, partner charges blocked, 5,960 back today, March claimed.
wrap-up-reply-1-wording-5 = MobilPlay בוטל, שותפים חסומים, 5,960 חוזרים היום, מרץ בדרישה.

# en: Today 5,960 is credited and partner charges are blocked, MobilPlay is stopped, and March's 2,980 has a claim in; they have 15 working days to answer.
wrap-up-reply-1-wording-6 = היום מזוכים 5,960 וחיובי השותפים חסומים, MobilPlay הופסקה, ועל 2,980 של מרץ יש דרישה; יש להם 15 ימי עסקים לענות.

# en: Complete and exact: every amount, the open claim and its deadline. What it leaves out is him: no thanks, no word about last week, and nothing about who will tell him MobilPlay's answer.
wrap-up-reply-1-feedback = שלם ומדויק: כל סכום, הדרישה הפתוחה והמועד שלה. מה שחסר זה הוא עצמו: בלי תודה, בלי מילה על שבוע שעבר, ובלי לומר מי יודיע לו את התשובה של MobilPlay.

# en: Thank you for contacting us, Mr Varga. Everything has been taken care of on our side. Is there anything else I can help you with today?
wrap-up-reply-2 = תודה שפנית אלינו, מר וארגה. מבחינתנו הכול טופל. יש עוד משהו שאפשר לעזור לך בו היום?

# en: Thanks for getting in touch, Mr Varga. It's all been dealt with on our end. Can I help with anything else today?
wrap-up-reply-2-wording-1 = תודה שפנית, מר וארגה. מבחינתנו הכול סגור. אפשר לעזור לך במשהו נוסף היום?

# en: All sorted on our side. Need anything else?
wrap-up-reply-2-wording-2 = הכול טופל. עוד משהו?

# en: thanks for reaching out Mr Varga, everything's been handled on our side. anything else i can do for you today?
wrap-up-reply-2-wording-3 = תודה רבה על הפנייה מר וארגה, הנושא סגור אצלנו. יש עוד משהו שאני יכולה לעשות בשבילך?

# en: Thank you for your message, Mr Varga. We've handled everything on our end. Is there something else I can do for you?
wrap-up-reply-2-wording-4 = תודה על ההודעה, מר וארגה. טיפלנו בהכול מהצד שלנו. יש עוד משהו שאני יכולה לעשות בשבילך?

# en: Everything is done. Can I help with anything else?
wrap-up-reply-2-wording-5 = הכול טופל. אפשר לעזור במשהו נוסף?

# en: It's all been sorted on our side, Mr Varga, thanks for contacting us. Anything more I can help with today?
wrap-up-reply-2-wording-6 = הכול סודר אצלנו, מר וארגה, תודה שפנית. יש עוד משהו שאוכל לעזור בו היום?

# en: The closing line of every chat, to a man who asked for exactly what happens and when. 'Taken care of' is the kind of promise he said he has had enough of.
wrap-up-reply-2-feedback = משפט הסיום של כל צ'אט, לאדם ששאל בדיוק מה יקרה ומתי. "הכול טופל" הוא בדיוק סוג ההבטחה שהוא אמר שנמאס לו ממנו.

# en: Don't worry, it's all taken care of now. Someone from our team will be in touch about March very soon, and you'll have every forint back, I promise.
wrap-up-reply-3 = אל תדאג, הכול כבר מטופל. מישהו מהצוות שלנו יחזור אליך בקרוב מאוד לגבי מרץ, ותקבל בחזרה כל פורינט, זו הבטחה.

# en: Please don't worry, everything's been handled. One of our team will contact you about March shortly, and you'll get every last forint back, I promise.
wrap-up-reply-3-wording-1 = אין מה לדאוג, הכול כבר בטיפול. נציג מהצוות יחזור אליך בקרוב מאוד בעניין מרץ, ותקבל את כל הכסף בחזרה, מבטיחה.

# en: Don't worry; someone will be in touch soon, and you'll get it all back.
wrap-up-reply-3-wording-2 = הכול מטופל, יחזרו אליך בקרוב, ותקבל הכול.

# en: don't worry it's all sorted now. someone from the team will get back to you about march really soon and you'll get every forint back, promise
wrap-up-reply-3-wording-3 = תהיה רגוע, זה בטיפול. מישהו מאיתנו ייצור איתך קשר ממש בקרוב על מרץ, והכסף חוזר אליך עד הסוף, מבטיח

# en: No need to worry, everything's handled. A colleague will contact you about March shortly, and I promise you'll get every forint back.
wrap-up-reply-3-wording-4 = אין שום צורך לדאוג, הכול מטופל. עמית שלי ייצור איתך קשר בקרוב לגבי מרץ, ואני מבטיחה שתקבל בחזרה כל פורינט.

# en: Don't worry, you'll get it all back, I promise.
wrap-up-reply-3-wording-5 = אל תדאג, תקבל הכול בחזרה, מבטיח.

# en: someone will reach out about march soon mr varga, and every forint will come back to you, i promise. it's all taken care of
wrap-up-reply-3-wording-6 = מישהו יחזור אליך בקרוב על מרץ מר וארגה, וכל פורינט יחזור אליך, מבטיחה. הכול בטיפול

# en: 'Someone' and 'very soon' are the vague words he said he is tired of, and 'every forint' is MobilPlay's to give. Tell him what happens, who does it and by when.
wrap-up-reply-3-feedback = "מישהו" ו"בקרוב מאוד" הן בדיוק המילים המעורפלות שנמאס לו מהן, ו"כל פורינט" תלוי ב־MobilPlay. כדאי לומר לו מה יקרה, מי יעשה את זה ועד מתי.

# en: MobilPlay is stopped and blocked; 5,960 comes off today; I'll text you March's answer within 15 days. Thanks for staying with me, and sorry about last week.
wrap-up-reply-4 = MobilPlay נעצרה ונחסמה; 5,960 יורדים היום; את התשובה על מרץ אשלח לך ב־SMS תוך 15 יום. תודה שנשארת איתי, וסליחה על שבוע שעבר.

# en: MobilPlay is cancelled and barred, 5,960 is being removed today, and I'll text you MobilPlay's reply about March within 15 days. Thank you for sticking with me, and I apologise for last week.
wrap-up-reply-4-wording-1 = MobilPlay הופסקה וחסומה; 5,960 פורינט יוצאים מהחשבון היום; את התשובה לגבי מרץ תקבל ממני בהודעה בתוך 15 יום. תודה על הסבלנות איתי, ואני מצטערת על מה שקרה בשבוע שעבר.

# en: Barred, 5,960 off today, March reply by text. Thanks; apologies for last week.
wrap-up-reply-4-wording-2 = חסום, 5,960 היום, מרץ בהודעה תוך 15 יום. תודה, וסליחה.

# en: so: mobilplay's stopped and blocked, you get 5,960 back today, and i'll text you what mobilplay says about march within 15 days. thank you for bearing with me, and really sorry about last week
wrap-up-reply-4-wording-3 = אז ככה: מובילפליי נחסם ונעצר, 5,960 מזוכים היום, ותוך חמישה עשר יום אתה מקבל ממני הודעה על מרץ. תודה שהתאזרת בסבלנות, וסורי על הטיפול בשבוע שעבר

# en: To sum up: MobilPlay is cancelled and barred, 5,960 comes off your bill today, and you'll get MobilPlay's decision on March from me by text within 15 days. Thank you for your patience, and I'm sorry about last week.
wrap-up-reply-4-wording-4 = לסיכום: MobilPlay בוטל ונחסם, 5,960 יורדים מהחשבון שלך היום, ואת ההחלטה של MobilPlay על מרץ תקבל ממני ב־SMS תוך 15 יום. תודה על הסבלנות, וסליחה על מה שהיה בשבוע שעבר.

# en: Stopped, 5,960 off today, March answer by text. Sorry about last week.
wrap-up-reply-4-wording-5 = נעצר, 5,960 יורדים היום, תשובה על מרץ בהודעה. סליחה על שבוע שעבר.

# en: mr varga, sorry again for last week and thanks for sticking with me. mobilplay is stopped and blocked, 5,960 comes back today, and i'll text you march's answer within 15 days
wrap-up-reply-4-wording-6 = מר וארגה, שוב סליחה על שבוע שעבר ותודה שנשארת איתי. מובילפליי נעצר ונחסם, 5,960 חוזרים היום, ואת התשובה על מרץ אשלח לך בהודעה תוך 15 יום

# en: What is done, what is open, when and how he will hear, then thanks and an apology for last week's brush-off. He leaves knowing what to expect, and that the wrong he came in with was named.
wrap-up-reply-4-feedback = מה נעשה, מה פתוח, מתי ואיך הוא ישמע, ואז תודה והתנצלות על ההתנערות של שבוע שעבר. הוא הולך כשהוא יודע למה לצפות, ושהעוול שאיתו הגיע קיבל שם.

# en: Right. Thank you. That's the first straight answer I've had from you lot. I'll watch for that text.
resolved-warm-says-1 = טוב. תודה. זו התשובה הישירה הראשונה שקיבלתי מכם. אני אחכה ל־SMS הזה.

# en: The corrected bill arrives the next day without the 5,960 forints. Twelve days later MobilPlay refunds March's 2,980, and your text reaches Tibor before he thinks to ask. He stays, and tells his brother-in-law, who had the same charges, to 'ask for the block in the chat'. He came in shouting 'scam' and left trusting you.
resolved-warm-summary = החשבון המתוקן מגיע למחרת, בלי ה־5,960 פורינט. שנים־עשר יום אחר כך MobilPlay מחזירה את ה־2,980 של מרץ, וה־SMS שלך מגיע לטיבור עוד לפני שהוא חושב לשאול. הוא נשאר, ואומר לגיס שלו, שהיו לו אותם חיובים, "לבקש בצ'אט את החסימה". הוא נכנס בצעקות "עוקץ" ויצא עם אמון בך.

# en: All right. Thanks. We'll see whether it all happens the way you say.
resolved-cool-says-1 = בסדר. תודה. נראה אם הכול יקרה כמו שאתם אומרים.

# en: Everything you promised happens on time, and Tibor stays. But parts of the chat still sting: he remembers having to fight for a straight answer, and he checks every bill from now on. The money is back; the trust is only half repaired.
resolved-cool-summary = כל מה שהבטחת קורה בזמן, וטיבור נשאר. אבל רגעים מהצ'אט עדיין צורבים: הוא זוכר שהיה צריך להילחם כדי לקבל תשובה ישירה, ומעכשיו הוא בודק כל חשבון. הכסף חזר; האמון תוקן רק חלקית.

# en: Fine. Whatever. I'll believe it when I see it on the bill.
grudging-says-1 = בסדר. לא משנה. אאמין כשאראה את זה בחשבון.

# en: The credit appears, but Tibor is never sure what became of March's two charges, and nobody made up for last week's brush-off. He feels handled, not helped, and two months later he moves his number to a competitor. The money problem was fixed; the customer was lost.
grudging-summary = הזיכוי מופיע, אבל טיבור אף פעם לא בטוח מה עלה בגורל שני החיובים של מרץ, ואף אחד לא תיקן את ההתנערות של שבוע שעבר. הוא מרגיש שטיפלו בו, לא שעזרו לו, ואחרי חודשיים הוא מעביר את המספר למתחרה. בעיית הכסף נפתרה; הלקוח אבד.

# en: Good. I'm holding you to that. Every forint.
hollow-promise-says-1 = יופי. אני תופס אתכם במילה. כל פורינט.

# en: MobilPlay refuses to refund March's two charges, as it is entitled to. Tibor was 'guaranteed' every forint, so to him it is one more broken word from the operator, and this time it has your name on it. He files a complaint with the consumer protection office quoting your guarantee.
hollow-promise-summary = MobilPlay מסרבת להחזיר את שני החיובים של מרץ, כפי שהיא רשאית. לטיבור "הובטח" כל פורינט, אז מבחינתו זו עוד מילה שהחברה הפרה, והפעם השם שלך חתום עליה. הוא מגיש תלונה לרשות להגנת הצרכן ומצטט את ההבטחה שלך.

# en: Fine. At least I won't have to start from the beginning again.
taken-over-says-1 = טוב. לפחות לא אצטרך להתחיל שוב מההתחלה.

# en: Ágnes joins the chat with the whole story in front of her, stops the charges and files the claim for March. Tibor doesn't have to repeat himself, and he stays. But it took a team leader to get there, and he will ask for one straight away next time.
taken-over-summary = אגנש מצטרפת לצ'אט כשכל הסיפור מולה, עוצרת את החיובים ומגישה את דרישת ההחזר על מרץ. טיבור לא צריך לחזור על עצמו, והוא נשאר. אבל היה צריך ראש צוות כדי להגיע לזה, ובפעם הבאה הוא יבקש אחד כבר מההתחלה.

# en: A supervisor takes over. Tibor has to explain the MobilPlay charges for the third time before anyone acts. The charges are refunded in the end, but by someone else, and he remembers this chat as one more place that passed him along. At the end of his contract he leaves.
handed-to-supervisor-summary = אחראי משמרת לוקח את הטיפול. טיבור צריך להסביר את החיובים של MobilPlay בפעם השלישית לפני שמישהו עושה משהו. בסוף החיובים מוחזרים, אבל על ידי מישהו אחר, והוא זוכר את הצ'אט הזה כעוד מקום שהעביר אותו הלאה. כשהחוזה שלו מסתיים, הוא עוזב.

# en: Forget it. I'm moving my number to another operator, and I'm reporting this to consumer protection. Goodbye.
walkout-says-1 = עזבו. אני מעביר את המספר למפעיל אחר, ומתלונן על זה ברשות להגנת הצרכן. להתראות.

# en: Tibor closes the chat. Within a month he has moved his number after 14 years and filed a complaint with the consumer protection office, which the operator has to answer in writing anyway. The charges are refunded in the end, but the customer is gone.
walkout-summary = טיבור סוגר את הצ'אט. תוך חודש הוא מעביר את המספר, אחרי 14 שנה, ומגיש תלונה לרשות להגנת הצרכן, שהחברה ממילא תצטרך להשיב עליה בכתב. בסוף החיובים מוחזרים, אבל הלקוח הלך.

