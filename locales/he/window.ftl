# The trainer window's own words. The words shared with the command line (criteria,
# tones, dates, counts, problems in files) are in defuse.ftl.
## defuse stats
watch-reloaded = התרחיש נטען מחדש.
watch-went-on = התרחיש נטען מחדש: ממשיכים מ־`{ $node }`, מצב רוח { $mood }.
watch-broken = התרחיש כבר אינו עובר את הבדיקה ({ $count ->
        [one] בעיה אחת
        [two] שתי בעיות
       *[other] { $count } בעיות
    }); עד שיתוקן, החלון שומר את הגרסה התקינה האחרונה:
watch-banner = התרחיש הזה כבר אינו עובר את הבדיקה; עד שיתוקן, החלון מריץ את הגרסה התקינה האחרונה:

## חלון האימון
picker-title = Defuse
picker-count = { $count ->
    [one] תרחיש אחד
    [two] שני תרחישים
   *[other] { $count } תרחישים
}
picker-customer = { $gender ->
        [female] לקוחה
       *[other] לקוח
    }: { $name }
picker-broken = תרחישים שלא נטענו (הריצו `defuse validate`)
picker-language = שפה

## השיחה והתחקיר
conversation-mood = מצב רוח { $mood }
conversation-keys = בשדה: Enter שולח, Shift+Enter שורה חדשה, Esc יציאה מהשדה · מחוץ לשדה: 1–{ $count } או העכבר לבחירה, H: רמז, Esc: חזרה
conversation-keys-words = Enter שולח, Shift+Enter שורה חדשה · Esc יציאה מהשדה, Esc נוסף: חזרה
conversation-show-brief = תיאור המצב
conversation-hide-brief = הסתרת התיאור
conversation-own-words = נא לענות במילים שלך: התשובות אינן מוצגות כאן.
conversation-or-own-words = אפשר גם לענות במילים שלך:
conversation-say = לומר
conversation-taken-as = הובן כך: "{ $text }" (דמיון של { $closeness }%)
conversation-no-match = אף אחת מהתשובות כאן אינה קרובה מספיק: הקרובה ביותר, "{ $nearest }", דומה ב-{ $closeness }%, ונדרש { $needed }%. לכן { $name } { $gender ->
        [female] מקבלת
        [male] מקבל
       *[other] מקבל/ת
    } את הדברים באופן ניטרלי.
conversation-closest = המילים שלך היו הכי קרובות לתשובה: "{ $text }" (דמיון של { $closeness }%). השיחה ממשיכה ממנה.
conversation-no-match-at-all = אף אחת מהתשובות כאן לא דומה למילים האלה, ולכן התגובה של { $name } ניטרלית.
conversation-no-rubric = אי אפשר לנקד את המילים שלך: יש בעיה במחוון של השפה הזאת. נא לבחור תשובה מהרשימה, או לבקש מהמאמן לתקן אותו: { $problem }
conversation-hint = רמז (עולה נקודה אחת בכל קריטריון)
conversation-hint-text = רמז: { $text }
conversation-interrupted = עניתם לפני ש־{ $name } { $gender ->
        [female] סיימה
        [male] סיים
       *[other] סיים/ה
    } לדבר: לקוח כועס צריך לסיים את דבריו.
debrief-passed = עבר
debrief-failed = לא עבר
debrief-overall = סה"כ { $score } · ציון מעבר { $mark }
debrief-turn = החלטה { $number }
debrief-your-reply = התשובה שלך: "{ $text }"
debrief-best-missed = התשובה הטובה ביותר כאן: "{ $text }"
debrief-taken-as = במילים שלך, שהובנו כך: "{ $text }" (דמיון של { $closeness }%)
debrief-no-match = במילים שלך; הן לא התאימו לאף אחת מהתשובות: הקרובה ביותר, "{ $nearest }", הייתה דומה ב-{ $closeness }%, ונדרש { $needed }%. לכן { $name } הגיב/ה באופן ניטרלי.
debrief-closest = במילים שלך, הכי קרוב ל: "{ $text }" (דמיון של { $closeness }%). ההסברים למטה מתייחסים למילים שלך בלבד.
debrief-no-match-at-all = במילים שלך; הן לא דמו לאף אחת מהתשובות, ולכן התגובה של { $name } הייתה ניטרלית.
debrief-no-evidence = המחוון לא מצא במילים האלה דבר בעד או נגד אף קריטריון.
debrief-evidence-criterion = { $criterion }: { $score } מתוך 100
debrief-evidence-principle = {" "}(עיקרון: { $title })
debrief-interrupted = קטעת את הלקוח: −2 בהקשבה
debrief-hint-taken = השתמשת ברמז: −1 בכל קריטריון
debrief-retry = לנסות שוב (R)
debrief-back = חזרה לתרחישים (Esc)
debrief-next = התרחיש הבא
debrief-reason-passed = עבר: { $score } מגיע לציון המעבר { $mark }.
debrief-reason-below = לא עבר: { $score } נמוך מציון המעבר { $mark }.
debrief-reason-ending = לא עבר: הסיום הזה ({ $ending }) נחשב כישלון, בלי קשר לציון.
debrief-reason-unfinished = לא הסתיים: השיחה הופסקה לפני סופה.
debrief-decision-closed = ◂ החלטה { $number } { $mark } "{ $reply }" · { $points } מתוך { $best }
debrief-decision-open = ▾ החלטה { $number } { $mark } · { $points } מתוך { $best }

