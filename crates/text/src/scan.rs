//! The token scanner: one pass over the text, no regular expressions, no allocation beyond the
//! output vector.

use crate::abbrev::{AbbrevClass, AbbreviationTable};
use crate::{Span, Token, TokenKind};

/// A token with the layout facts the sentence splitter needs.
#[derive(Debug, Clone)]
pub(crate) struct RawToken {
    pub(crate) token: Token,
    /// Line breaks in the whitespace before the token (saturating; 2 means a blank line).
    pub(crate) newlines: u8,
    /// Whether it is the first token on its line (or of the text).
    pub(crate) line_start: bool,
    /// The abbreviation class of an [`TokenKind::Abbreviation`] token.
    pub(crate) abbrev: Option<AbbrevClass>,
}

/// Language switches of the scanner.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ScanOptions {
    /// Split English clitics ("do|n't", "Russia|'s") and read "1st" as an ordinal.
    pub(crate) english: bool,
}

const APOSTROPHES: [char; 3] = ['\'', '\u{2019}', '\u{02BC}'];
const WORD_HYPHENS: [char; 3] = ['-', '\u{2010}', '\u{2011}'];
/// Spaces that group thousands in Polish numbers ("10 000").
const THOUSANDS_SPACES: [char; 3] = ['\u{00A0}', '\u{202F}', '\u{2009}'];
const TERMINALS: [char; 4] = ['.', '!', '?', '\u{2026}'];

fn char_at(text: &str, pos: usize) -> Option<char> {
    text.get(pos..).and_then(|rest| rest.chars().next())
}

/// Combining marks: a decomposed "ó" is still one word.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

/// Punctuation (as opposed to symbols): sentence marks, quotes, brackets, dashes.
pub(crate) fn is_punct_char(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '\u{2026}'
            | '\''
            | '"'
            | '\u{201E}'
            | '\u{201D}'
            | '\u{201C}'
            | '\u{201F}'
            | '\u{201A}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{00AB}'
            | '\u{00BB}'
            | '\u{2039}'
            | '\u{203A}'
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '-'
            | '\u{2010}'
            ..='\u{2015}'
                | '\u{2212}'
                | '/'
                | '\\'
                | '\u{00B7}'
                | '\u{2022}'
                | '\u{00A1}'
                | '\u{00BF}'
                | '`'
    )
}

/// Whether a line break is in `c` (CR of CRLF is counted by its LF).
fn is_line_break(text: &str, pos: usize, c: char) -> bool {
    match c {
        '\n' | '\u{2028}' | '\u{2029}' | '\u{000B}' | '\u{000C}' | '\u{0085}' => true,
        '\r' => char_at(text, pos + 1) != Some('\n'),
        _ => false,
    }
}

/// Scans `text` into `out`.
pub(crate) fn scan(
    text: &str,
    table: &AbbreviationTable,
    options: ScanOptions,
    out: &mut Vec<RawToken>,
) {
    let mut pos = 0;
    let mut space_before = false;
    let mut newlines: u8 = 0;
    let mut line_start = true;
    while let Some(c) = char_at(text, pos) {
        if c.is_whitespace() {
            if is_line_break(text, pos, c) {
                newlines = newlines.saturating_add(1);
                line_start = true;
            }
            space_before = true;
            pos += c.len_utf8();
            continue;
        }
        let scanner = Scanner {
            text,
            table,
            options,
            line_start,
            space_before,
        };
        let (end, kind, abbrev) = scanner.token(pos, c);
        // Every branch consumes at least the current char; the guard keeps the loop finite
        // even if a future branch forgets to.
        let end = end.max(pos + c.len_utf8());
        out.push(RawToken {
            token: Token {
                span: Span::new(pos, end),
                kind,
                space_before,
            },
            newlines,
            line_start,
            abbrev,
        });
        pos = end;
        space_before = false;
        newlines = 0;
        line_start = false;
    }
}

struct Scanner<'a> {
    text: &'a str,
    table: &'a AbbreviationTable,
    options: ScanOptions,
    line_start: bool,
    space_before: bool,
}

type Scanned = (usize, TokenKind, Option<AbbrevClass>);

