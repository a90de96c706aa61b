//! Tokenizer and splitter throughput over the BSNLP Polish news in ../shared (never committed).
//!
//! `cargo run --release -p dyad-text --example text_throughput [-- --dump]`: prints documents, bytes,
//! tokens, sentences and MB/s; `--dump` prints every sentence on its own line for review.

use std::path::Path;
use std::time::Instant;

use dyad_text::Tokenizer;

fn collect(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt")
            && path.to_string_lossy().contains("/raw/")
        {
            if let Ok(text) = std::fs::read_to_string(&path) {
                out.push(text);
            }
        }
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/bsnlp-pl");
    let mut documents = Vec::new();
    collect(&root, &mut documents);
    if documents.is_empty() {
        eprintln!("SKIPPED: no BSNLP raw files under {}", root.display());
        return;
    }
    let tokenizer = Tokenizer::polish();
    if std::env::args().any(|a| a == "--dump") {
        for text in &documents {
            for sentence in tokenizer.sentences(text) {
                println!("{}", sentence.span.slice(text).replace('\n', "⏎"));
            }
        }
        return;
    }
    let bytes: usize = documents.iter().map(String::len).sum();
    let rounds = 5;
    let started = Instant::now();
    let (mut tokens, mut sentences) = (0, 0);
    for _ in 0..rounds {
        for text in &documents {
            let split = tokenizer.sentences(text);
            sentences += split.len();
            tokens += split.iter().map(|s| s.tokens.len()).sum::<usize>();
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{} documents, {} bytes, {} tokens, {} sentences per round; {:.1} MB/s, {:.0} documents/s",
        documents.len(),
        bytes,
        tokens / rounds,
        sentences / rounds,
        (bytes * rounds) as f64 / seconds / 1e6,
        (documents.len() * rounds) as f64 / seconds
    );
}
