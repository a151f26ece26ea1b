//! The Bevy-free core of Defuse: the scenario model and loader, validation, the
//! conversation state machine, scoring, path analysis, graph export, scorecards and
//! the reports made of them.
//!
//! Every front end (the command line, the Bevy app, tests) drives the same pieces: load a
//! [`Story`] with [`load::load_story`], play it with a [`Conversation`], score it with
//! [`scoring::summarise`], analyse it with [`stats::stats`].

// A `Problem` carries its source and notes so it can be rendered anywhere; it is only
// ever built on the error path, where its size costs nothing that matters.
#![allow(clippy::result_large_err)]
#![warn(missing_docs)]

pub mod catalogue;
pub mod conversation;
mod excerpt;
pub mod export;
pub mod i18n;
pub mod kinds;
pub mod lessons;
pub mod library;
pub mod lint;
pub mod load;
pub mod locate;
pub mod lrs;
pub mod model;
pub mod naive;
mod parse;
pub mod passphrase;
pub mod places;
pub mod playtest;
pub mod practice;
mod problem;
pub mod report;
pub mod roster;
pub mod rubric;
pub mod scorecard;
mod scoring;
pub mod stats;
pub mod store;
mod story;
#[cfg(feature = "synth")]
pub mod synth;
pub mod teaching;
pub mod validate;
pub mod voice;

pub use catalogue::Catalogue;
pub use conversation::{
    Answer, ChoiceError, Conduct, Conversation, Event, ReplyOrder, Routing, StartAt, TurnRecord,
    TypedReply,
};
pub use load::{Checked, check_file, load_story};
pub use model::*;
pub use problem::{Problem, Severity, SourceFile};
pub use scoring::{CriterionResult, ScoreSummary};
pub use story::Story;
