//! The English path never panics and keeps its spans inside the text, whatever it is fed:
//! pseudo-random mixes of news words, names, punctuation, curly quotes, digits and non-Latin
//! text (a fixed-seed generator, so a failure reproduces), plus a few hand-picked oddities.

mod common;

use dyad_model::{Article, Lang};

const PIECES: &[&str] = &[
    "Russia",
    "Ukraine",
    "the",
    "Kremlin",
    "said",
    "attacked",
    "will",
    "visit",
    "not",
    "n't",
    "’s",
    "'s",
    "U.S.",
    "President",
    "Joe",
    "Biden",
    "of",
    "to",
    "by",
    "was",
    "accused",
    "if",
    "could",
    "according",
    "to",
    "Reuters",
    ",",
    ".",
    "!",
    "?",
    ";",
    ":",
    "-",
    "—",
    "(",
    ")",
    "\"",
    "“",
    "”",
    "'",
    "\n",
    "\n\n",
    " ",
    "  ",
    "2024",
    "March",
    "15",
    "last",
    "week",
    "Rosja",
    "zaatakowała",
    "Żółć",
    "日本",
    "🙂",
    "e\u{301}",
    "\u{200b}",
    "Mr.",
    "Gen.",
    "Jan.",
    "who",
    "which",
    "that",
    "former",
    "defence",
    "minister",
    "troops",
    "Hamas",
    "Israel's",
    "dozens",
    "sanctions",
    "on",
    "against",
    "talks",
    "with",
    "and",
    "Moscow",
    "Kyiv",
    "ago",
];

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
}

fn check(text: &str) {
    let article = Article {
        id: "robust".into(),
        published: Some("2024-03-15".parse().unwrap()),
        lang: Some(Lang::En),
        text: text.to_owned(),
        ..Article::default()
    };
    for e in common::engine().process(&article) {
        let ev = &e.evidence;
        assert!(
            ev.start <= ev.end && ev.end <= text.len(),
            "evidence out of bounds in {text:?}"
        );
        assert!(
            text.is_char_boundary(ev.start) && text.is_char_boundary(ev.end),
            "evidence not on character boundaries in {text:?}"
        );
        assert_eq!(ev.text, text[ev.start..ev.end]);
        for actor in [&e.source, &e.target, &e.reported_by].into_iter().flatten() {
            assert!(!actor.text.is_empty(), "empty actor text in {text:?}");
        }
    }
}

#[test]
fn english_never_panics_and_keeps_spans_in_bounds() {
    let mut rng = Lcg(0x5eed);
    for _ in 0..400 {
        let n = rng.next() % 40;
        let mut text = String::new();
        for _ in 0..n {
            text.push_str(PIECES[rng.next() % PIECES.len()]);
            if rng.next() % 3 != 2 {
                text.push(' ');
            }
        }
        check(&text);
    }
    for odd in [
        "",
        " ",
        "\n\n\n",
        "...",
        "'s",
        "’",
        "Russia's's's",
        "of of of Russia",
        "the the the",
        "Russia",
        "Will.",
        "U.S.",
        "Russia attacked",
        "attacked Ukraine",
        "Hamas, which, who, that",
    ] {
        check(odd);
    }
    let long = "Russia attacked Ukraine and ".repeat(60);
    check(&long);
}
