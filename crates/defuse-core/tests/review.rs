//! The manager's review as a manager reads it: numbers that do not mislead (an abandoned
//! session has no score, a playtest is a practice run, a failure says why), flags that
//! mean something, and the team at a glance, in every report format.

mod common;
use common::*;
use defuse_core::i18n::{Texts, langid};
use defuse_core::practice::{AnswerError, Practice, Rubrics};
use defuse_core::report::{self, Filter, Report};
use defuse_core::scorecard::{Scorecard, SessionInfo};
use defuse_core::*;
use jiff::Timestamp;
use jiff::tz::TimeZone;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

fn at(text: &str) -> Timestamp {
    text.parse().unwrap()
}

fn english() -> Texts {
    Texts::new(&langid("en").unwrap())
}

fn info(trainee: &str, expert: bool) -> SessionInfo {
    SessionInfo {
        trainee: trainee.into(),
        language: "en".into(),
        started: at("2026-11-30T09:00:00Z"),
        answered: Vec::new(),
        expert,
    }
}

/// Plays `conversation` choosing the best reply (by total) at every decision, up to
/// `limit` decisions.
fn best_replies(mut conversation: Conversation, limit: usize) -> Conversation {
    let mut k = 0;
    loop {
        match conversation.next_event() {
            Event::Line { .. } => {}
            Event::Choice { .. } if k == limit => return conversation,
            Event::Choice { .. } => {
                let story = conversation.story().clone();
                let node = story.node(story.find(conversation.current_node()).unwrap());
                let Node::Turn { replies, .. } = node else {
                    unreachable!()
                };
                let best = model::best_reply(replies).unwrap();
                conversation.choose_with(best, Conduct::default()).unwrap();
                k += 1;
            }
            Event::End { .. } => return conversation,
        }
    }
}

fn card(conversation: &Conversation, trainee: &str, ended: &str) -> Scorecard {
    Scorecard::from_conversation(conversation, &info(trainee, false), at(ended))
}

fn report_of(cards: &[Scorecard]) -> Report<'_> {
    Report::new(
        cards,
        &Filter::default(),
        &catalogue().principles,
        TimeZone::UTC,
    )
}

#[test]
fn an_abandoned_session_has_no_overall_score_in_any_format() {
    let story = story("missed-delivery");
    // One good reply, then the trainee left: the score so far would read 100.
    let left = best_replies(Conversation::new(story.clone(), 1), 1);
    let left = card(&left, "Tom Becker", "2026-11-30T09:02:00Z");
    assert!(left.is_abandoned());
    assert_eq!(left.overall, None);
    // A card an older build wrote, with the score so far, reads back without it.
    let older = left
        .to_json()
        .replace("\"overall\": null", "\"overall\": 100");
    assert!(older.contains("\"overall\": 100"));
    assert_eq!(Scorecard::from_json(&older).unwrap().overall, None);

    let cards = vec![left];
    let report = report_of(&cards);
    let t = english();
    assert_eq!(report.trainees[0].overall, None);
    assert_eq!(report.trainees[0].pass_rate, None);
    let table = report::table::render(&t, &report);
    let session = table
        .lines()
        .find(|l| l.contains("The washing machine"))
        .expect(&table);
    assert!(
        session.contains('–') && !session.contains("100"),
        "{session}"
    );
    let csv = report::csv::render(&t, &report).unwrap();
    let mut reader = ::csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let header = reader.headers().unwrap().clone();
    let overall = header.iter().position(|h| h == "Overall").unwrap();
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(&row[overall], "", "{csv}");
    let html = report::html::render(&t, &report, &[]);
    assert!(
        html.contains("<td class=\"n\">–</td>"),
        "the session's overall is a dash"
    );
    assert!(
        html.contains("<td class=\"n\"><b>–</b></td>"),
        "and so is the trainee's"
    );
    let statements = report::xapi::statements(&cards[0], report::xapi::DEFAULT_BASE);
    let last = statements.last().unwrap();
    assert_eq!(last["verb"]["id"], report::xapi::ABANDONED);
    assert!(last["result"].get("score").is_none(), "{last}");
}

