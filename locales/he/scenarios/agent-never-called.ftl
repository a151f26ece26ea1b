### Defuse scenario `agent-never-called` (The call that came too late) in he, translated from en.
### Made by `defuse extract`: each message has its source text in a comment.
### Translate the value; then delete the `# untranslated` or `# changed` line above it.

# en: The call that came too late
title = השיחה שהגיעה מאוחר מדי

# en: You work at the front desk of a city estate agency. A client walks in without an appointment. Last week your colleague Gábor showed her a flat and promised to ring her the next day about her offer. He called days later, after the flat had been sold. Gábor is out at a viewing this morning.
brief = המקום שלך הוא בדלפק הקבלה של משרד תיווך בעיר. לקוחה נכנסת בלי פגישה מתואמת. בשבוע שעבר הקולגה שלך, Gábor, הראה לה דירה והבטיח להתקשר אליה למחרת בעניין ההצעה שלה. הוא התקשר רק כעבור כמה ימים, אחרי שהדירה כבר נמכרה. הבוקר Gábor לא במשרד: הוא מראה דירה ללקוחות.

# en: Dóra Farkas
customer-name = Dóra Farkas

# en: offered 38.5 million forints for the Kárpát Street flat last Tuesday and was promised a call the next day
customer-trait-1 = הציעה 38.5 מיליון פורינט על הדירה ברחוב Kárpát ביום שלישי שעבר, והבטיחו לה שיחזרו אליה למחרת

# en: has given notice on her rented flat and must move out by the end of next month
customer-trait-2 = הודיעה לבעל הבית שהיא עוזבת את הדירה השכורה, וחייבת לפנות אותה עד סוף החודש הבא

# en: was told 'we had a lot of urgent cases' when the agent finally rang
customer-trait-3 = כשהמתווך סוף סוף התקשר, שמעה ממנו "היו לנו הרבה מקרים דחופים"

# en: Sorry, what? I didn't come in here for that. I want someone in this office to take my case seriously.
neutral-says-1 = סליחה, מה? לא בשביל זה באתי. אני רוצה שמישהו במשרד הזה סוף סוף יתייחס לעניין שלי ברצינות.

# en: I don't follow. I was promised a call about my offer, nobody rang, and meanwhile the flat was sold. What are you going to do about it?
neutral-says-2 = אני לא מבינה. הבטיחו לי טלפון בקשר להצעה שלי, אף אחד לא התקשר, ובינתיים הדירה נמכרה. מה אתם מתכוונים לעשות בעניין?

# en: Good morning. I'm Dóra Farkas, and I'd like to know why nobody in this office can pick up a phone. Last Tuesday Gábor showed me the flat on Kárpát Street. I offered 38.5 million, and he said he'd speak to the owner and ring me the next day. Nobody rang. I called here on Thursday and left a message. Yesterday he finally calls: it was sold on Friday. 'Sorry, we had a lot of urgent cases.'
opening-says-1 = בוקר טוב. אני Dóra Farkas, ואני רוצה לדעת למה אף אחד במשרד הזה לא מסוגל להרים טלפון. ביום שלישי שעבר Gábor הראה לי את הדירה ברחוב Kárpát. הצעתי 38.5 מיליון, והוא אמר שידבר עם הבעלים ויתקשר אליי למחרת. אף אחד לא התקשר. ביום חמישי התקשרתי לכאן בעצמי והשארתי הודעה. ואתמול הוא סוף סוף מתקשר: הדירה נמכרה ביום שישי. "סליחה, היו לנו הרבה מקרים דחופים."

# en: I'm Dóra Farkas. A week ago I made an offer on the Kárpát Street flat, 38.5 million. Gábor promised to call me the next day with the owner's answer. I waited. I rang you on Thursday. Nothing. Then yesterday: 'It's gone, sold on Friday, we had a lot of urgent cases.' So my offer wasn't urgent?
opening-says-2 = אני Dóra Farkas. לפני שבוע הגשתי הצעה על הדירה ברחוב Kárpát, 38.5 מיליון. Gábor הבטיח להתקשר למחרת עם התשובה של הבעלים. חיכיתי. ביום חמישי התקשרתי אליכם. כלום. ואז אתמול: "היא הלכה, נמכרה ביום שישי, היו לנו הרבה מקרים דחופים." אז ההצעה שלי לא הייתה דחופה?

# en: She has given you a timeline: the offer on Tuesday, the call promised for Wednesday, her own call on Thursday, the sale on Friday. Show her you caught it, and leave Gábor out of it.
opening-hint = היא נתנה לך ציר זמן: ההצעה ביום שלישי, השיחה שהובטחה ליום רביעי, השיחה שלה ביום חמישי, המכירה ביום שישי. להראות לה שקלטת את זה, ולהשאיר את Gábor מחוץ לעניין.

