//! Invariants over arbitrary input: no panic; chunks cover every token once, in order; heads
//! and main verbs lie inside their chunks; arguments point at chunks of the right kind.

use dyad_english::{ChunkKind, English};
use proptest::prelude::*;

fn check(english: &English, text: &str) -> Result<(), TestCaseError> {
    for sentence in english.analyse(text) {
        let mut next = 0;
        for (index, chunk) in sentence.chunks.iter().enumerate() {
            prop_assert_eq!(
                chunk.tokens.start,
                next,
                "gap or overlap before chunk {}",
                index
            );
            prop_assert!(
                chunk.tokens.start < chunk.tokens.end,
                "empty chunk {}",
                index
            );
            prop_assert!(
                chunk.tokens.contains(&chunk.head),
                "head outside chunk {}",
                index
            );
            if let Some(verb) = &chunk.verb {
                prop_assert!(chunk.tokens.contains(&verb.main));
                let args = sentence.arguments(index);
                for np in args
                    .subject
                    .iter()
                    .chain(&args.object)
                    .chain(&args.subjects)
                {
                    prop_assert_eq!(sentence.chunks[*np].kind, ChunkKind::NounPhrase);
                }
                for (_, pp) in &args.preps {
                    prop_assert_eq!(sentence.chunks[*pp].kind, ChunkKind::PrepPhrase);
                }
            }
            next = chunk.tokens.end;
        }
        prop_assert_eq!(next, sentence.tokens.len());
        for token in &sentence.tokens {
            prop_assert!(!token.lemma.is_empty() || token.token.span.is_empty());
        }
    }
    Ok(())
}

/// Word salad from news vocabulary, so that odd tag sequences occur.
fn newsy() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just("the"),
            Just("Russia"),
            Just("'s"),
            Just("n't"),
            Just("was"),
            Just("attacked"),
            Just("by"),
            Just("to"),
            Just("will"),
            Just("not"),
            Just("been"),
            Just("that"),
            Just("who"),
            Just(","),
            Just("."),
            Just("and"),
            Just("according"),
            Just("talks"),
            Just("going"),
            Just("has"),
            Just("had"),
            Just("U.S."),
            Just("accused"),
            Just("of"),
            Just("plans"),
            Just("'"),
            Just("\""),
            Just("-"),
            Just("12"),
            Just("never"),
            Just("very"),
            Just("ca"),
            Just("wo"),
            Just("’s"),
            Just("Ärger"),
            Just("ΑΘΗΝΑ"),
            Just("after"),
        ],
        0..30,
    )
    .prop_map(|words| words.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_string(text in any::<String>()) {
        check(&English::new(), &text)?;
    }

    #[test]
    fn newsy_string(text in newsy()) {
        check(&English::new(), &text)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// A sentence analysed against the wrong text (shorter, or cut inside a character) must
    /// not panic.
    #[test]
    fn mismatched_text(text in newsy(), other in any::<String>()) {
        let english = English::new();
        for sentence in dyad_text::Tokenizer::english().sentences(&text) {
            let analysed = english.analyse_sentence(&other, &sentence);
            let _ = dyad_english::render(&analysed);
            for vg in analysed.verb_groups().collect::<Vec<_>>() {
                let _ = analysed.arguments(vg);
            }
        }
    }
}
