### Defuse: הממשק בעברית.

## קריטריונים, מקומות, רמת קושי, טון ותוצאות

criterion-listening = הקשבה
criterion-empathy = אמפתיה
criterion-ownership = לקיחת אחריות
criterion-calm-tone = טון רגוע

setting-phone = מוקד טלפוני
setting-shop-counter = דלפק בחנות
setting-salon = סלון
setting-cafe = בית קפה
setting-chat = צ'אט
setting-email = דוא"ל
setting-office = משרד

difficulty-easy = קל
difficulty-medium = בינוני
difficulty-hard = קשה

tone-calm = { $gender ->
        [female] רגועה
       *[other] רגוע
    }
tone-tense = { $gender ->
        [female] מתוחה
       *[other] מתוח
    }
tone-annoyed = { $gender ->
        [female] מרוגזת
       *[other] מרוגז
    }
tone-angry = { $gender ->
        [female] כועסת
       *[other] כועס
    }
tone-furious = { $gender ->
        [female] זועמת
       *[other] זועם
    }
tone-relieved = { $gender ->
        [female] רגועה יותר
       *[other] רגוע יותר
    }
tone-pleased = { $gender ->
       *[other] מרוצה
    }

outcome-resolved = נפתר
outcome-escalated = הועבר לדרג גבוה יותר
outcome-customer-left = הלקוח עזב

language-name = עברית
answer-other-language = המילים שלך כתובות ב{ $found ->
        [en] אנגלית
        [hu] הונגרית
        [pl] פולנית
       *[he] עברית
    }, והשיחה הזאת מתנהלת בעברית. כדאי לענות בעברית: התשובה הזאת לא קיבלה ציון.

## ספירה

count-decisions = { $count ->
    [one] החלטה אחת
    [two] שתי החלטות
   *[other] { $count } החלטות
}
count-scenarios = { $count ->
    [one] תרחיש אחד
    [two] שני תרחישים
   *[other] { $count } תרחישים
}
count-errors = { $count ->
    [one] שגיאה אחת
    [two] שתי שגיאות
   *[other] { $count } שגיאות
}
count-warnings = { $count ->
    [one] אזהרה אחת
    [two] שתי אזהרות
   *[other] { $count } אזהרות
}

## defuse play

quoted = "{ $text }"

## כרטיס הציונים

verdict-unfinished = לא הושלם

## בעיות בקובצי תרחישים (defuse validate)

what-scenario-id = מזהה התרחיש
what-title = הכותרת
what-brief = תיאור המצב
what-customer-name = שם הלקוח
what-starting-mood = מצב הרוח ההתחלתי
what-pass-mark = ציון המעבר
what-trait = תכונה של הלקוח
what-node-id = מזהה הצומת
what-hint = הרמז
what-reply-text = נוסח התשובה
what-wording = ניסוח אחר של התשובה
what-feedback = המשוב
what-score = הציון ב{ $criterion }
what-mood-change = השינוי במצב הרוח
what-mood-limit = סף מצב הרוח שהמסלול בודק
what-line = דברי הלקוח
what-summary = סיכום הסיום
what-principle-id = מזהה העיקרון
what-principle-title = כותרת העיקרון
what-principle-text = נוסח העיקרון

problem-empty = שדה ריק: { $what }
label-empty = ריק
help-empty = כתבו את הטקסט או מחקו את הרשומה
problem-id-start = { $what } (`{ $id }`) אינו מתחיל באות
problem-id-chars = { $what } (`{ $id }`) מכיל תווים שאינם אותיות, ספרות, - או _
label-plain-id = מזהה לא תקין
help-id = המזהים הופכים לשמות בקובצי התרגום: התחילו באות, ואחר כך השתמשו רק באותיות a–z, בספרות, ב־- וב־_
problem-range = { $what }: { $value } מחוץ לטווח המותר, { $min } עד { $max }
label-range = מחוץ לטווח
problem-duplicate-node = מזהה הצומת `{ $id }` מופיע פעמיים
label-used-again = שוב כאן
label-first-used = לראשונה כאן
help-duplicate-node = לכל צומת צריך מזהה משלו
problem-no-nodes = אין בתרחיש צמתים
problem-no-start = צומת ההתחלה `{ $id }` אינו קיים
label-no-such-node = אין צומת עם המזהה הזה
problem-few-replies = בהחלטה `{ $id }` יש { $count ->
        [one] תשובה אחת
       *[other] { $count } תשובות
    }; בהחלטה צריכות להיות לפחות שתיים
