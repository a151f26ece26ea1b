//! `defuse sync` and the window's background sync against a real LRS (Ralph).

use crate::common::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The Python that has Ralph (`DEFUSE_TEST_RALPH_PYTHON`, which .ci/run sets), else
/// `python3` if it can import Ralph; `None` (with a note) on a machine without it.
fn ralph_python() -> Option<PathBuf> {
    let python = std::env::var_os("DEFUSE_TEST_RALPH_PYTHON")
        .map(PathBuf::from)
        .or_else(|| which("python3"))?;
    let ok = Command::new(&python)
        .args(["-c", "import ralph.backends.lrs.fs, uvicorn"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install Ralph (see .ci/run)"
        );
        eprintln!(
            "skipped: Ralph not found; .ci/run installs it (pip install \"ralph-malph[backend-lrs,lrs,cli]\") and runs this test"
        );
        return None;
    }
    Some(python)
}

const LRS_USER: &str = "defuse";

const LRS_PASSWORD: &str = "s3cret-Pa55";

/// One Ralph LRS; stopped when dropped.
struct Ralph {
    python: PathBuf,
    dir: tempfile::TempDir,
    port: u16,
    child: Option<std::process::Child>,
}

impl Ralph {
    fn start() -> Option<Ralph> {
        let python = ralph_python()?;
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("data")).unwrap();
        // `ralph auth ... -w` writes the user into RALPH_APP_DIR/auth.json.
        let auth = Command::new(&python)
            .args(["-m", "ralph", "auth", "-u", LRS_USER, "-p", LRS_PASSWORD])
            .args(["-s", "all", "-M", "mailto:defuse@example.org", "-w"])
            .env("RALPH_APP_DIR", dir.path().join("app"))
            .env("RALPH_RUNSERVER_BACKEND", "fs")
            .output()
            .unwrap();
        assert!(auth.status.success(), "ralph auth: {}", stderr(&auth));
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut ralph = Ralph {
            python,
            dir,
            port,
            child: None,
        };
        ralph.resume();
        Some(ralph)
    }

    fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}/xAPI/", self.port)
    }

    /// Starts the server (again, with the same data) and waits until it answers.
    fn resume(&mut self) {
        // Killed mid-write, Ralph's file backend leaves half a line that it then fails to
        // read on every request (HTTP 500 for good). A real LRS recovers its journal on
        // restart; do that for it: the half-written statement was never confirmed, so the
        // sync sends it again.
        if let Ok(files) = std::fs::read_dir(self.dir.path().join("data")) {
            for file in files.flatten().map(|f| f.path()) {
                if let Ok(text) = std::fs::read(&file)
                    && !text.is_empty()
                    && text.last() != Some(&b'\n')
                {
                    let whole = text.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
                    let _ = std::fs::write(&file, &text[..whole]);
                }
            }
        }
        // Ralph rewrites its whole history file (a log of its own reads, not statements)
        // on every request; killed mid-write it is half a JSON document, and every request
        // after fails. Start the restarted server without it.
        let history = self.dir.path().join("app/history.json");
        if std::fs::read(&history)
            .is_ok_and(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).is_err())
        {
            let _ = std::fs::remove_file(&history);
        }
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lrs/ralph_lrs.py");
        let log = std::fs::File::create(self.dir.path().join("server.log")).unwrap();
        let child = Command::new(&self.python)
            .arg(script)
            .args(["127.0.0.1", &self.port.to_string()])
            .arg(self.dir.path().join("data"))
            .env("RALPH_APP_DIR", self.dir.path().join("app"))
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .unwrap();
        self.child = Some(child);
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "Ralph did not start: {}",
                std::fs::read_to_string(self.dir.path().join("server.log")).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// What the server wrote, to explain a failure.
    fn log(&self) -> String {
        let log = std::fs::read_to_string(self.dir.path().join("server.log")).unwrap_or_default();
        let tail: Vec<&str> = log.lines().rev().take(40).collect();
        tail.into_iter().rev().collect::<Vec<_>>().join("\n")
    }

    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Every statement the LRS holds, read back with GET.
    fn statements(&self) -> Vec<serde_json::Value> {
        let config = defuse_core::lrs::Config {
            endpoint: self.endpoint(),
            user: LRS_USER.into(),
            password: defuse_core::lrs::Password::new(LRS_PASSWORD),
            xapi_base: defuse_core::report::xapi::DEFAULT_BASE.into(),
        };
        defuse_core::lrs::Lrs::new(&config, Duration::from_secs(60))
            .statements()
            .unwrap()
    }
}