# en: Ms Farkas, you made your offer on Tuesday, you were promised a call the next day, you rang us yourself on Thursday, and you only heard yesterday, after the flat had gone. I'm sorry. I'll deal with this with you now.
opening-reply-1 = גברת Farkas, הגשת הצעה ביום שלישי, הבטיחו לך שיחה למחרת, ביום חמישי התקשרת אלינו בעצמך, ושמעת מאיתנו רק אתמול, אחרי שהדירה כבר נמכרה. צר לי מאוד. אני אטפל בזה איתך, עכשיו.

# en: You gave her the whole week back in order: offer, promised call, her own chasing, the sale. She knows she was heard, so she does not need to tell it again louder.
opening-reply-1-feedback = החזרת לה את כל השבוע לפי הסדר: ההצעה, השיחה שהובטחה, המרדף שלה אחרינו, המכירה. היא יודעת שהקשבת לה, ולכן היא לא צריכה לספר את הכול שוב בקול רם יותר.

# en: I'm so sorry, Ms Farkas. Gábor has had a terrible week: he's been covering for two colleagues who are off sick, and he's run off his feet.
opening-reply-2 = צר לי מאוד, גברת Farkas. השבוע של Gábor היה נוראי: הוא מחליף שני עמיתים שנמצאים בחופשת מחלה, והוא פשוט לא עוצר לרגע.

# en: It sounds kind, but the sympathy goes to Gábor, not to her. She has just quoted 'we had a lot of urgent cases', and you gave her the same excuse again: his workload mattered more than her offer.
opening-reply-2-feedback = זה נשמע אדיב, אבל האמפתיה הולכת ל-Gábor, לא אליה. היא בדיוק ציטטה את "היו לנו הרבה מקרים דחופים", ונתת לה שוב את אותו תירוץ: העומס שלו היה חשוב יותר מההצעה שלה.

# en: I'm sorry to hear that. Gábor handles the Kárpát Street listing, though, and he's out at a viewing. Could you come back this afternoon when he's in?
opening-reply-3 = צר לי לשמוע. אבל הנכס ברחוב Kárpát באחריות של Gábor, והוא עכשיו בחוץ, מראה דירה. תוכלי לחזור אחר הצהריים, כשהוא יהיה כאן?

# en: Polite, but it sends her back to wait for the very person who left her waiting. To Dóra you are the agency right now; 'it's his listing' leaves her with nobody.
opening-reply-3-feedback = מנומס, אבל זה שולח אותה לחכות שוב בדיוק לאדם שהשאיר אותה לחכות. מבחינת Dóra, מי שעומד מולה עכשיו הוא המשרד; "זה הנכס שלו" משאיר אותה בלי אף אחד.

# en: Gábor this, Gábor that! I don't care who's busy or who's out. I was promised a call 'tomorrow' and it never came. Is anybody in this office going to take responsibility, or do I have to chase you a third time?
excuse-reaction-says-1 = שוב Gábor, כל הזמן Gábor! לא מעניין אותי מי עסוק ומי לא נמצא. הבטיחו לי טלפון "מחר", והוא לא הגיע אף פעם. מישהו במשרד הזה מתכוון לקחת אחריות, או שאני צריכה לרדוף אחריכם בפעם השלישית?

# en: You're right, and I'm sorry. Who was busy is our problem, not yours. You were promised a call and you didn't get one. I'm taking your case on myself, right now, and I won't send you away.
excuse-reaction-reply-1 = את צודקת, וצר לי. מי היה עסוק זו הבעיה שלנו, לא שלך. הבטיחו לך שיחה, והיא לא הגיעה. מעכשיו אני אטפל בעניין שלך באופן אישי, ולא אשלח אותך לשום מקום.

# en: You agreed with her instead of defending the office, and took the case in your own hands. 'I won't send you away' answers exactly what she feared: chasing a third time.
excuse-reaction-reply-1-feedback = הסכמת איתה במקום להגן על המשרד, ולקחת את הטיפול לידיים שלך. "לא אשלח אותך לשום מקום" עונה בדיוק על מה שהיא חששה ממנו: לרדוף אחרי המשרד בפעם השלישית.

# en: I do understand how you feel, but I can't really speak for what Gábor promised you. Only he knows what was agreed.
excuse-reaction-reply-2 = ברור לי איך את מרגישה, אבל אין לי אפשרות לדבר בשם Gábor על מה שהוא הבטיח לך. רק הוא יודע על מה סוכם.

# en: Naming her feelings helped a little, but you still left the promise with nobody. Empathy with no ownership sounds like a polite way of saying 'not my problem'.
excuse-reaction-reply-2-feedback = שיקוף הרגשות שלה עזר קצת, אבל עדיין השארת את ההבטחה בלי אף אחד שאחראי עליה. אמפתיה בלי לקיחת אחריות נשמעת כמו דרך מנומסת להגיד "זו לא הבעיה שלי".

# en: Please don't raise your voice at me, Ms Farkas. There are other clients in the office, and this isn't helping anyone.
excuse-reaction-reply-3 = בבקשה אל תרימי עליי את הקול, גברת Farkas. יש במשרד עוד לקוחות, וזה לא עוזר לאף אחד.

