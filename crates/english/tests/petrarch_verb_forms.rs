//! Lemmatiser accuracy on the verb forms PETRARCH2's verb dictionary lists explicitly
//! (`VERB {FORMS ...}` lines of ../shared/data/petrarch/CAMEO.2.0.txt, MIT; read at test time,
//! never copied). Prints the figure; fails below 90 %.

use dyad_english::{English, Pos};

const DICTIONARY: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/data/petrarch/CAMEO.2.0.txt"
);

#[test]
fn petrarch_verb_forms_lemmatise() {
    let Ok(text) = std::fs::read_to_string(DICTIONARY) else {
        eprintln!("SKIPPED petrarch_verb_forms_lemmatise: {DICTIONARY} is absent");
        return;
    };
    let english = English::new();
    let (mut total, mut right) = (0usize, 0usize);
    let mut wrong = Vec::new();
    for line in text.lines() {
        // "HURRY {HURRIES HURRYING HURRIED }": a lemma (underscores join multiword verbs) and forms.
        let Some((head, rest)) = line.split_once('{') else {
            continue;
        };
        let lemma = head.trim();
        if lemma.is_empty() || !lemma.bytes().all(|b| b.is_ascii_uppercase()) {
            continue;
        }
        let Some((forms, _)) = rest.split_once('}') else {
            continue;
        };
        let lemma = lemma.to_ascii_lowercase();
        for form in forms.split_whitespace() {
            let form = form.to_ascii_lowercase();
            let pos = if form.ends_with("ing") {
                Pos::VerbGerund
            } else if form.ends_with('s') && !form.ends_with("ss") {
                Pos::VerbPresent3
            } else {
                Pos::VerbPast
            };
            total += 1;
            let got = english.lemma(&form, pos);
            if got == lemma {
                right += 1;
            } else {
                wrong.push(format!("{form} -> {got} (expected {lemma})"));
            }
        }
    }
    let share = right as f64 / total.max(1) as f64;
    eprintln!(
        "PETRARCH2 explicit verb forms: {right}/{total} lemmatised right ({:.1} %)",
        share * 100.0
    );
    eprintln!("first misses: {:?}", &wrong[..wrong.len().min(25)]);
    assert!(
        total > 100,
        "expected the dictionary's form lists, found {total} forms"
    );
    assert!(
        share >= 0.90,
        "lemma accuracy {:.1} % below 90 %",
        share * 100.0
    );
}
