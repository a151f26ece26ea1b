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

tone-calm = רגוע
tone-tense = מתוח
tone-annoyed = מרוגז
tone-angry = כועס
tone-furious = זועם
tone-relieved = רגוע יותר
tone-pleased = מרוצה

outcome-resolved = נפתר
outcome-escalated = הועבר למנהל
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

play-customer = לקוח: { $name } · מצב רוח { $mood } · זרע { $seed }
play-customer-says = { $name } ({ $tone }):
play-you = את/ה ({ $number }):
play-mood = מצב רוח { $before } ← { $after }
play-feedback = משוב: { $text }
play-principle = עיקרון ({ $criterion }): { $title }. { $text }
play-ending = ── סיום: { $outcome } ({ $id }) ──
play-stopped = השיחה נעצרת כאן ולא הושלמה: לא ניתנה תשובה בהחלטה { $number } (`{ $node }`).
play-prompt = התשובה שלך (1–{ $count }, q ליציאה):
play-type-a-number = נא להקליד מספר בין 1 ל־{ $count }.
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
error-not-a-number = שגיאה: `{ $answer }` אינו מספר תשובה בין 1 ל־{ $count }
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

## defuse validate ו־extract

validate-summary = נבדקו { $scenarios }: { $errors }, { $warnings }
validate-no-files = אזהרה: לא נמצאו קובצי תרחישים (*.ron) ב־{ $folders }
validate-cannot-play = שגיאה: אי אפשר לשחק את { $file } עד שהבעיות האלה יתוקנו (הריצו `defuse validate { $file }`)
coverage-heading = מצב התרגומים (מתורגם ומעודכן)
coverage-interface = ממשק
coverage-principles = עקרונות
coverage-source = מקור
extract-wrote = { $file }: { $added } חדשות, { $kept } נשמרו, { $changed } השתנו, { $obsolete } מיושנות

## חלון האימון

picker-title = Defuse
picker-count = { $count ->
    [one] תרחיש אחד ב־{ $folder }
    [two] שני תרחישים ב־{ $folder }
   *[other] { $count } תרחישים ב־{ $folder }
}
picker-customer = לקוח: { $name }
picker-broken = תרחישים שלא נטענו (הריצו `defuse validate`)
picker-language = שפה