# en: Telling her to lower her voice makes her anger the problem instead of the missed call. In front of other clients it also feels like a public telling-off.
excuse-reaction-reply-3-feedback = הבקשה שתנמיך את הקול הופכת את הכעס שלה לבעיה, במקום השיחה שלא הגיעה. ומול לקוחות אחרים זה גם מרגיש כמו נזיפה בפומבי.

# en: That's it. I want to see the office manager. I'm not explaining all this again to someone who'll have forgotten me by tomorrow.
manager-demand-says-1 = זהו, די. אני רוצה לדבר עם מנהלת המשרד. אני לא מתכוונת להסביר את כל זה שוב למישהו שמחר כבר לא יזכור אותי.

# en: You can, of course; she's back at two. Before then, I could ring the owner of the Kárpát Street flat now and find out exactly where things stand. Shall I do that while you're here?
manager-demand-reply-1 = בוודאי, היא חוזרת בשתיים. ועד אז, מה דעתך שאתקשר עכשיו לבעלת הדירה ברחוב Kárpát ואברר בדיוק איפה הדברים עומדים, בזמן שאת כאן?

# en: You respected her request and offered a step you can take this minute. People often ask for the manager only because they have given up on the person in front of them.
manager-demand-reply-1-feedback = כיבדת את הבקשה שלה והצעת צעד שאפשר לעשות כבר בדקה הזאת. הרבה פעמים אנשים מבקשים מנהל רק כי הם כבר התייאשו ממי שעומד מולם.

# en: Of course. Please take a seat over there, and I'll go and see whether she's free.
manager-demand-reply-2 = בוודאי. שבי שם בבקשה, ואני אלך לבדוק אם היא פנויה.

# en: Courteous, and it honours her wish, but her case leaves your hands untouched. Try one concrete offer before you hand her on.
manager-demand-reply-2-feedback = אדיב, וזה מכבד את הבקשה שלה, אבל העניין שלה עוזב את הידיים שלך בלי שנגעת בו. כדאי לנסות הצעה קונקרטית אחת לפני שמעבירים אותה הלאה.

# en: She'll only tell you what I'm telling you, I'm afraid: the flat has gone, and that's that.
manager-demand-reply-3 = לצערי היא תגיד לך בדיוק את מה שאת שומעת ממני: הדירה נמכרה, וזהו.

# en: You refused her and told her it would be pointless, leaving her no way forward in this office. The only move left to her is the door.
manager-demand-reply-3-feedback = סירבת לבקשה שלה ואמרת לה שאין בזה טעם, וכך לא השארת לה שום דרך להתקדם במשרד הזה. הצעד היחיד שנשאר לה הוא הדלת.

# en: Fine. But you need to understand what this has done to me. I gave notice on my rented flat because of that offer: I have to be out by the end of next month. My bank's loan offer runs out on the 30th. And that flat was ten minutes' walk from my daughter's school.
what-now-says-1 = טוב. אבל אתם צריכים להבין מה זה עשה לי. בגלל ההצעה הזאת הודעתי לבעל הבית שאני עוזבת את הדירה השכורה: אני חייבת לצאת עד סוף החודש הבא. האישור העקרוני שלי מהבנק למשכנתא פג ב-30 לחודש. והדירה הזאת הייתה עשר דקות הליכה מבית הספר של הבת שלי.

# en: You know what the worst of it is? I gave notice on my rented flat, counting on that offer. I'm out at the end of next month. The bank's loan offer expires on the 30th. And it was ten minutes from my daughter's school.
what-now-says-2 = ויודעים מה הכי גרוע? הודעתי על עזיבת הדירה השכורה, כי סמכתי על ההצעה הזאת. בסוף החודש הבא אני בחוץ. האישור העקרוני מהבנק פג ב-30 לחודש. והדירה הייתה עשר דקות מבית הספר של הבת שלי.

# en: She has just told you what is really at stake: a move-out date and a loan offer that runs out. Let her see you heard that before you talk about other flats.
what-now-hint = היא בדיוק סיפרה לך מה באמת מונח על הכף: תאריך פינוי ואישור משכנתא שעומד לפוג. להראות לה ששמעת את זה, לפני שמדברים על דירות אחרות.

# en: So you didn't just lose a flat. You're now up against the end of next month and a loan offer that ends on the 30th, and it was the one near your daughter's school. That's a frightening spot, and we put you in it.
what-now-reply-1 = כלומר לא רק הפסדת דירה. עכשיו את עומדת מול סוף החודש הבא ומול אישור משכנתא שפג ב-30, וזו הייתה הדירה ליד בית הספר של הבת שלך. זה מצב מפחיד, ואנחנו הכנסנו אותך אליו.

# en: You heard the fear behind the complaint: two deadlines and a child's school run, not just one flat. Naming it, and saying 'we put you in it', tells her she is a person here, not a lost listing.
what-now-reply-1-feedback = שמעת את הפחד שמאחורי התלונה: שני מועדים והדרך של ילדה לבית הספר, לא רק דירה אחת. לקרוא לזה בשם ולהגיד "אנחנו הכנסנו אותך אליו" מראה לה שכאן היא בן אדם, ולא עוד נכס שאבד.

