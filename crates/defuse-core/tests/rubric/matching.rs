//! Typed words in a conversation: taken as the authored reply they mean, never as its
//! opposite; small talk matches nothing and says why; a customer whose patience runs out
//! walks out; a reply in another language is a notice, not a score.

use super::common::{locales_dir, scenarios_dir, story};
use defuse_core::conversation::NEAR_CERTAIN;
use defuse_core::model::{Node, Outcome};
use defuse_core::practice::{AnswerError, Practice, Rubrics};
use defuse_core::rubric::{Rubric, eval};
use defuse_core::scorecard::{SessionInfo, Turn};
use defuse_core::{Answer, Conduct, Conversation, Event, TurnRecord};
use std::sync::Arc;

/// A conversation of `id` waiting at decision `node`.
fn at(id: &str, node: &str) -> Conversation {
    let story = story(id);
    let mood = story.scenario.customer.mood;
    let mut c = Conversation::starting_at(story, node, mood, 1).unwrap();
    while !matches!(c.next_event(), Event::Choice { .. }) {}
    c
}

/// A conversation of `id` after the trainee typed `words` at decision `node`, and the turn.
fn answered(id: &str, node: &str, words: &str, rubric: &Rubric) -> (Conversation, TurnRecord) {
    answered_in("en", id, node, words, rubric)
}

/// The same in `lang`: the scenario as its translation reads, replies and wordings.
fn answered_in(
    lang: &str,
    id: &str,
    node: &str,
    words: &str,
    rubric: &Rubric,
) -> (Conversation, TurnRecord) {
    let mut c = if lang == "en" {
        at(id, node)
    } else {
        let library = defuse_core::library::Library::read(&scenarios_dir());
        let entry = library.entries.iter().find(|e| e.id() == id).unwrap();
        let langid = defuse_core::i18n::langid(lang).unwrap();
        let (story, missing) = entry.localized(&locales_dir(), &langid).unwrap();
        assert_eq!(missing, 0, "{lang} {id}: every text translated");
        let mood = story.scenario.customer.mood;
        let mut c = Conversation::starting_at(Arc::new(story), node, mood, 1).unwrap();
        while !matches!(c.next_event(), Event::Choice { .. }) {}
        c
    };
    let record = c
        .answer_in_words(words, rubric, Conduct::default())
        .unwrap()
        .clone();
    (c, record)
}

fn replies<'a>(c: &'a Conversation, node: &str) -> &'a [defuse_core::model::Reply] {
    let story = c.story();
    match story.node(story.find(node).unwrap()) {
        Node::Turn { replies, .. } => replies,
        _ => unreachable!(),
    }
}

#[test]
fn small_talk_matches_no_reply_and_the_trainee_is_told_the_nearest() {
    let rubric = Rubric::for_language(&locales_dir(), "en").unwrap();
    for (id, node) in [
        ("missed-delivery", "opening"),
        ("haircut-on-purpose", "not-liking-it"),
    ] {
        let (c, record) = answered(id, node, "Nice weather today.", &rubric);
        assert_eq!(record.reply, None, "{id}: {record:?}");
        let turn = Turn::from_record(c.story(), &record, None);
        let typed = turn.typed.unwrap();
        assert!(typed.taken_as.is_none());
        // The nearest reply is named when the words have anything in common with one.
        assert_eq!(typed.nearest.is_some(), typed.closeness > 0, "{id}");
        assert!(
            turn.feedback.is_empty(),
            "no feedback about words never said"
        );
    }
}

#[test]
fn giving_in_is_never_taken_as_holding_the_limit() {
    let rubric = Rubric::for_language(&locales_dir(), "en").unwrap();
    let giving_in = [
        "Fine, you don't have to pay for the colour, I'd rather you left happy.",
        "OK, forget about the bill, it's on the house this time.",
        "Let's say half price and call it even.",
    ];
    for words in giving_in {
        let (c, record) = answered("haircut-on-purpose", "not-liking-it", words, &rubric);
        let replies = replies(&c, "not-liking-it");
        if let Some(k) = record.reply {
            let text = &replies[k].text;
            assert!(
                !text.contains("bill stands") && !text.contains("paid in full"),
                "“{words}” taken as “{text}”"
            );
        }
    }
}