#[test]
fn a_playtest_is_a_practice_run_shown_apart_and_never_counted() {
    let story = story("missed-delivery");
    let node = "order-number";
    let from = Conversation::starting_at(story.clone(), node, 20, 1).unwrap();
    let from = card(
        &best_replies(from, 99),
        "Tom Becker",
        "2026-11-30T09:05:00Z",
    );
    assert!(!from.is_abandoned() && from.passed);
    let run = from.practice_run.clone().unwrap();
    assert_eq!(run.from.as_deref(), Some(node));
    assert_eq!(run.mood, Some(20));
    let ordered = Conversation::new(story.clone(), 1).in_file_order();
    let ordered = card(
        &best_replies(ordered, 99),
        "Tom Becker",
        "2026-11-30T10:00:00Z",
    );
    assert!(ordered.practice_run.as_ref().unwrap().in_file_order);
    let real = card(
        &best_replies(Conversation::new(story.clone(), 2), 99),
        "Tom Becker",
        "2026-11-30T11:00:00Z",
    );
    assert_eq!(real.practice_run, None, "a full, normal session");
    // Through JSON and back, as saved.
    let from = Scorecard::from_json(&from.to_json()).unwrap();
    assert_eq!(
        from.practice_run.as_ref().unwrap().from.as_deref(),
        Some(node)
    );

    let cards = vec![from, ordered, real];
    let report = report_of(&cards);
    let tom = &report.trainees[0];
    assert_eq!((tom.sessions, tom.finished, tom.practice), (3, 1, 2));
    assert_eq!(
        tom.history.len(),
        1,
        "only the real session is on the trend"
    );
    assert_eq!(report.team.practice, 2);
    let table = report::table::render(&english(), &report);
    assert!(table.contains("3 (2 practice runs)"), "{table}");
    assert!(
        table.contains("practice run (from order-number, mood set to 20)"),
        "{table}"
    );
    assert!(
        table.contains("practice run (replies in the file's order)"),
        "{table}"
    );
    assert!(
        table.contains("2 practice runs are listed but count toward no score"),
        "{table}"
    );
}