# en: I see. Right, let me pull up what else we have in your price range near the school, and we'll find you something.
what-now-reply-2 = הבנתי. טוב, בואי נראה מה עוד יש לנו בטווח המחירים שלך ליד בית הספר, ונמצא לך משהו.

# en: Practical and well meant, but you went straight to the screen. She has just told you she is about to lose her home and her loan; that needed a word before any listings.
what-now-reply-2-feedback = מעשי ומתוך כוונה טובה, אבל קפצת ישר למסך. היא בדיוק סיפרה לך שהיא עומדת לאבד את הבית ואת המשכנתא; זה דרש מילה אחת לפני כל רשימת נכסים.

# en: To be honest, the market's very fast at the moment. Even with a call on Wednesday, it might well have gone anyway.
what-now-reply-3 = האמת? השוק מאוד מהיר עכשיו. גם אם היו מתקשרים אלייך ביום רביעי, ייתכן מאוד שהדירה הייתה נמכרת בכל מקרה.

# en: It may even be true, but it argues with her instead of hearing her, and it excuses the missed call. She did not come in for a market report.
what-now-reply-3-feedback = אולי זה אפילו נכון, אבל זה מתווכח איתה במקום להקשיב לה, ומצדיק את השיחה שלא הגיעה. היא לא באה לכאן בשביל סקירת שוק.

# en: Don't lecture me about the market! I made my offer on Tuesday. The other buyer signed on Friday. If Gábor had rung on Wednesday like he said he would, that flat would be mine.
market-argument-says-1 = רק בלי הרצאות על השוק! הגשתי הצעה ביום שלישי. הקונה השני חתם ביום שישי. אם Gábor היה מתקשר ביום רביעי כמו שהבטיח, הדירה הייתה שלי.

# en: You're right, and I'm sorry. You were there first, with a real offer, and we let three days slip. That's on us, not on the market.
market-argument-reply-1 = את צודקת, וצר לי. את היית שם ראשונה, עם הצעה אמיתית, ואנחנו נתנו לשלושה ימים לחלוף. זה עלינו, לא על השוק.

# en: You dropped the argument at once and owned the lost days. She had the dates right, Tuesday against Friday, and you let her be right.
market-argument-reply-1-feedback = ויתרת מיד על הוויכוח ולקחת אחריות על הימים שאבדו. היא צדקה בתאריכים, שלישי מול שישי, ונתת לה להיות צודקת.

# en: We can't really know that, though. The owner might have preferred the other buyer's offer in any case.
market-argument-reply-2 = אבל אי אפשר באמת לדעת את זה. ייתכן שבעלת הדירה הייתה מעדיפה את ההצעה של הקונה השני בכל מקרה.

# en: You went on arguing about what might have happened. Even if you won the point, you would lose her: the missed call is a fact, the other outcome is a guess.
market-argument-reply-2-feedback = המשכת להתווכח על מה שאולי היה קורה. גם ניצחון בוויכוח היה עולה לך בלקוחה: השיחה שלא הגיעה היא עובדה, והתוצאה האחרת היא ניחוש.

# en: So is it really gone? Gábor just said 'sold'. Is there anything at all you can do about Kárpát Street?
is-it-final-says-1 = אז היא באמת הלכה? Gábor רק אמר "נמכרה". יש משהו, כל דבר שהוא, שאפשר לעשות בעניין הדירה ברחוב Kárpát?

# en: Check what you can actually deliver. The owner decides about her flat; you decide about your own phone calls.
is-it-final-hint = לבדוק מה באמת אפשר לקיים. על הדירה מחליטה בעלת הדירה; על שיחות הטלפון שלך ההחלטה היא שלך.

# en: I'll be honest: the owner signed a reservation agreement with the other buyer on Friday, so I can't get the flat back for you. I can ask her today to keep your offer on file in case that sale falls through, and I'll tell you her answer by five.
is-it-final-reply-1 = אגיד לך את האמת: בעלת הדירה חתמה ביום שישי על זיכרון דברים עם הקונה השני, כך שאין לי דרך להחזיר לך את הדירה. מה שכן בידי: לבקש ממנה היום לשמור את ההצעה שלך למקרה שהעסקה תיפול, ולחזור אלייך עם התשובה שלה עד חמש.

# en: Hard news, said plainly, followed by the one thing you can really do and a time that depends only on you. After a week of silence, a straight answer is worth more than hope.
is-it-final-reply-1-feedback = בשורה קשה שנאמרה בפשטות, ואחריה הדבר האחד שבאמת אפשר לעשות ושעה שתלויה רק בך. אחרי שבוע של שתיקה, תשובה ישירה שווה יותר מתקווה.

# en: Leave it with me. I'll speak to the owner myself, and I'm sure I can get you back in the running for it.
is-it-final-reply-2 = תשאירי את זה אצלי. אני אדבר עם בעלת הדירה בעצמי, ואין לי ספק שאצליח להחזיר אותך לתמונה.

