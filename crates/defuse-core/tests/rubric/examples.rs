//! Every reply the own-words issue saw scored wrongly, as a trainer would expect it scored:
//! blame, sarcasm and "calm down" cost empathy and ownership, day words and connectives
//! earn nothing, native expressions are not mistaken for faults, the conversation so far
//! counts, and typed words are matched to what they mean.

use defuse_core::model::Criterion::{self, *};
use defuse_core::rubric::{Assessment, Context, Rubric};
use std::path::Path;

/// Each language's rubric, read once for all the tests here.
fn rubric(lang: &str) -> &'static Rubric {
    static RUBRICS: std::sync::OnceLock<Vec<Rubric>> = std::sync::OnceLock::new();
    let all = RUBRICS.get_or_init(|| {
        let locales = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales"));
        ["en", "hu", "pl", "he"]
            .iter()
            .map(|lang| Rubric::for_language(locales, lang).unwrap())
            .collect()
    });
    let k = ["en", "hu", "pl", "he"]
        .iter()
        .position(|l| *l == lang)
        .unwrap();
    &all[k]
}

const FRIDGE: [(&str, &str); 4] = [
    (
        "en",
        "My fridge was supposed to arrive three weeks ago and nobody can tell me where it is!",
    ),
    (
        "hu",
        "Három hete kellett volna megérkeznie a hűtőmnek, és senki nem tudja megmondani, hol van!",
    ),
    (
        "pl",
        "Moja lodówka miała przyjechać trzy tygodnie temu i nikt nie potrafi mi powiedzieć, gdzie jest!",
    ),
    (
        "he",
        "המקרר שלי היה אמור להגיע לפני שלושה שבועות ואף אחד לא יודע להגיד לי איפה הוא!",
    ),
];

fn assess(lang: &str, reply: &str) -> Assessment {
    let line = FRIDGE.iter().find(|(l, _)| *l == lang).unwrap().1;
    rubric(lang).assess(
        reply,
        &Context {
            customer_line: line.into(),
            // The name as the scenario's translation gives it.
            customer_name: if lang == "he" {
                "אסתר קובאץ'"
            } else {
                "Eszter Kovács"
            }
            .into(),
            ..Context::default()
        },
    )
}

