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

play-customer = { $gender ->
        [female] Klientka
       *[other] Klient
    }: { $name } · nastrój { $mood } · ziarno { $seed }
play-customer-says = { $name } ({ $tone }):
play-you = Ty ({ $number }):
play-mood = nastrój { $before } → { $after }
play-feedback = Informacja zwrotna: { $text }
play-principle = Zasada ({ $criterion }): { $title }. { $text }
play-ending = ── Zakończenie: { $outcome } ({ $id }) ──
play-stopped = Rozmowa urywa się tutaj, niedokończona: brak odpowiedzi przy decyzji { $number } (`{ $node }`).
play-prompt = Twoja odpowiedź (1–{ $count } lub własne słowa, q kończy):
play-prompt-words = Twoja odpowiedź własnymi słowami (q kończy):
play-type-a-number = Wpisz liczbę od 1 do { $count } albo odpowiedź własnymi słowami.
play-type-words = Tutaj klient potrzebuje Twoich własnych słów: wpisz odpowiedź, nie liczbę.
play-own-words = (Odpowiedz własnymi słowami: odpowiedzi nie są wypisane.)
play-you-typed = Ty, własnymi słowami:
play-taken-as = Uznano za odpowiedź { $number } (podobieństwo { $closeness } %): „{ $text }”
play-no-match = Żadna z odpowiedzi nie jest wystarczająco bliska (podobieństwo najwyżej { $closeness } %): { $gender ->
        [female] klientka
       *[other] klient
    } ({ $name }) przyjmuje to neutralnie.
play-leftover = ostrzeżenie: rozmowa się skończyła, a { $count ->
        [one] została jedna odpowiedź
        [few] zostały { $count } odpowiedzi
       *[other] zostało { $count } odpowiedzi
    }: { $choices }
play-missing-translation = ostrzeżenie: { $count ->
        [one] jeden tekst
        [few] { $count } teksty
       *[other] { $count } tekstów
    } scenariusza „{ $scenario }” nie ma jeszcze tłumaczenia ({ $language }) i jest wyświetlanych w języku oryginału
error-choice-zero = błąd: --choices: odpowiedzi numeruje się od 1, a wybór nr { $position } to 0
error-no-such-reply = błąd: wybór { $choice } przy decyzji { $decision }: przy decyzji `{ $node }` nie ma odpowiedzi { $choice }, są odpowiedzi od 1 do { $count }
error-not-a-number = błąd: `{ $answer }` nie jest ani numerem odpowiedzi od 1 do { $count }, ani odpowiedzią własnymi słowami
error-words-wanted = błąd: `{ $answer }`: przy tej decyzji uczestnik ma odpowiedzieć własnymi słowami, a nie numerem odpowiedzi
error-cannot-read-reply = błąd: nie można odczytać odpowiedzi: { $reason }

## Karta wyników

scorecard = Karta wyników
scorecard-not-tested = nieoceniane na tej ścieżce
scorecard-overall = ogółem
scorecard-outcome = wynik
scorecard-pass-mark = (próg zaliczenia { $mark })
scorecard-summary = { $outcome } po { $decisions }, nastrój klienta { $mood }
verdict-pass = zaliczone
verdict-fail = niezaliczone
verdict-fail-ending = niezaliczone: to zakończenie oznacza porażkę
verdict-unfinished = niedokończone

## defuse stats

