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

## Számlálás

count-decisions = { $count } döntés
count-scenarios = { $count } forgatókönyv
count-errors = { $count } hiba
count-warnings = { $count } figyelmeztetés

## defuse play

quoted = „{ $text }”

play-customer = Ügyfél: { $name } · hangulat { $mood } · mag { $seed }
play-customer-says = { $name } ({ $tone }):
play-you = Ön ({ $number }):
play-mood = hangulat { $before } → { $after }
play-feedback = Visszajelzés: { $text }
play-principle = Alapelv ({ $criterion }): { $title }. { $text }
play-ending = ── Befejezés: { $outcome } ({ $id }) ──
play-stopped = A beszélgetés itt félbemarad: a(z) { $number }. döntésnél (`{ $node }`) nem érkezett válasz.
play-prompt = Az Ön válasza (1–{ $count } vagy saját szavaival, q: kilépés):
play-prompt-words = Az Ön válasza saját szavaival (q: kilépés):
play-type-a-number = Kérem, írjon be egy számot 1 és { $count } között, vagy a válaszát saját szavaival.
play-type-words = Itt az ügyfélnek az Ön saját szavaira van szüksége: kérem, a válaszát írja be, ne egy számot.
play-own-words = (Válaszoljon saját szavaival: a válaszok nincsenek felsorolva.)
play-you-typed = Ön, saját szavaival:
play-taken-as = A(z) { $number }. válaszként értelmezve (hasonlóság: { $closeness } %): „{ $text }”
play-no-match = Egyik válasz sem áll elég közel (a legnagyobb hasonlóság: { $closeness } %): { $name } semlegesen fogadja.
play-leftover = figyelmeztetés: a beszélgetés véget ért, de { $count } választás megmaradt: { $choices }
play-missing-translation = figyelmeztetés: a(z) „{ $scenario }” forgatókönyv { $count } szövegének még nincs { $language } fordítása, ezek az eredeti nyelven jelennek meg
error-choice-zero = hiba: --choices: a válaszok számozása 1-től indul, de a(z) { $position }. választás 0
error-no-such-reply = hiba: a(z) { $decision }. döntésnél a(z) { $choice }. válasz nem létezik (`{ $node }`): a válaszok száma 1 és { $count } között lehet
error-not-a-number = hiba: a(z) `{ $answer }` se nem 1 és { $count } közötti válaszszám, se nem saját szavakkal írt válasz
error-words-wanted = hiba: `{ $answer }`: ennél a döntésnél a résztvevő saját szavaira van szükség, nem válaszszámra
error-cannot-read-reply = hiba: a válasz nem olvasható be: { $reason }

## Értékelőlap

scorecard = Értékelőlap
scorecard-not-tested = ezen az úton nem mérhető
scorecard-overall = összesen
scorecard-outcome = kimenetel
scorecard-pass-mark = (sikeres: { $mark } ponttól)
scorecard-summary = { $outcome }, { $decisions } után, az ügyfél hangulata: { $mood }
verdict-pass = sikeres
verdict-fail = sikertelen
verdict-fail-ending = sikertelen: ez a befejezés kizárja a sikert
verdict-unfinished = befejezetlen

## defuse stats

stats-size = csomópont { $nodes } · döntés { $decisions } · válasz { $replies }
stats-endings = befejezések: { $list }
stats-paths = különböző utak: { $paths }
stats-paths-unbounded = különböző utak: korlátlan (a beszélgetés körbe tud futni)
stats-lengths = legrövidebb út: { $shortest } · leghosszabb: { $longest }
stats-unbounded = korlátlan
stats-reach = elérhető eredmény
stats-best = legjobb
stats-worst = legrosszabb
stats-loops-note = (a legjobb és legrosszabb eredménynél minden kör egyszer számít)
play-route = ↳ a(z) `{ $branch }` elágazás: { $why } → `{ $to }`
play-route-below = a hangulat { $mood }, ami { $limit } alatt van
play-route-at-least = a hangulat { $mood }, ami legalább { $limit }
play-route-otherwise = a hangulat { $mood }, ami egyik feltételnek sem felel meg ({ $tests }), ezért az egyébként ág következik
play-hint = Tipp (ennél a döntésnél minden szempontnál 1 pont levonás): { $text }
play-no-hint = Ennél a döntésnél nincs tipp.
play-keys = Billentyűk: 1–{ $count } válasz kiválasztása · vagy írja be a választ saját szavaival · h tipp (minden szempontnál 1 pont levonás) · ? ez a súgó · q kilépés
play-keys-words = Billentyűk: írja be a választ saját szavaival · h tipp (minden szempontnál 1 pont levonás) · ? ez a súgó · q kilépés
watch-watching = A program figyeli a(z) { $file } fájlt és a fordításait: ha módosítást ment, az ablak újratölti.
watch-reloaded = A program újra beolvasta a forgatókönyvet.
watch-went-on = A program újra beolvasta a forgatókönyvet: a beszélgetés a(z) `{ $node }` csomópontnál folytatódik, { $mood } hangulattal.
watch-broken = A forgatókönyv már nem megy át az ellenőrzésen ({ $count ->
        [one] egy hiba
       *[other] { $count } hiba
    }); amíg nincs kijavítva, az ablak megtartja az utolsó hibátlan változatot:
