//! The command line as clap reads it: every command, flag and environment variable, with
//! the checks a value gets before any command runs.

use super::{report, voice};
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

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

    /// Language of the interface and the scenarios: en, hu, pl or he (default: the
    /// system's language).
    #[arg(long, global = true, env = "DEFUSE_LANG", value_name = "LANG")]
    pub lang: Option<String>,

    /// The folder with the translations (default: `locales` beside the scenarios folder).
    #[arg(long, global = true, env = "DEFUSE_LOCALES", value_name = "DIR")]
    pub locales: Option<PathBuf>,

    /// The folder scorecards are saved in and read from (default: the platform's data
    /// folder, e.g. ~/.local/share/defuse). Point every machine at a shared folder to
    /// collect a team's results in one place.
    #[arg(long, global = true, env = "DEFUSE_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// The learning record store's xAPI endpoint, e.g. https://lrs.example.org/xAPI/
    /// (default: from lrs.toml in the platform's config folder).
    #[arg(long, global = true, env = "DEFUSE_LRS_ENDPOINT", value_name = "URL")]
    pub lrs_endpoint: Option<String>,

    /// The user name Defuse sends results to the LRS as.
    #[arg(long, global = true, env = "DEFUSE_LRS_USER", value_name = "NAME")]
    pub lrs_user: Option<String>,

    /// The LRS password (never printed: prefer the environment or lrs.toml).
    #[arg(
        long,
        global = true,
        env = "DEFUSE_LRS_PASSWORD",
        hide_env_values = true,
        value_name = "PASSWORD"
    )]
    pub lrs_password: Option<String>,

    /// Save a picture of the window to FILE once it has drawn, then quit (for CI and
    /// documentation).
    #[arg(long, value_name = "FILE", hide = true)]
    pub screenshot: Option<PathBuf>,

    /// The window's size in pixels, e.g. 1920x1080 (default 1280x720).
    #[arg(long, global = true, value_name = "WxH", value_parser = window_size)]
    pub window_size: Option<(u32, u32)>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check scenarios and report every problem with its file, line and column.
    Validate {
        /// Scenario ids, files or folders (default: the scenarios folder).
        paths: Vec<PathBuf>,
        /// One JSON object per problem, for tools.
        #[arg(long)]
        json: bool,
        /// Show how complete each translation is.
        #[arg(long)]
        coverage: bool,
    },
    /// Create or update the Fluent files translators work in, for the language given with
    /// --lang: new texts are added and marked, translations are kept, changed sources
    /// are flagged.
    Extract {
        /// Scenario ids or paths (default: every scenario and the shared principles).
        #[arg(value_name = "SCENARIO")]
        which: Vec<String>,
    },
    /// Play a scenario in the terminal.
    Play(PlayArgs),
    /// Summarise the saved scorecards: per trainee, per criterion, over time.
    Report(ReportArgs),
    /// Keep the roster straight: rename, merge, hide, show, e-mail or delete a trainee.
    Trainee {
        #[command(subcommand)]
        command: super::trainee::TraineeCommand,
    },
    /// Send every scorecard to the learning record store (xAPI); what does not land
    /// stays in the outbox for the next sync.
    Sync {
        /// Only say how many statements wait, the last success and the last error.
        #[arg(long)]
        status: bool,
        /// Statements per request, at most.
        #[arg(long, default_value_t = 500, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
        batch: u32,
        /// Keep retrying an LRS that is down for this many seconds before giving up.
        #[arg(long, default_value_t = 20, value_name = "SECONDS")]
        retry_for: u64,
    },
    /// Score a reply in your own words on the four criteria, with the words that earned
    /// or lost the points (in the language of --lang).
    Score(ScoreArgs),
    /// Start a new scenario in the scenarios folder from a commented template that
    /// validates and plays as it is.
    New {
        /// The new scenario's id (letters, digits, - and _), also its file name.
        id: String,
    },
    /// Every scenario in the folder: title, decisions, endings and how complete each
    /// translation is.
    List {
        /// Machine-readable output.
        #[arg(long)]
        json: bool,
    },
    /// Print the scenario's shape: decisions, endings, paths and reachable scores.
    Stats {
        /// A scenario id or path (with --principles it may be left out: every scenario).
        #[arg(required_unless_present = "principles")]
        scenario: Option<String>,
        /// Machine-readable output.
        #[arg(long)]
        json: bool,
        /// Which decisions teach each coaching principle (the principle of a best reply);
        /// exits 1 when one is taught nowhere.
        #[arg(long, conflicts_with = "json")]
        principles: bool,
    },
    /// Practise out loud: score how a take was said, and give the customer a voice.
    Voice {
        #[command(subcommand)]
        command: voice::VoiceCommand,
    },
    /// Write the conversation as a graph: Graphviz DOT, Mermaid, or one HTML page to pan,
    /// zoom and click through (with --data-dir: what trainees did).
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
    /// One self-contained page: pan, zoom, click a node, search; with --data-dir, what
    /// trainees did.
    Html,
}

