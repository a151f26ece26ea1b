//! Tables of text: rows of fixed-width cells, and rows that are links (activating one
//! sends its message). The manager's review is built from these.

use super::{Fonts, palette, widget};
use bevy::prelude::*;

/// A full-width row, its cells centred on one line.
pub fn row_node() -> Node {
    Node {
        width: Val::Percent(100.0),
        padding: UiRect::axes(Val::Px(6.0), Val::Px(5.0)),
        border_radius: BorderRadius::all(Val::Px(6.0)),
        align_items: AlignItems::Center,
        ..default()
    }
}

/// A row of cells, each `(text, width in pixels)`, in one colour.
pub fn table_row(fonts: &Fonts, cells_: Vec<(String, f32)>, colour: Color) -> impl Bundle {
    let children: Vec<_> = cells_
        .into_iter()
        .map(|(text, width)| cell(fonts, text, width, colour))
        .collect();
    (row_node(), Children::spawn(SpawnIter(children.into_iter())))
}

/// A table row that is a button: activating it sends `step`.
pub fn link_row<M: Message + Clone>(
    card: &mut ChildSpawnerCommands,
    fonts: &Fonts,
    cells: Vec<(String, f32)>,
    step: M,
) {
    let cells = cells
        .into_iter()
        .map(|(text, width)| (text, width, palette::INK));
    link_row_coloured(card, fonts, cells.collect(), step);
}

/// A link row whose cells each have their own colour (a criterion that needs work in red).
pub fn link_row_coloured<M: Message + Clone>(
    card: &mut ChildSpawnerCommands,
    fonts: &Fonts,
    cells: Vec<(String, f32, Color)>,
    step: M,
) {
    card.spawn((
        Button,
        crate::app::theme::interaction::focusable(),
        row_node(),
    ))
    .observe(widget::sends(step))
    .with_children(|row| {
        for (text, width, colour) in cells {
            row.spawn(cell(fonts, text, width, colour));
        }
    });
}

/// One cell: its text, shrinking before it overflows.
pub fn cell(fonts: &Fonts, text: String, width: f32, colour: Color) -> impl Bundle {
    (
        Node {
            width: Val::Px(width),
            flex_shrink: 1.0,
            padding: UiRect::horizontal(Val::Px(4.0)),
            ..default()
        },
        Pickable::IGNORE,
        children![(widget::text(fonts, text, 15.0, colour), Pickable::IGNORE)],
    )
}
