//! The `defuse` command line: a thin layer over `defuse-core`.

mod extract;
mod graph;
mod list;
mod new;
mod output;
mod play;
mod report;
mod score;
mod stats;
mod sync;
mod validate;
mod voice;

use clap::{Parser, Subcommand, ValueEnum};
use defuse_core::Story;
use defuse_core::i18n::{self, Texts};
use defuse_core::library::{Entry, Library};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use unic_langid::LanguageIdentifier;

pub use output::{Out, Reported};

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
    Play {
        /// A scenario id from the scenarios folder, or a path to a .ron file.
        scenario: String,
        /// Replies to choose, 1-based, e.g. 2,1,3 (otherwise asked for interactively).
        #[arg(long, value_delimiter = ',', value_name = "N,N,...")]
        choices: Option<Vec<usize>>,
        /// One scripted reply, in order: a reply number or the trainee's own words, e.g.
        /// --reply 2 --reply "I'm sorry, I'll check it now." (instead of --choices).
        #[arg(long = "reply", value_name = "N|WORDS", conflicts_with = "choices")]
        replies: Vec<String>,
        /// Expert: the replies are never listed; every answer is in the trainee's own words.
        #[arg(long)]
        expert: bool,
        /// Seed for the order of the replies and the customer's line variants: the same
        /// seed replays a session (the scorecard keeps it).
        #[arg(long)]
        seed: Option<u64>,
        /// List the replies in the file's order instead of shuffling them (for trainers:
        /// `--choices` then counts in the file's order).
        #[arg(long)]
        in_file_order: bool,
        /// After playing, print the path taken as a playtest with this name, ready to
        /// paste into the scenario's `playtests`.
        #[arg(long, value_name = "NAME")]
        record_playtest: Option<String>,
        /// Start at this node instead of the scenario's start (for playtesting).
        #[arg(long, value_name = "NODE")]
        from: Option<String>,
        /// Customer's mood to start with, -100 to 100 (default: the scenario's).
        #[arg(long, allow_negative_numbers = true)]
        mood: Option<i32>,
        /// Play in the trainer window instead of the terminal.
        #[arg(long)]
        gui: bool,
        /// With --gui: live preview. When the scenario file or its translations change, the
        /// window reads it again and goes on at the same decision; problems are shown in
        /// the window until fixed. Preview sessions are not saved as scorecards.
        #[arg(long, requires = "gui")]
        watch: bool,
        /// With --watch and --screenshots: after the scripted replies, wait for N reloads
        /// and capture the screen after each.
        #[arg(long, value_name = "N", default_value_t = 0, requires = "watch")]
        reloads: usize,
        /// With --gui: voice practice from recorded takes instead of the microphone:
        /// DIR/baseline.wav is the calm baseline, then 1.wav, 2.wav, … are said in turn.
        #[arg(long, value_name = "DIR", requires = "gui")]
        voice_takes: Option<PathBuf>,
        /// With --gui: save a numbered PNG of every screen into DIR, then quit.
        #[arg(long, value_name = "DIR", requires = "gui")]
        screenshots: Option<PathBuf>,
        /// The trainee's name: the session is saved as their scorecard (in the window,
        /// the start screen is filled in with it).
        #[arg(long, value_name = "NAME", value_parser = trainee_name)]
        trainee: Option<String>,
    },
    /// Summarise the saved scorecards: per trainee, per criterion, over time.
    Report {
        /// Only this trainee's sessions (the case of the name does not matter).
        #[arg(long, value_name = "NAME")]
        trainee: Option<String>,
        /// Only sessions of this scenario id.
        #[arg(long, value_name = "ID")]
        scenario: Option<String>,
        /// Only sessions that ended on this day or later.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = report::parse_day)]
        since: Option<jiff::civil::Date>,
        /// Only sessions that ended on this day or earlier.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = report::parse_day)]
        until: Option<jiff::civil::Date>,
        #[arg(long, value_enum, default_value_t = report::Format::Table)]
        format: report::Format,
        /// Write to FILE instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// The IRI under which xAPI activities, extensions and trainee accounts are named.
        #[arg(
            long,
            env = "DEFUSE_XAPI_BASE",
            value_name = "IRI",
            default_value = defuse_core::report::xapi::DEFAULT_BASE
        )]
        xapi_base: String,
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
    Score {
        /// The reply, as a trainee would type it.
        reply: Option<String>,
        /// The customer's line the reply answers (for paraphrase and the name).
        #[arg(long, value_name = "TEXT", conflicts_with_all = ["scenario", "node"])]
        customer: Option<String>,
        /// Take the customer's line from this scenario's NODE (with --node).
        #[arg(long, value_name = "ID", requires = "node")]
        scenario: Option<String>,
        #[arg(long, value_name = "NODE", requires = "scenario")]
        node: Option<String>,
        /// Machine-readable output.
        #[arg(long)]
        json: bool,
        /// Measure the rubric against the labelled replies in DIR (tests/eval).
        #[arg(long, value_name = "DIR")]
        eval: Option<PathBuf>,
        /// With --eval: list the tuning part's disagreements (never the held-out part).
        #[arg(long, requires = "eval")]
        misses: bool,
    },
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
fn window_size(text: &str) -> Result<(u32, u32), String> {
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
fn trainee_name(text: &str) -> Result<String, String> {
    let name = text.trim();
    if name.is_empty() {
        return Err("the trainee's name is empty".into());
    }
    if name.chars().any(char::is_control) {
        return Err("the trainee's name contains a control character".into());
    }
    Ok(name.to_owned())
}

/// Exit codes: 0 fine, 1 a scenario or input problem, 2 a usage error (clap's own).
pub const EXIT_PROBLEM: u8 = 1;

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let scenarios = scenarios_dir(cli.scenarios.as_deref());
    let locales = locales_dir(cli.locales.as_deref(), &scenarios);
    let lang = chosen_language(cli.lang.as_deref());
    i18n::set_diagnostics_language(&lang);
    let mut out = Out::stdio(Texts::new(&lang));
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
            let mut out = Out::stdio(Texts::new(&interface));
            extract::run(&mut out, &places, &which)
        }
        Some(Command::Play {
            scenario,
            choices,
            replies,
            expert,
            gui: true,
            screenshots,
            trainee,
            seed,
            in_file_order,
            watch,
            reloads,
            voice_takes,
            ..
        }) => play_in_window(
            &places,
            scenario,
            Window {
                choices: answers(choices, replies),
                expert,
                screenshots,
                trainee,
                shuffle: defuse_core::ReplyOrder {
                    seed,
                    in_file_order,
                },
                watch,
                reloads,
                voice_takes,
            },
        ),
        Some(Command::Play {
            scenario,
            choices,
            replies,
            expert,
            seed,
            in_file_order,
            record_playtest,
            from,
            mood,
            trainee,
            ..
        }) => play::run(
            &mut out,
            &places,
            &play::Options {
                scenario,
                choices: answers(choices, replies),
                expert,
                seed,
                in_file_order,
                record_playtest,
                from,
                mood,
                trainee,
            },
        ),
        Some(Command::Report {
            trainee,
            scenario,
            since,
            until,
            format,
            output,
            xapi_base,
        }) => {
            let store = defuse_core::store::Store::new(&places.data);
            let options = report::Options {
                filter: defuse_core::report::Filter {
                    trainee,
                    scenario,
                    since,
                    until,
                },
                format,
                output,
                xapi_base,
            };
            report::run(&mut out, &places, &store, &options)
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
        Some(Command::Score {
            reply,
            customer,
            scenario,
            node,
            json,
            eval,
            misses,
        }) => score::run(
            &mut out,
            &places,
            &score::Options {
                reply,
                customer,
                scenario,
                node,
                json,
                eval,
                misses,
            },
        ),
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

#[cfg(feature = "gui")]
fn open_window(places: &Places, screenshot: Option<PathBuf>) -> Result<ExitCode, Reported> {
    let script = screenshot.map(|file| crate::app::Script {
        dir: file,
        single: true,
        trainee: Some("Trainee".to_owned()),
        ..Default::default()
    });
    launch(
        places,
        script,
        false,
        defuse_core::ReplyOrder::default(),
        None,
        None,
        None,
    )
}

/// How `play --gui` runs the window (read only where the window is built).
#[cfg_attr(not(feature = "gui"), allow(dead_code))]
pub struct Window {
    choices: Option<Vec<defuse_core::Answer>>,
    expert: bool,
    screenshots: Option<PathBuf>,
    trainee: Option<String>,
    shuffle: defuse_core::ReplyOrder,
    watch: bool,
    reloads: usize,
    voice_takes: Option<PathBuf>,
}

#[cfg(feature = "gui")]
fn launch(
    places: &Places,
    script: Option<crate::app::Script>,
    expert: bool,
    shuffle: defuse_core::ReplyOrder,
    watch: Option<PathBuf>,
    open: Option<String>,
    voice_takes: Option<PathBuf>,
) -> Result<ExitCode, Reported> {
    // Scripted runs leave the trainee's remembered settings alone.
    let config = if script.is_some() {
        None
    } else {
        crate::app::trainee::config_dir().map(|d| d.join(crate::app::trainee::FILE_NAME))
    };
    let ok = crate::app::run(crate::app::Launch {
        scenarios: places.scenarios.clone(),
        locales: places.locales.clone(),
        lang: places.lang.clone(),
        lang_given: places.lang_given,
        config,
        script,
        // A live preview is a trainer's playtest, not a trainee's session.
        data: watch.is_none().then(|| places.data.clone()),
        window: places.window,
        expert,
        shuffle,
        watch,
        open,
        voice_takes,
        lrs: match &places.lrs {
            Ok(config) => config.clone(),
            Err(reason) => {
                // The window works without the LRS; the command line says what is wrong.
                eprintln!("warning: results are not sent to the LRS: {reason}");
                None
            }
        },
    });
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_PROBLEM)
    })
}