label-few-replies = מעט מדי תשובות
help-few-replies = הוסיפו לצד התשובה הטובה ביותר טעות סבירה, או הפכו את הצומת לסיום (Ending)
problem-wording-reads-as-another = ניסוח { $wording } של תשובה { $reply } בהחלטה `{ $id }` נקרא כמו תשובה { $other } (דמיון של { $closeness }%): מי שיקליד אותו יגיע למסלול של תשובה { $other }
label-wording-reads-as-another = נקרא כמו תשובה { $other }
help-wording-reads-as-another = נסחו בו את המהלך של התשובה הזאת עצמה, עם הפרט שמבדיל אותה מתשובה { $other }
problem-no-translation = ל־`{ $name }` אין עדיין תרגום ל־{ $lang }; הוא מוצג ב־{ $source }
help-no-translation = הריצו `{ $fix }` כדי להתחיל תרגום
problem-unknown-principle = עקרון האימון `{ $id }` אינו קיים
label-unknown-principle = עיקרון לא מוכר
help-unknown-principle = הגדירו אותו ב־`principles` של התרחיש או בקובץ { $file }
problem-same-scores = בהחלטה `{ $id }` כל התשובות מקבלות אותו ציון
label-same-scores = אף תשובה אינה טובה מהאחרות
help-same-scores = מבחירה כזאת המתאמן לא לומד דבר: תנו לתשובות ציונים שונים
problem-utf16 = הקובץ שמור בקידוד UTF-16, ואילו Defuse קורא UTF-8
note-long-line = אורכה של שורה { $line } הוא { $length ->
        [one] תו אחד
        [two] שני תווים
       *[other] { $length } תווים
    }: מוצג הקטע שסביב עמודה { $column }
problem-curly-quote = סימן מירכאות מסולסל { $quote } במקום שבו RON דורש מירכאות ישרות "
help-curly-quote = מעבד תמלילים החליף את המירכאות: כתבו את הטקסטים בין מירכאות ישרות "…" (מירכאות מסולסלות בתוך טקסט אינן בעיה), או כבו את "מירכאות חכמות" (smart quotes)
problem-comma-at-end = פסיק אחרי סוף התרחיש
problem-stray-comma = פסיק שאין לפניו דבר
help-stray-comma = מחקו את הפסיק הזה: פסיקים באים בין שדות ובין פריטים ברשימה, פסיק אחד בכל מקום
problem-unknown-kind = סוג התשובה `{ $id }` אינו קיים
label-unknown-kind = סוג לא מוכר
help-kinds-are = הסוגים הם: { $ids }
problem-best-longest = התשובה הטובה ביותר ב־`{ $id }` ארוכה פי { $ratio } משאר התשובות: האורך שלה מסגיר אותה
label-best-longest = ארוכה בהרבה מהשאר
help-best-longest = השאירו את התשובה הטובה ביותר במה שאדם באמת היה אומר, ותנו לטעויות להיות מלאות כמו טעויות אמיתיות (לכל היותר פי 1.5 מהאורך החציוני של שאר התשובות)
problem-principle-shadows = לעיקרון `{ $id }` של התרחיש הזה יש מזהה של עיקרון משותף, והוא מחליף אותו כאן
label-principle-shadows = גם עיקרון משותף
help-principle-shadows = תנו לו מזהה אחר, או השתמשו בעיקרון שב־{ $file } כמו שהוא
problem-best-longest-often = התשובה הטובה ביותר היא הארוכה ביותר ב־{ $count } מתוך { $decisions } החלטות: מי שבוחר תמיד את הארוכה מצליח
label-best-longest-often = התשובה הארוכה היא בדרך כלל הטובה ביותר
help-best-longest-often = התשובה הטובה ביותר צריכה להיות הארוכה ביותר לכל היותר בשליש מההחלטות: הוסיפו מילים לטעות או קצרו את התשובה הטובה
problem-few-defensible = רק ב־{ $count } מתוך { $decisions } החלטות יש תשובה שנייה שכמעט טובה כמו הטובה ביותר
label-few-defensible = מעט תשובות שניות שאפשר להגן עליהן
help-few-defensible = לפחות בשליש מההחלטות, תנו תשובה שנייה ששווה לפחות 70% מהטובה ביותר, עם משוב שאומר מה הטובה ביותר עשתה טוב יותר
problem-best-first = התשובה הטובה ביותר היא הראשונה בקובץ ב־{ $count } מתוך { $decisions } החלטות
label-best-first = התשובה הטובה ביותר היא בדרך כלל הראשונה
help-best-first = באימונים סדר התשובות מעורבב, אבל הרצות הבדיקה ו־`--in-file-order` מציגים אותן כפי שנכתבו: שנו את המקום של התשובה הטובה ביותר
problem-telltale-opening = { $count ->
        [one] תשובה טובה ביותר אחת נפתחת
        [two] שתי תשובות טובות ביותר נפתחות
       *[other] { $count } תשובות טובות ביותר נפתחות
    } ב־{ $phrase }, ואף תשובה אחרת לא נפתחת כך
