//! `dyad analyse [FILE|-]...`: tokenize and analyse Polish text, one token per line, one line
//! per analysis (most likely first): form, lemma, SGJP tag, name class or `-`, `guessed` or
//! `known`; a blank line between sentences.
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// Input files, or `-` for standard input (the default).
    pub paths: Vec<PathBuf>,
}

/// Reads `path` (or stdin for `-`) as UTF-8, naming the file and the first bad byte on error.
pub fn read_utf8(path: &Path) -> anyhow::Result<String> {
    let mut bytes = Vec::new();
    let name = if path == Path::new("-") {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    };
    if path == Path::new("-") {
        std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .with_context(|| format!("cannot read {name}"))?;
    } else {
        bytes = std::fs::read(path).with_context(|| format!("cannot read {name}"))?;
    }
    String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(
            "{name} is not valid UTF-8: first bad byte at offset {}",
            e.utf8_error().valid_up_to()
        )
    })
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.paths
    };
    let analyser = dyad_morph::Analyser::polish();
    let tokenizer = dyad_text::Tokenizer::polish();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for path in &paths {
        let text = read_utf8(path)?;
        // A byte-order mark is not text (spans then count from after it).
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        for sentence in tokenizer.sentences(text) {
            let analysed = analyser.analyse_sentence(text, &sentence);
            for token in &analysed.tokens {
                if token.analyses.is_empty() {
                    writeln!(out, "{}\t{}\tign\t-\tguessed", token.form, token.form)?;
                }
                for a in &token.analyses {
                    writeln!(
                        out,
                        "{}\t{}\t{}\t{}\t{}",
                        token.form,
                        a.lemma,
                        analyser.tag_str(&a.tag),
                        a.name_class.map_or("-", |c| c.sgjp_name()),
                        if a.guessed { "guessed" } else { "known" }
                    )?;
                }
            }
            writeln!(out)?;
        }
    }
    out.flush()?;
    Ok(())
}
