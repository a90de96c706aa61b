//! Date expressions in Polish and English, resolved against the publication date.
//!
//! ```
//! use dyad_dates::{DateResolver, TenseHint};
//! use dyad_model::{Lang, Precision};
//! use jiff::civil::date;
//!
//! let resolver = DateResolver::new();
//! let found = resolver.find(
//!     Lang::Pl,
//!     "Dwa dni temu prezydent wysłał życzenia.",
//!     Some(date(2023, 9, 11)),
//!     TenseHint::Past,
//! );
//! assert_eq!(found[0].text, "Dwa dni temu");
//! assert_eq!(found[0].date.start, Some(date(2023, 9, 9)));
//! assert_eq!(found[0].date.precision, Precision::Day);
//! ```
//!
//! # Design
//!
//! A sentence is cut into word, digit-run and punctuation tokens; a fixed list of hand-written
//! rules (one function per family of expressions: "N units ago", "w + month", day + month,
//! weekday, ...) is tried at every token, the longest match wins and scanning resumes after it.
//! Rules rather than a grammar engine because the families are few, Polish inflection here is
//! a closed list of forms, and every family needs its own calendar arithmetic. Everything a
//! rule reads is a closed word list in `lexicon.rs`, so extending coverage means adding forms
//! there and a row to `tests/probes.tsv`. Before trying the rules at a token, the scanner
//! asks whether any rule can start with that word at all (`lexicon::pl_may_start`), which
//! skips most words; a test checks this never changes the result.
//!
//! Resolution conventions, all in one place so reviewers can argue with them:
//! - "N units ago" / "za N units" resolve at the unit's grain: "tydzień temu" is the ISO week
//!   containing publication minus 7 days (precision `week`), "rok temu" the previous calendar
//!   year, "dwa dni temu" one day. Vague counts ("kilka" = 2..=9) give a `range`.
//! - A month or weekday without a year follows the tense: past (and unknown) picks the last
//!   one not after publication, future the first one not before it. With unknown tense a day
//!   and month ("15 stycznia") is the nearer occurrence and "do + month" a deadline ahead; a
//!   weekday next to a day ("w poniedziałek (4 stycznia)") picks the year where they agree.
//! - "w ostatnich/najbliższych dniach" reach 7 days back/forward, weeks 4 weeks, months 6
//!   months, years 5 years; "w ostatnim czasie" one month back.
//! - "na początku / w połowie / pod koniec" split a month 1-10/11-20/21-end and a year
//!   January-April/May-August/September-December.
//! - Quarters and half-years are `range`s ("w III kw. ub.r.", "in Q1 2024"); seasons are
//!   meteorological (spring March-May, ..., winter December-February, winter 2022 being the
//!   one whose January is in 2022).
//! - Centuries run from year 1 to year 100 ("XX wiek" is 1901-2000); a two-digit decade
//!   without a century is in the 1900s.
//! - "od X" / "since X" run from the start of X to publication; "od X do Y" / "from X to Y"
//!   from the start of X to the end of Y, a yearless end taking the other end's year.
//! - A date after "przed"/"po"/"before"/"after" is a reference point, not the event's date,
//!   and is not reported; nor are ages ("od 16 lat wzwyż"), prices ("zł za godzinę"),
//!   school and fiscal years, decimals ("1,5 roku") or ordinals ("75. rocznicy").
//! - Without a publication date, expressions that need one keep their words and get no span;
//!   absolute ones ("11 września 2023") resolve anyway.
#![warn(missing_docs)]

mod calendar;
mod en;
mod lexicon;
mod pl;
pub mod probe;
mod scan;

pub use dyad_model::Lang;
use dyad_model::{DateBasis, EventDate};
use jiff::civil::Date;

/// The tense of the verb the date belongs to; it decides which "July" or "Wednesday" is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TenseHint {
    /// Past tense: the last July not after publication.
    Past,
    /// Future tense: the next July not before publication.
    Future,
    /// Not known: read as past, since news mostly reports what happened; except a day and
    /// month without a year ("15 stycznia"), which is the nearer one, and a month deadline
    /// ("do października"), which is read forwards.
    #[default]
    Unknown,
}

impl TenseHint {
    /// Parses `past`, `future` or `unknown` (as in the probe table).
    pub fn parse(s: &str) -> Option<TenseHint> {
        match s.trim() {
            "past" => Some(TenseHint::Past),
            "future" => Some(TenseHint::Future),
            "unknown" | "" => Some(TenseHint::Unknown),
            _ => None,
        }
    }
}

