//! What a reply does, as the matching reads it: its content words, the signals that say
//! which move it makes, and which side of the business's limit it is on. Authored replies
//! are read once per session and kept.

use super::phrase::find;
use super::text::tokens;
use super::{CompiledTest, Context, Rubric};
use crate::model::Criterion;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

/// Which side of the business's limit a reply is on, by the rubric's stance phrases.
/// Holding the limit wins when both appear: "the bill stands, but the toning is free"
/// holds the limit and offers something else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
pub enum Stance {
    /// Gives the customer what the business's limit forbids (money back, a fee waived,
    /// something free, an exception, a place ahead of others).
    GivesIn,
    /// Refuses exactly that, politely or not.
    HoldsLimit,
    /// Neither: an apology, a question, an allowed next step...
    Neither,
}

impl Stance {
    /// One reply gives in and the other holds the limit.
    pub fn opposes(self, other: Stance) -> bool {
        matches!(
            (self, other),
            (Stance::GivesIn, Stance::HoldsLimit) | (Stance::HoldsLimit, Stance::GivesIn)
        )
    }
}

/// What a reply does, as the matching reads it: its content words by stem, the signals
/// that say which move it makes and its stance on the business's limit.
pub(super) struct MoveRead {
    pub stems: HashSet<String>,
    pub signals: HashMap<String, f32>,
    pub stance: Stance,
}

/// Authored replies read, by text and customer name: the same at every answer of a
/// session, so read once.
#[derive(Default)]
pub(super) struct AuthoredReads(Mutex<HashMap<(String, String), Arc<MoveRead>>>);

/// Reads kept before the oldest are let go: far more than any scenario library has.
const READS_KEPT: usize = 20_000;

impl Rubric {
    /// Reads every authored reply of `story` and its other wordings now, so that no answer
    /// in the trainee's own words waits for them: a session calls it when it starts.
    pub fn prepare(&self, story: &crate::model::Scenario) {
        let context = Context {
            customer_name: story.customer.name.clone(),
            ..Context::default()
        };
        for node in &story.nodes {
            if let crate::model::Node::Turn { replies, .. } = node {
                for wordings in crate::model::wordings(replies) {
                    for text in wordings {
                        self.read_authored(text, &context);
                    }
                }
            }
        }
    }

    /// Which side of the business's limit `text` is on, by the `stances` phrases.
    pub fn stance(&self, text: &str) -> Stance {
        let words = tokens(text);
        let stems: Vec<String> = words.iter().map(|t| self.stemmer.stem(&t.folded)).collect();
        self.stance_of(text, &words, &stems)
    }

    fn stance_of(&self, text: &str, words: &[super::text::Token], stems: &[String]) -> Stance {
        match self.stance_at(text, words, stems) {
            (true, _) => Stance::HoldsLimit,
            (false, Some(_)) => Stance::GivesIn,
            (false, None) => Stance::Neither,
        }
    }

    pub(super) fn read_authored(&self, text: &str, context: &Context) -> Arc<MoveRead> {
        let key = (text.to_owned(), context.customer_name.clone());
        // A poisoned lock only means another reader panicked; the reads are still sound.
        let mut reads = self.authored.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(read) = reads.get(&key) {
            return Arc::clone(read);
        }
        if reads.len() >= READS_KEPT {
            reads.clear();
        }
        let read = Arc::new(self.read_move(text, context));
        reads.insert(key, Arc::clone(&read));
        read
    }

    /// What a reply does. It depends on the customer's name (left out of the words) and on
    /// nothing else of the conversation: the meaning signals are phrases and questions.
    pub(super) fn read_move(&self, text: &str, context: &Context) -> MoveRead {
        let words = tokens(text);
        let stems: Vec<String> = words.iter().map(|t| self.stemmer.stem(&t.folded)).collect();
        let stance = self.stance_of(text, &words, &stems);
        MoveRead {
            stems: self.content_stems(&words, context),
            signals: self.meaning(text, &words, &stems),
            stance,
        }
    }

    /// The words that can make two replies alike, by stem: not the customer's name (in many
    /// replies, saying nothing about the move), nor the ignored words in any form
    /// ("napot", "holnapra").
    fn content_stems(&self, words: &[super::text::Token], context: &Context) -> HashSet<String> {
        let name: HashSet<String> = tokens(&context.customer_name)
            .into_iter()
            .map(|t| self.stemmer.stem(&t.folded))
            .collect();
        words
            .iter()
            .filter(|t| !self.match_ignores.contains(&t.folded) && t.folded.chars().count() > 1)
            .map(|t| self.stemmer.stem(&t.folded))
            .filter(|s| !name.contains(s) && !self.ignored_stems.contains(s))
            .map(|s| self.match_key(s))
            .collect()
    }

    /// What a word's stem is compared by when matching: cut once more where the rubric says
    /// so, its first `match_prefix` letters, Hebrew final letters as ordinary ones.
    fn match_key(&self, stem: String) -> String {
        let stem = if self.match_stem_again {
            self.stemmer.stem(&stem)
        } else {
            stem
        };
        let stem: String = match self.match_prefix {
            Some(n) => stem.chars().take(n).collect(),
            None => stem,
        };
        stem.chars().map(ordinary_form).collect()
    }

