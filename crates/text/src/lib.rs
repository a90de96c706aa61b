//! Spans, tokens and sentences: the tokenizer and sentence splitter for Polish and English news.
//!
//! Every later stage refers back to the original text through [`Span`]s: byte offsets into the
//! document as read, with `start <= end`, always on UTF-8 character boundaries.
//!
//! One scanner and one splitting driver serve every language; what differs is data. Each
//! language has an editable abbreviation list (`lexicons/<lang>/abbreviations.txt`, embedded
//! with `include_str!`) saying which "word." forms keep their period, whether they can end a
//! sentence, and which capitalised words start one after an ambiguous abbreviation ("w 2017 r.
//! Kim podjął" is one sentence, "w 2017 r. W maju" two). English additionally splits clitics
//! ("do|n't", "Russia|'s") so that negation and possession are tokens of their own.
//!
//! ```
//! use dyad_text::{TokenKind, Tokenizer};
//! let text = "Gen. Nowak przyjechał w 2017 r. do Kijowa. Rozmowy trwały 2 godz.";
//! let sentences = Tokenizer::polish().sentences(text);
//! assert_eq!(sentences.len(), 2);
//! assert_eq!(sentences[0].tokens[0].kind, TokenKind::Abbreviation);
//! ```
//!
//! Layout rules: a blank line always ends a sentence; a line starting with a dash opens a quote
//! line; a line that ends without sentence-final punctuation and is followed by a line that does
//! not start in lowercase is a headline and ends one, unless it ends in a function word ("of",
//! "the", "przez": a `joiner` in the list) or the text is hard-wrapped (some line break falls
//! between a word and a lowercase word: then single line breaks are spaces). A sentence that
//! starts a line has `paragraph_start` set (news sources put one paragraph on a line).
#![warn(missing_docs)]

mod abbrev;
mod error;
mod scan;
mod split;

use std::sync::{Arc, OnceLock};

pub use abbrev::{AbbrevClass, AbbreviationTable};
pub use error::{Result, TextError};

/// A byte range into a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span; panics in debug builds if `start > end`.
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// The text the span covers.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span is empty.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// What kind of token it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters (possibly with inner hyphens or apostrophes: "Farage'a", "polsko-rosyjski").
    Word,
    /// Digits, possibly with inner separators ("2023", "1,5", "15.30").
    Number,
    /// An ordinal written as digits and a period ("75.").
    Ordinal,
    /// An abbreviation with its period ("r.", "m.in.", "U.S.").
    Abbreviation,
    /// Punctuation, quotes and dashes.
    Punct,
    /// Anything else (symbols, emoji).
    Symbol,
}

/// One token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Where it is in the document.
    pub span: Span,
    /// What kind it is.
    pub kind: TokenKind,
    /// Whether whitespace precedes it (useful to rebuild text and to glue hyphenated names).
    pub space_before: bool,
}

/// One sentence: a span and its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Where it is in the document (from the first token's start to the last token's end).
    pub span: Span,
    /// Its tokens, in order.
    pub tokens: Vec<Token>,
    /// Whether the sentence starts a new paragraph (a blank line or a headline before it).
    pub paragraph_start: bool,
}

/// The tokenizer and sentence splitter of one language: immutable, cheap to clone, `Send + Sync`.
#[derive(Debug, Clone)]
pub struct Tokenizer {
    table: Arc<AbbreviationTable>,
    options: scan::ScanOptions,
}

fn embedded_table(
    cell: &'static OnceLock<Arc<AbbreviationTable>>,
    file: &str,
    source: &str,
) -> Arc<AbbreviationTable> {
    // The embedded lists are checked by a unit test, so a parse error cannot ship; should one
    // slip through, the tokenizer still works, only without abbreviations.
    cell.get_or_init(|| Arc::new(AbbreviationTable::parse(file, source).unwrap_or_default()))
        .clone()
}

impl Tokenizer {
    /// The Polish tokenizer over `lexicons/pl/abbreviations.txt` (parsed once per process).
    pub fn polish() -> Tokenizer {
        static TABLE: OnceLock<Arc<AbbreviationTable>> = OnceLock::new();
        Tokenizer {
            table: embedded_table(
                &TABLE,
                "lexicons/pl/abbreviations.txt",
                abbrev::POLISH_SOURCE,
            ),
            options: scan::ScanOptions { english: false },
        }
    }

    /// The English tokenizer over `lexicons/en/abbreviations.txt` (parsed once per process).
    pub fn english() -> Tokenizer {
        static TABLE: OnceLock<Arc<AbbreviationTable>> = OnceLock::new();
        Tokenizer {
            table: embedded_table(
                &TABLE,
                "lexicons/en/abbreviations.txt",
                abbrev::ENGLISH_SOURCE,
            ),
            options: scan::ScanOptions { english: true },
        }
    }

    /// A tokenizer over another abbreviation list (same format); `file` names it in errors.
    /// `english` switches on clitic splitting and "1st"-style ordinals.
    pub fn with_abbreviations(file: &str, source: &str, english: bool) -> Result<Tokenizer> {
        Ok(Tokenizer {
            table: Arc::new(AbbreviationTable::parse(file, source)?),
            options: scan::ScanOptions { english },
        })
    }

    /// The abbreviation table in use.
    pub fn abbreviations(&self) -> &AbbreviationTable {
        &self.table
    }

    fn scan(&self, text: &str) -> Vec<scan::RawToken> {
        // Roughly one token per six bytes of news text: one allocation in the common case.
        let mut raw = Vec::with_capacity(text.len() / 6 + 1);
        scan::scan(text, &self.table, self.options, &mut raw);
        raw
    }

    /// The tokens of `text`, in order, with byte spans into it.
    pub fn tokens(&self, text: &str) -> Vec<Token> {
        self.scan(text).into_iter().map(|raw| raw.token).collect()
    }

    /// The sentences of `text`, in order; every token belongs to exactly one sentence.
    pub fn sentences(&self, text: &str) -> Vec<Sentence> {
        let raw = self.scan(text);
        let wrapped = split::Splitter::is_wrapped(text, &raw);
        split::Splitter {
            text,
            tokens: &raw,
            table: &self.table,
            wrapped,
        }
        .sentences()
    }
}
