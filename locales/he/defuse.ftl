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
play-no-match = אף אחת מהתשובות אינה קרובה מספיק (דמיון של { $closeness }% לכל היותר): { $name } { $gender ->
        [female] מקבלת
        [male] מקבל
       *[other] מקבל/ת
    } את הדברים באופן ניטרלי.
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
verdict-unfinished = לא הושלם

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
watch-reloaded = התרחיש נטען מחדש.
watch-went-on = התרחיש נטען מחדש: ממשיכים מ־`{ $node }`, מצב רוח { $mood }.
watch-broken = התרחיש כבר אינו עובר את הבדיקה ({ $count ->
        [one] בעיה אחת
        [two] שתי בעיות
       *[other] { $count } בעיות
    }); עד שיתוקן, החלון שומר את הגרסה התקינה האחרונה:
watch-banner = התרחיש הזה כבר אינו עובר את הבדיקה; עד שיתוקן, החלון מריץ את הגרסה התקינה האחרונה:
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
problem-no-such-path = אין קובץ או תיקייה כאלה

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
problem-no-translation = ל־`{ $name }` אין עדיין תרגום ל־{ $lang }; הוא מוצג ב־{ $source }
help-no-translation = הריצו `{ $fix }` כדי להתחיל תרגום
problem-no-interface = לממשק אין תרגום ל־{ $lang }; הוא מוצג באנגלית
help-no-interface = העתיקו את { $file } ותרגמו אותו

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

conversation-mood = מצב רוח { $mood }
conversation-keys = בשדה: Enter שולח, Shift+Enter שורה חדשה, Esc יציאה מהשדה · מחוץ לשדה: 1–{ $count } או העכבר לבחירה, H: רמז, Esc: חזרה
conversation-keys-words = Enter שולח, Shift+Enter שורה חדשה · Esc יציאה מהשדה, Esc נוסף: חזרה
conversation-show-brief = תיאור המצב
conversation-hide-brief = הסתרת התיאור
conversation-own-words = נא לענות במילים שלך: התשובות אינן מוצגות כאן.
conversation-or-own-words = אפשר גם לענות במילים שלך:
conversation-say = לומר
conversation-taken-as = הובן כך: "{ $text }" (דמיון של { $closeness }%)
conversation-no-match = אף אחת מהתשובות כאן אינה קרובה מספיק (דמיון של { $closeness }% לכל היותר), ולכן { $name } { $gender ->
        [female] מקבלת
        [male] מקבל
       *[other] מקבל/ת
    } את הדברים באופן ניטרלי.
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
debrief-no-match = במילים שלך; הן לא התאימו לאף אחת מהתשובות (דמיון של { $closeness }% לכל היותר), ולכן { $name } הגיב/ה באופן ניטרלי.
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
debrief-next-time = בפעם הבאה
debrief-lesson = { $n }. { $principle } – בהחלטה { $number } התשובה הטובה ביותר הייתה: "{ $text }"
debrief-no-lessons = בחרתם את התשובה הטובה ביותר בכל החלטה.
debrief-decision-closed = ◂ החלטה { $number } { $mark } "{ $reply }" · { $points }/{ $best }
debrief-decision-open = ▾ החלטה { $number } { $mark } · { $points }/{ $best }

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
start-continue = המשך

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

## כרטיסי ציונים (defuse play --trainee) ו־defuse report

scorecard-saved = כרטיס הציונים נשמר: { $path }
scorecard-saved-abandoned = כרטיס הציונים נשמר, והאימון סומן כאימון שהופסק: { $path }
error-scorecard-not-saved = שגיאה: לא ניתן היה לשמור את כרטיס הציונים: { $reason }
error-trainee-empty = שגיאה: --trainee: שם המתאמן ריק
error-data-dir = שגיאה: לא ניתן להשתמש בתיקיית הנתונים { $dir }: { $reason }
report-skipped-file = אזהרה: הקובץ { $file } דולג: { $reason }
report-skipped-count = { $count ->
    [one] אזהרה: לא ניתן היה לקרוא קובץ אחד בתיקיית כרטיסי הציונים, והוא דולג
    [two] אזהרה: לא ניתן היה לקרוא שני קבצים בתיקיית כרטיסי הציונים, והם דולגו
   *[other] אזהרה: לא ניתן היה לקרוא { $count } קבצים בתיקיית כרטיסי הציונים, והם דולגו
}
report-reading = קריאת כרטיסי הציונים
error-report-date = שגיאה: { $option }: { $reason }
error-report-write = שגיאה: לא ניתן לכתוב לקובץ { $file }: { $reason }
report-written = הדוח נשמר: { $file }

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
report-sessions-abandoned = { $count } (הופסקו: { $abandoned })
report-pass-rate = שיעור מעבר
report-overall = סה"כ
report-trend = מגמה
report-last = אימון אחרון
report-focus = { $trainee }: הנקודה החלשה ביותר היא { $criterion }; כדאי לעבוד על "{ $title }"
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
}, עברו: { $passed }, הופסקו: { $abandoned } · { $first } – { $last }
report-radar = ממוצע בכל קריטריון
report-trend-chart = כל קריטריון לאורך זמן
report-work-on = לשיפור: { $criterion }
report-latest-of = מוצגים { $shown } האימונים האחרונים מתוך { $count }; התרשימים והממוצעים כוללים את כולם.
report-skipped = קבצים שדולגו

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

lrs-error-unreachable = לא ניתן להתחבר ל־LRS בכתובת { $endpoint }: { $reason }
lrs-error-credentials = ה־LRS בכתובת { $endpoint } דחה את שם המשתמש או הסיסמה (HTTP { $status })
lrs-error-rejected = ה־LRS בכתובת { $endpoint } דחה את רשומות ה־xAPI (HTTP { $status }): { $message }
lrs-error-server = אירעה שגיאה ב־LRS בכתובת { $endpoint } (HTTP { $status }): { $message }
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
voice-say-it = עכשיו אמרו זאת בקול:
voice-talk = החזיקו ודברו
voice-talk-keys = החזיקו את מקש הרווח (או את הכפתור) בזמן הדיבור · Esc: בחירת תשובה אחרת
voice-take-problem = אי אפשר להשתמש בהקלטה הזו: { $why }. אמרו זאת שוב.
voice-customer-text-only = הלקוח מדבר בטקסט בלבד: { $why }.
voice-takes-no-baseline = שגיאה: הקלטות התרגול דורשות הקלטת בסיס רגועה: { $why }
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
