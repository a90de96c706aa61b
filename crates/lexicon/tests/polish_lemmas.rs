//! Every lemma of the Polish event lexicon must be the lemma the analyser gives (SGJP's): a
//! trigger written `sankcje` or `stosunki` would never match, because the analyser says
//! `sankcja` and `stosunek`. Gerunds (`uwolnienia`) have their verb as lemma in SGJP (`uwolnić`)
//! unless SGJP also lists the noun (`spotkanie`), so the check is against the lexicon itself.

use dyad_lexicon::{EventLexicon, Slot, SlotCase, TriggerKind};
use dyad_model::Lang;
use dyad_morph::{Analyser, Case, Pos, TagFilter};

fn forms(lemma: &str, pos: Option<Pos>) -> usize {
    let filter = TagFilter {
        pos,
        ..TagFilter::default()
    };
    // Some SGJP homonyms (`żywy:A` adjective, `żywy:S` noun) still carry their suffix in the
    // analyser's lemma index, though `Analysis::lemma` is documented without it; accept either
    // spelling so this test checks the lexicon, not that open morph issue.
    [String::new(), ":A".into(), ":S".into()]
        .iter()
        .map(|suffix| {
            Analyser::polish()
                .generate(&format!("{lemma}{suffix}"), &filter)
                .len()
        })
        .sum()
}

fn is_verb(lemma: &str) -> bool {
    forms(lemma, Some(Pos::Inf)) > 0
}

fn is_noun(lemma: &str) -> bool {
    forms(lemma, Some(Pos::Subst)) > 0 || forms(lemma, Some(Pos::Ger)) > 0
}

fn morph_case(case: SlotCase) -> Case {
    match case {
        SlotCase::Nom => Case::Nom,
        SlotCase::Gen => Case::Gen,
        SlotCase::Dat => Case::Dat,
        SlotCase::Acc => Case::Acc,
        SlotCase::Inst => Case::Inst,
        SlotCase::Loc => Case::Loc,
    }
}

#[test]
fn every_polish_trigger_lemma_is_an_sgjp_lemma() {
    let lexicon = EventLexicon::builtin(Lang::Pl).expect("builtin");
    let mut problems = Vec::new();
    for entry in lexicon.entries() {
        let at = format!("{}:{} ({})", entry.file, entry.line, entry.id);
        for head in &entry.head {
            let ok = match entry.kind {
                TriggerKind::Verb => is_verb(head),
                TriggerKind::Noun => is_noun(head),
            };
            if !ok {
                problems.push(format!(
                    "{at}: head {head:?} is not an SGJP {:?} lemma",
                    entry.kind
                ));
            }
        }
        for lemma in entry.companions.iter().flatten() {
            if forms(lemma, None) == 0 {
                problems.push(format!("{at}: companion {lemma:?} is not an SGJP lemma"));
            }
        }
        for slot in entry.source.iter().chain(&entry.target) {
            let Slot::Prep { prep, case } = slot else {
                continue;
            };
            // Multi-word prepositions (`ze strony`, `pod adresem`) are phrases, not SGJP lemmas.
            if prep.contains(' ') {
                continue;
            }
            let filter = TagFilter {
                pos: Some(Pos::Prep),
                case: Some(morph_case(*case)),
                ..TagFilter::default()
            };
            if Analyser::polish().generate(prep, &filter).is_empty() {
                problems.push(format!(
                    "{at}: {slot} is not an SGJP preposition with that case"
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

/// The lemmas the analyser gives a sentence's words, as (lemma, part of speech).
fn sentence_lemmas(sentence: &str) -> Vec<(String, Pos)> {
    let mut out = Vec::new();
    for word in sentence
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
    {
        for form in [word.to_owned(), word.to_lowercase()] {
            for analysis in Analyser::polish().analyse(&form) {
                // Drop an SGJP homonym suffix the analyser may keep (`żywy:A`).
                let lemma = analysis
                    .lemma
                    .split(':')
                    .next()
                    .unwrap_or_default()
                    .to_owned();
                out.push((lemma, analysis.tag.pos));
            }
        }
    }
    out
}

fn is_verbal(pos: Pos) -> bool {
    matches!(
        pos,
        Pos::Fin
            | Pos::Praet
            | Pos::Inf
            | Pos::Impt
            | Pos::Imps
            | Pos::Ppas
            | Pos::Pact
            | Pos::Bedzie
            | Pos::Pcon
            | Pos::Pant
    )
}

fn is_nominal(pos: Pos) -> bool {
    matches!(pos, Pos::Subst | Pos::Ger | Pos::Depr)
}

#[test]
fn every_polish_example_contains_its_trigger() {
    let lexicon = EventLexicon::builtin(Lang::Pl).expect("builtin");
    let mut problems = Vec::new();
    for entry in lexicon.entries() {
        let Some(example) = &entry.example else {
            continue;
        };
        let lemmas = sentence_lemmas(&example.sentence);
        let head_found = lemmas.iter().any(|(lemma, pos)| {
            entry.head.contains(lemma)
                && match entry.kind {
                    TriggerKind::Verb => is_verbal(*pos),
                    TriggerKind::Noun => is_nominal(*pos),
                }
        });
        if !head_found {
            problems.push(format!(
                "{}:{} ({}): no {:?} form of {:?}",
                entry.file, entry.line, entry.id, entry.kind, entry.head
            ));
        }
        for choices in &entry.companions {
            if !lemmas.iter().any(|(lemma, _)| choices.contains(lemma)) {
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
