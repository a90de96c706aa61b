//! Throughput of `Engine::process` on one core over a folder of articles in the BSNLP layout
//! (`<topic>/raw/pl/*.txt`: five header lines, then the text), or any folder of `.txt` files.
//!
//!     cargo run --release -p dyad-coder --example bench_extract -- ../shared/data/bsnlp-pl [ROUNDS]
//!
//! Prints articles/s, sentences/s, events found and peak resident memory.

use std::path::{Path, PathBuf};
use std::time::Instant;

use dyad_model::{Article, Lang};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt")
            && !p.to_string_lossy().contains("/annotated/")
        {
            out.push(p);
        }
    }
}

fn read_article(path: &Path) -> Option<Article> {
    let raw = std::fs::read_to_string(path).ok()?;
    let lines: Vec<&str> = raw.splitn(6, '\n').collect();
    // BSNLP raw files: id, language, date, url, title, then text.
    let (published, text) = if lines.len() == 6 && lines[1].trim().len() == 2 {
        (
            lines[2].trim().parse().ok(),
            format!("{}\n\n{}", lines[4], lines[5]),
        )
    } else {
        (None, raw.clone())
    };
    Some(Article {
        id: path.display().to_string(),
        published,
        lang: Some(Lang::Pl),
        text,
        ..Article::default()
    })
}

/// CPU time this process has had (user + system), from /proc/self/schedstat (nanoseconds), so
/// the figure holds on a machine shared with other work.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/schedstat").ok()?;
    let ns: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
}

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(
        args.next()
            .unwrap_or_else(|| "../shared/data/bsnlp-pl".into()),
    );
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(3);
    let mut paths = Vec::new();
    collect(&dir, &mut paths);
    paths.sort();
    let articles: Vec<Article> = paths.iter().filter_map(|p| read_article(p)).collect();
    if articles.is_empty() {
        eprintln!("no articles under {}", dir.display());
        std::process::exit(1);
    }
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let t0 = Instant::now();
    let engine = dyad_coder::Engine::new().expect("lexicons load");
    let load = t0.elapsed();
    // Warm-up round, then timed rounds.
    let mut events = 0;
    for a in &articles {
        events += engine.process(a).len();
    }
    let t = Instant::now();
    let cpu0 = cpu_seconds();
    for _ in 0..rounds {
        for a in &articles {
            std::hint::black_box(engine.process(a));
        }
    }
    let secs = t.elapsed().as_secs_f64();
    let cpu = cpu_seconds().zip(cpu0).map(|(a, b)| a - b);
    let n = (articles.len() * rounds) as f64;
    println!(
        "articles: {} ({:.1} MB), rounds: {rounds}",
        articles.len(),
        bytes as f64 / 1e6
    );
    println!("engine load: {:.0} ms", load.as_secs_f64() * 1e3);
    println!(
        "throughput: {:.0} articles/s, {:.2} MB/s (one core)",
        n / secs,
        (bytes * rounds) as f64 / 1e6 / secs
    );
    if let Some(cpu) = cpu {
        println!(
            "on-CPU: {:.0} articles/s per CPU second ({:.2} s CPU for {:.2} s wall)",
            n / cpu,
            cpu,
            secs
        );
    }
    println!("events per pass: {events}");
    if let Some(kb) = peak_rss_kb() {
        println!("peak RSS: {:.0} MB", kb as f64 / 1024.0);
    }
}
