//! `dyad eval entities DIR`: BSNLP document-level measures of the recogniser.
//!
//! - recognition (relaxed): per document, the set of distinct (mention string, type) pairs the
//!   system finds against the gold set; precision, recall and F1 micro-averaged over documents
//!   (also without types);
//! - normalisation: of the gold mentions the system found, the share whose base form equals the
//!   gold base form (and the share of all gold mentions);
//! - country linking: of the gold mentions whose id names a country (`GPE-Russia`), the share the
//!   system links to that alpha-3 code (a mention it missed counts as wrong).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use anyhow::Context;
use dyad_actors::{Category, Lexicon};
use jiff::civil::Date;

use crate::entities::Pipeline;

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// A folder in the BSNLP layout (`raw/pl/*.txt`, `annotated/pl/*.out`), or a parent of several.
    pub dir: std::path::PathBuf,
    /// Print each document's misses and false alarms.
    #[arg(long)]
    pub errors: bool,
}

#[derive(Default, Clone, Copy)]
struct Counts {
    docs: usize,
    tp: usize,
    sys: usize,
    gold: usize,
    tp_untyped: usize,
    sys_untyped: usize,
    gold_untyped: usize,
    norm_found: usize,
    norm_ok: usize,
    country_gold: usize,
    country_ok: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.docs += o.docs;
        self.tp += o.tp;
        self.sys += o.sys;
        self.gold += o.gold;
        self.tp_untyped += o.tp_untyped;
        self.sys_untyped += o.sys_untyped;
        self.gold_untyped += o.gold_untyped;
        self.norm_found += o.norm_found;
        self.norm_ok += o.norm_ok;
        self.country_gold += o.country_gold;
        self.country_ok += o.country_ok;
    }

    fn line(&self, name: &str) -> String {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let f1 = |tp: usize, s: usize, g: usize| {
            let (p, r) = (ratio(tp, s), ratio(tp, g));
            if p + r == 0.0 {
                0.0
            } else {
                2.0 * p * r / (p + r)
            }
        };
        format!(
            "{name:<14} {:>5} {:>6.3} {:>6.3} {:>6.3} {:>9.3} {:>7.3} {:>9.3} {:>9.3} ({}/{})",
            self.docs,
            ratio(self.tp, self.sys),
            ratio(self.tp, self.gold),
            f1(self.tp, self.sys, self.gold),
            f1(self.tp_untyped, self.sys_untyped, self.gold_untyped),
            ratio(self.norm_ok, self.norm_found),
            ratio(self.norm_ok, self.gold_untyped),
            ratio(self.country_ok, self.country_gold),
            self.country_ok,
            self.country_gold,
        )
    }
}

/// One gold annotation line.
struct Gold {
    mention: String,
    base: String,
    kind: String,
    id: String,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let topics = topic_dirs(&args.dir)?;
    if topics.is_empty() {
        anyhow::bail!(
            "{}: no BSNLP topic (raw/pl/*.txt with annotated/pl/*.out) found",
            args.dir.display()
        );
    }
    let pipeline = Pipeline::polish()?;
    let lexicon = Lexicon::embedded()?;
    let countries = country_ids(&lexicon);
    println!(
        "{:<14} {:>5} {:>6} {:>6} {:>6} {:>9} {:>7} {:>9} {:>9}",
        "topic", "docs", "P", "R", "F1", "F1-untyp", "norm", "norm-all", "country"
    );
    let mut total = Counts::default();
    for dir in &topics {
        let c = eval_topic(&pipeline, &countries, dir, args.errors)?;
        let name = dir.file_name().map_or_else(
            || dir.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        println!("{}", c.line(&name));
        total.add(&c);
    }
    if topics.len() > 1 {
        println!("{}", total.line("all"));
    }
    Ok(())
}

/// `dir` itself when it is a topic, else its subfolders that are.
fn topic_dirs(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let is_topic = |d: &Path| d.join("raw/pl").is_dir() && d.join("annotated/pl").is_dir();
    if is_topic(dir) {
        return Ok(vec![dir.to_path_buf()]);
    }
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| is_topic(p))
        .collect();
    out.sort();
    Ok(out)
}

/// Gold ids of countries (`GPE-Russia`, `GPE-Great-Britain`) to alpha-3, from the lexicon's
/// English names.
fn country_ids(lexicon: &Lexicon) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for e in &lexicon.entities {
        if e.category != Category::Country {
            continue;
        }
        for name in e.names_in(dyad_model::Lang::En) {
            let key = format!("GPE-{}", name.replace(' ', "-")).to_lowercase();
            out.entry(key).or_insert_with(|| e.id.clone());
        }
    }
    out
}