watch-banner = Ez a forgatókönyv már nem megy át az ellenőrzésen; amíg nincs kijavítva, az ablak az utolsó hibátlan változatot játssza:
new-created = Létrejött a(z) { $path } fájl: egy működő példa, amelyből megírhatja a saját forgatókönyvét. Következő lépés: `defuse validate { $id }`, majd `defuse play { $id } --in-file-order`; a docs/authoring.md minden mezőt elmagyaráz.
error-new-id = hiba: `{ $id }` nem lehet forgatókönyv-azonosító: betűvel kezdődjön, és csak betűket, számjegyeket, - és _ jelet tartalmazzon
error-new-exists = hiba: a(z) { $path } már létezik: válasszon másik azonosítót, vagy szerkessze azt a fájlt
error-new-write = hiba: a(z) { $path } nem írható: { $reason }
list-summary = { $count ->
        [one] egy forgatókönyv
       *[other] { $count } forgatókönyv
    } itt: { $folder }
list-id = azonosító
list-title = cím
list-decisions = döntések
list-endings = befejezések
list-source = forrás
list-unreadable = nem olvasható be: { $problem } (a részleteket a `defuse validate` mutatja meg)
stats-naive = Naiv játékosok sikeraránya ({ $seeds } mag): mindig az elsőként megjelenő { $first } · mindig a leghosszabb { $longest } · mindig a legrövidebb { $shortest } · véletlenszerűen { $random }
stats-content = Legjobb válasz: { $decisions } döntésből { $longest } esetben a leghosszabb · a többi válasz medián hosszához mért aránya legfeljebb { $ratio } (határ: { $limit }) · védhető második válasz { $defensible } döntésnél
stats-principles-heading = Coaching-alapelvek: mely döntések legjobb válasza tanítja az egyes alapelveket (forgatókönyv/döntés)
stats-principle-taught = { $count } döntésnél tanítja a legjobb válasz: { $where }{ $named ->
        [0] {""}
       *[other] {" "}(a többi válasz közül { $named } hivatkozik rá)
    }
stats-principle-untaught = { $named ->
        [0] egyik legjobb válasz sem tanítja, és más válasz sem hivatkozik rá
       *[other] egyik legjobb válasz sem tanítja (a többi válasz közül { $named } hivatkozik rá)
    }
stats-principles-missing = { $count ->
        [one] egy alapelvet egyik legjobb válasz sem tanít: készítsen hozzá egy döntést, amelynek legjobb válasza bemutatja
       *[other] { $count } alapelvet egyik legjobb válasz sem tanít: mindegyikhez készítsen egy döntést, amelynek legjobb válasza bemutatja
    }

## defuse validate és extract

validate-summary = { $scenarios } ellenőrizve: { $errors }, { $warnings }
validate-playtests = { $count ->
        [one] a tesztmenet rendben lefutott
       *[other] mind a(z) { $count } tesztmenet rendben lefutott
    }