stats-size = węzły { $nodes } · decyzje { $decisions } · odpowiedzi { $replies }
stats-endings = zakończenia: { $list }
stats-paths = różne ścieżki: { $paths }
stats-paths-unbounded = różne ścieżki: bez ograniczeń (rozmowa może się zapętlić)
stats-lengths = najkrótsza ścieżka: { $shortest } · najdłuższa: { $longest }
stats-unbounded = bez ograniczeń
stats-reach = osiągalny wynik
stats-best = najlepszy
stats-worst = najgorszy
stats-loops-note = (przy najlepszym i najgorszym wyniku każda pętla liczy się raz)
play-route = ↳ rozgałęzienie `{ $branch }`: { $why } → `{ $to }`
play-route-below = nastrój { $mood } jest poniżej { $limit }
play-route-at-least = nastrój { $mood } wynosi co najmniej { $limit }
play-route-otherwise = nastrój { $mood } nie spełnia żadnego z warunków ({ $tests }), więc rozmowa idzie trasą „w pozostałych przypadkach”
play-hint = Podpowiedź (przy tej decyzji 1 punkt mniej w każdym kryterium): { $text }
play-no-hint = Przy tej decyzji nie ma podpowiedzi.
play-keys = Klawisze: 1–{ $count } wybór odpowiedzi · albo wpisz odpowiedź własnymi słowami · h podpowiedź (1 punkt mniej w każdym kryterium) · ? ta lista klawiszy · q koniec
play-keys-words = Klawisze: wpisz odpowiedź własnymi słowami · h podpowiedź (1 punkt mniej w każdym kryterium) · ? ta lista klawiszy · q koniec
watch-watching = Śledzenie zmian w { $file } i jego tłumaczeniach: zapisz zmianę, a okno wczyta plik ponownie.
watch-reloaded = Scenariusz został wczytany ponownie.
watch-went-on = Scenariusz został wczytany ponownie: rozmowa toczy się dalej od węzła `{ $node }`, nastrój { $mood }.
watch-broken = Scenariusz nie przechodzi już kontroli poprawności ({ $count ->
        [one] jeden problem
        [few] { $count } problemy
        [many] { $count } problemów
       *[other] { $count } problemu
    }); dopóki nie zostanie poprawiony, okno zachowuje ostatnią poprawną wersję:
watch-banner = Ten scenariusz nie przechodzi już kontroli poprawności; dopóki nie zostanie poprawiony, okno odtwarza ostatnią poprawną wersję:
new-created = Utworzono { $path }: działający przykład do przerobienia na własny scenariusz. Następny krok: `defuse validate { $id }`, potem `defuse play { $id } --in-file-order`; każde pole objaśnia docs/authoring.md.
error-new-id = błąd: `{ $id }` nie może być identyfikatorem scenariusza: użyj liter, cyfr, - i _, zaczynając od litery
error-new-exists = błąd: { $path } już istnieje: wybierz inny identyfikator albo edytuj ten plik
error-new-write = błąd: nie można zapisać pliku { $path }: { $reason }
list-summary = { $count ->
        [one] jeden scenariusz
        [few] { $count } scenariusze
        [many] { $count } scenariuszy
       *[other] { $count } scenariusza
    } w { $folder }
list-id = identyfikator
list-title = tytuł
list-decisions = decyzje
list-endings = zakończenia
list-source = oryginał
list-unreadable = nie można odczytać: { $problem } (szczegóły: `defuse validate`)
stats-naive = Odsetek zaliczeń naiwnych graczy (ziarna: { $seeds }): zawsze pierwsza wyświetlona odpowiedź { $first } · zawsze najdłuższa { $longest } · zawsze najkrótsza { $shortest } · losowa { $random }
stats-content = Najlepsza odpowiedź: najdłuższa przy { $longest } z { $decisions } decyzji · najwyżej { $ratio } raza dłuższa od mediany długości pozostałych (limit { $limit }) · druga odpowiedź do obrony przy { $defensible }
stats-principles-heading = Zasady coachingowe: decyzje, przy których najlepsza odpowiedź uczy danej zasady (scenariusz/decyzja)
stats-principle-taught = nauczana przy { $count ->
        [one] { $count } decyzji
       *[other] { $count } decyzjach
    }: { $where }{ $named ->
        [0] {""}
        [one] {" "}(wymieniona jeszcze w { $named } innej odpowiedzi)
       *[other] {" "}(wymieniona jeszcze w { $named } innych odpowiedziach)
    }
stats-principle-untaught = żadna najlepsza odpowiedź jej nie uczy { $named ->
        [0] (nie wymienia jej też żadna inna odpowiedź)
        [one] (wymieniona w { $named } innej odpowiedzi)
       *[other] (wymieniona w { $named } innych odpowiedziach)
    }
