//! Small bundle functions: screens compose these, nobody styles a label twice.

use super::Fonts;
use super::interaction::Activate;
use super::palette;
use crate::app::language::KeepLeftToRight;
use bevy::prelude::*;

/// A full-window column that scrolls when its content is taller than the window.
pub fn ui_root(name: &'static str) -> impl Bundle {
    (
        Name::new(name),
        Node {
            width: Val::Percent(100.0),
            height: Val::Percent(100.0),
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            padding: UiRect::axes(Val::Px(32.0), Val::Px(24.0)),
            row_gap: Val::Px(16.0),
            overflow: Overflow::scroll_y(),
            ..default()
        },
        super::scroll::Scrolls,
        super::scroll::MainScroll,
    )
}

pub fn text(fonts: &Fonts, content: impl Into<String>, size: f32, colour: Color) -> impl Bundle {
    (
        Text::new(content),
        TextFont {
            font: fonts.regular.clone().into(),
            font_size: FontSize::Px(size),
            ..default()
        },
        TextColor(colour),
        TextLayout::default().with_justify(Justify::Start),
    )
}

/// Running text that wraps at the width of its container. Giving it the full width lets
/// the layout measure its wrapped height correctly, so the card around it grows to fit.
pub fn paragraph(
    fonts: &Fonts,
    content: impl Into<String>,
    size: f32,
    colour: Color,
) -> impl Bundle {
    (
        Node {
            width: Val::Percent(100.0),
            ..default()
        },
        text(fonts, content, size, colour),
    )
}

pub fn heading(fonts: &Fonts, content: impl Into<String>, size: f32) -> impl Bundle {
    (
        Text::new(content),
        TextFont {
            font: fonts.bold.clone().into(),
            font_size: FontSize::Px(size),
            ..default()
        },
        TextColor(palette::INK),
        // Aligned to where the language starts reading: right for Hebrew.
        TextLayout::default().with_justify(Justify::Start),
    )
}

/// A white card of the given maximum width, its children in a column.
pub fn card(max_width: f32) -> impl Bundle {
    (
        Node {
            // A definite width (capped by the window) rather than 100% capped at
            // `max_width`: with the latter, wrapped text was measured at the uncapped width
            // and the card came out a line short (seen in Bevy 0.19.1).
            width: Val::Px(max_width),
            max_width: Val::Percent(100.0),
            flex_direction: FlexDirection::Column,
            padding: UiRect::all(Val::Px(18.0)),
            row_gap: Val::Px(8.0),
            border: UiRect::all(Val::Px(1.0)),
            border_radius: BorderRadius::all(Val::Px(10.0)),
            flex_shrink: 0.0,
            ..default()
        },
        BackgroundColor(palette::CARD),
        BorderColor::all(palette::CARD_BORDER),
    )
}

/// A row of items with a gap, wrapping when narrow.
pub fn row(gap: f32) -> impl Bundle {
    Node {
        flex_direction: FlexDirection::Row,
        flex_wrap: FlexWrap::Wrap,
        align_items: AlignItems::Center,
        column_gap: Val::Px(gap),
        row_gap: Val::Px(4.0),
        ..default()
    }
}

/// A small coloured tag such as a difficulty.
pub fn tag(fonts: &Fonts, content: impl Into<String>, colour: Color) -> impl Bundle {
    (
        Node {
            padding: UiRect::axes(Val::Px(8.0), Val::Px(2.0)),
            border_radius: BorderRadius::all(Val::Px(6.0)),
            ..default()
        },
        BackgroundColor(colour),
        children![(
            Text::new(content),
            TextFont {
                font: fonts.bold.clone().into(),
                font_size: FontSize::Px(13.0),
                ..default()
            },
            TextColor(Color::WHITE),
        )],
    )
}

/// A one-line text input, filled with `initial`, that takes focus by Tab or click.
pub fn text_field(fonts: &Fonts, initial: &str, size: f32) -> impl Bundle {
    (
        Node {
            width: Val::Percent(100.0),
            padding: UiRect::axes(Val::Px(10.0), Val::Px(8.0)),
            border: UiRect::all(Val::Px(1.0)),
            border_radius: BorderRadius::all(Val::Px(6.0)),
            ..default()
        },
        bevy::text::EditableText::new(initial),
        TextFont {
            font: fonts.regular.clone().into(),
            font_size: FontSize::Px(size),
            ..default()
        },
        TextColor(palette::INK),
        BackgroundColor(palette::BACKGROUND),
        BorderColor::all(palette::ACCENT),
        super::interaction::focusable(),
    )
}

