//! `dyad entities`: named entities and actors, one JSON object per mention.

use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use dyad_actors::{Mention, Recogniser};
use dyad_morph::Analyser;
use dyad_text::Tokenizer;
use jiff::civil::Date;

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// Input files, or `-` for standard input.
    pub paths: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD): actor codes are those valid on it.
    #[arg(long)]
    pub published: Option<Date>,
    /// Output format: `jsonl` (default when piped) or `table`.
    #[arg(long)]
    pub format: Option<Format>,
    /// Print actor mentions as the event coder sees them (role phrases composed with their
    /// country: "prezydent Rosji", demonym adjectives) instead of named entities only.
    #[arg(long)]
    pub actors: bool,
}

/// Output format.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One JSON object per line.
    Jsonl,
    /// A table for people.
    Table,
}

/// Everything needed to find the mentions of a document; built once.
pub struct Pipeline {
    tokenizer: Tokenizer,
    analyser: &'static Analyser,
    recogniser: Recogniser,
}

impl Pipeline {
    /// The Polish pipeline.
    pub fn polish() -> anyhow::Result<Pipeline> {
        Ok(Pipeline {
            tokenizer: Tokenizer::polish(),
            analyser: Analyser::polish(),
            recogniser: Recogniser::polish().context("loading the actor lexicon")?,
        })
    }

    /// Mentions in `text`: named entities, or actor mentions when `actors`.
    pub fn mentions(&self, text: &str, date: Option<Date>, actors: bool) -> Vec<Mention> {
        let analysed: Vec<_> = self
            .tokenizer
            .sentences(text)
            .iter()
            .map(|s| self.analyser.analyse_sentence(text, s))
            .collect();
        if actors {
            analysed
                .iter()
                .flat_map(|a| self.recogniser.mentions(text, a, date))
                .collect()
        } else {
            self.recogniser.document_entities(text, &analysed, date)
        }
    }
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let pipeline = Pipeline::polish()?;
    let stdout = std::io::stdout();
    let format = args
        .format
        .unwrap_or(if std::io::IsTerminal::is_terminal(&stdout) {
            Format::Table
        } else {
            Format::Jsonl
        });
    let mut out = BufWriter::new(stdout.lock());
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.paths
    };
    for path in &paths {
        let (doc, text) = read_doc(path)?;
        let ms = pipeline.mentions(&text, args.published, args.actors);
        for m in &ms {
            match format {
                Format::Jsonl => writeln!(out, "{}", json(&doc, m))?,
                Format::Table => writeln!(
                    out,
                    "{:<12} {:>6}-{:<6} {:<40} {:<32} {} {:<10} {:<4} {}",
                    doc,
                    m.span.start,
                    m.span.end,
                    m.text,
                    m.base,
                    m.kind.as_str(),
                    m.actor.as_deref().unwrap_or("-"),
                    m.country.as_deref().unwrap_or("-"),
                    m.name.as_deref().unwrap_or("-"),
                )?,
            }
        }
    }
    out.flush()?;
    Ok(())
}

/// Reads a document: the file name is its id; `-` is standard input.
pub fn read_doc(path: &Path) -> anyhow::Result<(String, String)> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .context("reading standard input")?;
        let text = String::from_utf8(buf).context("standard input is not UTF-8")?;
        return Ok(("-".into(), text));
    }
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let text =
        String::from_utf8(bytes).with_context(|| format!("{} is not UTF-8", path.display()))?;
    let doc = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    Ok((doc, text))
}

/// The output object of one mention.
pub fn json(doc: &str, m: &Mention) -> serde_json::Value {
    let mut v = serde_json::json!({
        "doc": doc,
        "start": m.span.start,
        "end": m.span.end,
        "text": m.text,
        "base": m.base,
        "type": m.kind.as_str(),
        "name": m.name,
        "actor": m.actor,
        "country": m.country,
        "role": m.role,
        "entity": m.entity,
    });
    if m.adjectival {
        v["adjectival"] = true.into();
    }
    if let Some(p) = &m.place {
        v["place"] =
            serde_json::json!({"name": p.name, "country": p.country, "lat": p.lat, "lon": p.lon});
    }
    v
}
