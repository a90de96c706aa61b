//! `dyad ingest`, `query`, `series`, `export`: files and feeds into the store, and out again.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::Context;
use clap::ValueEnum;
use dyad_model::Mode;
use dyad_store::pipeline::{self, Options};
use dyad_store::{EventFilter, Period, Store};
use jiff::civil::Date;

#[path = "store_output.rs"]
mod store_output;
#[path = "store_svg.rs"]
mod store_svg;

/// The store file when `--db` is not given.
const DEFAULT_DB: &str = "dyad.db";

/// Failures printed in the summary unless `--all-failures`.
const FAILURES_SHOWN: usize = 20;

#[derive(clap::Args)]
pub struct IngestArgs {
    /// Files and folders: text, JSON Lines, BSNLP raw, HTML, RSS/Atom, WARC (.gz too).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The store (SQLite file, created if missing).
    #[arg(long, default_value = DEFAULT_DB)]
    pub db: PathBuf,
    /// Articles per transaction: an interrupted run loses at most one batch.
    #[arg(long, default_value_t = 500)]
    pub batch: usize,
    /// Worker threads (default: one per core).
    #[arg(long, short = 'j')]
    pub threads: Option<usize>,
    /// List every failure, not only the first 20.
    #[arg(long)]
    pub all_failures: bool,
    /// No progress bar.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Filters shared by `query`, `series` and `export`.
#[derive(clap::Args, Default)]
pub struct FilterArgs {
    /// Source: country (RUS) or actor code (RUSGOV, or a prefix of one).
    #[arg(long)]
    pub source: Option<String>,
    /// Target: country or actor code.
    #[arg(long)]
    pub target: Option<String>,
    /// Match source and target in either direction.
    #[arg(long)]
    pub either: bool,
    /// CAMEO code or root: 04, 042.
    #[arg(long)]
    pub cameo: Option<String>,
    /// PLOVER event type: CONSULT, THREATEN, ...
    #[arg(long)]
    pub plover: Option<String>,
    /// Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=4))]
    pub quad: Option<u8>,
    /// Mode: asserted, planned, conditional, hypothetical, negated, alleged.
    #[arg(long, value_parser = parse_mode)]
    pub mode: Option<Mode>,
    /// Events on or after this day (YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<Date>,
    /// Events on or before this day (YYYY-MM-DD).
    #[arg(long)]
    pub to: Option<Date>,
    /// Words in the evidence (case-insensitive).
    #[arg(long)]
    pub text: Option<String>,
    /// At most this many events.
    #[arg(long)]
    pub limit: Option<usize>,
    /// Skip this many events first.
    #[arg(long)]
    pub offset: Option<usize>,
}

fn parse_mode(s: &str) -> Result<Mode, String> {
    Mode::parse(s).ok_or_else(|| format!("unknown mode {s:?}"))
}

impl FilterArgs {
    fn to_filter(&self) -> EventFilter {
        EventFilter {
            source: self.source.clone(),
            target: self.target.clone(),
            either_direction: self.either,
            cameo: self.cameo.clone(),
            plover: self.plover.clone(),
            quad_class: self.quad,
            mode: self.mode,
            from: self.from,
            to: self.to,
            text: self.text.clone(),
            limit: self.limit,
            offset: self.offset,
            exclude_modes: Vec::new(),
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub enum QueryFormat {
    Table,
    Jsonl,
    Csv,
}

#[derive(clap::Args)]
pub struct QueryArgs {
    /// The store.
    #[arg(long, default_value = DEFAULT_DB)]
    pub db: PathBuf,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Output: table (default on a terminal), jsonl (default otherwise), csv.
    #[arg(long)]
    pub format: Option<QueryFormat>,
    /// Also list each event's mentions: the evidence of every article that reported it.
    #[arg(long)]
    pub mentions: bool,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum By {
    Day,
    Week,
    Month,
}

#[derive(clap::Args)]
pub struct SeriesArgs {
    /// Source: country or actor code (RUS).
    pub source: String,
    /// Target: country or actor code (PRK).
    pub target: String,
    /// Period.
    #[arg(long, value_enum, default_value = "month")]
    pub by: By,
    /// Count both directions (SOURCE→TARGET and TARGET→SOURCE).
    #[arg(long)]
    pub both: bool,
    /// Write an SVG chart to this file.
    #[arg(long)]
    pub svg: Option<PathBuf>,
    /// Output CSV instead of a table.
    #[arg(long)]
    pub csv: bool,
    /// The store.
    #[arg(long, default_value = DEFAULT_DB)]
    pub db: PathBuf,
    /// Events on or after this day.
    #[arg(long)]
    pub from: Option<Date>,
    /// Events on or before this day.
    #[arg(long)]
    pub to: Option<Date>,
    /// Only events in this mode (e.g. asserted, to leave out plans).
    #[arg(long, value_parser = parse_mode)]
    pub mode: Option<Mode>,
    /// Count negated, hypothetical and conditional events too (by default a series counts
    /// what happened, was planned or is alleged).
    #[arg(long)]
    pub all_modes: bool,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    /// One event per line with every mention (contract fields).
    Jsonl,
    /// One event per row.
    Csv,
    /// GDELT 2.0 event table: 61 tab-separated columns, no header.
    Gdelt,
}

#[derive(clap::Args)]
pub struct ExportArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: ExportFormat,
    /// Write here instead of standard output.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// The store.
    #[arg(long, default_value = DEFAULT_DB)]
    pub db: PathBuf,
    #[command(flatten)]
    pub filter: FilterArgs,
}

fn open_existing(db: &std::path::Path) -> anyhow::Result<Store> {
    if !db.exists() {
        anyhow::bail!(
            "{}: no such store (run `dyad ingest PATH... --db {}` first)",
            db.display(),
            db.display()
        );
    }
    Ok(Store::open(db)?)
}

pub fn ingest(args: IngestArgs) -> anyhow::Result<()> {
    if let Some(n) = args.threads {
        // Only fails when a pool exists already, which a fresh process never has.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global();
    }
    let engine = dyad_coder::Engine::new().context("loading the event coder")?;
    let coder = |article: &dyad_model::Article| engine.process(article);

    let bar = if !args.quiet && std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {elapsed} {pos} read ({rate}) {msg}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner())
            .with_key(
                "rate",
                |s: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = write!(w, "{:.0} articles/s", s.per_sec());
                },
            ),
        );
        bar.enable_steady_tick(Duration::from_millis(200));
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let options = Options {
        batch_size: args.batch.max(1),
        ..Options::default()
    };
    let keep = if args.all_failures {
        usize::MAX
    } else {
        FAILURES_SHOWN
    };
    let options = Options {
        keep_failures: keep,
        ..options
    };
    // First Ctrl-C: commit the batch in flight and report; a second one exits at once (SQLite
    // rolls the open transaction back, nothing committed is lost either way).
    static STOP: AtomicBool = AtomicBool::new(false);
    let _ = ctrlc::set_handler(|| {
        if STOP.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
        eprintln!("\ndyad: stopping after the batch in flight (Ctrl-C again to quit at once)");
    });
    let summary = pipeline::ingest(&args.db, &args.paths, &coder, &options, &STOP, |s| {
        bar.set_position(s.read);
        if s.read % 64 == 0 {
            bar.set_message(format!(
                "stored {} · duplicates {} · failed {} · events {}",
                s.stored, s.duplicates, s.failed, s.mentions
            ));
        }
    })?;
    bar.finish_and_clear();

