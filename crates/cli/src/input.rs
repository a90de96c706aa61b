//! Reading article files: UTF-8 text from a path or standard input, with errors that name the
//! file and the byte offset of the first bad byte.

use std::io::Read;
use std::path::Path;

use anyhow::{bail, Context};

/// Output format of commands that print records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One JSON object per line.
    Jsonl,
    /// A readable table.
    Table,
}

/// Reads a whole file (or standard input for `-`) as UTF-8.
pub fn read_input(path: &Path) -> anyhow::Result<String> {
    let bytes = if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .context("reading standard input")?;
        buf
    } else {
        std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?
    };
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let name = if path.as_os_str() == "-" {
                "standard input".to_owned()
            } else {
                path.display().to_string()
            };
            bail!("{name}: not valid UTF-8 at byte offset {offset} (convert it to UTF-8 first)")
        }
    }
}
