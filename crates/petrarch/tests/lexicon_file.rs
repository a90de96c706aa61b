//! The committed `lexicons/en/petrarch_verbs.tsv` loads as dyad's English event lexicon
//! with CAMEO codes only and no two entries that a sentence cannot tell apart.

use dyad_lexicon::{CodeBook, EventLexicon};
use dyad_model::Lang;

const FILE: &str = include_str!("../../../lexicons/en/petrarch_verbs.tsv");

#[test]
fn committed_petrarch_verbs_load_as_an_english_lexicon() {
    // The lexicon takes an entry's category from its file name and allows only letters and
    // `-` in it; the file's ids say `petrarch_verbs/`, so they are read here under a name the
    // reader accepts. Everything else (triggers, frames, codes) is checked as written.
    let text = FILE.replace("\npetrarch_verbs/", "\npetrarch-verbs/");
    // Together with the hand-written English entries (the converter leaves out what they
    // already have; rerun it when they change).
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let mut sources: Vec<(&'static str, String)> = EventLexicon::builtin_files(Lang::En)
        .filter(|f| !f.ends_with("petrarch_verbs.tsv"))
        .map(|f| {
            (
                f,
                std::fs::read_to_string(format!("{dir}/{f}"))
                    .unwrap_or_else(|e| panic!("{f}: {e}")),
            )
        })
        .collect();
    let hand_written = sources.len();
    sources.push(("lexicons/en/events/petrarch-verbs.tsv", text));
    let refs: Vec<(&'static str, &str)> = sources.iter().map(|(f, t)| (*f, t.as_str())).collect();
    let all =
        EventLexicon::parse(Lang::En, &refs, CodeBook::builtin()).unwrap_or_else(|e| panic!("{e}"));
    let converted: Vec<_> = all
        .entries()
        .iter()
        .filter(|e| e.file.ends_with("petrarch-verbs.tsv"))
        .collect();
    assert!(
        hand_written > 0 && converted.len() > 3000,
        "{} entries",
        converted.len()
    );
    // Entries the conversion is meant to produce (CAMEO.2.0.txt's own patterns).
    for (head, companion, code) in [("seek", "extradition", "0213"), ("burn", "flag", "141")] {
        assert!(
            converted.iter().any(|e| e.head.iter().any(|h| h == head)
                && e.cameo == code
                && e.companions
                    .iter()
                    .any(|set| set.iter().any(|w| w == companion))),
            "{head} {companion} {code}"
        );
    }
    let clashes: Vec<String> = all
        .indistinguishable()
        .into_iter()
        .map(|(i, j)| format!("{} / {}", all.entries()[i].id, all.entries()[j].id))
        .collect();
    assert!(clashes.is_empty(), "{}", clashes.join("\n"));
}