/// What a trainer expects of one criterion.
#[derive(Debug, Clone, Copy)]
enum Expect {
    Below(Criterion),
    AtMost(Criterion),
    Above(Criterion),
    /// Not counted against: 50 or more.
    NotBelow(Criterion),
    /// The rubric found this signal.
    Found(&'static str),
}

fn check(lang: &str, reply: &str, expect: &[Expect], failures: &mut Vec<String>) {
    let a = assess(lang, reply);
    for e in expect {
        let ok = match *e {
            Expect::Below(c) => a.get(c) < 50,
            Expect::AtMost(c) => a.get(c) <= 50,
            Expect::Above(c) => a.get(c) > 50,
            Expect::NotBelow(c) => a.get(c) >= 50,
            Expect::Found(signal) => a.evidence.iter().any(|e| e.signal == signal),
        };
        if !ok {
            let evidence: Vec<String> = a
                .evidence
                .iter()
                .map(|e| format!("{} {:+} “{}”", e.signal, e.points, e.words))
                .collect();
            failures.push(format!(
                "{lang} “{reply}”: expected {e:?}, got {a:?}: {evidence:?}"
            ));
        }
    }
}

#[test]
fn blame_sarcasm_and_calm_down_cost_empathy_and_ownership_in_every_language() {
    use Expect::*;
    let mut failures = Vec::new();
    let cases: &[(&str, &str, &[Expect])] = &[
        (
            "en",
            "RELAX! The delay isn't my problem.",
            &[Below(Ownership), Below(Empathy), Below(CalmTone)],
        ),
        (
            "hu",
            "Ugyan már, nyugodjon le! Nem én késtem.",
            &[Below(Ownership), Below(Empathy), Below(CalmTone)],
        ),
        (
            "en",
            "Fine. Anything else?",
            &[Below(Empathy), AtMost(Listening)],
        ),
        (
            "en",
            "Oh great, yet another person who didn't check the tracking page.",
            &[Below(Ownership), Below(Empathy), Below(CalmTone)],
        ),
        (
            "en",
            "You really should have checked your order confirmation.",
            &[Below(Ownership), Below(Empathy)],
        ),
        (
            "en",
            "I'm not going to chase a courier for you.",
            &[Below(Ownership)],
        ),
        ("hu", "Nem fogom felhívni a futárt.", &[Below(Ownership)]),
        ("pl", "Nie zamierzam tego sprawdzać.", &[Below(Ownership)]),
        ("he", "אני לא מתכוון לבדוק את זה.", &[Below(Ownership)]),
        ("en", "WHERE IS YOUR ORDER NUMBER?!!", &[Below(CalmTone)]),
        ("en", "I'm sorry if you feel that way.", &[Below(Empathy)]),
    ];
    for (lang, reply, expect) in cases {
        check(lang, reply, expect, &mut failures);
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn day_words_connectives_and_native_expressions_are_not_mistaken() {
    use Expect::*;
    let mut failures = Vec::new();
    let cases: &[(&str, &str, &[Expect])] = &[
        // A day alone is no next step; a connective alone is no summary.
        ("en", "Nice weather today.", &[AtMost(Ownership)]),
        ("hu", "Ma szép idő van.", &[AtMost(Ownership)]),
        ("pl", "Dziś jest ładna pogoda.", &[AtMost(Ownership)]),
        ("he", "היום מזג אוויר יפה.", &[AtMost(Ownership)]),
        ("hu", "Tehát ez van.", &[AtMost(Listening)]),
        ("pl", "Czyli tak to wygląda.", &[AtMost(Listening)]),
        ("he", "כלומר, ככה זה.", &[AtMost(Listening)]),
        // Native expressions that are not faults.
        (
            "hu",
            "Dehogy, szó sincs róla, hogy Önt hibáztatnám.",
            &[NotBelow(CalmTone), NotBelow(Empathy)],
        ),
        ("hu", "Hogyne, azonnal utánanézek.", &[Above(Ownership)]),
        (
            "hu",
            "Mindent megteszek, hogy még ma megoldjuk.",
            &[NotBelow(Ownership), NotBelow(CalmTone)],
        ),
        (
            "hu",
            "Most leteszem a telefont, és azonnal visszahívom a raktárból.",
            &[Above(Ownership)],
        ),
        (
            "hu",
            "Ahogy Ön mondta, három hete vár a hűtőre.",
            &[Above(Listening), NotBelow(CalmTone)],
        ),
        (
            "pl",
            "Głupio mi, że tak wyszło. Sprawdzę to od razu.",
            &[Above(Ownership), NotBelow(CalmTone)],
        ),
        ("pl", "Oddzwonię o piętnastej.", &[Above(Ownership)]),
        ("pl", "Zadzwonię do piątej.", &[Above(Ownership)]),
        (
            "pl",
            "Sprawdziłem już status zamówienia.",
            &[Above(Ownership)],
        ),
        (
            "pl",
            "Sprawdziłam już status zamówienia.",
            &[Above(Ownership)],
        ),
        (
            "he",
            "חשוב לנו לשמור על אבטחה של המשלוחים, ואני בודק עכשיו איפה המקרר.",
            &[NotBelow(CalmTone)],
        ),
        (
            "he",
            "אפשר להגיש תביעה לחברת השילוח, ואני אעזור לך בזה היום.",
            &[NotBelow(CalmTone)],
        ),
        // The customer's name in Hebrew letters is their name.
        (
            "he",
            "אסתר, אני מצטער מאוד על העיכוב.",
            &[Found("customer-name")],
        ),
    ];
    for (lang, reply, expect) in cases {
        check(lang, reply, expect, &mut failures);
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn the_conversation_so_far_counts() {
    let rubric = rubric("en");
    let earlier = "My order number is 4471, and the fridge was due on the 3rd of May.".to_owned();
    let context = Context {
        customer_line: "So? Are you going to do something or not?".into(),
        customer_name: "Eszter Kovács".into(),
        customer_before: vec![earlier],
        replies_before: vec!["Our couriers are very busy this month.".into()],
        ..Context::default()
    };
    let signals = |reply: &str| -> Vec<String> {
        rubric
            .assess(reply, &context)
            .evidence
            .into_iter()
            .map(|e| e.signal)
            .collect()
    };
    // Asking again for a detail already given.
    assert!(signals("What is your order number?").contains(&"asks-again".to_owned()));
    // Repeating one's own excuse.
    let again = signals("Our couriers are very busy this month.");
    assert!(again.contains(&"repeats-self".to_owned()), "{again:?}");
    // A detail from an earlier turn picked up.
    let echo = signals("Order 4471, due on the 3rd of May: I'm tracing that fridge now.");
    assert!(echo.contains(&"echo".to_owned()), "{echo:?}");
    // Without the history, none of it.
    let fresh = Context {
        customer_line: context.customer_line.clone(),
        customer_name: context.customer_name.clone(),
        ..Context::default()
    };
    let plain = rubric.assess("What is your order number?", &fresh);
    assert!(plain.evidence.iter().all(|e| e.signal != "asks-again"));
    let plain = rubric.assess("Our couriers are very busy this month.", &fresh);
    assert!(plain.evidence.iter().all(|e| e.signal != "repeats-self"));
}

#[test]
fn floods_emoji_and_repetition_lose_points() {
    let rubric = rubric("en");
    let context = Context {
        customer_line: FRIDGE[0].1.into(),
        customer_name: "Eszter Kovács".into(),
        replies_before: vec!["OK.".into()],
        ..Context::default()
    };
    let flood = "blah ".repeat(400);
    for (reply, signal) in [
        (flood.as_str(), "flood"),
        ("🙂🙂🙂 👍", "no-words"),
        ("OK.", "repeats-self"),
    ] {
        let a = rubric.assess(reply, &context);
        assert!(
            a.evidence.iter().any(|e| e.signal == signal),
            "{reply}: {a:?}"
        );
        assert!(a.listening < 50, "{reply}: {a:?}");
    }
}

proptest::proptest! {
    /// Whatever a trainee types (any script, marks, half characters of a multi-byte
    /// letter at the end), the rubric scores it without panicking.
    #[test]
    fn any_text_is_scored_without_panicking(reply in "\\PC{0,120}", lang in 0usize..4) {
        let lang = ["en", "hu", "pl", "he"][lang];
        let a = assess(lang, &reply);
        for c in Criterion::ALL {
            proptest::prop_assert!(a.get(c) <= 100);
        }
    }
}