#[test]
fn a_loose_paraphrase_is_told_as_closest_and_its_feedback_is_not_borrowed() {
    let rubric = Rubric::for_language(&locales_dir(), "en").unwrap();
    let mut found_loose = false;
    for words in [
        "I'm sorry about the wait. I'll check with the kitchen now.",
        "Sorry, that's a long wait. Let me find out where your order is.",
        "I'll go and look at what's happening with your breakfast right now.",
    ] {
        let (c, record) = answered("cafe-long-wait", "opening", words, &rubric);
        let turn = Turn::from_record(c.story(), &record, None);
        let typed = turn.typed.clone().unwrap();
        if typed.taken_as.is_some() && typed.closeness < NEAR_CERTAIN {
            found_loose = true;
            assert!(!typed.certain());
            assert!(turn.feedback.is_empty(), "“{words}”: {}", turn.feedback);
        }
    }
    assert!(found_loose, "one of the paraphrases is taken loosely");
    // Word for word, the reply's own feedback is told.
    let mut c = at("cafe-long-wait", "opening");
    let text = replies(&c, "opening")[0].text.clone();
    let record = c
        .answer_in_words(&text, &rubric, Conduct::default())
        .unwrap()
        .clone();
    let turn = Turn::from_record(c.story(), &record, None);
    assert!(turn.typed.as_ref().unwrap().certain());
    assert!(!turn.feedback.is_empty());
}

#[test]
fn a_customer_out_of_patience_walks_out_to_the_scenarios_ending() {
    let rubric = Rubric::for_language(&locales_dir(), "en").unwrap();
    // A calm customer, so that only patience runs out, not the mood.
    let mut c = Conversation::starting_at(story("missed-delivery"), "opening", 50, 1).unwrap();
    while !matches!(c.next_event(), Event::Choice { .. }) {}
    let patience = c.story().patience();
    assert_eq!(patience, 3);
    for k in 1..=patience {
        c.answer_in_words("Nice weather today.", &rubric, Conduct::default())
            .unwrap();
        let event = c.next_event();
        if k < patience {
            assert!(
                matches!(event, Event::Line { .. }),
                "the neutral reaction, {k}"
            );
            assert!(matches!(c.next_event(), Event::Choice { .. }));
        } else {
            // The walk-out ending speaks, then ends the run.
            assert!(matches!(event, Event::Line { .. }));
            assert!(matches!(
                c.next_event(),
                Event::End {
                    node: "walkout",
                    ..
                }
            ));
        }
    }
    assert_eq!(c.outcome(), Some(&Outcome::CustomerLeft));
    assert!(!c.summary().passed);
}

#[test]
fn a_reply_in_another_language_is_a_notice_not_a_score() {
    let story = story("missed-delivery");
    let c = Conversation::new(story, 1);
    let info = SessionInfo {
        trainee: "Test".into(),
        language: "hu".into(),
        started: jiff::Timestamp::now(),
        answered: Vec::new(),
        expert: false,
    };
    let mut practice = Practice::new(c, info, Rubrics::new(locales_dir()));
    while !matches!(
        practice.conversation_mut().next_event(),
        Event::Choice { .. }
    ) {}
    let english = Answer::Words(
        "I am so sorry, I will check where your washing machine is right now.".into(),
    );
    assert!(matches!(
        practice.answer(&english, false, jiff::Timestamp::now()),
        Err(AnswerError::OtherLanguage("en"))
    ));
    assert!(
        practice.conversation().turns().is_empty(),
        "nothing was scored"
    );
}