    pub(super) fn is_question(&self, id: &str) -> bool {
        self.signals
            .iter()
            .any(|c| c.signal.id == id && matches!(c.test, CompiledTest::Question))
    }

    /// Where a reply gives in (its words, by index), when it does and holds no limit.
    pub(super) fn giving_in(
        &self,
        text: &str,
        words: &[super::text::Token],
        stems: &[String],
    ) -> Option<std::ops::RangeInclusive<usize>> {
        match self.stance_at(text, words, stems) {
            (false, gives) => gives,
            (true, _) => None,
        }
    }

    /// Whether a reply holds the limit, and where it gives in. Words of a limit inside the
    /// words of giving in do not hold it: "לא צריך לשלם" (you need not pay) holds no
    /// "צריך לשלם" (you need to pay). Giving in that is negated next to it holds the limit:
    /// "I'm not allowed to make an exception".
    fn stance_at(
        &self,
        text: &str,
        words: &[super::text::Token],
        stems: &[String],
    ) -> (bool, Option<std::ops::RangeInclusive<usize>>) {
        let gives: Vec<_> = self
            .gives_in
            .iter()
            .filter_map(|p| find(p, words, stems))
            .collect();
        // A negation word inside a phrase of giving in is that phrase's own; inside "no
        // problem" it negates nothing.
        let idioms: Vec<_> = self
            .not_negating
            .iter()
            .filter_map(|p| find(p, words, stems))
            .collect();
        let inside = |k: usize| gives.iter().chain(&idioms).any(|g| g.contains(&k));
        let (refused, given): (Vec<_>, Vec<_>) = gives
            .iter()
            .cloned()
            .partition(|g| self.negated(text, words, g, &inside));
        // Inside any phrase of giving in, not only the first listed: "nie musi pan
        // zapłacić" holds no "musi pan zapłacić", whichever phrase comes first.
        let holds = !refused.is_empty()
            || self
                .holds_limit
                .iter()
                .filter_map(|p| find(p, words, stems))
                .any(|h| {
                    !gives
                        .iter()
                        .any(|g| g.start() <= h.start() && h.end() <= g.end())
                });
        (holds, given.into_iter().next())
    }

    /// A negation word (not itself part of a phrase of giving in or of `not_negating`) in
    /// the same clause as `phrase`: up to six words before it ("not allowed to take the cut
    /// off the bill") or two after ("kawy na koszt firmy nie mogę").
    fn negated(
        &self,
        text: &str,
        words: &[super::text::Token],
        phrase: &std::ops::RangeInclusive<usize>,
        inside: &dyn Fn(usize) -> bool,
    ) -> bool {
        // Clause marks between two words end the negation's reach.
        let joined = |a: usize, b: usize| {
            !text[words[a].end..words[b].start]
                .contains(['.', ',', ';', ':', '!', '?', '—', '–', '(', ')'])
        };
        let negation = |k: usize| self.negations.contains(&words[k].folded) && !inside(k);
        let (start, end) = (*phrase.start(), *phrase.end());
        let before = (start.saturating_sub(6)..start)
            .rev()
            .take_while(|&k| joined(k, k + 1))
            .any(negation);
        let after = (end + 1..words.len().min(end + 3))
            .take_while(|&k| joined(k - 1, k))
            .any(negation);
        before || after
    }

    /// The signals that say what a reply does (its phrases, a question), with their
    /// weight. Signals about the customer's line (echoing it, ignoring it, their name) or
    /// the manner (capitals, steadiness, "sir", "please") say nothing about which move the
    /// reply makes: an off-topic remark and an excuse both ignore the customer, yet mean
    /// different things, and a polite sales pitch is not a polite apology.
    fn meaning(
        &self,
        text: &str,
        words: &[super::text::Token],
        stems: &[String],
    ) -> HashMap<String, f32> {
        let mut meaning = HashMap::new();
        let context = Context::default();
        for compiled in &self.signals {
            if !matches!(
                compiled.test,
                CompiledTest::Phrases(_) | CompiledTest::Question
            ) || self.test(compiled, text, words, stems, &context).is_none()
                || compiled.excused(words, stems)
            {
                continue;
            }
            for (criterion, points) in compiled.criteria() {
                if criterion != Criterion::CalmTone {
                    meaning.insert(compiled.signal.id.clone(), points.unsigned_abs() as f32);
                }
            }
        }
        meaning
    }
}

/// Hebrew writes five letters differently at a word's end. A cut-off ending leaves the
/// ordinary form at the stem's end ("רישיונות" → "רישיונ" beside "רישיון"), so the matching
/// reads both forms as one letter.
fn ordinary_form(c: char) -> char {
    match c {
        'ך' => 'כ',
        'ם' => 'מ',
        'ן' => 'נ',
        'ף' => 'פ',
        'ץ' => 'צ',
        c => c,
    }
}