/// A small button with a label; `selected` shows it as the current choice. Give it its
/// action with `.observe(...)` where it is spawned.
pub fn button(fonts: &Fonts, label: impl Into<String>, selected: bool) -> impl Bundle {
    let (background, ink) = if selected {
        (palette::ACCENT, Color::WHITE)
    } else {
        (palette::CARD, palette::INK)
    };
    (
        Button,
        super::interaction::focusable(),
        Node {
            padding: UiRect::axes(Val::Px(12.0), Val::Px(5.0)),
            border: UiRect::all(Val::Px(1.0)),
            border_radius: BorderRadius::all(Val::Px(6.0)),
            ..default()
        },
        BackgroundColor(background),
        BorderColor::all(palette::ACCENT),
        children![(
            Text::new(label),
            TextFont {
                font: fonts.regular.clone().into(),
                font_size: FontSize::Px(15.0),
                ..default()
            },
            TextColor(ink),
            Pickable::IGNORE,
        )],
    )
}

/// A reply the trainee can choose: its number key and its words.
pub fn reply_button(fonts: &Fonts, number: usize, words: String) -> impl Bundle {
    (
        Button,
        super::interaction::focusable(),
        Node {
            width: Val::Percent(100.0),
            padding: UiRect::axes(Val::Px(14.0), Val::Px(9.0)),
            column_gap: Val::Px(12.0),
            align_items: AlignItems::Center,
            border: UiRect::all(Val::Px(1.0)),
            border_radius: BorderRadius::all(Val::Px(8.0)),
            flex_shrink: 0.0,
            ..default()
        },
        BackgroundColor(palette::CARD),
        BorderColor::all(palette::ACCENT),
        children![
            (
                Node {
                    width: Val::Px(28.0),
                    height: Val::Px(28.0),
                    flex_shrink: 0.0,
                    justify_content: JustifyContent::Center,
                    align_items: AlignItems::Center,
                    border_radius: BorderRadius::all(Val::Percent(50.0)),
                    ..default()
                },
                BackgroundColor(palette::ACCENT),
                Pickable::IGNORE,
                children![(
                    Text::new(number.to_string()),
                    TextFont {
                        font: fonts.bold.clone().into(),
                        font_size: FontSize::Px(15.0),
                        ..default()
                    },
                    TextColor(Color::WHITE),
                    Pickable::IGNORE,
                )],
            ),
            (
                Node {
                    flex_grow: 1.0,
                    min_width: Val::Px(0.0),
                    ..default()
                },
                Pickable::IGNORE,
                children![(text(fonts, words, 16.0, palette::INK), Pickable::IGNORE)],
            ),
        ],
    )
}

/// A labelled bar for a 0–100 score (a dash when the criterion was not tested).
pub fn score_bar(fonts: &Fonts, label: String, percent: Option<u8>) -> impl Bundle {
    let value = percent.map_or("–".to_owned(), |p| p.to_string());
    let share = f32::from(percent.unwrap_or(0));
    let colour = match percent {
        Some(p) if p >= 70 => palette::EASY,
        Some(p) if p >= 40 => palette::MEDIUM,
        _ => palette::HARD,
    };
    (
        Node {
            width: Val::Percent(100.0),
            column_gap: Val::Px(12.0),
            align_items: AlignItems::Center,
            ..default()
        },
        children![
            (
                Node {
                    width: Val::Px(190.0),
                    flex_shrink: 0.0,
                    ..default()
                },
                children![text(fonts, label, 15.0, palette::INK)],
            ),
            bar(
                Node {
                    flex_grow: 1.0,
                    height: Val::Px(14.0),
                    border_radius: BorderRadius::all(Val::Px(7.0)),
                    ..default()
                },
                share,
                colour,
                (),
            ),
            (
                Node {
                    width: Val::Px(40.0),
                    flex_shrink: 0.0,
                    ..default()
                },
                children![text(fonts, value, 15.0, palette::INK)],
            ),
        ],
    )
}

