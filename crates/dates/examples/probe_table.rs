//! Runs dyad-dates over a probe table (`tests/probes.tsv` format) for `scripts/bench_dates.sh`:
//! prints one tab-separated line per row (`line, mentions, text, start, end, precision`, `-`
//! when nothing was found), then `# throughput <sentences per second>` measured over repeated
//! passes of at least one second.
//!
//! Usage: `cargo run --release -p dyad-dates --example probe_table -- crates/dates/tests/probes.tsv`

use std::hint::black_box;
use std::time::{Duration, Instant};

use dyad_dates::probe::{parse_probes, precision_name};
use dyad_dates::DateResolver;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: probe_table PROBES.tsv");
        std::process::exit(2);
    };
    let table = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let probes = match parse_probes(&table) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let resolver = DateResolver::new();
    let show = |d: Option<jiff::civil::Date>| d.map_or("-".to_owned(), |d| d.to_string());
    for p in &probes {
        let found = resolver.find(p.lang, &p.sentence, Some(p.published), p.tense);
        match found.first() {
            Some(m) => println!(
                "{}\t{}\t{}\t{}\t{}\t{}",
                p.line,
                found.len(),
                m.text,
                show(m.date.start),
                show(m.date.end),
                precision_name(m.date.precision)
            ),
            None => println!("{}\t0\t-\t-\t-\t-", p.line),
        }
    }
    // Throughput: whole passes over the table until a second has gone by.
    let started = Instant::now();
    let mut sentences = 0u64;
    while started.elapsed() < Duration::from_secs(1) {
        for p in &probes {
            black_box(resolver.find(p.lang, black_box(&p.sentence), Some(p.published), p.tense));
            sentences += 1;
        }
    }
    let rate = sentences as f64 / started.elapsed().as_secs_f64();
    println!("# throughput {rate:.0}");
}
