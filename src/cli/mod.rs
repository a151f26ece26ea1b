//! The `defuse` command line: a thin layer over `defuse-core`.

mod graph;
mod play;
mod report;
mod stats;
mod validate;

use clap::{Parser, Subcommand, ValueEnum};
use defuse_core::load::{Catalogue, PRINCIPLES_FILE, resolve};
use defuse_core::{Problem, Story};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub use report::{Out, Reported};

#[derive(Debug, Parser)]
#[command(
    name = "defuse",
    version,
    about = "A training simulator for calming angry customers",
    long_about = "A training simulator for calming angry customers.\n\nRun without a command to open the trainer window."
)]
pub struct Cli {
    /// The folder with the scenarios and principles.ron.
    #[arg(long, global = true, env = "DEFUSE_SCENARIOS", value_name = "DIR")]
    pub scenarios: Option<PathBuf>,

    /// Save a picture of the window to FILE once it has drawn, then quit (for CI and
    /// documentation).
    #[arg(long, value_name = "FILE", hide = true)]
    pub screenshot: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check scenarios and report every problem with its file, line and column.
    Validate {
        /// Scenario files or folders (default: the scenarios folder).
        paths: Vec<PathBuf>,
        /// One JSON object per problem, for tools.
        #[arg(long)]
        json: bool,
    },
    /// Play a scenario in the terminal.
    Play {
        /// A scenario id from the scenarios folder, or a path to a .ron file.
        scenario: String,
        /// Replies to choose, 1-based, e.g. 2,1,3 (otherwise asked for interactively).
        #[arg(long, value_delimiter = ',', value_name = "N,N,...")]
        choices: Option<Vec<usize>>,
        /// Seed for the random choice of the customer's line variants.
        #[arg(long)]
        seed: Option<u64>,
        /// Start at this node instead of the scenario's start (for playtesting).
        #[arg(long, value_name = "NODE")]
        from: Option<String>,
        /// Customer's mood to start with, -100 to 100 (default: the scenario's).
        #[arg(long, allow_negative_numbers = true)]
        mood: Option<i32>,
    },
    /// Print the scenario's shape: decisions, endings, paths and reachable scores.
    Stats {
        /// A scenario id or path.
        scenario: String,
        /// Machine-readable output.
        #[arg(long)]
        json: bool,
    },
    /// Write the conversation as a graph (Graphviz DOT or Mermaid).
    Graph {
        /// A scenario id or path.
        scenario: String,
        #[arg(long, value_enum, default_value_t = GraphFormatArg::Dot)]
        format: GraphFormatArg,
        /// Write to FILE instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum GraphFormatArg {
    Dot,
    Mermaid,
}

/// Exit codes: 0 fine, 1 a scenario or input problem, 2 a usage error (clap's own).
pub const EXIT_PROBLEM: u8 = 1;

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let scenarios = scenarios_dir(cli.scenarios.as_deref());
    let mut out = Out::stdio();
    let result = match cli.command {
        None => open_window(&scenarios, cli.screenshot),
        Some(Command::Validate { paths, json }) => {
            validate::run(&mut out, &scenarios, &paths, json)
        }
        Some(Command::Play {
            scenario,
            choices,
            seed,
            from,
            mood,
        }) => play::run(
            &mut out,
            &scenarios,
            &play::Options {
                scenario,
                choices,
                seed,
                from,
                mood,
            },
        ),
        Some(Command::Stats { scenario, json }) => {
            stats::run(&mut out, &scenarios, &scenario, json)
        }
        Some(Command::Graph {
            scenario,
            format,
            output,
        }) => graph::run(&mut out, &scenarios, &scenario, format, output.as_deref()),
    };
    match result {
        Ok(code) => code,
        Err(Reported) => ExitCode::from(EXIT_PROBLEM),
    }
}

#[cfg(feature = "gui")]
fn open_window(scenarios: &Path, screenshot: Option<PathBuf>) -> Result<ExitCode, Reported> {
    crate::app::run(crate::app::Launch {
        scenarios: scenarios.to_path_buf(),
        screenshot,
    });
    Ok(ExitCode::SUCCESS)
}

#[cfg(not(feature = "gui"))]
fn open_window(_: &Path, _: Option<PathBuf>) -> Result<ExitCode, Reported> {
    eprintln!(
        "error: this defuse was built without the trainer window (feature `gui`); use a command such as `defuse validate`, or see `defuse --help`"
    );
    Err(Reported)
}

/// The scenarios folder: as given, else `./scenarios`, else the one in the source tree
/// (so the binary finds the bundled scenarios when started from elsewhere in development).
pub fn scenarios_dir(given: Option<&Path>) -> PathBuf {
    if let Some(dir) = given {
        return dir.to_path_buf();
    }
    let local = PathBuf::from("scenarios");
    if local.is_dir() {
        return local;
    }
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    if bundled.is_dir() { bundled } else { local }
}

/// The principles a scenario file may refer to: those beside it, or else the scenarios
/// folder's.
pub fn catalogue_for(file: &Path, scenarios: &Path) -> Result<Catalogue, Vec<Problem>> {
    let beside = file
        .parent()
        .filter(|dir| dir.join(PRINCIPLES_FILE).is_file());
    Catalogue::read(beside.unwrap_or(scenarios))
}

/// Finds and loads a scenario for playing or analysis, reporting what stops it.
pub fn load(out: &mut Out, scenarios: &Path, reference: &str) -> Result<Story, Reported> {
    let path = resolve(reference, scenarios).map_err(|p| out.problems(&[p]))?;
    let catalogue = catalogue_for(&path, scenarios).map_err(|ps| out.problems(&ps))?;
    let checked = defuse_core::check_file(&path, &catalogue);
    match checked.story {
        Some(story) => Ok(story),
        None => {
            out.problems(&checked.problems);
            out.err(&format!(
                "error: {} cannot be played until these problems are fixed (run `defuse validate {}`)",
                path.display(),
                path.display()
            ));
            Err(Reported)
        }
    }
}
