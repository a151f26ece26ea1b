//! The trainee's reply at a decision: a listed one, or their own words scored by the
//! rubric and taken as the closest authored reply; and the turn it records.

use super::{
    ChoiceError, Conduct, Conversation, HINT_COST, INTERRUPT_LISTENING_COST, INTERRUPT_MOOD_COST,
    Phase, SAME_REPLY, TurnRecord, TypedReply,
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
    /// reaction. The turn's scores come from the rubric, not from the authored reply.
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
        let assessment = rubric.assess(words, &context);
        let matched = rubric.closest_among(words, &crate::model::wordings(replies), &context);
        let mut scores = Scores::default();
        for c in Criterion::ALL {
            scores.set(c, turn_score(assessment.get(c)));
        }
        // Words that are clearly an authored reply's own start from that reply's scores, and
        // the rubric moves them only by what the words do differently: typing the reply word
        // for word scores exactly as clicking it, so practising in one's own words is never
        // the worse deal.
        if let Some(k) = matched.reply
            && matched.closeness.get(k).copied().unwrap_or(0) >= SAME_REPLY
        {
            let own = rubric.assess(&replies[k].text, &context);
            for c in Criterion::ALL {
                // A point of the turn's 0–5 for every full 20 of the rubric's 0–100 the
                // words differ by: small differences between two wordings of the same move
                // are the rubric's noise, not the trainee's doing.
                let differs = (i32::from(assessment.get(c)) - i32::from(own.get(c))) / 20;
                scores.set(
                    c,
                    (replies[k].scores.get(c) + differs).clamp(SCORE_MIN, SCORE_MAX),
                );
            }
        }
        let typed = TypedReply {
            words: words.to_owned(),
            assessment,
            closeness: matched.closeness,
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
