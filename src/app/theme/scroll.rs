//! Scrolling, once for every screen: the mouse wheel and touchpad scroll the area under
//! the pointer (else the screen itself); PageUp/PageDown, the arrow keys and Home/End
//! scroll the screen when no text field has the keys; the focused element is always
//! scrolled into view; and a thumb at the edge shows where the view is and that there is
//! more.

use bevy::input::mouse::{MouseScrollUnit, MouseWheel};
use bevy::input_focus::InputFocus;
use bevy::picking::hover::HoverMap;
use bevy::prelude::*;
use bevy::text::EditableText;
use bevy::window::RequestRedraw;

use super::palette;

pub(super) fn plugin(app: &mut App) {
    // Before layout, from the last frame's sizes, so a change is drawn in this frame.
    app.add_message::<MouseWheel>()
        .add_message::<RequestRedraw>()
        .add_systems(
            Update,
            (wheel, keys, focus_into_view, follow_newest, show_thumbs).chain(),
        );
}

/// A node whose content scrolls vertically.
#[derive(Component, Debug, Default, Clone, Copy)]
#[require(ScrollPosition)]
pub struct Scrolls;

/// The screen's own scrolling area: the keys scroll it.
#[derive(Component, Debug, Default, Clone, Copy)]
pub struct MainScroll;

/// A scrolling area that stays at its newest (bottom) content unless the reader has
/// scrolled up: the conversation's transcript.
#[derive(Component, Debug, Default, Clone, Copy)]
pub struct FollowNewest {
    /// The reader scrolled away from the bottom.
    pub held: bool,
}

/// The thumb drawn at a scrolling area's edge.
#[derive(Component, Debug, Clone, Copy)]
pub struct Thumb(pub Entity);

/// Pixels per wheel line and per arrow key press.
const LINE: f32 = 40.0;

/// Visible height, and how far it can scroll, in logical pixels.
fn extent(node: &ComputedNode) -> (f32, f32) {
    let visible = node.size().y * node.inverse_scale_factor();
    let content = node.content_size().y * node.inverse_scale_factor();
    (visible, (content - visible).max(0.0))
}

fn scroll_by(position: &mut ScrollPosition, node: &ComputedNode, dy: f32) {
    let (_, max) = extent(node);
    let y = (position.y + dy).clamp(0.0, max);
    if position.y != y {
        position.y = y;
    }
}

/// The scrolling area the pointer is over (the innermost), else the screen's own.
fn target(
    hover: Option<&HoverMap>,
    parents: &Query<&ChildOf>,
    areas: &Query<(Entity, &ComputedNode, &mut ScrollPosition, Has<MainScroll>), With<Scrolls>>,
) -> Option<Entity> {
    let hovered = hover
        .into_iter()
        .flat_map(|h| h.values())
        .flat_map(|hits| hits.keys());
    for entity in hovered {
        let found = std::iter::once(*entity)
            .chain(parents.iter_ancestors(*entity))
            .find(|e| {
                areas
                    .get(*e)
                    .is_ok_and(|(_, node, _, _)| extent(node).1 > 0.0)
            });
        if found.is_some() {
            return found;
        }
    }
    areas.iter().find(|(_, _, _, main)| *main).map(|(e, ..)| e)
}

fn wheel(
    mut wheels: MessageReader<MouseWheel>,
    hover: Option<Res<HoverMap>>,
    parents: Query<&ChildOf>,
    mut areas: Query<(Entity, &ComputedNode, &mut ScrollPosition, Has<MainScroll>), With<Scrolls>>,
    mut follow: Query<&mut FollowNewest>,
) {
    for event in wheels.read() {
        let dy = match event.unit {
            MouseScrollUnit::Line => event.y * LINE,
            MouseScrollUnit::Pixel => event.y,
        };
        let Some(entity) = target(hover.as_deref(), &parents, &areas) else {
            continue;
        };
        if let Ok((_, node, mut position, _)) = areas.get_mut(entity) {
            // Wheel up (positive) shows what is above.
            scroll_by(&mut position, node, -dy);
            let (_, max) = extent(node);
            if let Ok(mut f) = follow.get_mut(entity) {
                f.held = position.y < max - 1.0;
            }
        }
    }
}