label-telltale-opening = פתיחה שמסגירה את התשובה
help-telltale-opening = תנו גם לטעויות להיפתח באותה דרך ("זה נכון, אבל…"), או גוונו את הפתיחות של התשובות הטובות ביותר
problem-kind-scores = תשובה מסוג `{ $kind }` צריכה לקבל ציונים בטווחים האלה: { $ranges }
label-kind-scores = ציונים שאינם תואמים את הסוג
help-kind-scores = תשובות מאותו סוג מקבלות ציונים דומים בכל התרחישים: ראו את טבלת סוגי התשובות בקובץ docs/authoring.md (או ציינו סוג אחר)
problem-lost-passes = בסיום `{ $id }` הלקוח עוזב, אבל האימון לא נחשב כישלון
label-lost-passes = לקוח שעזב עלול להופיע לצד "עבר"
help-lost-passes = הוסיפו לסיום `fails: true`
what-playtest-name = שם הרצת הבדיקה
problem-playtest-unknown-ending = הרצת הבדיקה "{ $name }" מצפה לסיום `{ $id }`, שאינו קיים
problem-playtest-no-reply = הרצת הבדיקה "{ $name }": בהחלטה `{ $decision }` אין תשובה { $number } (יש בה תשובות 1 עד { $available })
problem-playtest-ran-out = להרצת הבדיקה "{ $name }" נגמרו התשובות בהחלטה `{ $at }`
problem-playtest-left-over = הרצת הבדיקה "{ $name }" הגיעה לסיום `{ $ending }`, { $count ->
        [one] ונותרה בה תשובה אחת שלא נוצלה
        [two] ונותרו בה שתי תשובות שלא נוצלו
       *[other] ונותרו בה { $count } תשובות שלא נוצלו
    }
problem-playtest-ending = הרצת הבדיקה "{ $name }" הגיעה לסיום `{ $ending }`, ולא ל־`{ $expected }`
problem-playtest-verdict = הרצת הבדיקה "{ $name }" { $passed ->
        [true] עוברת
       *[false] נכשלת
    } (סה"כ { $overall }), אבל היא אמורה { $expected ->
        [true] לעבור
       *[false] להיכשל
    }