/// `1920x1080` as (width, height); at least 640×480, so the layout has room.
pub(super) fn window_size(text: &str) -> Result<(u32, u32), String> {
    let (w, h) = text.split_once(['x', 'X']).ok_or_else(|| {
        format!("`{text}` is not a size; write it as WIDTHxHEIGHT, e.g. 1920x1080")
    })?;
    let parse = |v: &str| v.trim().parse::<u32>().ok().filter(|&n| n <= 16384);
    match (parse(w), parse(h)) {
        (Some(w), Some(h)) if w >= 640 && h >= 480 => Ok((w, h)),
        (Some(_), Some(_)) => Err(format!("{text} is too small: at least 640x480")),
        _ => Err(format!(
            "`{text}` is not a size; write it as WIDTHxHEIGHT, e.g. 1920x1080"
        )),
    }
}

/// A trainee's name as given on the command line: trimmed, not empty, no control
/// characters (it is shown in reports and becomes part of a file name).
pub(super) fn trainee_name(text: &str) -> Result<String, String> {
    let name = text.trim();
    if name.is_empty() {
        return Err("the trainee's name is empty".into());
    }
    if name.chars().any(char::is_control) {
        return Err("the trainee's name contains a control character".into());
    }
    Ok(name.to_owned())
}

/// `defuse play`: a scenario in the terminal or the window, typed, scripted or watched.
#[derive(Debug, clap::Args)]
pub struct PlayArgs {
    /// A scenario id from the scenarios folder, or a path to a .ron file.
    pub scenario: String,
    /// Replies to choose, 1-based, e.g. 2,1,3 (otherwise asked for interactively).
    #[arg(long, value_delimiter = ',', value_name = "N,N,...")]
    pub choices: Option<Vec<usize>>,
    /// One scripted reply, in order: a reply number or the trainee's own words, e.g.
    /// --reply 2 --reply "I'm sorry, I'll check it now." (instead of --choices).
    #[arg(long = "reply", value_name = "N|WORDS", conflicts_with = "choices")]
    pub replies: Vec<String>,
    /// Expert: the replies are never listed; every answer is in the trainee's own words.
    #[arg(long)]
    pub expert: bool,
    /// With --trainee: add the name as a new trainee even though it is close to someone
    /// already on the roster.
    #[arg(long, requires = "trainee")]
    pub new_trainee: bool,
    /// Seed for the order of the replies and the customer's line variants: the same
    /// seed replays a session (the scorecard keeps it).
    #[arg(long)]
    pub seed: Option<u64>,
    /// List the replies in the file's order instead of shuffling them (for trainers:
    /// `--choices` then counts in the file's order).
    #[arg(long)]
    pub in_file_order: bool,
    /// After playing, print the path taken as a playtest with this name, ready to
    /// paste into the scenario's `playtests`.
    #[arg(long, value_name = "NAME")]
    pub record_playtest: Option<String>,
    /// Start at this node instead of the scenario's start (for playtesting).
    #[arg(long, value_name = "NODE")]
    pub from: Option<String>,
    /// Customer's mood to start with, -100 to 100 (default: the scenario's).
    #[arg(long, allow_negative_numbers = true)]
    pub mood: Option<i32>,
    /// Play in the trainer window instead of the terminal.
    #[arg(long)]
    pub gui: bool,
    /// With --gui: live preview. When the scenario file or its translations change, the
    /// window reads it again and goes on at the same decision; problems are shown in
    /// the window until fixed. Preview sessions are not saved as scorecards.
    #[arg(long, requires = "gui")]
    pub watch: bool,
    /// With --watch and --screenshots: after the scripted replies, wait for N reloads
    /// and capture the screen after each.
    #[arg(long, value_name = "N", default_value_t = 0, requires = "watch")]
    pub reloads: usize,
    /// With --gui: voice practice from recorded takes instead of the microphone:
    /// DIR/baseline.wav is the calm baseline, then 1.wav, 2.wav, … are said in turn.
    #[arg(long, value_name = "DIR", requires = "gui")]
    pub voice_takes: Option<PathBuf>,
    /// With --gui: save a numbered PNG of every screen into DIR, then quit.
    #[arg(long, value_name = "DIR", requires = "gui")]
    pub screenshots: Option<PathBuf>,
    /// The trainee's name: the session is saved as their scorecard (in the window,
    /// the start screen is filled in with it).
    #[arg(long, value_name = "NAME", value_parser = trainee_name)]
    pub trainee: Option<String>,
}

