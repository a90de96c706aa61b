//! The probe table format (`tests/probes.tsv`): one date expression per line with its anchor
//! and expected resolution. Shared by the table-driven test and the benchmark example, so both
//! read the same rows the same way.
//!
//! Columns, tab-separated: `lang`, `published` (YYYY-MM-DD), `tense` (past/future/unknown),
//! `sentence`, `expected text` (the words that should be found, `-` when nothing should be),
//! `start`, `end` (YYYY-MM-DD or `-`), `precision` (`day`..`range`, or `-`). Lines starting
//! with `#` and blank lines are skipped.

use jiff::civil::Date;
use thiserror::Error;

use crate::{Lang, TenseHint};
use dyad_model::Precision;

/// A malformed probe line.
#[derive(Debug, Error)]
pub enum ProbeError {
    /// The line does not have the eight columns, or one of them does not parse.
    #[error("line {line}: {message}")]
    Malformed {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Crate-level result for probe parsing.
pub type Result<T> = std::result::Result<T, ProbeError>;

/// What a probe expects to be found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expected {
    /// The words, exactly as in the sentence.
    pub text: String,
    /// First day, when it resolves.
    pub start: Option<Date>,
    /// Last day, when it resolves.
    pub end: Option<Date>,
    /// Precision.
    pub precision: Precision,
}

/// One row of the probe table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Probe {
    /// 1-based line number in the table, for messages.
    pub line: usize,
    /// Language of the sentence.
    pub lang: Lang,
    /// Publication date the sentence is anchored at.
    pub published: Date,
    /// Tense of the sentence's verb.
    pub tense: TenseHint,
    /// The sentence.
    pub sentence: String,
    /// What should be found; `None` when the sentence has no date expression.
    pub expected: Option<Expected>,
}

/// Parses the precision names of the contract.
pub fn parse_precision(s: &str) -> Option<Precision> {
    Some(match s {
        "day" => Precision::Day,
        "week" => Precision::Week,
        "month" => Precision::Month,
        "year" => Precision::Year,
        "range" => Precision::Range,
        _ => return None,
    })
}

/// The contract's name of a precision.
pub fn precision_name(p: Precision) -> &'static str {
    match p {
        Precision::Day => "day",
        Precision::Week => "week",
        Precision::Month => "month",
        Precision::Year => "year",
        Precision::Range => "range",
    }
}

/// Parses a whole probe table.
pub fn parse_probes(text: &str) -> Result<Vec<Probe>> {
    let mut probes = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = n + 1;
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let bad = |message: String| ProbeError::Malformed { line, message };
        let cols: Vec<&str> = raw.split('\t').collect();
        let [lang, published, tense, sentence, words, start, end, precision] = cols[..] else {
            return Err(bad(format!(
                "expected 8 tab-separated columns, got {}",
                cols.len()
            )));
        };
        let date = |s: &str| -> Result<Option<Date>> {
            if s == "-" {
                return Ok(None);
            }
            s.parse::<Date>()
                .map(Some)
                .map_err(|e| bad(format!("bad date {s:?}: {e}")))
        };
        let expected = if words == "-" {
            None
        } else {
            Some(Expected {
                text: words.to_owned(),
                start: date(start)?,
                end: date(end)?,
                precision: parse_precision(precision)
                    .ok_or_else(|| bad(format!("bad precision {precision:?}")))?,
            })
        };
        probes.push(Probe {
            line,
            lang: Lang::from_code(lang).ok_or_else(|| bad(format!("bad lang {lang:?}")))?,
            published: date(published)?
                .ok_or_else(|| bad("published date is required".to_owned()))?,
            tense: TenseHint::parse(tense).ok_or_else(|| bad(format!("bad tense {tense:?}")))?,
            sentence: sentence.to_owned(),
            expected,
        });
    }
    Ok(probes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_malformed_line_names_its_number() {
        let err = parse_probes("# header\npl\t2023-09-11\tpast\n").unwrap_err();
        assert!(err.to_string().starts_with("line 2:"), "{err}");
    }

    #[test]
    fn a_row_parses() {
        let rows =
            parse_probes("pl\t2023-09-11\tpast\tWczoraj.\tWczoraj\t2023-09-10\t2023-09-10\tday\n")
                .unwrap_or_default();
        assert_eq!(rows.len(), 1);
        assert_eq!(
            rows[0].expected.as_ref().map(|e| e.precision),
            Some(Precision::Day)
        );
    }
}
