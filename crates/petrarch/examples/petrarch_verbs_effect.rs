//! What `lexicons/en/petrarch_verbs.tsv` would do to English coding if it were added to
//! the built-in lexicon: codes the English spot check (crates/coder/tests/english_spot_check.tsv)
//! with the hand-written English events alone and with the converted PETRARCH entries added,
//! and prints precision and recall of (source, target, code) for both.
//!
//! ```text
//! cargo run --release -p dyad-petrarch --example petrarch_verbs_effect
//! ```
use std::collections::BTreeSet;

use dyad_coder::Engine;
use dyad_lexicon::{CodeBook, EventLexicon};
use dyad_model::{Article, Lang};

const REPO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// A sentence with its gold (source, target, code) triples.
type Row = (String, BTreeSet<(String, String, String)>);

fn score(engine: &Engine, rows: &[Row]) -> (usize, usize, usize) {
    let (mut right, mut got, mut want) = (0, 0, 0);
    for (i, (sentence, gold)) in rows.iter().enumerate() {
        let article = Article {
            id: format!("s{i}"),
            url: None,
            published: "2024-03-15".parse().ok(),
            title: None,
            outlet: None,
            lang: Some(Lang::En),
            text: sentence.clone(),
        };
        let coded: BTreeSet<(String, String, String)> = engine
            .process(&article)
            .into_iter()
            .map(|e| {
                let code = |a: Option<dyad_model::Actor>| {
                    a.and_then(|a| a.actor).unwrap_or_else(|| "-".into())
                };
                (code(e.source), code(e.target), e.cameo)
            })
            .collect();
        right += coded.intersection(gold).count();
        got += coded.len();
        want += gold.len();
    }
    (right, got, want)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let table =
        std::fs::read_to_string(format!("{REPO}/crates/coder/tests/english_spot_check.tsv"))?;
    let mut rows = Vec::new();
    for line in table
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let fields: Vec<&str> = line.split(" | ").collect();
        let [_, sentence, gold] = fields[..] else {
            continue;
        };
        let gold = gold
            .split(';')
            .filter_map(|e| {
                let p: Vec<&str> = e.split_whitespace().collect();
                (p.len() >= 4).then(|| (p[0].to_owned(), p[2].to_owned(), p[3].to_owned()))
            })
            .collect();
        rows.push((sentence.to_owned(), gold));
    }
    let mut sources: Vec<(&'static str, String)> = Vec::new();
    for file in EventLexicon::builtin_files(Lang::En).filter(|f| !f.ends_with("petrarch_verbs.tsv"))
    {
        sources.push((file, std::fs::read_to_string(format!("{REPO}/{file}"))?));
    }
    let hand: Vec<(&'static str, &str)> = sources.iter().map(|(f, t)| (*f, t.as_str())).collect();
    // Read under a category name the lexicon accepts (it refuses `_`).
    let converted = std::fs::read_to_string(format!("{REPO}/lexicons/en/petrarch_verbs.tsv"))?
        .replace("\npetrarch_verbs/", "\npetrarch-verbs/");
    let mut both = hand.clone();
    both.push(("lexicons/en/events/petrarch-verbs.tsv", &converted));
    for (name, files) in [
        ("hand-written", hand),
        ("hand-written + petrarch_verbs", both),
    ] {
        let lexicon = EventLexicon::parse(Lang::En, &files, CodeBook::try_builtin()?)?;
        let entries = lexicon.len();
        let engine = Engine::builder()
            .langs(&[Lang::En])
            .events(Lang::En, lexicon)
            .build()?;
        let (right, got, want) = score(&engine, &rows);
        println!(
            "{name:32} {entries:5} entries: precision {right}/{got} = {:.3}, recall {right}/{want} = {:.3}",
            right as f64 / got.max(1) as f64,
            right as f64 / want.max(1) as f64
        );
    }
    Ok(())
}
