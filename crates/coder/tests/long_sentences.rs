//! Regression: text without sentence punctuation once made one "sentence" of thousands of words,
//! and the frame search (quadratic in a sentence) took minutes. Such runs are now coded in pieces
//! of at most 200 words; every event keeps the sentence index and evidence inside the text.

mod common;

use dyad_model::{Article, Lang};

fn run_on(words: &[&str], n: usize) -> String {
    // A fixed linear congruential sequence: the same text on every run.
    let mut x: u64 = 12345;
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        out.push(words[(x >> 33) as usize % words.len()]);
    }
    out.join(" ")
}

#[test]
fn run_on_polish_text_is_coded_in_pieces() {
    let words = [
        "Rosja",
        "zaatakowała",
        "Ukrainę",
        "i",
        "Polska",
        "potępiła",
        "Chiny",
        "oraz",
        "w",
        "piątek",
        "spotkał",
        "się",
        "z",
        "premierem",
        "Francji",
    ];
    let text = run_on(&words, 3000);
    let article = Article {
        id: "run-on".into(),
        published: Some("2024-01-01".parse().unwrap()),
        lang: Some(Lang::Pl),
        text: text.clone(),
        ..Article::default()
    };
    let events = common::engine().process(&article);
    assert!(
        !events.is_empty(),
        "a run-on text full of events still yields events"
    );
    for e in &events {
        assert_eq!(e.sentence, 0, "pieces keep their sentence's index");
        assert!(e.evidence.start < e.evidence.end && e.evidence.end <= text.len());
        assert!(text.is_char_boundary(e.evidence.start) && text.is_char_boundary(e.evidence.end));
    }
}
