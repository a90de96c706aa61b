//! The `dyad` command line.
use clap::{Parser, Subcommand};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod analyse;
mod entities;
mod eval;
mod eval_entities;
mod eval_names;
mod eval_petrarch;
mod extract;
mod input;
mod serve;
mod store_cmds;

#[derive(Parser)]
#[command(
    name = "dyad",
    version,
    about = "Who did what to whom: news articles to event data"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Tokenize and analyse Polish text: one token per line, one line per analysis.
    Analyse(analyse::Args),
    /// Recognise and normalise named entities and actors, one JSON object per mention.
    Entities(entities::Args),
    /// Code articles into events (JSON Lines, see docs/contract.md).
    Extract(extract::Args),
    /// Evaluate against gold data.
    #[command(subcommand)]
    Eval(eval::EvalCommand),
    /// Read articles from files, folders and feeds into the event store.
    Ingest(store_cmds::IngestArgs),
    /// Query events in the store.
    Query(store_cmds::QueryArgs),
    /// A dyad over time: event counts per quad class and Goldstein sums.
    Series(store_cmds::SeriesArgs),
    /// Export events from the store (jsonl, csv, gdelt).
    Export(store_cmds::ExportArgs),
    /// Serve the HTTP API and the web page over a store.
    Serve(serve::Args),
}

fn main() {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyse(args) => analyse::run(args),
        Command::Entities(args) => entities::run(args),
        Command::Extract(args) => extract::run(args),
        Command::Eval(cmd) => eval::run(cmd),
        Command::Ingest(args) => store_cmds::ingest(args),
        Command::Query(args) => store_cmds::query(args),
        Command::Series(args) => store_cmds::series(args),
        Command::Export(args) => store_cmds::export(args),
        Command::Serve(args) => serve::run(args),
    };
    if let Err(err) = result {
        // A closed pipe (`dyad extract ... | head`) is not an error worth reporting.
        if err
            .chain()
            .filter_map(|e| e.downcast_ref::<std::io::Error>())
            .any(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
        {
            std::process::exit(0);
        }
        eprintln!("dyad: error: {err:#}");
        std::process::exit(1);
    }
}