#[test]
fn every_failed_result_says_why_in_every_format() {
    let story = story("missed-delivery");
    let mut below = card(
        &best_replies(Conversation::new(story.clone(), 1), 99),
        "Anna Kis",
        "2026-11-30T09:05:00Z",
    );
    // The same session against a pass mark it did not reach.
    below.pass_mark = 100;
    below.passed = false;
    let mut walked = below.clone();
    walked.pass_mark = 75;
    let ending = walked.ending.as_mut().unwrap();
    ending.fails = true;
    ending.node = "walkout".into();
    ending.outcome = model::Outcome::CustomerLeft;
    walked.id = uuid::Uuid::from_u128(2);
    let t = english();
    let because_mark = format!(
        "failed: {} is below the pass mark of 100",
        below.overall.unwrap()
    );
    let because_ending = "failed: the ending “customer left” (walkout) fails the run";
    assert_eq!(report::table::verdict(&t, &below), because_mark);
    assert_eq!(report::table::verdict(&t, &walked), because_ending);

    let cards = vec![below, walked];
    let report = report_of(&cards);
    let table = report::table::render(&t, &report);
    assert!(
        table.contains(&because_mark) && table.contains(because_ending),
        "{table}"
    );
    let html = report::html::render(&t, &report, &[]);
    assert!(html.contains(&report::html::esc(because_ending)), "{html}");
    let csv = report::csv::render(&t, &report).unwrap();
    assert!(csv.contains("the ending “customer left” (walkout) fails the run"));
    assert!(csv.contains(",walkout,"), "the ending's own column");
    let json: serde_json::Value = serde_json::from_str(&report.to_json(&[])).unwrap();
    let failures: Vec<&serde_json::Value> = json["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| &s["failure"])
        .collect();
    assert!(
        failures
            .iter()
            .any(|f| f["reason"] == "below-pass-mark" && f["pass_mark"] == 100)
    );
    assert!(
        failures
            .iter()
            .any(|f| f["reason"] == "ending" && f["node"] == "walkout")
    );
    for card in &cards {
        let last = report::xapi::statements(card, report::xapi::DEFAULT_BASE)
            .pop()
            .unwrap();
        assert_eq!(last["verb"]["id"], report::xapi::FAILED);
        let failure = &last["result"]["extensions"]["http://defuse.local/extensions/failure"];
        assert!(failure["reason"].is_string(), "{last}");
    }
}

#[test]
fn a_typed_decision_never_takes_a_number_and_own_words_are_recorded() {
    let story = story("cafe-long-wait");
    let rubrics = Rubrics::new(locales_dir());
    // Straight to the decision that wants own words.
    let conversation = Conversation::starting_at(story.clone(), "promise-doubt", -20, 1).unwrap();
    let mut practice = Practice::new(conversation, info("Ada", false), rubrics.clone());
    while practice.prompt().is_none() {
        practice.conversation_mut().next_event();
    }
    assert!(practice.prompt().unwrap().typed);
    assert!(matches!(
        practice.answer(&Answer::Number(1), false, at("2026-11-30T09:01:00Z")),
        Err(AnswerError::OwnWordsOnly)
    ));
    let words = Answer::Words(
        "You're right to doubt it after today. I'll bring it myself in three minutes.".into(),
    );
    practice
        .answer(&words, false, at("2026-11-30T09:01:30Z"))
        .unwrap();

    // The expert setting: no decision takes a number, and the card says so.
    let mut expert = Practice::new(
        Conversation::new(story.clone(), 1),
        info("Ada", true),
        rubrics,
    );
    while expert.prompt().is_none() {
        expert.conversation_mut().next_event();
    }
    assert!(matches!(
        expert.check(&Answer::Number(1)),
        Err(AnswerError::OwnWordsOnly)
    ));
    let told = expert
        .answer(
            &Answer::Words(
                "I'm so sorry about the wait, that's far too long. Let me sort it now.".into(),
            ),
            false,
            at("2026-11-30T09:00:30Z"),
        )
        .unwrap();
    assert!(told.turn.typed.is_some());
    let card = expert.scorecard(at("2026-11-30T09:02:00Z"));
    assert!(card.expert);
    assert_eq!(card.own_words(), 1);
    let notes = report::table::notes(&english(), &card);
    assert_eq!(notes, "expert setting; own words 1/1");
}

/// A finished session of `trainee` with these four criterion scores.
fn scored(base: &Scorecard, trainee: &str, scores: [u8; 4], k: u128) -> Scorecard {
    let mut card = base.clone();
    card.trainee = trainee.into();
    card.id = uuid::Uuid::from_u128(k);
    for (result, score) in card.criteria.iter_mut().zip(scores) {
        result.percent = Some(score);
    }
    let overall = scores.iter().map(|&s| u32::from(s)).sum::<u32>() / 4;
    card.overall = Some(overall as u8);
    card.passed = i32::from(card.overall.unwrap()) >= card.pass_mark;
    card
}

#[test]
fn needs_work_is_measured_against_the_pass_mark_and_the_team() {
    let story = story("missed-delivery");
    let base = card(
        &best_replies(Conversation::new(story.clone(), 1), 99),
        "x",
        "2026-11-30T09:05:00Z",
    );
    assert_eq!(base.pass_mark, 75);
    let cards = vec![
        // Strong everywhere: no flag, though ownership is her lowest of four.
        scored(&base, "Strong", [98, 97, 95, 99], 1),
        scored(&base, "Strong2", [96, 97, 96, 98], 2),
        // Below the pass mark on empathy.
        scored(&base, "Below", [90, 60, 90, 90], 3),
        // Above the pass mark but far below the team on listening.
        scored(&base, "Behind", [78, 96, 95, 97], 4),
    ];
    let report = report_of(&cards);
    let by = |name: &str| report.trainees.iter().find(|t| t.name == name).unwrap();
    let t = english();
    assert!(by("Strong").needs_work.is_empty());
    assert_eq!(report::table::focus_line(&t, by("Strong")), None);
    assert_eq!(by("Below").needs_work, vec![model::Criterion::Empathy]);
    assert_eq!(by("Behind").needs_work, vec![model::Criterion::Listening]);
    let table = report::table::render(&t, &report);
    let strong = table.lines().find(|l| l.starts_with("Strong ")).unwrap();
    assert!(!strong.contains('!'), "{strong}");
    let below = table.lines().find(|l| l.starts_with("Below ")).unwrap();
    assert!(below.contains("60!"), "{below}");
    assert!(table.contains("Below: empathy — needs work"), "{table}");
    assert!(table.contains("Behind: listening — needs work"), "{table}");
    let html = report::html::render(&t, &report, &[]);
    assert_eq!(
        html.matches("class=\"n weak\"").count(),
        2,
        "red only where it needs work"
    );
}

#[test]
fn the_team_view_names_the_principles_missed_most_and_the_hardest_decisions() {
    let cards = synth::scorecards(&bundled(), 80, 8, at("2026-12-01T12:00:00Z"), 16);
    let report = report_of(&cards);
    let team = &report.team;
    assert_eq!(team.sessions, 80);
    let real: Vec<&Scorecard> = cards.iter().filter(|c| c.practice_run.is_none()).collect();

    // The principles, counted by hand.
    let mut missed: HashMap<String, (usize, HashSet<String>)> = HashMap::new();
    for card in &real {
        for turn in &card.turns {
            if turn.best_missed.is_some() {
                let entry = missed
                    .entry(turn.best_principle.as_ref().unwrap().id.clone())
                    .or_default();
                entry.0 += 1;
                entry.1.insert(report::name_key(&card.trainee));
            }
        }
    }
    let most = missed.values().map(|m| m.0).max().unwrap();
    let top = &team.missed[0];
    assert_eq!(top.focus.missed, most);
    assert_eq!(missed[&top.focus.principle.id].1.len(), top.trainees);
    assert!(
        team.missed
            .windows(2)
            .all(|w| w[0].focus.missed >= w[1].focus.missed)
    );

    // The hardest decision of each scenario, by hand.
    for scenario in &team.scenarios {
        let mut met: HashMap<&str, (usize, usize)> = HashMap::new();
        for card in real.iter().filter(|c| c.scenario.id == scenario.id) {
            for turn in &card.turns {
                let m = met.entry(&turn.node).or_default();
                m.0 += 1;
                m.1 += usize::from(turn.best_missed.is_some());
            }
        }
        // Every decision counted right, and the hardest first: met often enough to judge,
        // and the surest share missed among those.
        for d in &scenario.decisions {
            assert_eq!((d.met, d.missed), met[d.node.as_str()], "{}", d.node);
        }
        let hardest = &scenario.decisions[0];
        let judged = |d: &&report::team::DecisionView| d.met >= report::team::OFTEN_ENOUGH;
        if scenario.decisions.iter().any(|d| judged(&d)) {
            assert!(judged(&hardest), "{}", scenario.id);
            for d in scenario.decisions.iter().filter(judged) {
                assert!(
                    hardest.hardness() >= d.hardness(),
                    "{} {}",
                    scenario.id,
                    d.node
                );
            }
        }
        assert_eq!(
            (hardest.met, hardest.missed),
            met[hardest.node.as_str()],
            "{}",
            scenario.id
        );
        let ended: usize = scenario.endings.iter().map(|e| e.count).sum();
        assert_eq!(ended, scenario.sessions);
    }

    // Week by week: every finished session in exactly one week, in date order.
    let weekly: usize = team.weeks.iter().map(|w| w.sessions).sum();
    assert_eq!(weekly, team.finished);
    assert!(team.weeks.windows(2).all(|w| w[0].start < w[1].start));
    // First against latest: the trainee's earliest and latest finished session.
    for p in &team.progress {
        let theirs: Vec<&&Scorecard> = real
            .iter()
            .filter(|c| {
                c.counts()
                    && report::tidy_name(&c.trainee) == p.trainee
                    && c.scenario.title == p.scenario
            })
            .collect();
        let first = theirs.iter().min_by_key(|c| c.ended).unwrap();
        let latest = theirs.iter().max_by_key(|c| c.ended).unwrap();
        assert_eq!(
            (p.first, p.latest),
            (first.overall.unwrap(), latest.overall.unwrap())
        );
        assert_eq!(p.attempts, theirs.len());
    }

    // Every format shows it.
    let t = english();
    let table = report::table::render(&t, &report);
    assert!(table.contains("Principles the team missed most"), "{table}");
    assert!(table.contains(&top.focus.principle.title), "{table}");
    assert!(table.contains("Hardest decisions"));
    let team_row = table
        .lines()
        .find(|l| l.starts_with("Team "))
        .expect(&table);
    assert!(
        team_row.contains(&report::score(team.overall)),
        "{team_row}"
    );
    let html = report::html::render(&t, &report, &[]);
    assert!(html.contains("<section id=\"team\">"));
    assert!(html.contains("<svg class=\"team-trend\""));
    assert!(html.contains(&report::html::esc(&top.focus.principle.title)));
    let json: serde_json::Value = serde_json::from_str(&report.to_json(&[])).unwrap();
    assert_eq!(json["team"]["missed"][0]["missed"], most);
    assert_eq!(json["team"]["sessions"], 80);
}

#[test]
fn a_decision_met_a_few_times_does_not_top_the_hardest_by_chance() {
    let view = |met, missed| report::team::DecisionView {
        node: String::new(),
        customer_line: String::new(),
        met,
        missed,
        best: None,
        wrong: None,
    };
    // One miss in three is a larger share than three in ten, but surer is the ten.
    assert!(view(3, 1).missed_share() > view(10, 3).missed_share());
    assert!(view(3, 1).hardness() < view(10, 3).hardness());
    assert!(view(20, 10).hardness() > view(10, 5).hardness());
    assert!(view(12, 0).hardness() == 0.0 && view(0, 0).hardness() == 0.0);
}

#[test]
fn the_trend_chart_is_dated_and_shows_gaps() {
    let story = story("missed-delivery");
    let base = card(
        &best_replies(Conversation::new(story.clone(), 1), 99),
        "Anna",
        "2026-11-30T09:05:00Z",
    );
    let mut cards = Vec::new();
    for (k, day) in ["2026-10-01", "2026-10-03", "2026-11-20"]
        .iter()
        .enumerate()
    {
        let mut c = scored(&base, "Anna", [80, 80, 80, 80], k as u128 + 1);
        c.ended = at(&format!("{day}T12:00:00Z"));
        cards.push(c);
    }
    let report = report_of(&cards);
    let html = report::html::render(&english(), &report, &[]);
    let chart = html.split("<svg class=\"trend\"").nth(1).unwrap();
    let chart = chart.split("</svg>").next().unwrap();
    assert!(
        chart.contains("1 Oct") && chart.contains("20 Nov"),
        "{chart}"
    );
    assert!(chart.contains("pass mark 75"), "{chart}");
    // Seven weeks without a session: the line breaks, two dots stay joined.
    assert_eq!(chart.matches("<polyline").count(), 1, "{chart}");
    assert_eq!(chart.matches("<circle").count(), 3);
    // Placed by date: the first two dots sit close, the third far right.
    let xs: Vec<f64> = chart
        .split("<circle cx=\"")
        .skip(1)
        .map(|s| s.split('"').next().unwrap().parse().unwrap())
        .collect();
    assert!(xs[1] - xs[0] < (xs[2] - xs[1]) / 10.0, "{xs:?}");
}

#[test]
fn a_csv_per_decision_has_a_row_for_each_decision_answered() {
    let cards = synth::scorecards(&bundled(), 6, 2, at("2026-12-01T12:00:00Z"), 3);
    let report = report_of(&cards);
    let csv = report::csv::render_decisions(&english(), &report).unwrap();
    let mut reader = ::csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).expect(name);
    let rows: Vec<::csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let turns: Vec<(&Scorecard, &scorecard::Turn)> = report
        .cards
        .iter()
        .flat_map(|c| c.turns.iter().map(move |t| (*c, t)))
        .collect();
    assert_eq!(rows.len(), turns.len());
    for (row, (card, turn)) in rows.iter().zip(&turns) {
        assert_eq!(&row[column("Session id")], card.id.to_string());
        assert_eq!(&row[column("Decision id")], turn.node);
        assert_eq!(&row[column("Customer said")], turn.customer_line);
        assert_eq!(
            row[column("empathy")].parse::<i32>().unwrap(),
            turn.scores.empathy
        );
        assert_eq!(
            &row[column("Best reply missed")],
            turn.best_missed.as_deref().unwrap_or("")
        );
    }
    // The session CSV's new columns.
    let csv = report::csv::render(&english(), &report).unwrap();
    let first = csv.lines().next().unwrap();
    for column in [
        "Time zone",
        "Ending",
        "Why it failed",
        "Own words (% of decisions)",
        "Expert setting",
        "Practice run",
    ] {
        assert!(first.contains(column), "{column}: {first}");
    }
}

