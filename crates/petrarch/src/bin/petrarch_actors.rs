//! Converts the office holders of PETRARCH2's Phoenix actor dictionaries (MIT) — actors with
//! dated codes — into `lexicons/en/petrarch_actors.tsv` (`dyad_petrarch::generate`).
//! Deterministic; `--check` fails when the committed file differs from what this would write.
//!
//! ```text
//! cargo run -p dyad-petrarch --bin petrarch_actors [-- --check] [--dir DIR] [--repo DIR]
//! ```

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use dyad_petrarch::generate::{petrarch_actors_tsv, ACTORS_FILE, PHOENIX_ACTORS};
use dyad_petrarch::read_file;

fn run() -> Result<bool, String> {
    let mut repo = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let mut dir = repo.join("../shared/data/petrarch");
    let mut check = false;
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--check" => check = true,
            "--dir" => dir = it.next().ok_or("--dir needs a path")?.into(),
            "--repo" => repo = it.next().ok_or("--repo needs a path")?.into(),
            other => {
                return Err(format!(
                    "unknown argument {other:?} (--check, --dir DIR, --repo DIR)"
                ))
            }
        }
    }
    let mut texts = Vec::new();
    for name in PHOENIX_ACTORS {
        texts.push((name, read_file(dir.join(name)).map_err(|e| e.to_string())?));
    }
    let files: Vec<(&str, &str)> = texts.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let (out, actors) = petrarch_actors_tsv(&files).map_err(|e| e.to_string())?;
    eprintln!("{actors} actors");
    write_or_check(&repo.join(ACTORS_FILE), &out, check, "petrarch_actors")
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
