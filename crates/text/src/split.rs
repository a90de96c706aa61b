//! The sentence splitter: a shared driver over scanned tokens; the language only contributes
//! its abbreviation table (which abbreviations can end a sentence, which words start one).

use crate::abbrev::{AbbrevClass, AbbreviationTable};
use crate::scan::RawToken;
use crate::{Sentence, TokenKind};

const DASHES: [char; 7] = [
    '-', '\u{2010}', '\u{2012}', '\u{2013}', '\u{2014}', '\u{2015}', '\u{2212}',
];
/// Marks that close a quotation or bracket; they stay with the sentence they end.
const CLOSERS: [char; 10] = [
    ')', ']', '}', '\u{00BB}', '\u{203A}', '\u{201D}', '\u{2019}', '"', '\'', '\u{201C}',
];

/// The shortest line that counts as evidence of hard wrapping (wire text wraps at 60-80).
const WRAPPED_LINE_CHARS: usize = 45;

pub(crate) struct Splitter<'a> {
    pub(crate) text: &'a str,
    pub(crate) tokens: &'a [RawToken],
    pub(crate) table: &'a AbbreviationTable,
    /// Whether the text is hard-wrapped (see [`Splitter::is_wrapped`]).
    pub(crate) wrapped: bool,
}

impl Splitter<'_> {
    fn first_char(&self, index: usize) -> Option<char> {
        self.tokens
            .get(index)
            .and_then(|t| t.token.span.slice(self.text).chars().next())
    }

    fn is_terminal(&self, index: usize) -> bool {
        let t = &self.tokens[index].token;
        t.kind == TokenKind::Punct
            && t.span
                .slice(self.text)
                .chars()
                .all(|c| matches!(c, '.' | '!' | '?' | '\u{2026}'))
    }

    fn is_dash(&self, index: usize) -> bool {
        self.tokens[index].token.kind == TokenKind::Punct
            && self.first_char(index).is_some_and(|c| DASHES.contains(&c))
    }

    fn starts_lowercase(&self, index: usize) -> bool {
        self.first_char(index).is_some_and(char::is_lowercase)
    }

    /// The first token after the closing quotes and brackets glued to token `index - 1`.
    fn skip_closers(&self, mut index: usize) -> usize {
        while let Some(t) = self.tokens.get(index) {
            let closer = t.token.kind == TokenKind::Punct
                && !t.token.space_before
                && self.first_char(index).is_some_and(|c| CLOSERS.contains(&c));
            if !closer {
                break;
            }
            index += 1;
        }
        index
    }

    /// Whether token `index`, after a sentence-final mark, begins a new sentence.
    fn starts_sentence(&self, index: usize) -> bool {
        let t = &self.tokens[index];
        match t.token.kind {
            TokenKind::Word | TokenKind::Abbreviation => !self.starts_lowercase(index),
            TokenKind::Punct if self.is_dash(index) => {
                // "?” – zapytał" continues the sentence; "zimą. - To wiele" starts one.
                t.newlines > 0
                    || index + 1 >= self.tokens.len()
                    || !self.starts_lowercase(index + 1)
            }
            TokenKind::Punct => !matches!(
                self.first_char(index),
                Some(',' | ';' | ':' | ')' | ']' | '}' | '.' | '!' | '?' | '\u{2026}')
            ),
            TokenKind::Number | TokenKind::Ordinal | TokenKind::Symbol => true,
        }
    }

    /// If a sentence ends at or just after token `index`, the index of its last token.
    fn boundary(&self, index: usize) -> Option<usize> {
        let next = index + 1;
        let following = self.tokens.get(next)?;
        if following.newlines >= 2 {
            return Some(index);
        }
        let t = &self.tokens[index];
        match (t.token.kind, t.abbrev) {
            (TokenKind::Punct, _) if self.is_terminal(index) => self.after_final(next),
            (TokenKind::Abbreviation, Some(AbbrevClass::Final)) => self.after_final(next),
            (TokenKind::Abbreviation, Some(AbbrevClass::Either | AbbrevClass::Initial)) => {
                let k = self.skip_closers(next);
                let after = self.tokens.get(k)?;
                let ends = if after.newlines > 0 {
                    !self.starts_lowercase(k)
                } else {
                    after.token.kind == TokenKind::Word
                        && self.table.is_starter(after.token.span.slice(self.text))
                };
                ends.then(|| k - 1)
            }
            (TokenKind::Abbreviation, _) => None,
            _ if following.newlines > 0 => self.at_line_break(index, next),
            _ => None,
        }
    }

    fn after_final(&self, next: usize) -> Option<usize> {
        let k = self.skip_closers(next);
        if k >= self.tokens.len() {
            return None;
        }
        // "Leave.EU", "Onet.pl": a word glued to the period is part of a name, not a sentence;
        // a capitalised word glued to it is a missing space ("oświadczył.Jako").
        let glued = &self.tokens[k].token;
        let glued_text = glued.span.slice(self.text);
        let titlecase = glued_text.starts_with(char::is_uppercase)
            && glued_text.chars().skip(1).any(char::is_lowercase);
        if k == next
            && !glued.space_before
            && matches!(glued.kind, TokenKind::Word | TokenKind::Number)
            && !titlecase
        {
            return None;
        }
        (self.tokens[k].newlines >= 2 || self.starts_sentence(k)).then(|| k - 1)
    }

    /// A line ends after token `index` without sentence-final punctuation: a headline, a quote
    /// line opened by a dash, or a wrapped line.
    fn at_line_break(&self, index: usize, next: usize) -> Option<usize> {
        if self.is_dash(next) {
            return Some(index);
        }
        let t = &self.tokens[index].token;
        let continues = t.kind == TokenKind::Punct
            && self.first_char(index).is_some_and(|c| {
                matches!(
                    c,
                    ',' | ';' | '(' | '[' | '{' | '\u{201E}' | '\u{00AB}' | '/' | '\\'
                ) || DASHES.contains(&c)
            });
        // A mark at the start of the next line still belongs to this one ("Nagłówek\n.").
        let mark_follows = self.tokens[next].token.kind == TokenKind::Punct
            && self.first_char(next).is_some_and(|c| {
                // Straight quotes open as often as they close: not here.
                matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | '\u{2026}'
                        | ')'
                        | ']'
                        | '}'
                        | '\u{201D}'
                        | '\u{00BB}'
                )
            });
        if continues || mark_follows || self.starts_lowercase(next) || self.wrapped {
            return None;
        }
        // "left for\nthe Ministry of\nMagic": a line ending in a function word goes on.
        if t.kind == TokenKind::Word && self.table.is_joiner(t.span.slice(self.text)) {
            return None;
        }
        Some(index)
    }

    /// Hard-wrapped text: some line ends in a word or comma and the next starts in lowercase,
    /// so line breaks are spaces and only punctuation, blank lines and dashes end sentences.
    pub(crate) fn is_wrapped(text: &str, tokens: &[RawToken]) -> bool {
        tokens.windows(2).any(|pair| {
            let (before, after) = (&pair[0].token, &pair[1]);
            if after.newlines != 1
                || after.token.kind != TokenKind::Word
                || !(before.kind == TokenKind::Word || before.span.slice(text) == ",")
                || !after.token.span.slice(text).starts_with(char::is_lowercase)
            {
                return false;
            }
            // A wrapped line is long; short lines ending in a word are headers and titles
            // ("pl-10\npl\n2018-01-12").
            let line_start = text[..before.span.end].rfind('\n').map_or(0, |n| n + 1);
            text[line_start..before.span.end].chars().count() >= WRAPPED_LINE_CHARS
        })
    }

    /// Groups the tokens into sentences.
    pub(crate) fn sentences(&self) -> Vec<Sentence> {
        let mut sentences = Vec::new();
        let mut start = 0;
        let mut index = 0;
        while index < self.tokens.len() {
            match self.boundary(index) {
                Some(last) => {
                    self.push(&mut sentences, start, last);
                    start = last + 1;
                    index = last + 1;
                }
                None => index += 1,
            }
        }
        if start < self.tokens.len() {
            self.push(&mut sentences, start, self.tokens.len() - 1);
        }
        sentences
    }

    fn push(&self, sentences: &mut Vec<Sentence>, first: usize, last: usize) {
        let Some(raw) = self.tokens.get(first..=last) else {
            return;
        };
        let (Some(head), Some(tail)) = (raw.first(), raw.last()) else {
            return;
        };
        sentences.push(Sentence {
            span: head.token.span.cover(tail.token.span),
            tokens: raw.iter().map(|t| t.token.clone()).collect(),
            paragraph_start: first == 0 || head.line_start,
        });
    }
}