/// One date expression found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Byte offset of the first byte of the expression in the given text.
    pub start: usize,
    /// Byte offset one past the expression's last byte.
    pub end: usize,
    /// The expression as written.
    pub text: String,
    /// Its resolution; `basis` is always [`DateBasis::Sentence`].
    pub date: EventDate,
    /// Whether resolving it needed the publication date ("wczoraj", "w lipcu").
    pub relative: bool,
    /// Whether it points after publication, by its words ("jutro", "w najbliższych dniach",
    /// "next week") or by where it resolved.
    pub forward_looking: bool,
}

/// Finds and resolves date expressions. Holds no state, so one instance can be shared by
/// reference across threads (checked at compile time below).
#[derive(Debug, Clone, Copy, Default)]
pub struct DateResolver {
    _private: (),
}

// The coder shares one resolver across rayon workers; this fails to compile if that breaks.
const _: fn() = || {
    fn shared<T: Send + Sync>() {}
    shared::<DateResolver>();
};

impl DateResolver {
    /// A resolver with the built-in Polish and English rules.
    pub fn new() -> DateResolver {
        DateResolver { _private: () }
    }

    /// All date expressions in `text` (a sentence), left to right and not overlapping,
    /// resolved against `published`. Without `published`, relative expressions keep their
    /// text with `start`/`end` unset.
    pub fn find(
        &self,
        lang: Lang,
        text: &str,
        published: Option<Date>,
        tense: TenseHint,
    ) -> Vec<DateMention> {
        scan_sentence(lang, text, published, tense, true)
    }
}

