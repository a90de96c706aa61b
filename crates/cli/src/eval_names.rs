//! `dyad eval names DIR`: base forms of named-entity mentions against the BSNLP gold.
//!
//! Each `annotated/pl/*.out` line is `mention<TAB>base form<TAB>type<TAB>id`; the mention is
//! split on spaces and given to `Analyser::name_base_form`. Accuracy is exact string match, reported
//! for one-word and multi-word mentions separately (the two are different problems: choosing
//! a reading vs agreement across words).
use std::path::{Path, PathBuf};

use anyhow::Context;

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// A folder in the BSNLP layout (`raw/pl/*.txt`, `annotated/pl/*.out`), or a parent of several.
    pub dir: PathBuf,
    /// Print every wrong base form (mention, gold, ours).
    #[arg(long)]
    pub errors: bool,
}

/// The gold files under `dir`: its own `annotated/pl/*.out`, or those of its sub-folders.
fn gold_files(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut topics = vec![dir.to_path_buf()];
    if !dir.join("annotated").is_dir() {
        topics = std::fs::read_dir(dir)
            .with_context(|| format!("cannot read {}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.join("annotated/pl").is_dir())
            .collect();
    }
    let mut files = Vec::new();
    for topic in topics {
        let annotated = topic.join("annotated/pl");
        for entry in std::fs::read_dir(&annotated)
            .with_context(|| format!("cannot read {}", annotated.display()))?
        {
            let path = entry?.path();
            if path.extension().is_some_and(|e| e == "out") {
                files.push(path);
            }
        }
    }
    files.sort();
    if files.is_empty() {
        anyhow::bail!("no annotated/pl/*.out files under {}", dir.display());
    }
    Ok(files)
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let analyser = dyad_morph::Analyser::polish();
    let files = gold_files(&args.dir)?;
    // (right, total) for one-word and multi-word mentions.
    let mut one = (0usize, 0usize);
    let mut multi = (0usize, 0usize);
    // One-word mentions SGJP lacks: the guesser's share of the score.
    let mut unknown = (0usize, 0usize);
    // (right, total) per entity type (PER, LOC, ORG, EVT, PRO), in a stable order.
    let mut by_type: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    for file in &files {
        let text = crate::analyse::read_utf8(file)?;
        for line in text.lines() {
            let fields: Vec<&str> = line.split('\t').collect();
            if fields.len() < 3 {
                continue; // the document id header
            }
            let (mention, gold) = (fields[0].trim(), fields[1].trim());
            let words: Vec<&str> = mention.split_whitespace().collect();
            if words.is_empty() {
                continue;
            }
            let ours = analyser.name_base_form(&words);
            let right = ours == gold;
            let per_type = by_type.entry(fields[2].trim().to_string()).or_default();
            per_type.1 += 1;
            per_type.0 += right as usize;
            if words.len() == 1 && analyser.analyse(words[0]).iter().all(|a| a.guessed) {
                unknown.1 += 1;
                unknown.0 += right as usize;
            }
            let counter = if words.len() == 1 {
                &mut one
            } else {
                &mut multi
            };
            counter.1 += 1;
            if right {
                counter.0 += 1;
            } else if args.errors {
                println!("{mention}\t{gold}\t{ours}");
            }
        }
    }
    let ratio = |(right, total): (usize, usize)| {
        if total == 0 {
            0.0
        } else {
            right as f64 / total as f64
        }
    };
    println!("files: {}", files.len());
    println!(
        "one-word mentions:   {:>6} / {:>6} = {:.3}",
        one.0,
        one.1,
        ratio(one)
    );
    println!(
        "multi-word mentions: {:>6} / {:>6} = {:.3}",
        multi.0,
        multi.1,
        ratio(multi)
    );
    for (kind, counts) in &by_type {
        println!(
            "  {kind:<4} {:>6} / {:>6} = {:.3}",
            counts.0,
            counts.1,
            ratio(*counts)
        );
    }
    println!(
        "one-word, not in SGJP (guesser): {} / {} = {:.3}",
        unknown.0,
        unknown.1,
        ratio(unknown)
    );
    Ok(())
}
