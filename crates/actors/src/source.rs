//! The line format every actor lexicon source shares, and its parsers.
//!
//! One record a line, fields separated by ` | `; lines starting with `#` and blank lines are
//! ignored. Fields after the fixed ones are labelled (`en: Russia; Russian Federation`), so a
//! record can grow new kinds of names without breaking older files. Every error carries the file
//! and line so an editor can jump to it.

use jiff::civil::Date;

use crate::{Error, Result};

/// Where a record came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origin {
    /// Source file, relative to the repository (e.g. `lexicons/common/actors/people.tsv`).
    pub file: &'static str,
    /// 1-based line number.
    pub line: usize,
}

impl Origin {
    /// An error about this record.
    pub fn error(&self, message: impl Into<String>) -> Error {
        Error::Source {
            file: self.file.to_string(),
            line: self.line,
            message: message.into(),
        }
    }
}

/// One record: its origin, its positional fields and its labelled fields, in order.
#[derive(Debug, Clone)]
pub struct Record<'a> {
    /// Where it is.
    pub origin: Origin,
    /// Fields before the first labelled one, trimmed.
    pub fields: Vec<&'a str>,
    /// `label: value` fields, trimmed.
    pub labelled: Vec<(&'a str, &'a str)>,
}

impl<'a> Record<'a> {
    /// The positional field `i`, or an error naming what was expected.
    pub fn field(&self, i: usize, what: &str) -> Result<&'a str> {
        match self.fields.get(i) {
            Some(f) if !f.is_empty() => Ok(f),
            _ => Err(self
                .origin
                .error(format!("missing field {}: {what}", i + 1))),
        }
    }

    /// The positional field `i` where `-` (or absence) means none.
    pub fn optional(&self, i: usize) -> Option<&'a str> {
        self.fields
            .get(i)
            .copied()
            .filter(|f| !f.is_empty() && *f != "-")
    }

    /// All `;`-separated values of every field labelled `label`.
    pub fn list(&self, label: &str) -> Vec<&'a str> {
        self.labelled
            .iter()
            .filter(|(l, _)| *l == label)
            .flat_map(|(_, v)| v.split(';'))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .collect()
    }

    /// Fails on a label outside `known`: a typo ("pl-ajd:") must not silently drop names.
    pub fn check_labels(&self, known: &[&str]) -> Result<()> {
        for (label, _) in &self.labelled {
            if !known.contains(label) {
                return Err(self.origin.error(format!(
                    "unknown label `{label}:` (expected one of {})",
                    known.join(", ")
                )));
            }
        }
        Ok(())
    }
}

/// Splits a source into records. `labels` are the labels this file may use; a field starting
/// with one of them followed by `:` is labelled, anything else is positional (positional fields
/// must come first).
pub fn records<'a>(file: &'static str, text: &'a str, labels: &[&str]) -> Result<Vec<Record<'a>>> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let origin = Origin { file, line: i + 1 };
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut record = Record {
            origin,
            fields: Vec::new(),
            labelled: Vec::new(),
        };
        for field in line.split(" | ") {
            let field = field.trim();
            match label_of(field) {
                Some((label, value)) => {
                    if !labels.contains(&label) {
                        return Err(origin.error(format!(
                            "unknown label `{label}:` (expected one of {})",
                            labels.join(", ")
                        )));
                    }
                    record.labelled.push((label, value));
                }
                None if !record.labelled.is_empty() => {
                    return Err(origin.error(format!(
                        "positional field `{field}` after a labelled one (is a label missing?)"
                    )))
                }
                None => record.fields.push(field),
            }
        }
        if line.contains('|') && line.split(" | ").any(|f| f.contains('|')) {
            return Err(origin.error("a `|` must have a space on either side"));
        }
        out.push(record);
    }
    Ok(out)
}

/// `label: value` when the field starts with a label-like word and a colon.
fn label_of(field: &str) -> Option<(&str, &str)> {
    let (label, value) = field.split_once(':')?;
    let is_label = !label.is_empty()
        && label.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        && value.starts_with(' ');
    is_label.then(|| (label, value.trim()))
}

/// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; a partial date means its first day (`start`) or its
/// last day (`!start`), so `2021..2025` covers both whole years.
pub fn parse_date(origin: Origin, s: &str, start: bool) -> Result<Date> {
    let bad = || {
        origin.error(format!(
            "bad date `{s}` (expected YYYY-MM-DD, YYYY-MM or YYYY)"
        ))
    };
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str| p.parse::<i16>().map_err(|_| bad());
    let (year, month, day) = match parts.as_slice() {
        [y] => (num(y)?, if start { 1 } else { 12 }, None),
        [y, m] => (num(y)?, num(m)? as i8, None),
        [y, m, d] => (num(y)?, num(m)? as i8, Some(num(d)? as i8)),
        _ => return Err(bad()),
    };
    let first = Date::new(year, month, 1).map_err(|_| bad())?;
    match day {
        Some(d) => Date::new(year, month, d).map_err(|_| bad()),
        None if start => Ok(first),
        None => Ok(first.last_of_month()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_positional_and_labelled_fields() {
        let text = "# comment\n\nRUS | country | en: Russia; Russian Federation | pl: Rosja\n";
        let recs = records("t.tsv", text, &["en", "pl"]).unwrap();
        assert_eq!(recs.len(), 1);
        assert_eq!(recs[0].origin.line, 3);
        assert_eq!(recs[0].fields, vec!["RUS", "country"]);
        assert_eq!(recs[0].list("en"), vec!["Russia", "Russian Federation"]);
        assert_eq!(recs[0].list("pl"), vec!["Rosja"]);
    }

    #[test]
    fn errors_name_file_and_line() {
        let err = records("lex/x.tsv", "a | b\nRUS | xx: Rosja\n", &["en", "pl"]).unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("lex/x.tsv:2:"), "{msg}");
        assert!(msg.contains("xx"), "{msg}");
        let err = records("lex/x.tsv", "a|b\n", &["en"]).unwrap_err();
        assert!(err.to_string().starts_with("lex/x.tsv:1:"));
        let err = records("lex/x.tsv", "a | en: x | b\n", &["en"]).unwrap_err();
        assert!(err.to_string().contains("after a labelled"));
    }

    #[test]
    fn partial_dates_cover_whole_periods() {
        let o = Origin { file: "f", line: 1 };
        assert_eq!(
            parse_date(o, "2021", true).unwrap(),
            Date::constant(2021, 1, 1)
        );
        assert_eq!(
            parse_date(o, "2025", false).unwrap(),
            Date::constant(2025, 12, 31)
        );
        assert_eq!(
            parse_date(o, "2024-02", false).unwrap(),
            Date::constant(2024, 2, 29)
        );
        assert_eq!(
            parse_date(o, "2023-09-11", true).unwrap(),
            Date::constant(2023, 9, 11)
        );
        assert!(parse_date(o, "2023-13-01", true).is_err());
        assert!(parse_date(o, "soon", true).is_err());
    }
}
