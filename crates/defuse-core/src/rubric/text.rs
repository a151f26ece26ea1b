//! Words as the rubric compares them: lower-cased, without diacritics (a trainee in a
//! hurry types "sajnalom" for "sajnálom", "zadzwonie" for "zadzwonię"), Hebrew without
//! vowel points, and typographic apostrophes (and the Hebrew geresh, which Hebrew keyboards
//! type where others type an apostrophe: צ׳אט, ג׳ינס) as plain ones.

use unicode_normalization::UnicodeNormalization;

/// A word of the text: where it stands (bytes), and its folded form.
#[derive(Debug, Clone)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub folded: String,
}

/// Lower case, no combining marks, `ł` as `l`, `’` and the geresh `׳` as `'`.
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ł' => 'l',
            'ø' => 'o',
            'đ' => 'd',
            '’' | '‘' | 'ʼ' | '`' | '׳' => '\'',
            other => other,
        })
        .collect()
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c, '\'' | '’' | 'ʼ' | '׳')
        || unicode_normalization::char::is_combining_mark(c)
}

/// The words of a text, in order. Apostrophes inside a word keep it whole ("I'll"); at
/// its edges they are quotes and dropped.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start = None;
    let push = |s: usize, e: usize, out: &mut Vec<Token>| {
        let word = text[s..e].trim_matches(['\'', '’', 'ʼ', '׳']);
        if word.is_empty() {
            return;
        }
        let s = s + text[s..e].find(word).unwrap_or(0);
        out.push(Token {
            start: s,
            end: s + word.len(),
            folded: fold(word),
        });
    };
    for (i, c) in text.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                push(s, i, &mut out);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        push(s, text.len(), &mut out);
    }
    out
}
