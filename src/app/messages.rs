//! What the trainee asks of the practice session, and what it announces: keys, clicks,
//! scripts and tests all speak to it in these messages.

use bevy::prelude::*;

/// A conversation has begun: the screens show it.
#[derive(Message, Debug, Clone, Copy)]
pub struct ConversationStarted;

/// The conversation reached its ending: the debrief follows.
#[derive(Message, Debug, Clone, Copy)]
pub struct ConversationEnded;

/// Begin the scenario at this index of the library.
#[derive(Message, Debug, Clone, Copy)]
pub struct StartScenario(pub usize);

/// The trainee's reply: the number it is listed under, as the trainee sees it (1 first),
/// the same number `Answer::Number` carries.
#[derive(Message, Debug, Clone, Copy)]
pub struct ChooseReply(pub usize);

/// The trainee's reply in their own words.
#[derive(Message, Debug, Clone)]
pub struct TypeReply(pub String);

/// The trainee asks for the hint of the current decision.
#[derive(Message, Debug, Clone, Copy)]
pub struct TakeHint;