#[test]
fn a_customer_at_the_bottom_of_the_mood_scale_walks_out_at_the_next_unmatched_reply() {
    let rubric = Rubric::for_language(&locales_dir(), "en").unwrap();
    let mut c = Conversation::starting_at(story("cafe-long-wait"), "opening", -100, 1).unwrap();
    while !matches!(c.next_event(), Event::Choice { .. }) {}
    c.answer_in_words("Nice weather today.", &rubric, Conduct::default())
        .unwrap();
    loop {
        match c.next_event() {
            Event::End { node, .. } => {
                assert_eq!(node, "walkout");
                break;
            }
            Event::Choice { .. } => panic!("the customer stayed at mood -100"),
            _ => {}
        }
    }
}

/// Which of `replies` the rubric of `lang` takes `typed` as, answering `customer`.
fn taken_as(
    lang: &str,
    customer: &str,
    name: &str,
    typed: &str,
    replies: &[&str],
) -> Option<usize> {
    let rubric = Rubric::for_language(&locales_dir(), lang).unwrap();
    let context = defuse_core::rubric::Context {
        customer_line: customer.to_owned(),
        customer_name: name.to_owned(),
        ..Default::default()
    };
    rubric.closest(typed, replies, &context).reply
}

#[test]
fn a_question_about_something_else_is_not_taken_as_a_reply_that_asks_one() {
    // Both authored replies that end on a question ("…, can I?", "ugye?") share only the
    // question mark with a sales pitch.
    let en = [
        "You're right, and I'm sorry, but I can't make Dóra work any faster, can I? You can't rush a gel set.",
        "Well, to be fair, another day it might be you running late, and then we'd all be waiting for you.",
    ];
    let customer = "But that's not my problem, is it? I came early, like your text asked.";
    assert_eq!(
        taken_as(
            "en",
            customer,
            "Réka Balogh",
            "Did you know our pedicures are on offer this week?",
            &en
        ),
        None
    );
    let hu = [
        "Igaza van, és sajnálom, de Dórát nem tudom gyorsabb munkára bírni, ugye? Egy gél lakkozást nem lehet siettetni.",
        "Hát, legyünk igazságosak: máskor lehet, hogy épp Ön késik, és akkor mi várunk Önre.",
    ];
    let customer = "De hát ez nem az én problémám, ugye? Én mindent jól csináltam.";
    assert_eq!(
        taken_as(
            "hu",
            customer,
            "Balogh Réka",
            "Tudta, hogy most akciós nálunk a pedikűr?",
            &hu
        ),
        None
    );
}

#[test]
fn hungarian_words_with_other_endings_still_make_two_replies_alike() {
    // "működik" / "működött", "csengője" / "csengő": the stemmer leaves these endings on;
    // the rubric's `match_prefix` compares the first five letters.
    let replies = [
        "Nem, én csak azt mondom el, amit a futár beírt a rendszerbe, hölgyem. Nem voltam ott, úgyhogy ennél többet nem tudok mondani.",
        "Nem, hiszek Önnek. Ha egész nap otthon volt, a bejegyzés hamis, és még ma én magam jelentem a futárcégnek.",
        "Dehogy. De lehet, hogy nem működött a csengő? A futárok csak egy-két percet várnak, és ez gyakrabban előfordul, mint gondolná.",
    ];
    let typed = "És biztos, hogy működik a csengője? A futárok nem szoktak sokáig várni az ajtó előtt, ez gyakran megesik.";
    let customer = "Azt akarja mondani, hogy hazudok? Egész nap itthon voltam!";
    assert_eq!(
        taken_as("hu", customer, "Kovács Judit", typed, &replies),
        Some(2)
    );
}

