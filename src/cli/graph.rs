//! `defuse graph`: the conversation as DOT or Mermaid.

use super::{GraphFormatArg, Out, Places, Reported, load_localized};
use defuse_core::export::page::{Overlay, page};
use defuse_core::export::{GraphFormat, render};
use defuse_core::store::Store;
use std::path::Path;
use std::process::ExitCode;

pub fn run(
    out: &mut Out,
    places: &Places,
    reference: &str,
    format: GraphFormatArg,
    output: Option<&Path>,
    with_trainees: bool,
) -> Result<ExitCode, Reported> {
    let story = load_localized(out, places, reference)?;
    let text = match format {
        GraphFormatArg::Dot => render(&story, GraphFormat::Dot, &out.texts),
        GraphFormatArg::Mermaid => render(&story, GraphFormat::Mermaid, &out.texts),
        GraphFormatArg::Html => {
            // The trainees' sessions, when a data folder was named for them.
            let overlay = if with_trainees {
                let loaded = Store::new(&places.data)
                    .load(|_, _| {})
                    .map_err(|reason| out.err(&format!("error: {reason}")))?;
                for skipped in &loaded.skipped {
                    out.err(&out.tf(
                        "report-skipped-file",
                        &[
                            ("file", skipped.path.display().to_string().into()),
                            ("reason", skipped.reason.as_str().into()),
                        ],
                    ));
                }
                Some(Overlay::from_scorecards(
                    &story.scenario.id,
                    &loaded.scorecards,
                ))
            } else {
                None
            };
            page(&story, &out.texts, overlay.as_ref())
        }
    };
    match output {
        Some(path) => std::fs::write(path, text)
            .map_err(|err| out.err(&format!("error: cannot write {}: {err}", path.display())))?,
        None => {
            let _ = std::io::Write::write_all(&mut out.stdout, text.as_bytes());
        }
    }
    Ok(ExitCode::SUCCESS)
}
