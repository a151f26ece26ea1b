//! Phrases as the rubric compares them: words reduced to stems, `word*` prefixes and
//! `...` gaps, matched against a reply's words.

use super::text::Token;

pub(super) type Phrase = Vec<Part>;

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Part {
    Stem(String),
    Prefix(String),
    Gap,
}

/// Words in the gap a `...` stands for, at most.
pub(super) const GAP: usize = 4;

pub(super) enum Stem {
    Snowball(rust_stemmers::Stemmer),
    Affixes {
        prefixes: Vec<String>,
        suffixes: Vec<String>,
        min_stem: usize,
        short_stems: Vec<String>,
    },
    None,
}

impl Stem {
    pub(super) fn stem(&self, folded: &str) -> String {
        match self {
            Stem::Snowball(s) => s.stem(folded).into_owned(),
            Stem::Affixes {
                prefixes,
                suffixes,
                min_stem,
                short_stems,
            } => {
                let len = |s: &str| s.chars().count();
                let mut word = folded;
                let leaves_enough = |p: &str| {
                    len(word) - len(p) >= *min_stem
                        || short_stems.iter().any(|s| word[p.len()..] == *s)
                };
                // The longest prefix that leaves enough of the word.
                if let Some(p) = prefixes
                    .iter()
                    .filter(|p| word.starts_with(p.as_str()) && leaves_enough(p))
                    .max_by_key(|p| p.len())
                {
                    word = &word[p.len()..];
                }
                if let Some(s) = suffixes
                    .iter()
                    .filter(|s| word.ends_with(s.as_str()) && len(word) - len(s) >= *min_stem)
                    .max_by_key(|s| s.len())
                {
                    word = &word[..word.len() - s.len()];
                }
                word.to_owned()
            }
            Stem::None => folded.to_owned(),
        }
    }
}

/// The first place the phrase matches, as a range of word indices.
pub(super) fn find(
    phrase: &[Part],
    words: &[Token],
    stems: &[String],
) -> Option<std::ops::RangeInclusive<usize>> {
    // A phrase of gaps alone matches nothing.
    if phrase.iter().all(|p| *p == Part::Gap) {
        return None;
    }
    // Most phrases' first word is nowhere in the reply: a quick look saves trying every start.
    let starts: Box<dyn Iterator<Item = usize>> = match phrase.first() {
        Some(Part::Stem(first)) => Box::new(
            stems
                .iter()
                .enumerate()
                .filter(move |(_, s)| *s == first)
                .map(|(i, _)| i),
        ),
        _ => Box::new(0..words.len()),
    };
    for start in starts {
        if let Some(end) = matches_at(phrase, words, stems, start) {
            return Some(start..=end);
        }
    }
    None
}

/// Matches `phrase` starting at word `i`; returns the index of the last word matched.
pub(super) fn matches_at(
    phrase: &[Part],
    words: &[Token],
    stems: &[String],
    i: usize,
) -> Option<usize> {
    let (first, rest) = phrase.split_first()?;
    match first {
        Part::Gap => (0..=GAP).find_map(|skip| {
            if rest.is_empty() {
                return None;
            }
            matches_at(rest, words, stems, i + skip)
        }),
        part => {
            let word = words.get(i)?;
            let ok = match part {
                Part::Stem(s) => stems[i] == *s,
                Part::Prefix(p) => word.folded.starts_with(p.as_str()),
                Part::Gap => unreachable!(),
            };
            if !ok {
                return None;
            }
            if rest.is_empty() {
                Some(i)
            } else {
                matches_at(rest, words, stems, i + 1)
            }
        }
    }
}
