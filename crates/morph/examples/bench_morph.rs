//! Throughput, load time and peak memory of the analyser over a token list.
//!
//! `cargo run --release -p dyad-morph --example bench_morph -- TOKENS` where TOKENS is one
//! token per line (scripts/bench_morph.sh writes it from the BSNLP news, so morfeusz2 sees the
//! very same tokens). Prints `key=value` lines the script reads.
//!
//! Each figure is one pass over all tokens in document order with a fresh [`Scratch`] (so a
//! cold word cache), repeated five times; medians are reported, both per wall-clock second and
//! per second the thread was actually on a CPU, because the machine is shared.
use std::time::Instant;

use dyad_morph::{Analyser, Scratch};

fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Nanoseconds this thread has spent on a CPU (Linux schedstat): on a shared machine the
/// wall clock also counts time other processes held the core.
fn thread_cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

/// Median wall-clock and median on-CPU tokens per second of `runs` passes.
fn measure(runs: usize, tokens: usize, mut pass: impl FnMut() -> usize) -> (f64, f64, usize) {
    let mut wall = Vec::with_capacity(runs);
    let mut cpu = Vec::with_capacity(runs);
    let mut check = 0;
    for _ in 0..runs {
        let cpu_start = thread_cpu_ns();
        let started = Instant::now();
        check = pass();
        wall.push(tokens as f64 / started.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (cpu_start, thread_cpu_ns()) {
            cpu.push(tokens as f64 / ((b - a).max(1) as f64 / 1e9));
        }
    }
    wall.sort_by(f64::total_cmp);
    cpu.sort_by(f64::total_cmp);
    let cpu_median = cpu.get(cpu.len() / 2).copied().unwrap_or(f64::NAN);
    (wall[runs / 2], cpu_median, check)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: bench_morph TOKENS")?;
    let text = std::fs::read_to_string(&path)?;
    let tokens: Vec<&str> = text.lines().collect();

    // Load time: the first call parses the embedded bytes (what every process pays once).
    let started = Instant::now();
    let analyser = Analyser::polish();
    println!("load_ms={:.2}", started.elapsed().as_secs_f64() * 1e3);
    println!("tokens={}", tokens.len());

    // Zero-allocation path: readings plus the best lemma into reused buffers.
    let (median, cpu, readings) = measure(5, tokens.len(), || {
        let mut scratch = Scratch::default();
        let mut lemma = String::new();
        let mut readings = 0;
        for t in &tokens {
            let found = analyser.lookup(t, &mut scratch);
            readings += found.len();
            if let Some(first) = found.first().copied() {
                analyser.lemma_into(&scratch, &first, &mut lemma);
            }
        }
        readings
    });
    println!("lookup_tokens_per_s={median:.0}");
    println!("lookup_cpu_tokens_per_s={cpu:.0}");
    println!(
        "readings_per_token={:.2}",
        readings as f64 / tokens.len() as f64
    );

    // The same without the word cache: the lexicon walk itself.
    let (median, cpu, _) = measure(5, tokens.len(), || {
        let mut scratch = Scratch::uncached();
        let mut lemma = String::new();
        let mut readings = 0;
        for t in &tokens {
            let found = analyser.lookup(t, &mut scratch);
            readings += found.len();
            if let Some(first) = found.first().copied() {
                analyser.lemma_into(&scratch, &first, &mut lemma);
            }
        }
        readings
    });
    println!("uncached_lookup_tokens_per_s={median:.0}");
    println!("uncached_lookup_cpu_tokens_per_s={cpu:.0}");

    // Convenience path: Vec<Analysis> with every lemma as a String.
    let (median, cpu, _) = measure(5, tokens.len(), || {
        let mut scratch = Scratch::default();
        tokens
            .iter()
            .map(|t| analyser.analyse_with(t, &mut scratch).len())
            .sum()
    });
    println!("analyse_tokens_per_s={median:.0}");
    println!("analyse_cpu_tokens_per_s={cpu:.0}");
    if let Some(kb) = peak_rss_kb() {
        println!("peak_rss_mb={:.1}", kb as f64 / 1024.0);
    }
    Ok(())
}
