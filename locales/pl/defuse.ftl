### Defuse: interfejs po polsku.

## Kryteria, miejsca, trudność, ton i zakończenia

criterion-listening = słuchanie
criterion-empathy = empatia
criterion-ownership = odpowiedzialność
criterion-calm-tone = spokojny ton

setting-phone = infolinia
setting-shop-counter = lada w sklepie
setting-salon = salon
setting-cafe = kawiarnia
setting-chat = czat
setting-email = e-mail
setting-office = biuro

difficulty-easy = łatwy
difficulty-medium = średni
difficulty-hard = trudny

tone-calm = { $gender ->
        [female] spokojna
       *[other] spokojny
    }
tone-tense = { $gender ->
        [female] spięta
       *[other] spięty
    }
tone-annoyed = { $gender ->
        [female] zirytowana
       *[other] zirytowany
    }
tone-angry = { $gender ->
        [female] zła
       *[other] zły
    }
tone-furious = { $gender ->
        [female] wściekła
       *[other] wściekły
    }
tone-relieved = { $gender ->
        [female] uspokojona
       *[other] uspokojony
    }
tone-pleased = { $gender ->
        [female] zadowolona
       *[other] zadowolony
    }

outcome-resolved = sprawa załatwiona
outcome-escalated = sprawa eskalowana
outcome-customer-left = klient odszedł

language-name = Polski
answer-other-language = Twoje słowa są po { $found ->
        [en] angielsku
        [hu] węgiersku
        [pl] polsku
       *[he] hebrajsku
    }, a ta rozmowa toczy się po polsku. Odpowiedz po polsku: ta odpowiedź nie została oceniona.

## Liczenie

count-decisions = { $count ->
    [one] { $count } decyzja
    [few] { $count } decyzje
    [many] { $count } decyzji
   *[other] { $count } decyzji
}
count-scenarios = { $count ->
    [one] { $count } scenariusz
    [few] { $count } scenariusze
    [many] { $count } scenariuszy
   *[other] { $count } scenariusza
}
count-errors = { $count ->
    [one] { $count } błąd
    [few] { $count } błędy
    [many] { $count } błędów
   *[other] { $count } błędu
}
count-warnings = { $count ->
    [one] { $count } ostrzeżenie
    [few] { $count } ostrzeżenia
    [many] { $count } ostrzeżeń
   *[other] { $count } ostrzeżenia
}

## defuse play

quoted = „{ $text }”

## Karta wyników

verdict-unfinished = niedokończone

## Problemy w plikach scenariuszy (defuse validate)

what-scenario-id = identyfikator scenariusza
what-title = tytuł
what-brief = opis sytuacji
what-customer-name = imię i nazwisko klienta
what-starting-mood = nastrój początkowy
what-pass-mark = próg zaliczenia
what-trait = cecha klienta
what-node-id = identyfikator węzła
what-hint = podpowiedź
what-reply-text = treść odpowiedzi
what-wording = inne sformułowanie odpowiedzi
what-feedback = informacja zwrotna
what-score = ocena w kryterium { $criterion }
what-mood-change = zmiana nastroju
what-mood-limit = próg nastroju, który sprawdza trasa
what-line = wypowiedź klienta
what-summary = podsumowanie zakończenia
what-principle-id = identyfikator zasady
what-principle-title = tytuł zasady
what-principle-text = treść zasady

problem-empty = puste pole: { $what }
label-empty = puste
help-empty = wpisz tekst albo usuń ten wpis
problem-id-start = { $what } (`{ $id }`) nie zaczyna się od litery
problem-id-chars = { $what } (`{ $id }`) zawiera znaki inne niż litery, cyfry, - i _
label-plain-id = nieprawidłowy identyfikator
help-id = identyfikatory stają się nazwami w plikach tłumaczeń: zacznij od litery, potem używaj liter a–z, cyfr, - i _
problem-range = { $what }: { $value } wykracza poza dozwolony zakres od { $min } do { $max }
label-range = poza zakresem
problem-duplicate-node = identyfikator węzła `{ $id }` występuje dwa razy
label-used-again = ponownie tutaj
label-first-used = po raz pierwszy tutaj
help-duplicate-node = każdy węzeł musi mieć własny identyfikator
problem-no-nodes = scenariusz nie ma żadnych węzłów
problem-no-start = węzeł startowy `{ $id }` nie istnieje
label-no-such-node = nie ma węzła o tym identyfikatorze
problem-few-replies = decyzja `{ $id }` ma { $count ->
        [one] jedną odpowiedź
        [few] { $count } odpowiedzi
       *[other] { $count } odpowiedzi
    }; decyzja potrzebuje co najmniej dwóch