/// The radar chart with the criteria's names around it: listening at the top, then
/// clockwise.
pub fn radar(fonts: &Fonts, image: Handle<Image>, size: u32, labels: Vec<String>) -> impl Bundle {
    let size = size as f32;
    let label = |text: String, node: Node| {
        (
            node,
            children![(super::widget::text(fonts, text, 13.0, palette::MUTED))],
        )
    };
    let mut labels = labels.into_iter();
    let mut next = || labels.next().unwrap_or_default();
    (
        Node {
            width: Val::Px(size + 150.0),
            height: Val::Px(size + 44.0),
            flex_shrink: 0.0,
            ..default()
        },
        KeepLeftToRight,
        children![
            (
                ImageNode::new(image),
                Node {
                    position_type: PositionType::Absolute,
                    left: Val::Px(75.0),
                    top: Val::Px(22.0),
                    width: Val::Px(size),
                    height: Val::Px(size),
                    ..default()
                },
            ),
            label(
                next(),
                Node {
                    position_type: PositionType::Absolute,
                    top: Val::Px(0.0),
                    width: Val::Percent(100.0),
                    justify_content: JustifyContent::Center,
                    ..default()
                }
            ),
            label(
                next(),
                Node {
                    position_type: PositionType::Absolute,
                    right: Val::Px(0.0),
                    top: Val::Px(size / 2.0 + 14.0),
                    width: Val::Px(72.0),
                    ..default()
                }
            ),
            label(
                next(),
                Node {
                    position_type: PositionType::Absolute,
                    bottom: Val::Px(0.0),
                    width: Val::Percent(100.0),
                    justify_content: JustifyContent::Center,
                    ..default()
                }
            ),
            label(
                next(),
                Node {
                    position_type: PositionType::Absolute,
                    left: Val::Px(0.0),
                    top: Val::Px(size / 2.0 + 14.0),
                    width: Val::Px(72.0),
                    justify_content: JustifyContent::FlexEnd,
                    ..default()
                }
            ),
        ],
    )
}

/// A horizontal bar: the track `track` (its size and rounding), filled to `share` per
/// cent in `colour`; `marker` marks the fill, for a bar that moves.
pub fn bar(track: Node, share: f32, colour: Color, marker: impl Bundle) -> impl Bundle {
    let rounding = track.border_radius;
    (
        track,
        BackgroundColor(palette::CARD_BORDER),
        children![(
            marker,
            Node {
                width: Val::Percent(share),
                height: Val::Percent(100.0),
                border_radius: rounding,
                ..default()
            },
            BackgroundColor(colour),
        )],
    )
}

/// A level meter, empty at first; `marker` marks the bar whose width shows the level.
pub fn meter(marker: impl Component) -> impl Bundle {
    let track = Node {
        width: Val::Px(240.0),
        height: Val::Px(16.0),
        border_radius: BorderRadius::all(Val::Px(8.0)),
        ..default()
    };
    bar(track, 0.0, palette::EASY, marker)
}

/// What a button or a link does when activated: sends `message`. A widget carries its
/// action this way: `.observe(widget::sends(StartScenario(index)))`.
pub fn sends<M: Message + Clone>(message: M) -> impl FnMut(On<Activate>, MessageWriter<M>) {
    move |_, mut writer| {
        writer.write(message.clone());
    }
}

/// A row of buttons, one per shipped language, each in its own language.
pub fn language_row(ui: &mut ChildSpawnerCommands, fonts: &Fonts, t: &defuse_core::i18n::Texts) {
    ui.spawn(row(8.0)).with_children(|row| {
        row.spawn(text(fonts, t.get("picker-language"), 15.0, palette::MUTED));
        for tag in defuse_core::i18n::SHIPPED {
            let Some(lang) = defuse_core::i18n::langid(tag) else {
                continue;
            };
            let name = defuse_core::i18n::Texts::new(&lang).get("language-name");
            let selected = t.lang().language == lang.language;
            row.spawn(button(fonts, name, selected))
                .observe(sends(crate::app::language::SwitchLanguage(lang.clone())));
        }
    });
}

/// A note under a control: a paragraph in small, muted type.
pub fn note(fonts: &Fonts, text: impl Into<String>) -> impl Bundle {
    paragraph(fonts, text, 14.0, palette::MUTED)
}

/// The muted label that heads a row of choices.
pub fn label_text(fonts: &Fonts, text: impl Into<String>) -> impl Bundle {
    self::text(fonts, text, 15.0, palette::MUTED)
}