stats-principles-missing = { $count ->
        [one] jednej zasady nie uczy żadna najlepsza odpowiedź: daj jej decyzję, w której najlepsza odpowiedź ją pokazuje
        [few] { $count } zasad nie uczy żadna najlepsza odpowiedź: daj każdej decyzję, w której najlepsza odpowiedź ją pokazuje
        [many] { $count } zasad nie uczy żadna najlepsza odpowiedź: daj każdej decyzję, w której najlepsza odpowiedź ją pokazuje
       *[other] { $count } zasady nie uczy żadna najlepsza odpowiedź: daj każdej decyzję, w której najlepsza odpowiedź ją pokazuje
    }

## defuse validate i extract

validate-summary = sprawdzono { $scenarios }: { $errors }, { $warnings }
validate-playtests = { $count ->
        [one] rozgrywka testowa przeszła
       *[other] wszystkie rozgrywki testowe ({ $count }) przeszły
    }
stats-naive-replay = { $player }: zaliczył z ziarnem { $seed }; `defuse play { $id } --seed { $seed } --choices { $choices }` odtworzy ten przebieg
validate-no-files = ostrzeżenie: brak plików scenariuszy (*.ron) w { $folders }
validate-cannot-play = błąd: nie można zagrać { $file }, dopóki te problemy nie zostaną poprawione (uruchom `defuse validate { $file }`)
coverage-heading = Stan tłumaczeń (przetłumaczone i aktualne)
coverage-interface = interfejs
coverage-principles = zasady
coverage-source = oryginał
extract-refused = najpierw popraw plik: pozostawiono go bez zmian
extract-wrote = { $file }: { $added } nowych, { $kept } zachowanych, { $changed } zmienionych, { $obsolete } nieaktualnych

## Okno trenera

picker-title = Defuse
picker-count = { $count ->
    [one] { $count } scenariusz
    [few] { $count } scenariusze
   *[other] { $count } scenariuszy
}
picker-customer = { $gender ->
        [female] Klientka
       *[other] Klient
    }: { $name }
picker-broken = Pominięte scenariusze (uruchom `defuse validate`)
picker-language = Język

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
problem-no-such-path = nie ma takiego pliku ani folderu

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
problem-no-translation = `{ $name }` nie ma jeszcze tłumaczenia ({ $lang }); wyświetla się w języku źródłowym ({ $source })
help-no-translation = uruchom `{ $fix }`, aby zacząć tłumaczenie
problem-no-interface = interfejs nie ma tłumaczenia ({ $lang }); wyświetla się po angielsku
help-no-interface = skopiuj { $file } i przetłumacz go

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

conversation-mood = Nastrój { $mood }
conversation-keys = W polu: Enter wysyła, Shift+Enter nowa linia, Esc wychodzi z pola · Poza polem: 1–{ $count } lub mysz wybiera, H: podpowiedź, Esc: wstecz
conversation-keys-words = Enter wysyła, Shift+Enter nowa linia · Esc wychodzi z pola, ponowny Esc: wstecz
conversation-show-brief = Opis sytuacji
conversation-hide-brief = Ukryj opis
conversation-own-words = Odpowiedz własnymi słowami: odpowiedzi nie są tu wypisane.
conversation-or-own-words = Albo odpowiedz własnymi słowami:
conversation-say = Powiedz
conversation-taken-as = Uznano za: „{ $text }” (podobieństwo { $closeness } %)
conversation-no-match = Żadna z odpowiedzi w tym miejscu nie jest wystarczająco bliska (podobieństwo najwyżej { $closeness } %), więc { $gender ->
        [female] klientka
       *[other] klient
    } ({ $name }) przyjmuje to neutralnie.
conversation-no-rubric = Twoich słów nie da się ocenić: schemat oceniania dla tego języka zawiera błąd. Wybierz odpowiedź z listy albo poproś trenera o poprawkę: { $problem }
conversation-hint = Podpowiedź (kosztuje 1 punkt w każdym kryterium)
conversation-hint-text = Podpowiedź: { $text }
conversation-interrupted = Odpowiedź padła, zanim { $gender ->
        [female] klientka ({ $name }) skończyła
       *[other] klient ({ $name }) skończył
    } mówić: zdenerwowanego klienta trzeba wysłuchać do końca.
