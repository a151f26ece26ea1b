# The command line's own words: what `defuse` prints in the terminal. The words shared
# with the window (criteria, tones, dates, counts, problems in files) are in defuse.ftl.
## defuse play
play-customer = { $gender ->
        [female] לקוחה
       *[other] לקוח
    }: { $name } · מצב רוח { $mood } · זרע { $seed }
play-customer-says = { $name } ({ $tone }):
play-you = את/ה ({ $number }):
play-mood = מצב רוח { $before } ← { $after }
play-feedback = משוב: { $text }
play-principle = עיקרון ({ $criterion }): { $title }. { $text }
play-ending = ── סיום: { $outcome } ({ $id }) ──
play-stopped = השיחה נעצרת כאן ולא הושלמה: לא ניתנה תשובה בהחלטה { $number } (`{ $node }`).
play-prompt = התשובה שלך (1–{ $count } או במילים שלך, q ליציאה):
play-prompt-words = התשובה שלך, במילים שלך (q ליציאה):
play-type-a-number = נא להקליד מספר בין 1 ל־{ $count }, או את התשובה במילים שלך.
play-type-words = כאן הלקוח צריך לשמוע את המילים שלך: נא להקליד תשובה, לא מספר.
play-own-words = (נא לענות במילים שלך: התשובות אינן מוצגות.)
play-you-typed = את/ה, במילים שלך:
play-taken-as = הובן כתשובה { $number } (דמיון של { $closeness }%): "{ $text }"
play-no-match = אף אחת מהתשובות אינה קרובה מספיק: הקרובה ביותר, "{ $nearest }", דומה ב-{ $closeness }%, ונדרש { $needed }%. { $name } { $gender ->
        [female] מקבלת
        [male] מקבל
       *[other] מקבל/ת
    } את הדברים באופן ניטרלי.
play-closest = המילים שלך היו הכי קרובות לתשובה { $number } (דמיון של { $closeness }%): "{ $text }". השיחה ממשיכה ממנה; מה שיופיע מעכשיו מתייחס למילים שלך.
play-no-match-at-all = אף אחת מהתשובות לא דומה למילים האלה, ולכן התגובה של { $name } ניטרלית.
play-leftover = אזהרה: השיחה הסתיימה ונותרו { $count ->
        [one] בחירה אחת
        [two] שתי בחירות
       *[other] { $count } בחירות
    }: { $choices }
play-missing-translation = אזהרה: ל־{ $count ->
        [one] טקסט אחד
        [two] שני טקסטים
       *[other] { $count } טקסטים
    } בתרחיש „{ $scenario }” אין עדיין תרגום ל{ $language }, והם מוצגים בשפת המקור
error-choice-zero = שגיאה: --choices: מספור התשובות מתחיל ב־1, אבל בחירה מספר { $position } היא 0
error-no-such-reply = שגיאה: בחירה { $choice } בהחלטה { $decision }: אין תשובה { $choice } בהחלטה `{ $node }`; יש בה תשובות 1 עד { $count }
error-not-a-number = שגיאה: `{ $answer }` אינו מספר תשובה בין 1 ל־{ $count }, וגם לא תשובה במילים
error-words-wanted = שגיאה: `{ $answer }`: בהחלטה הזאת המתאמן צריך לענות במילים שלו, לא במספר תשובה
error-cannot-read-reply = שגיאה: לא ניתן לקרוא את התשובה: { $reason }

## כרטיס הציונים
scorecard = כרטיס ציונים
scorecard-not-tested = לא נבדק במסלול הזה
scorecard-overall = סה"כ
scorecard-outcome = תוצאה
scorecard-pass-mark = (ציון עובר { $mark })
scorecard-summary = { $outcome } אחרי { $decisions }, מצב הרוח של הלקוח { $mood }
verdict-pass = עבר
verdict-fail = נכשל
verdict-fail-ending = נכשל: הסיום הזה נחשב כישלון

