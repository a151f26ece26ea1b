# The trainer window's own words. The words shared with the command line (criteria,
# tones, dates, counts, problems in files) are in defuse.ftl.
## defuse stats
watch-reloaded = The scenario was read again.
watch-went-on = The scenario was read again: going on at `{ $node }`, mood { $mood }.
watch-broken = The scenario no longer validates ({ $count ->
        [one] one problem
       *[other] { $count } problems
    }); the window keeps the last good version until it is fixed:
watch-banner = This scenario no longer validates; the window plays the last good version until it is fixed:

## The trainer window
picker-title = Defuse
picker-count = { $count ->
    [one] { $count } scenario
   *[other] { $count } scenarios
}
picker-customer = Customer: { $name }
picker-broken = Scenarios left out (run `defuse validate`)
picker-language = Language

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
conversation-no-match = None of the replies here comes close enough: the nearest, “{ $nearest }”, is { $closeness } % alike, and { $needed } % is needed. So { $name } takes it neutrally.
conversation-closest = Your words were closest to: “{ $text }” ({ $closeness } % alike). The story goes on from it.
conversation-no-match-at-all = None of the replies here comes anywhere near these words, so { $name } takes it neutrally.
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
debrief-no-match = In your own words; they matched none of the replies: the nearest, “{ $nearest }”, was { $closeness } % alike, and { $needed } % is needed. So { $name } reacted neutrally.
debrief-closest = In your own words, closest to: “{ $text }” ({ $closeness } % alike). The reasons below are about your own words.
debrief-no-match-at-all = In your own words; they have nothing in common with any of the replies, so { $name } reacted neutrally.
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
start-did-you-mean = Did you mean { $nearest }? Continue again to start as someone new, “{ $typed }”.
start-i-am = I am { $name }
start-continue = Continue

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
manager-door-intro = Everyone's results are behind the manager passphrase.
manager-door-first = Everyone's results will be behind a manager passphrase. Choose one now (at least { $length } characters), and keep it from trainees.
manager-door-prompt = Manager passphrase:
manager-door-new = New manager passphrase:
manager-door-again = The same passphrase again:
manager-door-unlock = Open
manager-door-wrong = That is not the manager passphrase.
manager-door-short = The passphrase needs at least { $length } characters.
manager-door-mismatch = The two passphrases differ; type a new one again.
manager-door-damaged = The passphrase file in the data folder cannot be read; see docs/threat-model.md.
manager-door-who = Trainees see only their own results. The passphrase keeps this screen closed on a shared computer; it does not encrypt the results.
manager-session-who = { $trainee } · { $when } · { $language }
manager-filter-scenario = Scenario: { $scenario }
manager-filter-period = Period: { $period }
manager-rename = Rename
manager-hide = Hide
manager-show = Show again
manager-merge = Merge
manager-delete = Delete
manager-cancel = Cancel
manager-rename-to = New name:
manager-merge-into = Merge { $name } into:
manager-confirm-merge = Merge “{ $from }” into “{ $into }”? { $count ->
    [one] { $count } session moves
   *[other] { $count } sessions move
}, and “{ $from }” leaves the roster.
manager-confirm-delete = Delete “{ $name }” and { $count ->
    [one] { $count } session
   *[other] { $count } sessions
} for good?
manager-error-no-trainee = No trainee “{ $name }” on the roster.
manager-error-name-taken = “{ $name }” is already someone else's name: merge the two if they are one person.
manager-error-same = “{ $name }” cannot be merged into themselves.
manager-error-empty = A name needs at least one letter.
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

## Voice practice
voice-say-it = Now say it aloud:
voice-talk = Hold to talk
voice-talk-keys = Hold Space (or the button) while you speak · Esc: choose another reply
voice-take-problem = That take could not be used: { $why }. Say it again.
voice-customer-text-only = The customer speaks as text only: { $why }.
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
