//! English spot check: wire-style sentences with hand-made gold codings
//! (tests/english_spot_check.tsv), scored as precision and recall of (source, target, CAMEO
//! code) triples, and the share of matched events whose mode is right. Run with `--nocapture`
//! to see the figures; `dev` misses are listed, `heldout`, `heldout2` .. `heldout5` ones only
//! counted (set `DYAD_SPOT_VERBOSE=1` to list them too).

mod common;

use dyad_model::{Article, Lang};

const TABLE: &str = include_str!("english_spot_check.tsv");

#[derive(Debug, Clone, PartialEq, Eq)]
struct Coding {
    source: String,
    target: String,
    cameo: String,
    mode: String,
}

fn parse_gold(field: &str) -> Vec<Coding> {
    field
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|e| {
            let parts: Vec<&str> = e.split_whitespace().collect();
            assert!(
                parts.len() == 5 && parts[1] == "->",
                "gold event {e:?}: want `SOURCE -> TARGET CODE MODE`"
            );
            Coding {
                source: parts[0].into(),
                target: parts[2].into(),
                cameo: parts[3].into(),
                mode: parts[4].into(),
            }
        })
        .collect()
}

#[derive(Default)]
struct Score {
    sentences: usize,
    gold: usize,
    predicted: usize,
    matched: usize,
    mode_right: usize,
}

impl Score {
    fn precision(&self) -> f64 {
        self.matched as f64 / self.predicted.max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.matched as f64 / self.gold.max(1) as f64
    }
    fn report(&self, name: &str) {
        println!(
            "{name}: {} sentences, {} gold, {} coded, {} matched: precision {:.1} %, recall {:.1} %, mode right in {}/{} matched",
            self.sentences,
            self.gold,
            self.predicted,
            self.matched,
            100.0 * self.precision(),
            100.0 * self.recall(),
            self.mode_right,
            self.matched
        );
    }
}

#[test]
fn english_spot_check_precision_and_recall() {
    let verbose = std::env::var_os("DYAD_SPOT_VERBOSE").is_some();
    let mut dev = Score::default();
    let mut heldout = Score::default();
    let mut heldout2 = Score::default();
    let mut heldout3 = Score::default();
    let mut heldout4 = Score::default();
    let mut heldout5 = Score::default();
    for (n, line) in TABLE.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split(" | ").collect();
        assert_eq!(fields.len(), 3, "line {}: set | sentence | gold", n + 1);
        let (set, sentence, gold) = (fields[0], fields[1], parse_gold(fields[2]));
        let article = Article {
            id: format!("spot{}", n + 1),
            published: Some("2024-03-15".parse().unwrap()),
            lang: Some(Lang::En),
            text: sentence.to_owned(),
            ..Article::default()
        };
        let got: Vec<Coding> = common::engine()
            .process(&article)
            .iter()
            .map(|e| Coding {
                source: common::code(&e.source),
                target: common::code(&e.target),
                cameo: e.cameo.clone(),
                mode: e.mode.as_str().to_owned(),
            })
            .collect();
        let score = match set {
            "dev" => &mut dev,
            "heldout" => &mut heldout,
            "heldout2" => &mut heldout2,
            "heldout3" => &mut heldout3,
            "heldout4" => &mut heldout4,
            "heldout5" => &mut heldout5,
            other => panic!("line {}: unknown set {other:?}", n + 1),
        };
        score.sentences += 1;
        score.gold += gold.len();
        score.predicted += got.len();
        let mut unmatched_gold = gold.clone();
        let mut extra = Vec::new();
        for g in &got {
            let hit = unmatched_gold
                .iter()
                .position(|w| w.source == g.source && w.target == g.target && w.cameo == g.cameo);
            match hit {
                Some(i) => {
                    score.matched += 1;
                    if unmatched_gold[i].mode == g.mode {
                        score.mode_right += 1;
                    }
                    unmatched_gold.remove(i);
                }
                None => extra.push(g),
            }
        }
        if (set == "dev" || verbose) && (!unmatched_gold.is_empty() || !extra.is_empty()) {
            let show = |c: &Coding| format!("{} -> {} {} {}", c.source, c.target, c.cameo, c.mode);
            println!("MISS {sentence}");
            for w in &unmatched_gold {
                println!("    want {}", show(w));
            }
            for g in &extra {
                println!("    got  {}", show(g));
            }
        }
    }
    dev.report("dev");
    heldout.report("heldout");
    heldout2.report("heldout2");
    heldout3.report("heldout3");
    heldout4.report("heldout4");
    heldout5.report("heldout5");
    assert!(dev.sentences >= 30 && heldout.sentences >= 10 && heldout2.sentences >= 40);
    assert!(
        dev.precision() >= DEV_PRECISION_FLOOR && dev.recall() >= DEV_RECALL_FLOOR,
        "dev below the floors"
    );
    assert!(
        heldout.precision() >= HELDOUT_PRECISION_FLOOR && heldout.recall() >= HELDOUT_RECALL_FLOOR,
        "heldout below the floors"
    );
    assert!(
        heldout2.precision() >= HELDOUT2_PRECISION_FLOOR
            && heldout2.recall() >= HELDOUT2_RECALL_FLOOR,
        "heldout2 below the floors"
    );
    assert!(
        heldout3.precision() >= HELDOUT3_PRECISION_FLOOR
            && heldout3.recall() >= HELDOUT3_RECALL_FLOOR,
        "heldout3 below the floors"
    );
    assert!(
        heldout4.precision() >= HELDOUT4_PRECISION_FLOOR
            && heldout4.recall() >= HELDOUT4_RECALL_FLOOR,
        "heldout4 below the floors"
    );
    assert!(
        heldout5.precision() >= HELDOUT5_PRECISION_FLOOR
            && heldout5.recall() >= HELDOUT5_RECALL_FLOOR,
        "heldout5 below the floors"
    );
}

/// Floors set to the figures measured when the table was committed, so that a regression
/// fails; raise them as the coder improves.
const DEV_PRECISION_FLOOR: f64 = 0.97;
const DEV_RECALL_FLOOR: f64 = 0.97;
const HELDOUT_PRECISION_FLOOR: f64 = 0.96;
const HELDOUT_RECALL_FLOOR: f64 = 0.91;
/// heldout2 was scored first at precision 0.700, recall 0.583 (see the table's comment).
const HELDOUT2_PRECISION_FLOOR: f64 = 0.87;
const HELDOUT2_RECALL_FLOOR: f64 = 0.89;
/// heldout3 was scored first at precision 0.676, recall 0.595 (see the table's comment).
const HELDOUT3_PRECISION_FLOOR: f64 = 0.92;
const HELDOUT3_RECALL_FLOOR: f64 = 0.88;
/// heldout4 was scored first at precision 0.686, recall 0.490 (see the table's comment).
/// (0.84: the headline "Russia, Ukraine swap prisoners" now finds its verb but codes one side only.)
const HELDOUT4_PRECISION_FLOOR: f64 = 0.84;
const HELDOUT4_RECALL_FLOOR: f64 = 0.77;
/// heldout5 was scored first at precision 0.800, recall 0.571 (see the table's comment).
const HELDOUT5_PRECISION_FLOOR: f64 = 0.94;
const HELDOUT5_RECALL_FLOOR: f64 = 0.91;
