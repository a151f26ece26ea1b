//! The scorecard store: one human-readable JSON file per session in a folder that needs
//! no set-up, and that a team can share.
//!
//! Writing never leaves a half-written scorecard and never touches an earlier one: each
//! file is written under a temporary name, flushed to disk and renamed into place, and
//! every session has a file name of its own (its time, trainee, scenario and id).
//! Reading skips and names every file it cannot read, so one damaged file never hides
//! the rest.

use crate::scorecard::{Reading, Scorecard};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The folder under the data directory that holds the scorecards.
pub const SCORECARDS: &str = "scorecards";

/// A scorecard file that could not be read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    /// The file skipped.
    pub path: PathBuf,
    /// What was wrong with it, in words for the person running the report.
    pub reason: String,
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

/// What a folder held: the scorecards read, and the files skipped.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The scorecards that could be read, in file name order (which is time order).
    pub scorecards: Vec<Scorecard>,
    /// The file each scorecard was read from, in the same order.
    pub paths: Vec<PathBuf>,
    /// The files that could not be read, each with the reason.
    pub skipped: Vec<Unreadable>,
}

/// Where sessions' scorecards are saved and read back for reports: one data directory,
/// which a team may share.
#[derive(Debug, Clone)]
pub struct Store {
    /// The data directory; scorecards live in its `scorecards/` folder.
    pub root: PathBuf,
}

impl Store {
    /// A store in the data directory `root`; nothing is created until the first save.
    pub fn new(root: impl Into<PathBuf>) -> Store {
        Store { root: root.into() }
    }

    /// The folder that holds the scorecard files, `<root>/scorecards`.
    pub fn scorecard_dir(&self) -> PathBuf {
        self.root.join(SCORECARDS)
    }

    /// Writes the scorecard crash-safely and returns its path.
    pub fn save(&self, card: &Scorecard) -> Result<PathBuf, String> {
        let dir = self.scorecard_dir();
        fs::create_dir_all(&dir)
            .map_err(|err| format!("cannot create the folder {}: {err}", dir.display()))?;
        let path = dir.join(file_name(card));
        write_atomically(&path, card.to_json().as_bytes())?;
        Ok(path)
    }

    /// Every scorecard file in the folder, in name order (which is time order).
    pub fn files(&self) -> Result<Vec<PathBuf>, String> {
        let dir = self.scorecard_dir();
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            // No folder yet: nobody has played. That is an empty store, not an error.
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(err) => return Err(format!("cannot read the folder {}: {err}", dir.display())),
        };
        // The entry's own file type, not a `stat` per file: a folder may hold 100,000.
        let mut files: Vec<(std::ffi::OsString, PathBuf)> = entries
            .filter_map(|e| e.ok())
            .filter(|e| {
                e.file_type()
                    .map(|t| t.is_file() || (t.is_symlink() && e.path().is_file()))
                    .unwrap_or(false)
            })
            .map(|e| (e.file_name(), e.path()))
            .filter(|(_, p)| is_scorecard_name(p))
            .collect();
        // By name alone: comparing whole paths component by component is slow at 100,000.
        files.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Ok(files.into_iter().map(|(_, path)| path).collect())
    }

    /// Reads every scorecard; the ones that cannot be read are named in `skipped`.
    /// `progress` is told (files read, files in all) as the reading goes, from the
    /// calling thread, for a progress bar. The files are read on every core: a team's
    /// folder may hold a hundred thousand.
    pub fn load(&self, progress: impl FnMut(usize, usize)) -> Result<Loaded, String> {
        self.load_as(Reading::Whole, progress)
    }

    /// The same, reading each card whole or only what a summary needs.
    pub fn load_as(
        &self,
        reading: Reading,
        mut progress: impl FnMut(usize, usize),
    ) -> Result<Loaded, String> {
        let files = self.files()?;
        let results = read_all(&files, reading, &mut progress);
        let mut loaded = Loaded::default();
        for (result, path) in results.into_iter().zip(files) {
            match result {
                Ok(card) => {
                    loaded.scorecards.push(card);
                    loaded.paths.push(path);
                }
                Err(skipped) => loaded.skipped.push(skipped),
            }
        }
        Ok(loaded)
    }
}

/// Reads the files on every core, in their order; `progress` is told (files read, files
/// in all) from the calling thread as the reading goes.
pub fn read_all(
    files: &[PathBuf],
    reading: Reading,
    progress: impl FnMut(usize, usize),
) -> Vec<Result<Scorecard, Unreadable>> {
    map_files(files, progress, |bytes| {
        Scorecard::from_json_bytes_as(bytes, reading).map(Scorecard::for_manager)
    })
}

