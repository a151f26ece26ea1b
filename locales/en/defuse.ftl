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
answer-other-language = Your words read as { $found ->
        [en] English
        [hu] Hungarian
        [pl] Polish
       *[he] Hebrew
    }, and this conversation is in English. Answer in English: nothing was scored.

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

## The scorecard

verdict-unfinished = unfinished

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
what-wording = another wording of the reply
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
problem-wording-reads-as-another = wording { $wording } of reply { $reply } at `{ $id }` reads as reply { $other } ({ $closeness } % alike): trainees who type it would go down reply { $other }'s branch
label-wording-reads-as-another = reads as reply { $other }
help-wording-reads-as-another = say this reply's own move in it, with the detail that sets it apart from reply { $other }
problem-no-translation = `{ $name }` has no { $lang } translation yet; it is shown in { $source }
help-no-translation = run `{ $fix }` to start one
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
problem-no-patience = a customer with no patience walks out at the first unmatched reply
label-no-patience = patience 0
help-patience = set `patience` to 1 or more (the default is 3): how many typed replies in a row that match none of a decision's replies the customer puts up with
problem-walk-out-not-failing = `walk_out` must name an ending that fails the run, and `{ $id }` is not one
label-walk-out = where the customer walks out to
help-walk-out = add an ending such as `Ending(id: "walkout", outcome: CustomerLeft, says: ["…"], summary: "…", fails: true)`, or name one in `walk_out`: the customer goes there when their patience runs out or their mood hits -100
problem-no-walk-out = the scenario `{ $id }` has no ending for a customer who walks out: typed replies that match nothing can go on for ever
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

debrief-next-time = Next time
debrief-lesson = { $n }. { $principle } — at decision { $number } the best reply was: “{ $text }”
debrief-no-lessons = You chose the best reply at every decision.

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
date-short = { $day } { $month }
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec

## Scorecards (defuse play --trainee) and defuse report

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
report-count-abandoned = { $count } abandoned
report-count-practice = { $count ->
    [one] { $count } practice run
   *[other] { $count } practice runs
}
report-not-counted = { $abandoned ->
    [0] { $practice ->
        [one] One practice run is listed but counts
       *[other] { $practice } practice runs are listed but count
    }
    [one] { $practice ->
        [0] One abandoned session is listed but counts
        [one] One abandoned session and one practice run are listed but count
       *[other] One abandoned session and { $practice } practice runs are listed but count
    }
   *[other] { $practice ->
        [0] { $abandoned } abandoned sessions are listed but count
        [one] { $abandoned } abandoned sessions and one practice run are listed but count
       *[other] { $abandoned } abandoned sessions and { $practice } practice runs are listed but count
    }
} toward no score or pass rate.
report-pass-rate = Pass rate
report-overall = Overall
report-trend = Trend
report-last = Last session
report-focus = { $trainee }: { $criteria } — needs work; best reply missed most: “{ $title }” ({ $count ->
    [one] once
   *[other] { $count } times
})
report-focus-criteria = { $trainee }: { $criteria } — needs work
report-flag-note = ! needs work: below the pass mark, or { $gap } points or more below the team
report-team = Team
report-notes = Notes
report-failed-because = failed: { $reason }
report-reason-ending = the ending “{ $outcome }” ({ $node }) fails the run
report-reason-pass-mark = { $overall } is below the pass mark of { $pass_mark }
report-practice-run = practice run ({ $why })
report-practice-from = from { $node }
report-practice-mood = mood set to { $mood }
report-practice-in-file-order = replies in the file's order
report-practice-edited = scenario edited while played
report-expert = expert setting
report-own-words = own words { $count }/{ $total }
report-time-zone = Time zone
report-ending = Ending
report-reason = Why it failed
report-own-words-share = Own words (% of decisions)
report-expert-column = Expert setting
report-practice-column = Practice run
report-yes = yes
report-no = no
report-decision-number = Decision
report-decision-node = Decision id
report-customer-line = Customer said
report-reply-number = Reply number
report-reply-text = Reply
report-own-words-column = Own words
report-taken-as = Taken as
report-closeness = Closeness
report-best-of = Best on offer: { $criterion }
report-best-missed = Best reply missed
report-principle = Principle
report-mood-before = Mood before
report-mood-after = Mood after
report-interrupted = Interrupted
report-hint = Hint taken
report-missed-who = { $trainees ->
    [one] { $trainees } trainee
   *[other] { $trainees } trainees
} · { $scenarios }
report-first-attempt = First
report-latest-attempt = Latest
report-attempts = Attempts
report-chart-pass-mark = pass mark { $mark }
report-pass-explained = A session passes when its overall score reaches the scenario's pass mark and its ending does not fail the run. Trend: the latest third of a trainee's sessions against their earliest third.
report-team-title = The team
report-missed-title = Principles the team missed most (best reply not chosen)
report-missed-line = { $count } × “{ $title }” ({ $criterion }) — { $trainees ->
    [one] { $trainees } trainee
   *[other] { $trainees } trainees
}; { $scenarios }
report-hardest-title = Hardest decisions
report-hardest-scenario = { $title } ({ $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
})
report-hardest-line = “{ $line }” — best reply missed { $missed } of { $met } times ({ $node })
report-hardest-best = best: “{ $text }”
report-hardest-wrong = given most instead: “{ $text }” ({ $times } ×)
report-hardest-wrong-none = given most instead: own words that matched no reply ({ $times } ×)
report-endings = Endings: { $list }
report-ending-fails = { $ending } (fails the run)
report-ending-named = { $outcome } ({ $node })
report-weeks-title = The team week by week (finished sessions)
report-week-line = week of { $date }: { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}, overall { $overall } ({ $margin } against the pass mark), { $rate } passed
report-progress-title = First attempt and latest, per trainee and scenario
report-progress-line = { $trainee } · { $scenario }: { $first } → { $latest } ({ $change }, { $attempts } attempts)
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
}, { $passed } passed, { $abandoned } abandoned, { $practice } practice { $practice ->
    [one] run
   *[other] runs
} · { $first } – { $last }
report-radar = Average per criterion
report-trend-chart = Overall score over time, against the pass mark
report-work-on = To work on: { $criterion }
report-latest-of = The latest { $shown } of { $count } sessions are listed; the charts and averages cover them all.
report-skipped = Files skipped

## Sending results to the learning record store (defuse sync)

lrs-error-unreachable = the LRS at { $endpoint } cannot be reached: { $reason }
lrs-error-credentials = the LRS at { $endpoint } refused the user name or password (HTTP { $status })
lrs-error-rejected = the LRS at { $endpoint } rejected the statements (HTTP { $status }): { $message }
lrs-error-server = the LRS at { $endpoint } failed (HTTP { $status }): { $message }


# Typed words taken as an authored reply start from its scores; said under the turn's scores.
typed-scored-as-reply = Scored as that reply: your words make the same move.
# $moved: the criteria moved and by how many points, e.g. "calm tone -1, empathy +1".
typed-scored-as-reply-moved = Scored from that reply, then changed for what your words do differently: { $moved }.
