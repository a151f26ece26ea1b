//! Colours, fonts and the bundle functions every screen builds its UI from.

pub mod interaction;
pub mod palette;
pub mod radar;
pub mod scorecard;
pub mod scroll;
pub mod table;
pub mod typed;
pub mod widget;

use bevy::prelude::*;

/// The shipped fonts. Bevy's built-in font has only ASCII; DejaVu Sans covers the Latin
/// letters of Hungarian and Polish and the Hebrew alphabet. Embedded in the binary so the
/// trainer finds them wherever it is started from.
#[derive(Resource, Clone)]
pub struct Fonts {
    pub regular: Handle<Font>,
    pub bold: Handle<Font>,
}

pub const REGULAR: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
pub const BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");

pub(super) fn plugin(app: &mut App) {
    let mut fonts = app.world_mut().resource_mut::<Assets<Font>>();
    let regular = fonts.add(Font::from_bytes(REGULAR.to_vec()));
    let bold = fonts.add(Font::from_bytes(BOLD.to_vec()));
    app.insert_resource(Fonts { regular, bold });
    app.insert_resource(ClearColor(palette::BACKGROUND));
    app.add_plugins((interaction::plugin, scroll::plugin));
}