impl Scanner<'_> {
    fn token(&self, start: usize, c: char) -> Scanned {
        if let Some(end) = self.url_end(start) {
            return (end, TokenKind::Symbol, None);
        }
        if is_word_char(c) {
            if let Some(end) = self.email_end(start) {
                return (end, TokenKind::Symbol, None);
            }
            return self.word(start);
        }
        if (c == '@' || c == '#') && char_at(self.text, start + 1).is_some_and(is_word_char) {
            // "@handle", "#hashtag": one symbol.
            let mut end = start + 1;
            while let Some(n) = char_at(self.text, end).filter(|&n| is_word_char(n) || n == '_') {
                end += n.len_utf8();
            }
            return (end, TokenKind::Symbol, None);
        }
        if self.options.english && APOSTROPHES.contains(&c) && !self.space_before {
            if let Some(end) = self.clitic_end(start + c.len_utf8()) {
                return (end, TokenKind::Word, None);
            }
        }
        if TERMINALS.contains(&c) {
            // "?!", "...": one mark.
            let mut end = start;
            while let Some(n) = char_at(self.text, end).filter(|n| TERMINALS.contains(n)) {
                end += n.len_utf8();
            }
            return (end, TokenKind::Punct, None);
        }
        if c == '-' {
            let end = start
                + self.text[start..]
                    .bytes()
                    .take_while(|&b| b == b'-')
                    .count();
            return (end, TokenKind::Punct, None);
        }
        if is_punct_char(c) {
            return (start + c.len_utf8(), TokenKind::Punct, None);
        }
        (self.symbol_end(start, c), TokenKind::Symbol, None)
    }

    /// A symbol with the modifiers that belong to it (emoji with skin tones, ZWJ sequences).
    fn symbol_end(&self, start: usize, c: char) -> usize {
        let mut end = start + c.len_utf8();
        while let Some(n) = char_at(self.text, end) {
            let joined = match n {
                '\u{200D}' => {
                    char_at(self.text, end + n.len_utf8()).map(|j| n.len_utf8() + j.len_utf8())
                }
                '\u{FE0E}' | '\u{FE0F}' | '\u{1F3FB}'..='\u{1F3FF}' => Some(n.len_utf8()),
                _ if is_mark(n) => Some(n.len_utf8()),
                _ => None,
            };
            match joined {
                Some(len) => end += len,
                None => break,
            }
        }
        end
    }

    fn url_end(&self, start: usize) -> Option<usize> {
        let rest = &self.text.as_bytes()[start..];
        let prefixed = ["http://", "https://", "ftp://", "www."]
            .iter()
            .any(|p| rest.len() > p.len() && rest[..p.len()].eq_ignore_ascii_case(p.as_bytes()));
        if !prefixed {
            return None;
        }
        let run = self.text[start..]
            .find(char::is_whitespace)
            .unwrap_or(rest.len());
        let mut url = &self.text[start..start + run];
        // Trailing sentence punctuation and closing quotes are not part of the address; a
        // closing bracket is, when the address opened one ("..._(politics)").
        while let Some(last) = url.chars().next_back() {
            let strip = match last {
                ')' => url.matches('(').count() < url.matches(')').count(),
                ']' => url.matches('[').count() < url.matches(']').count(),
                _ => {
                    matches!(last, '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\'' | '>')
                        || (is_punct_char(last) && !matches!(last, '/' | '-'))
                }
            };
            if !strip {
                break;
            }
            url = &url[..url.len() - last.len_utf8()];
        }
        (url.len() > 4).then_some(start + url.len())
    }

    /// "jan.kowalski@example.pl": ASCII local part, "@", a dotted domain.
    fn email_end(&self, start: usize) -> Option<usize> {
        let bytes = &self.text.as_bytes()[start..];
        let local = bytes
            .iter()
            .take_while(|&&b| {
                b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
            })
            .count();
        if local == 0 || bytes.get(local) != Some(&b'@') {
            return None;
        }
        let domain = &bytes[local + 1..];
        let mut len = domain
            .iter()
            .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'))
            .count();
        while len > 0 && matches!(domain[len - 1], b'.' | b'-') {
            len -= 1;
        }
        let domain = &domain[..len];
        let dot = domain.iter().rposition(|&b| b == b'.')?;
        (dot > 0 && dot + 1 < domain.len()).then_some(start + local + 1 + len)
    }

    /// An English clitic after an apostrophe ("'s", "'re", "'ll"), ending the word.
    fn clitic_end(&self, after: usize) -> Option<usize> {
        let rest = &self.text[after..];
        let len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
        let clitic = &rest[..len];
        let is_clitic = ["s", "re", "ve", "ll", "d", "m"]
            .iter()
            .any(|c| clitic.eq_ignore_ascii_case(c));
        let ends = char_at(rest, len).is_none_or(|n| !is_word_char(n));
        (is_clitic && ends).then_some(after + len)
    }

    /// Letters and digits joined by inner hyphens, apostrophes, and (between digits) decimal and
    /// time separators. Returns the end and whether it holds a letter.
    fn word_end(&self, start: usize) -> (usize, bool) {
        let text = self.text;
        let mut end = start;
        let mut has_letter = false;
        let mut prev = '\0';
        while let Some(c) = char_at(text, end) {
            if is_word_char(c) {
                has_letter |= c.is_alphabetic();
                prev = c;
                end += c.len_utf8();
                continue;
            }
            let next_at = end + c.len_utf8();
            let next = char_at(text, next_at);
            let joins = if WORD_HYPHENS.contains(&c) {
                next.is_some_and(is_word_char)
            } else if APOSTROPHES.contains(&c) {
                prev.is_alphabetic() && next.is_some_and(char::is_alphabetic)
            } else if matches!(c, '.' | ',' | ':' | '/') {
                prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit())
            } else if THOUSANDS_SPACES.contains(&c) {
                // "10 000" with a non-breaking space: exactly three digits follow.
                let group = text[next_at..]
                    .bytes()
                    .take_while(u8::is_ascii_digit)
                    .count();
                !has_letter
                    && prev.is_ascii_digit()
                    && group == 3
                    && char_at(text, next_at + 3).is_none_or(|n| !is_word_char(n))
            } else {
                false
            };
            if !joins {
                break;
            }
            prev = c;
            end = next_at;
        }
        (end, has_letter)
    }

    fn word(&self, start: usize) -> Scanned {
        let (mut end, has_letter) = self.word_end(start);
        let text = self.text;
        if !has_letter {
            return self.number(start, end);
        }
        if self.options.english {
            end = self.english_word_end(start, end);
            let word = &text[start..end];
            let digits = word.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0 {
                let suffix = &word[digits..];
                if ["st", "nd", "rd", "th"]
                    .iter()
                    .any(|s| suffix.eq_ignore_ascii_case(s))
                {
                    return (end, TokenKind::Ordinal, None);
                }
            }
        }
        if text.as_bytes().get(end) == Some(&b'.') {
            if let Some((abbrev_end, class)) = self.abbreviation(start, end) {
                // "U.S.-led": the abbreviation is part of a hyphenated word.
                let mut chars = text[abbrev_end..].chars();
                if chars.next() == Some('-') && chars.next().is_some_and(is_word_char) {
                    let (word_end, _) = self.word_end(abbrev_end + 1);
                    return (word_end, TokenKind::Word, None);
                }
                return (abbrev_end, TokenKind::Abbreviation, Some(class));
            }
        }
        (end, TokenKind::Word, None)
    }

    /// Where an English word ends before a clitic: "Russia|'s", "do|n't", "ca|n't".
    fn english_word_end(&self, start: usize, end: usize) -> usize {
        let word = &self.text[start..end];
        let Some((apostrophe, mark)) = word
            .char_indices()
            .rev()
            .find(|(_, c)| APOSTROPHES.contains(c))
        else {
            return end;
        };
        let suffix = &word[apostrophe + mark.len_utf8()..];
        if ["s", "re", "ve", "ll", "d", "m"]
            .iter()
            .any(|c| suffix.eq_ignore_ascii_case(c))
        {
            return if apostrophe > 0 {
                start + apostrophe
            } else {
                end
            };
        }
        let before = &word[..apostrophe];
        if suffix.eq_ignore_ascii_case("t") && before.len() > 1 && before.ends_with(['n', 'N']) {
            return start + apostrophe - 1;
        }
        end
    }

    fn number(&self, start: usize, end: usize) -> Scanned {
        let text = self.text;
        if text.as_bytes().get(end) == Some(&b'.') {
            let after = &text[end + 1..];
            let trimmed = after.trim_start();
            let spaced = trimmed.len() < after.len();
            let next = trimmed.chars().next();
            // "75. rocznicy": a period between a number and a lowercase word marks an ordinal.
            let before_lowercase = spaced && next.is_some_and(char::is_lowercase);
            // "1. Wstęp" at a line start: a list item's number.
            let list_item = self.line_start
                && end - start <= 3
                && text[start..end].bytes().all(|b| b.is_ascii_digit())
                && spaced;
            if before_lowercase || list_item {
                return (end + 1, TokenKind::Ordinal, None);
            }
        }
        (end, TokenKind::Number, None)
    }

    /// The longest listed abbreviation starting at `start` whose first segment ends at
    /// `word_end` (just before a period): "m.in.", "U.S.", "gen.". Unlisted chains of single
    /// letters ("U.S.A.") and single capitals ("J.") are abbreviations too.
    fn abbreviation(&self, start: usize, word_end: usize) -> Option<(usize, AbbrevClass)> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut dots = [0usize; 8];
        let mut count = 0;
        let mut single_letters = text[start..word_end].chars().count() == 1;
        let mut pos = word_end;
        while count < dots.len() && bytes.get(pos) == Some(&b'.') {
            dots[count] = pos;
            count += 1;
            let segment_start = pos + 1;
            let mut segment_end = segment_start;
            let mut letters = 0;
            while let Some(c) = char_at(text, segment_end).filter(|c| c.is_alphabetic()) {
                segment_end += c.len_utf8();
                letters += 1;
            }
            if letters == 0 {
                break;
            }
            // A segment not followed by a period does not belong to the chain.
            if bytes.get(segment_end) != Some(&b'.') {
                break;
            }
            single_letters &= letters == 1;
            pos = segment_end;
        }
        for &dot in dots[..count].iter().rev() {
            let form = &text[start..=dot];
            match self.table.class(form) {
                Some(AbbrevClass::Numeric) => {
                    let next = text[dot + 1..].trim_start().bytes().next();
                    if next.is_some_and(|b| b.is_ascii_digit()) {
                        return Some((dot + 1, AbbrevClass::Numeric));
                    }
                }
                Some(class) => return Some((dot + 1, class)),
                None => {}
            }
        }
        if count >= 2 && single_letters {
            return Some((dots[count - 1] + 1, AbbrevClass::Either));
        }
        let first = text[start..word_end].chars().next()?;
        (first.is_uppercase() && first.len_utf8() == word_end - start)
            .then_some((word_end + 1, AbbrevClass::Initial))
    }
}
