//! Languages: the interface's texts from Fluent files, language negotiation, and the
//! translation of scenarios, whose trainers write them once, in one language, while
//! translators work in Fluent files with stable message ids.
//!
//! Layout of the `locales/` folder:
//! - `<lang>/defuse.ftl`: the interface (English is the source; built into the binary).
//! - `<lang>/principles.ftl`: the shared coaching principles of `scenarios/principles.ron`.
//! - `<lang>/scenarios/<scenario id>.ftl`: one scenario.

pub mod check;
pub mod extract;
pub mod localize;
pub mod scenario;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use std::borrow::Cow;
use unic_langid::LanguageIdentifier;
use unic_langid::subtags::Language;

/// The languages Defuse ships, source first.
pub const SHIPPED: [&str; 4] = ["en", "hu", "pl", "he"];

/// The language interface texts fall back to.
pub const SOURCE: &str = "en";

/// The core's own words in every shipped language (`locales/<lang>/defuse.ftl`: criteria,
/// tones, dates, counts, reports, problems in files), built in so there are always words
/// to show. The command line and the window add their own (`Texts::with`).
const INTERFACE: [(&str, &str); 4] = [
    ("en", include_str!("../../../../locales/en/defuse.ftl")),
    ("hu", include_str!("../../../../locales/hu/defuse.ftl")),
    ("pl", include_str!("../../../../locales/pl/defuse.ftl")),
    ("he", include_str!("../../../../locales/he/defuse.ftl")),
];

/// The interface file of a shipped language, as built in.
pub fn interface_source(lang: &str) -> Option<&'static str> {
    INTERFACE
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, text)| *text)
}

/// Parses a language tag, accepting POSIX `he_IL` as well as `he-IL`; `None` for one
/// that is not a valid tag.
pub fn langid(tag: &str) -> Option<LanguageIdentifier> {
    tag.replace('_', "-").parse().ok()
}

/// Picks the best shipped language for what the user or the system asked for, in order
/// of preference (`hu-HU`, `pl`, `he_IL.UTF-8`...), falling back to English.
pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> LanguageIdentifier {
    let requested: Vec<LanguageIdentifier> = requested
        .iter()
        .filter_map(|tag| {
            // POSIX locales carry an encoding and modifier: `he_IL.UTF-8@euro`.
            let tag = tag.as_ref().split(['.', '@']).next().unwrap_or_default();
            langid(tag)
        })
        .collect();
    let available: Vec<LanguageIdentifier> = SHIPPED.iter().filter_map(|tag| langid(tag)).collect();
    let default = langid(SOURCE).expect("a valid tag");
    negotiate_languages(
        &requested,
        &available,
        Some(&default),
        NegotiationStrategy::Filtering,
    )
    .first()
    .map_or(default.clone(), |l| (*l).clone())
}

/// True for languages written right to left (Hebrew, Arabic, Persian, Urdu...).
pub fn is_rtl(lang: &LanguageIdentifier) -> bool {
    matches!(
        lang.character_direction(),
        unic_langid::CharacterDirection::RTL
    )
}

fn bundle(lang: &LanguageIdentifier, text: &str, isolating: bool) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new_concurrent(vec![lang.clone()]);
    bundle.set_use_isolating(isolating);
    // A resource with syntax errors still yields its good messages; `defuse validate`
    // reports the errors with their lines.
    let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(res, _)| res);
    let _ = bundle.add_resource(resource);
    bundle
}

/// The interface's words in one language, with English behind every missing message.
pub struct Texts {
    lang: LanguageIdentifier,
    bundles: Vec<FluentBundle<FluentResource>>,
    /// Negative numbers written with the minus after the digits, for a renderer that
    /// orders right-to-left text but ignores the isolation marks (the window's).
    minus_after: bool,
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Texts({})", self.lang)
    }
}

impl Texts {
    /// The core's built-in texts for `lang` (negotiated first if need be): what reports,
    /// scorecards and problems in files say.
    pub fn new(lang: &LanguageIdentifier) -> Texts {
        Texts::with(lang, |_| None)
    }

    /// The core's texts and a front end's own words beside them: `own(lang)` gives the
    /// front end's Fluent file for a shipped language (`cli.ftl`, `window.ftl`).
    pub fn with(lang: &LanguageIdentifier, own: impl Fn(&str) -> Option<&'static str>) -> Texts {
        let chosen = negotiate(&[lang.to_string()]);
        let both = |tag: &str| {
            let core = interface_source(tag).unwrap_or("");
            match own(tag) {
                Some(words) => format!("{core}\n{words}"),
                None => core.to_owned(),
            }
        };
        let mut sources = vec![(chosen.clone(), both(chosen.language.as_str()))];
        if chosen.language.as_str() != SOURCE {
            sources.push((langid(SOURCE).expect("valid"), both(SOURCE)));
        }
        let sources: Vec<(LanguageIdentifier, &str)> = sources
            .iter()
            .map(|(l, t)| (l.clone(), t.as_str()))
            .collect();
        Texts::from_sources(chosen, &sources)
    }

