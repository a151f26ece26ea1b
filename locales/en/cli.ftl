# The command line's own words: what `defuse` prints in the terminal. The words shared
# with the window (criteria, tones, dates, counts, problems in files) are in defuse.ftl.
## defuse play
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
play-no-match = None of the replies comes close enough: the nearest, “{ $nearest }”, is { $closeness } % alike, and { $needed } % is needed. { $name } takes it neutrally.
play-closest = Your words were closest to reply { $number } ({ $closeness } % alike): “{ $text }”. The story goes on from it; what you are told next is about your own words.
play-no-match-at-all = None of the replies comes anywhere near these words: { $name } takes it neutrally.
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

## Problems in scenario files (defuse validate)
problem-no-such-path = no such file or folder

## Problems in translation files
problem-no-interface = the interface has no { $lang } translation; English is shown
help-no-interface = copy { $file } and translate it

## Scorecards (defuse play --trainee) and defuse report
scorecard-saved = Scorecard saved: { $path }
scorecard-saved-abandoned = Scorecard saved, marked abandoned: { $path }
error-scorecard-not-saved = error: the scorecard could not be saved: { $reason }
error-data-dir = error: cannot use the data folder { $dir }: { $reason }
report-skipped-file = warning: skipped { $file }: { $reason }
report-skipped-count = { $count ->
    [one] warning: { $count } file in the scorecards folder could not be read and was skipped
   *[other] warning: { $count } files in the scorecards folder could not be read and were skipped
}
report-reading = Reading scorecards
error-report-write = error: cannot write { $file }: { $reason }
report-written = Report written: { $file }
error-per-decision-csv = error: --per-decision goes with --format csv
error-unknown-trainee = error: no sessions of a trainee named “{ $given }”.
error-unknown-scenario = error: no scenario with the id “{ $given }”.
error-did-you-mean = Did you mean “{ $nearest }”?
warning-roster = warning: { $reason }; trainees are shown by the names typed, and the roster file was left as it is
error-trainee-empty = error: a trainee's name needs at least one letter
error-trainee-did-you-mean = error: nobody called “{ $given }” has trained yet. Did you mean “{ $nearest }”? To add “{ $given }” as a new trainee, add --new-trainee.
error-roster = error: { $reason }
error-no-trainee = error: no trainee “{ $given }” on the roster.
error-name-taken = error: “{ $name }” is already someone else's name; merge the two if they are one person.
error-same-trainee = error: “{ $name }” cannot be merged into themselves.
error-email = error: “{ $address }” is not an e-mail address.
error-delete = error: cannot delete { $file }: { $reason }
error-confirm-yes = error: { $question } Run it again with --yes to go ahead.
trainee-line = { $id }  { $name } · { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}
trainee-is-hidden = hidden
trainee-also = also typed as { $names }
trainee-renamed = Renamed: { $name }
trainee-merged = Merged: their sessions are { $name }'s now.
trainee-hidden = { $name } is hidden from reports and the manager's review; the sessions are kept.
trainee-shown = { $name } is shown again.
trainee-email = { $name }: e-mail “{ $address }”
trainee-deleted = Deleted { $name } and { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}.
trainee-confirm-merge = Merge “{ $from }” into “{ $into }”: { $count ->
    [one] { $count } session moves
   *[other] { $count } sessions move
}, and “{ $from }” leaves the roster.
trainee-confirm-delete = Delete “{ $name }” and { $count ->
    [one] { $count } session
   *[other] { $count } sessions
} for good?
trainee-type-name = Type “{ $name }” to go ahead:
trainee-not-confirmed = Nothing changed.
passphrase-first-use = The manager's review needs a passphrase, set now (at least { $length } characters). Keep it from trainees.
passphrase-new = New manager passphrase:
passphrase-again = The same again:
passphrase-prompt = Manager passphrase:
passphrase-set = The manager passphrase is set.
error-passphrase-mismatch = error: the two passphrases differ; nothing was set
error-passphrase-short = error: the manager passphrase needs at least { $length } characters
error-passphrase-wrong = error: that is not the manager passphrase
error-passphrase-not-set = error: the manager's review needs a passphrase. Run this on a terminal to set one, or give it in { $env }.
error-passphrase-needed = error: the manager's review needs the manager passphrase: run this on a terminal, or give it in { $env }.

## Sending results to the learning record store (defuse sync)
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
voice-takes-no-baseline = error: voice takes need a calm baseline: { $why }
