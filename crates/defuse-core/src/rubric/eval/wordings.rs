//! The bundled replies' other wordings typed back: each at its decision, with that wording
//! left out, as a trainee who says the reply in those words. Thousands of paraphrases the
//! matching was never tuned on one by one, so a change to how words are compared shows there.

use super::*;

/// How the matching takes the bundled replies' other wordings in one language.
#[derive(Debug, Clone, Default)]
pub struct WordingsResult {
    /// The language's code.
    pub language: String,
    /// Wordings taken as their own reply.
    pub own: usize,
    /// Wordings taken as another reply of the decision (`defuse validate` warns at each),
    /// each named: scenario, decision, wording, reply, and the reply it was taken as.
    pub read_as_another: Vec<String>,
    /// Wordings taken as none.
    pub none: usize,
}

/// Types every other wording of the bundled scenarios, translated into each language.
pub fn evaluate_wordings(locales: &Path, scenarios: &Path) -> Result<Vec<WordingsResult>, String> {
    let library = Library::read(scenarios);
    let mut results = Vec::new();
    for lang in ["en", "hu", "pl", "he"] {
        let rubric = Rubric::for_language(locales, lang)
            .map_err(|problems| problems.iter().map(|p| p.render(false)).collect::<String>())?;
        let langid = crate::i18n::langid(lang).ok_or_else(|| format!("no language {lang}"))?;
        let mut result = WordingsResult {
            language: lang.to_owned(),
            ..WordingsResult::default()
        };
        for entry in &library.entries {
            let Some((_, scenario)) = entry.parsed.as_ref() else {
                continue;
            };
            let scenario = localize(scenario.clone(), &entry.catalogue, locales, &langid).scenario;
            crate::validate::each_wording_typed(&scenario, &rubric, |at, taken| {
                match taken.reply {
                    Some(k) if k == at.reply => result.own += 1,
                    Some(k) => result.read_as_another.push(format!(
                        "{lang} {} `{}`: wording {} of reply {} reads as reply {}",
                        scenario.id,
                        at.id,
                        at.wording + 1,
                        at.reply + 1,
                        k + 1
                    )),
                    None => result.none += 1,
                }
            });
        }
        results.push(result);
    }
    Ok(results)
}

impl WordingsResult {
    /// Every wording typed back.
    pub fn wordings(&self) -> usize {
        self.own + self.read_as_another.len() + self.none
    }
}

/// The table of wordings typed back, as the README shows it.
pub fn wordings_table(results: &[WordingsResult]) -> String {
    let mut out =
        "The bundled replies' other wordings, each typed at its decision without it\n\n".to_owned();
    let _ = writeln!(
        out,
        "{:<9}{:>10}{:>12}{:>10}{:>10}",
        "language", "wordings", "own reply", "another", "none"
    );
    for r in results {
        let n = r.wordings();
        let pct = |a: usize| format!("{:.1}%", a as f64 * 100.0 / n.max(1) as f64);
        let _ = writeln!(
            out,
            "{:<9}{:>10}{:>12}{:>10}{:>10}",
            r.language,
            n,
            pct(r.own),
            r.read_as_another.len(),
            r.none
        );
    }
    out
}
