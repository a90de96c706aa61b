//! Per-language abbreviation data: which "word." forms keep their period and whether they can
//! end a sentence. The lists are editable text (`lexicons/<lang>/abbreviations.txt`) parsed once.

use std::collections::HashMap;

use crate::error::{Result, TextError};

/// How an abbreviation behaves at a possible sentence end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AbbrevClass {
    /// Stands before what it qualifies ("gen.", "Mr."): never ends a sentence.
    Prefix,
    /// May end a sentence ("r.", "U.S."): ends one only before a capitalised starter word or a
    /// line break.
    Either,
    /// Ends a sentence before any capitalised word ("itd.", "etc.").
    Final,
    /// An abbreviation only when a number follows ("art. 5", "No. 10", "Jan. 5").
    Numeric,
    /// A single capital letter and a period ("J. Biden"): never ends a sentence.
    Initial,
}

/// The parsed abbreviation list of one language.
#[derive(Debug, Clone, Default)]
pub struct AbbreviationTable {
    /// Forms with their period, as written and with the first letter capitalised.
    forms: HashMap<Box<str>, AbbrevClass>,
    /// Capitalised words that start a sentence after an [`AbbrevClass::Either`] abbreviation.
    starters: HashMap<Box<str>, ()>,
    /// Lowercase function words that cannot end a line of running text or a headline.
    joiners: HashMap<Box<str>, ()>,
}

impl AbbreviationTable {
    /// Parses a list in the `lexicons/<lang>/abbreviations.txt` format; `file` names it in errors.
    pub fn parse(file: &str, source: &str) -> Result<AbbreviationTable> {
        let mut table = AbbreviationTable::default();
        for (index, raw) in source.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let error = |message: String| TextError::AbbreviationLine {
                file: file.to_string(),
                line: index + 1,
                message,
            };
            let mut fields = line.split_whitespace();
            let (Some(form), Some(class), None) = (fields.next(), fields.next(), fields.next())
            else {
                return Err(error(format!("expected `form class`, found {line:?}")));
            };
            let class = match class {
                "prefix" => AbbrevClass::Prefix,
                "either" => AbbrevClass::Either,
                "final" => AbbrevClass::Final,
                "numeric" => AbbrevClass::Numeric,
                "starter" => {
                    if form.contains('.') {
                        return Err(error(format!("starter {form:?} must be a plain word")));
                    }
                    table.starters.insert(form.into(), ());
                    continue;
                }
                "joiner" => {
                    if form.contains('.') || form.chars().any(char::is_uppercase) {
                        return Err(error(format!("joiner {form:?} must be a lowercase word")));
                    }
                    table.joiners.insert(form.into(), ());
                    continue;
                }
                other => return Err(error(format!("unknown class {other:?}"))),
            };
            if !form.ends_with('.') || form.len() < 2 {
                return Err(error(format!(
                    "abbreviation {form:?} must end with a period"
                )));
            }
            table.insert(form, class).map_err(error)?;
            // Sentence-initial forms ("Gen.", "Np.") are the same abbreviation.
            let mut chars = form.chars();
            if let Some(first) = chars.next().filter(|c| c.is_lowercase()) {
                let capitalised: String = first.to_uppercase().chain(chars).collect();
                if !table.forms.contains_key(capitalised.as_str()) {
                    table.forms.insert(capitalised.into(), class);
                }
            }
        }
        Ok(table)
    }

    fn insert(&mut self, form: &str, class: AbbrevClass) -> std::result::Result<(), String> {
        match self.forms.insert(form.into(), class) {
            Some(previous) if previous != class => Err(format!(
                "{form:?} listed twice with different classes ({previous:?}, {class:?})"
            )),
            _ => Ok(()),
        }
    }

    /// The class of `form` (with its final period), if it is listed.
    pub fn class(&self, form: &str) -> Option<AbbrevClass> {
        self.forms.get(form).copied()
    }

    /// Whether `word` is a listed sentence starter.
    pub fn is_starter(&self, word: &str) -> bool {
        self.starters.contains_key(word)
    }

    /// Whether `word` (compared in lowercase) is a listed joiner.
    pub fn is_joiner(&self, word: &str) -> bool {
        if word.chars().any(char::is_uppercase) {
            return self.joiners.contains_key(word.to_lowercase().as_str());
        }
        self.joiners.contains_key(word)
    }

    /// Number of listed abbreviation forms (including capitalised variants).
    pub fn len(&self) -> usize {
        self.forms.len()
    }

    /// Whether no abbreviation is listed.
    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }
}

/// The embedded Polish list.
pub(crate) const POLISH_SOURCE: &str = include_str!("../../../lexicons/pl/abbreviations.txt");
/// The embedded English list.
pub(crate) const ENGLISH_SOURCE: &str = include_str!("../../../lexicons/en/abbreviations.txt");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lists_parse() {
        let pl = AbbreviationTable::parse("lexicons/pl/abbreviations.txt", POLISH_SOURCE).unwrap();
        assert_eq!(pl.class("r."), Some(AbbrevClass::Either));
        assert_eq!(pl.class("m.in."), Some(AbbrevClass::Prefix));
        assert_eq!(pl.class("Gen."), Some(AbbrevClass::Prefix));
        assert!(pl.is_starter("W"));
        let en = AbbreviationTable::parse("lexicons/en/abbreviations.txt", ENGLISH_SOURCE).unwrap();
        assert_eq!(en.class("U.S."), Some(AbbrevClass::Either));
        assert_eq!(en.class("Jan."), Some(AbbrevClass::Numeric));
        assert!(en.is_starter("The"));
        assert!(en.is_joiner("of") && en.is_joiner("Of") && !en.is_joiner("Gondor"));
        assert!(pl.is_joiner("przez"));
    }

    #[test]
    fn errors_name_file_and_line() {
        let err = AbbreviationTable::parse("x.txt", "# c\nr. either\ngen prefix\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "x.txt:3: abbreviation \"gen\" must end with a period"
        );
        let err = AbbreviationTable::parse("x.txt", "r. sometimes\n").unwrap_err();
        assert!(err.to_string().starts_with("x.txt:1: unknown class"));
        let err = AbbreviationTable::parse("x.txt", "r. either\nr. prefix\n").unwrap_err();
        assert!(err.to_string().contains("listed twice"));
    }
}