label-playtest = הרצת הבדיקה הזאת
help-playtest-path = מהלך ההרצה: { $path }
problem-typed-no-neutral = בהחלטה `{ $id }` המתאמן צריך לענות במילים שלו, אבל לא מוגדר איך הלקוח מגיב למילים שאינן מתאימות לאף אחת מהתשובות
label-typed-no-neutral = מילים של המתאמן בלבד
problem-no-neutral = לתרחיש `{ $id }` אין תגובה ניטרלית
label-no-neutral = אין תגובה ניטרלית
help-no-neutral = הוסיפו לתרחיש `neutral: (says: ["…"], mood: -5)`: מה שהלקוח אומר כשהמילים שהוקלדו אינן מתאימות לאף תשובה בהחלטה (ואז אותה החלטה נשאלת שוב)
problem-no-patience = לקוח בלי סבלנות עוזב כבר בתשובה הראשונה שלא תואמת
label-no-patience = סבלנות 0
help-patience = יש לקבוע `patience` ל-1 או יותר (ברירת המחדל: 3): כמה תשובות במילים שלך ברצף, שאינן תואמות אף תשובה בהחלטה, הלקוח מוכן לשמוע
problem-walk-out-not-failing = ‏`walk_out` חייב לציין סיום שמכשיל את הריצה, ו-`{ $id }` אינו כזה
label-walk-out = לאן הלקוח עוזב
help-walk-out = יש להוסיף סיום כמו `Ending(id: "walkout", outcome: CustomerLeft, says: ["…"], summary: "…", fails: true)`, או לציין אחד ב-`walk_out`: הלקוח מגיע לשם כשנגמרת לו הסבלנות או כשמצב הרוח שלו יורד ל-‎-100
problem-no-walk-out = לתרחיש `{ $id }` אין סיום ללקוח שעוזב: תשובות במילים שלך שאינן תואמות דבר יכולות להימשך לנצח
problem-no-routes = לפיצול `{ $id }` אין מסלולים
label-no-routes = תמיד מוביל ל־`otherwise`
help-no-routes = הפנו את התשובות ישירות לצומת של `otherwise`
problem-says-nothing = הלקוח לא אומר כאן דבר
label-no-words = אין טקסט
help-says-nothing = כתבו לפחות משפט אחד, למשל says: ["..."]
problem-unknown-target = `{ $id }` אינו צומת בתרחיש הזה
label-leads-nowhere = לא מוביל לשום מקום
help-did-you-mean = האם התכוונתם ל־`{ $id }`?
help-nodes-are = הצמתים הם: { $ids }
problem-unreachable = אי אפשר להגיע אל `{ $id }` מנקודת ההתחלה
label-unreachable = לא ניתן להגעה
help-unreachable = אף תשובה או פיצול לא מובילים לכאן: חברו את הצומת או מחקו אותו
problem-dead-end = מ־`{ $id }` אי אפשר להגיע לאף סיום
label-dead-end = מבוי סתום
help-dead-end = כל דרך מכאן נעצרת או חוזרת במעגל בלי יציאה: הובילו לפחות תשובה אחת לסיום
problem-loop = השיחה יכולה לחזור במעגל: `{ $from }` מוביל בחזרה אל `{ $to }`
label-loop = חוזר לאחור
help-loop = לולאות מותרות, אבל אז `defuse stats` סופר כל לולאה פעם אחת ומספר המסלולים אינו מוגבל
problem-branch-loop = הפיצולים `{ $from }` ו־`{ $to }` יכולים להפנות זה לזה בלי סוף
label-branch-loop = לולאה של פיצולים
help-branch-loop = מצב הרוח לא משתנה בין פיצולים: הכניסו ללולאה דברי לקוח
problem-duplicate-principle = מזהה העיקרון `{ $id }` מופיע פעמיים
problem-duplicate-scenario = מזהה התרחיש `{ $id }` מופיע פעמיים
help-duplicate-scenario = הקובץ { $file } כבר משתמש במזהה הזה
problem-unknown-field = שדה לא מוכר `{ $field }` ב־{ $where }
help-fields = השדות המותרים כאן: { $list }
problem-missing-field = חסר השדה `{ $field }` ב־{ $where }
help-missing-field = הוסיפו `{ $field }: ...` לפני הסוגר הסוגר
problem-unknown-value = ערך לא מוכר `{ $value }` עבור { $where }
help-values = השתמשו באחד מאלה: { $list }
problem-field-twice = השדה `{ $field }` מופיע פעמיים
help-field-twice = השאירו רק אחד מהם
problem-expected-comma = כאן צריך לבוא פסיק
help-expected-comma = האם חסר פסיק בסוף השורה הקודמת, או שנשארו מירכאות פתוחות?
problem-eof = הקובץ נגמר מוקדם מדי
help-eof = כנראה נשאר סוגר או מירכאות פתוחים
problem-ron = לא ניתן לקרוא את הקובץ כ־RON: { $reason }
label-here = כאן
problem-not-utf8 = הקובץ אינו טקסט UTF-8 תקין
label-not-utf8 = לא ניתן לקרוא את הבית הזה
help-not-utf8 = שמרו את הקובץ בקידוד UTF-8
problem-read-folder = לא ניתן לקרוא את תיקיית התרחישים: { $reason }
problem-no-scenario = אין תרחיש `{ $id }`: זה אינו קובץ ואינו מזהה ב־{ $folder }
help-no-scenarios = בתיקיית התרחישים אין תרחישים
help-scenarios-found = נמצאו התרחישים: { $list }

