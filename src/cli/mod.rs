//! The `defuse` command line: a thin layer over `defuse-core`.

mod args;
mod door;
mod extract;
mod graph;
mod list;
mod new;
mod output;
mod places;
mod play;
mod report;
mod score;
mod stats;
mod sync;
mod trainee;
mod validate;
mod voice;
mod window;

use clap::Parser;
use defuse_core::Story;
use defuse_core::i18n;
use defuse_core::library::{Entry, Library};

use std::process::ExitCode;

pub use args::{Cli, Command, GraphFormatArg, PlayArgs, ReportArgs, ScoreArgs};
pub use output::{Out, Reported};
pub use places::{Places, chosen_language, locales_dir, scenarios_dir};
use window::{open_window, play_in_window};

/// Exit codes: 0 fine, 1 a scenario or input problem, 2 a usage error (clap's own).
pub const EXIT_PROBLEM: u8 = 1;

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let scenarios = scenarios_dir(cli.scenarios.as_deref());
    let locales = locales_dir(cli.locales.as_deref(), &scenarios);
    let lang = chosen_language(cli.lang.as_deref());
    i18n::set_diagnostics_language(&lang);
    let mut out = Out::stdio(crate::bundled::texts(&lang, "cli.ftl"));
    let places = Places {
        scenarios,
        locales,
        lang,
        lang_given: cli.lang.is_some(),
        data: defuse_core::places::data_dir(cli.data_dir.as_deref()),
        window: cli.window_size.unwrap_or((1280, 720)),
        lrs: sync::resolve(cli.lrs_endpoint, cli.lrs_user, cli.lrs_password),
    };
    let result = match cli.command {
        None => open_window(&places, cli.screenshot),
        Some(Command::Validate {
            paths,
            json,
            coverage,
        }) => validate::run(&mut out, &places, &paths, json, coverage),
        Some(Command::Extract { which }) => {
            // `--lang` names the language translated into; the summary speaks the
            // trainer's own language (DEFUSE_LANG, else the system's).
            let interface = chosen_language(std::env::var("DEFUSE_LANG").ok().as_deref());
            i18n::set_diagnostics_language(&interface);
            let mut out = Out::stdio(crate::bundled::texts(&interface, "cli.ftl"));
            extract::run(&mut out, &places, &which)
        }
        Some(Command::Play(args)) if args.gui => play_in_window(&places, &args),
        Some(Command::Play(args)) => play::run(&mut out, &places, &args),
        Some(Command::Report(args)) => {
            let store = defuse_core::store::Store::new(&places.data);
            door::open(&mut out, &store)
                .and_then(|()| report::run(&mut out, &places, &store, &args))
        }
        Some(Command::Sync {
            status,
            batch,
            retry_for,
        }) => sync::run(
            &mut out,
            &places,
            &sync::Options {
                status,
                sync: defuse_core::lrs::Options {
                    batch: batch as usize,
                    retry_for: std::time::Duration::from_secs(retry_for),
                    ..Default::default()
                },
            },
        ),
        Some(Command::Score(args)) => score::run(&mut out, &places, &args),
        Some(Command::Trainee { command }) => {
            door::open(&mut out, &defuse_core::store::Store::new(&places.data))
                .and_then(|()| trainee::run(&mut out, &places, &command))
        }
        Some(Command::Voice { command }) => voice::run(&mut out, &places, &command),
        Some(Command::New { id }) => new::run(&mut out, &places, &id),
        Some(Command::List { json }) => list::run(&mut out, &places, json),
        Some(Command::Stats {
            scenario,
            principles: true,
            ..
        }) => stats::principles(&mut out, &places, scenario.as_deref()),
        Some(Command::Stats { scenario, json, .. }) => stats::run(
            &mut out,
            &places,
            scenario.as_deref().unwrap_or_default(),
            json,
        ),
        Some(Command::Graph {
            scenario,
            format,
            output,
        }) => graph::run(
            &mut out,
            &places,
            &scenario,
            format,
            output.as_deref(),
            cli.data_dir.is_some(),
        ),
    };
    match result {
        Ok(code) => code,
        Err(Reported) => ExitCode::from(EXIT_PROBLEM),
    }
}

/// Finds a scenario in the scenarios folder (by id or path) and checks it; a scenario
/// that cannot be played is reported with every problem that stops it.
pub fn checked(out: &mut Out, places: &Places, reference: &str) -> Result<Entry, Reported> {
    let mut library = Library::read(&places.scenarios);
    let entry = library
        .find(reference)
        .map_err(|p| out.problems(&[p]))?
        .clone();
    let catalogue = library.catalogue_problems_of(&entry);
    if !catalogue.is_empty() {
        return Err(out.problems(catalogue));
    }
    if entry.parsed.is_none() {
        return Err(out.problems(&entry.problems));
    }
    if !entry.is_playable() {
        out.problems(&entry.problems);
        let file = entry.path.display().to_string();
        return Err(out.err(&out.tf("validate-cannot-play", &[("file", file.into())])));
    }
    Ok(entry)
}

/// Finds, checks and loads a scenario for analysis, in its own language.
pub fn load(out: &mut Out, places: &Places, reference: &str) -> Result<Story, Reported> {
    let entry = checked(out, places, reference)?;
    Ok(entry.story().expect("checked as playable"))
}

/// The same, translated into the chosen language for playing; texts without a
/// translation stay in the scenario's language, with a warning.
pub fn load_localized(out: &mut Out, places: &Places, reference: &str) -> Result<Story, Reported> {
    let entry = checked(out, places, reference)?;
    let (story, missing) = entry
        .localized(&places.locales, &places.lang)
        .expect("checked as playable");
    if missing > 0 {
        let language = out.t("language-name");
        let title = entry
            .parsed
            .as_ref()
            .map(|(_, s)| s.title.clone())
            .unwrap_or_default();
        out.err(&out.tf(
            "play-missing-translation",
            &[
                ("count", missing.into()),
                ("scenario", title.into()),
                ("language", language.into()),
            ],
        ));
    }
    Ok(story)
}
