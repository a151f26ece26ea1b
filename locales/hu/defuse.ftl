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
outcome-escalated = továbbadva a vezetőnek
outcome-customer-left = az ügyfél elment

language-name = Magyar

## Számlálás

count-decisions = { $count } döntés
count-scenarios = { $count } forgatókönyv
count-errors = { $count } hiba
count-warnings = { $count } figyelmeztetés

## defuse play

play-customer = Ügyfél: { $name } · hangulat { $mood } · mag { $seed }
play-customer-says = { $name } ({ $tone }):
play-you = Ön ({ $number }):
play-mood = hangulat { $before } → { $after }
play-feedback = Visszajelzés: { $text }
play-principle = Alapelv ({ $criterion }): { $title }. { $text }
play-ending = ── Befejezés: { $outcome } ({ $id }) ──
play-stopped = A beszélgetés itt félbemarad: a(z) { $number }. döntésnél (`{ $node }`) nem érkezett válasz.
play-prompt = Az Ön válasza (1–{ $count }, q: kilépés):
play-type-a-number = Kérem, írjon be egy számot 1 és { $count } között.
play-leftover = figyelmeztetés: a beszélgetés véget ért, de { $count } választás megmaradt: { $choices }
play-missing-translation = figyelmeztetés: a(z) „{ $scenario }” forgatókönyv { $count } szövegének még nincs { $language } fordítása, ezek az eredeti nyelven jelennek meg
error-choice-zero = hiba: --choices: a válaszok számozása 1-től indul, de a(z) { $position }. választás 0
error-no-such-reply = hiba: a(z) { $decision }. döntésnél a(z) { $choice }. válasz nem létezik (`{ $node }`): a válaszok száma 1 és { $count } között lehet
error-not-a-number = hiba: a(z) `{ $answer }` nem 1 és { $count } közötti válaszszám
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

## defuse validate és extract

validate-summary = { $scenarios } ellenőrizve: { $errors }, { $warnings }
validate-no-files = figyelmeztetés: nincs forgatókönyv (*.ron) itt: { $folders }
validate-cannot-play = hiba: a(z) { $file } nem játszható, amíg ezek a hibák nincsenek javítva (futtassa: `defuse validate { $file }`)
coverage-heading = Fordítások készültsége (lefordítva és naprakész)
coverage-interface = kezelőfelület
coverage-principles = alapelvek
coverage-source = forrás
extract-wrote = { $file }: { $added } új, { $kept } megtartva, { $changed } módosult, { $obsolete } elavult

## A tréning ablaka

picker-title = Defuse
picker-count = { $count } forgatókönyv itt: { $folder }
picker-customer = Ügyfél: { $name }
picker-broken = Kimaradt forgatókönyvek (futtassa: `defuse validate`)
picker-language = Nyelv
