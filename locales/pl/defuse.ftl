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

tone-calm = spokojny
tone-tense = spięty
tone-annoyed = zirytowany
tone-angry = zły
tone-furious = wściekły
tone-relieved = uspokojony
tone-pleased = zadowolony

outcome-resolved = sprawa załatwiona
outcome-escalated = przekazana przełożonemu
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

play-customer = Klient: { $name } · nastrój { $mood } · ziarno { $seed }
play-customer-says = { $name } ({ $tone }):
play-you = Ty ({ $number }):
play-mood = nastrój { $before } → { $after }
play-feedback = Informacja zwrotna: { $text }
play-principle = Zasada ({ $criterion }): { $title }. { $text }
play-ending = ── Zakończenie: { $outcome } ({ $id }) ──
play-stopped = Rozmowa urywa się tutaj, niedokończona: brak odpowiedzi przy decyzji { $number } (`{ $node }`).
play-prompt = Twoja odpowiedź (1–{ $count }, q kończy):
play-type-a-number = Wpisz liczbę od 1 do { $count }.
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
error-not-a-number = błąd: `{ $answer }` nie jest numerem odpowiedzi od 1 do { $count }
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

## defuse validate i extract

validate-summary = sprawdzono { $scenarios }: { $errors }, { $warnings }
validate-no-files = ostrzeżenie: brak plików scenariuszy (*.ron) w { $folders }
validate-cannot-play = błąd: nie można zagrać { $file }, dopóki te problemy nie zostaną poprawione (uruchom `defuse validate { $file }`)
coverage-heading = Stan tłumaczeń (przetłumaczone i aktualne)
coverage-interface = interfejs
coverage-principles = zasady
coverage-source = oryginał
extract-wrote = { $file }: { $added } nowych, { $kept } zachowanych, { $changed } zmienionych, { $obsolete } nieaktualnych

## Okno trenera

picker-title = Defuse
picker-count = { $count ->
    [one] { $count } scenariusz w { $folder }
    [few] { $count } scenariusze w { $folder }
   *[other] { $count } scenariuszy w { $folder }
}
picker-customer = Klient: { $name }
picker-broken = Pominięte scenariusze (uruchom `defuse validate`)
picker-language = Język
