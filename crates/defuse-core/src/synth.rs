//! Synthetic scenarios of any size, for property tests and benchmarks. Every one is valid:
//! a random tree guarantees each node is reachable, and extra links only point forward, so
//! there are no loops and every path reaches an ending.

use crate::model::*;
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};

/// Shape of a generated scenario.
#[derive(Debug, Clone, Copy)]
pub struct Shape {
    /// Customer turns, each a decision for the trainee (at least 1 is made).
    pub turns: usize,
    /// Silent branches that route on the customer's mood.
    pub branches: usize,
    /// Endings (at least 1 is made); every third one fails the session.
    pub endings: usize,
    /// Most replies per decision (at least 2).
    pub max_replies: usize,
    /// How far forward an extra link may reach; small values give long, narrow scenarios.
    pub reach: usize,
}

/// A valid scenario of `shape` with random scores, mood changes and links; the same
/// `seed` always gives the same scenario.
pub fn scenario(shape: Shape, seed: u64) -> Scenario {
    let mut rng = StdRng::seed_from_u64(seed);
    let inner = shape.turns.max(1) + shape.branches;
    let endings = shape.endings.max(1);
    let total = inner + endings;
    // Node 0 is a turn; the other inner nodes are turns and branches in random order; the
    // endings come last so that every forward link has somewhere to go.
    let mut is_branch = vec![false; inner];
    // Turns ≥ 1, so positions 1..inner always have room for every branch.
    let mut placed = 0;
    while placed < shape.branches {
        let i = rng.random_range(1..inner);
        if !is_branch[i] {
            is_branch[i] = true;
            placed += 1;
        }
    }
    let mut links: Vec<Vec<usize>> = vec![Vec::new(); inner];
    for child in 1..total {
        let parent = if child < inner {
            rng.random_range(0..child)
        } else {
            rng.random_range(0..inner)
        };
        links[parent].push(child);
    }
    let forward = |rng: &mut StdRng, from: usize| {
        rng.random_range(from + 1..(from + 1 + shape.reach.max(1)).min(total))
    };
    let id = |i: usize| format!("n{i}");
    let mut nodes = Vec::with_capacity(total);
    for (i, targets) in links.iter_mut().enumerate() {
        if is_branch[i] {
            if targets.is_empty() {
                targets.push(forward(&mut rng, i));
            }
            let otherwise = targets.pop().expect("at least one target");
            let routes = targets
                .iter()
                .map(|&t| Route {
                    when: if rng.random_bool(0.5) {
                        MoodTest::Below(rng.random_range(-80..=40))
                    } else {
                        MoodTest::AtLeast(rng.random_range(-40..=80))
                    },
                    goto: id(t),
                })
                .collect();
            nodes.push(Node::Branch {
                id: id(i),
                routes,
                otherwise: id(otherwise),
            });
        } else {
            let wanted = rng.random_range(2..=shape.max_replies.max(2));
            while targets.len() < wanted {
                targets.push(forward(&mut rng, i));
            }
            let replies = targets
                .iter()
                .enumerate()
                .map(|(k, &t)| Reply {
                    text: format!("reply {k} at {i}"),
                    wordings: Vec::new(),
                    kind: None,
                    scores: Scores {
                        listening: rng.random_range(SCORE_MIN..=SCORE_MAX),
                        empathy: rng.random_range(SCORE_MIN..=SCORE_MAX),
                        ownership: rng.random_range(SCORE_MIN..=SCORE_MAX),
                        calm_tone: rng.random_range(SCORE_MIN..=SCORE_MAX),
                    },
                    mood: rng.random_range(-30..=30),
                    feedback: format!("feedback {k} at {i}"),
                    principle: None,
                    next: id(t),
                })
                .collect();
            nodes.push(Node::Turn {
                id: id(i),
                says: vec![format!("line {i}a"), format!("line {i}b")],
                tone: None,
                hint: None,
                typed: false,
                neutral: None,
                replies,
            });
        }
    }
    let outcomes = [Outcome::Resolved, Outcome::Escalated, Outcome::CustomerLeft];
    for e in 0..endings {
        nodes.push(Node::Ending {
            id: id(inner + e),
            outcome: outcomes[e % outcomes.len()].clone(),
            says: Vec::new(),
            tone: None,
            summary: format!("ending {e}"),
            fails: e % 3 == 2,
        });
    }
    Scenario {
        id: format!("synthetic-{seed}"),
        neutral: None,
        patience: None,
        walk_out: None,
        language: "en".to_owned(),
        title: "Synthetic".to_owned(),
        brief: "Generated for tests.".to_owned(),
        setting: Setting::Phone,
        difficulty: Difficulty::Medium,
        customer: Customer {
            name: "Test".to_owned(),
            gender: None,
            mood: rng.random_range(-80..=0),
            traits: Vec::new(),
        },
        pass_mark: 70,
        start: id(0),
        principles: Vec::new(),
        nodes,
        playtests: Vec::new(),
    }
}

