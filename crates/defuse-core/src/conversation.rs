//! The conversation as a state machine with a pull API: the front end (terminal, test or
//! Bevy screen) asks for the next event, shows it, and reports the trainee's choice.

use crate::model::{MOOD_MAX, MOOD_MIN, Node, Outcome, Tone};
use crate::scoring::{ScoreSummary, summarise};
use crate::story::Story;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{RngExt, SeedableRng};
use std::sync::Arc;

mod answer;
mod event;
mod reply;
mod routing;

pub use answer::{
    Answer, ChoiceError, Conduct, HINT_COST, INTERRUPT_LISTENING_COST, INTERRUPT_MOOD_COST,
};
pub use event::{Event, TurnRecord, TypedReply};
pub use reply::{TypedScores, score_typed};
use routing::route;
pub use routing::{ReplyOrder, Routing, StartAt};

/// One of `variants` line variants.
fn pick(rng: &mut StdRng, variants: usize) -> usize {
    if variants > 1 {
        rng.random_range(0..variants)
    } else {
        0
    }
}

/// Closeness (0–100) from which typed words are, for certain, the authored reply they were
/// taken as: its feedback is told about them. Below, the trainee hears what came closest
/// and the evidence of their own words only.
pub const NEAR_CERTAIN: u8 = 80;

/// Mixed into the seed for the shuffling stream.
const SHUFFLE_STREAM: u64 = 0x005e_ed0f_5417_f1e5;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Just arrived at the node; nothing shown yet.
    Arrived,
    /// The node's line (if any) was shown; a turn now waits for a reply.
    Spoken,
    /// Typed words matched no reply: the customer's neutral reaction (this variant) is
    /// to be said, then the story goes to `then`, or the decision is asked again.
    Neutral { variant: usize, then: Option<usize> },
}

/// One play of a story: where it stands, the customer's mood, the turns so far, and the
/// seeded randomness behind line variants and the order replies are shown in.
#[derive(Debug)]
pub struct Conversation {
    story: Arc<Story>,
    at: usize,
    phase: Phase,
    /// Index of the line variant shown at the current node.
    line: usize,
    mood: i32,
    rng: StdRng,
    /// Shuffles each decision's replies; `None` lists them in the file's order.
    shuffle: Option<StdRng>,
    /// The current decision's replies in the order shown.
    order: Vec<usize>,
    seed: u64,
    /// Branches followed since the front end last asked, for a trainer to see why.
    routed: Vec<Routing>,
    turns: Vec<TurnRecord>,
    /// The customer's last words, which the next reply answers.
    heard: String,
    /// Where and at what mood the conversation began, to tell a playtest from a session.
    began: (usize, i32),
}

impl Conversation {
    /// Starts at the scenario's start with the customer's starting mood.
    pub fn new(story: Arc<Story>, seed: u64) -> Conversation {
        let at = story.start();
        let mood = story.scenario.customer.mood;
        Conversation::at(story, at, mood, seed)
    }

    /// Starts anywhere with a preset mood, for playtesting the end of a long scenario.
    pub fn starting_at(
        story: Arc<Story>,
        node: &str,
        mood: i32,
        seed: u64,
    ) -> Result<Conversation, String> {
        let at = story.find(node).ok_or_else(|| {
            format!(
                "there is no node `{node}` in `{}`; its nodes are: {}",
                story.scenario.id,
                story.node_ids().collect::<Vec<_>>().join(", ")
            )
        })?;
        if !(MOOD_MIN..=MOOD_MAX).contains(&mood) {
            return Err(format!(
                "the mood {mood} is outside {MOOD_MIN} to {MOOD_MAX}"
            ));
        }
        Ok(Conversation::at(story, at, mood, seed))
    }

    fn at(story: Arc<Story>, at: usize, mood: i32, seed: u64) -> Conversation {
        Conversation {
            story,
            at,
            phase: Phase::Arrived,
            line: 0,
            mood,
            rng: StdRng::seed_from_u64(seed),
            // Its own stream, so that shuffling leaves the customer's line variants as
            // they were for a given seed.
            shuffle: Some(StdRng::seed_from_u64(seed ^ SHUFFLE_STREAM)),
            order: Vec::new(),
            seed,
            routed: Vec::new(),
            turns: Vec::new(),
            heard: String::new(),
            began: (at, mood),
        }
    }

    /// Lists every decision's replies in the file's order, as a trainer playtesting wants.
    pub fn in_file_order(mut self) -> Conversation {
        self.shuffle = None;
        self
    }

    /// Where the conversation began (the node's id) and at what mood: the scenario's start
    /// and the customer's own mood for a full session, elsewhere for a playtest.
    pub fn began(&self) -> (&str, i32) {
        let (at, mood) = self.began;
        (self.story.node(at).id(), mood)
    }

    /// True unless the replies are listed in the file's order.
    pub fn shuffled(&self) -> bool {
        self.shuffle.is_some()
    }

    /// The branches followed since the last call, in order: which way each went and why.
    pub fn take_routed(&mut self) -> Vec<Routing> {
        std::mem::take(&mut self.routed)
    }

    /// Follows the branches ahead now (rather than inside `next_event`) and says which way
    /// each went, so a front end can show it before the next line.
    pub fn follow_branches(&mut self) -> Vec<Routing> {
        for _ in 0..=self.story.len() {
            if self.phase != Phase::Arrived
                || !matches!(self.story.node(self.at), Node::Branch { .. })
            {
                break;
            }
            let (to, routing) = route(&self.story, self.at, self.mood);
            self.routed.push(routing);
            self.at = to;
        }
        self.take_routed()
    }