label-few-replies = za mało odpowiedzi
help-few-replies = dodaj obok najlepszej odpowiedzi wiarygodny błąd albo zamień to w zakończenie (Ending)
problem-wording-reads-as-another = sformułowanie { $wording } odpowiedzi { $reply } w decyzji `{ $id }` brzmi jak odpowiedź { $other } (podobieństwo { $closeness } %): kto je wpisze, trafi na ścieżkę odpowiedzi { $other }
label-wording-reads-as-another = brzmi jak odpowiedź { $other }
help-wording-reads-as-another = niech wyraża własny ruch tej odpowiedzi, ze szczegółem, który odróżnia ją od odpowiedzi { $other }
problem-no-translation = `{ $name }` nie ma jeszcze tłumaczenia ({ $lang }); wyświetla się w języku źródłowym ({ $source })
help-no-translation = uruchom `{ $fix }`, aby zacząć tłumaczenie
problem-unknown-principle = zasada coachingowa `{ $id }` nie istnieje
label-unknown-principle = nieznana zasada
help-unknown-principle = zdefiniuj ją w polu `principles` scenariusza albo w pliku { $file }
problem-same-scores = przy decyzji `{ $id }` każda odpowiedź ma te same oceny
label-same-scores = żadna odpowiedź nie jest lepsza od innych
help-same-scores = z takiego wyboru uczestnik niczego się nie nauczy: oceń odpowiedzi różnie
problem-utf16 = plik jest zapisany w kodowaniu UTF-16, a Defuse odczytuje UTF-8
note-long-line = wiersz { $line } ma { $length ->
        [one] { $length } znak
        [few] { $length } znaki
        [many] { $length } znaków
       *[other] { $length } znaku
    } długości: pokazano jego fragment wokół kolumny { $column }
problem-curly-quote = cudzysłów drukarski { $quote } w miejscu, gdzie RON wymaga prostego "
help-curly-quote = edytor tekstu zamienił cudzysłowy: wpisuj teksty w prostych cudzysłowach "…" (drukarskie wewnątrz tekstu nie przeszkadzają) albo wyłącz zamianę prostych cudzysłowów na drukarskie („smart quotes”)
problem-comma-at-end = przecinek po końcu scenariusza
problem-stray-comma = przecinek, przed którym nic nie ma
help-stray-comma = usuń ten przecinek: przecinki stawia się między polami i elementami list, po jednym
problem-unknown-kind = rodzaj odpowiedzi `{ $id }` nie istnieje
label-unknown-kind = nieznany rodzaj
help-kinds-are = rodzaje to: { $ids }
problem-best-longest = najlepsza odpowiedź przy `{ $id }` jest { $ratio } raza dłuższa od pozostałych odpowiedzi: zdradza ją sama długość
label-best-longest = zdecydowanie najdłuższa
help-best-longest = niech najlepsza odpowiedź mówi tyle, ile powiedziałby prawdziwy człowiek, a błędy niech będą tak rozbudowane jak prawdziwe (najwyżej półtora raza dłuższa od mediany długości pozostałych)
problem-principle-shadows = własna zasada `{ $id }` tego scenariusza ma identyfikator zasady wspólnej i zastępuje ją tutaj
label-principle-shadows = także zasada wspólna
help-principle-shadows = nadaj jej inny identyfikator albo użyj tej z { $file } bez zmian
problem-best-longest-often = najlepsza odpowiedź jest najdłuższa przy { $count } z { $decisions } decyzji: kto wybiera najdłuższą, dobrze na tym wychodzi
label-best-longest-often = najdłuższa odpowiedź zwykle jest najlepsza
help-best-longest-often = niech najlepsza odpowiedź będzie najdłuższa najwyżej przy jednej trzeciej decyzji: wydłuż któryś błąd albo powiedz najlepszą krócej
problem-few-defensible = tylko { $count } z { $decisions } decyzji ma drugą odpowiedź prawie tak dobrą jak najlepsza
label-few-defensible = mało drugich odpowiedzi, których da się bronić
help-few-defensible = przy co najmniej jednej trzeciej decyzji daj drugą odpowiedź wartą co najmniej 70 % najlepszej, z informacją zwrotną, co najlepsza zrobiła lepiej
problem-best-first = najlepsza odpowiedź stoi w pliku na pierwszym miejscu przy { $count } z { $decisions } decyzji
label-best-first = najlepsza odpowiedź jest zwykle pierwsza
help-best-first = w sesjach kolejność odpowiedzi jest losowa, ale rozgrywki testowe i `--in-file-order` pokazują je tak, jak są zapisane: zmieniaj miejsce najlepszej odpowiedzi
problem-telltale-opening = od { $phrase } { $count ->
        [one] zaczyna się { $count } najlepsza odpowiedź
        [few] zaczynają się { $count } najlepsze odpowiedzi
       *[other] zaczyna się { $count } najlepszych odpowiedzi
    } i żadna inna
