# The command line's own words: what `defuse` prints in the terminal. The words shared
# with the window (criteria, tones, dates, counts, problems in files) are in defuse.ftl.
## defuse play
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
play-no-match = Egyik válasz sem áll elég közel: a legközelebbi, „{ $nearest }”, { $closeness } %-ban hasonló, és { $needed } % kellene. { $name } semlegesen fogadja.
play-closest = Szavai a(z) { $number }. válaszhoz álltak a legközelebb (hasonlóság: { $closeness } %): „{ $text }”. A történet ebből folytatódik; amit ezután olvas, az az Ön saját szavairól szól.
play-no-match-at-all = Egyik válasz sem hasonlít ezekre a szavakra: { $name } semlegesen fogadja.
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

## Hibák a forgatókönyv-fájlokban (defuse validate)
problem-no-such-path = nincs ilyen fájl vagy mappa

## Hibák a fordítási fájlokban
problem-no-interface = a kezelőfelületnek nincs fordítása ezen a nyelven: { $lang }; angolul jelenik meg
help-no-interface = másolja le és fordítsa le ezt a fájlt: { $file }

## Értékelőlapok (defuse play --trainee) és defuse report
scorecard-saved = Értékelőlap mentve: { $path }
scorecard-saved-abandoned = Értékelőlap mentve, félbehagyottként megjelölve: { $path }
error-scorecard-not-saved = hiba: az értékelőlapot nem sikerült menteni: { $reason }
error-data-dir = hiba: a(z) { $dir } adatmappa nem használható: { $reason }
report-skipped-file = figyelmeztetés: a(z) { $file } kimaradt: { $reason }
report-skipped-count = figyelmeztetés: az értékelőlapok mappájában { $count } fájl nem olvasható, ezért kimaradt
report-reading = Értékelőlapok beolvasása
error-report-write = hiba: a(z) { $file } nem írható: { $reason }
report-written = A jelentés elkészült: { $file }
error-per-decision-csv = hiba: a --per-decision csak a --format csv kapcsolóval együtt használható
error-unknown-trainee = hiba: nincs „{ $given }” nevű résztvevőnek gyakorlása.
error-unknown-scenario = hiba: nincs „{ $given }” azonosítójú forgatókönyv.
error-did-you-mean = Erre gondolt: „{ $nearest }”?
warning-roster = figyelmeztetés: { $reason }; a résztvevők a beírt nevükkel jelennek meg, a névsorfájl változatlan maradt
error-trainee-empty = hiba: a résztvevő nevében legalább egy betűnek lennie kell
error-trainee-did-you-mean = hiba: „{ $given }” nevű résztvevő még nem gyakorolt. Erre gondolt: „{ $nearest }”? Ha „{ $given }” új résztvevő, adja meg a --new-trainee kapcsolót is.
error-roster = hiba: { $reason }
error-no-trainee = hiba: „{ $given }” nem szerepel a névsorban.
error-name-taken = hiba: „{ $name }” már egy másik résztvevő neve; ha ugyanaz a személy, vonja össze őket.
error-same-trainee = hiba: „{ $name }” nem vonható össze önmagával.
error-email = hiba: „{ $address }” nem e-mail-cím.
error-delete = hiba: { $file } nem törölhető: { $reason }
error-confirm-yes = hiba: { $question } A végrehajtáshoz futtassa újra a --yes kapcsolóval.
trainee-line = { $id }  { $name } · { $sessions } gyakorlás
trainee-is-hidden = elrejtve
trainee-also = más néven: { $names }
trainee-renamed = Átnevezve: { $name }
trainee-merged = Összevonva: a gyakorlások mostantól { $name } nevén szerepelnek.
trainee-hidden = { $name } el van rejtve a jelentések és a vezetői áttekintés elől; a gyakorlásai megmaradnak.
trainee-shown = { $name } újra látható.
trainee-email = { $name }: e-mail-cím: „{ $address }”
trainee-deleted = Törölve: { $name } és { $count } gyakorlása.
trainee-confirm-merge = „{ $from }” összevonása ezzel: „{ $into }”: { $count } gyakorlás kerül át, és „{ $from }” lekerül a névsorról.
trainee-confirm-delete = Végleg törli „{ $name }” résztvevőt és { $count } gyakorlását?
trainee-type-name = A folytatáshoz írja be: „{ $name }”:
trainee-not-confirmed = Nem változott semmi.
passphrase-first-use = A vezetői áttekintéshez jelszó kell, most kell megadni (legalább { $length } karakter). A résztvevők ne ismerjék.
passphrase-new = Új vezetői jelszó:
passphrase-again = Még egyszer:
passphrase-prompt = Vezetői jelszó:
passphrase-set = A vezetői jelszó beállítva.
error-passphrase-mismatch = hiba: a két jelszó eltér; nem állítottunk be semmit
error-passphrase-short = hiba: a vezetői jelszó legalább { $length } karakter legyen
error-passphrase-wrong = hiba: ez nem a vezetői jelszó
error-passphrase-not-set = hiba: a vezetői áttekintéshez jelszó kell. Terminálban futtatva beállíthatja, vagy adja meg a(z) { $env } változóban.
error-passphrase-needed = hiba: a vezetői áttekintéshez a vezetői jelszó kell: futtassa terminálban, vagy adja meg a(z) { $env } változóban.

## Eredmények küldése a tanulási nyilvántartóba (defuse sync)
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
voice-takes-no-baseline = hiba: a hangfelvételekhez nyugodt alaphang kell: { $why }
