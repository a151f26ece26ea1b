//! Embeds the bundled scenarios and translations in the binary, so a `defuse` copied to
//! another folder or machine still has them (unpacked on first use; see `src/bundled.rs`).

use std::fmt::Write as _;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let mut found = Vec::new();
    for folder in ["scenarios", "locales"] {
        println!("cargo:rerun-if-changed={folder}");
        files(&root.join(folder), &mut found);
    }
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    let mut table = String::from("&[\n");
    for path in &found {
        let relative = path.strip_prefix(&root).expect("under the root");
        let name = relative.to_string_lossy().replace('\\', "/");
        name.hash(&mut hasher);
        std::fs::read(path)
            .expect("a bundled file")
            .hash(&mut hasher);
        let _ = writeln!(
            table,
            "    ({name:?}, include_bytes!({:?})),",
            path.display().to_string()
        );
    }
    table.push(']');
    let code = format!(
        "/// Every bundled file: its path under the project, and its bytes.\n\
         pub static FILES: &[(&str, &[u8])] = {table};\n\
         /// A fingerprint of the bundled files, so a changed bundle is unpacked afresh.\n\
         pub const FINGERPRINT: &str = \"{:016x}\";\n",
        hasher.finish()
    );
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo")).join("bundled.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