stats-naive-replay = { $player }: a(z) { $seed } maggal átment; `defuse play { $id } --seed { $seed } --choices { $choices }` újrajátssza
validate-no-files = figyelmeztetés: nincs forgatókönyv (*.ron) itt: { $folders }
validate-cannot-play = hiba: a(z) { $file } nem játszható, amíg ezek a hibák nincsenek javítva (futtassa: `defuse validate { $file }`)
coverage-heading = Fordítások készültsége (lefordítva és naprakész)
coverage-interface = kezelőfelület
coverage-principles = alapelvek
coverage-source = forrás
extract-refused = előbb javítsa ki a fájlt: a program nem módosította
extract-wrote = { $file }: { $added } új, { $kept } megtartva, { $changed } módosult, { $obsolete } elavult

## A tréning ablaka

picker-title = Defuse
picker-count = { $count } forgatókönyv
picker-customer = Ügyfél: { $name }
picker-broken = Kimaradt forgatókönyvek (futtassa: `defuse validate`)
picker-language = Nyelv

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
problem-no-such-path = nincs ilyen fájl vagy mappa

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
problem-no-translation = `{ $name }` még nincs lefordítva (nyelv: { $lang }); a forrásnyelven ({ $source }) jelenik meg
help-no-translation = a fordítás elkezdéséhez futtassa: `{ $fix }`
problem-no-interface = a kezelőfelületnek nincs fordítása ezen a nyelven: { $lang }; angolul jelenik meg
help-no-interface = másolja le és fordítsa le ezt a fájlt: { $file }

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

conversation-mood = Hangulat: { $mood }
conversation-keys = A mezőben: Enter elküldi, Shift+Enter új sor, Esc kilép · A mezőn kívül: 1–{ $count } vagy egér választ, H: tipp, Esc: vissza
conversation-keys-words = Enter elküldi, Shift+Enter új sor · Esc kilép a mezőből, még egy Esc: vissza
conversation-show-brief = A helyzet leírása
conversation-hide-brief = Leírás elrejtése
conversation-own-words = Válaszoljon saját szavaival: a válaszok itt nincsenek felsorolva.
conversation-or-own-words = Vagy válaszoljon saját szavaival:
conversation-say = Elmondom
conversation-taken-as = Így értelmezve: „{ $text }” (hasonlóság: { $closeness } %)
conversation-no-match = Egyik itteni válasz sem áll elég közel (a legnagyobb hasonlóság: { $closeness } %), ezért { $name } semlegesen fogadja.
conversation-no-rubric = A szavait nem lehet pontozni: ennek a nyelvnek a pontozási szabályrendszerében hiba van. Válasszon a felsorolt válaszok közül, vagy kérje meg a trénert, hogy javítsa ki: { $problem }
conversation-hint = Tipp (minden szempontnál 1 pontba kerül)
conversation-hint-text = Tipp: { $text }
conversation-interrupted = Ön a szavába vágott, mielőtt { $name } befejezte volna: a dühös ügyfelet végig kell hallgatni.
debrief-passed = sikeres
debrief-failed = sikertelen
debrief-overall = összesen { $score } · sikeres: { $mark } ponttól
debrief-turn = { $number }. döntés
debrief-your-reply = Az Ön válasza: „{ $text }”
debrief-best-missed = A legjobb válasz itt: „{ $text }”
debrief-taken-as = Saját szavaival, így értelmezve: „{ $text }” (hasonlóság: { $closeness } %)
debrief-no-match = Saját szavaival; ezek egyik válaszhoz sem illettek (a legnagyobb hasonlóság: { $closeness } %), ezért { $name } semlegesen reagált.
debrief-no-evidence = A pontozási szabályrendszer ezekben a szavakban semmit sem talált egyik szempont mellett vagy ellen sem.
debrief-evidence-criterion = { $criterion }: { $score } / 100
debrief-evidence-principle = {" "}(alapelv: { $title })
debrief-interrupted = Közbevágott: −2 pont odafigyelésre
debrief-hint-taken = Tippet kért: −1 pont minden szempontnál
debrief-retry = Újra (R)
debrief-back = Vissza a forgatókönyvekhez (Esc)
debrief-next = Következő forgatókönyv
debrief-reason-passed = Sikeres: { $score } eléri a { $mark } pontos határt.
debrief-reason-below = Nem sikerült: { $score } a { $mark } pontos határ alatt van.
debrief-reason-ending = Nem sikerült: ez a befejezés ({ $ending }) a pontszámtól függetlenül bukást jelent.
debrief-reason-unfinished = Nem fejeződött be: a beszélgetés a vége előtt megszakadt.
debrief-next-time = Legközelebb
debrief-lesson = { $n }. { $principle } – a(z) { $number }. döntésnél a legjobb válasz ez volt: „{ $text }”
debrief-no-lessons = Minden döntésnél a legjobb választ választotta.
debrief-decision-closed = ▸ { $number }. döntés { $mark } „{ $reply }” · { $points }/{ $best }
debrief-decision-open = ▾ { $number }. döntés { $mark } · { $points }/{ $best }

