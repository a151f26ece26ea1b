//! `defuse graph`: the conversation as DOT or Mermaid.

use super::{GraphFormatArg, Out, Places, Reported, load_localized};
use defuse_core::export::{GraphFormat, render};
use std::path::Path;
use std::process::ExitCode;

pub fn run(
    out: &mut Out,
    places: &Places,
    reference: &str,
    format: GraphFormatArg,
    output: Option<&Path>,
) -> Result<ExitCode, Reported> {
    let story = load_localized(out, places, reference)?;
    let format = match format {
        GraphFormatArg::Dot => GraphFormat::Dot,
        GraphFormatArg::Mermaid => GraphFormat::Mermaid,
    };
    let text = render(&story, format, &out.texts);
    match output {
        Some(path) => std::fs::write(path, text)
            .map_err(|err| out.err(&format!("error: cannot write {}: {err}", path.display())))?,
        None => {
            let _ = std::io::Write::write_all(&mut out.stdout, text.as_bytes());
        }
    }
    Ok(ExitCode::SUCCESS)
}
