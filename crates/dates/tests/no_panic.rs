//! Any input: no panic, and every mention's offsets are in bounds, on char boundaries, in
//! order, and its text is the slice they point at.

use dyad_dates::{DateResolver, Lang, TenseHint};
use jiff::civil::date;
use proptest::prelude::*;

/// Text built from date-ish pieces, so the rules actually get exercised, glued with arbitrary
/// characters.
fn datey_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("w".to_owned()),
        Just("we".to_owned()),
        Just("lipcu".to_owned()),
        Just("września".to_owned()),
        Just("temu".to_owned()),
        Just("dni".to_owned()),
        Just("kilka".to_owned()),
        Just("r.".to_owned()),
        Just("XX".to_owned()),
        Just("wieku".to_owned()),
        Just("latach".to_owned()),
        Just("od".to_owned()),
        Just("na początku".to_owned()),
        Just("ostatnich".to_owned()),
        Just("za".to_owned()),
        Just("in".to_owned()),
        Just("the".to_owned()),
        Just("Sept.".to_owned()),
        Just("ago".to_owned()),
        Just("last".to_owned()),
        Just("weekend".to_owned()),
        "[0-9]{1,6}",
        "[.,:;\\-–' ]",
        "\\PC{0,3}",
    ];
    prop::collection::vec(piece, 0..24).prop_map(|v| v.join(" "))
}

fn check(text: &str, year: i16) {
    let resolver = DateResolver::new();
    for lang in [Lang::Pl, Lang::En] {
        for tense in [TenseHint::Past, TenseHint::Future, TenseHint::Unknown] {
            for published in [None, Some(date(year, 1, 1)), Some(date(year, 12, 31))] {
                let mut last_end = 0;
                for m in resolver.find(lang, text, published, tense) {
                    assert!(m.start < m.end && m.end <= text.len(), "{m:?}");
                    assert!(m.start >= last_end, "overlap: {m:?}");
                    assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
                    assert_eq!(&text[m.start..m.end], m.text);
                    if let (Some(s), Some(e)) = (m.date.start, m.date.end) {
                        assert!(s <= e, "{m:?}");
                    }
                    last_end = m.end;
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,80}", year in -9999i16..=9999) {
        check(&text, year);
    }

    #[test]
    fn date_like_text_never_panics(text in datey_text(), year in -9999i16..=9999) {
        check(&text, year);
    }
}