fn eval_topic(
    pipeline: &Pipeline,
    countries: &HashMap<String, String>,
    dir: &Path,
    errors: bool,
) -> anyhow::Result<Counts> {
    let mut total = Counts::default();
    let raw = dir.join("raw/pl");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&raw)
        .with_context(|| format!("reading {}", raw.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    for file in files {
        let stem = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let gold_path = dir
            .join("annotated/pl")
            .join(format!("{}.out", stem.trim_end_matches(".txt")));
        // BSNLP releases name the gold file `<raw>.out`, `<raw stem>.out` or like the raw file.
        let gold_path = [
            gold_path,
            dir.join("annotated/pl").join(format!("{stem}.out")),
            dir.join("annotated/pl").join(&stem),
        ]
        .into_iter()
        .find(|p| p.exists())
        .unwrap_or_default();
        let Ok(gold_text) = std::fs::read_to_string(&gold_path) else {
            continue;
        };
        let raw_text = std::fs::read_to_string(&file)
            .with_context(|| format!("reading {}", file.display()))?;
        let (date, text) = bsnlp_text(&raw_text);
        let gold = parse_gold(&gold_text);
        let ms = pipeline.mentions(&text, date, false);
        let c = score(&gold, &ms, countries, errors.then_some(stem.as_str()));
        total.add(&c);
    }
    Ok(total)
}

/// The publication date and the text (title and body) of a BSNLP raw file: five header lines
/// (id, language, date, URL, title), then the body. The title is annotated too, so it stays.
fn bsnlp_text(raw: &str) -> (Option<Date>, String) {
    let mut lines = raw.splitn(5, '\n');
    let _id = lines.next();
    let _lang = lines.next();
    let date = lines
        .next()
        .and_then(|d| d.trim().get(..10))
        .and_then(|d| d.parse().ok());
    let _url = lines.next();
    (date, lines.next().unwrap_or_default().to_string())
}

fn parse_gold(text: &str) -> Vec<Gold> {
    text.lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            // Matching is case-insensitive: one BSNLP topic (ec) is annotated in lower case.
            (f.len() >= 3 && !f[0].trim().is_empty()).then(|| Gold {
                mention: f[0].trim().to_lowercase(),
                base: f[1].trim().to_lowercase(),
                kind: f[2].trim().to_string(),
                id: f.get(3).map_or(String::new(), |s| s.trim().to_string()),
            })
        })
        .collect()
}

fn score(
    gold: &[Gold],
    ms: &[dyad_actors::Mention],
    countries: &HashMap<String, String>,
    errors: Option<&str>,
) -> Counts {
    let gold_typed: HashSet<(&str, &str)> = gold
        .iter()
        .map(|g| (g.mention.as_str(), g.kind.as_str()))
        .collect();
    let lower: Vec<(String, String)> = ms
        .iter()
        .map(|m| (m.text.to_lowercase(), m.base.to_lowercase()))
        .collect();
    let sys_typed: HashSet<(&str, &str)> = ms
        .iter()
        .zip(&lower)
        .map(|(m, (t, _))| (t.as_str(), m.kind.as_str()))
        .collect();
    let gold_untyped: HashSet<&str> = gold.iter().map(|g| g.mention.as_str()).collect();
    let mut sys_by_text: BTreeMap<&str, (&dyad_actors::Mention, &str)> = BTreeMap::new();
    for (m, (t, b)) in ms.iter().zip(&lower) {
        sys_by_text.entry(t.as_str()).or_insert((m, b.as_str()));
    }
    let mut c = Counts {
        docs: 1,
        tp: gold_typed.intersection(&sys_typed).count(),
        sys: sys_typed.len(),
        gold: gold_typed.len(),
        tp_untyped: gold_untyped
            .iter()
            .filter(|g| sys_by_text.contains_key(*g))
            .count(),
        sys_untyped: sys_by_text.len(),
        gold_untyped: gold_untyped.len(),
        ..Counts::default()
    };
    let mut seen = HashSet::new();
    for g in gold {
        if !seen.insert(g.mention.as_str()) {
            continue;
        }
        let found = sys_by_text.get(g.mention.as_str());
        if let Some((_, base)) = found {
            c.norm_found += 1;
            if *base == g.base {
                c.norm_ok += 1;
            } else if let Some(doc) = errors {
                println!("  {doc}\tNORM\t{}\tgold={}\tsys={base}", g.mention, g.base);
            }
        }
        if let Some(code) = countries.get(&g.id.to_lowercase()) {
            c.country_gold += 1;
            if found.is_some_and(|(m, _)| m.country.as_deref() == Some(code.as_str())) {
                c.country_ok += 1;
            } else if let Some(doc) = errors {
                println!(
                    "  {doc}\tCOUNTRY\t{}\tgold={code}\tsys={}",
                    g.mention,
                    found.and_then(|(m, _)| m.country.as_deref()).unwrap_or("-")
                );
            }
        }
    }
    if let Some(doc) = errors {
        for (t, k) in gold_typed.difference(&sys_typed) {
            println!("  {doc}\tMISS\t{t}\t{k}");
        }
        for (t, k) in sys_typed.difference(&gold_typed) {
            println!("  {doc}\tFALSE\t{t}\t{k}");
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bsnlp_header_gives_date_and_keeps_the_title() {
        let (date, text) = bsnlp_text("pl-1\npl\n2019-02-28\nhttp://x\nTytuł\nTreść.\n");
        assert_eq!(date, Some(Date::constant(2019, 2, 28)));
        assert_eq!(text, "Tytuł\nTreść.\n");
    }

    #[test]
    fn gold_lines_skip_the_id_line() {
        let g = parse_gold("pl-10\nRosji\tRosja\tLOC\tGPE-Russia\n\n");
        assert_eq!(g.len(), 1);
        assert_eq!(
            (g[0].base.as_str(), g[0].id.as_str()),
            ("rosja", "GPE-Russia")
        );
    }
}
