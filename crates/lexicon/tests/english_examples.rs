//! Every English example sentence must contain its trigger: a form of the head lemma and of
//! every companion. English has no analyser in this crate's reach, so forms are recognised by
//! stem (regular inflection) or by a table of the irregular forms the lexicon uses.

use dyad_lexicon::EventLexicon;
use dyad_model::Lang;

/// Irregular past forms of verbs in the English lexicon (lemma, forms).
const IRREGULAR: &[(&str, &[&str])] = &[
    ("go", &["went", "gone"]),
    ("shoot", &["shot"]),
    ("fight", &["fought"]),
    ("hold", &["held"]),
    ("take", &["took", "taken"]),
    ("drive", &["drove", "driven"]),
    ("freeze", &["froze", "frozen"]),
    ("break", &["broke", "broken"]),
    ("give", &["gave", "given"]),
    ("send", &["sent"]),
    ("meet", &["met"]),
    ("speak", &["spoke", "spoken"]),
    ("bring", &["brought"]),
    ("lay", &["laid"]),
    ("lend", &["lent"]),
    ("seek", &["sought"]),
    ("come", &["came"]),
    ("fly", &["flew", "flown"]),
    ("beat", &["beaten"]),
    ("put", &["put"]),
    ("cut", &["cut"]),
    ("quit", &["quit"]),
    ("let", &["let"]),
    ("set", &["set"]),
    ("hit", &["hit"]),
    ("deal", &["dealt"]),
    ("strike", &["struck"]),
    ("forgive", &["forgave", "forgiven"]),
    ("withdraw", &["withdrew", "withdrawn"]),
];

fn words(sentence: &str) -> Vec<String> {
    sentence
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().trim_end_matches("'s").to_owned())
        .collect()
}

/// Whether `word` is a form of `lemma`: the lemma itself, a regular inflection (`invade` ->
/// `invaded`, `talk` -> `talks`, `apply` -> `applied`, `stop` -> `stopped`), or a listed
/// irregular form.
fn is_form(word: &str, lemma: &str) -> bool {
    if word == lemma {
        return true;
    }
    if IRREGULAR
        .iter()
        .any(|(l, forms)| *l == lemma && forms.contains(&word))
    {
        return true;
    }
    let stem = lemma
        .strip_suffix('e')
        .or_else(|| lemma.strip_suffix('y'))
        .unwrap_or(lemma);
    let Some(rest) = word.strip_prefix(stem) else {
        return false;
    };
    let doubled = lemma.chars().last().map(|c| format!("{c}"));
    let rest = doubled
        .as_deref()
        .and_then(|d| rest.strip_prefix(d))
        .filter(|_| !lemma.ends_with('e'))
        .unwrap_or(rest);
    [
        "", "s", "es", "d", "ed", "ing", "ies", "ied", "ion", "ions", "ation", "ations", "al",
        "ment", "ments",
    ]
    .contains(&rest)
}

#[test]
fn every_english_example_contains_its_trigger() {
    let lexicon = EventLexicon::builtin(Lang::En).expect("builtin");
    let mut problems = Vec::new();
    for entry in lexicon.entries() {
        let Some(example) = &entry.example else {
            continue;
        };
        let words = words(&example.sentence);
        let has = |choices: &[String]| words.iter().any(|w| choices.iter().any(|l| is_form(w, l)));
        if !has(&entry.head) {
            problems.push(format!(
                "{}:{} ({}): no form of {:?}",
                entry.file, entry.line, entry.id, entry.head
            ));
        }
        for choices in &entry.companions {
            if !has(choices) {
                problems.push(format!(
                    "{}:{} ({}): no companion {:?}",
                    entry.file, entry.line, entry.id, choices
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn forms_are_recognised() {
    for (word, lemma, want) in [
        ("invaded", "invade", true),
        ("talks", "talk", true),
        ("applied", "apply", true),
        ("stopped", "stop", true),
        ("went", "go", true),
        ("strategy", "strike", false),
        ("meeting", "meet", true),
        ("visitor", "visit", false),
    ] {
        assert_eq!(is_form(word, lemma), want, "{word} / {lemma}");
    }
}