    /// The seed the session was started with: the same seed replays it.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The current decision's replies in the order shown (indices into the file's order).
    pub fn order(&self) -> &[usize] {
        &self.order
    }

    /// The reply listed at `number` (1-based, as a person reads the list), as its index in
    /// the file; `None` when no reply is listed there.
    pub fn listed(&self, number: usize) -> Option<usize> {
        number
            .checked_sub(1)
            .and_then(|k| self.order.get(k))
            .copied()
    }

    /// Where reply `reply` (index in the file) is listed, 1-based.
    pub fn number_of(&self, reply: usize) -> Option<usize> {
        self.order.iter().position(|&k| k == reply).map(|k| k + 1)
    }

    /// The story being played.
    pub fn story(&self) -> &Arc<Story> {
        &self.story
    }

    /// The customer's mood now, -100 (furious) to +100 (delighted).
    pub fn mood(&self) -> i32 {
        self.mood
    }

    /// Every decision made so far, in order.
    pub fn turns(&self) -> &[TurnRecord] {
        &self.turns
    }

    /// The id of the node the story stands at.
    pub fn current_node(&self) -> &str {
        self.story.node(self.at).id()
    }

    /// The next thing to show. Branches are followed silently.
    pub fn next_event(&mut self) -> Event<'_> {
        // A validated story has no loop made of branches alone, so this ends; the bound
        // keeps even a misuse from spinning forever.
        if let Phase::Neutral { variant, then } = self.phase {
            let here = self.at;
            match then {
                Some(next) => {
                    self.at = next;
                    self.phase = Phase::Arrived;
                }
                None => self.phase = Phase::Spoken,
            }
            if let Some(neutral) = self.story.neutral(here) {
                let text = &neutral.says[variant];
                self.heard = text.clone();
                return Event::Line {
                    node: self.story.node(here).id(),
                    text,
                    tone: neutral.tone.unwrap_or_else(|| Tone::from_mood(self.mood)),
                    mood: self.mood,
                };
            }
        }
        // A handle of its own, so that the node's texts can be read while `self` changes.
        let story = self.story.clone();
        for _ in 0..=story.len() {
            if self.phase == Phase::Arrived {
                match story.node(self.at) {
                    Node::Branch { .. } => {
                        // Fields, not `&mut self`, for the same reason as below.
                        let (to, routing) = route(&story, self.at, self.mood);
                        self.routed.push(routing);
                        self.at = to;
                        continue;
                    }
                    Node::Turn { says, replies, .. } => {
                        self.order = (0..replies.len()).collect();
                        if let Some(shuffle) = &mut self.shuffle {
                            self.order.shuffle(shuffle);
                        }
                        self.phase = Phase::Spoken;
                        if !says.is_empty() {
                            // Fields, not `&mut self`: the neutral reaction above returns
                            // a borrow of the story.
                            self.line = pick(&mut self.rng, says.len());
                            self.heard = says[self.line].clone();
                            return self.line_event();
                        }
                    }
                    Node::Ending { says, .. } => {
                        self.phase = Phase::Spoken;
                        if !says.is_empty() {
                            // Fields, not `&mut self`: the neutral reaction above returns
                            // a borrow of the story.
                            self.line = pick(&mut self.rng, says.len());
                            self.heard = says[self.line].clone();
                            return self.line_event();
                        }
                    }
                }
            }
            break;
        }
        self.waiting_event()
    }

    fn line_event(&self) -> Event<'_> {
        let node = self.story.node(self.at);
        let (says, tone) = match node {
            Node::Turn { says, tone, .. } | Node::Ending { says, tone, .. } => (says, *tone),
            Node::Branch { .. } => unreachable!("branches never speak"),
        };
        Event::Line {
            node: node.id(),
            text: &says[self.line],
            tone: tone.unwrap_or_else(|| Tone::from_mood(self.mood)),
            mood: self.mood,
        }
    }

    /// What the conversation waits on once the current node has spoken.
    fn waiting_event(&self) -> Event<'_> {
        match self.story.node(self.at) {
            Node::Turn {
                id,
                replies,
                hint,
                typed,
                ..
            } => Event::Choice {
                node: id,
                replies,
                order: &self.order,
                hint: hint.as_deref(),
                typed: *typed,
            },
            Node::Ending {
                id,
                outcome,
                summary,
                ..
            } => Event::End {
                node: id,
                outcome,
                summary,
            },
            // Only reachable when the bound in `next_event` was hit on a malformed story:
            // treat it as a standstill at a decision with no replies.
            Node::Branch { id, .. } => Event::Choice {
                node: id,
                replies: &[],
                order: &[],
                hint: None,
                typed: false,
            },
        }
    }

    /// True when a reply is expected now.
    pub fn awaiting_choice(&self) -> bool {
        self.phase == Phase::Spoken && matches!(self.story.node(self.at), Node::Turn { .. })
    }

    /// True once the story has reached an ending and shown it.
    pub fn is_over(&self) -> bool {
        self.phase == Phase::Spoken && matches!(self.story.node(self.at), Node::Ending { .. })
    }

    /// The ending reached, if the conversation is over.
    pub fn outcome(&self) -> Option<&Outcome> {
        match self.story.node(self.at) {
            Node::Ending { outcome, .. } if self.is_over() => Some(outcome),
            _ => None,
        }
    }

    /// The scorecard so far (the final one once the conversation is over).
    pub fn summary(&self) -> ScoreSummary {
        let mut summary = summarise(
            self.turns.iter().map(|t| (t.scores, t.best)),
            self.story.scenario.pass_mark,
        );
        if self.is_over()
            && let Node::Ending { fails: true, .. } = self.story.node(self.at)
        {
            summary.passed = false;
            summary.failed_by_ending = true;
        }
        summary
    }
}