## defuse stats
stats-size = צמתים { $nodes } · החלטות { $decisions } · תשובות { $replies }
stats-endings = סיומים: { $list }
stats-paths = מסלולים שונים: { $paths }
stats-paths-unbounded = מסלולים שונים: ללא הגבלה (השיחה יכולה לחזור על עצמה)
stats-lengths = המסלול הקצר ביותר: { $shortest } · הארוך ביותר: { $longest }
stats-unbounded = ללא הגבלה
stats-reach = תוצאה אפשרית
stats-best = הטובה ביותר
stats-worst = הגרועה ביותר
stats-loops-note = (בתוצאה הטובה והגרועה ביותר כל לולאה נספרת פעם אחת)
play-route = ↲ פיצול `{ $branch }`: { $why } ← `{ $to }`
play-route-below = מצב הרוח { $mood } נמוך מהסף { $limit }
play-route-at-least = מצב הרוח { $mood } אינו נמוך מהסף { $limit }
play-route-otherwise = מצב הרוח { $mood } אינו עונה על אף אחד מהתנאים ({ $tests }), ולכן עוברים למסלול "אחרת"
play-hint = רמז (נקודה אחת פחות בכל קריטריון בהחלטה הזאת): { $text }
play-no-hint = בהחלטה הזאת אין רמז.
play-keys = מקשים: 1–{ $count } בחירת תשובה · או הקלדת תשובה במילים שלך · h רמז (נקודה אחת פחות בכל קריטריון) · ? רשימת המקשים · q יציאה
play-keys-words = מקשים: הקלדת תשובה במילים שלך · h רמז (נקודה אחת פחות בכל קריטריון) · ? רשימת המקשים · q יציאה
watch-watching = הקובץ { $file } והתרגומים שלו במעקב: שמרו שינוי, והחלון יטען אותו מחדש.
new-created = נוצר הקובץ { $path }: דוגמה עובדת שאפשר לשכתב לתרחיש משלכם. השלב הבא: `defuse validate { $id }`, ואחר כך `defuse play { $id } --in-file-order`; כל השדות מוסברים ב־docs/authoring.md.
error-new-id = שגיאה: `{ $id }` אינו יכול לשמש מזהה תרחיש: השתמשו באותיות, בספרות, ב־- וב־_, והתחילו באות
error-new-exists = שגיאה: { $path } כבר קיים: בחרו מזהה אחר, או ערכו את הקובץ הזה
error-new-write = שגיאה: לא ניתן לכתוב לקובץ { $path }: { $reason }
list-summary = { $count ->
        [one] תרחיש אחד
        [two] שני תרחישים
       *[other] { $count } תרחישים
    } ב־{ $folder }
list-id = מזהה
list-title = כותרת
list-decisions = החלטות
list-endings = סיומים
list-source = מקור
list-unreadable = לא ניתן לקרוא: { $problem } (ראו `defuse validate`)
stats-naive = שיעור המעבר של שחקנים נאיביים ({ $seeds } זרעים): תמיד התשובה הראשונה שמוצגת { $first } · תמיד הארוכה ביותר { $longest } · תמיד הקצרה ביותר { $shortest } · תשובה אקראית { $random }
stats-content = התשובה הטובה ביותר: הארוכה ביותר ב־{ $longest } { $decisions ->
        [one] מתוך החלטה אחת
        [two] מתוך שתי החלטות
       *[other] מתוך { $decisions } החלטות
    } · לכל היותר פי { $ratio } מהאורך החציוני של שאר התשובות (הגבול: { $limit }) · תשובה שנייה שאפשר להצדיק ב־{ $defensible }
stats-principles-heading = עקרונות האימון: ההחלטות שבהן התשובה הטובה ביותר מלמדת כל עיקרון (תרחיש/החלטה)
stats-principle-taught = { $count ->
        [one] נלמד בהחלטה אחת
        [two] נלמד בשתי החלטות
       *[other] נלמד ב־{ $count } החלטות
    }: { $where }{ $named ->
        [0] {""}
        [one] {" "}(תשובה אחרת אחת מזכירה אותו)
        [two] {" "}(שתי תשובות אחרות מזכירות אותו)
       *[other] {" "}({ $named } תשובות אחרות מזכירות אותו)
    }
stats-principle-untaught = אף אחת מהתשובות הטובות ביותר אינה מלמדת אותו { $named ->
        [0] (וגם אף תשובה אחרת אינה מזכירה אותו)
        [one] (תשובה אחרת אחת מזכירה אותו)
        [two] (שתי תשובות אחרות מזכירות אותו)
       *[other] ({ $named } תשובות אחרות מזכירות אותו)
    }
