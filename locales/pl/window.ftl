# The trainer window's own words. The words shared with the command line (criteria,
# tones, dates, counts, problems in files) are in defuse.ftl.
## defuse stats
watch-reloaded = Scenariusz został wczytany ponownie.
watch-went-on = Scenariusz został wczytany ponownie: rozmowa toczy się dalej od węzła `{ $node }`, nastrój { $mood }.
watch-broken = Scenariusz nie przechodzi już kontroli poprawności ({ $count ->
        [one] jeden problem
        [few] { $count } problemy
        [many] { $count } problemów
       *[other] { $count } problemu
    }); dopóki nie zostanie poprawiony, okno zachowuje ostatnią poprawną wersję:
watch-banner = Ten scenariusz nie przechodzi już kontroli poprawności; dopóki nie zostanie poprawiony, okno odtwarza ostatnią poprawną wersję:

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
conversation-no-match = Żadna z odpowiedzi w tym miejscu nie jest wystarczająco bliska: najbliższa, „{ $nearest }”, jest podobna w { $closeness } %, a potrzeba { $needed } %, więc { $gender ->
        [female] klientka
       *[other] klient
    } ({ $name }) przyjmuje to neutralnie.
conversation-closest = Twoje słowa były najbliższe tej odpowiedzi: „{ $text }” (podobieństwo { $closeness } %). Rozmowa toczy się dalej od niej.
conversation-no-match-at-all = Żadna z odpowiedzi w tym miejscu nie przypomina tych słów, więc rozmówca ({ $name }) reaguje neutralnie.
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
debrief-no-match = Własne słowa; nie pasowały do żadnej z odpowiedzi: najbliższa, „{ $nearest }”, była podobna w { $closeness } %, a potrzeba { $needed } %, więc klient ({ $name }) zareagował neutralnie.
debrief-closest = Własne słowa, najbliższe tej odpowiedzi: „{ $text }” (podobieństwo { $closeness } %). Uzasadnienie poniżej dotyczy Twoich własnych słów.
debrief-no-match-at-all = Własne słowa; nie przypominały żadnej z odpowiedzi, więc klient ({ $name }) zareagował neutralnie.
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
start-did-you-mean = Czy chodziło o: { $nearest }? Naciśnij Dalej jeszcze raz, aby zacząć jako nowa osoba, „{ $typed }”.
start-i-am = Jestem { $name }
start-continue = Dalej

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
manager-door-intro = Wyniki wszystkich uczestników są chronione hasłem menedżera.
manager-door-first = Wyniki wszystkich uczestników będą chronione hasłem menedżera. Wybierz je teraz (co najmniej { $length } znaków) i nie zdradzaj go uczestnikom.
manager-door-prompt = Hasło menedżera:
manager-door-new = Nowe hasło menedżera:
manager-door-again = Powtórz to samo hasło:
manager-door-unlock = Otwórz
manager-door-wrong = To nie jest hasło menedżera.
manager-door-short = Hasło musi mieć co najmniej { $length } znaków.
manager-door-mismatch = Hasła się różnią; wpisz nowe jeszcze raz.
manager-door-damaged = Nie można odczytać pliku hasła w folderze danych; zob. docs/threat-model.md.
manager-door-who = Uczestnicy widzą tylko własne wyniki. Hasło zamyka ten ekran na wspólnym komputerze; nie szyfruje wyników.
manager-session-who = { $trainee } · { $when } · { $language }
manager-filter-scenario = Scenariusz: { $scenario }
manager-filter-period = Okres: { $period }
manager-rename = Zmień imię
manager-hide = Ukryj
manager-show = Pokaż znowu
manager-merge = Połącz
manager-delete = Usuń
manager-cancel = Anuluj
manager-rename-to = Nowe imię:
manager-merge-into = Połącz { $name } z:
manager-confirm-merge = Połączyć „{ $from }” z „{ $into }”? Sesje ({ $count }) zostaną przeniesione, a „{ $from }” zniknie z listy.
manager-confirm-delete = Usunąć na zawsze „{ $name }” i sesje ({ $count })?
manager-error-no-trainee = Na liście nie ma uczestnika „{ $name }”.
manager-error-name-taken = „{ $name }” to już imię innego uczestnika: jeśli to ta sama osoba, połącz ich.
manager-error-same = Nie można połączyć „{ $name }” z samym sobą.
manager-error-empty = Imię musi zawierać co najmniej jedną literę.
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

## Ćwiczenie na głos
voice-say-it = Teraz powiedz to na głos:
voice-talk = Przytrzymaj i mów
voice-talk-keys = Podczas mówienia przytrzymaj spację (lub przycisk) · Esc: wybierz inną odpowiedź
voice-take-problem = Tego nagrania nie da się użyć: { $why }. Powiedz to jeszcze raz.
voice-customer-text-only = Klient mówi tylko tekstem: { $why }.
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
debrief-voice-private = To, jak brzmiały Twoje odpowiedzi, należy do Ciebie: nie trafia do raportów przełożonego, chyba że to udostępnisz.
