//! The seed article (third-party text, read from ../shared, never committed): its sentence
//! boundaries at the places the Polish rules exist for. The checks are structural, so no words
//! of the article appear here.

use dyad_text::{TokenKind, Tokenizer};

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/seed/article.pl.txt"
);

#[test]
fn seed_article_boundaries() {
    let Ok(text) = std::fs::read_to_string(SEED) else {
        eprintln!("SKIPPED seed_article_boundaries: {SEED} is absent");
        return;
    };
    let sentences = Tokenizer::polish().sentences(&text);
    let last_token = |i: usize| {
        let s = &sentences[i];
        s.tokens.last().map_or("", |t| t.span.slice(&text))
    };
    // Abbreviations inside sentences ("w 2017 r. Kim", "ds. bezpieczeństwa") end none of them.
    for (i, s) in sentences.iter().enumerate() {
        let end = last_token(i);
        assert!(
            !matches!(end, "r." | "ds."),
            "sentence {i} ends at an abbreviation: {:?}",
            s.span.slice(&text)
        );
    }
    // A headline in quotes on its own line is one sentence and starts a paragraph.
    let headlines: Vec<_> = sentences
        .iter()
        .filter(|s| {
            let t = s.span.slice(&text);
            t.starts_with('"') && t.ends_with('"')
        })
        .collect();
    assert_eq!(headlines.len(), 1);
    assert_eq!(headlines[0].tokens.len(), 6);
    assert!(headlines[0].paragraph_start);
    // Reported speech opens with a dash; the dash before its attribution stays inside.
    let quotes: Vec<_> = sentences
        .iter()
        .filter(|s| s.span.slice(&text).starts_with("- "))
        .collect();
    assert_eq!(quotes.len(), 2);
    for q in &quotes {
        let dashes = q
            .tokens
            .iter()
            .filter(|t| t.span.slice(&text) == "-")
            .count();
        assert_eq!(dashes, 2, "{:?}", q.span.slice(&text));
        assert!(q.span.slice(&text).ends_with('.'));
    }
    // "75. rocznicy": an ordinal inside its sentence, not a boundary.
    let with_ordinal: Vec<_> = sentences
        .iter()
        .filter(|s| {
            s.tokens
                .iter()
                .any(|t| t.kind == TokenKind::Ordinal && t.span.slice(&text) == "75.")
        })
        .collect();
    assert_eq!(with_ordinal.len(), 1);
    let last = with_ordinal[0].tokens.last().expect("tokens");
    assert_ne!(last.span.slice(&text), "75.");
}