label-telltale-opening = początek, który zdradza odpowiedź
help-telltale-opening = niech błędy też tak się zaczynają („Ma pan rację, ale…”), albo zaczynaj najlepsze odpowiedzi na różne sposoby
problem-kind-scores = odpowiedź rodzaju `{ $kind }` powinna mieć oceny: { $ranges }
label-kind-scores = oceny niezgodne z rodzajem
help-kind-scores = ten sam rodzaj odpowiedzi dostaje podobne oceny w każdym scenariuszu: zobacz tabelę rodzajów odpowiedzi w docs/authoring.md (albo wskaż inny rodzaj)
problem-lost-passes = zakończenie `{ $id }` to utrata klienta, ale nie oznacza niezaliczenia
label-lost-passes = przy straconym kliencie mogłoby stanąć „zaliczone”
help-lost-passes = dodaj do zakończenia `fails: true`
what-playtest-name = nazwa rozgrywki testowej
problem-playtest-unknown-ending = rozgrywka testowa „{ $name }” oczekuje zakończenia `{ $id }`, które nie istnieje
problem-playtest-no-reply = rozgrywka testowa „{ $name }”: decyzja `{ $decision }` nie ma odpowiedzi { $number } (ma odpowiedzi od 1 do { $available })
problem-playtest-ran-out = w rozgrywce testowej „{ $name }” zabrakło odpowiedzi przy decyzji `{ $at }`
problem-playtest-left-over = rozgrywka testowa „{ $name }” doszła do zakończenia `{ $ending }`, a { $count ->
        [one] została jeszcze { $count } odpowiedź
        [few] zostały jeszcze { $count } odpowiedzi
       *[other] zostało jeszcze { $count } odpowiedzi
    }
problem-playtest-ending = rozgrywka testowa „{ $name }” doszła do zakończenia `{ $ending }`, a nie `{ $expected }`
problem-playtest-verdict = rozgrywka testowa „{ $name }” kończy się { $passed ->
        [true] zaliczeniem
       *[false] niezaliczeniem
    } (ogółem { $overall }), a powinna się kończyć { $expected ->
        [true] zaliczeniem
       *[false] niezaliczeniem
    }
