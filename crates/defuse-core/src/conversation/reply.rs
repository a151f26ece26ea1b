//! The trainee's reply at a decision: a listed one, or their own words scored by the
//! rubric and taken as the closest authored reply; and the turn it records.

use super::{
    ChoiceError, Conduct, Conversation, HINT_COST, INTERRUPT_LISTENING_COST, INTERRUPT_MOOD_COST,
    Phase, TurnRecord, TypedReply,
};
use crate::model::{Criterion, MOOD_MAX, MOOD_MIN, Node, SCORE_MAX, SCORE_MIN, Scores};
use crate::rubric::{Context, Rubric, turn_score};
use rand::RngExt;

/// The most an unmatched typed reply's faults add to the customer's anger.
const MOOD_PENALTY_MAX: i32 = 30;

/// The points the rubric took off, over all criteria, as a positive number.
fn assessment_points_lost(assessment: &crate::rubric::Assessment) -> i32 {
    -assessment
        .evidence
        .iter()
        .map(|e| e.points.min(0))
        .sum::<i32>()
}

/// What typed words score at a decision, as the conversation records them.
#[derive(Debug, Clone)]
pub struct TypedScores {
    /// The rubric's reading of the words.
    pub assessment: crate::rubric::Assessment,
    /// The authored reply they are taken as, and their closeness to each.
    pub matched: crate::rubric::Match,
    /// The turn's scores (0–5 per criterion).
    pub scores: Scores,
    /// For words taken as a reply, which start from its scores: the points (of 5) the
    /// rubric moved each criterion by, in [`Criterion::ALL`]'s order.
    pub moved: Option<[i32; 4]>,
}

/// Scores typed `words` at a decision with authored `replies`: the rubric's scores, or, for
/// words taken as an authored reply, that reply's scores moved only by what the words do
/// beyond the reply's own wordings; never above the best on offer at the decision. The conversation and the evaluation's typed-against-
/// clicked measure both use this, so what is measured is what a trainee gets.
pub fn score_typed(
    words: &str,
    replies: &[crate::model::Reply],
    rubric: &Rubric,
    context: &Context,
) -> TypedScores {
    let assessment = rubric.assess(words, context);
    let matched = rubric.closest_among(words, &crate::model::wordings(replies), context);
    // No more than the best on offer at the decision, as clicking can earn: more would
    // read "empathy 5/4" and make up for shortfalls at other decisions.
    let best = Scores::best_of(replies.iter().map(|r| &r.scores));
    let ceiling = |c: Criterion| {
        if replies.is_empty() {
            SCORE_MAX
        } else {
            best.get(c)
        }
    };
    let mut scores = Scores::default();
    for c in Criterion::ALL {
        scores.set(c, turn_score(assessment.get(c)).min(ceiling(c)));
    }
    let mut moved = None;
    // Words taken as an authored reply start from that reply's scores, and the rubric moves
    // them only by what the words do beyond the reply's own wordings: typed word for word
    // they score exactly as clicking it, and a paraphrase is not marked down for the
    // rubric's noise between wordings of one move, so practising in one's own words is
    // never the worse deal.
    if let Some(k) = matched.reply {
        let mut own = vec![rubric.assess(&replies[k].text, context)];
        // Within 20 of the reply's own text on every criterion the words move nothing,
        // whatever the wordings get: they are read only when it matters.
        if Criterion::ALL
            .iter()
            .any(|&c| (i32::from(assessment.get(c)) - i32::from(own[0].get(c))).abs() >= 20)
        {
            own.extend(
                replies[k]
                    .wordings
                    .iter()
                    .map(|text| rubric.assess(text, context)),
            );
        }
        let mut by = [0; 4];
        for (i, c) in Criterion::ALL.into_iter().enumerate() {
            let typed = i32::from(assessment.get(c));
            let read = |a: &crate::rubric::Assessment| i32::from(a.get(c));
            let low = own.iter().map(read).min().unwrap_or(typed);
            let high = own.iter().map(read).max().unwrap_or(typed);
            // A point of the turn's 0–5 for every full 20 of the rubric's 0–100 the words
            // fall outside what the reply's own wordings get.
            let beyond = (typed - typed.clamp(low, high)) / 20;
            let base = replies[k].scores.get(c);
            scores.set(c, (base + beyond).clamp(SCORE_MIN, ceiling(c)));
            by[i] = scores.get(c) - base;
        }
        moved = Some(by);
    }
    TypedScores {
        assessment,
        matched,
        scores,
        moved,
    }
}

impl Conversation {
    /// The trainee chooses reply `reply` (0-based) at the current decision.
    pub fn choose(&mut self, reply: usize) -> Result<&TurnRecord, ChoiceError> {
        self.choose_with(reply, Conduct::default())
    }

    /// The same, noting whether the trainee interrupted or took the hint: each costs
    /// points at this decision (never below zero), and an interruption angers the customer.
    pub fn choose_with(
        &mut self,
        reply: usize,
        conduct: Conduct,
    ) -> Result<&TurnRecord, ChoiceError> {
        if !self.awaiting_choice() {
            return Err(ChoiceError::NotAwaitingChoice);
        }
        let Node::Turn { id, replies, .. } = self.story.node(self.at) else {
            return Err(ChoiceError::NotAwaitingChoice);
        };
        let Some(chosen) = replies.get(reply) else {
            return Err(ChoiceError::NoSuchReply {
                node: id.clone(),
                given: reply,
                available: replies.len(),
            });
        };
        let (scores, mood) = (chosen.scores, chosen.mood);
        let next = self.story.edges(self.at)[reply];
        Ok(self.record(Some(reply), None, scores, mood, conduct, Some(next)))
    }