/// Writes a scenario as RON, the way a trainer's file looks.
pub fn to_ron(scenario: &Scenario) -> String {
    ron::ser::to_string_pretty(
        scenario,
        ron::ser::PrettyConfig::default().struct_names(true),
    )
    .expect("a scenario always serialises")
}

/// Scorecards as a training team makes them: `n` sessions played by random walks through
/// `stories`, by `trainees` trainees, spread over the year before `end`. For the report
/// benchmarks and the store's tests.
pub fn scorecards(
    stories: &[std::sync::Arc<crate::Story>],
    n: usize,
    trainees: usize,
    end: jiff::Timestamp,
    seed: u64,
) -> Vec<crate::scorecard::Scorecard> {
    generate(
        stories,
        n,
        trainees,
        365,
        end,
        seed,
        |rng, _, _, replies| rng.random_range(0..replies.len()),
    )
}

/// A team that learns: `n` sessions by `trainees` trainees over the `days` before `end`.
/// Each trainee has their own skill, the chance of choosing a decision's best reply, which
/// grows over the weeks; otherwise they choose another reply at random. For the manager's
/// screens and for trying the review as a manager would.
pub fn team(
    stories: &[std::sync::Arc<crate::Story>],
    n: usize,
    trainees: usize,
    days: i64,
    end: jiff::Timestamp,
    seed: u64,
) -> Vec<crate::scorecard::Scorecard> {
    generate(
        stories,
        n,
        trainees,
        days,
        end,
        seed,
        |rng, who, time, replies| {
            // From 50 % to 90 % at the start, each trainee adding up to 25 points by the end.
            let start = 0.5 + 0.4 * ((who * 5 + 2) % 9) as f64 / 8.0;
            let growth = 0.25 * ((who * 3 + 1) % 4) as f64 / 3.0;
            let best = crate::model::best_reply(replies).unwrap_or(0);
            if replies.len() < 2 || rng.random_bool((start + growth * time).min(0.95)) {
                best
            } else {
                let other = rng.random_range(0..replies.len() - 1);
                if other >= best { other + 1 } else { other }
            }
        },
    )
}

/// Sessions over the `days` before `end`; `pick(rng, trainee, time, replies)` chooses a
/// reply (its index in the file) at `time`, 0 (the start of the span) to 1 (`end`).
fn generate(
    stories: &[std::sync::Arc<crate::Story>],
    n: usize,
    trainees: usize,
    days: i64,
    end: jiff::Timestamp,
    seed: u64,
    pick: impl Fn(&mut StdRng, usize, f64, &[crate::model::Reply]) -> usize,
) -> Vec<crate::scorecard::Scorecard> {
    use crate::conversation::{Conduct, Conversation, Event};
    use crate::scorecard::{Scorecard, SessionInfo};
    let mut rng = StdRng::seed_from_u64(seed);
    const NAMES: [&str; 8] = [
        "Anna Kis",
        "Bálint Szabó",
        "Zofia Nowak",
        "Łukasz Wiśniewski",
        "נועה לוי",
        "Dóra Tóth",
        "Piotr Zieliński",
        "Sam Taylor",
    ];
    const LANGUAGES: [&str; 4] = ["en", "hu", "pl", "he"];
    let span = days.max(1) * 24 * 3600;
    (0..n)
        .filter_map(|k| {
            let story = stories.get(rng.random_range(0..stories.len().max(1)))?;
            let mut conversation = Conversation::new(story.clone(), rng.random());
            let who = rng.random_range(0..trainees.max(1));
            let ago = rng.random_range(0..span);
            let started = end.as_second() - ago;
            let time = 1.0 - ago as f64 / span as f64;
            let mut at = started;
            let mut answered = Vec::new();
            // One session in twenty is left half-way.
            let abandon_after = (rng.random_range(0..20) == 0).then(|| rng.random_range(0..4));
            loop {
                match conversation.next_event() {
                    Event::Line { .. } => {}
                    Event::Choice { replies, .. } => {
                        if abandon_after.is_some_and(|a| answered.len() >= a) {
                            break;
                        }
                        let reply = pick(&mut rng, who, time, replies);
                        let conduct = Conduct {
                            interrupted: rng.random_range(0..8) == 0,
                            hint: rng.random_range(0..10) == 0,
                        };
                        conversation.choose_with(reply, conduct).ok()?;
                        at += rng.random_range(10..60);
                        answered.push(jiff::Timestamp::from_second(at).ok()?);
                    }
                    Event::End { .. } => break,
                }
            }
            let name = if who < NAMES.len() {
                NAMES[who].to_owned()
            } else {
                format!("{} {}", NAMES[who % NAMES.len()], who / NAMES.len() + 1)
            };
            let info = SessionInfo {
                trainee: name,
                language: LANGUAGES[k % LANGUAGES.len()].to_owned(),
                started: jiff::Timestamp::from_second(started).ok()?,
                answered,
                expert: false,
            };
            let mut card = Scorecard::from_conversation(
                &conversation,
                &info,
                jiff::Timestamp::from_second(at + 5).ok()?,
            );
            // Repeatable ids, so that a seed gives the same files.
            card.id = uuid::Uuid::from_u128(rng.random());
            Some(card)
        })
        .collect()
}