#[test]
fn giving_in_costs_ownership_only_where_the_scenarios_trainer_marked_it_wrong() {
    let rubric = Rubric::for_language(&locales_dir(), "en").unwrap();
    let forbidden = |c: &mut Conversation, words: &str| {
        let record = c
            .answer_in_words(words, &rubric, Conduct::default())
            .unwrap()
            .clone();
        let typed = record.typed.expect("typed");
        let evidence = typed
            .assessment
            .evidence
            .iter()
            .find(|e| e.signal == "forbidden-concession")
            .cloned();
        (record.reply, evidence)
    };
    // The haircut's trainer marked the free haircut, the voucher and the discount as giving
    // in (`kind: "give-in"`): a typed give-in costs ownership there, with its words.
    let mut c = at("haircut-on-purpose", "not-liking-it");
    let conceding = defuse_core::model::conceding(replies(&c, "not-liking-it"));
    assert!(!conceding.is_empty());
    let (reply, evidence) = forbidden(
        &mut c,
        "OK, forget about the bill, it's on the house this time.",
    );
    let evidence = evidence.expect("giving in where it is wrong costs ownership");
    assert_eq!(evidence.criterion, defuse_core::model::Criterion::Ownership);
    assert!(evidence.points < 0);
    assert!(evidence.words.contains("on the house"), "{evidence:?}");
    // Taken, if at all, only as a reply that gives in too.
    assert!(reply.is_none_or(|k| conceding.contains(&k)), "{reply:?}");
    // Holding the limit with something free beside it is no concession.
    let mut c = at("haircut-on-purpose", "not-liking-it");
    let (_, evidence) = forbidden(
        &mut c,
        "The bill stands, I'm afraid, but Dóra can soften the colour for free this afternoon.",
    );
    assert!(evidence.is_none(), "{evidence:?}");
    // At the missed delivery nothing is marked: refunding the delivery charge is the
    // remedy there, not a concession.
    let mut c = at("missed-delivery", "opening");
    let (_, evidence) = forbidden(
        &mut c,
        "I'm so sorry. You won't have to pay for the delivery, I've refunded it in full.",
    );
    assert!(evidence.is_none(), "{evidence:?}");
}

#[test]
fn giving_in_where_it_is_wrong_costs_ownership_in_every_language() {
    // "לא צריך לשלם" (you need not pay) holds the words of a limit, "צריך לשלם" (you need to
    // pay), inside the words of giving in: it gives in.
    for (lang, words) in [
        ("en", "Fine, you don't have to pay, it's on the house."),
        ("hu", "Rendben, nem kell fizetnie, a ház ajándéka."),
        ("pl", "Dobrze, nie musi pani płacić, to na koszt firmy."),
        ("he", "בסדר, לא צריך לשלם, זה על חשבון הבית."),
    ] {
        let rubric = Rubric::for_language(&locales_dir(), lang).unwrap();
        let signals = |conceding: Vec<usize>| -> Vec<String> {
            let context = defuse_core::rubric::Context {
                customer_line: "I'm not paying for this.".to_owned(),
                conceding,
                ..Default::default()
            };
            let a = rubric.assess(words, &context);
            a.evidence.into_iter().map(|e| e.signal).collect()
        };
        assert!(
            signals(vec![1]).contains(&"forbidden-concession".to_owned()),
            "{lang}: {words}"
        );
        assert!(
            !signals(Vec::new()).contains(&"forbidden-concession".to_owned()),
            "{lang}: nothing forbidden, nothing lost"
        );
    }
}