#[test]
fn names_differing_only_in_case_and_spaces_are_one_trainee() {
    let story = story("missed-delivery");
    let base = card(
        &best_replies(Conversation::new(story.clone(), 1), 99),
        "x",
        "2026-11-30T09:05:00Z",
    );
    let cards: Vec<Scorecard> = ["Tom Becker", "tom  becker", " TOM BECKER "]
        .iter()
        .enumerate()
        .map(|(k, name)| {
            let mut c = scored(&base, name, [80, 80, 80, 80], k as u128 + 1);
            c.ended += jiff::SignedDuration::from_secs(k as i64 * 60);
            c
        })
        .collect();
    let report = report_of(&cards);
    assert_eq!(report.trainees.len(), 1);
    assert_eq!(report.trainees[0].sessions, 3);
    assert_eq!(
        report.trainees[0].name, "TOM BECKER",
        "as written last, spaces tidied"
    );
    let _ = Arc::clone(&story);
}

#[test]
fn xapi_names_each_decision_by_the_customers_words_with_its_choices() {
    let story = story("cafe-long-wait");
    let rubrics = Rubrics::new(locales_dir());
    let mut practice = Practice::new(
        Conversation::new(story.clone(), 1),
        info("Ada", false),
        rubrics,
    );
    while practice.prompt().is_none() {
        practice.conversation_mut().next_event();
    }
    let listed = practice.prompt().unwrap().replies.len();
    practice
        .answer(&Answer::Number(1), false, at("2026-11-30T09:00:30Z"))
        .unwrap();
    while practice.prompt().is_none() {
        practice.conversation_mut().next_event();
    }
    let words = "Tamás, I'm sorry about the wait. I'm making your flat white myself right now.";
    practice
        .answer(
            &Answer::Words(words.into()),
            false,
            at("2026-11-30T09:01:00Z"),
        )
        .unwrap();
    let card = practice.scorecard(at("2026-11-30T09:02:00Z"));
    let statements = report::xapi::statements(&card, report::xapi::DEFAULT_BASE);
    let answered: Vec<&serde_json::Value> = statements
        .iter()
        .filter(|s| s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered")
        .collect();
    assert_eq!(answered.len(), 2);
    // A listed decision: the customer's line names it, its replies are the choices, the
    // best is the correct response, the answer one of the choices.
    let first = &answered[0]["object"]["definition"];
    assert_eq!(first["name"]["en"], card.turns[0].customer_line.as_str());
    assert_eq!(first["interactionType"], "choice");
    let choices = first["choices"].as_array().unwrap();
    assert_eq!(choices.len(), listed);
    assert_eq!(
        choices[0]["description"]["en"],
        card.turns[0].offered[0].as_str()
    );
    let best = card.turns[0].best_reply.unwrap();
    assert_eq!(first["correctResponsesPattern"][0], format!("reply-{best}"));
    assert!(
        choices
            .iter()
            .any(|c| c["id"] == answered[0]["result"]["response"]),
        "the response is one of the choices"
    );
    // Own words: a long fill-in, the words as the response, the evidence beside it.
    let second = &answered[1];
    assert_eq!(
        second["object"]["definition"]["interactionType"],
        "long-fill-in"
    );
    assert!(second["object"]["definition"].get("choices").is_none());
    assert_eq!(second["result"]["response"], words);
    let own = &second["result"]["extensions"]["http://defuse.local/extensions/own-words"];
    assert!(!own["evidence"].as_array().unwrap().is_empty(), "{own}");
    // The actor is the roster's id where the card has one, the e-mail where the roster
    // gives one (and then only that: one identifier per agent).
    let mut card = card;
    card.trainee_id = Some("t-0123456789ab".into());
    let actor = &report::xapi::statements(&card, report::xapi::DEFAULT_BASE)[0]["actor"];
    assert_eq!(actor["account"]["name"], "t-0123456789ab");
    card.trainee_email = Some("ada@example.org".into());
    let actor = &report::xapi::statements(&card, report::xapi::DEFAULT_BASE)[0]["actor"];
    assert_eq!(actor["mbox"], "mailto:ada@example.org");
    assert!(actor.get("account").is_none());
}
