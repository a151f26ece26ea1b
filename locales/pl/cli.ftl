# The command line's own words: what `defuse` prints in the terminal. The words shared
# with the window (criteria, tones, dates, counts, problems in files) are in defuse.ftl.
## defuse play
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
play-no-match = Żadna z odpowiedzi nie jest wystarczająco bliska: najbliższa, „{ $nearest }”, jest podobna w { $closeness } %, a potrzeba { $needed } %. { $gender ->
        [female] Klientka
       *[other] Klient
    } ({ $name }) przyjmuje to neutralnie.
play-closest = Twoje słowa były najbliższe odpowiedzi { $number } (podobieństwo { $closeness } %): „{ $text }”. Rozmowa toczy się dalej od niej; to, co przeczytasz dalej, dotyczy Twoich własnych słów.
play-no-match-at-all = Żadna z odpowiedzi nie przypomina tych słów, więc rozmówca ({ $name }) reaguje neutralnie.
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

## Problemy w plikach scenariuszy (defuse validate)
problem-no-such-path = nie ma takiego pliku ani folderu

## Problemy w plikach tłumaczeń
problem-no-interface = interfejs nie ma tłumaczenia ({ $lang }); wyświetla się po angielsku
help-no-interface = skopiuj { $file } i przetłumacz go

## Karty wyników (defuse play --trainee) i defuse report
scorecard-saved = Zapisano kartę wyników: { $path }
scorecard-saved-abandoned = Zapisano kartę wyników (sesja przerwana): { $path }
error-scorecard-not-saved = błąd: nie udało się zapisać karty wyników: { $reason }
error-data-dir = błąd: nie można użyć folderu danych { $dir }: { $reason }
report-skipped-file = ostrzeżenie: pominięto plik { $file }: { $reason }
report-skipped-count = { $count ->
    [one] ostrzeżenie: { $count } plik w folderze kart wyników nie dał się odczytać i został pominięty
    [few] ostrzeżenie: { $count } pliki w folderze kart wyników nie dały się odczytać i zostały pominięte
    [many] ostrzeżenie: { $count } plików w folderze kart wyników nie dało się odczytać i zostało pominiętych
   *[other] ostrzeżenie: { $count } pliku w folderze kart wyników nie dało się odczytać i zostało pominięte
}
report-reading = Wczytywanie kart wyników
error-report-write = błąd: nie można zapisać pliku { $file }: { $reason }
report-written = Zapisano raport: { $file }
error-per-decision-csv = błąd: --per-decision działa tylko z --format csv
error-unknown-trainee = błąd: brak sesji uczestnika o imieniu „{ $given }”.
error-unknown-scenario = błąd: brak scenariusza o identyfikatorze „{ $given }”.
error-did-you-mean = Czy chodziło o „{ $nearest }”?
warning-roster = ostrzeżenie: { $reason }; uczestnicy są pokazani pod wpisanymi imionami, a plik listy uczestników pozostał bez zmian
error-trainee-empty = błąd: imię uczestnika musi zawierać co najmniej jedną literę
error-trainee-did-you-mean = błąd: nikt o imieniu „{ $given }” jeszcze nie ćwiczył. Czy chodziło o „{ $nearest }”? Aby dodać „{ $given }” jako nowego uczestnika, dodaj --new-trainee.
error-roster = błąd: { $reason }
error-no-trainee = błąd: na liście uczestników nie ma „{ $given }”.
error-name-taken = błąd: „{ $name }” to już imię innego uczestnika; jeśli to ta sama osoba, połącz ich.
error-same-trainee = błąd: nie można połączyć „{ $name }” z samym sobą.
error-email = błąd: „{ $address }” to nie jest adres e-mail.
error-delete = błąd: nie można usunąć { $file }: { $reason }
error-confirm-yes = błąd: { $question } Uruchom ponownie z --yes, aby kontynuować.
trainee-line = { $id }  { $name } · sesje: { $sessions }
trainee-is-hidden = ukryty
trainee-also = wpisywany też jako { $names }
trainee-renamed = Zmieniono imię: { $name }
trainee-merged = Połączono: sesje należą teraz do: { $name }.
trainee-hidden = { $name } jest ukryty w raportach i przeglądzie menedżera; sesje zostają zachowane.
trainee-shown = { $name } jest znowu widoczny.
trainee-email = { $name }: e-mail „{ $address }”
trainee-deleted = Usunięto: { $name } i sesje ({ $count }).
trainee-confirm-merge = Połączyć „{ $from }” z „{ $into }”? Sesje ({ $count }) zostaną przeniesione, a „{ $from }” zniknie z listy.
trainee-confirm-delete = Usunąć na zawsze „{ $name }” i sesje ({ $count })?
trainee-type-name = Wpisz „{ $name }”, aby kontynuować:
trainee-not-confirmed = Nic nie zmieniono.
passphrase-first-use = Przegląd menedżera wymaga hasła, które trzeba teraz ustawić (co najmniej { $length } znaków). Nie zdradzaj go uczestnikom.
passphrase-new = Nowe hasło menedżera:
passphrase-again = Powtórz hasło:
passphrase-prompt = Hasło menedżera:
passphrase-set = Hasło menedżera zostało ustawione.
error-passphrase-mismatch = błąd: hasła się różnią; niczego nie ustawiono
error-passphrase-short = błąd: hasło menedżera musi mieć co najmniej { $length } znaków
error-passphrase-wrong = błąd: to nie jest hasło menedżera
error-passphrase-not-set = błąd: przegląd menedżera wymaga hasła. Uruchom to polecenie w terminalu, aby je ustawić, albo podaj je w { $env }.
error-passphrase-needed = błąd: przegląd menedżera wymaga hasła menedżera: uruchom polecenie w terminalu albo podaj hasło w { $env }.

## Synchronizacja z repozytorium wyników nauki (defuse sync)
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
voice-takes-no-baseline = błąd: nagrania wymagają spokojnego nagrania odniesienia: { $why }