## Beállítások

settings-text-size = Betűméret
settings-small = kicsi
settings-normal-size = normál
settings-normal-pace = normál
settings-large = nagy
settings-pace = Olvasási tempó
settings-slow = lassú
settings-fast = gyors

## A kezdőképernyő

start-tagline = Gyakorolja a dühös ügyfelek megnyugtatását, beszélgetésről beszélgetésre.
start-name = Az Ön neve
start-returning = Üdvözöljük újra! Nem Ön az? Írja be a saját nevét.
start-name-needed = Kérjük, előbb írja be a nevét: az eredményeit ezen a néven őrizzük meg.
start-continue = Tovább

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

## Értékelőlapok (defuse play --trainee) és defuse report

scorecard-saved = Értékelőlap mentve: { $path }
scorecard-saved-abandoned = Értékelőlap mentve, félbehagyottként megjelölve: { $path }
error-scorecard-not-saved = hiba: az értékelőlapot nem sikerült menteni: { $reason }
error-trainee-empty = hiba: --trainee: a résztvevő neve üres
error-data-dir = hiba: a(z) { $dir } adatmappa nem használható: { $reason }
report-skipped-file = figyelmeztetés: a(z) { $file } kimaradt: { $reason }
report-skipped-count = figyelmeztetés: az értékelőlapok mappájában { $count } fájl nem olvasható, ezért kimaradt
report-reading = Értékelőlapok beolvasása
error-report-date = hiba: { $option }: { $reason }
error-report-write = hiba: a(z) { $file } nem írható: { $reason }
report-written = A jelentés elkészült: { $file }

report-title = Tréningeredmények
report-empty = Nincs a feltételeknek megfelelő értékelőlap. A résztvevő nevével indított gyakorlásokat a program elmenti, és itt jelennek meg.
report-heading = { $sessions } gyakorlás, { $trainees } résztvevő
report-trainee = Résztvevő
report-sessions = Gyakorlások
report-sessions-abandoned = { $count } ({ $abandoned } félbehagyva)
report-pass-rate = Sikerarány
report-overall = Összesen
report-trend = Trend
report-last = Utolsó gyakorlás
report-focus = { $trainee }: leggyengébb területe: { $criterion }; gyakorolandó alapelv: „{ $title }”
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
report-trainee-line = { $sessions } gyakorlás, { $passed } sikeres, { $abandoned } félbehagyva · { $first } – { $last }
report-radar = Átlag szempontonként
report-trend-chart = Az egyes szempontok alakulása
report-work-on = Fejlesztendő: { $criterion }
report-latest-of = A listán { $count } gyakorlás közül a legutóbbi { $shown } szerepel; a diagramok és az átlagok mindegyiket figyelembe veszik.
report-skipped = Kihagyott fájlok

## A vezetői képernyő és a korábbi eredmények a forgatókönyvek listáján

picker-best = Az Ön legjobb eredménye: { $score } ({ $verdict })
manager-open = Vezetői áttekintés
manager-title = Vezetői áttekintés
manager-back = Vissza
manager-loading = Értékelőlapok beolvasása: { $done } / { $total }
manager-save-error = Az utolsó értékelőlapot nem sikerült menteni: { $reason }
manager-skipped = Az értékelőlapok mappájában { $count } fájl nem olvasható, ezért kimaradt:
manager-scenario = Forgatókönyv:
manager-all = Összes
manager-period = Időszak:
manager-period-all = Teljes időszak
manager-period-week = Elmúlt 7 nap
manager-period-month = Elmúlt 30 nap
manager-period-year = Elmúlt 12 hónap
manager-page = Oldal: { $page } / { $pages }
manager-previous = Előző
manager-next = Következő
manager-trainee-summary = { $sessions } gyakorlás, { $passed } sikeres, { $abandoned } félbehagyva · sikerarány: { $rate } · trend: { $trend }

