//! The line format every lexicon source shares.
//!
//! One record per line; a line whose first non-blank character is `#` is a comment; blank lines
//! are ignored. Fields are separated by tabs when the line has a tab (generated tables), else by
//! ` | ` (a pipe with a space either side, easier to align and read by hand); a pipe without
//! spaces stays inside its field, where formats use it for alternatives (`złożyć|przesłać`).
//! Fields are trimmed. Nothing here knows what the fields mean: each format checks its own, and
//! reports problems through [`SourceLine::error`] so that every message names the file and line.

use crate::{Error, Result};

/// One record line of a lexicon source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceLine<'a> {
    /// The file, as the lexicon names it (e.g. `lexicons/pl/events/consult.tsv`).
    pub file: &'a str,
    /// 1-based line number.
    pub line: usize,
    /// The whole line, trimmed.
    pub text: &'a str,
    /// The fields, trimmed.
    pub fields: Vec<&'a str>,
}

impl SourceLine<'_> {
    /// A syntax error on this line.
    pub fn error(&self, message: impl Into<String>) -> Error {
        Error::Syntax {
            file: self.file.to_owned(),
            line: self.line,
            message: message.into(),
        }
    }

    /// A validation error on this line (the line is well-formed but clashes with the lexicon).
    pub fn invalid(&self, message: impl Into<String>) -> Error {
        Error::Invalid {
            file: self.file.to_owned(),
            line: self.line,
            message: message.into(),
        }
    }

    /// Checks the number of fields, naming the expected columns in the error.
    pub fn expect_fields(&self, columns: &[&str]) -> Result<()> {
        if self.fields.len() == columns.len() {
            return Ok(());
        }
        Err(self.error(format!(
            "expected {} fields ({}), found {}",
            columns.len(),
            columns.join(" | "),
            self.fields.len()
        )))
    }
}

/// The record lines of `text`, read as the source `file`.
pub fn lines<'a>(file: &'a str, text: &'a str) -> impl Iterator<Item = SourceLine<'a>> + 'a {
    // A byte-order mark would otherwise glue itself to the first field of the first line.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.lines().enumerate().filter_map(move |(index, raw)| {
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            return None;
        }
        // Split the untrimmed line: trimming first would drop a trailing empty tab field.
        let fields = split_fields(raw.trim_end_matches('\r'));
        Some(SourceLine {
            file,
            line: index + 1,
            text: trimmed,
            fields,
        })
    })
}

/// Splits one line into trimmed fields: on tabs when there is one, else on ` | `.
pub fn split_fields(line: &str) -> Vec<&str> {
    if line.contains('\t') {
        line.split('\t').map(str::trim).collect()
    } else {
        line.split(" | ").map(str::trim).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_comments_and_blank_lines_and_keeps_line_numbers() {
        let text = "# header\n\n  a | b|c | d  \n   # indented comment\nx\ty\t\n";
        let got: Vec<_> = lines("f.tsv", text).collect();
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].line, 3);
        assert_eq!(got[0].fields, vec!["a", "b|c", "d"]);
        assert_eq!(got[1].line, 5);
        assert_eq!(got[1].fields, vec!["x", "y", ""]);
    }

    #[test]
    fn byte_order_mark_and_crlf_are_not_part_of_fields() {
        let got: Vec<_> = lines("f.tsv", "\u{feff}a | b\r\nc | d\r\n").collect();
        assert_eq!(got[0].fields, vec!["a", "b"]);
        assert_eq!(got[1].fields, vec!["c", "d"]);
    }

    #[test]
    fn errors_name_file_and_line() {
        let line = lines("lexicons/x.tsv", "\n\na | b\n")
            .next()
            .expect("one record");
        let err = line
            .expect_fields(&["id", "trigger", "cameo"])
            .expect_err("two fields");
        assert_eq!(err.file(), "lexicons/x.tsv");
        assert_eq!(err.line(), 3);
        assert!(
            err.to_string()
                .starts_with("lexicons/x.tsv:3: expected 3 fields"),
            "{err}"
        );
    }
}
