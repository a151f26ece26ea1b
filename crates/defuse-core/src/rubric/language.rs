//! Whether typed words are in another of Defuse's languages than the session's: a reply in
//! English to a Hungarian customer gets a notice, not a score, since the session language's
//! rubric would find nothing in it and punish the trainee for the wrong reason.

use whatlang::{Detector, Lang};

/// The fewest words before a Latin-script reply is judged to be in another language: a
/// name or "OK" says nothing about the language.
const MIN_WORDS: usize = 4;

/// The language (`en`, `hu`, `pl`, `he`) `words` are clearly written in, when that is not
/// `session`; `None` when they are in the session's language or it cannot be told.
pub fn other_language(words: &str, session: &str) -> Option<&'static str> {
    let hebrew = words
        .chars()
        .filter(|c| ('\u{05D0}'..='\u{05EA}').contains(c))
        .count();
    let latin = words.chars().filter(char::is_ascii_alphabetic).count()
        + words
            .chars()
            .filter(|c| c.is_alphabetic() && ('\u{00C0}'..='\u{024F}').contains(c))
            .count();
    let latin_words = words
        .split_whitespace()
        .filter(|w| w.chars().filter(char::is_ascii_alphabetic).count() >= 2)
        .count();
    match session {
        "he" => {
            // A Hebrew session: Latin words alone (a name in Latin letters aside) are not Hebrew.
            (hebrew == 0 && latin_words >= MIN_WORDS - 1).then(|| latin_language(words))
        }
        _ if hebrew > latin => Some("he"),
        _ if latin_words < MIN_WORDS => None,
        _ => {
            let info =
                Detector::with_allowlist(vec![Lang::Eng, Lang::Hun, Lang::Pol]).detect(words)?;
            let found = code(info.lang())?;
            (found != session && info.is_reliable()).then_some(found)
        }
    }
}

/// The Latin-script language of `words`, English when it cannot be told.
fn latin_language(words: &str) -> &'static str {
    Detector::with_allowlist(vec![Lang::Eng, Lang::Hun, Lang::Pol])
        .detect_lang(words)
        .and_then(code)
        .unwrap_or("en")
}

fn code(lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::Eng => Some("en"),
        Lang::Hun => Some("hu"),
        Lang::Pol => Some("pl"),
        Lang::Heb => Some("he"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::other_language;

    #[test]
    fn a_reply_in_another_language_is_told_apart_from_short_words_and_names() {
        let english = "I am so sorry about the delay, I will check where your fridge is right now.";
        assert_eq!(other_language(english, "hu"), Some("en"));
        assert_eq!(other_language(english, "pl"), Some("en"));
        assert_eq!(other_language(english, "he"), Some("en"));
        assert_eq!(other_language(english, "en"), None);
        let hungarian = "Nagyon sajnálom a késést, azonnal utánanézek, hol van a hűtője.";
        assert_eq!(other_language(hungarian, "en"), Some("hu"));
        assert_eq!(other_language(hungarian, "hu"), None);
        let polish = "Bardzo przepraszam za opóźnienie, zaraz sprawdzę, gdzie jest Pani lodówka.";
        assert_eq!(other_language(polish, "en"), Some("pl"));
        assert_eq!(other_language(polish, "pl"), None);
        let hebrew = "אני מאוד מצטער על העיכוב, אני בודק עכשיו איפה המקרר שלך.";
        assert_eq!(other_language(hebrew, "en"), Some("he"));
        assert_eq!(other_language(hebrew, "he"), None);
        // Too short to tell, or a name: scored as usual.
        for short in ["OK.", "Sorry, Eszter!", "Bardzo przepraszam", "🙂🙂"] {
            for session in ["en", "hu", "pl", "he"] {
                if session == "pl" || !short.contains("przepraszam") {
                    assert_eq!(other_language(short, session), None, "{short} in {session}");
                }
            }
        }
        // A Hebrew reply with the customer's name in Latin letters is still Hebrew.
        assert_eq!(
            other_language("Eszter, אני מאוד מצטער על העיכוב", "he"),
            None
        );
    }
}
