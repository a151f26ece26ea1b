//! `defuse report`: the manager's summary of the saved scorecards, in five formats.

use super::{Out, Places, Reported};
use defuse_core::i18n;
use defuse_core::load::Catalogue;
use defuse_core::report::{self, Filter, Report};
use defuse_core::scorecard::Reading;
use defuse_core::store::{Loaded, Store};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Html,
    Json,
    Xapi,
}

pub struct Options {
    pub filter: Filter,
    pub format: Format,
    pub output: Option<PathBuf>,
    pub xapi_base: String,
}

pub fn run(
    out: &mut Out,
    places: &Places,
    store: &Store,
    options: &Options,
) -> Result<ExitCode, Reported> {
    // Table, csv and html summarise: they never show a turn's texts.
    let reading = match options.format {
        Format::Table | Format::Csv | Format::Html => Reading::Summary,
        Format::Json | Format::Xapi => Reading::Whole,
    };
    let loaded = load_with_progress(out, store, reading)?;
    warn_skipped(out, &loaded);
    // The principle to work on, in the report's language; without a readable
    // catalogue the trainees' own turns still name theirs.
    let catalogue = Catalogue::read(&places.scenarios).unwrap_or_else(|_| Catalogue::unreadable());
    let catalogue = i18n::localize_catalogue(&catalogue, &places.locales, &places.lang);
    let zone = jiff::tz::TimeZone::system();
    let report = Report::new(
        &loaded.scorecards,
        &options.filter,
        &catalogue.principles,
        zone,
    );
    let text = match options.format {
        Format::Table => report::table::render(&out.texts, &report),
        Format::Csv => report::csv::render(&out.texts, &report)
            .map_err(|reason| out.err(&format!("error: {reason}")))?,
        Format::Html => report::html::render(&out.texts, &report, &loaded.skipped),
        Format::Json => report.to_json(&loaded.skipped),
        Format::Xapi => report::xapi::render(&report.cards, &options.xapi_base),
    };
    drop(report);
    // The process ends next: freeing 100,000 scorecards one by one would only delay it.
    std::mem::forget(loaded);
    match &options.output {
        None => {
            use std::io::Write;
            let _ = out.stdout.write_all(text.as_bytes());
            if !text.ends_with('\n') {
                let _ = out.stdout.write_all(b"\n");
            }
        }
        Some(file) => {
            defuse_core::store::write_atomically(file, text.as_bytes()).map_err(|reason| {
                out.err(&out.tf(
                    "error-report-write",
                    &[
                        ("file", file.display().to_string().into()),
                        ("reason", reason.into()),
                    ],
                ))
            })?;
            out.err(&out.tf(
                "report-written",
                &[("file", file.display().to_string().into())],
            ));
        }
    }
    Ok(ExitCode::SUCCESS)
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
    result.map_err(|reason| {
        out.err(&out.tf(
            "error-data-dir",
            &[
                ("dir", store.root.display().to_string().into()),
                ("reason", reason.into()),
            ],
        ))
    })
}

/// Every file that could not be read, by name; a long list ends with a count.
pub fn warn_skipped(out: &mut Out, loaded: &Loaded) {
    const NAMED: usize = 20;
    for skipped in loaded.skipped.iter().take(NAMED) {
        out.err(&out.tf(
            "report-skipped-file",
            &[
                ("file", skipped.path.display().to_string().into()),
                ("reason", skipped.reason.as_str().into()),
            ],
        ));
    }
    if loaded.skipped.len() > NAMED {
        out.err(&out.tf(
            "report-skipped-count",
            &[("count", loaded.skipped.len().into())],
        ));
    }
}

/// The data folder: as given (--data-dir or DEFUSE_DATA_DIR), else the platform's.
pub fn data_dir(given: Option<&Path>) -> PathBuf {
    if let Some(dir) = given {
        return dir.to_path_buf();
    }
    directories::ProjectDirs::from("", "", "defuse")
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from("defuse-data"))
}

/// `--since` and `--until`, for clap: a wrong date is a usage error.
pub fn parse_day(text: &str) -> Result<jiff::civil::Date, String> {
    report::parse_day(text)
}
