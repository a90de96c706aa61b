//! Prints every date expression dyad-dates finds in article files, one per line:
//! `file<TAB>byte start<TAB>byte end<TAB>text<TAB>date start<TAB>date end<TAB>precision<TAB>context`, then a throughput summary on
//! standard error. For eyeballing real text and timing it.
//!
//! Usage: `find_dates [--lang pl|en] [--published YYYY-MM-DD] [--bsnlp] [--repeat N] FILE...`
//! `--repeat N` times N more passes over all files and reports the best one, since a single
//! pass on a shared machine is noisy.
//! With `--bsnlp`, files are BSNLP raw documents (id, language, date, URL, then the text) and
//! each one's own date anchors it.

use std::time::Instant;

use dyad_dates::probe::precision_name;
use dyad_dates::{DateResolver, Lang, TenseHint};
use jiff::civil::Date;

fn main() {
    let mut lang = Lang::Pl;
    let mut published: Option<Date> = None;
    let mut bsnlp = false;
    let mut repeat = 0usize;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" => match args.next().as_deref().and_then(Lang::from_code) {
                Some(l) => lang = l,
                None => fail("--lang takes pl or en"),
            },
            "--published" => match args.next().map(|s| s.parse::<Date>()) {
                Some(Ok(d)) => published = Some(d),
                _ => fail("--published takes YYYY-MM-DD"),
            },
            "--bsnlp" => bsnlp = true,
            "--repeat" => match args.next().map(|s| s.parse::<usize>()) {
                Some(Ok(n)) => repeat = n,
                _ => fail("--repeat takes a number"),
            },
            _ => files.push(arg),
        }
    }
    if files.is_empty() {
        fail("usage: find_dates [--lang pl|en] [--published YYYY-MM-DD] [--bsnlp] FILE...");
    }
    let resolver = DateResolver::new();
    let show = |d: Option<Date>| d.map_or("-".to_owned(), |d| d.to_string());
    let (mut bytes, mut mentions, mut busy) = (0usize, 0usize, 0f64);
    let mut docs: Vec<(Option<Date>, String)> = Vec::new();
    for file in &files {
        let text = match std::fs::read_to_string(file) {
            Ok(t) => t,
            Err(e) => fail(&format!("{file}: {e}")),
        };
        let (anchor, body) = if bsnlp {
            let mut lines = text.splitn(5, '\n');
            let date = lines.nth(2).and_then(|d| d.trim().parse::<Date>().ok());
            (date, lines.nth(1).unwrap_or_default().to_owned())
        } else {
            (published, text)
        };
        let started = Instant::now();
        let found = resolver.find(lang, &body, anchor, TenseHint::Unknown);
        if repeat > 0 {
            docs.push((anchor, body.clone()));
        }
        busy += started.elapsed().as_secs_f64();
        bytes += body.len();
        mentions += found.len();
        for m in found {
            let from = floor_boundary(&body, m.start.saturating_sub(40));
            let to = floor_boundary(&body, (m.end + 40).min(body.len()));
            let context = body[from..to].replace(['\n', '\t', '\r'], " ");
            println!(
                "{file}\t{}\t{}\t{}\t{}\t{}\t{}\t{context}",
                m.start,
                m.end,
                m.text,
                show(m.date.start),
                show(m.date.end),
                precision_name(m.date.precision)
            );
        }
    }
    for _ in 0..repeat {
        let started = Instant::now();
        for (anchor, body) in &docs {
            std::hint::black_box(resolver.find(lang, body, *anchor, TenseHint::Unknown));
        }
        busy = busy.min(started.elapsed().as_secs_f64());
    }
    eprintln!(
        "{} files, {mentions} mentions, {:.1} MB/s, {:.0} files/s (resolver time only{})",
        files.len(),
        bytes as f64 / busy.max(1e-9) / 1e6,
        files.len() as f64 / busy.max(1e-9),
        if repeat > 0 { ", best pass" } else { "" }
    );
}

/// The largest char boundary at or below `i`, so context slices never split a character.
fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn fail(message: &str) -> ! {
    eprintln!("find_dates: {message}");
    std::process::exit(2);
}
