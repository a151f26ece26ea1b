//! Where the trainee answers in their own words: the reply field (it grows with the
//! reply and keeps what was typed across rebuilds), and the chosen reply waiting to be
//! said aloud in voice practice.

use super::ReplyField;
use crate::app::session::{ReplyDraft, TypeReply};
use crate::app::theme::interaction::Activate;
use crate::app::theme::{Fonts, palette, widget};
use bevy::input_focus::AutoFocus;
use bevy::prelude::*;
use bevy::text::{EditableText, TextLayoutInfo};
use bevy::ui::widget::TextScroll;

pub(super) fn keep_draft(
    mut fields: Query<&mut EditableText, (With<ReplyField>, Changed<EditableText>)>,
    mut draft: ResMut<ReplyDraft>,
) {
    for mut field in &mut fields {
        let text = field.value().to_string();
        // The field grows with the reply, so it can be re-read before it is sent.
        let lines = Some(reply_lines(&text));
        if field.visible_lines != lines {
            field.visible_lines = lines;
        }
        if text != draft.0 {
            draft.0 = text;
        }
    }
}

/// Lines the reply field shows for `text`: one per line break and about 80 characters,
/// from one to four (then it scrolls).
fn reply_lines(text: &str) -> f32 {
    let lines: usize = text
        .split('\n')
        .map(|line| line.chars().count().div_ceil(80).max(1))
        .sum();
    lines.clamp(1, 4) as f32
}

type GrownField<'a> = (&'a ComputedNode, &'a TextLayoutInfo, &'a mut TextScroll);

/// When the field has grown, what it scrolled to while it was smaller is shown from
/// its end again, so no line hides above while there is room for it.
pub(super) fn settle_reply_field(
    mut fields: Query<GrownField, (With<ReplyField>, Changed<ComputedNode>)>,
) {
    for (node, text, mut scroll) in &mut fields {
        let view = node.content_box().height();
        let y = (text.size.y - view).max(0.0).floor();
        if scroll.0.y != y {
            scroll.0.y = y;
        }
    }
}

/// The field for a reply in the trainee's own words, and the button that says it. Focused
/// at once when the replies are not listed.
pub(super) fn own_words(
    ui: &mut ChildSpawnerCommands,
    fonts: &Fonts,
    t: &defuse_core::i18n::Texts,
    draft: &str,
    only_words: bool,
    focus: bool,
) {
    if !only_words {
        ui.spawn(widget::text(
            fonts,
            t.get("conversation-or-own-words"),
            14.0,
            palette::MUTED,
        ));
    }
    ui.spawn(widget::row(8.0)).with_children(|row| {
        row.spawn(Node {
            flex_grow: 1.0,
            min_width: Val::Px(0.0),
            ..default()
        })
        .with_children(|cell| {
            let mut field = cell.spawn((
                Name::new("Reply field"),
                ReplyField,
                widget::text_field(fonts, draft, 16.0),
            ));
            let lines = reply_lines(draft);
            field.entry::<EditableText>().and_modify(move |mut text| {
                text.visible_lines = Some(lines);
            });
            // Typing goes into the field from the moment the decision appears.
            if focus {
                field.insert(AutoFocus);
            }
        });
        row.spawn(widget::button(fonts, t.get("conversation-say"), true))
            .observe(
                |_: On<Activate>, draft: Res<ReplyDraft>, mut typed: MessageWriter<TypeReply>| {
                    typed.write(TypeReply(draft.0.clone()));
                },
            );
    });
}

/// The chosen reply, waiting to be said aloud: the words, the talk button (held while
/// speaking) and the level meter.
pub(super) fn say_it(
    ui: &mut ChildSpawnerCommands,
    fonts: &Fonts,
    t: &defuse_core::i18n::Texts,
    words: String,
    problem: Option<&str>,
) {
    let prompt = ("voice-say-it", "voice-talk-keys");
    crate::app::voice::say_aloud(ui, fonts, t, prompt, words, problem);
}