debrief-passed = zaliczone
debrief-failed = niezaliczone
debrief-overall = ogółem { $score } · próg zaliczenia { $mark }
debrief-turn = Decyzja { $number }
debrief-your-reply = Twoja odpowiedź: „{ $text }”
debrief-best-missed = Najlepsza odpowiedź w tym miejscu: „{ $text }”
debrief-taken-as = Własne słowa, uznane za: „{ $text }” (podobieństwo { $closeness } %)
debrief-no-match = Własne słowa; nie pasowały do żadnej z odpowiedzi (podobieństwo najwyżej { $closeness } %), więc klient ({ $name }) zareagował neutralnie.
debrief-no-evidence = Schemat oceniania nie znalazł w tych słowach niczego, co przemawiałoby za którymkolwiek kryterium lub przeciw niemu.
debrief-evidence-criterion = { $criterion }: { $score } na 100
debrief-evidence-principle = {" "}(zasada: { $title })
debrief-interrupted = Przerwanie klientowi: −2 za słuchanie
debrief-hint-taken = Użyta podpowiedź: −1 w każdym kryterium
debrief-retry = Jeszcze raz (R)
debrief-back = Wróć do scenariuszy (Esc)
debrief-next = Następny scenariusz
debrief-reason-passed = Zaliczone: { $score } osiąga próg { $mark }.
debrief-reason-below = Niezaliczone: { $score } jest poniżej progu { $mark }.
debrief-reason-ending = Niezaliczone: to zakończenie ({ $ending }) oznacza niezaliczenie bez względu na wynik.
debrief-reason-unfinished = Nieukończone: rozmowa została przerwana przed końcem.
debrief-next-time = Następnym razem
debrief-lesson = { $n }. { $principle } – przy decyzji { $number } najlepsza odpowiedź brzmiała: „{ $text }”
debrief-no-lessons = Przy każdej decyzji wybrano najlepszą odpowiedź.
debrief-decision-closed = ▸ Decyzja { $number } { $mark } „{ $reply }” · { $points }/{ $best }
debrief-decision-open = ▾ Decyzja { $number } { $mark } · { $points }/{ $best }

## Ustawienia

settings-text-size = Wielkość tekstu
settings-small = mała
settings-normal-size = normalna
settings-normal-pace = normalne
settings-large = duża
settings-pace = Tempo czytania
settings-slow = wolne
settings-fast = szybkie

## Ekran startowy

start-tagline = Ćwicz uspokajanie zdenerwowanych klientów, rozmowa po rozmowie.
start-name = Twoje imię i nazwisko
start-returning = Witaj ponownie! To nie Ty? Wpisz swoje imię.
start-name-needed = Najpierw wpisz swoje imię: pod nim zapisujemy Twoje wyniki.
start-continue = Dalej

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

## Karty wyników (defuse play --trainee) i defuse report

scorecard-saved = Zapisano kartę wyników: { $path }
scorecard-saved-abandoned = Zapisano kartę wyników (sesja przerwana): { $path }
error-scorecard-not-saved = błąd: nie udało się zapisać karty wyników: { $reason }
error-trainee-empty = błąd: --trainee: nie podano imienia uczestnika
error-data-dir = błąd: nie można użyć folderu danych { $dir }: { $reason }
report-skipped-file = ostrzeżenie: pominięto plik { $file }: { $reason }
report-skipped-count = { $count ->
    [one] ostrzeżenie: { $count } plik w folderze kart wyników nie dał się odczytać i został pominięty
    [few] ostrzeżenie: { $count } pliki w folderze kart wyników nie dały się odczytać i zostały pominięte
    [many] ostrzeżenie: { $count } plików w folderze kart wyników nie dało się odczytać i zostało pominiętych
   *[other] ostrzeżenie: { $count } pliku w folderze kart wyników nie dało się odczytać i zostało pominięte
}
report-reading = Wczytywanie kart wyników
error-report-date = błąd: { $option }: { $reason }
error-report-write = błąd: nie można zapisać pliku { $file }: { $reason }
report-written = Zapisano raport: { $file }

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
report-sessions-abandoned = { $count } (przerwane: { $abandoned })
report-pass-rate = Odsetek zaliczeń
report-overall = Ogółem
report-trend = Trend
report-last = Ostatnia sesja
report-focus = { $trainee }: najsłabsze kryterium to { $criterion }; warto przećwiczyć zasadę „{ $title }”
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
}, zaliczone: { $passed }, przerwane: { $abandoned } · { $first } – { $last }
report-radar = Średnia w każdym kryterium
report-trend-chart = Poszczególne kryteria w czasie
report-work-on = Do poprawy: { $criterion }
report-latest-of = Lista obejmuje najnowsze sesje ({ $shown } z { $count }); wykresy i średnie uwzględniają wszystkie.
report-skipped = Pominięte pliki

