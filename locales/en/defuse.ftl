### Defuse: the interface in English, the source language for translations.
### Message ids are stable; variables ({ $name }) must stay as they are.

## Criteria, settings, difficulty, tone and outcomes

criterion-listening = listening
criterion-empathy = empathy
criterion-ownership = ownership
criterion-calm-tone = calm tone

setting-phone = phone line
setting-shop-counter = shop counter
setting-salon = salon
setting-cafe = café
setting-chat = chat
setting-email = e-mail
setting-office = office

difficulty-easy = easy
difficulty-medium = medium
difficulty-hard = hard

tone-calm = calm
tone-tense = tense
tone-annoyed = annoyed
tone-angry = angry
tone-furious = furious
tone-relieved = relieved
tone-pleased = pleased

outcome-resolved = resolved
outcome-escalated = escalated
outcome-customer-left = customer left

language-name = English

## Counting

count-decisions = { $count ->
    [one] { $count } decision
   *[other] { $count } decisions
}
count-scenarios = { $count ->
    [one] { $count } scenario
   *[other] { $count } scenarios
}
count-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
count-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}

## defuse play

play-customer = Customer: { $name } · mood { $mood } · seed { $seed }
play-customer-says = { $name } ({ $tone }):
play-you = You ({ $number }):
play-mood = mood { $before } → { $after }
play-feedback = Feedback: { $text }
play-principle = Principle ({ $criterion }): { $title }. { $text }
play-ending = ── Ending: { $outcome } ({ $id }) ──
play-stopped = The conversation stops here, unfinished: no reply was given at decision { $number } (`{ $node }`).
play-prompt = Your reply (1–{ $count }, q to stop):
play-type-a-number = Please type a number from 1 to { $count }.
play-leftover = warning: the conversation ended with { $count ->
        [one] one choice
       *[other] { $count } choices
    } left over: { $choices }
play-missing-translation = warning: { $count ->
        [one] one text
       *[other] { $count } texts
    } of “{ $scenario }” have no translation into { $language } yet and are shown in the scenario's own language
error-choice-zero = error: --choices: reply numbers start at 1, but choice { $position } is 0
error-no-such-reply = error: choice { $choice } at decision { $decision }: there is no reply { $choice } at the decision `{ $node }`: it has replies 1 to { $count }
error-not-a-number = error: `{ $answer }` is not a reply number from 1 to { $count }
error-cannot-read-reply = error: cannot read the reply: { $reason }

## The scorecard

scorecard = Scorecard
scorecard-not-tested = not tested on this path
scorecard-overall = overall
scorecard-outcome = outcome
scorecard-pass-mark = (pass mark { $mark })
scorecard-summary = { $outcome } after { $decisions }, customer's mood { $mood }
verdict-pass = pass
verdict-fail = fail
verdict-fail-ending = fail: this ending fails the run
verdict-unfinished = unfinished

## defuse stats

stats-size = nodes { $nodes } · decisions { $decisions } · replies { $replies }
stats-endings = endings: { $list }
stats-paths = distinct paths: { $paths }
stats-paths-unbounded = distinct paths: unbounded (the conversation can loop)
stats-lengths = shortest path: { $shortest } · longest: { $longest }
stats-unbounded = unbounded
stats-reach = reachable result
stats-best = best
stats-worst = worst
stats-loops-note = (loops are counted once for the best and worst results)

## defuse validate and extract

validate-summary = checked { $scenarios }: { $errors }, { $warnings }
validate-no-files = warning: no scenario files (*.ron) found in { $folders }
validate-cannot-play = error: { $file } cannot be played until these problems are fixed (run `defuse validate { $file }`)
coverage-heading = Translation coverage (translated and up to date)
coverage-interface = interface
coverage-principles = principles
coverage-source = source
extract-wrote = { $file }: { $added } added, { $kept } kept, { $changed } changed, { $obsolete } obsolete

## The trainer window

picker-title = Defuse
picker-count = { $count ->
    [one] { $count } scenario in { $folder }
   *[other] { $count } scenarios in { $folder }
}
picker-customer = Customer: { $name }
picker-broken = Scenarios left out (run `defuse validate`)
picker-language = Language
