//! Invariants over arbitrary input: no panic, spans in bounds, on char boundaries, ordered,
//! sentences cover their tokens.

use dyad_text::{Token, Tokenizer};
use proptest::prelude::*;

fn check_tokens(text: &str, tokens: &[Token]) -> Result<(), TestCaseError> {
    let mut previous_end = 0;
    for token in tokens {
        let span = token.span;
        prop_assert!(span.start < span.end, "empty or reversed span {:?}", span);
        prop_assert!(span.end <= text.len());
        prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        prop_assert!(span.start >= previous_end, "overlap at {:?}", span);
        // Only whitespace lies between tokens.
        prop_assert!(text[previous_end..span.start]
            .chars()
            .all(char::is_whitespace));
        previous_end = span.end;
    }
    prop_assert!(text[previous_end..].chars().all(char::is_whitespace));
    Ok(())
}

fn check(tokenizer: &Tokenizer, text: &str) -> Result<(), TestCaseError> {
    let tokens = tokenizer.tokens(text);
    check_tokens(text, &tokens)?;
    let sentences = tokenizer.sentences(text);
    let flattened: Vec<Token> = sentences
        .iter()
        .flat_map(|s| s.tokens.iter().cloned())
        .collect();
    prop_assert_eq!(&flattened, &tokens);
    for sentence in &sentences {
        prop_assert!(!sentence.tokens.is_empty());
        let first = sentence.tokens[0].span;
        let last = sentence.tokens[sentence.tokens.len() - 1].span;
        prop_assert_eq!(sentence.span.start, first.start);
        prop_assert_eq!(sentence.span.end, last.end);
    }
    Ok(())
}

/// Text made of the characters the scanner treats specially, so that odd combinations occur.
fn newsy() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just("r."),
            Just("m.in."),
            Just("U.S."),
            Just("J."),
            Just("75."),
            Just("1,5"),
            Just(" "),
            Just("\n"),
            Just("\n\n"),
            Just("\r\n"),
            Just("- "),
            Just("–"),
            Just("„"),
            Just("”"),
            Just("\""),
            Just("'s"),
            Just("n't"),
            Just("."),
            Just("?!"),
            Just("..."),
            Just("www.x.pl"),
            Just("a@b.pl"),
            Just("@"),
            Just("#"),
            Just("Rosja"),
            Just("kot"),
            Just("W"),
            Just("The"),
            Just("\u{a0}"),
            Just("000"),
            Just("\u{301}"),
            Just("👍🏽"),
            Just("-"),
            Just("'"),
            Just("’"),
            Just("http://"),
            Just("("),
            Just(")"),
        ],
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_string_polish(text in any::<String>()) {
        check(&Tokenizer::polish(), &text)?;
    }

    #[test]
    fn any_string_english(text in any::<String>()) {
        check(&Tokenizer::english(), &text)?;
    }

    #[test]
    fn newsy_string_polish(text in newsy()) {
        check(&Tokenizer::polish(), &text)?;
    }

    #[test]
    fn newsy_string_english(text in newsy()) {
        check(&Tokenizer::english(), &text)?;
    }
}
