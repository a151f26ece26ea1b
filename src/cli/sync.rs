//! `defuse sync`: send every scorecard to the learning record store, and `--status`.

use super::{Out, Places, Reported};
use defuse_core::lrs::{self, Config, Outbox};
use defuse_core::report;
use defuse_core::store::Store;
use std::process::ExitCode;

pub struct Options {
    pub status: bool,
    pub sync: lrs::Options,
}

pub fn run(out: &mut Out, places: &Places, options: &Options) -> Result<ExitCode, Reported> {
    let store = Store::new(&places.data);
    let config = configured(out, places)?;
    if options.status {
        return status(out, &store, config.as_ref());
    }
    let Some(config) = config else {
        return Err(not_configured(out));
    };
    let bar = super::output::progress_bar(out.t("sync-sending"));
    let result = lrs::sync(&store, &config, &options.sync, |sent, total| {
        if let Some(bar) = &bar {
            bar.set_length(total as u64);
            bar.set_position(sent as u64);
        }
    });
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let synced = result.map_err(|reason| {
        out.err(&out.tf(
            "error-data-dir",
            &[
                ("dir", places.data.display().to_string().into()),
                ("reason", reason.into()),
            ],
        ))
    })?;
    for skipped in &synced.unreadable {
        out.err(&out.tf(
            "report-skipped-file",
            &[
                ("file", skipped.path.display().to_string().into()),
                ("reason", skipped.reason.as_str().into()),
            ],
        ));
    }
    for damaged in &synced.damaged {
        out.err(&out.tf(
            "sync-damaged",
            &[
                ("file", damaged.path.display().to_string().into()),
                ("reason", damaged.reason.as_str().into()),
            ],
        ));
    }
    for (file, err) in &synced.rejected {
        out.err(&out.tf(
            "sync-rejected",
            &[
                ("file", file.display().to_string().into()),
                ("error", lrs::describe(&out.texts, err).into()),
            ],
        ));
    }
    if synced.queued > 0 {
        out.line(&out.tf("sync-queued", &[("count", synced.queued.into())]));
    }
    let endpoint = config.shown_endpoint();
    if synced.statements_sent > 0 {
        let seconds = synced.elapsed.as_secs_f64();
        out.line(&out.tf(
            "sync-sent",
            &[
                ("statements", synced.statements_sent.into()),
                ("files", synced.files_sent.into()),
                ("endpoint", endpoint.as_str().into()),
                ("seconds", format!("{seconds:.1}").into()),
                (
                    "rate",
                    format!("{:.0}", synced.statements_sent as f64 / seconds.max(1e-3)).into(),
                ),
            ],
        ));
    }
    let outbox = Outbox::new(&store);
    if let Some(err) = &synced.stopped {
        out.err(&out.tf(
            "sync-stopped",
            &[
                ("error", lrs::describe(&out.texts, err).into()),
                ("statements", synced.waiting_statements.into()),
                ("files", synced.waiting_files.into()),
                ("dir", outbox.dir.display().to_string().into()),
            ],
        ));
        if matches!(err, lrs::SendError::Credentials { .. }) {
            out.err(&out.tf("sync-credentials-hint", &[("file", config_name().into())]));
        }
        return Ok(ExitCode::from(super::EXIT_PROBLEM));
    }
    if synced.waiting_files == 0 {
        out.line(&out.tf("sync-all-sent", &[("endpoint", endpoint.as_str().into())]));
    } else {
        out.line(&out.tf(
            "sync-waiting",
            &[
                ("statements", synced.waiting_statements.into()),
                ("files", synced.waiting_files.into()),
                ("dir", outbox.dir.display().to_string().into()),
            ],
        ));
    }
    let clean = synced.rejected.is_empty() && synced.damaged.is_empty();
    Ok(if clean {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(super::EXIT_PROBLEM)
    })
}

/// `defuse sync --status`: what waits, the last success and the last error.
fn status(out: &mut Out, store: &Store, config: Option<&Config>) -> Result<ExitCode, Reported> {
    match config {
        Some(c) => out.line(&out.tf(
            "sync-status-endpoint",
            &[
                ("endpoint", c.shown_endpoint().into()),
                ("user", c.user.as_str().into()),
            ],
        )),
        None => out.line(&out.t("sync-status-not-configured")),
    }
    let outbox = Outbox::new(store);
    let (files, statements) = outbox.waiting().map_err(|reason| {
        out.err(&out.tf(
            "error-data-dir",
            &[
                ("dir", store.root.display().to_string().into()),
                ("reason", reason.into()),
            ],
        ))
    })?;
    out.line(&out.tf(
        "sync-status-waiting",
        &[("statements", statements.into()), ("files", files.into())],
    ));
    let state = outbox.status();
    let zone = jiff::tz::TimeZone::system();
    let when = |texts: &defuse_core::i18n::Texts, at| report::date_time(texts, at, &zone);
    let line = match state.last_success {
        Some(at) => out.tf(
            "sync-status-success",
            &[
                ("when", when(&out.texts, at).into()),
                ("statements", state.last_sent.into()),
            ],
        ),
        None => out.t("sync-status-never"),
    };
    out.line(&line);
    let line = match (&state.last_error, state.last_attempt) {
        (Some(err), at) => out.tf(
            "sync-status-error",
            &[
                (
                    "when",
                    at.map(|at| when(&out.texts, at)).unwrap_or_default().into(),
                ),
                ("error", lrs::describe(&out.texts, err).into()),
            ],
        ),
        (None, _) => out.t("sync-status-no-error"),
    };
    out.line(&line);
    if let Some(next) = state.next_attempt.filter(|_| state.last_error.is_some()) {
        out.line(&out.tf(
            "sync-status-next",
            &[("when", when(&out.texts, next).into())],
        ));
    }
    Ok(ExitCode::SUCCESS)
}

/// The LRS settings, or the message that says what is wrong with them.
pub fn configured(out: &mut Out, places: &Places) -> Result<Option<Config>, Reported> {
    places
        .lrs
        .clone()
        .map_err(|reason| out.err(&out.tf("error-lrs-config", &[("reason", reason.into())])))
}

fn not_configured(out: &mut Out) -> Reported {
    out.err(&out.tf("sync-not-configured", &[("file", config_name().into())]))
}

fn config_name() -> String {
    lrs::config_file()
        .map(|f| f.display().to_string())
        .unwrap_or_else(|| "lrs.toml".to_owned())
}

/// Reads the config file and lays the flags over it.
pub fn resolve(
    endpoint: Option<String>,
    user: Option<String>,
    password: Option<String>,
) -> Result<Option<Config>, String> {
    let file = lrs::config_file();
    let settings = match &file {
        Some(path) => lrs::FileConfig::read(path)?,
        None => None,
    };
    Config::resolve(settings, file.as_deref(), endpoint, user, password)
}
