//! Defuse: the command line and the Bevy trainer, both thin front ends over
//! `defuse-core`.

#[cfg(feature = "gui")]
pub mod app;
pub mod bundled;
pub mod cli;