stats-principles-missing = { $count ->
        [one] יש עיקרון אחד שאף אחת מהתשובות הטובות ביותר אינה מלמדת: תנו לו החלטה שהתשובה הטובה ביותר בה מדגימה אותו
        [two] יש שני עקרונות שאף אחת מהתשובות הטובות ביותר אינה מלמדת: תנו לכל אחד מהם החלטה שהתשובה הטובה ביותר בה מדגימה אותו
       *[other] יש { $count } עקרונות שאף אחת מהתשובות הטובות ביותר אינה מלמדת: תנו לכל אחד מהם החלטה שהתשובה הטובה ביותר בה מדגימה אותו
    }

## defuse validate ו־extract
validate-summary = נבדקו { $scenarios }: { $errors }, { $warnings }
validate-playtests = { $count ->
        [one] הרצת הבדיקה עברה
       *[other] כל { $count } הרצות הבדיקה עברו
    }
stats-naive-replay = { $player } עבר עם הזרע { $seed }: `defuse play { $id } --seed { $seed } --choices { $choices }` משחזר את הריצה
validate-no-files = אזהרה: לא נמצאו קובצי תרחישים (*.ron) ב־{ $folders }
validate-cannot-play = שגיאה: אי אפשר לשחק את { $file } עד שהבעיות האלה יתוקנו (הריצו `defuse validate { $file }`)
coverage-heading = מצב התרגומים (מתורגם ומעודכן)
coverage-interface = ממשק
coverage-principles = עקרונות
coverage-source = מקור
extract-refused = תקנו קודם את הקובץ: הוא נשאר כפי שהיה
extract-wrote = { $file }: { $added } חדשות, { $kept } נשמרו, { $changed } השתנו, { $obsolete } מיושנות

## בעיות בקובצי תרחישים (defuse validate)
problem-no-such-path = אין קובץ או תיקייה כאלה

## בעיות בקובצי תרגום
problem-no-interface = לממשק אין תרגום ל־{ $lang }; הוא מוצג באנגלית
help-no-interface = העתיקו את { $file } ותרגמו אותו