# en: Warm, and she feels someone is finally on her side, but the flat is the owner's to give, not yours. Another promise from this office that cannot be kept would hurt more than the first.
is-it-final-reply-2-feedback = חם, והיא מרגישה שסוף סוף מישהו בצד שלה, אבל את הדירה יכולה לתת רק בעלת הדירה, לא אתה. עוד הבטחה מהמשרד הזה שאי אפשר לקיים תכאב יותר מהראשונה.

# en: It's sold, I'm afraid. Once a reservation agreement is signed, there's really nothing anyone can do about it.
is-it-final-reply-3 = לצערי היא נמכרה. ברגע שנחתם זיכרון דברים, באמת אף אחד כבר לא יכול לעשות שום דבר.

# en: Honest, but it stops at what cannot be done. Bad news needs a 'here is what I can do instead', or it sounds like a closed door.
is-it-final-reply-3-feedback = תשובה כנה, אבל היא נעצרת במה שאי אפשר לעשות. בשורה רעה צריכה "הנה מה שכן אפשר לעשות במקום", אחרת היא נשמעת כמו דלת סגורה.

# en: You're sure? Gábor was sure too. 'I'll ring you tomorrow,' he said.
overpromise-doubt-says-1 = אין לך ספק? גם ל-Gábor לא היה ספק. "אתקשר אלייך מחר," ככה הוא אמר.

# en: You're right to ask. I can't promise you the flat; that's the owner's decision. What I can promise is that I'll speak to her today and ring you by five with her answer, whatever it is.
overpromise-doubt-reply-1 = בצדק את שואלת. את הדירה אין לי אפשרות להבטיח לך; זו ההחלטה של בעלת הדירה. מה שכן אבטיח לך: אדבר איתה היום ואתקשר אלייך עד חמש עם התשובה שלה, תהיה אשר תהיה.

# en: Taking back your own promise is hard, and right. She has just reminded you how the last 'sure' ended; a smaller promise you can keep rebuilds more trust than a big one you can't.
overpromise-doubt-reply-1-feedback = לחזור בך מהבטחה שנתת זה קשה, וזה נכון. היא בדיוק הזכירה לך איך נגמר ה"בטוח" הקודם; הבטחה קטנה שאפשר לקיים בונה יותר אמון מהבטחה גדולה שאי אפשר.

# en: This time it's different, I promise. You have my word: I'll get you that flat.
overpromise-doubt-reply-2 = הפעם זה אחרת, באמת. יש לך את המילה שלי: אני אשיג לך את הדירה הזאת.

# en: She told you exactly why she doubts promises, and you doubled yours instead of checking it. If the owner says no, it is your word that breaks this time.
overpromise-doubt-reply-2-feedback = היא אמרה לך בדיוק למה היא מפקפקת בהבטחות, והכפלת את ההבטחה שלך במקום לבדוק אותה. אם בעלת הדירה תגיד לא, הפעם המילה שלך היא שתישבר.

# en: I've heard enough excuses from this office. Get me whoever is in charge here.
late-manager-says-1 = שמעתי מספיק תירוצים מהמשרד הזה. תביאו לי את מי שאחראי כאן.

# en: I'll fetch her if you'd like. But let me first do what should have happened last week: I'll ring the owner while you're sitting here, so you hear the answer from me, not second-hand. Shall I?
late-manager-reply-1 = אקרא לה, אם תרצי. אבל קודם תני לי לעשות את מה שהיה צריך לקרות כבר בשבוע שעבר: אתקשר לבעלת הדירה בזמן שאת יושבת כאן, כך שתשמעי את התשובה ממני, לא מכלי שני. בסדר?

# en: You kept her choice open and offered to act in front of her. After a week of waiting for a call, seeing you pick up the phone is the most convincing thing you can do.
late-manager-reply-1-feedback = השארת לה את הבחירה פתוחה והצעת לפעול מול העיניים שלה. אחרי שבוע שחיכתה לטלפון, שיחה שמתבצעת מולה היא הדבר הכי משכנע שאפשר לעשות.

# en: Certainly, Ms Farkas. If you'd like to wait here, I'll find the office manager for you.
late-manager-reply-2 = בוודאי, גברת Farkas. אם תרצי לחכות כאן, אמצא בשבילך את מנהלת המשרד.

# en: Polite and quick, but it hands her on for the third time this week: Gábor, the message on Thursday, now the manager. One offer of your own first might have kept her.
late-manager-reply-2-feedback = מנומס ומהיר, אבל זו הפעם השלישית השבוע שמעבירים אותה הלאה: Gábor, ההודעה ביום חמישי, ועכשיו המנהלת. הצעה אחת משלך קודם אולי הייתה משאירה אותה.

# en: There's no point, honestly. The manager can't undo a signed reservation any more than I can.
late-manager-reply-3 = באמת שאין בזה טעם. המנהלת לא יכולה לבטל זיכרון דברים חתום, בדיוק כמוני.