## Ekran kierownika i wcześniejsze wyniki na liście scenariuszy

picker-best = Twój najlepszy wynik: { $score } ({ $verdict })
manager-open = Panel kierownika
manager-title = Panel kierownika
manager-back = Wstecz
manager-loading = Wczytywanie kart wyników: { $done } z { $total }
manager-save-error = Nie udało się zapisać ostatniej karty wyników: { $reason }
manager-skipped = { $count ->
    [one] { $count } plik w folderze kart wyników nie dał się odczytać i został pominięty:
    [few] { $count } pliki w folderze kart wyników nie dały się odczytać i zostały pominięte:
    [many] { $count } plików w folderze kart wyników nie dało się odczytać i zostało pominiętych:
   *[other] { $count } pliku w folderze kart wyników nie dało się odczytać i zostało pominięte:
}
manager-scenario = Scenariusz:
manager-all = Wszystkie
manager-period = Okres:
manager-period-all = Cały okres
manager-period-week = Ostatnie 7 dni
manager-period-month = Ostatnie 30 dni
manager-period-year = Ostatnie 12 miesięcy
manager-page = Strona { $page } z { $pages }
manager-previous = Poprzednia
manager-next = Następna
manager-trainee-summary = { $sessions ->
    [one] { $sessions } sesja
    [few] { $sessions } sesje
    [many] { $sessions } sesji
   *[other] { $sessions } sesji
}, zaliczone: { $passed }, przerwane: { $abandoned } · odsetek zaliczeń: { $rate } · trend: { $trend }

## Ekran ustawień

settings-open = Ustawienia
settings-title = Ustawienia
settings-pace-note = Tempo czytania określa, jak szybko pojawiają się słowa klienta. Odpowiedź, zanim klient skończy mówić, to przerywanie i kosztuje punkty za słuchanie.
settings-replies = Odpowiedzi:
settings-replies-listed = Z listy
settings-replies-own-words = Tylko własne słowa (tryb eksperta)
settings-expert-note = Odpowiedź zawsze możesz wpisać własnymi słowami. Tryb eksperta ukrywa listę odpowiedzi, więc słowa trzeba znaleźć samodzielnie, jak podczas prawdziwej rozmowy z klientem.

## Synchronizacja z repozytorium wyników nauki (defuse sync)

lrs-error-unreachable = brak połączenia z serwerem LRS pod adresem { $endpoint }: { $reason }
lrs-error-credentials = serwer LRS pod adresem { $endpoint } odrzucił nazwę użytkownika lub hasło (HTTP { $status })
lrs-error-rejected = serwer LRS pod adresem { $endpoint } odrzucił wpisy xAPI (HTTP { $status }): { $message }
lrs-error-server = serwer LRS pod adresem { $endpoint } zwrócił błąd (HTTP { $status }): { $message }
error-lrs-config = błąd: { $reason }
sync-not-configured = błąd: nie skonfigurowano repozytorium wyników nauki (LRS). Podaj --lrs-endpoint, --lrs-user i --lrs-password (albo zmienne środowiskowe DEFUSE_LRS_ENDPOINT, DEFUSE_LRS_USER, DEFUSE_LRS_PASSWORD) lub wpisz klucze endpoint, user i password w pliku { $file }.
sync-sending = Wysyłanie wpisów xAPI
sync-queued = { $count ->
    [one] Dodano do kolejki 1 nową kartę wyników.
    [few] Dodano do kolejki { $count } nowe karty wyników.
    [many] Dodano do kolejki { $count } nowych kart wyników.
   *[other] Dodano do kolejki { $count } nowej karty wyników.
}
sync-sent = Wysłano { $statements ->
        [one] { $statements } wpis xAPI
        [few] { $statements } wpisy xAPI
        [many] { $statements } wpisów xAPI
       *[other] { $statements } wpisu xAPI
    } z { $files ->
        [one] { $files } karty wyników
        [few] { $files } kart wyników
        [many] { $files } kart wyników
       *[other] { $files } karty wyników
    } do { $endpoint } w { $seconds } s ({ $rate } wpisów/s).
