//! `dyad eval petrarch FILE --actors A --agents B --verbs V [--discards D]`: PETRARCH2's
//! unit-test records coded by dyad's English coder with PETRARCH's own dictionaries (read in
//! their formats and converted by `dyad-petrarch`), reported as records coded exactly
//! (source, target, code) by category.
use std::path::PathBuf;

use anyhow::Context;
use dyad_petrarch::records::{parse_jsonl, parse_xml};
use dyad_petrarch::suite::{render, run as run_suite, Dictionaries};

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// The records: PETRARCH's validation XML (`PETR.UnitTest.records.xml`) or the same as JSON
    /// Lines (`.jsonl`).
    pub file: PathBuf,
    /// Actor dictionary (`PETR.Validate.actors.txt`).
    #[arg(long)]
    pub actors: PathBuf,
    /// Agent dictionary (`PETR.Validate.agents.txt`).
    #[arg(long)]
    pub agents: PathBuf,
    /// Verb dictionary (`PETR.Validate.verbs.txt`).
    #[arg(long)]
    pub verbs: PathBuf,
    /// Discard list (`PETR.Validate.discards.txt`).
    #[arg(long)]
    pub discards: Option<PathBuf>,
    /// List every record coded differently (expected, then dyad's), and the dictionary lines
    /// skipped or left out by the conversion.
    #[arg(long)]
    pub verbose: bool,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let dicts = Dictionaries::load(
        &args.actors,
        &args.agents,
        &args.verbs,
        args.discards.as_deref(),
    )
    .context("loading PETRARCH's dictionaries")?;
    let name = args.file.display().to_string();
    let text = dyad_petrarch::read_file(&args.file)?;
    let records = if name.ends_with(".jsonl") || name.ends_with(".json") {
        parse_jsonl(&name, &text)?
    } else {
        parse_xml(&name, &text)?
    };
    let report = run_suite(&dicts, &records);
    if args.verbose {
        for warning in &dicts.warnings {
            println!("note: {warning}");
        }
        for o in report.outcomes.iter().filter(|o| !o.passed) {
            let rules: Vec<String> = dicts
                .events(&o.record.id, &o.record.text, o.record.date)
                .iter()
                .map(|e| {
                    let actor = |a: &Option<dyad_model::Actor>| {
                        a.as_ref().map_or("-".to_owned(), |a| {
                            format!("{}={}", a.text, a.actor.as_deref().unwrap_or("?"))
                        })
                    };
                    format!("{} ({} -> {})", e.rule, actor(&e.source), actor(&e.target))
                })
                .collect();
            println!(
                "MISS {} [{}]: want {} | got {}\n     {}\n     rules: {}",
                o.record.id,
                o.record.category,
                render(o.record.expected.codings()),
                render(&o.got),
                o.record.text,
                rules.join("; ")
            );
        }
    }
    println!("{:<10} {:>7} {:>6}", "category", "exact", "share");
    for (category, (passed, total)) in &report.by_category {
        println!(
            "{category:<10} {:>7} {:>5.1}%",
            format!("{passed}/{total}"),
            100.0 * *passed as f64 / (*total).max(1) as f64
        );
    }
    let (passed, total) = report.totals();
    println!(
        "{:<10} {:>7} {:>5.1}%",
        "TOTAL",
        format!("{passed}/{total}"),
        100.0 * report.pass_rate()
    );
    Ok(())
}