# en: You closed the last door she asked for. Even when the answer would be the same, refusing someone the chance to be heard tells them to leave.
late-manager-reply-3-feedback = סגרת את הדלת האחרונה שהיא ביקשה. גם כשהתשובה תהיה אותה תשובה, לסרב למישהו להישמע זה לומר לו ללכת.

# en: And then what? I still have to be out of my flat by the end of next month.
next-step-says-1 = ואז מה? אני עדיין צריכה לצאת מהדירה שלי עד סוף החודש הבא.

# en: A step, a time, and how she will hear from you, all in your own hands. Use what she has already told you instead of asking again.
next-step-hint = צעד, שעה, ואיך היא תשמע ממך, והכול בידיים שלך. להשתמש במה שהיא כבר סיפרה לך במקום לשאול שוב.

# en: I'll go through our listings and what's coming in this week: two bedrooms, up to 38.5 million, walking distance from your daughter's school. You'll have a shortlist by email tomorrow at ten, and we can book viewings for Thursday, well before the 30th.
next-step-reply-1 = אעבור על הנכסים שלנו ועל מה שנכנס השבוע: שני חדרי שינה, עד 38.5 מיליון, במרחק הליכה מבית הספר של הבת שלך. מחר בעשר תקבלי ממני במייל רשימה מצומצמת, ונוכל לקבוע לראות דירות ביום חמישי, הרבה לפני ה-30.

# en: You remembered her budget, the school and the loan deadline, and turned them into a plan with times. She does not have to repeat herself, and she knows when she will hear from you.
next-step-reply-1-feedback = זכרת את התקציב שלה, את בית הספר ואת המועד של המשכנתא, והפכת אותם לתוכנית עם שעות. היא לא צריכה לחזור על עצמה, והיא יודעת מתי תשמע ממך.

# en: Let's start a fresh search for you, then. What exactly are you looking for: how many rooms, which area, and what's your budget?
next-step-reply-2 = אז בואי נתחיל בשבילך חיפוש חדש. מה בדיוק את מחפשת: כמה חדרים, איזה אזור, ומה התקציב שלך?

# en: A willing start, but she has already told you her offer and the school, and the Kárpát Street flat shows the rest. Asking again tells her that this office still does not listen.
next-step-reply-2-feedback = התחלה עם רצון טוב, אבל היא כבר סיפרה לך את גובה ההצעה שלה ועל בית הספר, והדירה ברחוב Kárpát מספרת את השאר. שאלה חוזרת אומרת לה שהמשרד הזה עדיין לא מקשיב.

# en: Gábor knows your search best, so he'll send you a few options as soon as he's back from his viewing.
next-step-reply-3 = את החיפוש שלך Gábor מכיר הכי טוב, אז הוא ישלח לך כמה אפשרויות ברגע שיחזור מהדירה שהוא מראה.

# en: You handed her back to the colleague whose promise failed, with no time attached. It is the same open-ended 'he'll be in touch' that cost her the flat.
next-step-reply-3-feedback = החזרת אותה לקולגה שההבטחה שלו נכשלה, ובלי שום מועד. זה בדיוק אותו "הוא יחזור אלייך" הפתוח שעלה לה בדירה.

# en: And who's going to call me this time? Because I'm not sitting by the phone waiting for Gábor again.
who-calls-says-1 = ומי יתקשר אליי הפעם? כי אני לא מתכוונת לשבת ליד הטלפון ולחכות שוב ל-Gábor.

# en: Right. And who rings me? Last time 'tomorrow' turned out to mean next Monday.
who-calls-says-2 = טוב. ומי מתקשר אליי? בפעם הקודמת "מחר" התברר כיום שני הבא.

# en: I will. Here's my card with my direct line. I'll ring you today at five, and if I have nothing new by then, I'll still ring to tell you so. From now on you deal with me, and I'll let Gábor know.
who-calls-reply-1 = אני. הנה הכרטיס שלי עם הקו הישיר שלי. אתקשר אלייך היום בחמש, וגם אם לא יהיה לי שום דבר חדש עד אז, אתקשר להגיד לך את זה. מעכשיו את עובדת מולי, ואני אעדכן את Gábor.

# en: A personal promise with a name, a number and a time, and one you can keep even if there is no news. That is the exact promise the office broke last week, made again and made safe.
who-calls-reply-1-feedback = הבטחה אישית עם שם, מספר ושעה, כזו שאפשר לקיים גם אם אין חדשות. זו בדיוק ההבטחה שהמשרד הפר בשבוע שעבר, שניתנת מחדש, והפעם בצורה בטוחה.

# en: Gábor knows you and the area best, so he should stay your contact. I'll make sure he rings you this time.
who-calls-reply-2 = עדיף שאיש הקשר שלך יישאר Gábor, הוא מכיר אותך ואת האזור הכי טוב. אני אדאג שהפעם הוא יתקשר אלייך.

