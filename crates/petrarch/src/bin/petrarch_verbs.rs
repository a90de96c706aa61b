//! Converts PETRARCH2's verb dictionary (CAMEO.2.0.txt, MIT) into dyad's English event-trigger
//! file `lexicons/en/petrarch_verbs.tsv` (`dyad_petrarch::generate`). Deterministic;
//! `--check` fails when the committed file differs from what this would write.
//!
//! ```text
//! cargo run -p dyad-petrarch --bin petrarch_verbs [-- --check] [--dictionary PATH] [--repo DIR]
//! ```

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use dyad_petrarch::generate::{hand_written_triggers, petrarch_verbs_tsv, VERBS_FILE};
use dyad_petrarch::read_file;

fn run() -> Result<bool, String> {
    let mut repo = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let mut dictionary = repo.join("../shared/data/petrarch/CAMEO.2.0.txt");
    let mut check = false;
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--check" => check = true,
            "--dictionary" => dictionary = it.next().ok_or("--dictionary needs a path")?.into(),
            "--repo" => repo = it.next().ok_or("--repo needs a path")?.into(),
            other => {
                return Err(format!(
                    "unknown argument {other:?} (--check, --dictionary PATH, --repo DIR)"
                ))
            }
        }
    }
    let text = read_file(&dictionary).map_err(|e| e.to_string())?;
    let others = hand_written_triggers(&repo).map_err(|e| e.to_string())?;
    let (out, entries) = petrarch_verbs_tsv(&text, &others).map_err(|e| e.to_string())?;
    eprintln!("{entries} entries");
    write_or_check(&repo.join(VERBS_FILE), &out, check, "petrarch_verbs")
}

/// `--check`: compare; else write. Returns whether the file is (now) as generated.
fn write_or_check(path: &Path, text: &str, check: bool, what: &str) -> Result<bool, String> {
    if check {
        let current = std::fs::read_to_string(path).unwrap_or_default();
        if current != text {
            eprintln!(
                "{} is stale: run `cargo run -p dyad-petrarch --bin {what}`",
                path.display()
            );
            return Ok(false);
        }
        eprintln!("{} is up to date", path.display());
        return Ok(true);
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    eprintln!("wrote {}", path.display());
    Ok(true)
}

fn main() -> ExitCode {
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(2)
        }
    }
}
