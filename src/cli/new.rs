//! `defuse new ID`: a commented template scenario that validates and plays, to rewrite.

use super::{Out, Places, Reported};
use std::process::ExitCode;

const TEMPLATE: &str = include_str!("template.ron");

pub fn run(out: &mut Out, places: &Places, id: &str) -> Result<ExitCode, Reported> {
    let plain = id.starts_with(|c: char| c.is_ascii_alphabetic())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !plain {
        return Err(out.err(&out.tf("error-new-id", &[("id", id.into())])));
    }
    let path = places.scenarios.join(format!("{id}.ron"));
    if path.exists() {
        return Err(out.err(&out.tf(
            "error-new-exists",
            &[("path", path.display().to_string().into())],
        )));
    }
    if let Err(err) = std::fs::create_dir_all(&places.scenarios) {
        return Err(out.err(&out.tf(
            "error-new-write",
            &[
                ("path", path.display().to_string().into()),
                ("reason", err.to_string().into()),
            ],
        )));
    }
    // `create_new`: never overwrite a file that appeared since the check above.
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .and_then(|mut file| {
            std::io::Write::write_all(&mut file, TEMPLATE.replace("{id}", id).as_bytes())
        });
    if let Err(err) = written {
        return Err(out.err(&out.tf(
            "error-new-write",
            &[
                ("path", path.display().to_string().into()),
                ("reason", err.to_string().into()),
            ],
        )));
    }
    out.line(&out.tf(
        "new-created",
        &[
            ("path", path.display().to_string().into()),
            ("id", id.into()),
        ],
    ));
    Ok(ExitCode::SUCCESS)
}