impl PlayArgs {
    /// The scripted replies, in order (`--choices` or `--reply`), if any were given.
    pub fn answers(&self) -> Option<Vec<defuse_core::Answer>> {
        if self.replies.is_empty() {
            let choices = self.choices.as_ref()?;
            Some(
                choices
                    .iter()
                    .map(|&n| defuse_core::Answer::Number(n))
                    .collect(),
            )
        } else {
            Some(
                self.replies
                    .iter()
                    .map(|r| defuse_core::Answer::parse(r))
                    .collect(),
            )
        }
    }

    /// The order the replies are listed in.
    pub fn order(&self) -> defuse_core::ReplyOrder {
        defuse_core::ReplyOrder {
            seed: self.seed,
            in_file_order: self.in_file_order,
        }
    }

    /// Where the session starts: `--from` and `--mood`, the scenario's own otherwise.
    pub fn start_at(&self) -> defuse_core::StartAt {
        defuse_core::StartAt {
            node: self.from.clone(),
            mood: self.mood,
        }
    }
}

/// `defuse report`: which sessions, in which format, to where.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Only this trainee's sessions (the case of the name does not matter).
    #[arg(long, value_name = "NAME")]
    pub trainee: Option<String>,
    /// Only sessions of this scenario id.
    #[arg(long, value_name = "ID")]
    pub scenario: Option<String>,
    /// Only sessions that ended on this day or later.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = report::parse_day)]
    pub since: Option<jiff::civil::Date>,
    /// Only sessions that ended on this day or earlier.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = report::parse_day)]
    pub until: Option<jiff::civil::Date>,
    #[arg(long, value_enum, default_value_t = report::Format::Table)]
    pub format: report::Format,
    /// With `--format csv`: one row per decision answered rather than per session.
    #[arg(long)]
    pub per_decision: bool,
    /// Include the trainees hidden with `defuse trainee hide`.
    #[arg(long)]
    pub include_hidden: bool,
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The IRI under which xAPI activities, extensions and trainee accounts are named.
    #[arg(
        long,
        env = "DEFUSE_XAPI_BASE",
        value_name = "IRI",
        default_value = defuse_core::report::xapi::DEFAULT_BASE
    )]
    pub xapi_base: String,
}

impl ReportArgs {
    /// The sessions the report covers: a trainee found by any name they were typed as,
    /// and the hidden ones left out unless wanted.
    pub fn filter(&self, roster: &defuse_core::roster::Roster) -> defuse_core::report::Filter {
        defuse_core::report::Filter {
            trainee: self.trainee.as_ref().map(|name| {
                roster
                    .find(name)
                    .map(|p| p.name.clone())
                    .unwrap_or_else(|| name.clone())
            }),
            scenario: self.scenario.clone(),
            since: self.since,
            until: self.until,
            hidden: if self.include_hidden {
                Vec::new()
            } else {
                roster.hidden()
            },
        }
    }
}

/// `defuse score`: one reply scored, or the rubric measured against a labelled set.
#[derive(Debug, clap::Args)]
pub struct ScoreArgs {
    /// The reply, as a trainee would type it.
    pub reply: Option<String>,
    /// The customer's line the reply answers (for paraphrase and the name).
    #[arg(long, value_name = "TEXT", conflicts_with_all = ["scenario", "node"])]
    pub customer: Option<String>,
    /// Take the customer's line from this scenario's NODE (with --node).
    #[arg(long, value_name = "ID", requires = "node")]
    pub scenario: Option<String>,
    #[arg(long, value_name = "NODE", requires = "scenario")]
    pub node: Option<String>,
    /// What the customer said before that line, oldest first (repeat for each line):
    /// details picked up from earlier count, asking for them again is caught.
    #[arg(long, value_name = "TEXT")]
    pub customer_before: Vec<String>,
    /// What the trainee already replied, oldest first (repeat for each reply): saying it
    /// again is caught.
    #[arg(long, value_name = "TEXT")]
    pub reply_before: Vec<String>,
    /// Machine-readable output.
    #[arg(long)]
    pub json: bool,
    /// Measure the rubric against the labelled replies in DIR (tests/eval).
    #[arg(long, value_name = "DIR")]
    pub eval: Option<PathBuf>,
    /// With --eval: list the tuning part's disagreements (never the held-out part).
    #[arg(long, requires = "eval")]
    pub misses: bool,
}