## A beállítások képernyő

settings-open = Beállítások
settings-title = Beállítások
settings-pace-note = Az olvasási tempó azt adja meg, milyen gyorsan jelennek meg az ügyfél szavai. Ha Ön azelőtt válaszol, hogy az ügyfél befejezte volna, az közbevágásnak számít, és odafigyelésből pontot veszít.
settings-replies = Válaszok:
settings-replies-listed = Felsorolva
settings-replies-own-words = Csak saját szavakkal (szakértő)
settings-expert-note = Saját szavaival mindig beírhat egy választ. A szakértő beállítás elrejti a felsorolt válaszokat, így Önnek kell megtalálnia a szavakat, mint egy valódi hívás során.

## Eredmények küldése a tanulási nyilvántartóba (defuse sync)

lrs-error-unreachable = az LRS ({ $endpoint }) nem érhető el: { $reason }
lrs-error-credentials = az LRS ({ $endpoint }) elutasította a felhasználónevet vagy a jelszót (HTTP { $status })
lrs-error-rejected = az LRS ({ $endpoint }) elutasította az xAPI-bejegyzéseket (HTTP { $status }): { $message }
lrs-error-server = az LRS ({ $endpoint }) hibára futott (HTTP { $status }): { $message }
error-lrs-config = hiba: { $reason }
sync-not-configured = hiba: nincs beállítva tanulási nyilvántartó (LRS). Adja meg a --lrs-endpoint, --lrs-user és --lrs-password kapcsolót (vagy a DEFUSE_LRS_ENDPOINT, DEFUSE_LRS_USER, DEFUSE_LRS_PASSWORD környezeti változót), vagy írja be az endpoint, user és password kulcsot ebbe a fájlba: { $file }.
sync-sending = xAPI-bejegyzések küldése
sync-queued = { $count ->
    [one] 1 új értékelőlap került a küldési sorba.
   *[other] { $count } új értékelőlap került a küldési sorba.
}
sync-sent = Elküldve: { $statements } xAPI-bejegyzés { $files } értékelőlapról ide: { $endpoint }, { $seconds } s alatt ({ $rate } bejegyzés/s).
sync-all-sent = Semmi sem várakozik: minden értékelőlap bekerült ide: { $endpoint }.
sync-stopped = hiba: { $error }. Semmi sem veszett el: { $statements } xAPI-bejegyzés ({ $files } értékelőlapról) a következő szinkronizálásig itt várakozik: { $dir }.
sync-credentials-hint = Ellenőrizze a felhasználónevet és a jelszót (--lrs-user, --lrs-password vagy { $file }).
sync-rejected = figyelmeztetés: { $file }: { $error }. A fájl a kimenő mappában (outbox) marad.
sync-damaged = figyelmeztetés: { $file }: { $reason }. A fájlt a program megőrzi, de nem küldi el.
sync-waiting = Még { $statements } xAPI-bejegyzés ({ $files } értékelőlapról) várakozik itt: { $dir }.
sync-status-endpoint = Tanulási nyilvántartó (LRS): { $endpoint } (felhasználó: { $user })
sync-status-not-configured = Tanulási nyilvántartó (LRS): nincs beállítva
sync-status-waiting = Várakozik: { $statements } xAPI-bejegyzés { $files } értékelőlapról
sync-status-success = Utolsó sikeres küldés: { $when } ({ $statements } xAPI-bejegyzés)
sync-status-never = Utolsó sikeres küldés: még nem volt
sync-status-error = Utolsó hiba ({ $when }): { $error }
sync-status-no-error = Utolsó hiba: nincs
sync-status-next = Következő automatikus próbálkozás: { $when }
scorecard-queued = Az értékelőlap bekerült a tanulási nyilvántartó (LRS) küldési sorába: a `defuse sync` parancs küldi el.
sync-indicator-sending = Eredmények küldése…
sync-indicator-synced = ✓ Az eredmények szinkronizálva
sync-indicator-waiting = { $count ->
    [one] 1 eredmény szinkronizálásra vár
   *[other] { $count } eredmény szinkronizálásra vár
}
sync-indicator-error = { $count ->
    [one] 1 eredmény még nincs szinkronizálva: { $problem }; a program később újra megpróbálja
   *[other] { $count } eredmény még nincs szinkronizálva: { $problem }; a program később újra megpróbálja
}
sync-problem-unreachable = az LRS nem érhető el
sync-problem-credentials = az LRS elutasította a jelszót
sync-problem-rejected = az LRS elutasított egy eredményt
sync-problem-server = az LRS hibát jelzett