    /// The same texts for the window: in a right-to-left language, negative numbers are
    /// written so that its text layout shows them with the minus in front.
    pub fn for_window(mut self) -> Texts {
        self.minus_after = is_rtl(&self.lang);
        self
    }

    /// Texts from the given sources, first match wins; the first is `lang`'s own.
    /// Unicode isolation marks around variables keep a Latin name or a number in the right
    /// place inside right-to-left text; left-to-right text does not need them, and some
    /// terminals show them.
    pub fn from_sources(lang: LanguageIdentifier, sources: &[(LanguageIdentifier, &str)]) -> Texts {
        let isolating = is_rtl(&lang);
        Texts {
            bundles: sources
                .iter()
                .map(|(l, text)| bundle(l, text, isolating))
                .collect(),
            lang,
            minus_after: false,
        }
    }

    /// The language these texts are in (for [`Texts::new`], the shipped one negotiated).
    pub fn lang(&self) -> &LanguageIdentifier {
        &self.lang
    }

    /// True when the texts' language is written right to left, like Hebrew.
    pub fn is_rtl(&self) -> bool {
        is_rtl(&self.lang)
    }

    /// The message `id`, or `id` itself in brackets when no language has it, so a gap
    /// shows up on screen instead of crashing.
    pub fn get(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// The message `id` with its variables: numbers select plural forms by each
    /// language's rules.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value: FluentValue = match value {
                Arg::Str(s) => FluentValue::from(s.to_string()),
                // In right-to-left text a minus sign has no direction of its own: the
                // window shows "-60" for "60-" written after the digits (its text layout
                // orders the digits left to right but ignores isolation marks).
                Arg::Num(n) if *n < 0.0 && self.minus_after => {
                    FluentValue::from(format!("{}-", -n))
                }
                Arg::Num(n) => FluentValue::from(*n),
            };
            fluent_args.set(*name, value);
        }
        for bundle in &self.bundles {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text: Cow<str> =
                    bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                if errors.is_empty() {
                    return text.into_owned();
                }
            }
        }
        format!("[{id}]")
    }
}

/// A value for a message's variable.
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    /// Words put in as they are, such as a trainee's or a scenario's name.
    Str(Cow<'a, str>),
    /// A number, which picks the message's plural form by the language's rules.
    Num(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Str(Cow::Owned(s))
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Num(n as f64)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(n as f64)
    }
}

impl From<i32> for Arg<'_> {
    fn from(n: i32) -> Self {
        Arg::Num(f64::from(n))
    }
}

impl From<u8> for Arg<'_> {
    fn from(n: u8) -> Self {
        Arg::Num(f64::from(n))
    }
}

/// `Language` of a tag, for comparisons that ignore the region.
pub fn language(tag: &str) -> Option<Language> {
    langid(tag).map(|l| l.language)
}

/// Where a language's translation of a scenario lives.
pub fn scenario_file(
    locales: &std::path::Path,
    lang: &str,
    scenario_id: &str,
) -> std::path::PathBuf {
    locales
        .join(lang)
        .join("scenarios")
        .join(format!("{scenario_id}.ftl"))
}

/// Where a language's translation of the shared principles lives.
pub fn principles_file(locales: &std::path::Path, lang: &str) -> std::path::PathBuf {
    locales.join(lang).join("principles.ftl")
}

impl Texts {
    /// The name of a scoring criterion (listening, empathy, ownership, calm tone) in this
    /// language.
    pub fn criterion(&self, c: crate::model::Criterion) -> String {
        use crate::model::Criterion::*;
        self.get(match c {
            Listening => "criterion-listening",
            Empathy => "criterion-empathy",
            Ownership => "criterion-ownership",
            CalmTone => "criterion-calm-tone",
        })
    }

    /// Where a scenario takes place (phone line, shop counter...) in this language; a
    /// scenario's own kind of setting is shown as its author wrote it.
    pub fn setting(&self, s: &crate::model::Setting) -> String {
        use crate::model::Setting::*;
        self.get(match s {
            Phone => "setting-phone",
            ShopCounter => "setting-shop-counter",
            Salon => "setting-salon",
            Cafe => "setting-cafe",
            Chat => "setting-chat",
            Email => "setting-email",
            Office => "setting-office",
            Other(name) => return name.clone(),
        })
    }

    /// A scenario's difficulty (easy, medium, hard) in this language.
    pub fn difficulty(&self, d: crate::model::Difficulty) -> String {
        use crate::model::Difficulty::*;
        self.get(match d {
            Easy => "difficulty-easy",
            Medium => "difficulty-medium",
            Hard => "difficulty-hard",
        })
    }

    /// A customer's tone of voice, agreeing with their gender where the language wants it.
    pub fn tone(&self, t: crate::model::Tone, gender: Option<crate::model::Gender>) -> String {
        use crate::model::Tone::*;
        let id = match t {
            Calm => "tone-calm",
            Tense => "tone-tense",
            Annoyed => "tone-annoyed",
            Angry => "tone-angry",
            Furious => "tone-furious",
            Relieved => "tone-relieved",
            Pleased => "tone-pleased",
        };
        self.format(
            id,
            &[("gender", crate::model::Gender::fluent(gender).into())],
        )
    }

