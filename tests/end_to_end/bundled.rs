//! The binary alone: copied to a folder of its own and run from an empty one, on a
//! machine with nothing of Defuse installed, it still has its scenarios and translations.

use crate::common::*;
use std::path::Path;
use std::process::{Command, Stdio};

fn alone(exe: &Path, cwd: &Path, home: &Path, args: &[&str]) -> std::process::Output {
    Command::new(exe)
        .current_dir(cwd)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("NO_COLOR", "1")
        .env("DEFUSE_LANG", "en")
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

#[test]
fn a_copied_binary_runs_from_an_empty_folder_with_its_bundled_scenarios() {
    let root = tempfile::tempdir().unwrap();
    let (bin, empty, home) = (
        root.path().join("bin"),
        root.path().join("empty"),
        root.path().join("home"),
    );
    for dir in [&bin, &empty, &home] {
        std::fs::create_dir_all(dir).unwrap();
    }
    let exe = bin.join("defuse");
    std::fs::copy(env!("CARGO_BIN_EXE_defuse"), &exe).unwrap();

    let o = alone(&exe, &empty, &home, &["validate"]);
    assert_eq!(o.status.code(), Some(0), "{}\n{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("6 scenarios"), "{}", stdout(&o));
    // Unpacked once, into the cache folder, not into the folder the trainee stands in.
    let bundles = home.join("cache/defuse/bundled");
    assert_eq!(std::fs::read_dir(&bundles).unwrap().count(), 1);
    assert_eq!(std::fs::read_dir(&empty).unwrap().count(), 0);

    // The translations came along: a Hungarian session in Hungarian.
    let hungarian = with(&["--lang", "hu"], &MODEL_PLAY);
    let o = alone(&exe, &empty, &home, &hungarian);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let hu = stdout(&o);
    let en = stdout(&run(&hungarian));
    assert_eq!(
        hu, en,
        "the copied binary plays as the one in the project does"
    );

    // A second run uses what was unpacked.
    let o = alone(&exe, &empty, &home, &["list"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("missed-delivery"));
    assert_eq!(std::fs::read_dir(&bundles).unwrap().count(), 1);

    // Scenarios beside the executable (a portable folder) come before the bundle.
    std::fs::create_dir_all(bin.join("scenarios")).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/principles.ron"),
        bin.join("scenarios/principles.ron"),
    )
    .unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/cafe-long-wait.ron"),
        bin.join("scenarios/cafe-long-wait.ron"),
    )
    .unwrap();
    let o = alone(&exe, &empty, &home, &["list"]);
    assert!(stdout(&o).contains("one scenario in"), "{}", stdout(&o));
}