sync-all-sent = Nic nie czeka: wszystkie karty wyników trafiły już do { $endpoint }.
sync-stopped = błąd: { $error }. Nic nie zostało utracone: w { $dir } { $statements ->
        [one] czeka { $statements } wpis xAPI
        [few] czekają { $statements } wpisy xAPI
        [many] czeka { $statements } wpisów xAPI
       *[other] czeka { $statements } wpisu xAPI
    } z { $files ->
        [one] { $files } karty wyników
        [few] { $files } kart wyników
        [many] { $files } kart wyników
       *[other] { $files } karty wyników
    } na następną synchronizację.
sync-credentials-hint = Sprawdź nazwę użytkownika i hasło (--lrs-user, --lrs-password lub { $file }).
sync-rejected = ostrzeżenie: { $file }: { $error }. Plik pozostaje w kolejce do wysłania (outbox).
sync-damaged = ostrzeżenie: { $file }: { $reason }. Plik zostaje zachowany, ale nie jest wysyłany.
sync-waiting = W { $dir } nadal { $statements ->
        [one] czeka { $statements } wpis xAPI
        [few] czekają { $statements } wpisy xAPI
        [many] czeka { $statements } wpisów xAPI
       *[other] czeka { $statements } wpisu xAPI
    } z { $files ->
        [one] { $files } karty wyników
        [few] { $files } kart wyników
        [many] { $files } kart wyników
       *[other] { $files } karty wyników
    }.
sync-status-endpoint = Repozytorium wyników nauki (LRS): { $endpoint } (użytkownik: { $user })
sync-status-not-configured = Repozytorium wyników nauki (LRS): nieskonfigurowane
sync-status-waiting = Do wysłania: { $statements ->
        [one] { $statements } wpis xAPI
        [few] { $statements } wpisy xAPI
        [many] { $statements } wpisów xAPI
       *[other] { $statements } wpisu xAPI
    } z { $files ->
        [one] { $files } karty wyników
        [few] { $files } kart wyników
        [many] { $files } kart wyników
       *[other] { $files } karty wyników
    }
sync-status-success = Ostatnia udana wysyłka: { $when } ({ $statements ->
        [one] { $statements } wpis xAPI
        [few] { $statements } wpisy xAPI
        [many] { $statements } wpisów xAPI
       *[other] { $statements } wpisu xAPI
    })
sync-status-never = Ostatnia udana wysyłka: nigdy
sync-status-error = Ostatni błąd ({ $when }): { $error }
sync-status-no-error = Ostatni błąd: brak
sync-status-next = Następna automatyczna próba: { $when }
scorecard-queued = Kartę wyników dodano do kolejki do repozytorium wyników nauki (LRS): wyśle ją polecenie `defuse sync`.
sync-indicator-sending = Wysyłanie wyników…
sync-indicator-synced = ✓ Wyniki zsynchronizowane
sync-indicator-waiting = { $count ->
    [one] 1 wynik czeka na synchronizację
    [few] { $count } wyniki czekają na synchronizację
    [many] { $count } wyników czeka na synchronizację
   *[other] { $count } wyniku czeka na synchronizację
}
sync-indicator-error = { $count ->
    [one] 1 wynik nie został jeszcze zsynchronizowany: { $problem }; ponowna próba później
    [few] { $count } wyniki nie zostały jeszcze zsynchronizowane: { $problem }; ponowna próba później
    [many] { $count } wyników nie zostało jeszcze zsynchronizowanych: { $problem }; ponowna próba później
   *[other] { $count } wyniku nie zostało jeszcze zsynchronizowane: { $problem }; ponowna próba później
}
sync-problem-unreachable = brak połączenia z serwerem LRS
sync-problem-credentials = serwer LRS odrzucił hasło
sync-problem-rejected = serwer LRS odrzucił wynik
sync-problem-server = serwer LRS zgłosił błąd