impl Drop for Ralph {
    fn drop(&mut self) {
        self.stop();
    }
}

/// `defuse` with scorecards in `data`, the LRS at `endpoint`, and a config folder of its
/// own (so the machine's lrs.toml never joins in).
fn syncing(data: &Path, endpoint: &str, password: &str) -> Command {
    let mut cmd = defuse();
    cmd.arg("--data-dir")
        .arg(data)
        .env("XDG_CONFIG_HOME", data.join("config"))
        .env("DEFUSE_LRS_ENDPOINT", endpoint)
        .env("DEFUSE_LRS_USER", LRS_USER)
        .env("DEFUSE_LRS_PASSWORD", password)
        .stdin(Stdio::null());
    cmd
}

/// `n` generated scorecards (sessions played by random walks through the bundled
/// scenarios) saved in `data`; returns the ids of all their statements.
fn many_scorecards(data: &Path, n: usize) -> Vec<String> {
    use defuse_core::Catalogue;
    use defuse_core::load::{check_file, scenario_files};
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let catalogue = Catalogue::read(&dir).unwrap();
    let stories: Vec<_> = scenario_files(&dir)
        .unwrap()
        .iter()
        .map(|f| std::sync::Arc::new(check_file(f, &catalogue).story.unwrap()))
        .collect();
    let store = defuse_core::store::Store::new(data);
    let end: jiff::Timestamp = "2026-12-01T12:00:00Z".parse().unwrap();
    let mut ids = Vec::new();
    for card in defuse_core::synth::scorecards(&stories, n, 12, end, n as u64) {
        store.save(&card).unwrap();
        for s in
            defuse_core::report::xapi::statements(&card, defuse_core::report::xapi::DEFAULT_BASE)
        {
            ids.push(s["id"].as_str().unwrap().to_owned());
        }
    }
    ids
}

/// Every expected statement is in the LRS exactly once, and nothing else is.
fn assert_landed_once(ralph: &Ralph, expected: &[String]) {
    let held = ralph.statements();
    let mut counts = std::collections::HashMap::<String, usize>::new();
    for s in &held {
        *counts
            .entry(s["id"].as_str().unwrap().to_owned())
            .or_default() += 1;
    }
    let missing = expected
        .iter()
        .filter(|id| !counts.contains_key(*id))
        .count();
    let doubled = counts.values().filter(|&&c| c > 1).count();
    assert_eq!((missing, doubled), (0, 0), "missing, doubled");
    assert_eq!(held.len(), expected.len());
}

/// Waits (up to two minutes) until the outbox's ledger names `n` sent statements, running
/// `check` at each look; the ledger's path.
fn sent_at_least(data: &Path, n: usize, mut check: impl FnMut()) -> PathBuf {
    let ledger = data.join("outbox/sent.log");
    let started = Instant::now();
    while lines_in(&ledger) < n {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the sync did not start sending"
        );
        check();
        std::thread::sleep(Duration::from_millis(20));
    }
    ledger
}

fn lines_in(path: &Path) -> usize {
    std::fs::read_to_string(path).map_or(0, |t| t.lines().count())
}

fn outbox_files(data: &Path) -> usize {
    std::fs::read_dir(data.join("outbox")).map_or(0, |d| {
        d.filter(|e| {
            let name = e
                .as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .into_owned();
            name.ends_with(".json") && name != "status.json" && !name.starts_with('.')
        })
        .count()
    })
}

