//! Every event-lexicon entry carries an example sentence and the coding it must produce; this
//! runs them all through the whole engine (tokenizer, morphology, actors, coder).

mod common;

use dyad_lexicon::{EventEntry, EventLexicon};
use dyad_model::{Article, Lang};

fn check(entry: &EventEntry) -> Result<(), String> {
    let Some(x) = &entry.example else {
        return Ok(());
    };
    let article = Article {
        id: entry.id.clone(),
        published: Some("2024-03-15".parse().unwrap()),
        lang: Some(entry.lang),
        text: x.sentence.clone(),
        ..Article::default()
    };
    let events = common::engine().process(&article);
    let want_source = x.source.clone().unwrap_or_else(|| "-".into());
    let want_target = x.target.clone().unwrap_or_else(|| "-".into());
    let ok = events.iter().any(|e| {
        e.rule == entry.rule()
            && common::code(&e.source) == want_source
            && common::code(&e.target) == want_target
            && e.cameo == x.cameo
            && x.mode.is_none_or(|m| m == e.mode)
    });
    if ok {
        Ok(())
    } else {
        let got: Vec<String> = events.iter().map(common::render).collect();
        Err(format!(
            "{}:{} {} | {} => {} -> {} {} {}\n      got: {}",
            entry.file,
            entry.line,
            entry.id,
            x.sentence,
            want_source,
            want_target,
            x.cameo,
            x.mode.map_or("", |m| m.as_str()),
            if got.is_empty() {
                "nothing".to_owned()
            } else {
                got.join("\n           ")
            }
        ))
    }
}

fn run(lang: Lang, floor: f64) {
    let lexicon = EventLexicon::builtin(lang).expect("lexicon loads");
    let with_examples: Vec<&EventEntry> = lexicon
        .entries()
        .iter()
        .filter(|e| e.example.is_some())
        .collect();
    let failures: Vec<String> = with_examples
        .iter()
        .filter_map(|e| check(e).err())
        .collect();
    for f in &failures {
        println!("FAIL {f}");
    }
    let passed = with_examples.len() - failures.len();
    let rate = passed as f64 / with_examples.len().max(1) as f64;
    println!(
        "{}: {passed}/{} lexicon examples pass ({:.1} %)",
        lang.code(),
        with_examples.len(),
        rate * 100.0
    );
    assert!(
        rate >= floor,
        "{} lexicon examples: {:.3} < floor {floor}",
        lang.code(),
        rate
    );
}

#[test]
fn polish_lexicon_examples_code_as_written() {
    run(Lang::Pl, PL_FLOOR);
}

/// The share of Polish examples that must pass: all of them (every entry's example is a test).
const PL_FLOOR: f64 = 1.0;

#[test]
fn english_lexicon_examples_code_as_written() {
    run(Lang::En, EN_FLOOR);
}

/// The share of English examples that must pass: what the English adapter measured when this
/// test was added; raised as it improves, never lowered.
const EN_FLOOR: f64 = 0.90;