label-playtest = ta rozgrywka testowa
help-playtest-path = przebieg rozmowy: { $path }
problem-typed-no-neutral = przy decyzji `{ $id }` uczestnik ma odpowiedzieć własnymi słowami, ale nic nie mówi, jak klient reaguje na słowa niepasujące do żadnej z odpowiedzi
label-typed-no-neutral = tylko własne słowa
problem-no-neutral = scenariusz `{ $id }` nie ma neutralnej reakcji
label-no-neutral = brak neutralnej reakcji
help-no-neutral = dodaj do scenariusza `neutral: (says: ["…"], mood: -5)`: to, co mówi klient, gdy wpisane słowa nie pasują do żadnej odpowiedzi przy decyzji (potem ta sama decyzja wraca)
problem-no-patience = klient bez cierpliwości wychodzi już po pierwszej niedopasowanej odpowiedzi
label-no-patience = cierpliwość 0
help-patience = ustaw `patience` na 1 lub więcej (domyślnie 3): tyle kolejnych odpowiedzi własnymi słowami, które nie pasują do żadnej odpowiedzi decyzji, znosi klient
problem-walk-out-not-failing = `walk_out` musi wskazywać zakończenie, które oznacza niezaliczenie, a `{ $id }` nim nie jest
label-walk-out = dokąd klient wychodzi
help-walk-out = dodaj zakończenie, np. `Ending(id: "walkout", outcome: CustomerLeft, says: ["…"], summary: "…", fails: true)`, albo wskaż je w `walk_out`: klient trafia tam, gdy skończy mu się cierpliwość albo nastrój spadnie do -100
problem-no-walk-out = scenariusz `{ $id }` nie ma zakończenia dla klienta, który wychodzi: odpowiedzi własnymi słowami, które do niczego nie pasują, mogą trwać bez końca
problem-no-routes = rozgałęzienie `{ $id }` nie ma żadnych tras
label-no-routes = zawsze prowadzi do `otherwise`
help-no-routes = skieruj odpowiedzi bezpośrednio do węzła z `otherwise`
problem-says-nothing = klient nic tu nie mówi
label-no-words = brak tekstu
help-says-nothing = podaj co najmniej jedną wypowiedź, np. says: ["..."]
problem-unknown-target = `{ $id }` nie jest węzłem tego scenariusza
label-leads-nowhere = prowadzi donikąd
help-did-you-mean = czy chodziło o `{ $id }`?
help-nodes-are = węzły to: { $ids }
problem-unreachable = do `{ $id }` nie da się dojść od startu
label-unreachable = nieosiągalny
help-unreachable = żadna odpowiedź ani rozgałęzienie tu nie prowadzi: podłącz ten węzeł albo go usuń
problem-dead-end = z `{ $id }` nie da się dojść do żadnego zakończenia
label-dead-end = ślepy zaułek
help-dead-end = każda droga stąd się urywa albo krąży bez wyjścia: skieruj co najmniej jedną odpowiedź do zakończenia
problem-loop = rozmowa może się zapętlić: `{ $from }` prowadzi z powrotem do `{ $to }`
label-loop = pętla
help-loop = pętle są dozwolone, ale `defuse stats` liczy wtedy każdą pętlę raz, a liczba ścieżek jest nieograniczona
problem-branch-loop = rozgałęzienia `{ $from }` i `{ $to }` mogą kierować do siebie nawzajem bez końca
label-branch-loop = pętla rozgałęzień
help-branch-loop = między rozgałęzieniami nastrój się nie zmienia: wstaw w pętlę wypowiedź klienta
problem-duplicate-principle = identyfikator zasady `{ $id }` występuje dwa razy
problem-duplicate-scenario = identyfikator scenariusza `{ $id }` występuje dwa razy
help-duplicate-scenario = ten identyfikator ma już { $file }
problem-unknown-field = nieznane pole `{ $field }` w { $where }
help-fields = dozwolone pola to: { $list }
problem-missing-field = brak pola `{ $field }` w { $where }
help-missing-field = dopisz `{ $field }: ...` przed nawiasem zamykającym
problem-unknown-value = nieznana wartość `{ $value }` dla { $where }
help-values = użyj jednej z: { $list }
problem-field-twice = pole `{ $field }` podano dwa razy
help-field-twice = zostaw tylko jedno z nich
problem-expected-comma = tu powinien być przecinek
help-expected-comma = czy brakuje przecinka na końcu poprzedniego wiersza albo nie zamknięto cudzysłowu?
problem-eof = plik kończy się za wcześnie
help-eof = prawdopodobnie nie zamknięto nawiasu lub cudzysłowu
problem-ron = nie można odczytać pliku jako RON: { $reason }
label-here = tutaj
problem-not-utf8 = plik nie jest poprawnym tekstem UTF-8
label-not-utf8 = tego bajtu nie da się odczytać
help-not-utf8 = zapisz plik w kodowaniu UTF-8
problem-read-folder = nie można odczytać folderu scenariuszy: { $reason }
problem-no-scenario = nie ma scenariusza `{ $id }`: to ani plik, ani identyfikator w { $folder }
help-no-scenarios = folder scenariuszy nie zawiera żadnych scenariuszy
help-scenarios-found = znalezione scenariusze: { $list }

