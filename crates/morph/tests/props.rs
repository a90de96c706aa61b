//! Property tests: any input analyses, generates and normalises without panicking.

use dyad_morph::{Analyser, Case, TagFilter};
use dyad_text::Tokenizer;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_word_analyses(word in "\\PC{0,24}") {
        let analyser = Analyser::polish();
        for a in analyser.analyse(&word) {
            // Every reading has a printable tag.
            prop_assert!(!analyser.tag_str(&a.tag).is_empty());
        }
        let _ = analyser.generate(&word, &TagFilter { case: Some(Case::Nom), ..TagFilter::default() });
    }

    #[test]
    fn polish_like_words_analyse(word in "[A-ZŁŚŻa-ząćęłńóśźż-]{1,16}") {
        let analyser = Analyser::polish();
        let analyses = analyser.analyse(&word);
        // Letters always get at least one reading, from the lexicon or the guesser.
        prop_assert!(!analyses.is_empty(), "{word}");
    }

    #[test]
    fn any_text_analyses_with_spans_in_bounds(text in "\\PC{0,200}") {
        let analyser = Analyser::polish();
        for sentence in Tokenizer::polish().sentences(&text) {
            let analysed = analyser.analyse_sentence(&text, &sentence);
            prop_assert_eq!(analysed.tokens.len(), sentence.tokens.len());
            for t in &analysed.tokens {
                prop_assert!(t.token.span.start <= t.token.span.end && t.token.span.end <= text.len());
                prop_assert_eq!(t.form.as_str(), &text[t.token.span.start..t.token.span.end]);
            }
        }
    }

    #[test]
    fn any_name_gets_a_base_form(words in proptest::collection::vec("[A-ZŁa-ząęłóśż]{1,12}", 1..4)) {
        let analyser = Analyser::polish();
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        let base = analyser.base_form(&refs);
        prop_assert_eq!(base.split(' ').count(), words.len());
    }

    #[test]
    fn any_words_get_a_base_form_without_panic(words in proptest::collection::vec("\\PC{0,12}", 0..5)) {
        let analyser = Analyser::polish();
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        let _ = analyser.base_form(&refs);
        let _ = analyser.name_base_form(&refs);
    }
}