/// `defuse play SCENARIO --gui [--choices ...] [--screenshots DIR]`.
#[cfg(feature = "gui")]
fn play_in_window(places: &Places, scenario: String, window: Window) -> Result<ExitCode, Reported> {
    let mut out = Out::stdio(Texts::new(&places.lang));
    // The window plays scenarios by id; check it exists and is playable first.
    let story = load(&mut out, places, &scenario)?;
    let script = window.screenshots.map(|dir| crate::app::Script {
        dir,
        single: false,
        scenario: Some(story.scenario.id.clone()),
        choices: window.choices.unwrap_or_default(),
        trainee: window.trainee.clone(),
        reloads: window.reloads,
        voice: window.voice_takes.is_some(),
    });
    if let Some(dir) = &window.voice_takes {
        let baseline = dir.join("baseline.wav");
        if let Err(e) = defuse_core::voice::Take::read_wav(&baseline) {
            return Err(
                out.err(&out.tf("voice-takes-no-baseline", &[("why", e.to_string().into())]))
            );
        }
    }
    let watch = window.watch.then(|| story.source.path.clone());
    if watch.is_some() {
        out.line(&out.tf(
            "watch-watching",
            &[("file", story.source.path.display().to_string().into())],
        ));
    }
    if let Some(script) = &script
        && let Err(err) = std::fs::create_dir_all(&script.dir)
    {
        return Err(out.err(&format!(
            "error: cannot create {}: {err}",
            script.dir.display()
        )));
    }
    // `play ID --gui`: straight into that scenario once the trainee has given a name.
    let open = Some(story.scenario.id.clone());
    launch(
        places,
        script,
        window.expert,
        window.shuffle,
        watch,
        open,
        window.voice_takes,
    )
}