## Problemy w plikach tłumaczeń

problem-fluent-syntax = błąd składni Fluent: { $reason }
help-fluent-syntax = składnię opisuje https://projectfluent.org/fluent/guide/
problem-extra-variable = `{ $id }` używa zmiennych { $names }, których nie ma w tekście źródłowym
label-extra-variable = nieznana zmienna
help-extra-variable = teksty scenariuszy nie mają zmiennych: napisz słowa wprost
problem-source-changed = tekst źródłowy `{ $id }` zmienił się od czasu tłumaczenia
label-source-changed = tłumaczenie może być nieaktualne
help-source-changed = źródło brzmi teraz: { $source }
    sprawdź tłumaczenie, a potem usuń wiersz `# changed` (jeśli go nie ma, najpierw uruchom `{ $fix }`)
problem-missing-messages = brakuje { $count } z { $total } komunikatów; zamiast nich wyświetla się tekst w języku źródłowym: { $ids }
help-missing-messages = uruchom `{ $fix }`, aby je dodać
problem-untranslated = { $count } z { $total } komunikatów oznaczono jako nieprzetłumaczone: { $ids }
help-untranslated = przetłumacz je i usuń wiersze `# untranslated`
problem-obsolete = `{ $id }` nie występuje już w źródle
label-obsolete = nieaktualne
help-obsolete = usuń go albo uruchom `{ $fix }`, aby przenieść go do sekcji nieaktualnych
variables-none = brak
problem-variables-differ = `{ $id }` używa zmiennych { $found }, a angielskie źródło używa { $wanted }
label-variables-differ = różne zmienne
problem-missing-interface = brakuje { $count } z { $total } komunikatów interfejsu; zamiast nich wyświetla się tekst angielski: { $ids }
problem-not-in-english = `{ $id }` nie występuje w angielskim interfejsie
label-in-this-file = w tym pliku
list-and-more = {" "}i { $count } więcej

## defuse graph

graph-fails = oznacza niezaliczenie
graph-mood = nastrój { $change }
graph-page-title = { $title }: przebieg rozmowy
graph-page-help = Kliknij węzeł, aby zobaczyć jego wypowiedzi i odpowiedzi; przeciągnij, aby przesunąć, użyj kółka myszy, aby powiększyć, albo znajdź węzeł po identyfikatorze.
graph-page-search = Znajdź węzeł po identyfikatorze
graph-page-fit = Pokaż całość
graph-page-says = Słowa klienta
graph-page-replies = Odpowiedzi
graph-page-hint = Podpowiedź
graph-page-routes = Trasy, sprawdzane po kolei
graph-page-summary = Co dzieje się dalej
graph-page-chosen = wybory uczestników
graph-page-ended = sesje zakończone w tym miejscu
graph-page-no-match = wpisane słowa niepasujące do żadnej odpowiedzi
graph-page-chosen-count = wybrana { $count ->
        [one] raz
        [few] { $count } razy
        [many] { $count } razy
       *[other] { $count } raza
    }
graph-page-ended-count = { $count ->
        [one] 1 sesja zakończyła się tutaj
        [few] { $count } sesje zakończyły się tutaj
        [many] { $count } sesji zakończyło się tutaj
       *[other] { $count } sesji zakończyło się tutaj
    }
graph-page-sessions = Nałożone na schemat: co robili uczestnicy w { $count ->
        [one] 1 sesji
        [few] { $count } sesjach
        [many] { $count } sesjach
       *[other] { $count } sesjach
    }
