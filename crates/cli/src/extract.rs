//! `dyad extract`: articles in, one JSON event per line out (docs/contract.md).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use dyad_model::{Article, Event, Lang};

use crate::input::{read_input, Format};

/// Arguments of `dyad extract`.
#[derive(clap::Args)]
pub struct Args {
    /// Language of the articles: pl, en, or auto (detected per article).
    #[arg(long, default_value = "auto")]
    pub lang: String,
    /// Publication date (YYYY-MM-DD): anchors relative dates ("dwa dni temu").
    #[arg(long)]
    pub published: Option<String>,
    /// Document id (default: the file name).
    #[arg(long)]
    pub id: Option<String>,
    /// Output format: jsonl (default when standard output is not a terminal) or table.
    #[arg(long)]
    pub format: Option<Format>,
    /// Article files (one article per file), or `-` for standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let published = match &args.published {
        Some(p) => Some(parse_published(p)?),
        None => None,
    };
    let lang = match args.lang.as_str() {
        "auto" => None,
        other => match Lang::from_code(other) {
            Some(l) => Some(l),
            None => bail!("--lang {other:?}: expected pl, en or auto"),
        },
    };
    let engine = dyad_coder::Engine::new().context("loading the lexicons")?;
    let format = args.format.unwrap_or(if std::io::stdout().is_terminal() {
        Format::Table
    } else {
        Format::Jsonl
    });
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for path in &args.paths {
        let text = read_input(path)?;
        let id = args.id.clone().unwrap_or_else(|| doc_id(path));
        let lang = lang.or_else(|| Some(dyad_coder::detect_lang(&text)));
        let article = Article {
            id,
            published,
            lang,
            text,
            ..Article::default()
        };
        let events = engine.process(&article);
        match format {
            Format::Jsonl => {
                for e in &events {
                    serde_json::to_writer(&mut out, e)?;
                    out.write_all(b"\n")?;
                }
            }
            Format::Table => write_table(&mut out, &article, &events)?,
        }
    }
    out.flush()?;
    Ok(())
}

fn doc_id(path: &Path) -> String {
    if path.as_os_str() == "-" {
        return "stdin".to_owned();
    }
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

fn actor_cell(a: &Option<dyad_model::Actor>) -> String {
    match a {
        Some(a) => match &a.actor {
            Some(code) => format!("{code} ({})", a.text),
            None => format!("? ({})", a.text),
        },
        None => "-".to_owned(),
    }
}

/// A table for people: one block per event, the key facts on one line, the evidence below.
fn write_table(out: &mut impl Write, article: &Article, events: &[Event]) -> anyhow::Result<()> {
    writeln!(out, "{}: {} event(s)", article.id, events.len())?;
    for e in events {
        let date = e
            .date
            .as_ref()
            .map(|d| match (d.start, d.end) {
                (Some(s), Some(t)) if s == t => format!("{s}"),
                (Some(s), Some(t)) => format!("{s}..{t}"),
                _ => format!("? ({})", d.text),
            })
            .unwrap_or_else(|| "-".to_owned());
        let desc = dyad_lexicon::CodeBook::builtin()
            .get(&e.cameo)
            .map(|c| c.description.clone())
            .unwrap_or_default();
        writeln!(
            out,
            "\n[{}] {} -> {}  {} {}  ({}, {})",
            e.sentence,
            actor_cell(&e.source),
            actor_cell(&e.target),
            e.cameo,
            desc,
            e.mode.as_str(),
            date
        )?;
        if let Some(r) = &e.reported_by {
            writeln!(out, "    reported by: {}", actor_cell(&Some(r.clone())))?;
        }
        if let Some(l) = &e.location {
            writeln!(
                out,
                "    location:    {} ({})",
                l.name,
                l.country.as_deref().unwrap_or("?")
            )?;
        }
        writeln!(out, "    rule:        {}", e.rule)?;
        let mut ev = e.evidence.text.replace('\n', " ");
        if ev.chars().count() > 160 {
            ev = ev.chars().take(157).collect::<String>() + "...";
        }
        writeln!(out, "    evidence:    {ev}")?;
    }
    Ok(())
}

/// A publication date: `YYYY-MM-DD`, or a timestamp that starts with one
/// (`2016-10-20T00:00:00+00:00`), surrounding whitespace ignored.
fn parse_published(raw: &str) -> anyhow::Result<jiff::civil::Date> {
    let p = raw.trim();
    p.parse::<jiff::civil::Date>()
        .or_else(|e| p.get(..10).ok_or(e)?.parse::<jiff::civil::Date>())
        .with_context(|| format!("--published {raw:?} is not a date (YYYY-MM-DD)"))
}
