### Defuse: a kezelőfelület magyarul.

## Szempontok, helyszínek, nehézség, hangnem és kimenetel

criterion-listening = odafigyelés
criterion-empathy = empátia
criterion-ownership = felelősségvállalás
criterion-calm-tone = nyugodt hangnem

setting-phone = telefonos ügyfélszolgálat
setting-shop-counter = bolti pult
setting-salon = szalon
setting-cafe = kávézó
setting-chat = chat
setting-email = e-mail
setting-office = iroda

difficulty-easy = könnyű
difficulty-medium = közepes
difficulty-hard = nehéz

tone-calm = nyugodt
tone-tense = feszült
tone-annoyed = bosszús
tone-angry = dühös
tone-furious = magából kikelt
tone-relieved = megkönnyebbült
tone-pleased = elégedett

outcome-resolved = megoldva
outcome-escalated = magasabb szintre került
outcome-customer-left = az ügyfél elment

language-name = Magyar
answer-other-language = Szavai { $found ->
        [en] angolul
        [hu] magyarul
        [pl] lengyelül
       *[he] héberül
    } vannak, ez a beszélgetés pedig magyar nyelvű. Válaszoljon magyarul: ezt a választ nem pontoztuk.

## Számlálás

count-decisions = { $count } döntés
count-scenarios = { $count } forgatókönyv
count-errors = { $count } hiba
count-warnings = { $count } figyelmeztetés

## defuse play

quoted = „{ $text }”

## Értékelőlap

verdict-unfinished = befejezetlen

## Hibák a forgatókönyv-fájlokban (defuse validate)

what-scenario-id = a forgatókönyv azonosítója
what-title = a cím
what-brief = a helyzetleírás
what-customer-name = az ügyfél neve
what-starting-mood = a kezdő hangulat
what-pass-mark = a sikerességi küszöb
what-trait = az ügyfél egyik jellemzője
what-node-id = a csomópont azonosítója
what-hint = a tipp
what-reply-text = a válasz szövege
what-wording = a válasz egy másik megfogalmazása
what-feedback = a visszajelzés
what-score = a(z) { $criterion } pontszám
what-mood-change = a hangulatváltozás
what-mood-limit = az útvonal által vizsgált hangulatérték
what-line = az ügyfél mondata
what-summary = a befejezés összefoglalója
what-principle-id = az alapelv azonosítója
what-principle-title = az alapelv címe
what-principle-text = az alapelv szövege

