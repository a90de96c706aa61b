//! Any text: no panic, spans in bounds and on character boundaries.
mod common;

use common::*;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn spans_stay_in_bounds(text in "[A-Za-zŁłŻżĆćĘęÓóŚśŹźŃńĄą .,\"„”:;()\n-]{0,120}") {
        for m in mentions(&text, date(2024, 1, 1)).into_iter().chain(entities(&text, None)) {
            prop_assert!(m.span.start <= m.span.end && m.span.end <= text.len());
            prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
            prop_assert!(m.tokens.start < m.tokens.end);
            prop_assert!(m.tokens.contains(&m.head));
        }
    }
}
