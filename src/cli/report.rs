//! `defuse report`: the manager's summary of the saved scorecards, in five formats.

use super::{Out, Places, Reported};
use defuse_core::Catalogue;
use defuse_core::i18n;
use defuse_core::i18n::Texts;
use defuse_core::report::{self, Report};
use defuse_core::roster::Roster;
use defuse_core::scorecard::Reading;
use defuse_core::store::{Loaded, Store, Unreadable};
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Html,
    Json,
    Xapi,
}

/// What `defuse report` was asked for.
pub type Options = super::ReportArgs;

pub fn run(
    out: &mut Out,
    places: &Places,
    store: &Store,
    options: &Options,
) -> Result<ExitCode, Reported> {
    if options.per_decision && options.format != Format::Csv {
        return Err(out.err(&out.t("error-per-decision-csv")));
    }
    let roster = read_roster(out, store);
    if options.format == Format::Xapi {
        return xapi(out, places, store, options, &roster);
    }
    // The cards are read for a summary (the filter, the order, the trainees); json then
    // reads the kept ones again whole, as it writes them.
    let mut loaded = load_with_progress(out, store, Reading::Summary)?;
    warn_skipped(out, &loaded.skipped);
    roster.name_all(&mut loaded.scorecards);
    check_filter(out, places, options, &loaded, &roster)?;
    // The principle to work on, in the report's language; without a readable
    // catalogue the trainees' own turns still name theirs.
    let catalogue = Catalogue::read(&places.scenarios).unwrap_or_else(|_| Catalogue::unreadable());
    let catalogue = i18n::localize::localize_catalogue(&catalogue, &places.locales, &places.lang);
    let zone = jiff::tz::TimeZone::system();
    let report = Report::new(
        &loaded.scorecards,
        &options.filter(&roster),
        &catalogue.principles,
        zone,
    );
    let result = emit(out, options, |to, texts| {
        write(to, options, texts, &report, &loaded, &roster)
    });
    // The process ends next: freeing 100,000 scorecards one by one would only delay it.
    drop(report);
    std::mem::forget(loaded);
    result
}

/// `--format xapi`: only what the filter and the order need is read first; then each
/// kept card is read whole and written out, a batch at a time on every core.
fn xapi(
    out: &mut Out,
    places: &Places,
    store: &Store,
    options: &Options,
    roster: &Roster,
) -> Result<ExitCode, Reported> {
    let files = store
        .files()
        .map_err(|reason| data_dir_error(out, store, reason))?;
    let bar = super::output::progress_bar(out.t("report-reading"));
    let zone = jiff::tz::TimeZone::system();
    let filter = options.filter(roster);
    let (kept, skipped) = report::stream::index(&files, &filter, roster, &zone, |done, all| {
        if let Some(bar) = &bar {
            bar.set_length(all as u64);
            bar.set_position(done as u64);
        }
    });
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    warn_skipped(out, &skipped);
    if kept.is_empty() && (options.trainee.is_some() || options.scenario.is_some()) {
        // Nothing kept: a typo in the filter is likelier than no sessions.
        let mut loaded = load_with_progress(out, store, Reading::Summary)?;
        roster.name_all(&mut loaded.scorecards);
        check_filter(out, places, options, &loaded, roster)?;
    }
    emit(out, options, |to, _| {
        report::stream::write_xapi(to, &kept, &options.xapi_base, roster)
    })
}

