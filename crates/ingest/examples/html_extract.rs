//! Extracts every HTML page in a folder the way `dyad ingest` does and prints one JSON object
//! per page (`file`, `title`, `published`, `text`); the extraction time (decoding and
//! extraction, not file reading) goes to standard error. Used by `scripts/bench_html.sh` to
//! compare with trafilatura on the same pages.
//!
//! Usage: cargo run --release -p dyad-ingest --example html_extract -- DIR [REPEAT]

use std::io::Write;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = args.next().ok_or("usage: html_extract DIR [REPEAT]")?;
    let repeat: usize = args
        .next()
        .map(|r| r.parse())
        .transpose()?
        .unwrap_or(1)
        .max(1);
    let mut files: Vec<_> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    files.sort();
    let pages: Vec<(String, Vec<u8>)> = files
        .iter()
        .map(|p| {
            Ok((
                p.file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
                std::fs::read(p)?,
            ))
        })
        .collect::<std::io::Result<_>>()?;

    let started = Instant::now();
    let mut results = Vec::new();
    for round in 0..repeat {
        for (name, bytes) in &pages {
            let declared = dyad_ingest::declared_charset(bytes);
            let page = dyad_ingest::decode(bytes, declared.as_deref())
                .and_then(|d| dyad_ingest::extract_html(&d.text, None));
            if round == 0 {
                results.push((name, page));
            }
        }
    }
    let secs = started.elapsed().as_secs_f64() / repeat as f64;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (name, page) in results {
        let value = match page {
            Ok(p) => serde_json::json!({
                "file": name, "title": p.title, "published": p.published.map(|d| d.to_string()), "text": p.text,
            }),
            Err(e) => serde_json::json!({ "file": name, "error": e.to_string(), "text": "" }),
        };
        writeln!(out, "{value}")?;
    }
    out.flush()?;
    eprintln!(
        "dyad: {} pages in {secs:.3} s ({:.0} pages/s, mean of {repeat})",
        pages.len(),
        pages.len() as f64 / secs
    );
    Ok(())
}