graph-otherwise = w pozostałych przypadkach
graph-no-match = własne słowa niepasujące do żadnej odpowiedzi
graph-mood-below = nastrój < { $limit }
graph-mood-at-least = nastrój ≥ { $limit }

## Rozmowa i omówienie

debrief-next-time = Następnym razem
debrief-lesson = { $n }. { $principle } – przy decyzji { $number } najlepsza odpowiedź brzmiała: „{ $text }”
debrief-no-lessons = Przy każdej decyzji wybrano najlepszą odpowiedź.

## Daty

date = { $day } { $month } { $year }
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
date-short = { $day } { $month }
month-short-1 = sty
month-short-2 = lut
month-short-3 = mar
month-short-4 = kwi
month-short-5 = maj
month-short-6 = cze
month-short-7 = lip
month-short-8 = sie
month-short-9 = wrz
month-short-10 = paź
month-short-11 = lis
month-short-12 = gru

## Karty wyników (defuse play --trainee) i defuse report

report-title = Wyniki szkoleń
report-empty = Brak pasujących kart wyników. Sesje rozegrane z podanym imieniem uczestnika są zapisywane i pojawiają się tutaj.
report-heading = { $sessions ->
    [one] { $sessions } sesja
    [few] { $sessions } sesje
    [many] { $sessions } sesji
   *[other] { $sessions } sesji
}, { $trainees ->
    [one] { $trainees } uczestnik
    [few] { $trainees } uczestników
    [many] { $trainees } uczestników
   *[other] { $trainees } uczestnika
}
report-trainee = Uczestnik
report-sessions = Sesje
report-pass-rate = Odsetek zaliczeń
report-overall = Ogółem
report-trend = Trend
report-last = Ostatnia sesja
report-focus = { $trainee }: do poprawy: { $criteria }; najczęściej pomijana najlepsza odpowiedź wg zasady „{ $title }” (razy: { $count })
report-when = Data
report-scenario = Scenariusz
report-scenario-id = Identyfikator scenariusza
report-scenario-hash = Plik scenariusza (SHA-256)
report-language = Język
report-outcome = Wynik
report-result = Zaliczenie
report-abandoned = przerwane
report-passed = zaliczone
report-failed = niezaliczone
report-started = Początek
report-ended = Koniec
report-pass-mark = Próg zaliczenia
report-decisions = Decyzje
report-interruptions = Przerwania
report-hints = Podpowiedzi
report-session-id = Identyfikator sesji
report-version = Wersja Defuse
report-trainee-line = { $sessions ->
    [one] { $sessions } sesja
    [few] { $sessions } sesje
    [many] { $sessions } sesji
   *[other] { $sessions } sesji
}, zaliczone: { $passed }, przerwane: { $abandoned }, próbne: { $practice } · { $first } – { $last }
report-radar = Średnia w każdym kryterium
report-trend-chart = Wynik ogólny w czasie na tle progu zaliczenia
report-work-on = Do poprawy: { $criterion }
report-latest-of = Lista obejmuje najnowsze sesje ({ $shown } z { $count }); wykresy i średnie uwzględniają wszystkie.
report-skipped = Pominięte pliki
report-count-abandoned = przerwane: { $count }
report-count-practice = próbne: { $count }
report-not-counted = Przerwane sesje ({ $abandoned }) i przebiegi próbne ({ $practice }) są na liście, ale nie wliczają się do wyników ani do odsetka zaliczeń.
report-focus-criteria = { $trainee }: do poprawy: { $criteria }
report-flag-note = ! do poprawy: poniżej progu zaliczenia albo co najmniej { $gap } pkt poniżej średniej zespołu
report-team = Zespół
report-notes = Uwagi
report-failed-because = niezaliczona: { $reason }
report-reason-ending = zakończenie „{ $outcome }” ({ $node }) oznacza niezaliczenie
report-reason-pass-mark = { $overall } to mniej niż próg zaliczenia { $pass_mark }
report-practice-run = przebieg próbny ({ $why })
report-practice-from = od { $node }
report-practice-mood = nastrój ustawiony na { $mood }
report-practice-in-file-order = odpowiedzi w kolejności z pliku
report-practice-edited = scenariusz edytowany w trakcie gry
report-expert = tryb eksperta
report-own-words = własne słowa { $count }/{ $total }
report-time-zone = Strefa czasowa
report-ending = Zakończenie
report-reason = Powód niezaliczenia
report-own-words-share = Własne słowa (% decyzji)
report-expert-column = Tryb eksperta
report-practice-column = Przebieg próbny
report-yes = tak
report-no = nie
report-decision-number = Decyzja
report-decision-node = Identyfikator decyzji
report-customer-line = Klient powiedział
report-reply-number = Numer odpowiedzi
report-reply-text = Odpowiedź
report-own-words-column = Własne słowa
report-taken-as = Uznana za
report-closeness = Podobieństwo
report-best-of = Najlepszy możliwy: { $criterion }
report-best-missed = Pominięta najlepsza odpowiedź
report-principle = Zasada
report-mood-before = Nastrój przed
report-mood-after = Nastrój po
report-interrupted = Przerwanie
report-hint = Podpowiedź
report-missed-who = uczestnicy: { $trainees } · { $scenarios }
report-first-attempt = Pierwsza
report-latest-attempt = Ostatnia
report-attempts = Podejścia
report-chart-pass-mark = próg { $mark }
report-pass-explained = Sesja jest zaliczona, gdy wynik ogólny osiąga próg scenariusza, a zakończenie nie oznacza niezaliczenia. Trend: ostatnia jedna trzecia sesji uczestnika względem pierwszej jednej trzeciej.
report-team-title = Zespół
report-missed-title = Zasady, które zespół pomijał najczęściej (nie wybrano najlepszej odpowiedzi)
report-missed-line = { $count } × „{ $title }” ({ $criterion }) — uczestnicy: { $trainees }; { $scenarios }
report-hardest-title = Najtrudniejsze decyzje
report-hardest-scenario = { $title } (sesje: { $sessions })
report-hardest-line = „{ $line }” — najlepsza odpowiedź pominięta { $missed } z { $met } razy ({ $node })
report-hardest-best = najlepsza: „{ $text }”
report-hardest-wrong = najczęściej wybierana zamiast niej: „{ $text }” ({ $times } ×)
report-hardest-wrong-none = najczęściej zamiast niej: własne słowa niepasujące do żadnej odpowiedzi ({ $times } ×)
report-endings = Zakończenia: { $list }
report-ending-fails = { $ending } (niezaliczenie)
report-ending-named = { $outcome } ({ $node })
report-weeks-title = Zespół tydzień po tygodniu (ukończone sesje)
report-week-line = tydzień od { $date }: sesje: { $sessions }, wynik { $overall } ({ $margin } względem progu), zaliczone: { $rate }
report-progress-title = Pierwsze i ostatnie podejście, według uczestnika i scenariusza
report-progress-line = { $trainee } · { $scenario }: { $first } → { $latest } ({ $change }, podejścia: { $attempts })

## Synchronizacja z repozytorium wyników nauki (defuse sync)

lrs-error-unreachable = brak połączenia z serwerem LRS pod adresem { $endpoint }: { $reason }
lrs-error-credentials = serwer LRS pod adresem { $endpoint } odrzucił nazwę użytkownika lub hasło (HTTP { $status })
lrs-error-rejected = serwer LRS pod adresem { $endpoint } odrzucił wpisy xAPI (HTTP { $status }): { $message }
lrs-error-server = serwer LRS pod adresem { $endpoint } zwrócił błąd (HTTP { $status }): { $message }


# Typed words taken as an authored reply start from its scores; said under the turn's scores.
typed-scored-as-reply = Ocena jak za tę odpowiedź: Twoje słowa robią to samo co ona.
# $moved: the criteria moved and by how many points, e.g. "calm tone -1, empathy +1".
typed-scored-as-reply-moved = Ocena jak za tę odpowiedź, skorygowana tam, gdzie Twoje słowa robią coś inaczej: { $moved }.