#[test]
fn a_trainee_s_own_way_of_saying_a_reply_is_taken_by_its_wordings_and_told_as_the_closest() {
    let rubric = Rubric::for_language(&locales_dir(), "en").unwrap();
    let (c, record) = answered(
        "salon-running-late",
        "first-wave",
        "Sorry, carry on, you were saying?",
        &rubric,
    );
    let replies = replies(&c, "first-wave");
    let k = record.reply.expect("taken as a reply");
    assert_eq!(replies[k].text, "Go on, please. I'm listening.");
    let turn = Turn::from_record(c.story(), &record, None);
    let typed = turn.typed.unwrap();
    // Alike by a wording, not by the reply's own words: the closest, and no feedback
    // about words never said.
    assert_eq!(
        typed.taken(),
        defuse_core::scorecard::Taken::Closest,
        "{typed:?}"
    );
    assert!(turn.feedback.is_empty());
    // Small talk at the same decision matches none, and the trainee is told the figure.
    let (c, record) = answered(
        "salon-running-late",
        "first-wave",
        "Lovely weather for it, isn't it?",
        &rubric,
    );
    assert_eq!(record.reply, None);
    let typed = Turn::from_record(c.story(), &record, None).typed.unwrap();
    assert_eq!(typed.needed, defuse_core::rubric::MATCH_THRESHOLD);
    assert!(typed.closeness < typed.needed, "{typed:?}");
}

#[test]
fn another_wording_of_a_reply_takes_words_it_shares_nothing_else_with_but_never_as_its_own() {
    let rubric = Rubric::for_language(&locales_dir(), "en").unwrap();
    let context = defuse_core::rubric::Context {
        customer_line: "Thirty minutes for one coffee! I've got a meeting at half nine.".to_owned(),
        customer_name: "Tamás Varga".to_owned(),
        ..Default::default()
    };
    let typed = "Hang on, I'll knock one up for you this second.";
    let bare: Vec<Vec<&str>> = vec![
        vec!["I'm sorry, Tamás. I'm making your flat white myself right now; three minutes."],
        vec!["The office order came in first, so you'll have to wait your turn."],
    ];
    let first = rubric.closest_among(typed, &bare, &context);
    assert_eq!(first.reply, None, "{first:?}");
    // The trainer adds how trainees say it: the words are now that reply.
    let mut with = bare.clone();
    with[0].push("Hang on a sec, I'll knock one up for you myself.");
    let taken = rubric.closest_among(typed, &with, &context);
    assert_eq!(taken.reply, Some(0), "{taken:?}");
    // Alike by another wording, they are that reply in other words, never its own: told as
    // the closest, without the feedback on words never said.
    assert!(taken.closeness[0] < NEAR_CERTAIN);
    // The reply's own text typed word for word is still the reply itself.
    let own = with[0][0];
    let exact = rubric.closest_among(own, &with, &context);
    assert_eq!((exact.reply, exact.closeness[0]), (Some(0), 100));
}