    /// The trainee answers in their own words, scored by `rubric` (in the session's
    /// language). The words are taken as the closest authored reply and the story goes on
    /// from it; when none is close enough, the customer gives the scenario's neutral
    /// reaction. The turn's scores are [`score_typed`]'s.
    pub fn answer_in_words(
        &mut self,
        words: &str,
        rubric: &Rubric,
        conduct: Conduct,
    ) -> Result<&TurnRecord, ChoiceError> {
        if !self.awaiting_choice() {
            return Err(ChoiceError::NotAwaitingChoice);
        }
        let Node::Turn { replies, .. } = self.story.node(self.at) else {
            return Err(ChoiceError::NotAwaitingChoice);
        };
        let context = self.context();
        let TypedScores {
            assessment,
            matched,
            scores,
            moved,
        } = score_typed(words, replies, rubric, &context);
        let typed = TypedReply {
            words: words.to_owned(),
            assessment,
            closeness: matched.closeness,
            moved,
        };
        let here = self.at;
        let Some(k) = matched.reply else {
            let neutral = self.story.neutral(here);
            // Words that match nothing still land: rudeness, sarcasm or a flood anger the
            // customer beyond the neutral reaction, by half their lost points.
            let lost: i32 = assessment_points_lost(&typed.assessment);
            let mood = neutral.map_or(0, |n| n.mood) - (lost / 2).min(MOOD_PENALTY_MAX);
            let says = neutral.map_or(0, |n| n.says.len());
            let then = self.story.neutral_next(here);
            let variant = if says > 1 {
                self.rng.random_range(0..says)
            } else {
                0
            };
            self.record(None, Some(typed), scores, mood, conduct, None);
            if self.phase == Phase::Arrived {
                // The customer walked out instead of reacting.
                return Ok(self.turns.last().expect("just recorded"));
            }
            if says > 0 {
                self.phase = Phase::Neutral { variant, then };
            } else if let Some(then) = then {
                // No words to say: straight on to where the reaction leads.
                self.at = then;
                self.phase = Phase::Arrived;
            }
            // Without either, the same decision is simply asked again.
            return Ok(self.turns.last().expect("just recorded"));
        };
        let (mood, next) = (replies[k].mood, self.story.edges(here)[k]);
        Ok(self.record(Some(k), Some(typed), scores, mood, conduct, Some(next)))
    }

    /// What a typed reply answers now: the customer's last words, their name, and the
    /// conversation so far (the customer's earlier lines, the trainee's earlier replies).
    fn context(&self) -> Context {
        let mut customer_before: Vec<String> = Vec::new();
        for t in &self.turns {
            if customer_before.last() != Some(&t.customer_line) && !t.customer_line.is_empty() {
                customer_before.push(t.customer_line.clone());
            }
        }
        // The last line is the one being answered, not an earlier one.
        if customer_before.last() == Some(&self.heard) {
            customer_before.pop();
        }
        let replies_before = self
            .turns
            .iter()
            .filter_map(|t| match (&t.typed, t.reply) {
                (Some(typed), _) => Some(typed.words.clone()),
                (None, Some(k)) => match self.story.node(self.story.find(&t.node)?) {
                    Node::Turn { replies, .. } => replies.get(k).map(|r| r.text.clone()),
                    _ => None,
                },
                (None, None) => None,
            })
            .collect();
        let conceding = match self.story.node(self.at) {
            Node::Turn { replies, .. } => crate::model::conceding(replies),
            _ => Vec::new(),
        };
        Context {
            customer_line: self.heard.clone(),
            customer_name: self.story.scenario.customer.name.clone(),
            customer_before,
            replies_before,
            conceding,
        }
    }

    /// Notes the turn, applies the conduct's costs, and moves on to `next` (or stays, for
    /// a neutral reaction, whose phase is already set).
    fn record(
        &mut self,
        reply: Option<usize>,
        typed: Option<TypedReply>,
        mut scores: Scores,
        mut mood_change: i32,
        conduct: Conduct,
        next: Option<usize>,
    ) -> &TurnRecord {
        if conduct.interrupted {
            scores.listening = (scores.listening - INTERRUPT_LISTENING_COST).max(0);
            mood_change -= INTERRUPT_MOOD_COST;
        }
        if conduct.hint {
            for c in Criterion::ALL {
                scores.set(c, (scores.get(c) - HINT_COST).max(0));
            }
        }
        let mood_before = self.mood;
        self.mood = (self.mood + mood_change).clamp(MOOD_MIN, MOOD_MAX);
        self.turns.push(TurnRecord {
            node: self.story.node(self.at).id().to_owned(),
            customer_line: self.heard.clone(),
            reply,
            typed,
            scores,
            best: self.story.best(self.at),
            mood_before,
            mood_after: self.mood,
            conduct,
        });
        if let Some(walk_out) = self.walk_out_due() {
            self.at = walk_out;
            self.phase = Phase::Arrived;
        } else if let Some(next) = next {
            self.at = next;
            self.phase = Phase::Arrived;
        }
        self.turns.last().expect("just pushed")
    }

    /// The ending the customer walks out to now, if they do: typed replies matched
    /// nothing as many times in a row as their patience allows, or one more did with the
    /// mood at the bottom of the scale. Authored replies follow the trainer's story, which
    /// routes on the mood itself.
    fn walk_out_due(&self) -> Option<usize> {
        let walk_out = self.story.walk_out()?;
        let unmatched = self
            .turns
            .iter()
            .rev()
            .take_while(|t| t.reply.is_none() && t.typed.is_some())
            .count();
        (unmatched > 0 && (self.mood <= MOOD_MIN || unmatched >= self.story.patience()))
            .then_some(walk_out)
    }
}