#[cfg(not(feature = "gui"))]
fn play_in_window(_: &Places, _: String, _: Window) -> Result<ExitCode, Reported> {
    open_window_missing()
}

/// The scripted replies of `--choices` or of `--reply`, if any.
fn answers(choices: Option<Vec<usize>>, replies: Vec<String>) -> Option<Vec<defuse_core::Answer>> {
    if replies.is_empty() {
        choices.map(|c| c.into_iter().map(defuse_core::Answer::Number).collect())
    } else {
        Some(
            replies
                .iter()
                .map(|r| defuse_core::Answer::parse(r))
                .collect(),
        )
    }
}

#[cfg(not(feature = "gui"))]
fn open_window(_: &Places, _: Option<PathBuf>) -> Result<ExitCode, Reported> {
    open_window_missing()
}

#[cfg(not(feature = "gui"))]
fn open_window_missing() -> Result<ExitCode, Reported> {
    eprintln!(
        "error: this defuse was built without the trainer window (feature `gui`); use a command such as `defuse validate`, or see `defuse --help`"
    );
    Err(Reported)
}

/// The scenarios folder: as given, else found as `crate::bundled::find` says (the
/// current folder, beside the executable, the platform's data folder, the bundle).
pub fn scenarios_dir(given: Option<&Path>) -> PathBuf {
    match given {
        Some(dir) => dir.to_path_buf(),
        None => crate::bundled::find("scenarios"),
    }
}

/// Where the scenarios and translations are, and the language chosen.
pub struct Places {
    pub scenarios: PathBuf,
    pub locales: PathBuf,
    pub lang: LanguageIdentifier,
    /// The language came from --lang (or DEFUSE_LANG), not from the system.
    pub lang_given: bool,
    /// The data folder: scorecards live in its `scorecards/` folder.
    pub data: PathBuf,
    /// The window's size in pixels.
    pub window: (u32, u32),
    /// The learning record store, if one is configured (or why its settings are wrong).
    pub lrs: Result<Option<defuse_core::lrs::Config>, String>,
}

/// The translations folder: as given, else `locales` beside the scenarios folder, else
/// found as the scenarios are.
pub fn locales_dir(given: Option<&Path>, scenarios: &Path) -> PathBuf {
    if let Some(dir) = given {
        return dir.to_path_buf();
    }
    let beside = scenarios
        .parent()
        .map(|p| p.join("locales"))
        .filter(|p| p.is_dir());
    beside.unwrap_or_else(|| crate::bundled::find("locales"))
}

/// The language asked for with --lang, else the system's, negotiated against the
/// shipped ones (English when nothing matches).
pub fn chosen_language(given: Option<&str>) -> LanguageIdentifier {
    let requested: Vec<String> = match given {
        Some(tag) => vec![tag.to_owned()],
        None => sys_locale::get_locales().collect(),
    };
    i18n::negotiate(&requested)
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