/// PageUp/PageDown, arrows, Home/End scroll the screen, unless a text field has the keys.
fn keys(
    input: Option<Res<ButtonInput<KeyCode>>>,
    focus: Option<Res<InputFocus>>,
    fields: Query<(), With<EditableText>>,
    mut areas: Query<(&ComputedNode, &mut ScrollPosition), With<MainScroll>>,
) {
    let Some(input) = input else {
        return;
    };
    if focus
        .and_then(|f| f.get())
        .is_some_and(|e| fields.contains(e))
    {
        return;
    }
    for (node, mut position) in &mut areas {
        let (visible, max) = extent(node);
        let page = (visible * 0.85).max(LINE);
        let mut dy = 0.0;
        if input.just_pressed(KeyCode::PageDown) {
            dy += page;
        }
        if input.just_pressed(KeyCode::PageUp) {
            dy -= page;
        }
        if input.just_pressed(KeyCode::ArrowDown) {
            dy += LINE;
        }
        if input.just_pressed(KeyCode::ArrowUp) {
            dy -= LINE;
        }
        if input.just_pressed(KeyCode::End) {
            dy = max;
        }
        if input.just_pressed(KeyCode::Home) {
            dy = -position.y;
        }
        if dy != 0.0 {
            scroll_by(&mut position, node, dy);
        }
    }
}

/// When the focus moves (Tab), the focused element is scrolled into its area's view.
fn focus_into_view(
    focus: Option<Res<InputFocus>>,
    parents: Query<&ChildOf>,
    nodes: Query<(&ComputedNode, &UiGlobalTransform)>,
    mut areas: Query<(&ComputedNode, &UiGlobalTransform, &mut ScrollPosition), With<Scrolls>>,
) {
    let Some(focus) = focus.filter(|f| f.is_changed()) else {
        return;
    };
    let Some(focused) = focus.get() else {
        return;
    };
    let Ok((node, transform)) = nodes.get(focused) else {
        return;
    };
    let scale = node.inverse_scale_factor();
    let half = node.size().y * scale / 2.0;
    let centre = transform.translation.y * scale;
    for area in parents.iter_ancestors(focused) {
        let Ok((area_node, area_transform, mut position)) = areas.get_mut(area) else {
            continue;
        };
        let (visible, max) = extent(area_node);
        let top = area_transform.translation.y * scale - visible / 2.0;
        // Where the element lies within the area's view, in logical pixels.
        let (start, end) = (centre - half - top, centre + half - top);
        let margin = 12.0;
        let dy = if start < margin {
            start - margin
        } else if end > visible - margin {
            end - visible + margin
        } else {
            0.0
        };
        if dy != 0.0 {
            position.y = (position.y + dy).clamp(0.0, max);
        }
        break;
    }
}

/// The transcript stays at its newest line unless the reader scrolled up.
fn follow_newest(
    mut areas: Query<(&ComputedNode, &mut ScrollPosition, &FollowNewest)>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    for (node, mut position, follow) in &mut areas {
        let (_, max) = extent(node);
        if !follow.held && (position.y - max).abs() > 0.5 {
            position.y = max;
            // The new layout is drawn in the next frame.
            redraw.write(RequestRedraw);
        }
    }
}

/// Each scrolling area with more than fits gets a thumb at its edge: its length is the
/// share in view, its place where the view is.
fn show_thumbs(
    mut commands: Commands,
    areas: Query<(Entity, &ComputedNode, &ScrollPosition), With<Scrolls>>,
    mut thumbs: Query<(Entity, &Thumb, &mut Node, &mut Visibility)>,
) {
    for (entity, thumb, mut node, mut visibility) in &mut thumbs {
        let Ok((_, area, position)) = areas.get(thumb.0) else {
            commands.entity(entity).despawn();
            continue;
        };
        let (visible, max) = extent(area);
        if max <= 0.5 {
            visibility.set_if_neq(Visibility::Hidden);
            continue;
        }
        visibility.set_if_neq(Visibility::Inherited);
        let length = (visible * visible / (visible + max)).max(24.0);
        // Children of a scrolling node move with its content: put the thumb back in view.
        let top = position.y + (visible - length) * (position.y / max);
        let (top, height) = (Val::Px(top), Val::Px(length));
        if node.top != top {
            node.top = top;
        }
        if node.height != height {
            node.height = height;
        }
    }
    for (entity, _, _) in &areas {
        if !thumbs.iter().any(|(_, t, _, _)| t.0 == entity) {
            commands.entity(entity).with_child((
                Thumb(entity),
                Node {
                    position_type: PositionType::Absolute,
                    right: Val::Px(2.0),
                    width: Val::Px(6.0),
                    border_radius: BorderRadius::all(Val::Px(3.0)),
                    ..default()
                },
                BackgroundColor(palette::MUTED.with_alpha(0.5)),
                Visibility::Hidden,
                Pickable::IGNORE,
            ));
        }
    }
}