/// Every other wording of every bundled reply, in every language: typed, it is taken as its
/// own reply (by the text or the other wordings) or as none, never as another reply of its
/// decision (`defuse validate` warns of one): a wording that says another reply's move would
/// send trainees down the wrong branch. And most are taken as their own: 87 % or more
/// (88.0–95.4 % when first measured, in the twelfth pass).
#[test]
fn no_wording_of_a_bundled_reply_reads_as_another_reply() {
    let results =
        eval::evaluate_wordings(&locales_dir(), &scenarios_dir()).unwrap_or_else(|e| panic!("{e}"));
    let table = eval::wordings_table(&results);
    println!("{table}");
    let wrong: Vec<&String> = results.iter().flat_map(|r| &r.read_as_another).collect();
    assert!(
        wrong.is_empty(),
        "{}:\n{}",
        wrong.len(),
        wrong
            .iter()
            .map(|w| w.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert_eq!(results.len(), 4, "{table}");
    for r in &results {
        assert_eq!(r.wordings(), 1878, "{}\n{table}", r.language);
        assert!(r.own * 100 >= r.wordings() * 87, "{}\n{table}", r.language);
    }
}

#[test]
fn what_typed_words_add_to_the_reply_they_mean_still_counts() {
    let rubric = Rubric::for_language(&locales_dir(), "en").unwrap();
    let mut c = at("cafe-long-wait", "opening");
    let replies = replies(&c, "opening").to_vec();
    let best = defuse_core::model::best_reply(&replies).unwrap();
    // The best reply, with a put-down shouted after it.
    let words = format!(
        "{} But CALM DOWN, it's only breakfast!!",
        replies[best].text
    );
    let record = c
        .answer_in_words(&words, &rubric, Conduct::default())
        .unwrap()
        .clone();
    assert_eq!(record.reply, Some(best), "{:?}", record.typed);
    let clicked = replies[best].scores;
    let total = |s: &defuse_core::model::Scores| {
        defuse_core::Criterion::ALL
            .iter()
            .map(|c| s.get(*c))
            .sum::<i32>()
    };
    assert!(
        record.scores.calm_tone < clicked.calm_tone && total(&record.scores) < total(&clicked),
        "{:?} against {clicked:?}",
        record.scores
    );
    // The trainee is told the turn started from that reply's scores, and what moved them.
    let turn = Turn::from_record(c.story(), &record, None);
    let moved = turn.typed.unwrap().moved.unwrap();
    let en = defuse_core::i18n::Texts::new(&defuse_core::i18n::langid("en").unwrap());
    let told = moved.told(&en);
    assert!(
        told.starts_with("Scored from that reply") && told.contains("calm tone -"),
        "{told}"
    );
    let he = defuse_core::i18n::Texts::new(&defuse_core::i18n::langid("he").unwrap());
    assert!(moved.told(&he).contains("טון רגוע"), "{}", moved.told(&he));
    // Typed word for word, nothing moved.
    let (c, record) = answered("cafe-long-wait", "opening", &replies[best].text, &rubric);
    let turn = Turn::from_record(c.story(), &record, None);
    let moved = turn.typed.unwrap().moved.unwrap();
    assert_eq!(
        moved.told(&en),
        "Scored as that reply: your words make the same move."
    );
}

#[test]
fn words_about_something_else_are_not_taken_as_a_reply_they_share_a_figure_with() {
    // The give-in reply at the last bargain says "ten percent"; a trainee talking about their
    // phone's battery shares the figure and nothing else the conversation is about. Played
    // at the decision in each language, with all its replies and their wordings.
    for (lang, battery, give_in) in [
        (
            "en",
            "ten percent battery left, great, and no charger anywhere",
            "Alright, alright, ten percent off, just this once.",
        ),
        (
            "hu",
            "Tíz százalékon a telefonom, és a töltőt otthon felejtettem, remek.",
            "Na jó, tíz százalék, de csak most az egyszer.",
        ),
        (
            "pl",
            "Telefon mi pada, dziesięć procent, a ładowarka została w samochodzie.",
            "Dobra, dziesięć procent, ale tylko ten jeden raz.",
        ),
        (
            "he",
            "הטלפון שלי על עשרה אחוז והמטען נשאר באוטו, איזה באסה.",
            "טוב, עשרה אחוז, אבל רק הפעם.",
        ),
    ] {
        let rubric = Rubric::for_language(&locales_dir(), lang).unwrap();
        let (c, record) = answered_in(lang, "haircut-on-purpose", "last-bargain", battery, &rubric);
        assert_eq!(record.reply, None, "{lang}: {battery}");
        // In English nothing is left in common with any reply: no near miss is told. (The
        // Hebrew line's "נשאר", battery left, is also the price that stays in another reply,
        // which it shares a feeling with: that reply is named as the nearest, at 20 %.)
        if lang == "en" {
            let typed = Turn::from_record(c.story(), &record, None).typed.unwrap();
            assert_eq!(typed.nearest, None, "{typed:?}");
        }
        // The same figure, said to the customer as the move, is still that reply.
        let (c, record) = answered_in(lang, "haircut-on-purpose", "last-bargain", give_in, &rubric);
        let k = record.reply.expect("taken as a reply");
        let kind = replies(&c, "last-bargain")[k].kind.as_deref();
        assert_eq!(kind, Some("give-in"), "{lang}: {give_in}");
    }
}