#[test]
fn a_full_sync_lands_every_statement_once() {
    let Some(ralph) = Ralph::start() else { return };
    let data = tempfile::tempdir().unwrap();
    many_scorecards(data.path(), 120);
    // A session played on the command line is queued as it is saved.
    let o = syncing(data.path(), &ralph.endpoint(), LRS_PASSWORD)
        .args([
            "play",
            "missed-delivery",
            "--in-file-order",
            "--choices",
            MISSED_DELIVERY_MODEL,
            "--trainee",
            "Anna Kis",
        ])
        .output()
        .unwrap();
    assert!(
        stderr(&o).contains("Queued for the learning record store"),
        "{}",
        stderr(&o)
    );
    assert_eq!(outbox_files(data.path()), 1);
    let xapi = with_data(data.path(), &["report", "--format", "xapi"]);
    let all: Vec<serde_json::Value> = serde_json::from_slice(&xapi.stdout).unwrap();
    let expected: Vec<String> = all
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_owned())
        .collect();
    assert!(expected.len() > 800, "{}", expected.len());

    let started = Instant::now();
    let o = syncing(data.path(), &ralph.endpoint(), LRS_PASSWORD)
        .args(["sync", "--batch", "200"])
        .output()
        .unwrap();
    let elapsed = started.elapsed();
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("Queued 120 new scorecards."), "{out}");
    assert!(
        out.contains(&format!(
            "Sent {} statements from 121 scorecards",
            expected.len()
        )),
        "{out}"
    );
    assert!(out.contains("Nothing waits"), "{out}");
    eprintln!(
        "synced {} statements in {:.2} s: {:.0} statements/s",
        expected.len(),
        elapsed.as_secs_f64(),
        expected.len() as f64 / elapsed.as_secs_f64()
    );
    assert_landed_once(&ralph, &expected);
    // The same statements as the report, byte for byte where it matters.
    let held = ralph.statements();
    let first = held.iter().find(|s| s["id"] == all[0]["id"]).unwrap();
    assert_eq!(first["verb"], all[0]["verb"]);
    assert_eq!(first["actor"], all[0]["actor"]);
    assert_eq!(outbox_files(data.path()), 0);

    // Syncing again sends nothing and doubles nothing; the status says so.
    let o = syncing(data.path(), &ralph.endpoint(), LRS_PASSWORD)
        .arg("sync")
        .output()
        .unwrap();
    assert!(o.status.success());
    assert!(!stdout(&o).contains("Sent"), "{}", stdout(&o));
    assert_landed_once(&ralph, &expected);
    let o = syncing(data.path(), &ralph.endpoint(), LRS_PASSWORD)
        .args(["sync", "--status"])
        .output()
        .unwrap();
    let status = stdout(&o);
    assert!(
        status.contains("Waiting: 0 statements from 0 scorecards"),
        "{status}"
    );
    assert!(
        status.contains("Last successful send:") && !status.contains("never"),
        "{status}"
    );
    assert!(status.contains("Last error: none"), "{status}");
    assert!(!status.contains(LRS_PASSWORD) && !stderr(&o).contains(LRS_PASSWORD));
}

