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

# Messages about the customer are also given $gender (female, male or other), so that
# languages that inflect for it can agree: { $gender -> [female] … *[other] … }.
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

# Quotation marks around spoken words.
quoted = “{ $text }”

play-customer = Customer: { $name } · mood { $mood } · seed { $seed }
play-customer-says = { $name } ({ $tone }):
play-you = You ({ $number }):
play-mood = mood { $before } → { $after }
play-feedback = Feedback: { $text }
play-principle = Principle ({ $criterion }): { $title }. { $text }
play-ending = ── Ending: { $outcome } ({ $id }) ──
play-stopped = The conversation stops here, unfinished: no reply was given at decision { $number } (`{ $node }`).
play-prompt = Your reply (1–{ $count } or your own words, q to stop):
play-prompt-words = Your reply, in your own words (q to stop):
play-type-a-number = Please type a number from 1 to { $count }, or your reply in your own words.
play-type-words = Here the customer needs your own words: please type your reply, not a number.
play-own-words = (Answer in your own words: the replies are not listed.)
play-you-typed = You, in your own words:
play-taken-as = Taken as reply { $number } ({ $closeness } % alike): “{ $text }”
play-no-match = None of the replies comes close enough ({ $closeness } % alike at most): { $name } takes it neutrally.
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
error-not-a-number = error: `{ $answer }` is not a reply number from 1 to { $count }, nor words
error-words-wanted = error: `{ $answer }`: this decision wants the trainee's own words, not a reply number
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
play-route = ↳ branch `{ $branch }`: { $why } → `{ $to }`
play-route-below = mood { $mood } is below { $limit }
play-route-at-least = mood { $mood } is at least { $limit }
play-route-otherwise = mood { $mood } meets none of { $tests }, so otherwise
play-hint = Hint (1 point off each criterion at this decision): { $text }
play-no-hint = This decision has no hint.
play-keys = Keys: 1–{ $count } choose a reply · or type your own words · h the hint (1 point off each criterion) · ? these keys · q stop
play-keys-words = Keys: type your own words · h the hint (1 point off each criterion) · ? these keys · q stop
watch-watching = Watching { $file } and its translations: save a change and the window reloads it.
watch-reloaded = The scenario was read again.
watch-went-on = The scenario was read again: going on at `{ $node }`, mood { $mood }.
watch-broken = The scenario no longer validates ({ $count ->
        [one] one problem
       *[other] { $count } problems
    }); the window keeps the last good version until it is fixed:
watch-banner = This scenario no longer validates; the window plays the last good version until it is fixed:
new-created = Created { $path }: a working example to rewrite into your own. Next: `defuse validate { $id }`, then `defuse play { $id } --in-file-order`; docs/authoring.md explains every field.
error-new-id = error: `{ $id }` cannot be a scenario id: use letters, digits, - and _, starting with a letter
error-new-exists = error: { $path } exists already: choose another id, or edit that file
error-new-write = error: cannot write { $path }: { $reason }
list-summary = { $count ->
        [one] one scenario
       *[other] { $count } scenarios
    } in { $folder }
list-id = id
list-title = title
list-decisions = decisions
list-endings = endings
list-source = source
list-unreadable = cannot be read: { $problem } (see `defuse validate`)
stats-naive = Naive players ({ $seeds } seeds) pass: always the first shown { $first } · always the longest { $longest } · always the shortest { $shortest } · at random { $random }
stats-content = Best reply: the longest at { $longest } of { $decisions } decisions · at most { $ratio } times the others' median length (limit { $limit }) · a defensible second reply at { $defensible ->
        [one] 1 decision
       *[other] { $defensible } decisions
    }
stats-principles-heading = Coaching principles: the decisions whose best reply teaches each (scenario/decision)
stats-principle-taught = taught at { $count }: { $where }{ $named ->
        [0] {""}
        [one] {" "}(named by one other reply)
       *[other] {" "}(named by { $named } other replies)
    }
stats-principle-untaught = taught by no best reply (named by { $named ->
        [one] one other reply
       *[other] { $named } other replies
    })
stats-principles-missing = { $count ->
        [one] one principle is
       *[other] { $count } principles are
    } taught by no best reply: give each a decision whose best reply models it

