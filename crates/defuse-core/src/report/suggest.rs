//! A report's `--trainee` or `--scenario` that matches nothing is a typo more often than
//! an empty result: say so, and name the nearest that exists.

use super::{Filter, name_key};

/// A filter value that matches no session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unknown {
    /// No session has this trainee.
    Trainee {
        /// The name given.
        given: String,
        /// The nearest trainee name there is, when one is close.
        nearest: Option<String>,
    },
    /// No scenario has this id.
    Scenario {
        /// The id given.
        given: String,
        /// The nearest scenario id there is, when one is close.
        nearest: Option<String>,
    },
}

/// Checks the filter's trainee against the `trainees` who have sessions and its scenario
/// against the scenario ids known (the catalogue's and the sessions').
pub fn check<'a>(
    filter: &Filter,
    trainees: impl IntoIterator<Item = &'a str>,
    scenarios: impl IntoIterator<Item = &'a str>,
) -> Option<Unknown> {
    if let Some(given) = &filter.trainee {
        let names: Vec<&str> = trainees.into_iter().collect();
        if !names.iter().any(|n| name_key(n) == name_key(given)) {
            return Some(Unknown::Trainee {
                given: given.clone(),
                nearest: nearest(&name_key(given), names.iter().map(|n| (name_key(n), *n)))
                    .map(super::tidy_name),
            });
        }
    }
    if let Some(given) = &filter.scenario {
        let ids: Vec<&str> = scenarios.into_iter().collect();
        if !ids.contains(&given.as_str()) {
            return Some(Unknown::Scenario {
                given: given.clone(),
                nearest: nearest(
                    &given.to_lowercase(),
                    ids.iter().map(|id| (id.to_lowercase(), *id)),
                )
                .map(str::to_owned),
            });
        }
    }
    None
}

/// The candidate most like `given` (by normalised Levenshtein similarity on its key),
/// when it is alike enough to be what was meant.
fn nearest<'a>(
    given: &str,
    candidates: impl Iterator<Item = (String, &'a str)>,
) -> Option<&'a str> {
    candidates
        .map(|(key, shown)| {
            // A prefix ("marcus" for "Marcus Johnson") is as good as a near spelling.
            let score = if key.starts_with(given) || given.starts_with(&key) {
                0.9
            } else {
                strsim::normalized_levenshtein(given, &key)
            };
            (score, shown)
        })
        .filter(|(score, _)| *score >= 0.5)
        .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(a.1)))
        .map(|(_, shown)| shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter(trainee: Option<&str>, scenario: Option<&str>) -> Filter {
        Filter {
            trainee: trainee.map(str::to_owned),
            scenario: scenario.map(str::to_owned),
            ..Filter::default()
        }
    }

    #[test]
    fn a_typo_names_the_nearest_and_a_match_passes() {
        let names = ["Marcus Johnson", "Anna Kis"];
        let ids = ["cafe-long-wait", "missed-delivery"];
        assert_eq!(
            check(&filter(Some("Marcus Jonson"), None), names, ids),
            Some(Unknown::Trainee {
                given: "Marcus Jonson".into(),
                nearest: Some("Marcus Johnson".into())
            })
        );
        assert_eq!(
            check(&filter(Some("  marcus   JOHNSON "), None), names, ids),
            None
        );
        assert_eq!(
            check(&filter(None, Some("cafe-long")), names, ids),
            Some(Unknown::Scenario {
                given: "cafe-long".into(),
                nearest: Some("cafe-long-wait".into())
            })
        );
        assert_eq!(
            check(&filter(None, Some("zzzz")), names, ids),
            Some(Unknown::Scenario {
                given: "zzzz".into(),
                nearest: None
            })
        );
    }
}