#[test]
fn a_sync_killed_half_way_then_run_again_misses_and_doubles_nothing() {
    let Some(ralph) = Ralph::start() else { return };
    let data = tempfile::tempdir().unwrap();
    let expected = many_scorecards(data.path(), 200);
    let mut child = syncing(data.path(), &ralph.endpoint(), LRS_PASSWORD)
        .args(["sync", "--batch", "10"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill it once some batches are confirmed and many are not.
    let ledger = sent_at_least(data.path(), 20, || {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the sync ended before it was killed"
        );
    });
    child.kill().unwrap();
    child.wait().unwrap();
    let sent = lines_in(&ledger);
    assert!(sent < 200, "killed too late: {sent} of 200 sent");
    assert!(ralph.statements().len() < expected.len());
    // Killed between noting a batch as sent and clearing its files, a card is in both:
    // the ledger keeps it from being sent twice (checked below). None may be in neither.
    assert!(
        outbox_files(data.path()) + sent >= 200,
        "every unconfirmed scorecard waits"
    );

    let o = syncing(data.path(), &ralph.endpoint(), LRS_PASSWORD)
        .arg("sync")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    assert_landed_once(&ralph, &expected);
}

#[test]
fn the_lrs_stopped_during_a_sync_then_started_again_gets_everything() {
    let Some(mut ralph) = Ralph::start() else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let expected = many_scorecards(data.path(), 150);

    // Down for longer than the sync waits: a clear message, and the outbox intact.
    ralph.stop();
    let o = syncing(data.path(), &ralph.endpoint(), LRS_PASSWORD)
        .args(["sync", "--retry-for", "1"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains(&format!(
            "the LRS at {} cannot be reached",
            ralph.endpoint()
        )),
        "{err}"
    );
    assert!(
        err.contains("Nothing was lost") && err.contains("from 150 scorecards wait"),
        "{err}"
    );
    assert_eq!(outbox_files(data.path()), 150);
    let o = syncing(data.path(), &ralph.endpoint(), LRS_PASSWORD)
        .args(["sync", "--status"])
        .output()
        .unwrap();
    let status = stdout(&o);
    assert!(
        status.contains("cannot be reached") && status.contains("Next automatic try"),
        "{status}"
    );

    // Down in the middle of a sync, back a few seconds later: the sync waits it out.
    ralph.resume();
    let mut child = syncing(data.path(), &ralph.endpoint(), LRS_PASSWORD)
        // Generous: on two loaded cores Ralph can take a while to come back.
        .args(["sync", "--batch", "10", "--retry-for", "180"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    sent_at_least(data.path(), 10, || {});
    ralph.stop();
    std::thread::sleep(Duration::from_secs(2));
    assert!(
        child.try_wait().unwrap().is_none(),
        "the sync gave up instead of waiting"
    );
    ralph.resume();
    let o = child.wait_with_output().unwrap();
    assert!(
        o.status.success(),
        "{}{}\nRalph's log:\n{}",
        stdout(&o),
        stderr(&o),
        ralph.log()
    );
    assert!(stdout(&o).contains("Nothing waits"), "{}", stdout(&o));
    assert_landed_once(&ralph, &expected);
}

#[test]
fn wrong_credentials_give_a_clear_error_and_keep_the_outbox() {
    let Some(ralph) = Ralph::start() else { return };
    let data = tempfile::tempdir().unwrap();
    let expected = many_scorecards(data.path(), 20);
    let wrong = "not-the-Pa55word";
    let o = syncing(data.path(), &ralph.endpoint(), wrong)
        .arg("sync")
        .output()
        .unwrap();
    fails_saying(&o, "refused the user name or password (HTTP 401)");
    let err = stderr(&o);
    assert!(err.contains("--lrs-password"), "{err}");
    assert!(
        !err.contains(wrong) && !stdout(&o).contains(wrong),
        "the password is never shown"
    );
    assert_eq!(outbox_files(data.path()), 20);
    assert!(ralph.statements().is_empty());
    // Nor does --help show the password from the environment.
    let help = syncing(data.path(), &ralph.endpoint(), wrong)
        .args(["sync", "--help"])
        .output()
        .unwrap();
    assert!(!stdout(&help).contains(wrong), "{}", stdout(&help));

    let o = syncing(data.path(), &ralph.endpoint(), LRS_PASSWORD)
        .arg("sync")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_landed_once(&ralph, &expected);
}

/// `defuse` with scorecards in `data` and no LRS but what `data/config/defuse/lrs.toml` says.
/// `sync --status` with `toml` as the config folder's `lrs.toml`.
fn status_with(data: &Path, toml: &str) -> std::process::Output {
    let config = data.join("config/defuse");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("lrs.toml"), toml).unwrap();
    unconfigured(data)
        .args(["sync", "--status"])
        .output()
        .unwrap()
}

fn unconfigured(data: &Path) -> Command {
    let mut cmd = defuse();
    cmd.arg("--data-dir")
        .arg(data)
        .env("XDG_CONFIG_HOME", data.join("config"))
        .env_remove("DEFUSE_LRS_ENDPOINT");
    cmd
}

#[test]
fn sync_without_an_lrs_or_with_a_broken_config_says_what_to_do() {
    let data = tempfile::tempdir().unwrap();
    let o = unconfigured(data.path()).arg("sync").output().unwrap();
    fails_saying(&o, "no learning record store is configured");
    let err = stderr(&o);
    assert!(err.contains("config/defuse/lrs.toml"), "{err}");
    // A config file with a mistake is named with its line.
    let o = status_with(
        data.path(),
        "endpoint = \"http://127.0.0.1:9/xAPI/\"\nuser = defuse\n",
    );
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("lrs.toml") && err.contains("line 2"), "{err}");
    // A complete file is used without any flag.
    let o = status_with(
        data.path(),
        "endpoint = \"http://127.0.0.1:9/xAPI/\"\nuser = \"defuse\"\npassword = \"x\"\n",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Learning record store: http://127.0.0.1:9/xAPI/ (user defuse)"));
}

#[test]
fn the_window_sends_each_session_to_the_lrs_in_the_background() {
    let Some(ralph) = Ralph::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let endpoint = ralph.endpoint();
    let args = [
        "--data-dir".as_ref(),
        data.path().as_os_str(),
        "--lrs-endpoint".as_ref(),
        endpoint.as_ref(),
        "--lrs-user".as_ref(),
        LRS_USER.as_ref(),
        "--lrs-password".as_ref(),
        LRS_PASSWORD.as_ref(),
        "play".as_ref(),
        "missed-delivery".as_ref(),
        "--gui".as_ref(),
        "--trainee".as_ref(),
        "Anna Kis".as_ref(),
        "--in-file-order".as_ref(),
        "--choices".as_ref(),
        MISSED_DELIVERY_MODEL.as_ref(),
        "--screenshots".as_ref(),
        dir.path().as_os_str(),
    ];
    let Some(o) = in_window(&args) else { return };
    assert!(
        !stderr(&o).contains(LRS_PASSWORD),
        "the password is never logged"
    );
    // Sent while the trainee read the debrief: the LRS has the session, once.
    let xapi = with_data(data.path(), &["report", "--format", "xapi"]);
    let all: Vec<serde_json::Value> = serde_json::from_slice(&xapi.stdout).unwrap();
    let expected: Vec<String> = all
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_owned())
        .collect();
    assert!(!expected.is_empty());
    assert_landed_once(&ralph, &expected);
    assert_eq!(outbox_files(data.path()), 0);
    let shot = dir.path().join("10-manager.png");
    assert_not_blank(&shot);
    keep(&shot, "lrs-synced-manager.png");
}

#[test]
fn a_statement_the_lrs_rejects_is_named_and_kept_while_the_rest_land() {
    let Some(ralph) = Ralph::start() else { return };
    let data = tempfile::tempdir().unwrap();
    let expected = many_scorecards(data.path(), 30);
    // Queue everything (the LRS is not reachable on port 9), then spoil one statement.
    let o = syncing(data.path(), "http://127.0.0.1:9/xAPI/", LRS_PASSWORD)
        .args(["sync", "--retry-for", "0"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let mut files: Vec<PathBuf> = std::fs::read_dir(data.path().join("outbox"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json") && !p.ends_with("status.json"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 30);
    let spoiled = &files[17];
    let mut statements: Vec<serde_json::Value> =
        serde_json::from_slice(&std::fs::read(spoiled).unwrap()).unwrap();
    let bad_id = statements[0]["id"].as_str().unwrap().to_owned();
    // A statement without an actor is invalid in xAPI.
    statements[0].as_object_mut().unwrap().remove("actor");
    std::fs::write(spoiled, serde_json::to_vec(&statements).unwrap()).unwrap();

    let o = syncing(data.path(), &ralph.endpoint(), LRS_PASSWORD)
        .args(["sync", "--batch", "100"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let err = stderr(&o);
    let name = spoiled.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        err.contains(&name) && err.contains("rejected the statements"),
        "{err}"
    );
    assert!(err.contains("It stays in the outbox"), "{err}");
    assert_eq!(outbox_files(data.path()), 1);
    // Everything else landed, once; the spoiled scorecard's statements did not.
    let spoiled_ids: Vec<String> = statements
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_owned())
        .collect();
    let rest: Vec<String> = expected
        .into_iter()
        .filter(|id| !spoiled_ids.contains(id))
        .collect();
    assert_landed_once(&ralph, &rest);
    assert!(
        !ralph
            .statements()
            .iter()
            .any(|s| s["id"] == bad_id.as_str())
    );
    let o = syncing(data.path(), &ralph.endpoint(), LRS_PASSWORD)
        .args(["sync", "--status"])
        .output()
        .unwrap();
    assert!(
        stdout(&o).contains("rejected the statements"),
        "{}",
        stdout(&o)
    );
}