## defuse validate and extract

validate-summary = checked { $scenarios }: { $errors }, { $warnings }
validate-playtests = { $count ->
        [one] the playtest held
       *[other] all { $count } playtests held
    }
stats-naive-replay = { $player } passed with seed { $seed }: `defuse play { $id } --seed { $seed } --choices { $choices }` replays it
validate-no-files = warning: no scenario files (*.ron) found in { $folders }
validate-cannot-play = error: { $file } cannot be played until these problems are fixed (run `defuse validate { $file }`)
coverage-heading = Translation coverage (translated and up to date)
coverage-interface = interface
coverage-principles = principles
coverage-source = source
extract-refused = fix the file first: it was left as it is
extract-wrote = { $file }: { $added } added, { $kept } kept, { $changed } changed, { $obsolete } obsolete

## The trainer window

picker-title = Defuse
picker-count = { $count ->
    [one] { $count } scenario
   *[other] { $count } scenarios
}
picker-customer = Customer: { $name }
picker-broken = Scenarios left out (run `defuse validate`)
picker-language = Language

## Problems in scenario files (defuse validate)

what-scenario-id = the scenario id
what-title = the title
what-brief = the brief
what-customer-name = the customer's name
what-starting-mood = the starting mood
what-pass-mark = the pass mark
what-trait = a customer trait
what-node-id = the node id
what-hint = the hint
what-reply-text = the reply text
what-feedback = the feedback
what-score = the { $criterion } score
what-mood-change = the mood change
what-mood-limit = the mood a route tests
what-line = the customer's line
what-summary = the ending's summary
what-principle-id = the principle id
what-principle-title = the principle's title
what-principle-text = the principle's text

problem-empty = { $what } is empty
label-empty = empty
help-empty = write the words, or remove the entry
problem-id-start = { $what } `{ $id }` does not start with a letter
problem-id-chars = { $what } `{ $id }` has characters other than letters, digits, - and _
label-plain-id = not a plain id
help-id = ids become names in translation files: start with a letter, then use letters a–z, digits, - and _
problem-range = { $what } { $value } is outside the allowed range { $min } to { $max }
label-range = out of range
problem-duplicate-node = the node id `{ $id }` is used twice
label-used-again = used again here
label-first-used = first used here
help-duplicate-node = give every node its own id
problem-no-nodes = the scenario has no nodes
problem-no-start = the start node `{ $id }` does not exist
label-no-such-node = no node has this id
problem-few-replies = the decision `{ $id }` has { $count ->
        [one] one reply
       *[other] { $count } replies
    }; a decision needs at least two
