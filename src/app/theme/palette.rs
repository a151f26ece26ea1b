//! The colours of the trainer: calm, warm neutrals with one accent.

use bevy::color::{Color, ColorToPacked};

pub const BACKGROUND: Color = Color::srgb(0.953, 0.945, 0.925);
pub const CARD: Color = Color::srgb(1.0, 1.0, 1.0);
pub const CARD_BORDER: Color = Color::srgb(0.85, 0.83, 0.80);
pub const INK: Color = Color::srgb(0.13, 0.14, 0.16);
pub const MUTED: Color = Color::srgb(0.40, 0.41, 0.44);
pub const ACCENT: Color = Color::srgb(0.16, 0.42, 0.55);
pub const WARNING: Color = Color::srgb(0.70, 0.20, 0.15);
pub const EASY: Color = Color::srgb(0.24, 0.55, 0.33);
pub const MEDIUM: Color = Color::srgb(0.80, 0.52, 0.10);
pub const HARD: Color = Color::srgb(0.72, 0.22, 0.20);

/// A colour as sRGB bytes, for drawing into images.
pub fn rgba(colour: Color) -> [u8; 4] {
    colour.to_srgba().to_u8_array()
}

/// The outline of the element with keyboard focus.
pub const FOCUS: Color = Color::srgb(0.95, 0.55, 0.10);
