//! The `defuse` binary driven as a trainer, a trainee and a manager drive it: the commands
//! on the bundled scenarios and the broken-input corpus, the trainer window in a real X
//! server, the HTML pages in a real browser and the LRS sync against a real LRS.
//! One test binary on purpose: each file in `tests/` is linked separately, and this one
//! links Bevy. Shared helpers live in `common`.

mod bundled;
mod common;
mod golden;
mod lrs;
mod play;
mod report;
mod typed;
mod validate;
mod voice;
mod window;
mod xinput;