/// Reads each file and turns its bytes into a `T` with `make`, on every core, keeping the
/// files' order; a file that cannot be read, or that `make` refuses, is named with why.
/// `progress` is told (files done, files in all) from the calling thread.
pub fn map_files<T: Send>(
    files: &[PathBuf],
    mut progress: impl FnMut(usize, usize),
    make: impl Fn(&[u8]) -> Result<T, String> + Sync,
) -> Vec<Result<T, Unreadable>> {
    let total = files.len();
    progress(0, total);
    // Twice the cores: while one thread waits on the disk, another parses.
    let threads = std::thread::available_parallelism()
        .map(|n| n.get() * 2)
        .unwrap_or(2)
        .clamp(2, 16);
    let chunk = total.div_ceil(threads).max(1);
    let done = AtomicUsize::new(0);
    let make = &make;
    let results: Vec<Vec<Result<T, Unreadable>>> = std::thread::scope(|scope| {
        let workers: Vec<_> = files
            .chunks(chunk)
            .map(|part| {
                let done = &done;
                let worker = scope.spawn(move || {
                    // One buffer per thread, reused for every file.
                    let mut buffer = Vec::new();
                    part.iter()
                        .map(|path| {
                            let result = read_bytes(path, &mut buffer)
                                .and_then(|()| make(&buffer))
                                .map_err(|reason| Unreadable {
                                    path: path.clone(),
                                    reason,
                                });
                            done.fetch_add(1, Ordering::Relaxed);
                            result
                        })
                        .collect::<Vec<_>>()
                });
                (part, worker)
            })
            .collect();
        while !workers.iter().all(|(_, w)| w.is_finished()) {
            progress(done.load(Ordering::Relaxed), total);
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
        workers
            .into_iter()
            .map(|(part, w)| {
                // A reader that stopped loses none of its files: each is named.
                w.join().unwrap_or_else(|_| {
                    part.iter()
                        .map(|path| {
                            Err(Unreadable {
                                path: path.clone(),
                                reason: "the reader stopped unexpectedly".into(),
                            })
                        })
                        .collect()
                })
            })
            .collect()
    });
    progress(total, total);
    results.into_iter().flatten().collect()
}

fn read_bytes(path: &Path, buffer: &mut Vec<u8>) -> Result<(), String> {
    use std::io::Read;
    buffer.clear();
    fs::File::open(path)
        .and_then(|mut file| file.read_to_end(buffer))
        .map(|_| ())
        .map_err(|err| format!("cannot read it: {err}"))
}

/// Reads one scorecard file.
pub fn read(path: &Path) -> Result<Scorecard, String> {
    read_into(path, Reading::Whole, &mut Vec::new())
}

fn read_into(path: &Path, reading: Reading, buffer: &mut Vec<u8>) -> Result<Scorecard, String> {
    read_bytes(path, buffer)?;
    // Every card read from the folder is read for a report, the manager or the LRS.
    Scorecard::from_json_bytes_as(buffer, reading).map(Scorecard::for_manager)
}

/// Scorecards are `*.json`; temporary files start with a dot and are never read.
fn is_scorecard_name(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    !name.starts_with('.') && name.ends_with(".json")
}

/// `20261201T093000Z-anna-kis-missed-delivery-1a2b3c4d.json`: sorts by time, readable in
/// a file manager, and unique through the session id.
pub fn file_name(card: &Scorecard) -> String {
    let time = card.ended.strftime("%Y%m%dT%H%M%SZ").to_string();
    let id = card.id.simple().to_string();
    format!(
        "{time}-{}-{}-{}.json",
        safe_name(&card.trainee, 32),
        safe_name(&card.scenario.id, 40),
        &id[..12]
    )
}

/// A piece of a file name made from user data: letters and digits of any script are
/// kept (lower-cased), everything else becomes `-`, so no `/`, `\`, `..`, drive letter
/// or control character survives. Never empty, never longer than `max` characters.
pub fn safe_name(text: &str, max: usize) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
        if out.chars().count() >= max {
            break;
        }
    }
    let out = out.trim_matches('-').to_owned();
    if out.is_empty() { "x".to_owned() } else { out }
}

/// Writes `bytes` to `path` so that a crash at any moment leaves either no file or the
/// whole file.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let mut file = AtomicFile::create(path)?;
    file.write_all(bytes)
        .map_err(|err| format!("cannot write {}: {err}", path.display()))?;
    file.commit()
}

/// A file written in full or not at all: a temporary file in the same folder, flushed to
/// disk, then renamed into place by [`AtomicFile::commit`]. Dropped without a commit,
/// the temporary file is removed and the target is untouched.
pub struct AtomicFile {
    path: PathBuf,
    temp: PathBuf,
    file: Option<std::io::BufWriter<fs::File>>,
}

impl AtomicFile {
    /// Opens the temporary file beside `path`.
    pub fn create(path: &Path) -> Result<AtomicFile, String> {
        let dir = path.parent().unwrap_or(Path::new("."));
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let temp = dir.join(format!(".{name}.{}.tmp", uuid::Uuid::new_v4().simple()));
        let file = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)
            .map_err(|err| format!("cannot write {}: {err}", path.display()))?;
        Ok(AtomicFile {
            path: path.to_path_buf(),
            temp,
            file: Some(std::io::BufWriter::with_capacity(1 << 20, file)),
        })
    }

    /// Flushes the file to disk and renames it into place.
    pub fn commit(mut self) -> Result<(), String> {
        let path = self.path.clone();
        let result = (|| {
            let file = self.file.take().expect("committed once");
            let file = file.into_inner().map_err(|e| e.into_error())?;
            file.sync_all()?;
            drop(file);
            fs::rename(&self.temp, &self.path)?;
            // The rename itself must reach the disk, or a power cut could undo it.
            if let Ok(dir) = fs::File::open(self.path.parent().unwrap_or(Path::new("."))) {
                let _ = dir.sync_all();
            }
            Ok::<(), std::io::Error>(())
        })();
        result.map_err(|err| format!("cannot write {}: {err}", path.display()))
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.file.as_mut().expect("open until committed").write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.as_mut().expect("open until committed").flush()
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        // Not committed (an error, or a panic): leave no temporary file behind. After a
        // commit the temporary name no longer exists.
        let _ = fs::remove_file(&self.temp);
    }
}