    let counts = Store::open(&args.db)?.counts()?;
    let secs = summary.elapsed.as_secs_f64().max(1e-9);
    let mut err = std::io::stderr().lock();
    writeln!(
        err,
        "read {} documents in {:.2} s ({:.0} articles/s; the store was busy {:.0}% of the time)",
        summary.read,
        secs,
        summary.read as f64 / secs,
        100.0 * summary.writing.as_secs_f64() / secs
    )?;
    writeln!(
        err,
        "stored {} new articles, skipped {} duplicates, failed {}",
        summary.stored, summary.duplicates, summary.failed
    )?;
    writeln!(
        err,
        "events: {} mentions stored, {} new events, {} merged into events already stored",
        summary.mentions,
        summary.new_events,
        summary.mentions - summary.new_events
    )?;
    for failure in &summary.failures {
        writeln!(err, "  failed: {failure}")?;
    }
    if summary.failed as usize > summary.failures.len() {
        writeln!(
            err,
            "  ... and {} more (--all-failures lists them)",
            summary.failed as usize - summary.failures.len()
        )?;
    }
    writeln!(
        err,
        "store {}: {} articles, {} events, {} mentions",
        args.db.display(),
        counts.articles,
        counts.events,
        counts.mentions
    )?;
    if summary.interrupted {
        writeln!(
            err,
            "interrupted: everything above is committed; run the same command again to resume"
        )?;
        std::process::exit(130);
    }
    Ok(())
}

pub fn query(args: QueryArgs) -> anyhow::Result<()> {
    let store = open_existing(&args.db)?;
    let format = args.format.unwrap_or(if std::io::stdout().is_terminal() {
        QueryFormat::Table
    } else {
        QueryFormat::Jsonl
    });
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let filter = args.filter.to_filter();
    let mut n = 0usize;
    match format {
        QueryFormat::Table => {
            store_output::table_header(&mut out)?;
            store.for_each_event(&filter, |e| {
                n += 1;
                store_output::table_row(&mut out, &e)?;
                if args.mentions {
                    if let Ok(mentions) = store.mentions(e.id) {
                        store_output::table_mentions(&mut out, &mentions)?;
                    }
                }
                Ok(())
            })??;
        }
        QueryFormat::Jsonl => {
            store.for_each_event(&filter, |e| {
                n += 1;
                let mentions = if args.mentions {
                    store.mentions(e.id).ok()
                } else {
                    None
                };
                store_output::jsonl(&mut out, &e, mentions.as_deref())
            })??;
        }
        QueryFormat::Csv => {
            store_output::csv_header(&mut out)?;
            store.for_each_event(&filter, |e| {
                n += 1;
                store_output::csv_row(&mut out, &e)
            })??;
        }
    }
    out.flush()?;
    if matches!(format, QueryFormat::Table) {
        drop(out);
        eprintln!("{n} events");
    }
    Ok(())
}

pub fn series(args: SeriesArgs) -> anyhow::Result<()> {
    let store = open_existing(&args.db)?;
    let filter = EventFilter {
        source: Some(args.source.clone()),
        target: Some(args.target.clone()),
        either_direction: args.both,
        from: args.from,
        to: args.to,
        mode: args.mode,
        exclude_modes: if args.all_modes || args.mode.is_some() {
            Vec::new()
        } else {
            dyad_store::SERIES_LEFT_OUT.to_vec()
        },
        ..EventFilter::default()
    };
    let by = match args.by {
        By::Day => Period::Day,
        By::Week => Period::Week,
        By::Month => Period::Month,
    };
    let rows = store.series(&filter, by)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.csv {
        store_output::series_csv(&mut out, &rows)?;
    } else {
        store_output::series_table(&mut out, &rows)?;
    }
    out.flush()?;
    let arrow = if args.both { "↔" } else { "→" };
    let title = format!(
        "{} {arrow} {}",
        args.source.to_uppercase(),
        args.target.to_uppercase()
    );
    if let Some(path) = &args.svg {
        let svg = store_svg::chart(&title, &rows);
        std::fs::write(path, svg).with_context(|| format!("writing {}", path.display()))?;
        eprintln!("chart written to {}", path.display());
    }
    if rows.is_empty() {
        eprintln!("no dated events for {title} in {}", args.db.display());
    }
    Ok(())
}

pub fn export(args: ExportArgs) -> anyhow::Result<()> {
    let store = open_existing(&args.db)?;
    let sink: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(
            std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?,
        ),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = std::io::BufWriter::new(sink);
    let filter = args.filter.to_filter();
    let mut n = 0usize;
    match args.format {
        ExportFormat::Jsonl => store.for_each_event(&filter, |e| {
            n += 1;
            let mentions = store.mentions(e.id).map_err(std::io::Error::other)?;
            store_output::jsonl(&mut out, &e, Some(&mentions))
        })??,
        ExportFormat::Csv => {
            store_output::csv_header(&mut out)?;
            store.for_each_event(&filter, |e| {
                n += 1;
                store_output::csv_row(&mut out, &e)
            })??
        }
        ExportFormat::Gdelt => store.for_each_event(&filter, |e| {
            n += 1;
            store_output::gdelt_row(&mut out, &e)
        })??,
    }
    out.flush()?;
    if let Some(path) = &args.output {
        eprintln!("{n} events written to {}", path.display());
    }
    Ok(())
}