## כרטיסי ציונים (defuse play --trainee) ו־defuse report
scorecard-saved = כרטיס הציונים נשמר: { $path }
scorecard-saved-abandoned = כרטיס הציונים נשמר, והאימון סומן כאימון שהופסק: { $path }
error-scorecard-not-saved = שגיאה: לא ניתן היה לשמור את כרטיס הציונים: { $reason }
error-data-dir = שגיאה: לא ניתן להשתמש בתיקיית הנתונים { $dir }: { $reason }
report-skipped-file = אזהרה: הקובץ { $file } דולג: { $reason }
report-skipped-count = { $count ->
    [one] אזהרה: לא ניתן היה לקרוא קובץ אחד בתיקיית כרטיסי הציונים, והוא דולג
    [two] אזהרה: לא ניתן היה לקרוא שני קבצים בתיקיית כרטיסי הציונים, והם דולגו
   *[other] אזהרה: לא ניתן היה לקרוא { $count } קבצים בתיקיית כרטיסי הציונים, והם דולגו
}
report-reading = קריאת כרטיסי הציונים
error-report-write = שגיאה: לא ניתן לכתוב לקובץ { $file }: { $reason }
report-written = הדוח נשמר: { $file }
error-per-decision-csv = שגיאה: ‎--per-decision‎ פועל רק יחד עם ‎--format csv‎
error-unknown-trainee = שגיאה: אין אימונים של מתאמן בשם „{ $given }”.
error-unknown-scenario = שגיאה: אין תרחיש עם המזהה „{ $given }”.
error-did-you-mean = האם התכוונת ל־„{ $nearest }”?
warning-roster = אזהרה: { $reason }; המתאמנים מוצגים בשמות שהוקלדו, וקובץ רשימת המתאמנים נשאר כפי שהיה
error-trainee-empty = שגיאה: שם המתאמן חייב לכלול לפחות אות אחת
error-trainee-did-you-mean = שגיאה: אף אחד בשם „{ $given }” עוד לא התאמן. האם התכוונת ל־„{ $nearest }”? כדי להוסיף את „{ $given }” כמתאמן חדש, הוסף ‎--new-trainee‎.
error-roster = שגיאה: { $reason }
error-no-trainee = שגיאה: „{ $given }” אינו ברשימת המתאמנים.
error-name-taken = שגיאה: „{ $name }” הוא כבר השם של מתאמן אחר; אם זה אותו אדם, מזגו ביניהם.
error-same-trainee = שגיאה: אי אפשר למזג את „{ $name }” עם עצמו.
error-email = שגיאה: „{ $address }” אינה כתובת דוא״ל.
error-delete = שגיאה: לא ניתן למחוק את { $file }: { $reason }
error-confirm-yes = שגיאה: { $question } הריצו שוב עם ‎--yes‎ כדי להמשיך.
trainee-line = { $id }  { $name } · אימונים: { $sessions }
trainee-is-hidden = מוסתר
trainee-also = הוקלד גם כ־{ $names }
trainee-renamed = השם שונה: { $name }
trainee-merged = מוזגו: האימונים שייכים עכשיו ל־{ $name }.
trainee-hidden = { $name } מוסתר מהדוחות ומסקירת המנהל; האימונים נשמרים.
trainee-shown = { $name } מוצג שוב.
trainee-email = { $name }: דוא״ל „{ $address }”
trainee-deleted = נמחקו { $name } והאימונים שלו ({ $count }).
trainee-confirm-merge = למזג את „{ $from }” לתוך „{ $into }”? האימונים ({ $count }) יועברו, ו־„{ $from }” יוסר מהרשימה.
trainee-confirm-delete = למחוק לצמיתות את „{ $name }” ואת האימונים ({ $count })?
trainee-type-name = הקלידו „{ $name }” כדי להמשיך:
trainee-not-confirmed = שום דבר לא השתנה.
passphrase-first-use = סקירת המנהל דורשת סיסמה, שיש לקבוע עכשיו (לפחות { $length } תווים). אל תמסרו אותה למתאמנים.
passphrase-new = סיסמת מנהל חדשה:
passphrase-again = שוב, אותה סיסמה:
passphrase-prompt = סיסמת מנהל:
passphrase-set = סיסמת המנהל נקבעה.
error-passphrase-mismatch = שגיאה: שתי הסיסמאות שונות; לא נקבע דבר
error-passphrase-short = שגיאה: סיסמת המנהל צריכה לפחות { $length } תווים
error-passphrase-wrong = שגיאה: זו לא סיסמת המנהל
error-passphrase-not-set = שגיאה: סקירת המנהל דורשת סיסמה. הריצו את הפקודה במסוף כדי לקבוע אותה, או מסרו אותה ב־{ $env }.
error-passphrase-needed = שגיאה: סקירת המנהל דורשת את סיסמת המנהל: הריצו את הפקודה במסוף, או מסרו אותה ב־{ $env }.

## שליחת תוצאות למאגר רשומות הלמידה (defuse sync)
error-lrs-config = שגיאה: { $reason }
sync-not-configured = שגיאה: לא הוגדר מאגר רשומות למידה (LRS). ציינו --lrs-endpoint, --lrs-user ו־--lrs-password (או את משתני הסביבה DEFUSE_LRS_ENDPOINT, DEFUSE_LRS_USER, DEFUSE_LRS_PASSWORD), או כתבו את המפתחות endpoint, user ו־password בקובץ { $file }.
sync-sending = שליחת רשומות xAPI
sync-queued = { $count ->
    [one] כרטיס ציונים חדש אחד נוסף לתור.
    [two] שני כרטיסי ציונים חדשים נוספו לתור.
   *[other] { $count } כרטיסי ציונים חדשים נוספו לתור.
}
sync-sent = { $statements ->
        [one] נשלחה רשומת xAPI אחת
        [two] נשלחו שתי רשומות xAPI
       *[other] נשלחו { $statements } רשומות xAPI
    } { $files ->
        [one] מכרטיס ציונים אחד
        [two] משני כרטיסי ציונים
       *[other] מ־{ $files } כרטיסי ציונים
    } אל { $endpoint } תוך { $seconds } שניות ({ $rate } רשומות לשנייה).
