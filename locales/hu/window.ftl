# The trainer window's own words. The words shared with the command line (criteria,
# tones, dates, counts, problems in files) are in defuse.ftl.
## defuse stats
watch-reloaded = A program újra beolvasta a forgatókönyvet.
watch-went-on = A program újra beolvasta a forgatókönyvet: a beszélgetés a(z) `{ $node }` csomópontnál folytatódik, { $mood } hangulattal.
watch-broken = A forgatókönyv már nem megy át az ellenőrzésen ({ $count ->
        [one] egy hiba
       *[other] { $count } hiba
    }); amíg nincs kijavítva, az ablak megtartja az utolsó hibátlan változatot:
watch-banner = Ez a forgatókönyv már nem megy át az ellenőrzésen; amíg nincs kijavítva, az ablak az utolsó hibátlan változatot játssza:

## A tréning ablaka
picker-title = Defuse
picker-count = { $count } forgatókönyv
picker-customer = Ügyfél: { $name }
picker-broken = Kimaradt forgatókönyvek (futtassa: `defuse validate`)
picker-language = Nyelv

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
conversation-no-match = Egyik itteni válasz sem áll elég közel: a legközelebbi, „{ $nearest }”, { $closeness } %-ban hasonló, és { $needed } % kellene. Ezért { $name } semlegesen fogadja.
conversation-closest = Szavai ehhez álltak a legközelebb: „{ $text }” (hasonlóság: { $closeness } %). A történet ebből folytatódik.
conversation-no-match-at-all = Egyik itteni válasz sem hasonlít ezekre a szavakra, ezért { $name } semlegesen fogadja.
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
debrief-no-match = Saját szavaival; ezek egyik válaszhoz sem illettek: a legközelebbi, „{ $nearest }”, { $closeness } %-ban volt hasonló, és { $needed } % kellene. Ezért { $name } semlegesen reagált.
debrief-closest = Saját szavaival, ehhez álltak a legközelebb: „{ $text }” (hasonlóság: { $closeness } %). Az alábbi indoklás az Ön saját szavairól szól.
debrief-no-match-at-all = Saját szavaival; ezek semmiben sem hasonlítottak a válaszokra, ezért { $name } semlegesen reagált.
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
start-did-you-mean = Erre gondolt: { $nearest }? Ha új résztvevő, nyomja meg újra a Tovább gombot, és „{ $typed }” néven kezdhet.
start-i-am = { $name } vagyok
start-continue = Tovább

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
manager-door-intro = A résztvevők eredményei vezetői jelszóval védettek.
manager-door-first = A résztvevők eredményeit vezetői jelszó védi majd. Válasszon most egyet (legalább { $length } karakter), és a résztvevők ne ismerjék.
manager-door-prompt = Vezetői jelszó:
manager-door-new = Új vezetői jelszó:
manager-door-again = Még egyszer ugyanaz a jelszó:
manager-door-unlock = Megnyitás
manager-door-wrong = Ez nem a vezetői jelszó.
manager-door-short = A jelszó legalább { $length } karakter legyen.
manager-door-mismatch = A két jelszó eltér; írjon be újra egy újat.
manager-door-damaged = Az adatmappában lévő jelszófájl nem olvasható; lásd: docs/threat-model.md.
manager-door-who = A résztvevők csak a saját eredményeiket látják. A jelszó közös számítógépen zárva tartja ezt a képernyőt, de nem titkosítja az eredményeket.
manager-session-who = { $trainee } · { $when } · { $language }
manager-filter-scenario = Forgatókönyv: { $scenario }
manager-filter-period = Időszak: { $period }
manager-rename = Átnevezés
manager-hide = Elrejtés
manager-show = Megjelenítés
manager-merge = Összevonás
manager-delete = Törlés
manager-cancel = Mégse
manager-rename-to = Új név:
manager-merge-into = { $name } összevonása ezzel:
manager-confirm-merge = Összevonja „{ $from }” résztvevőt ezzel: „{ $into }”? { $count } gyakorlás kerül át, és „{ $from }” lekerül a névsorról.
manager-confirm-delete = Végleg törli „{ $name }” résztvevőt és { $count } gyakorlását?
manager-error-no-trainee = „{ $name }” nem szerepel a névsorban.
manager-error-name-taken = „{ $name }” már egy másik résztvevő neve: ha ugyanaz a személy, vonja össze őket.
manager-error-same = „{ $name }” nem vonható össze önmagával.
manager-error-empty = A névben legalább egy betűnek lennie kell.
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

## Hangos gyakorlás
voice-say-it = Most mondja ki hangosan:
voice-talk = Tartsa lenyomva, és beszéljen
voice-talk-keys = Beszéd közben tartsa lenyomva a szóközt (vagy a gombot) · Esc: másik válasz
voice-take-problem = Ez a felvétel nem használható: { $why }. Mondja el újra.
voice-customer-text-only = A vevő csak szövegként szól: { $why }.
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
