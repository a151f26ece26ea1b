//! Branches on the customer's mood, and the reply order of a session: how the story moves
//! without the trainee choosing.

use super::Conversation;
use crate::model::Node;
use crate::story::Story;
use std::sync::Arc;

/// A branch the conversation followed: the mood it saw, the route that held (none: the
/// `otherwise`), and where it went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Routing {
    /// Id of the branch node followed.
    pub branch: String,
    /// The customer's mood the routes were tested on, -100 to 100.
    pub mood: i32,
    /// The route test that held (the first that did), or `None` when none did and
    /// `otherwise` was taken.
    pub held: Option<crate::model::MoodTest>,
    /// Every route's test, in order, to say why none held.
    pub tested: Vec<crate::model::MoodTest>,
    /// Id of the node the branch led to.
    pub to: String,
}

/// Where the branch at `at` leads with this mood: its first route whose test holds, or
/// `otherwise`.
pub(super) fn route(story: &Story, at: usize, mood: i32) -> (usize, Routing) {
    let (id, routes): (&str, &[crate::model::Route]) = match story.node(at) {
        Node::Branch { id, routes, .. } => (id, routes),
        other => (other.id(), &[]),
    };
    // Targets are the routes in order, then `otherwise`.
    let k = routes
        .iter()
        .position(|r| r.when.holds(mood))
        .unwrap_or(routes.len());
    let to = story.edges(at).get(k).copied().unwrap_or(at);
    let routing = Routing {
        branch: id.to_owned(),
        mood,
        held: routes.get(k).map(|r| r.when),
        tested: routes.iter().map(|r| r.when).collect(),
        to: story.node(to).id().to_owned(),
    };
    (to, routing)
}

/// How a session lists each decision's replies: shuffled with a seed (a random one unless
/// given, so that a scorecard's seed replays the session), or in the file's order for a
/// trainer's playtest.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReplyOrder {
    /// The seed that shuffles the replies and picks among the customer's line variants;
    /// `None` draws a random one.
    pub seed: Option<u64>,
    /// Lists every decision's replies in the file's order instead of shuffled, for a
    /// trainer's playtest.
    pub in_file_order: bool,
}

/// Where a trainer's playtest starts (`play --from NODE --mood N`): the scenario's start
/// and the customer's mood for whatever is not given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StartAt {
    /// Id of the node to start at; `None` for the scenario's start.
    pub node: Option<String>,
    /// The customer's mood to start with, -100 to 100; `None` for the scenario's.
    pub mood: Option<i32>,
}

impl ReplyOrder {
    /// A conversation from the start of `story`, listing replies this way.
    pub fn start(self, story: Arc<Story>) -> Conversation {
        self.listing(Conversation::new(
            story,
            self.seed.unwrap_or_else(rand::random),
        ))
    }

    /// A conversation from `at` in `story`, listing replies this way; an error naming the
    /// scenario's nodes when there is no such node, or when the mood is off the scale.
    pub fn start_at(self, story: Arc<Story>, at: &StartAt) -> Result<Conversation, String> {
        let node = at
            .node
            .clone()
            .unwrap_or_else(|| story.scenario.start.clone());
        let mood = at.mood.unwrap_or(story.scenario.customer.mood);
        let seed = self.seed.unwrap_or_else(rand::random);
        Conversation::starting_at(story, &node, mood, seed).map(|c| self.listing(c))
    }

    fn listing(self, conversation: Conversation) -> Conversation {
        if self.in_file_order {
            conversation.in_file_order()
        } else {
            conversation
        }
    }
}