/// The scan behind [`DateResolver::find`]; `filtered` skips tokens no rule can start at,
/// which must not change the result (tested against `filtered == false`).
fn scan_sentence(
    lang: Lang,
    text: &str,
    published: Option<Date>,
    tense: TenseHint,
    filtered: bool,
) -> Vec<DateMention> {
    {
        let rules = match lang {
            Lang::Pl => pl::RULES,
            Lang::En => en::RULES,
        };
        let cx = scan::Cx {
            toks: scan::tokenize(text),
            published,
            tense,
        };
        let may_start = |t: &scan::Tok<'_>| match t.kind {
            scan::Kind::Num => true,
            scan::Kind::Punct => false,
            scan::Kind::Word => match lang {
                Lang::Pl => lexicon::pl_may_start(&t.low, t.raw),
                Lang::En => lexicon::en_may_start(&t.low),
            },
        };
        let mut found = Vec::new();
        let mut i = 0;
        while i < cx.toks.len() {
            if filtered && !may_start(&cx.toks[i]) {
                i += 1;
                continue;
            }
            // Longest match; the earlier rule wins a tie.
            let best = rules
                .iter()
                .filter_map(|rule| rule(&cx, i))
                .filter(|hit| hit.end > i && hit.end <= cx.toks.len())
                .fold(None::<scan::Hit>, |best, hit| match best {
                    Some(b) if b.end >= hit.end => Some(b),
                    _ => Some(hit),
                });
            let Some(hit) = best else {
                i += 1;
                continue;
            };
            if hit.suppressed {
                i = hit.end;
                continue;
            }
            let start = cx.toks[i].start;
            let end = cx.toks[hit.end - 1].end;
            let words = text.get(start..end).unwrap_or_default().to_owned();
            found.push(DateMention {
                start,
                end,
                text: words.clone(),
                date: EventDate {
                    start: hit.start_date,
                    end: hit.end_date,
                    precision: hit.precision,
                    text: words,
                    basis: DateBasis::Sentence,
                },
                relative: hit.relative,
                forward_looking: hit.forward,
            });
            i = hit.end;
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_model::Precision;
    use jiff::civil::date;

    fn one(lang: Lang, text: &str, tense: TenseHint) -> DateMention {
        let found = DateResolver::new().find(lang, text, Some(date(2023, 9, 11)), tense);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap_or_else(|| unreachable!())
    }

    #[test]
    fn offsets_point_at_the_words() {
        let text = "Premier pojedzie w najbliższych dniach do Pragi.";
        let m = one(Lang::Pl, text, TenseHint::Future);
        assert_eq!(&text[m.start..m.end], "w najbliższych dniach");
        assert_eq!(m.date.start, Some(date(2023, 9, 11)));
        assert_eq!(m.date.end, Some(date(2023, 9, 18)));
        assert_eq!(m.date.precision, Precision::Range);
        assert!(m.forward_looking && m.relative);
    }

    #[test]
    fn without_publication_relative_dates_keep_only_their_words() {
        let r = DateResolver::new();
        let found = r.find(
            Lang::Pl,
            "Wczoraj, 11 września 2023 r.",
            None,
            TenseHint::Past,
        );
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].date.start, None);
        assert_eq!(found[0].date.text, "Wczoraj");
        assert_eq!(found[1].date.start, Some(date(2023, 9, 11)));
        assert!(!found[1].relative);
    }

    #[test]
    fn tense_decides_which_july() {
        let past = one(Lang::Pl, "W lipcu przyjechał.", TenseHint::Past);
        let future = one(Lang::Pl, "W lipcu przyjedzie.", TenseHint::Future);
        assert_eq!(past.date.start, Some(date(2023, 7, 1)));
        assert_eq!(future.date.start, Some(date(2024, 7, 1)));
        assert!(future.forward_looking && !past.forward_looking);
    }

    /// Every probe sentence, and every probe sentence in the other language's rules, scans the
    /// same with and without the start filter.
    #[test]
    fn the_start_filter_loses_nothing() {
        let table = include_str!("../tests/probes.tsv");
        let probes = probe::parse_probes(table).unwrap_or_default();
        assert!(!probes.is_empty());
        for p in &probes {
            for lang in [Lang::Pl, Lang::En] {
                for tense in [TenseHint::Past, TenseHint::Future, TenseHint::Unknown] {
                    let args = (lang, p.sentence.as_str(), Some(p.published), tense);
                    assert_eq!(
                        scan_sentence(args.0, args.1, args.2, args.3, true),
                        scan_sentence(args.0, args.1, args.2, args.3, false),
                        "{}",
                        p.sentence
                    );
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn the_start_filter_loses_nothing_on_any_text(
            words in proptest::collection::vec(proptest::sample::select(WORDS), 0..16)
        ) {
            let text = words.join(" ");
            for lang in [Lang::Pl, Lang::En] {
                let p = Some(date(2023, 9, 11));
                proptest::prop_assert_eq!(
                    scan_sentence(lang, &text, p, TenseHint::Unknown, true),
                    scan_sentence(lang, &text, p, TenseHint::Unknown, false)
                );
            }
        }
    }

    /// Words from every rule's vocabulary, for the filter property.
    const WORDS: &[&str] = &[
        "w",
        "we",
        "od",
        "do",
        "na",
        "z",
        "za",
        "pod",
        "przed",
        "przez",
        "między",
        "a",
        "i",
        "roku",
        "r.",
        "lat",
        "latach",
        "90.",
        "XX",
        "wieku",
        "w.",
        "lipca",
        "lipcu",
        "maja",
        "11",
        "2019",
        "2014-2016",
        "11.09.2023",
        "dni",
        "tydzień",
        "temu",
        "kilka",
        "dwa",
        "ostatnich",
        "najbliższych",
        "dniach",
        "ub.",
        "ub.r.",
        "br.",
        "środę",
        "poniedziałku",
        "weekend",
        "nocy",
        "początku",
        "koniec",
        "końca",
        "połowie",
        "przełomie",
        "piątkowe",
        "grudniowy",
        "wczoraj",
        "dziś",
        "Dzień",
        "wcześniej",
        "minionej",
        "ubiegłym",
        "tym",
        "pół",
        "on",
        "the",
        "in",
        "Sept.",
        "September",
        "May",
        "Tuesday",
        "last",
        "next",
        "this",
        "year",
        "week",
        "ago",
        "two",
        "a",
        "few",
        "days",
        "early",
        "mid-July",
        "late",
        "earlier",
        "later",
        "month",
        "coming",
        "recent",
        "years",
        "1990s",
        "20th",
        "century",
        "since",
        "over",
        "yesterday",
        ",",
        "(",
        ")",
    ];

    #[test]
    fn an_ordinal_before_an_anniversary_is_not_a_date() {
        let r = DateResolver::new();
        let p = Some(date(2023, 9, 11));
        let texts: Vec<String> = r
            .find(
                Lang::Pl,
                "Po wyborach w 2017 r. rząd zmienił kurs. Dwa dni temu odbyły się obchody \
                 75. rocznicy założenia miasta.",
                p,
                TenseHint::Past,
            )
            .into_iter()
            .map(|m| m.text)
            .collect();
        assert_eq!(texts, ["w 2017 r.", "Dwa dni temu"]);
    }
}