## הגדרות
settings-text-size = גודל טקסט
settings-small = קטן
settings-normal-size = רגיל
settings-normal-pace = רגיל
settings-large = גדול
settings-pace = קצב קריאה
settings-slow = איטי
settings-fast = מהיר

## מסך הפתיחה
start-tagline = תרגול הרגעה של לקוחות כועסים, שיחה אחר שיחה.
start-name = השם שלך
start-returning = ברוכים השבים! זה לא את/ה? הקלידו את שמכם.
start-name-needed = נא להקליד קודם את השם: התוצאות נשמרות תחתיו.
start-did-you-mean = האם התכוונת ל־{ $nearest }? לחצו שוב על „המשך” כדי להתחיל כמתאמן חדש, „{ $typed }”.
start-i-am = אני { $name }
start-continue = המשך

## מסך המנהל ותוצאות קודמות ברשימת התרחישים
picker-best = התוצאה הטובה ביותר שלך: { $score } ({ $verdict })
manager-open = סקירת מנהל
manager-title = סקירת מנהל
manager-back = חזרה
manager-loading = קריאת כרטיסי הציונים: { $done } מתוך { $total }
manager-save-error = לא ניתן היה לשמור את כרטיס הציונים האחרון: { $reason }
manager-skipped = { $count ->
    [one] לא ניתן היה לקרוא קובץ אחד בתיקיית כרטיסי הציונים, והוא דולג:
    [two] לא ניתן היה לקרוא שני קבצים בתיקיית כרטיסי הציונים, והם דולגו:
   *[other] לא ניתן היה לקרוא { $count } קבצים בתיקיית כרטיסי הציונים, והם דולגו:
}
manager-scenario = תרחיש:
manager-all = הכול
manager-period = תקופה:
manager-period-all = כל התקופה
manager-period-week = 7 הימים האחרונים
manager-period-month = 30 הימים האחרונים
manager-period-year = 12 החודשים האחרונים
manager-page = עמוד { $page } מתוך { $pages }
manager-previous = הקודם
manager-next = הבא
manager-door-intro = התוצאות של כל המתאמנים מוגנות בסיסמת המנהל.
manager-door-first = התוצאות של כל המתאמנים יהיו מוגנות בסיסמת מנהל. בחרו אחת עכשיו (לפחות { $length } תווים), ואל תמסרו אותה למתאמנים.
manager-door-prompt = סיסמת מנהל:
manager-door-new = סיסמת מנהל חדשה:
manager-door-again = שוב, אותה סיסמה:
manager-door-unlock = פתיחה
manager-door-wrong = זו לא סיסמת המנהל.
manager-door-short = הסיסמה צריכה לפחות { $length } תווים.
manager-door-mismatch = שתי הסיסמאות שונות; הקלידו סיסמה חדשה שוב.
manager-door-damaged = לא ניתן לקרוא את קובץ הסיסמה בתיקיית הנתונים; ראו docs/threat-model.md.
manager-door-who = מתאמנים רואים רק את התוצאות שלהם. הסיסמה סוגרת את המסך הזה במחשב משותף; היא אינה מצפינה את התוצאות.
manager-session-who = { $trainee } · { $when } · { $language }
manager-filter-scenario = תרחיש: { $scenario }
manager-filter-period = תקופה: { $period }
manager-rename = שינוי שם
manager-hide = הסתרה
manager-show = הצגה מחדש
manager-merge = מיזוג
manager-delete = מחיקה
manager-cancel = ביטול
manager-rename-to = שם חדש:
manager-merge-into = למזג את { $name } לתוך:
manager-confirm-merge = למזג את „{ $from }” לתוך „{ $into }”? האימונים ({ $count }) יועברו, ו־„{ $from }” יוסר מהרשימה.
manager-confirm-delete = למחוק לצמיתות את „{ $name }” ואת האימונים ({ $count })?
manager-error-no-trainee = „{ $name }” אינו ברשימת המתאמנים.
manager-error-name-taken = „{ $name }” הוא כבר השם של מתאמן אחר: אם זה אותו אדם, מזגו ביניהם.
manager-error-same = אי אפשר למזג את „{ $name }” עם עצמו.
manager-error-empty = שם צריך לפחות אות אחת.
manager-trainee-summary = { $sessions ->
    [one] אימון אחד
    [two] שני אימונים
   *[other] { $sessions } אימונים
}, עברו: { $passed }, הופסקו: { $abandoned } · שיעור מעבר: { $rate } · מגמה: { $trend }