sync-all-sent = אין רשומות ממתינות: כל כרטיסי הציונים כבר נמצאים ב־{ $endpoint }.
sync-stopped = שגיאה: { $error }. שום דבר לא אבד: ב־{ $dir } { $statements ->
        [one] ממתינה לסנכרון הבא רשומת xAPI אחת
        [two] ממתינות לסנכרון הבא שתי רשומות xAPI
       *[other] ממתינות לסנכרון הבא { $statements } רשומות xAPI
    } { $files ->
        [one] מכרטיס ציונים אחד
        [two] משני כרטיסי ציונים
       *[other] מ־{ $files } כרטיסי ציונים
    }.
sync-credentials-hint = בדקו את שם המשתמש והסיסמה (--lrs-user, --lrs-password או { $file }).
sync-rejected = אזהרה: { $file }: { $error }. הקובץ נשאר בתור השליחה (outbox).
sync-damaged = אזהרה: { $file }: { $reason }. הקובץ נשמר ואינו נשלח.
sync-waiting = ב־{ $dir } { $statements ->
        [one] עדיין ממתינה רשומת xAPI אחת
        [two] עדיין ממתינות שתי רשומות xAPI
       *[other] עדיין ממתינות { $statements } רשומות xAPI
    } { $files ->
        [one] מכרטיס ציונים אחד
        [two] משני כרטיסי ציונים
       *[other] מ־{ $files } כרטיסי ציונים
    }.
sync-status-endpoint = מאגר רשומות למידה (LRS): { $endpoint } (משתמש: { $user })
sync-status-not-configured = מאגר רשומות למידה (LRS): לא הוגדר
sync-status-waiting = בהמתנה: { $statements ->
        [one] רשומת xAPI אחת
        [two] שתי רשומות xAPI
       *[other] { $statements } רשומות xAPI
    } { $files ->
        [one] מכרטיס ציונים אחד
        [two] משני כרטיסי ציונים
       *[other] מ־{ $files } כרטיסי ציונים
    }
sync-status-success = שליחה מוצלחת אחרונה: { $when } ({ $statements ->
        [one] רשומת xAPI אחת
        [two] שתי רשומות xAPI
       *[other] { $statements } רשומות xAPI
    })
sync-status-never = שליחה מוצלחת אחרונה: מעולם לא
sync-status-error = שגיאה אחרונה ({ $when }): { $error }
sync-status-no-error = שגיאה אחרונה: אין
sync-status-next = הניסיון האוטומטי הבא: { $when }
scorecard-queued = כרטיס הציונים נוסף לתור השליחה למאגר רשומות הלמידה (LRS): הפקודה `defuse sync` תשלח אותו.

## ניקוד תשובה במילים של המתאמן (defuse score)
score-shows = מפגין
score-violates = מפר
score-no-evidence = אין עדות
score-no-reply = שגיאה: ציינו את התשובה לניקוד, למשל defuse score "אני מצטער, אבדוק את זה מיד."
score-unknown-node = שגיאה: `{ $node }` אינו נקודת החלטה בתרחיש { $scenario }

## defuse voice
voice-calm-tone = טון רגוע (אופן הדיבור)
voice-measured = מדידה: קצב { $pace } לשנייה (ברגיעה { $calm_pace }) · עוצמה { $loudness } LUFS (ברגיעה { $calm_loudness }) · גובה צליל { $pitch } (ברגיעה { $calm_pitch }), טווח { $range } חצאי טונים · ההפסקה הארוכה ביותר { $pause } שניות
voice-no-espeak = שגיאה: את קול הלקוח מפיק espeak-ng, ואי אפשר להריץ אותו כאן ({ $why }). יש להתקין אותו (למשל apt-get install espeak-ng) או להקליט את המשפטים בעצמכם לתיקייה voices/.
voice-render-failed = שגיאה: espeak-ng לא הצליח להפיק את { $line }: { $why }
voice-rendered = הופקו { $rendered } משפטי לקוח, { $kept } כבר היו במטמון, { $recorded } הוקלטו בידי מדריך; המטמון: { $dir }
voice-hebrew-note = לתשומת לב: espeak-ng קורא עברית ללא ניקוד באופן שגוי; מומלץ להקליט את משפטי הלקוח (voices/he/<תרחיש>/<מזהה-הודעה>.wav).

## תרגול בקול
voice-takes-no-baseline = שגיאה: הקלטות התרגול דורשות הקלטת בסיס רגועה: { $why }