    /// How a conversation ended (resolved, escalated, customer left) in this language; a
    /// scenario's own kind of outcome is shown as given (already translated with the
    /// scenario).
    pub fn outcome(&self, o: &crate::model::Outcome) -> String {
        use crate::model::Outcome::*;
        self.get(match o {
            Resolved => "outcome-resolved",
            Escalated => "outcome-escalated",
            CustomerLeft => "outcome-customer-left",
            Other(name) => return name.clone(),
        })
    }

    /// `count-<what>` with its plural form, e.g. `count("decisions", 3)`.
    pub fn count(&self, what: &str, n: usize) -> String {
        self.format(&format!("count-{what}"), &[("count", n.into())])
    }
}

/// The language problems in files are reported in. A process-wide setting: the command
/// line sets it once from `--lang`; until then (and in tests) it is English.
static DIAGNOSTICS: std::sync::RwLock<Option<std::sync::Arc<Texts>>> = std::sync::RwLock::new(None);

/// Sets the language that problems in files are reported in from now on, for the whole
/// process.
pub fn set_diagnostics_language(lang: &LanguageIdentifier) {
    if let Ok(mut texts) = DIAGNOSTICS.write() {
        *texts = Some(std::sync::Arc::new(Texts::new(lang)));
    }
}

fn diagnostics() -> std::sync::Arc<Texts> {
    static ENGLISH: std::sync::OnceLock<std::sync::Arc<Texts>> = std::sync::OnceLock::new();
    DIAGNOSTICS
        .read()
        .ok()
        .and_then(|t| t.clone())
        .unwrap_or_else(|| {
            ENGLISH
                .get_or_init(|| std::sync::Arc::new(Texts::new(&langid(SOURCE).expect("valid"))))
                .clone()
        })
}

/// A diagnostic message in the diagnostics language.
pub fn tr(id: &str, args: &[(&str, Arg)]) -> String {
    diagnostics().format(id, args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_picks_the_best_shipped_language() {
        assert_eq!(negotiate(&["hu-HU"]).to_string(), "hu");
        assert_eq!(negotiate(&["he_IL.UTF-8"]).to_string(), "he");
        assert_eq!(negotiate(&["pl_PL.UTF-8@euro"]).to_string(), "pl");
        assert_eq!(negotiate(&["de-DE", "pl"]).to_string(), "pl");
        assert_eq!(negotiate(&["en-GB"]).to_string(), "en");
        assert_eq!(negotiate(&["fr-FR"]).to_string(), "en");
        assert_eq!(negotiate(&["C"]).to_string(), "en");
        assert_eq!(negotiate::<&str>(&[]).to_string(), "en");
        assert_eq!(negotiate(&["not a tag!"]).to_string(), "en");
    }

    #[test]
    fn hebrew_is_right_to_left() {
        assert!(is_rtl(&langid("he").unwrap()));
        assert!(!is_rtl(&langid("hu").unwrap()));
        assert!(Texts::new(&langid("he").unwrap()).is_rtl());
    }

    #[test]
    fn missing_messages_fall_back_to_english_then_to_the_id() {
        let en = langid("en").unwrap();
        let hu = langid("hu").unwrap();
        let texts = Texts::from_sources(
            hu.clone(),
            &[
                (hu, "only-hu = magyar\n"),
                (en, "only-hu = English\nonly-en = English\n"),
            ],
        );
        assert_eq!(texts.get("only-hu"), "magyar");
        assert_eq!(texts.get("only-en"), "English");
        assert_eq!(texts.get("nowhere"), "[nowhere]");
    }

    #[test]
    fn plurals_follow_each_language() {
        let pl = Texts::new(&langid("pl").unwrap());
        let forms: Vec<String> = [1i64, 2, 5, 22]
            .iter()
            .map(|&n| pl.format("count-decisions", &[("count", n.into())]))
            .collect();
        // Polish: one, few (2–4, 22–24), many (5–21...).
        assert!(forms[0].ends_with("decyzja"), "{forms:?}");
        assert!(forms[1].ends_with("decyzje"), "{forms:?}");
        assert!(forms[2].ends_with("decyzji"), "{forms:?}");
        assert!(forms[3].ends_with("decyzje"), "{forms:?}");
        let he = Texts::new(&langid("he").unwrap());
        let two = he.format("count-decisions", &[("count", 2i64.into())]);
        let five = he.format("count-decisions", &[("count", 5i64.into())]);
        assert_ne!(
            two.replace('2', ""),
            five.replace('5', ""),
            "Hebrew has a dual"
        );
    }

    #[test]
    fn every_shipped_language_has_an_interface() {
        for lang in SHIPPED {
            let source = interface_source(lang).unwrap();
            assert!(FluentResource::try_new(source.to_owned()).is_ok(), "{lang}");
        }
    }
}