/// Writes a report to standard output or crash-safely to `--output`, then names the files
/// that could not be read while writing and where the report went.
fn emit(
    out: &mut Out,
    options: &Options,
    write: impl FnOnce(&mut dyn std::io::Write, &Texts) -> std::io::Result<Vec<Unreadable>>,
) -> Result<ExitCode, Reported> {
    let written = match &options.output {
        None => {
            let mut stdout = LastByte {
                to: std::io::BufWriter::with_capacity(1 << 20, &mut out.stdout),
                last: None,
            };
            write(&mut stdout, &out.texts)
                .and_then(|late| {
                    use std::io::Write;
                    // A terminal's prompt starts on a line of its own.
                    if stdout.last != Some(b'\n') {
                        stdout.write_all(b"\n")?;
                    }
                    stdout.flush()?;
                    Ok(late)
                })
                .map_err(|e| e.to_string())
        }
        Some(file) => defuse_core::store::AtomicFile::create(file).and_then(|mut atomic| {
            let late = write(&mut atomic, &out.texts)
                .map_err(|e| format!("cannot write {}: {e}", file.display()))?;
            atomic.commit()?;
            Ok(late)
        }),
    };
    let late = written.map_err(|reason| match &options.output {
        Some(file) => out.err(&out.tf(
            "error-report-write",
            &[
                ("file", file.display().to_string().into()),
                ("reason", reason.into()),
            ],
        )),
        None => out.err(&format!("error: {reason}")),
    })?;
    warn_skipped(out, &late);
    if let Some(file) = &options.output {
        out.err(&out.tf(
            "report-written",
            &[("file", file.display().to_string().into())],
        ));
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes the report in its format; json and xapi as they read. Returns the files that
/// could no longer be read the second time.
fn write(
    to: &mut dyn std::io::Write,
    options: &Options,
    texts: &defuse_core::i18n::Texts,
    report: &Report,
    loaded: &Loaded,
    roster: &Roster,
) -> std::io::Result<Vec<defuse_core::store::Unreadable>> {
    let text = match options.format {
        Format::Table => report::table::render(texts, report),
        Format::Csv if options.per_decision => {
            report::csv::render_decisions(texts, report).map_err(std::io::Error::other)?
        }
        Format::Csv => report::csv::render(texts, report).map_err(std::io::Error::other)?,
        Format::Html => report::html::render(texts, report, &loaded.skipped),
        Format::Json => {
            let files = report::stream::files(report, &loaded.paths);
            return report::stream::write_json(to, report, &files, &loaded.skipped, roster);
        }
        Format::Xapi => {
            let files = report::stream::files(report, &loaded.paths);
            return report::stream::write_xapi(to, &files, &options.xapi_base, roster);
        }
    };
    to.write_all(text.as_bytes())?;
    Ok(Vec::new())
}

/// `--trainee` or `--scenario` that matches nothing: said, with the nearest there is.
fn check_filter(
    out: &mut Out,
    places: &Places,
    options: &Options,
    loaded: &Loaded,
    roster: &Roster,
) -> Result<(), Reported> {
    if options.trainee.is_none() && options.scenario.is_none() {
        return Ok(());
    }
    // The scenarios are read only to check a scenario id.
    let library = options
        .scenario
        .as_ref()
        .map(|_| defuse_core::library::Library::read(&places.scenarios));
    let known: Vec<String> = library
        .iter()
        .flat_map(|l| l.playable().map(|e| e.id()))
        .collect();
    let unknown = report::suggest::check(
        &options.filter(roster),
        loaded.scorecards.iter().map(|c| c.trainee.as_str()),
        known
            .iter()
            .map(String::as_str)
            .chain(loaded.scorecards.iter().map(|c| c.scenario.id.as_str())),
    );
    use report::suggest::Unknown;
    let (key, given, nearest) = match unknown {
        None => return Ok(()),
        Some(Unknown::Trainee { given, nearest }) => ("error-unknown-trainee", given, nearest),
        Some(Unknown::Scenario { given, nearest }) => ("error-unknown-scenario", given, nearest),
    };
    let mut message = out.tf(key, &[("given", given.into())]);
    if let Some(nearest) = nearest {
        message.push(' ');
        message.push_str(&out.tf("error-did-you-mean", &[("nearest", nearest.into())]));
    }
    Err(out.err(&message))
}

/// The data folder's roster; a damaged one is named and the report goes on with the names
/// as typed (the file is left as it is).
pub fn read_roster(out: &mut Out, store: &Store) -> Roster {
    Roster::read(store).unwrap_or_else(|reason| {
        out.err(&out.tf("warning-roster", &[("reason", reason.into())]));
        Roster::default()
    })
}

/// A writer that remembers the last byte written.
struct LastByte<W> {
    to: W,
    last: Option<u8>,
}

impl<W: std::io::Write> std::io::Write for LastByte<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.to.write(buf)?;
        if n > 0 {
            self.last = Some(buf[n - 1]);
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.to.flush()
    }
}

/// Reads the store, with a progress bar on a terminal and silence when piped.
pub fn load_with_progress(
    out: &mut Out,
    store: &Store,
    reading: Reading,
) -> Result<Loaded, Reported> {
    let bar = super::output::progress_bar(out.t("report-reading"));
    let result = store.load_as(reading, |done, total| {
        if let Some(bar) = &bar {
            bar.set_length(total as u64);
            bar.set_position(done as u64);
        }
    });
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    result.map_err(|reason| data_dir_error(out, store, reason))
}

fn data_dir_error(out: &mut Out, store: &Store, reason: String) -> Reported {
    out.err(&out.tf(
        "error-data-dir",
        &[
            ("dir", store.root.display().to_string().into()),
            ("reason", reason.into()),
        ],
    ))
}

/// Every file that could not be read, by name; a long list ends with a count.
pub fn warn_skipped(out: &mut Out, skipped: &[Unreadable]) {
    const NAMED: usize = 20;
    for skipped in skipped.iter().take(NAMED) {
        out.err(&out.tf(
            "report-skipped-file",
            &[
                ("file", skipped.path.display().to_string().into()),
                ("reason", skipped.reason.as_str().into()),
            ],
        ));
    }
    if skipped.len() > NAMED {
        out.err(&out.tf("report-skipped-count", &[("count", skipped.len().into())]));
    }
}

/// `--since` and `--until`, for clap: a wrong date is a usage error.
pub fn parse_day(text: &str) -> Result<jiff::civil::Date, String> {
    report::parse_day(text)
}