## Saját szavakkal írt válasz pontozása (defuse score)

score-shows = megmutatja
score-violates = megsérti
score-no-evidence = nincs rá jel
score-no-reply = hiba: adja meg a pontozandó választ, például: defuse score "Elnézést kérek, azonnal utánanézek."
score-unknown-node = hiba: a(z) `{ $node }` nem döntési pont a(z) { $scenario } forgatókönyvben

## defuse voice
voice-calm-tone = Nyugodt hangnem (előadás)
voice-measured = Mért értékek: tempó { $pace }/mp (nyugodtan { $calm_pace }) · hangerő { $loudness } LUFS (nyugodtan { $calm_loudness }) · hangmagasság { $pitch } (nyugodtan { $calm_pitch }), terjedelem { $range } félhang · leghosszabb szünet { $pause } mp
voice-no-espeak = hiba: a vevő hangját az espeak-ng készíti, de itt nem futtatható ({ $why }). Telepítse (pl. apt-get install espeak-ng), vagy vegye fel a mondatokat saját maga a voices/ mappába.
voice-render-failed = hiba: az espeak-ng nem tudta elkészíteni ezt: { $line }: { $why }
voice-rendered = { $rendered } vevői mondat elkészült, { $kept } már a gyorsítótárban volt, { $recorded } trénerfelvétel; a gyorsítótár: { $dir }
voice-hebrew-note = Megjegyzés: az espeak-ng rosszul olvassa a magánhangzójelek nélküli héber szöveget; ahol lehet, vegye fel a vevő mondatait (voices/he/<forgatókönyv>/<üzenetazonosító>.wav).

## Hangos gyakorlás
voice-say-it = Most mondja ki hangosan:
voice-talk = Tartsa lenyomva, és beszéljen
voice-talk-keys = Beszéd közben tartsa lenyomva a szóközt (vagy a gombot) · Esc: másik válasz
voice-take-problem = Ez a felvétel nem használható: { $why }. Mondja el újra.
voice-customer-text-only = A vevő csak szövegként szól: { $why }.
voice-takes-no-baseline = hiba: a hangfelvételekhez nyugodt alaphang kell: { $why }
settings-voice = Hangos gyakorlás
settings-voice-off = Ki
settings-voice-on = Be
settings-voice-note = Minden választ mondjon ki hangosan: a tempóját, hangerejét és hangmagasságát a saját nyugodt hangjához mérjük, és beleszámít a nyugodt hangnembe.
settings-voice-not-built-in = A Defuse e példánya nem támogatja a mikrofont: hangos gyakorlás nélkül készült (lásd a README-t, egyetlen parancs). Felvett hangfájlokkal így is működik: defuse play ID --gui --voice-takes MAPPA.
settings-voice-no-microphone = Nincs mikrofon: { $why }
settings-baseline-read = Olvassa fel ezt a szokásos, nyugodt hangján:
settings-baseline-keys = Olvasás közben tartsa lenyomva a szóközt (vagy a gombot) · Esc: leállítás
settings-baseline-done = A nyugodt alaphangja rögzítve.
settings-baseline-none = Még nincs nyugodt alaphang: vegyen fel egyet a hangos gyakorláshoz.
settings-baseline-record = Nyugodt alaphang felvétele
settings-voice-privacy = Felvétel nem marad meg, csak a tempó, a hangerő és a hangmagasság mérései. Az, hogy hogyan hangzottak a válaszai, az Öné; a vezetője csak akkor látja, ha megosztja.
debrief-voice-overall = Nyugodt hangnem a hangjával együtt: { $score } (csak a szavai alapján: { $words })
debrief-voice-turn = Ahogy hangzott: { $score } · nyugodt hangnem a hangjával: { $combined } %
debrief-share-voice = Megosztom a vezetőmmel, hogyan hangzott
debrief-voice-shared = Megosztva a vezetőjével
debrief-voice-private = Az, hogy hogyan hangzottak a válaszai, az Öné: nem kerül a vezetője jelentéseibe, hacsak meg nem osztja.