# en: She has just said she won't wait for Gábor again, and you gave her Gábor, on a promise that depends on him. Sounding sure about someone else's call is what started all this.
who-calls-reply-2-feedback = היא בדיוק אמרה שהיא לא תחכה שוב ל-Gábor, ונתת לה את Gábor, עם הבטחה שתלויה בו. להישמע בטוח לגבי שיחה של מישהו אחר זה בדיוק מה שהתחיל את כל הסיפור.

# en: Between you and me, it's not the first time with Gábor. I'll make sure you don't have to deal with him again.
who-calls-reply-3 = בינינו, זו לא הפעם הראשונה עם Gábor. אני אדאג שלא תצטרכי להתעסק איתו יותר.

# en: Siding with her against a colleague feels like empathy, but it tells her the whole office knows about the problem and puts up with it. Criticising a colleague in front of a client never reassures her.
who-calls-reply-3-feedback = להתייצב לצדה נגד עמית לעבודה מרגיש כמו אמפתיה, אבל זה אומר לה שכל המשרד יודע על הבעיה ומשלים איתה. ביקורת על עמית מול לקוחה אף פעם לא מרגיעה אותה.

# en: Not the first time? So everyone here knows he drops his clients, and nobody does anything about it?
office-reputation-says-1 = לא הפעם הראשונה? אז כולם כאן יודעים שהוא מפקיר את הלקוחות שלו, ואף אחד לא עושה עם זה כלום?

# en: I shouldn't have said that; it wasn't fair, and it doesn't help you. What matters is that your case is mine now. I'll ring you today at five, and you have my direct line.
office-reputation-reply-1 = זה לא היה במקום מצדי; זה לא הוגן, וזה גם לא עוזר לך. מה שחשוב הוא שהתיק שלך עכשיו אצלי. אתקשר אלייך היום בחמש, ויש לך את הקו הישיר שלי.

# en: You took the remark back without fuss and brought the talk back to what happens next. Correcting your own slip openly shows her the kind of reliability she came in for.
office-reputation-reply-1-feedback = חזרת בך מההערה בלי דרמה והחזרת את השיחה למה שקורה עכשיו. תיקון גלוי של הפליטה שלך מראה לה בדיוק את האמינות שבשבילה היא באה.

# en: Well, I can only answer for myself, not for how the rest of the office works.
office-reputation-reply-2 = תראי, אני עונה רק על עצמי, לא על האופן שבו שאר המשרד עובד.

# en: You opened the question and then stepped away from it. To her, you are the office; 'I only answer for myself' confirms that nobody here answers for anything.
office-reputation-reply-2-feedback = פתחת את השאלה ואז התרחקת ממנה. מבחינתה, מי שעומד מולה הוא המשרד; "אני עונה רק על עצמי" מאשר שאף אחד כאן לא עונה על שום דבר.

# en: All right. But do you know what hurt most? When Gábor finally rang, he said you'd had 'a lot of urgent cases'. As if I wasn't one.
make-amends-says-1 = בסדר. אבל יודעים מה הכי פגע בי? כש-Gábor סוף סוף התקשר, הוא אמר שהיו לכם "הרבה מקרים דחופים". כאילו אני לא הייתי מקרה דחוף.

# en: You were urgent, and you should have been treated that way. I'm sorry. Your case is mine now, and today I'm asking our manager to log every call-back we promise, so a 'tomorrow' can't quietly slip again.
make-amends-reply-1 = את היית דחופה, והיו צריכים להתייחס אלייך ככה. צר לי. התיק שלך עכשיו אצלי, והיום עוד אבקש ממנהלת המשרד שנרשום כל שיחה חוזרת שאנחנו מבטיחים, כדי ש"מחר" לא יוכל שוב לחמוק בשקט.

# en: You answered the hurt she named, 'as if I wasn't one', and fixed the cause so the next client is not forgotten the same way. That turns an apology into a remedy.
make-amends-reply-1-feedback = ענית לפגיעה שהיא עצמה קראה לה בשם, "כאילו אני לא הייתי מקרה דחוף", ותיקנת את הסיבה כדי שהלקוח הבא לא יישכח באותה דרך. כך התנצלות הופכת לתיקון.

# en: I understand. Still, the main thing now is finding you a new flat, isn't it? Let's focus on that.
make-amends-reply-2 = ברור לי. ובכל זאת, הדבר העיקרי עכשיו הוא למצוא לך דירה חדשה, נכון? בואי נתמקד בזה.

# en: She told you what hurt most, and you moved past it to the practical task. The search may go well, but the feeling of being 'not urgent' stays with her.
make-amends-reply-2-feedback = היא סיפרה לך מה הכי פגע בה, ועברת הלאה למשימה המעשית. החיפוש אולי יצליח, אבל התחושה שהיא "לא דחופה" נשארת איתה.

# en: I promise you, we'll have you in a new flat before your notice runs out. You won't be let down again.
make-amends-reply-3 = תסמכי עליי: עוד לפני שתצטרכי לפנות, תהיי כבר בדירה חדשה. אף אחד לא יאכזב אותך שוב.