## בעיות בקובצי תרגום

problem-fluent-syntax = שגיאת תחביר של Fluent: { $reason }
help-fluent-syntax = התחביר מתואר בכתובת https://projectfluent.org/fluent/guide/
problem-extra-variable = `{ $id }` משתמש ב־{ $names }, שאינם קיימים בטקסט המקור
label-extra-variable = משתנה לא מוכר
help-extra-variable = בטקסטים של תרחישים אין משתנים: כתבו את המילים במפורש
problem-source-changed = טקסט המקור של `{ $id }` השתנה מאז שתורגם
label-source-changed = ייתכן שהתרגום אינו מעודכן
help-source-changed = המקור כעת: { $source }
    בדקו את התרגום ואז מחקו את השורה `# changed` (אם אין כזאת, הריצו קודם `{ $fix }`)
problem-missing-messages = חסרות { $count } מתוך { $total } הודעות; במקומן מוצג טקסט בשפת המקור: { $ids }
help-missing-messages = הריצו `{ $fix }` כדי להוסיף אותן
problem-untranslated = { $count } מתוך { $total } הודעות מסומנות כלא מתורגמות: { $ids }
help-untranslated = תרגמו אותן ומחקו את השורות `# untranslated`
problem-obsolete = `{ $id }` כבר אינו במקור
label-obsolete = מיושן
help-obsolete = מחקו אותו, או הריצו `{ $fix }` כדי להעביר אותו לכותרת המיושנים
variables-none = אין
problem-variables-differ = `{ $id }` משתמש במשתנים { $found }, אבל המקור האנגלי משתמש ב־{ $wanted }
label-variables-differ = המשתנים שונים
problem-missing-interface = חסרות { $count } מתוך { $total } הודעות ממשק; במקומן מוצג טקסט באנגלית: { $ids }
problem-not-in-english = `{ $id }` אינו קיים בממשק האנגלי
label-in-this-file = בקובץ הזה
list-and-more = {" "}ועוד { $count }

## defuse graph

graph-fails = נחשב כישלון
graph-mood = מצב רוח { $change }
graph-page-title = { $title }: מהלך השיחה
graph-page-help = לחצו על צומת כדי לראות את הדברים שנאמרים בו ואת התשובות; גררו כדי להזיז, השתמשו בגלגלת כדי להגדיל או להקטין, או חפשו צומת לפי המזהה שלו.
graph-page-search = חיפוש צומת לפי מזהה
graph-page-fit = הצגת הכול
graph-page-says = דברי הלקוח
graph-page-replies = תשובות
graph-page-hint = רמז
graph-page-routes = מסלולים, נבדקים לפי הסדר
graph-page-summary = מה קורה אחר כך
graph-page-chosen = בחירות המתאמנים
graph-page-ended = אימונים שהסתיימו כאן
graph-page-no-match = מילים שהוקלדו ולא התאימו לאף תשובה
graph-page-chosen-count = { $count ->
        [one] נבחרה פעם אחת
        [two] נבחרה פעמיים
       *[other] נבחרה { $count } פעמים
    }
graph-page-ended-count = { $count ->
        [one] אימון אחד הסתיים כאן
        [two] שני אימונים הסתיימו כאן
       *[other] { $count } אימונים הסתיימו כאן
    }
graph-page-sessions = מוצג על גבי התרשים: מה עשו המתאמנים { $count ->
        [one] באימון אחד
        [two] בשני אימונים
       *[other] ב־{ $count } אימונים
    }