## Ocena odpowiedzi napisanej własnymi słowami (defuse score)

score-shows = spełnia
score-violates = narusza
score-no-evidence = brak sygnałów
score-no-reply = błąd: podaj odpowiedź do oceny, np. defuse score "Przepraszam, zaraz to sprawdzę."
score-unknown-node = błąd: `{ $node }` nie jest decyzją w scenariuszu { $scenario }

## defuse voice
voice-calm-tone = Spokojny ton (wypowiedź)
voice-measured = Pomiar: tempo { $pace }/s (spokojnie { $calm_pace }) · głośność { $loudness } LUFS (spokojnie { $calm_loudness }) · wysokość { $pitch } (spokojnie { $calm_pitch }), rozpiętość { $range } półtonów · najdłuższa pauza { $pause } s
voice-no-espeak = błąd: głos klienta tworzy espeak-ng, którego nie da się tu uruchomić ({ $why }). Zainstaluj go (np. apt-get install espeak-ng) albo nagraj kwestie samodzielnie do folderu voices/.
voice-render-failed = błąd: espeak-ng nie wygenerował { $line }: { $why }
voice-rendered = Wygenerowane kwestie klienta: { $rendered }, już w pamięci podręcznej: { $kept }, nagrane przez trenera: { $recorded }; pamięć podręczna: { $dir }
voice-hebrew-note = Uwaga: espeak-ng źle czyta hebrajski bez znaków samogłoskowych; tam, gdzie to możliwe, nagraj kwestie klienta (voices/he/<scenariusz>/<id-komunikatu>.wav).

## Ćwiczenie na głos
voice-say-it = Teraz powiedz to na głos:
voice-talk = Przytrzymaj i mów
voice-talk-keys = Podczas mówienia przytrzymaj spację (lub przycisk) · Esc: wybierz inną odpowiedź
voice-take-problem = Tego nagrania nie da się użyć: { $why }. Powiedz to jeszcze raz.
voice-customer-text-only = Klient mówi tylko tekstem: { $why }.
voice-takes-no-baseline = błąd: nagrania wymagają spokojnego nagrania odniesienia: { $why }
settings-voice = Ćwiczenie na głos
settings-voice-off = Wył.
settings-voice-on = Wł.
settings-voice-note = Każdą odpowiedź mów na głos: tempo, głośność i wysokość głosu są porównywane z twoim spokojnym głosem i liczą się do spokojnego tonu.
settings-voice-not-built-in = Ta kopia Defuse nie obsługuje mikrofonu: zbudowano ją bez ćwiczenia na głos (zobacz README, jedno polecenie). Nagrania nadal działają: defuse play ID --gui --voice-takes FOLDER.
settings-voice-no-microphone = Brak mikrofonu: { $why }
settings-baseline-read = Przeczytaj to na głos swoim zwykłym, spokojnym głosem:
settings-baseline-keys = Podczas czytania przytrzymaj spację (lub przycisk) · Esc: zatrzymaj
settings-baseline-done = Twoje spokojne nagranie odniesienia jest zapisane.
settings-baseline-none = Brak spokojnego nagrania odniesienia: nagraj je, aby ćwiczyć na głos.
settings-baseline-record = Nagraj mój spokojny głos
settings-voice-privacy = Żadne nagranie nie jest przechowywane, tylko pomiary tempa, głośności i wysokości głosu. To, jak brzmiały twoje odpowiedzi, należy do ciebie; przełożony zobaczy to tylko wtedy, gdy udostępnisz sesję.
debrief-voice-overall = Spokojny ton razem z głosem: { $score } (same słowa: { $words })
debrief-voice-turn = Jak to zabrzmiało: { $score } · spokojny ton razem z głosem: { $combined }%
debrief-share-voice = Udostępnij przełożonemu, jak to zabrzmiało
debrief-voice-shared = Udostępniono przełożonemu
debrief-voice-private = To, jak brzmiały twoje odpowiedzi, należy do ciebie: nie trafia do raportów przełożonego, chyba że to udostępnisz.