label-few-replies = too few replies
help-few-replies = add a plausible mistake beside the best reply, or make this an Ending
problem-unknown-principle = the coaching principle `{ $id }` does not exist
label-unknown-principle = unknown principle
help-unknown-principle = define it in the scenario's `principles` or in { $file }
problem-same-scores = every reply at the decision `{ $id }` scores the same
label-same-scores = no reply is better than another
help-same-scores = the trainee learns nothing from this choice: score the replies apart
problem-utf16 = the file is saved as UTF-16, and Defuse reads UTF-8
note-long-line = line { $line } is { $length } characters long: it is shown around column { $column }
problem-curly-quote = a curly quote { $quote } where RON needs a straight one "
help-curly-quote = a word processor changed the quotes: write texts between straight quotes "…" (curly ones inside a text are fine), or turn off "smart quotes"
problem-comma-at-end = a comma after the scenario has ended
problem-stray-comma = a comma with nothing before it
help-stray-comma = delete this comma: commas go between fields and list items, one at a time
problem-unknown-kind = the reply kind `{ $id }` does not exist
label-unknown-kind = unknown kind
help-kinds-are = the kinds are: { $ids }
problem-best-longest = the best reply at `{ $id }` is { $ratio } times the median length of the other replies: its length gives it away
label-best-longest = longest by far
help-best-longest = keep the best reply to what a person would say, and let the mistakes be as full as real ones (at most 1.5 times the median length of the others)
problem-principle-shadows = this scenario's own principle `{ $id }` has the id of a shared one, and replaces it here
label-principle-shadows = also a shared principle
help-principle-shadows = give it another id, or use the one in { $file } as it is
problem-best-longest-often = the best reply is the longest at { $count } of { $decisions } decisions: a trainee who picks the longest reply does well
label-best-longest-often = the longest reply is usually the best
help-best-longest-often = keep the best reply the longest at no more than a third of the decisions: lengthen a mistake or say the best reply in fewer words
problem-few-defensible = only { $count } of { $decisions } decisions have a second reply that is nearly as good
label-few-defensible = few defensible second replies
help-few-defensible = at a third of the decisions or more, give a second reply at least 70 % as good as the best, whose feedback says what the best did better
problem-best-first = the best reply is the first in the file at { $count } of { $decisions } decisions
label-best-first = the best reply is usually first
help-best-first = sessions shuffle the replies, but playtests and `--in-file-order` list them as written: vary where the best reply stands
problem-telltale-opening = { $phrase } opens { $count } best replies and no other reply
label-telltale-opening = an opening that gives the answer away
help-telltale-opening = let mistakes open the same way too (“You're right, but…”), or vary how the best replies begin
problem-kind-scores = a `{ $kind }` reply should score { $ranges }
label-kind-scores = scores unlike its kind
help-kind-scores = the same kind of reply scores alike in every scenario: see the table of reply kinds in docs/authoring.md (or name another kind)
problem-lost-passes = the ending `{ $id }` loses the customer but does not fail the run
label-lost-passes = a lost customer could stand next to “passed”
help-lost-passes = add `fails: true` to the ending
what-playtest-name = the playtest's name
problem-playtest-unknown-ending = playtest “{ $name }” expects the ending `{ $id }`, which does not exist
problem-playtest-no-reply = playtest “{ $name }”: the decision `{ $decision }` has no reply { $number } (it has 1 to { $available })
problem-playtest-ran-out = playtest “{ $name }” ran out of replies at the decision `{ $at }`
problem-playtest-left-over = playtest “{ $name }” reached the ending `{ $ending }` with { $count } { $count ->
        [one] reply
       *[other] replies
    } left over
problem-playtest-ending = playtest “{ $name }” reached the ending `{ $ending }`, not `{ $expected }`
problem-playtest-verdict = playtest “{ $name }” { $passed ->
        [true] passes
       *[false] fails
    } (overall { $overall }), but it should { $expected ->
        [true] pass
       *[false] fail
    }
label-playtest = this playtest
help-playtest-path = the run went: { $path }
problem-typed-no-neutral = the decision `{ $id }` asks for the trainee's own words, but nothing says how the customer reacts to words that match none of its replies
label-typed-no-neutral = own words only
problem-no-neutral = the scenario `{ $id }` has no neutral reaction
label-no-neutral = no neutral reaction
help-no-neutral = add `neutral: (says: ["…"], mood: -5)` to the scenario: what the customer says when typed words match none of a decision's replies (the decision is then asked again)
problem-no-routes = the branch `{ $id }` has no routes
label-no-routes = always goes to `otherwise`
help-no-routes = point the replies straight at the `otherwise` node
problem-says-nothing = the customer says nothing here
label-no-words = no words
help-says-nothing = give at least one line, e.g. says: ["..."]
problem-unknown-target = `{ $id }` is not a node in this scenario
label-leads-nowhere = leads nowhere
help-did-you-mean = did you mean `{ $id }`?
help-nodes-are = the nodes are: { $ids }
problem-unreachable = `{ $id }` cannot be reached from the start
label-unreachable = unreachable
help-unreachable = no reply or branch leads here: link it in, or remove it
problem-dead-end = from `{ $id }` no ending can be reached
label-dead-end = dead end
help-dead-end = every way on from here stops or loops without an exit: lead one reply to an Ending
problem-loop = the conversation can loop: `{ $from }` leads back to `{ $to }`
label-loop = loops back
help-loop = loops are allowed, but `defuse stats` then counts each loop once and path counts are unbounded
problem-branch-loop = the branches `{ $from }` and `{ $to }` can route into each other forever
label-branch-loop = loop of branches
help-branch-loop = the mood does not change between branches: put a customer turn inside the loop
problem-duplicate-principle = the principle id `{ $id }` is used twice
problem-duplicate-scenario = the scenario id `{ $id }` is used twice
help-duplicate-scenario = { $file } already uses this id
problem-unknown-field = unknown field `{ $field }` in { $where }
help-fields = the fields allowed here are: { $list }
problem-missing-field = missing field `{ $field }` in { $where }
help-missing-field = add `{ $field }: ...` before the closing bracket
problem-unknown-value = unknown value `{ $value }` for { $where }
help-values = use one of: { $list }
problem-field-twice = the field `{ $field }` is given twice
help-field-twice = keep only one of them
problem-expected-comma = expected a comma here
help-expected-comma = is a comma missing at the end of the line before, or a quote left open?
problem-eof = the file ends too early
help-eof = a bracket or quote is probably left open
problem-ron = the file cannot be read as RON: { $reason }
label-here = here
problem-not-utf8 = the file is not valid UTF-8 text
label-not-utf8 = this byte cannot be read
help-not-utf8 = save the file as UTF-8
problem-read-folder = cannot read the scenarios folder: { $reason }
problem-no-scenario = no scenario `{ $id }`: it is neither a file nor an id in { $folder }
help-no-scenarios = the scenarios folder has no scenarios
help-scenarios-found = scenarios found: { $list }
problem-no-such-path = no such file or folder

## Problems in translation files

problem-fluent-syntax = Fluent syntax error: { $reason }
help-fluent-syntax = see https://projectfluent.org/fluent/guide/ for the syntax
problem-extra-variable = `{ $id }` uses { $names }, which the source text does not have
label-extra-variable = unknown variable
help-extra-variable = scenario texts take no variables: write the words out
problem-source-changed = the source text of `{ $id }` changed since it was translated
label-source-changed = translation may be out of date
help-source-changed = the source now reads: { $source }
    check the translation, then delete the `# changed` line (run `{ $fix }` first if it has none)
problem-missing-messages = { $count } of { $total } messages are missing; the source language is shown instead: { $ids }
help-missing-messages = run `{ $fix }` to add them
problem-untranslated = { $count } of { $total } messages are marked untranslated: { $ids }
help-untranslated = translate them and delete their `# untranslated` lines
problem-obsolete = `{ $id }` is no longer in the source
label-obsolete = obsolete
help-obsolete = delete it, or run `{ $fix }` to move it under the obsolete heading
variables-none = none
problem-variables-differ = `{ $id }` uses the variables { $found } but the English source uses { $wanted }
label-variables-differ = variables differ
problem-missing-interface = { $count } of { $total } interface messages are missing; English is shown instead: { $ids }
problem-not-in-english = `{ $id }` is not in the English interface
label-in-this-file = in this file
list-and-more = { $count ->
        [one] {" "}and one more
       *[other] {" "}and { $count } more
    }
problem-no-translation = `{ $name }` has no { $lang } translation yet; it is shown in { $source }
help-no-translation = run `{ $fix }` to start one
problem-no-interface = the interface has no { $lang } translation; English is shown
help-no-interface = copy { $file } and translate it

## defuse graph

graph-fails = fails the run
graph-mood = mood { $change }
graph-page-title = { $title }: the conversation
graph-page-help = Click a node to see its lines and replies; drag to move, use the wheel to zoom, or find a node by its id.
graph-page-search = Find a node by id
graph-page-fit = Show all
graph-page-says = The customer says
graph-page-replies = Replies
graph-page-hint = Hint
graph-page-routes = Routes, tried in order
graph-page-summary = What happens next
graph-page-chosen = chosen by trainees
graph-page-ended = sessions that ended here
graph-page-no-match = typed words that matched no reply
graph-page-chosen-count = chosen { $count ->
        [one] once
       *[other] { $count } times
    }
graph-page-ended-count = { $count ->
        [one] 1 session ended here
       *[other] { $count } sessions ended here
    }
graph-page-sessions = Overlaid: what trainees did in { $count ->
        [one] 1 session
       *[other] { $count } sessions
    }
graph-otherwise = otherwise
graph-no-match = typed words that match no reply
graph-mood-below = mood < { $limit }
graph-mood-at-least = mood ≥ { $limit }

## The conversation and the debrief

conversation-mood = Mood { $mood }
conversation-keys = In the field: Enter sends, Shift+Enter adds a line, Esc leaves it · Outside it: 1–{ $count } or the mouse choose, H: hint, Esc: back
conversation-keys-words = Enter sends, Shift+Enter adds a line · Esc leaves the field, Esc again: back
conversation-show-brief = The brief
conversation-hide-brief = Hide the brief
conversation-own-words = Answer in your own words: the replies are not listed here.
conversation-or-own-words = Or answer in your own words:
conversation-say = Say it
conversation-taken-as = Taken as: “{ $text }” ({ $closeness } % alike)
conversation-no-match = None of the replies here comes close enough ({ $closeness } % alike at most), so { $name } takes it neutrally.
conversation-no-rubric = Your words cannot be scored: the rubric for this language has a problem. Choose a listed reply, or ask a trainer to fix it: { $problem }
conversation-hint = Hint (costs 1 point on each criterion)
conversation-hint-text = Hint: { $text }
conversation-interrupted = You answered before { $name } had finished: an angry customer needs to be heard out.
debrief-passed = passed
debrief-failed = not passed
debrief-overall = overall { $score } · pass mark { $mark }
debrief-turn = Decision { $number }
debrief-your-reply = Your reply: “{ $text }”
debrief-best-missed = The best reply here: “{ $text }”
debrief-taken-as = In your own words, taken as: “{ $text }” ({ $closeness } % alike)
debrief-no-match = In your own words; they matched none of the replies ({ $closeness } % alike at most), so { $name } reacted neutrally.
debrief-no-evidence = The rubric found nothing in these words for or against any criterion.
debrief-evidence-criterion = { $criterion }: { $score } of 100
debrief-evidence-principle = {" "}(principle: { $title })
debrief-interrupted = You interrupted: −2 on listening
debrief-hint-taken = You took the hint: −1 on each criterion
debrief-retry = Try again (R)
debrief-back = Back to the scenarios (Esc)
debrief-next = Next scenario
debrief-reason-passed = Passed: { $score } reaches the pass mark of { $mark }.
debrief-reason-below = Not passed: { $score } is below the pass mark of { $mark }.
debrief-reason-ending = Not passed: this ending ({ $ending }) fails the run, whatever the score.
debrief-reason-unfinished = Not finished: the conversation was left before its end.
debrief-next-time = Next time
debrief-lesson = { $n }. { $principle } — at decision { $number } the best reply was: “{ $text }”
debrief-no-lessons = You chose the best reply at every decision.
debrief-decision-closed = ▸ Decision { $number } { $mark } “{ $reply }” · { $points }/{ $best }
debrief-decision-open = ▾ Decision { $number } { $mark } · { $points }/{ $best }

## Settings

settings-text-size = Text size
settings-small = small
settings-normal-size = normal
settings-normal-pace = normal
settings-large = large
settings-pace = Reading pace
settings-slow = slow
settings-fast = fast

## The start screen

start-tagline = Practise calming an angry customer, one conversation at a time.
start-name = Your name
start-returning = Welcome back. Not you? Type your own name.
start-name-needed = Please type your name first: your results are kept under it.
start-continue = Continue

## Dates

# A day: { $day } and { $year } are numbers, { $month } is one of the month names below.
date = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Scorecards (defuse play --trainee) and defuse report

scorecard-saved = Scorecard saved: { $path }
scorecard-saved-abandoned = Scorecard saved, marked abandoned: { $path }
error-scorecard-not-saved = error: the scorecard could not be saved: { $reason }
error-trainee-empty = error: --trainee: the trainee's name is empty
error-data-dir = error: cannot use the data folder { $dir }: { $reason }
report-skipped-file = warning: skipped { $file }: { $reason }
report-skipped-count = { $count ->
    [one] warning: { $count } file in the scorecards folder could not be read and was skipped
   *[other] warning: { $count } files in the scorecards folder could not be read and were skipped
}
report-reading = Reading scorecards
error-report-date = error: { $option }: { $reason }
error-report-write = error: cannot write { $file }: { $reason }
report-written = Report written: { $file }

report-title = Training results
report-empty = No scorecards match. Sessions played with a trainee's name are saved and show up here.
report-heading = { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
} by { $trainees ->
    [one] { $trainees } trainee
   *[other] { $trainees } trainees
}
report-trainee = Trainee
report-sessions = Sessions
report-sessions-abandoned = { $count } ({ $abandoned } abandoned)
report-pass-rate = Pass rate
report-overall = Overall
report-trend = Trend
report-last = Last session
report-focus = { $trainee }: weakest on { $criterion }; work on “{ $title }”
report-when = When
report-scenario = Scenario
report-scenario-id = Scenario id
report-scenario-hash = Scenario file (SHA-256)
report-language = Language
report-outcome = Outcome
report-result = Result
report-abandoned = abandoned
report-passed = passed
report-failed = failed
report-started = Started
report-ended = Ended
report-pass-mark = Pass mark
report-decisions = Decisions
report-interruptions = Interruptions
report-hints = Hints
report-session-id = Session id
report-version = Defuse version
report-trainee-line = { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}, { $passed } passed, { $abandoned } abandoned · { $first } – { $last }
report-radar = Average per criterion
report-trend-chart = Each criterion over time
report-work-on = To work on: { $criterion }
report-latest-of = The latest { $shown } of { $count } sessions are listed; the charts and averages cover them all.
report-skipped = Files skipped

## The manager's screen, and earlier results on the picker

picker-best = Your best: { $score } ({ $verdict })
manager-open = Manager's review
manager-title = Manager's review
manager-back = Back
manager-loading = Reading scorecards: { $done } of { $total }
manager-save-error = The last scorecard could not be saved: { $reason }
manager-skipped = { $count ->
    [one] { $count } file in the scorecards folder could not be read and was skipped:
   *[other] { $count } files in the scorecards folder could not be read and were skipped:
}
manager-scenario = Scenario:
manager-all = All
manager-period = Period:
manager-period-all = All time
manager-period-week = Last 7 days
manager-period-month = Last 30 days
manager-period-year = Last 12 months
manager-page = Page { $page } of { $pages }
manager-previous = Previous
manager-next = Next
manager-trainee-summary = { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}, { $passed } passed, { $abandoned } abandoned · pass rate { $rate } · trend { $trend }

## The settings screen

settings-open = Settings
settings-title = Settings
settings-pace-note = The reading pace is how fast the customer's words appear. Answering before they have finished is interrupting, and costs listening points.
settings-replies = Replies:
settings-replies-listed = Listed
settings-replies-own-words = Own words only (expert)
settings-expert-note = You can always type a reply in your own words. Expert hides the listed replies, so you must find the words yourself, as on a real call.

## Sending results to the learning record store (defuse sync)

lrs-error-unreachable = the LRS at { $endpoint } cannot be reached: { $reason }
lrs-error-credentials = the LRS at { $endpoint } refused the user name or password (HTTP { $status })
lrs-error-rejected = the LRS at { $endpoint } rejected the statements (HTTP { $status }): { $message }
lrs-error-server = the LRS at { $endpoint } failed (HTTP { $status }): { $message }
error-lrs-config = error: { $reason }
sync-not-configured = error: no learning record store is configured. Give --lrs-endpoint, --lrs-user and --lrs-password (or DEFUSE_LRS_ENDPOINT, DEFUSE_LRS_USER, DEFUSE_LRS_PASSWORD), or write endpoint, user and password in { $file }.
sync-sending = Sending statements
sync-queued = { $count ->
    [one] Queued 1 new scorecard.
   *[other] Queued { $count } new scorecards.
}
sync-sent = Sent { $statements } statements from { $files } scorecards to { $endpoint } in { $seconds } s ({ $rate } statements/s).
sync-all-sent = Nothing waits: every scorecard is in { $endpoint }.
sync-stopped = error: { $error }. Nothing was lost: { $statements } statements from { $files } scorecards wait in { $dir } for the next sync.
sync-credentials-hint = Check the user name and password (--lrs-user, --lrs-password or { $file }).
sync-rejected = warning: { $file }: { $error }. It stays in the outbox.
sync-damaged = warning: { $file }: { $reason }. The file is kept and not sent.
sync-waiting = { $statements } statements from { $files } scorecards still wait in { $dir }.
sync-status-endpoint = Learning record store: { $endpoint } (user { $user })
sync-status-not-configured = Learning record store: not configured
sync-status-waiting = Waiting: { $statements } statements from { $files } scorecards
sync-status-success = Last successful send: { $when } ({ $statements } statements)
sync-status-never = Last successful send: never
sync-status-error = Last error, { $when }: { $error }
sync-status-no-error = Last error: none
sync-status-next = Next automatic try: { $when }
scorecard-queued = Queued for the learning record store: `defuse sync` sends it.
sync-indicator-sending = Sending results…
sync-indicator-synced = ✓ Results synced
sync-indicator-waiting = { $count ->
    [one] 1 result waiting to sync
   *[other] { $count } results waiting to sync
}
sync-indicator-error = { $count ->
    [one] 1 result not synced yet: { $problem }; retrying later
   *[other] { $count } results not synced yet: { $problem }; retrying later
}
sync-problem-unreachable = the LRS cannot be reached
sync-problem-credentials = the LRS refused the password
sync-problem-rejected = the LRS rejected a result
sync-problem-server = the LRS reported an error

## Scoring a reply in the trainee's own words (defuse score)

score-shows = shows it
score-violates = violates it
score-no-evidence = no evidence
score-no-reply = error: give the reply to score, e.g. defuse score "I'm sorry, I'll check it now."
score-unknown-node = error: `{ $node }` is not a decision in { $scenario }

## defuse voice
voice-calm-tone = Calm tone (delivery)
voice-measured = Measured: pace { $pace }/s (calm { $calm_pace }) · loudness { $loudness } LUFS (calm { $calm_loudness }) · pitch { $pitch } (calm { $calm_pitch }), spread { $range } st · longest pause { $pause } s
voice-no-espeak = error: the customer's voice is rendered with espeak-ng, which cannot be run here ({ $why }). Install it (e.g. apt-get install espeak-ng), or record the lines yourself into voices/.
voice-render-failed = error: espeak-ng could not render { $line }: { $why }
voice-rendered = { $rendered } customer lines rendered, { $kept } already in the cache, { $recorded } recorded by a trainer; the cache: { $dir }
voice-hebrew-note = Note: espeak-ng reads unpointed Hebrew poorly; record the customer's lines where you can (voices/he/<scenario>/<message-id>.wav).

## Voice practice
voice-say-it = Now say it aloud:
voice-talk = Hold to talk
voice-talk-keys = Hold Space (or the button) while you speak · Esc: choose another reply
voice-take-problem = That take could not be used: { $why }. Say it again.
voice-customer-text-only = The customer speaks as text only: { $why }.
voice-takes-no-baseline = error: voice takes need a calm baseline: { $why }
settings-voice = Voice practice
settings-voice-off = Off
settings-voice-on = On
settings-voice-note = Say each reply aloud: your pace, loudness and pitch are compared with your own calm voice and count in calm tone.
settings-voice-not-built-in = This copy of Defuse has no microphone support: it was built without voice practice (see the README, one command). Recorded takes still work: defuse play ID --gui --voice-takes FOLDER.
settings-voice-no-microphone = No microphone: { $why }
settings-baseline-read = Read this aloud in your normal, calm voice:
settings-baseline-keys = Hold Space (or the button) while you read · Esc: stop
settings-baseline-done = Your calm baseline is recorded.
settings-baseline-none = No calm baseline yet: record one to practise out loud.
settings-baseline-record = Record my calm baseline
settings-voice-privacy = No recording is kept: only measures of pace, loudness and pitch. How your replies sounded is yours; your manager sees it only if you share a session.
debrief-voice-overall = Calm tone with your voice: { $score } (your words alone: { $words })
debrief-voice-turn = How it sounded: { $score } · calm tone with your voice: { $combined } %
debrief-share-voice = Share how it sounded with my manager
debrief-voice-shared = Shared with your manager
debrief-voice-private = How your replies sounded is yours: it is not in your manager's reports unless you share it.