graph-otherwise = אחרת
graph-no-match = מילים שאינן מתאימות לאף תשובה
graph-mood-below = מצב רוח < { $limit }
graph-mood-at-least = מצב רוח ≥ { $limit }

## השיחה והתחקיר

debrief-next-time = בפעם הבאה
debrief-lesson = { $n }. { $principle } – בהחלטה { $number } התשובה הטובה ביותר הייתה: "{ $text }"
debrief-no-lessons = בחרתם את התשובה הטובה ביותר בכל החלטה.

## תאריכים

date = { $day } ב{ $month } { $year }
month-1 = ינואר
month-2 = פברואר
month-3 = מרץ
month-4 = אפריל
month-5 = מאי
month-6 = יוני
month-7 = יולי
month-8 = אוגוסט
month-9 = ספטמבר
month-10 = אוקטובר
month-11 = נובמבר
month-12 = דצמבר
date-short = { $day } ב{ $month }
month-short-1 = ינו׳
month-short-2 = פבר׳
month-short-3 = מרץ
month-short-4 = אפר׳
month-short-5 = מאי
month-short-6 = יוני
month-short-7 = יולי
month-short-8 = אוג׳
month-short-9 = ספט׳
month-short-10 = אוק׳
month-short-11 = נוב׳
month-short-12 = דצמ׳

## כרטיסי ציונים (defuse play --trainee) ו־defuse report

