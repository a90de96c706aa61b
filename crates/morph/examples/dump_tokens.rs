//! Writes the word tokens of BSNLP raw news files, one per line, for the benchmark.
//!
//! `cargo run --release -p dyad-morph --example dump_tokens -- OUT FILE...`: the first five lines
//! of each file are its header (id, language, date, url, title) and are skipped.
use std::io::Write;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = args.next().ok_or("usage: dump_tokens OUT FILE...")?;
    let mut out = std::io::BufWriter::new(std::fs::File::create(out)?);
    let tokenizer = dyad_text::Tokenizer::polish();
    for path in args {
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
        let body: String = text.lines().skip(5).collect::<Vec<_>>().join("\n");
        for token in tokenizer.tokens(&body) {
            writeln!(out, "{}", &body[token.span.start..token.span.end])?;
        }
    }
    out.flush()?;
    Ok(())
}