## מסך ההגדרות
settings-open = הגדרות
settings-title = הגדרות
settings-pace-note = קצב הקריאה קובע באיזו מהירות מופיעות מילות הלקוח. מענה לפני שהלקוח סיים לדבר הוא קטיעה, והוא עולה בנקודות הקשבה.
settings-replies = תשובות:
settings-replies-listed = מהרשימה
settings-replies-own-words = רק במילים שלך (מומחה)
settings-expert-note = תמיד אפשר להקליד תשובה במילים שלך. מצב מומחה מסתיר את התשובות שברשימה, כך שצריך למצוא את המילים בעצמך, כמו בשיחה אמיתית.

## שליחת תוצאות למאגר רשומות הלמידה (defuse sync)
sync-indicator-sending = שליחת התוצאות…
sync-indicator-synced = ✓ התוצאות סונכרנו
sync-indicator-waiting = { $count ->
    [one] תוצאה אחת ממתינה לסנכרון
    [two] שתי תוצאות ממתינות לסנכרון
   *[other] { $count } תוצאות ממתינות לסנכרון
}
sync-indicator-error = { $count ->
    [one] תוצאה אחת עדיין לא סונכרנה: { $problem }; ניסיון חוזר בהמשך
    [two] שתי תוצאות עדיין לא סונכרנו: { $problem }; ניסיון חוזר בהמשך
   *[other] { $count } תוצאות עדיין לא סונכרנו: { $problem }; ניסיון חוזר בהמשך
}
sync-problem-unreachable = לא ניתן להתחבר ל־LRS
sync-problem-credentials = ה־LRS דחה את הסיסמה
sync-problem-rejected = ה־LRS דחה תוצאה
sync-problem-server = ה־LRS דיווח על שגיאה

## תרגול בקול
voice-say-it = עכשיו אמרו זאת בקול:
voice-talk = החזיקו ודברו
voice-talk-keys = החזיקו את מקש הרווח (או את הכפתור) בזמן הדיבור · Esc: בחירת תשובה אחרת
voice-take-problem = אי אפשר להשתמש בהקלטה הזו: { $why }. אמרו זאת שוב.
voice-customer-text-only = הלקוח מדבר בטקסט בלבד: { $why }.
settings-voice = תרגול בקול
settings-voice-off = כבוי
settings-voice-on = פועל
settings-voice-note = אמרו כל תשובה בקול: הקצב, העוצמה וגובה הקול שלכם מושווים לקול הרגוע שלכם ונחשבים בטון הרגוע.
settings-voice-not-built-in = עותק זה של Defuse אינו תומך במיקרופון: הוא נבנה ללא תרגול בקול (ראו README, פקודה אחת). הקלטות מוכנות עדיין עובדות: defuse play ID --gui --voice-takes FOLDER.
settings-voice-no-microphone = אין מיקרופון: { $why }
settings-baseline-read = קראו זאת בקול, בקול הרגיל והרגוע שלכם:
settings-baseline-keys = החזיקו את מקש הרווח (או את הכפתור) בזמן הקריאה · Esc: עצירה
settings-baseline-done = הקלטת הבסיס הרגועה שלכם נשמרה.
settings-baseline-none = עדיין אין הקלטת בסיס רגועה: הקליטו אחת כדי לתרגל בקול.
settings-baseline-record = הקלטת הקול הרגוע שלי
settings-voice-privacy = שום הקלטה לא נשמרת, רק מדידות של קצב, עוצמה וגובה קול. האופן שבו נשמעו התשובות שלכם שייך לכם; המנהל רואה אותו רק אם תשתפו את המפגש.
debrief-voice-overall = טון רגוע יחד עם הקול שלכם: { $score } (המילים בלבד: { $words })
debrief-voice-turn = איך זה נשמע: { $score } · טון רגוע יחד עם הקול: { $combined }%
debrief-share-voice = שיתוף האופן שבו זה נשמע עם המנהל שלי
debrief-voice-shared = שותף עם המנהל
debrief-voice-private = האופן שבו נשמעו התשובות שלכם שייך לכם: הוא לא מופיע בדוחות המנהל אלא אם תשתפו אותו.