report-title = תוצאות האימונים
report-empty = אין כרטיסי ציונים מתאימים. אימונים שבהם הוזן שם המתאמן נשמרים ומופיעים כאן.
report-heading = { $sessions ->
    [one] אימון אחד
    [two] שני אימונים
   *[other] { $sessions } אימונים
} של { $trainees ->
    [one] מתאמן אחד
    [two] שני מתאמנים
   *[other] { $trainees } מתאמנים
}
report-trainee = מתאמן
report-sessions = אימונים
report-pass-rate = שיעור מעבר
report-overall = סה"כ
report-trend = מגמה
report-last = אימון אחרון
report-focus = { $trainee }: טעון שיפור: { $criteria }; התשובה הטובה ביותר שהוחמצה הכי הרבה: "{ $title }" ({ $count } פעמים)
report-when = מועד
report-scenario = תרחיש
report-scenario-id = מזהה תרחיש
report-scenario-hash = קובץ התרחיש (SHA-256)
report-language = שפה
report-outcome = תוצאה
report-result = הערכה
report-abandoned = הופסק
report-passed = עבר
report-failed = נכשל
report-started = שעת התחלה
report-ended = שעת סיום
report-pass-mark = ציון מעבר
report-decisions = החלטות
report-interruptions = קטיעות
report-hints = רמזים
report-session-id = מזהה אימון
report-version = גרסת Defuse
report-trainee-line = { $sessions ->
    [one] אימון אחד
    [two] שני אימונים
   *[other] { $sessions } אימונים
}, עברו: { $passed }, הופסקו: { $abandoned }, הרצות ניסיון: { $practice } · { $first } – { $last }
report-radar = ממוצע בכל קריטריון
report-trend-chart = הציון הכולל לאורך זמן, מול ציון המעבר
report-work-on = לשיפור: { $criterion }
report-latest-of = מוצגים { $shown } האימונים האחרונים מתוך { $count }; התרשימים והממוצעים כוללים את כולם.
report-skipped = קבצים שדולגו
report-count-abandoned = הופסקו: { $count }
report-count-practice = הרצות ניסיון: { $count }
report-not-counted = אימונים שהופסקו ({ $abandoned }) והרצות ניסיון ({ $practice }) מופיעים ברשימה, אך אינם נכללים בציונים ובשיעור המעבר.
report-focus-criteria = { $trainee }: טעון שיפור: { $criteria }
report-flag-note = ! טעון שיפור: מתחת לציון המעבר, או { $gap } נקודות ויותר מתחת לממוצע הצוות
report-team = הצוות
report-notes = הערות
report-failed-because = נכשל: { $reason }
report-reason-ending = הסיום "{ $outcome }" ({ $node }) נחשב כישלון
report-reason-pass-mark = { $overall } נמוך מציון המעבר { $pass_mark }
report-practice-run = הרצת ניסיון ({ $why })
report-practice-from = החל מ־{ $node }
report-practice-mood = מצב רוח שנקבע: { $mood }
report-practice-in-file-order = תשובות בסדר הקובץ
report-practice-edited = התרחיש נערך במהלך המשחק
report-expert = מצב מומחה
report-own-words = במילים שלו { $count } מתוך { $total }
report-time-zone = אזור זמן
report-ending = סיום
report-reason = סיבת הכישלון
report-own-words-share = במילים שלו (% מההחלטות)
report-expert-column = מצב מומחה
report-practice-column = הרצת ניסיון
report-yes = כן
report-no = לא
report-decision-number = החלטה
report-decision-node = מזהה ההחלטה
report-customer-line = הלקוח אמר
report-reply-number = מספר תשובה
report-reply-text = תשובה
report-own-words-column = במילים שלו
report-taken-as = נחשבה כ־
report-closeness = דמיון
report-best-of = המיטב האפשרי: { $criterion }
report-best-missed = התשובה הטובה ביותר שהוחמצה
report-principle = עיקרון
report-mood-before = מצב רוח לפני
report-mood-after = מצב רוח אחרי
report-interrupted = קטע
report-hint = לקח רמז
report-missed-who = מתאמנים: { $trainees } · { $scenarios }
report-first-attempt = ראשון
report-latest-attempt = אחרון
report-attempts = ניסיונות
report-chart-pass-mark = ציון מעבר { $mark }
report-pass-explained = אימון עובר כשהציון הכולל מגיע לציון המעבר של התרחיש והסיום אינו נחשב כישלון. מגמה: השליש האחרון של אימוני המתאמן מול השליש הראשון.
report-team-title = הצוות
report-missed-title = העקרונות שהצוות החמיץ הכי הרבה (לא נבחרה התשובה הטובה ביותר)
report-missed-line = { $count } × "{ $title }" ({ $criterion }) — מתאמנים: { $trainees }; { $scenarios }
report-hardest-title = ההחלטות הקשות ביותר
report-hardest-scenario = { $title } (אימונים: { $sessions })
report-hardest-line = "{ $line }" — התשובה הטובה ביותר הוחמצה { $missed } מתוך { $met } פעמים ({ $node })
report-hardest-best = הטובה ביותר: "{ $text }"
report-hardest-wrong = נבחרה הכי הרבה במקומה: "{ $text }" ({ $times } ×)
report-hardest-wrong-none = הכי הרבה במקומה: מילים שלא התאימו לאף תשובה ({ $times } ×)
report-endings = סיומים: { $list }
report-ending-fails = { $ending } (כישלון)
report-ending-named = { $outcome } ({ $node })
report-weeks-title = הצוות שבוע אחר שבוע (אימונים שהסתיימו)
report-week-line = השבוע של { $date }: אימונים: { $sessions }, ציון כולל { $overall } ({ $margin } ביחס לציון המעבר), עברו: { $rate }
report-progress-title = ניסיון ראשון ואחרון, לפי מתאמן ותרחיש
report-progress-line = { $trainee } · { $scenario }: { $first } ← { $latest } ({ $change }, ניסיונות: { $attempts })

## שליחת תוצאות למאגר רשומות הלמידה (defuse sync)

lrs-error-unreachable = לא ניתן להתחבר ל־LRS בכתובת { $endpoint }: { $reason }
lrs-error-credentials = ה־LRS בכתובת { $endpoint } דחה את שם המשתמש או הסיסמה (HTTP { $status })
lrs-error-rejected = ה־LRS בכתובת { $endpoint } דחה את רשומות ה־xAPI (HTTP { $status }): { $message }
lrs-error-server = אירעה שגיאה ב־LRS בכתובת { $endpoint } (HTTP { $status }): { $message }


# Typed words taken as an authored reply start from its scores; said under the turn's scores.
typed-scored-as-reply = קיבלת את הניקוד של התשובה הזו: המילים שלך עושות את אותו הצעד.
# $moved: the criteria moved and by how many points, e.g. "calm tone -1, empathy +1".
typed-scored-as-reply-moved = קיבלת את הניקוד של התשובה הזו, עם שינויים לפי מה שהמילים שלך עושות אחרת: { $moved }.