problem-empty = üres: { $what }
label-empty = üres
help-empty = írja be a szöveget, vagy törölje a bejegyzést
problem-id-start = { $what } (`{ $id }`) nem betűvel kezdődik
problem-id-chars = { $what } (`{ $id }`) betűn, számjegyen, - és _ jelen kívül mást is tartalmaz
label-plain-id = nem egyszerű azonosító
help-id = az azonosítókból a fordítási fájlok nevei lesznek: betűvel kezdődjenek, és csak a–z betűket, számjegyeket, - és _ jelet tartalmazzanak
problem-range = { $what }: { $value } kívül esik a megengedett tartományon ({ $min } és { $max } között)
label-range = tartományon kívül
problem-duplicate-node = a(z) `{ $id }` csomópont-azonosító kétszer szerepel
label-used-again = itt ismét
label-first-used = először itt
help-duplicate-node = minden csomópontnak saját azonosító kell
problem-no-nodes = a forgatókönyvnek nincsenek csomópontjai
problem-no-start = a(z) `{ $id }` kezdő csomópont nem létezik
label-no-such-node = nincs ilyen azonosítójú csomópont
problem-few-replies = a(z) `{ $id }` döntésnél { $count } válasz van; egy döntéshez legalább kettő kell
label-few-replies = túl kevés válasz
help-few-replies = adjon a legjobb válasz mellé egy hihető hibás választ, vagy legyen ez befejezés (Ending)
problem-wording-reads-as-another = a(z) `{ $id }` döntés { $reply }. válaszának { $wording }. megfogalmazása a(z) { $other }. válasznak hangzik ({ $closeness } %-ban hasonló): aki ezt gépeli be, a(z) { $other }. válasz ágára kerülne
label-wording-reads-as-another = a(z) { $other }. válasznak hangzik
help-wording-reads-as-another = a válasz saját lépését mondja, azzal a részlettel, amely megkülönbözteti a(z) { $other }. választól
problem-no-translation = `{ $name }` még nincs lefordítva (nyelv: { $lang }); a forrásnyelven ({ $source }) jelenik meg
help-no-translation = a fordítás elkezdéséhez futtassa: `{ $fix }`
problem-unknown-principle = a(z) `{ $id }` coaching-alapelv nem létezik
label-unknown-principle = ismeretlen alapelv
help-unknown-principle = vegye fel a forgatókönyv `principles` listájába vagy a(z) { $file } fájlba
problem-same-scores = a(z) `{ $id }` döntésnél minden válasz ugyanannyi pontot ér
label-same-scores = egyik válasz sem jobb a többinél
help-same-scores = ebből a választásból a résztvevő semmit sem tanul: pontozza eltérően a válaszokat
problem-utf16 = a fájl UTF-16 kódolással van mentve, a Defuse viszont UTF-8 kódolású fájlokat olvas
note-long-line = a(z) { $line }. sor { $length } karakter hosszú: a(z) { $column }. oszlop környéke látható
problem-curly-quote = tipográfiai idézőjel ({ $quote }) áll ott, ahol a RON egyenes idézőjelet (") vár
help-curly-quote = egy szövegszerkesztő kicserélte az idézőjeleket: a szövegeket egyenes idézőjelek ("…") közé írja (a szövegen belül a tipográfiai idézőjel nem gond), vagy kapcsolja ki az idézőjelek automatikus cseréjét („smart quotes”)
problem-comma-at-end = vessző a forgatókönyv vége után
problem-stray-comma = vessző, amely előtt nem áll semmi
help-stray-comma = törölje ezt a vesszőt: vessző a mezők és a listaelemek közé kerül, mindig csak egy
problem-unknown-kind = a(z) `{ $id }` választípus nem létezik
label-unknown-kind = ismeretlen típus
help-kinds-are = a típusok: { $ids }
problem-best-longest = a(z) `{ $id }` döntésnél a legjobb válasz jóval hosszabb a többinél (hosszarány: { $ratio }): a hossza elárulja
label-best-longest = messze a leghosszabb
help-best-longest = a legjobb válasz ne legyen több annál, amit egy ember valóban mondana, a hibás válaszok pedig legyenek olyan teljesek, mint a valóságban (legfeljebb a többi válasz medián hosszának másfélszerese)
problem-principle-shadows = a forgatókönyv saját `{ $id }` alapelvének ugyanaz az azonosítója, mint egy közösnek, és itt felülírja azt
label-principle-shadows = közös alapelv is
help-principle-shadows = adjon neki más azonosítót, vagy használja változatlanul a(z) { $file } fájlban lévőt
problem-best-longest-often = a legjobb válasz { $count } döntésnél is a leghosszabb a(z) { $decisions } közül: aki mindig a leghosszabbat választja, jól jár
label-best-longest-often = rendszerint a leghosszabb válasz a legjobb
help-best-longest-often = a legjobb válasz legfeljebb a döntések harmadánál legyen a leghosszabb: toldjon meg egy hibás választ, vagy mondja a legjobbat kevesebb szóval
problem-few-defensible = csak { $count } döntésnél van a(z) { $decisions } közül olyan második válasz, amely majdnem olyan jó
label-few-defensible = kevés védhető második válasz
help-few-defensible = a döntések legalább harmadánál legyen egy második válasz, amely legalább 70 %-ban olyan jó, mint a legjobb, és a visszajelzése megmondja, mit csinált jobban a legjobb
problem-best-first = { $decisions } döntésből { $count } esetében a legjobb válasz áll elsőként a fájlban
label-best-first = a legjobb válasz többnyire az első
help-best-first = a gyakorlások összekeverik a válaszokat, de a tesztmenetek és az `--in-file-order` a leírt sorrendben sorolják fel őket: váltogassa, hányadik helyen áll a legjobb válasz
problem-telltale-opening = { $count } legjobb válasz kezdődik így: { $phrase }, de egyetlen más válasz sem
label-telltale-opening = a választ eláruló kezdés
help-telltale-opening = a hibás válaszok is kezdődjenek ugyanígy („Igaza van, de…”), vagy kezdje változatosabban a legjobb válaszokat
problem-kind-scores = egy `{ $kind }` típusú válasz pontszámának ezekbe a tartományokba kellene esnie: { $ranges }
label-kind-scores = a típusától eltérő pontszámok
help-kind-scores = ugyanaz a választípus minden forgatókönyvben hasonló pontszámot kap: lásd a választípusok táblázatát a docs/authoring.md fájlban (vagy adjon meg másik típust)
problem-lost-passes = a(z) `{ $id }` befejezésnél elvész az ügyfél, a gyakorlás mégsem lesz sikertelen
label-lost-passes = egy elveszett ügyfél mellett is állhatna, hogy „sikeres”
help-lost-passes = adja a befejezéshez: `fails: true`
what-playtest-name = a tesztmenet neve
problem-playtest-unknown-ending = a(z) „{ $name }” tesztmenet a(z) `{ $id }` befejezést várja, de ilyen nem létezik
problem-playtest-no-reply = a(z) „{ $name }” tesztmenet: a(z) `{ $decision }` döntésnek nincs { $number }. válasza (válaszai: 1–{ $available })
problem-playtest-ran-out = a(z) „{ $name }” tesztmenetből elfogytak a válaszok a(z) `{ $at }` döntésnél
problem-playtest-left-over = a(z) „{ $name }” tesztmenet elérte a(z) `{ $ending }` befejezést, pedig még { $count } válasza hátravolt
problem-playtest-ending = a(z) „{ $name }” tesztmenet a(z) `{ $ending }` befejezéshez jutott, nem a várt `{ $expected }` befejezéshez
problem-playtest-verdict = a(z) „{ $name }” tesztmenet { $passed ->
        [true] sikeres
       *[false] sikertelen
    } (összesen { $overall }), pedig { $expected ->
        [true] sikeresnek
       *[false] sikertelennek
    } kellene lennie
label-playtest = ez a tesztmenet
help-playtest-path = a menet így alakult: { $path }
problem-typed-no-neutral = a(z) `{ $id }` döntésnél a résztvevőnek saját szavaival kell válaszolnia, de semmi sem mondja meg, hogyan reagál az ügyfél, ha a szavai egyik válaszhoz sem illenek
label-typed-no-neutral = csak saját szavakkal
problem-no-neutral = a(z) `{ $id }` forgatókönyvnek nincs semleges reakciója
label-no-neutral = nincs semleges reakció
help-no-neutral = adja a forgatókönyvhöz: `neutral: (says: ["…"], mood: -5)`: ezt mondja az ügyfél, ha a begépelt szavak a döntés egyik válaszához sem illenek (utána újra ugyanaz a döntés jön)
problem-no-patience = a türelem nélküli ügyfél már az első egyezés nélküli válasznál elmegy
label-no-patience = türelem: 0
help-patience = a `patience` legyen legalább 1 (alapértelmezés: 3): ennyi egymás utáni, egyik válasznak sem megfelelő saját szavas választ tűr el az ügyfél
problem-walk-out-not-failing = a `walk_out` csak olyan befejezést nevezhet meg, amely bukást jelent, és a(z) `{ $id }` nem ilyen
label-walk-out = ahová az ügyfél távozik
help-walk-out = adjon hozzá egy befejezést, például `Ending(id: "walkout", outcome: CustomerLeft, says: ["…"], summary: "…", fails: true)`, vagy nevezzen meg egyet a `walk_out` mezőben: az ügyfél ide jut, ha elfogy a türelme, vagy a hangulata -100-ra süllyed
problem-no-walk-out = a(z) `{ $id }` forgatókönyvnek nincs befejezése arra az esetre, ha az ügyfél elmegy: a semmire sem illő saját szavas válaszok a végtelenségig folytatódhatnak
problem-no-routes = a(z) `{ $id }` elágazásnak nincsenek útvonalai
label-no-routes = mindig az `otherwise` felé megy
help-no-routes = irányítsa a válaszokat közvetlenül az `otherwise` csomópontra
problem-says-nothing = az ügyfél itt nem mond semmit
label-no-words = nincs szöveg
help-says-nothing = adjon meg legalább egy mondatot, például: says: ["..."]
problem-unknown-target = `{ $id }` nem csomópont ebben a forgatókönyvben
label-leads-nowhere = sehová sem vezet
help-did-you-mean = erre gondolt: `{ $id }`?
help-nodes-are = a csomópontok: { $ids }
problem-unreachable = `{ $id }` nem érhető el a kezdőpontból
label-unreachable = elérhetetlen
help-unreachable = egyetlen válasz vagy elágazás sem vezet ide: kösse be, vagy törölje
problem-dead-end = `{ $id }` felől egyetlen befejezés sem érhető el
label-dead-end = zsákutca
help-dead-end = innen minden út megakad vagy kijárat nélkül körbefut: vezessen legalább egy választ egy befejezéshez
problem-loop = a beszélgetés körbefuthat: `{ $from }` visszavezet ide: `{ $to }`
label-loop = visszavezet
help-loop = a kör megengedett, de a `defuse stats` így minden kört egyszer számol, az utak száma pedig korlátlan
problem-branch-loop = a(z) `{ $from }` és `{ $to }` elágazás a végtelenségig egymásba irányíthat
label-branch-loop = elágazásokból álló kör
help-branch-loop = az elágazások között nem változik a hangulat: tegyen egy ügyfélmegszólalást a körbe
problem-duplicate-principle = a(z) `{ $id }` alapelv-azonosító kétszer szerepel
problem-duplicate-scenario = a(z) `{ $id }` forgatókönyv-azonosító kétszer szerepel
help-duplicate-scenario = ezt az azonosítót már használja: { $file }
problem-unknown-field = ismeretlen mező: `{ $field }` ({ $where })
help-fields = itt ezek a mezők szerepelhetnek: { $list }
problem-missing-field = hiányzó mező: `{ $field }` ({ $where })
help-missing-field = írja be: `{ $field }: ...` a záró zárójel elé
problem-unknown-value = ismeretlen érték: `{ $value }` ({ $where })
help-values = ezek közül választhat: { $list }
problem-field-twice = a(z) `{ $field }` mező kétszer szerepel
help-field-twice = csak az egyiket hagyja meg
problem-expected-comma = itt vesszőnek kellene állnia
help-expected-comma = hiányzik egy vessző az előző sor végéről, vagy nyitva maradt egy idézőjel?
problem-eof = a fájl túl korán véget ér
help-eof = valószínűleg nyitva maradt egy zárójel vagy idézőjel
problem-ron = a fájl nem olvasható RON-ként: { $reason }
label-here = itt
problem-not-utf8 = a fájl nem érvényes UTF-8 szöveg
label-not-utf8 = ez a bájt nem olvasható
help-not-utf8 = mentse a fájlt UTF-8 kódolással
problem-read-folder = a forgatókönyvek mappája nem olvasható: { $reason }
problem-no-scenario = nincs `{ $id }` nevű forgatókönyv: ez se nem fájl, se nem azonosító itt: { $folder }
help-no-scenarios = a forgatókönyvek mappájában nincs forgatókönyv
help-scenarios-found = talált forgatókönyvek: { $list }

## Hibák a fordítási fájlokban

problem-fluent-syntax = Fluent szintaktikai hiba: { $reason }
help-fluent-syntax = a szintaxist lásd: https://projectfluent.org/fluent/guide/
problem-extra-variable = `{ $id }` ezeket használja: { $names }, de a forrásszövegben ilyenek nincsenek
label-extra-variable = ismeretlen változó
help-extra-variable = a forgatókönyvek szövegei nem használnak változót: írja ki a szavakat
problem-source-changed = a(z) `{ $id }` forrásszövege megváltozott a fordítás óta
label-source-changed = a fordítás elavult lehet
help-source-changed = a forrás most így szól: { $source }
    nézze át a fordítást, majd törölje a `# changed` sort (ha nincs ilyen, előbb futtassa: `{ $fix }`)
problem-missing-messages = { $total } üzenetből { $count } hiányzik, helyettük a forrásnyelvi szöveg jelenik meg: { $ids }
help-missing-messages = a pótlásukhoz futtassa: `{ $fix }`
problem-untranslated = { $total } üzenetből { $count } lefordítatlannak van jelölve: { $ids }
help-untranslated = fordítsa le őket, és törölje a `# untranslated` sorokat
problem-obsolete = `{ $id }` már nincs benne a forrásban
label-obsolete = elavult
help-obsolete = törölje, vagy futtassa: `{ $fix }`, hogy az elavultak közé kerüljön
variables-none = nincs
problem-variables-differ = `{ $id }` változói: { $found }, az angol forrásé viszont: { $wanted }
label-variables-differ = eltérő változók
problem-missing-interface = a kezelőfelület { $total } üzenetéből { $count } hiányzik, helyettük angol szöveg jelenik meg: { $ids }
problem-not-in-english = `{ $id }` nincs benne az angol kezelőfelületben
label-in-this-file = ebben a fájlban
list-and-more = {" "}és még { $count }

## defuse graph

graph-fails = sikertelen gyakorlás
graph-mood = hangulat { $change }
graph-page-title = { $title }: a beszélgetés
graph-page-help = Kattintson egy csomópontra, hogy lássa a mondatait és a válaszait; húzással mozgathatja az ábrát, a görgővel nagyíthat, vagy azonosító alapján is kereshet csomópontot.
graph-page-search = Csomópont keresése azonosító alapján
graph-page-fit = Teljes nézet
graph-page-says = Amit az ügyfél mond
graph-page-replies = Válaszok
graph-page-hint = Tipp
graph-page-routes = Útvonalak, sorrendben vizsgálva
graph-page-summary = Mi történik ezután
graph-page-chosen = a résztvevők választásai
graph-page-ended = itt véget ért gyakorlások
graph-page-no-match = egyik válaszhoz sem illő begépelt szavak
graph-page-chosen-count = { $count ->
        [one] egyszer választották
       *[other] { $count } alkalommal választották
    }
graph-page-ended-count = { $count } gyakorlás ért itt véget
graph-page-sessions = A gráfon: mit tettek a résztvevők { $count } gyakorlás során
graph-otherwise = egyébként
graph-no-match = egyik válaszhoz sem illő saját szavak
graph-mood-below = hangulat < { $limit }
graph-mood-at-least = hangulat ≥ { $limit }

## A beszélgetés és a kiértékelés

debrief-next-time = Legközelebb
debrief-lesson = { $n }. { $principle } – a(z) { $number }. döntésnél a legjobb válasz ez volt: „{ $text }”
debrief-no-lessons = Minden döntésnél a legjobb választ választotta.

## Dátumok

date = { $year }. { $month } { $day }.
month-1 = január
month-2 = február
month-3 = március
month-4 = április
month-5 = május
month-6 = június
month-7 = július
month-8 = augusztus
month-9 = szeptember
month-10 = október
month-11 = november
month-12 = december
date-short = { $month } { $day }.
month-short-1 = jan.
month-short-2 = febr.
month-short-3 = márc.
month-short-4 = ápr.
month-short-5 = máj.
month-short-6 = jún.
month-short-7 = júl.
month-short-8 = aug.
month-short-9 = szept.
month-short-10 = okt.
month-short-11 = nov.
month-short-12 = dec.

## Értékelőlapok (defuse play --trainee) és defuse report

report-title = Tréningeredmények
report-empty = Nincs a feltételeknek megfelelő értékelőlap. A résztvevő nevével indított gyakorlásokat a program elmenti, és itt jelennek meg.
report-heading = { $sessions } gyakorlás, { $trainees } résztvevő
report-trainee = Résztvevő
report-sessions = Gyakorlások
report-pass-rate = Sikerarány
report-overall = Összesen
report-trend = Trend
report-last = Utolsó gyakorlás
report-focus = { $trainee }: fejlesztendő: { $criteria }; a legtöbbször kihagyott legjobb válasz alapelve: „{ $title }” ({ $count } alkalommal)
report-when = Időpont
report-scenario = Forgatókönyv
report-scenario-id = Forgatókönyv-azonosító
report-scenario-hash = Forgatókönyv-fájl (SHA-256)
report-language = Nyelv
report-outcome = Kimenetel
report-result = Eredmény
report-abandoned = félbehagyva
report-passed = sikeres
report-failed = sikertelen
report-started = Kezdete
report-ended = Vége
report-pass-mark = Sikerességi küszöb
report-decisions = Döntések
report-interruptions = Közbevágások
report-hints = Tippek
report-session-id = Gyakorlás-azonosító
report-version = Defuse-verzió
report-trainee-line = { $sessions } gyakorlás, { $passed } sikeres, { $abandoned } félbehagyva, { $practice } próbafuttatás · { $first } – { $last }
report-radar = Átlag szempontonként
report-trend-chart = Összpontszám az idő függvényében, a küszöbhöz mérve
report-work-on = Fejlesztendő: { $criterion }
report-latest-of = A listán { $count } gyakorlás közül a legutóbbi { $shown } szerepel; a diagramok és az átlagok mindegyiket figyelembe veszik.
report-skipped = Kihagyott fájlok
report-count-abandoned = { $count } félbehagyva
report-count-practice = { $count } próbafuttatás
report-not-counted = { $abandoned } félbehagyott gyakorlás és { $practice } próbafuttatás szerepel a listában, de egyik sem számít bele a pontszámokba és a sikerességi arányba.
report-focus-criteria = { $trainee }: fejlesztendő: { $criteria }
report-flag-note = ! fejlesztendő: a sikerességi küszöb alatt, vagy legalább { $gap } ponttal a csapat átlaga alatt
report-team = Csapat
report-notes = Megjegyzés
report-failed-because = sikertelen: { $reason }
report-reason-ending = a(z) „{ $outcome }” befejezés ({ $node }) sikertelennek számít
report-reason-pass-mark = { $overall } pont, a küszöb { $pass_mark }
report-practice-run = próbafuttatás ({ $why })
report-practice-from = innen indítva: { $node }
report-practice-mood = beállított hangulat: { $mood }
report-practice-in-file-order = a válaszok a fájl sorrendjében
report-practice-edited = a forgatókönyvet játék közben szerkesztették
report-expert = haladó beállítás
report-own-words = saját szavak: { $count }/{ $total }
report-time-zone = Időzóna
report-ending = Befejezés
report-reason = A sikertelenség oka
report-own-words-share = Saját szavak (a döntések %-a)
report-expert-column = Haladó beállítás
report-practice-column = Próbafuttatás
report-yes = igen
report-no = nem
report-decision-number = Döntés
report-decision-node = Döntés azonosítója
report-customer-line = Az ügyfél mondata
report-reply-number = Válasz száma
report-reply-text = Válasz
report-own-words-column = Saját szavak
report-taken-as = Ennek vettük
report-closeness = Egyezés
report-best-of = Elérhető legjobb: { $criterion }
report-best-missed = Kihagyott legjobb válasz
report-principle = Alapelv
report-mood-before = Hangulat előtte
report-mood-after = Hangulat utána
report-interrupted = Közbevágott
report-hint = Kért tippet
report-missed-who = { $trainees } résztvevő · { $scenarios }
report-first-attempt = Első
report-latest-attempt = Legutóbbi
report-attempts = Próbálkozások
report-chart-pass-mark = küszöb: { $mark }
report-pass-explained = Egy gyakorlás akkor sikeres, ha az összpontszám eléri a forgatókönyv küszöbét, és a befejezés nem sikertelen. Tendencia: a résztvevő legutóbbi harmadnyi gyakorlása a legkorábbi harmadhoz képest.
report-team-title = A csapat
report-missed-title = Az alapelvek, amelyeket a csapat a legtöbbször kihagyott (nem a legjobb választ adta)
report-missed-line = { $count } × „{ $title }” ({ $criterion }) — { $trainees } résztvevő; { $scenarios }
report-hardest-title = A legnehezebb döntések
report-hardest-scenario = { $title } ({ $sessions } gyakorlás)
report-hardest-line = „{ $line }” — a legjobb válasz { $met } esetből { $missed } alkalommal maradt ki ({ $node })
report-hardest-best = legjobb: „{ $text }”
report-hardest-wrong = helyette a leggyakoribb: „{ $text }” ({ $times } ×)
report-hardest-wrong-none = helyette a leggyakoribb: saját szavak, amelyek egyik válaszhoz sem illettek ({ $times } ×)
report-endings = Befejezések: { $list }
report-ending-fails = { $ending } (sikertelen)
report-ending-named = { $outcome } ({ $node })
report-weeks-title = A csapat hétről hétre (befejezett gyakorlások)
report-week-line = { $date } hete: { $sessions } gyakorlás, átlag { $overall } ({ $margin } a küszöbhöz képest), { $rate } sikeres
report-progress-title = Első és legutóbbi próbálkozás résztvevőnként és forgatókönyvenként
report-progress-line = { $trainee } · { $scenario }: { $first } → { $latest } ({ $change }, { $attempts } próbálkozás)

## Eredmények küldése a tanulási nyilvántartóba (defuse sync)

lrs-error-unreachable = az LRS ({ $endpoint }) nem érhető el: { $reason }
lrs-error-credentials = az LRS ({ $endpoint }) elutasította a felhasználónevet vagy a jelszót (HTTP { $status })
lrs-error-rejected = az LRS ({ $endpoint }) elutasította az xAPI-bejegyzéseket (HTTP { $status }): { $message }
lrs-error-server = az LRS ({ $endpoint }) hibára futott (HTTP { $status }): { $message }


# Typed words taken as an authored reply start from its scores; said under the turn's scores.
typed-scored-as-reply = Ugyanúgy pontozva, mint ez a válasz: szavai ugyanazt a lépést teszik meg.
# $moved: the criteria moved and by how many points, e.g. "calm tone -1, empathy +1".
typed-scored-as-reply-moved = Ennek a válasznak a pontjaiból indulva, aszerint módosítva, amit szavai másképp tesznek: { $moved }.