# en: Heartfelt, and she needed to hear she matters, but whether the right flat comes up by the end of next month is up to the market, not you. It is the same kind of promise that failed her last week.
make-amends-reply-3-feedback = מכל הלב, והיא הייתה צריכה לשמוע שהיא חשובה, אבל אם הדירה הנכונה תעלה עד סוף החודש הבא תלוי בשוק, לא בך. זה בדיוק אותו סוג הבטחה שאכזב אותה בשבוע שעבר.

# en: Thank you. Five o'clock, then. And thank you for not making excuses.
resolved-says-1 = תודה. אז בחמש. ותודה שלא נתת לי תירוצים.

# en: You ring at five, exactly as promised, and again the next morning with three flats near her daughter's school. Dóra makes an offer on one of them well before her loan offer runs out. She recommends the office to a friend and asks for you by name: a broken promise, owned and followed by kept ones, won her back.
resolved-summary = בחמש בדיוק מגיעה ממך שיחה, כמו שהבטחת, ולמחרת בבוקר עוד אחת, עם שלוש דירות ליד בית הספר של הבת שלה. Dóra מגישה הצעה על אחת מהן, הרבה לפני שהאישור למשכנתא פג. היא ממליצה על המשרד לחברה ומבקשת אותך בשמך: הבטחה שהופרה, שמישהו לקח עליה אחריות ואחריה באו הבטחות שקוימו, החזירה אותה.

# en: Fine. Just make sure somebody actually calls this time.
grudging-says-1 = טוב. רק תדאגו שהפעם מישהו באמת יתקשר.

# en: Dóra goes on with her search through your office, and in the end she finds a flat. But she never forgets being 'not urgent', and nobody here ever really answered that. When she sells in a few years, she goes to another agency.
grudging-summary = היא ממשיכה לחפש דרך המשרד שלכם, ובסוף Dóra מוצאת דירה. אבל היא לא שוכחת שהייתה "לא דחופה", ואף אחד כאן לא באמת ענה על זה. כשהיא מוכרת כעבור כמה שנים, היא פונה למשרד תיווך אחר.

# en: All right. But if this turns into another 'tomorrow', I'm finished with this office.
fragile-promise-says-1 = בסדר. אבל אם גם זה ייגמר בעוד "מחר", סיימתי עם המשרד הזה.

# en: The owner will not break a signed reservation, and there was never a way back in. When you tell Dóra, she hears this office break its word a second time, and this time it was your word. She takes her search to another agency the same day.
fragile-promise-summary = בעלת הדירה לא מתכוונת להפר זיכרון דברים חתום, ומעולם לא הייתה דרך לחזור לתמונה. כש-Dóra שומעת את זה ממך, היא שומעת את המשרד הזה מפר את המילה שלו בפעם השנייה, והפעם זו הייתה המילה שלך. עוד באותו יום היא מעבירה את החיפוש שלה למשרד תיווך אחר.

# en: Thank you. I'm going to hold you to that.
hollow-promise-says-1 = תודה. אני תופסת אותך במילה.

# en: Dóra leaves relieved. Three weeks later nothing near the school fits her budget, the 30th is close, and she remembers whose promise it was. A warm promise you did not control became the office's second broken one.
hollow-promise-summary = בהקלה גדולה Dóra יוצאת מהמשרד. שלושה שבועות אחר כך אין ליד בית הספר שום דבר שמתאים לתקציב שלה, ה-30 קרוב, והיא זוכרת של מי הייתה ההבטחה. הבטחה חמה שלא הייתה בשליטתך הפכה להבטחה השנייה שהמשרד הפר.

# en: The office manager sits down with Dóra, who tells the whole story once more: the offer, the missing call, the Friday sale. The manager apologises and takes the case over. It gets handled, but not by you, and Dóra leaves convinced that only the boss can make this office keep its word.
handed-to-manager-summary = מנהלת המשרד מתיישבת עם Dóra, שמספרת שוב את כל הסיפור: ההצעה, השיחה שלא הגיעה, המכירה ביום שישי. המנהלת מתנצלת ולוקחת את התיק לידיה. העניין מטופל, אבל לא על ידך, ו-Dóra יוצאת משוכנעת שרק הבוסית מסוגלת לגרום למשרד הזה לעמוד במילה שלו.

# en: Forget it. I'll find a flat through an agency that answers its phone.
walkout-says-1 = עזבו. אמצא דירה דרך משרד שעונה לטלפון.

# en: Dóra walks out and signs up with a rival agency that afternoon. She tells the other parents at her daughter's school how your office sat on her offer. Most unhappy clients leave without a word; she came in to give you a second chance, and you lost her anyway.
walkout-summary = עוד באותו אחר צהריים Dóra נרשמת במשרד תיווך מתחרה. להורים האחרים בבית הספר של הבת שלה היא מספרת איך המשרד שלכם השאיר את ההצעה שלה במגירה. רוב הלקוחות הלא מרוצים עוזבים בלי מילה; היא באה לתת לך הזדמנות שנייה, ואיבדת אותה בכל זאת.

