//! `dyad-compile-lexicon INPUT.tsv[.xz] OUTPUT [--check]`
//!
//! Compiles SGJP's `form, lemma, tag, name class, labels` dump into the binary lexicon that
//! dyad-morph embeds. With `--check` it compiles in memory and compares with OUTPUT instead of
//! writing: exit 0 when equal, 1 when stale or on error, and 0 with a clear "skipped" message
//! when INPUT does not exist (CI without ../shared).
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

fn open(path: &PathBuf) -> std::io::Result<Box<dyn BufRead>> {
    let file = File::open(path)?;
    let reader: Box<dyn Read> = if path.extension().is_some_and(|e| e == "xz") {
        Box::new(xz2::read::XzDecoder::new(file))
    } else {
        Box::new(file)
    };
    Ok(Box::new(BufReader::with_capacity(1 << 20, reader)))
}

fn main() -> ExitCode {
    let mut check = false;
    let mut paths = Vec::new();
    for arg in std::env::args_os().skip(1) {
        if arg == "--check" {
            check = true;
        } else {
            paths.push(PathBuf::from(arg));
        }
    }
    let [input, output] = paths.as_slice() else {
        eprintln!("usage: dyad-compile-lexicon INPUT.tsv[.xz] OUTPUT [--check]");
        return ExitCode::from(2);
    };
    if check && !input.exists() {
        println!(
            "dyad-compile-lexicon: SKIPPED the check: {} is absent, so {} cannot be verified",
            input.display(),
            output.display()
        );
        return ExitCode::SUCCESS;
    }
    let started = Instant::now();
    let compiled = open(input)
        .map_err(|e| format!("{}: {e}", input.display()))
        .and_then(|r| {
            dyad_morph::compile::compile(r).map_err(|e| format!("{}: {e}", input.display()))
        });
    let (bytes, stats) = match compiled {
        Ok(v) => v,
        Err(e) => {
            eprintln!("dyad-compile-lexicon: error: {e}");
            return ExitCode::FAILURE;
        }
    };
    eprintln!(
        "compiled {} rows, {} forms, {} lemmas, {} tags, {} readings, {} pool words, {} guesser keys \
         into {} bytes in {:.1} s; sections {:?}",
        stats.rows,
        stats.forms,
        stats.lemmas,
        stats.tags,
        stats.readings,
        stats.pool_words,
        stats.guess_keys,
        bytes.len(),
        started.elapsed().as_secs_f64(),
        stats.section_bytes
    );
    if check {
        match std::fs::read(output) {
            Ok(existing) if existing == bytes => {
                println!("dyad-compile-lexicon: {} is up to date", output.display());
                ExitCode::SUCCESS
            }
            Ok(_) => {
                eprintln!(
                    "dyad-compile-lexicon: {} is STALE: rerun without --check",
                    output.display()
                );
                ExitCode::FAILURE
            }
            Err(e) => {
                eprintln!("dyad-compile-lexicon: {}: {e}", output.display());
                ExitCode::FAILURE
            }
        }
    } else {
        match std::fs::write(output, &bytes) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("dyad-compile-lexicon: {}: {e}", output.display());
                ExitCode::FAILURE
            }
        }
    }
}
