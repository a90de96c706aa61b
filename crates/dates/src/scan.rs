//! Tokens and the cursor the rules read them through.
//!
//! Rules look at lowercased words, ASCII digit runs and single punctuation characters, and at
//! whether two tokens touch (no space between), which separates "11.09.2023" and "1,5" from
//! "11. września" and "2019, 2020".

use std::borrow::Cow;

use jiff::civil::Date;

use dyad_model::Precision;

use crate::TenseHint;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of alphabetic characters.
    Word,
    /// A run of ASCII digits.
    Num,
    /// One other non-space character.
    Punct,
}

/// One token, with byte offsets into the scanned text.
#[derive(Debug, Clone)]
pub(crate) struct Tok<'t> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) raw: &'t str,
    /// Lowercased `raw`; borrowed when `raw` has no capitals (the common case).
    pub(crate) low: Cow<'t, str>,
    pub(crate) kind: Kind,
}

/// Cuts `text` into words, digit runs and punctuation characters; whitespace separates.
pub(crate) fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut toks = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let kind = if c.is_alphabetic() {
            Kind::Word
        } else if c.is_ascii_digit() {
            Kind::Num
        } else {
            Kind::Punct
        };
        let mut end = start + c.len_utf8();
        if kind != Kind::Punct {
            while let Some(&(j, d)) = chars.peek() {
                let same = match kind {
                    Kind::Word => d.is_alphabetic(),
                    _ => d.is_ascii_digit(),
                };
                if !same {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
        }
        let raw = &text[start..end];
        let low = if raw.chars().any(char::is_uppercase) {
            Cow::Owned(raw.to_lowercase())
        } else {
            Cow::Borrowed(raw)
        };
        toks.push(Tok {
            start,
            end,
            raw,
            low,
            kind,
        });
    }
    toks
}

/// A rule's verdict: the tokens `start..end` (exclusive) are a date expression resolving to
/// `start_date..=end_date`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Hit {
    pub(crate) end: usize,
    pub(crate) start_date: Option<Date>,
    pub(crate) end_date: Option<Date>,
    pub(crate) precision: Precision,
    pub(crate) relative: bool,
    pub(crate) forward: bool,
    /// A day or month whose year came from the tense, not the words ("lipca", "July"): a
    /// range joins it to the other end's year.
    pub(crate) yearless: bool,
    /// A date that is not the event's ("po 29 marca 2019 r."): the scanner skips its tokens
    /// without reporting it, so no part of it is read as a date either.
    pub(crate) suppressed: bool,
}

impl Hit {
    /// This hit, consumed but not reported.
    pub(crate) fn suppressed(self) -> Hit {
        Hit {
            suppressed: true,
            ..self
        }
    }

    /// This hit, marked as having taken its year from the tense.
    pub(crate) fn yearless(self) -> Hit {
        Hit {
            yearless: true,
            ..self
        }
    }
}

/// The tokens of one sentence plus what resolution needs.
pub(crate) struct Cx<'t> {
    pub(crate) toks: Vec<Tok<'t>>,
    pub(crate) published: Option<Date>,
    pub(crate) tense: TenseHint,
}

impl<'t> Cx<'t> {
    /// The lowercased word at `i`, if `i` is a word.
    pub(crate) fn low(&self, i: usize) -> Option<&str> {
        self.toks
            .get(i)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.low.as_ref())
    }

    /// The token text at `i` as written.
    pub(crate) fn raw(&self, i: usize) -> Option<&'t str> {
        self.toks.get(i).map(|t| t.raw)
    }

    /// Whether the word at `i` starts with a capital letter.
    pub(crate) fn capitalized(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .filter(|t| t.kind == Kind::Word)
            .and_then(|t| t.raw.chars().next())
            .is_some_and(char::is_uppercase)
    }

    pub(crate) fn is(&self, i: usize, word: &str) -> bool {
        self.low(i) == Some(word)
    }

    pub(crate) fn is_any(&self, i: usize, words: &[&str]) -> bool {
        self.low(i).is_some_and(|w| words.contains(&w))
    }

    pub(crate) fn prev_is_any(&self, i: usize, words: &[&str]) -> bool {
        i > 0 && self.is_any(i - 1, words)
    }

    pub(crate) fn punct(&self, i: usize, c: char) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == Kind::Punct && t.raw.starts_with(c))
    }

    /// A hyphen or dash at `i` ("11-12 września", "2014–2016").
    pub(crate) fn dash(&self, i: usize) -> bool {
        self.punct(i, '-') || self.punct(i, '–') || self.punct(i, '—')
    }

    /// Whether tokens `i` and `i + 1` touch.
    pub(crate) fn touching(&self, i: usize) -> bool {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }

    /// The digits at `i` as written, with their value (at most 4 digits).
    pub(crate) fn digits(&self, i: usize) -> Option<(usize, u32)> {
        let t = self.toks.get(i).filter(|t| t.kind == Kind::Num)?;
        if t.raw.len() > 4 {
            return None;
        }
        Some((t.raw.len(), t.raw.parse().ok()?))
    }

    /// A whole number standing on its own: not half of a decimal ("1,5", "2.5") or of a
    /// numeric date, so "1,5 roku" never reads as a count or a year.
    pub(crate) fn num(&self, i: usize) -> Option<u32> {
        let (_, n) = self.digits(i)?;
        let sep = |j: usize| self.punct(j, ',') || self.punct(j, '.');
        let glued_after = sep(i + 1) && self.touching(i) && self.touching(i + 1) && {
            self.digits(i + 2).is_some()
        };
        let glued_before = i >= 2
            && sep(i - 1)
            && self.touching(i - 2)
            && self.touching(i - 1)
            && self.digits(i - 2).is_some();
        (!glued_after && !glued_before).then_some(n)
    }

    /// A four-digit year 1000..=2999 at `i`.
    pub(crate) fn year4(&self, i: usize) -> Option<i64> {
        let (len, _) = self.digits(i)?;
        let n = self.num(i)?;
        (len == 4 && (1000..=2999).contains(&n)).then_some(i64::from(n))
    }

    /// A day of the month 1..=31 at `i`, written with one or two digits.
    pub(crate) fn day(&self, i: usize) -> Option<i8> {
        let (len, _) = self.digits(i)?;
        let n = self.num(i)?;
        (len <= 2 && (1..=31).contains(&n))
            .then(|| i8::try_from(n).ok())
            .flatten()
    }

    /// A hit for an expression that names its own calendar span.
    pub(crate) fn absolute(&self, end: usize, span: (Date, Date), precision: Precision) -> Hit {
        Hit {
            end,
            start_date: Some(span.0),
            end_date: Some(span.1),
            precision,
            relative: false,
            forward: self.published.is_some_and(|p| span.0 > p),
            yearless: false,
            suppressed: false,
        }
    }

    /// A hit for an expression that needs the publication date: `resolve` gets it, and without
    /// one the hit keeps its words but no span. `None` from `resolve` (an impossible date)
    /// means no hit.
    pub(crate) fn relative(
        &self,
        end: usize,
        precision: Precision,
        lexical_forward: bool,
        resolve: impl FnOnce(Date) -> Option<(Date, Date)>,
    ) -> Option<Hit> {
        let span = match self.published {
            Some(p) => Some(resolve(p)?),
            None => None,
        };
        Some(Hit {
            end,
            start_date: span.map(|s| s.0),
            end_date: span.map(|s| s.1),
            precision,
            relative: true,
            forward: lexical_forward
                || matches!((span, self.published), (Some(s), Some(p)) if s.0 > p),
            yearless: false,
            suppressed: false,
        })
    }

    /// "od X" / "since X": from the start of X up to publication (open-ended without one);
    /// X itself when it starts after publication.
    pub(crate) fn since(&self, x: Hit) -> Hit {
        match (x.start_date, self.published) {
            (Some(s), Some(p)) if s <= p => Hit {
                end_date: Some(p),
                precision: Precision::Range,
                relative: true,
                ..x
            },
            (Some(_), None) => Hit {
                end_date: None,
                precision: Precision::Range,
                ..x
            },
            _ => x,
        }
    }

    /// Whether month names and weekdays should be read forwards from publication.
    pub(crate) fn future(&self) -> bool {
        self.tense == TenseHint::Future
    }
}

/// Uppercase Roman numerals I..=XXII, for centuries ("XX wieku").
pub(crate) fn roman(raw: &str) -> Option<i64> {
    const ROMAN: [&str; 22] = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
        "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII",
    ];
    ROMAN
        .iter()
        .position(|r| *r == raw)
        .and_then(|i| i64::try_from(i + 1).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_offsets_and_split_numbers_from_punctuation() {
        let toks = tokenize("W lipcu 11.09.2023 r.");
        let raws: Vec<&str> = toks.iter().map(|t| t.raw).collect();
        assert_eq!(raws, ["W", "lipcu", "11", ".", "09", ".", "2023", "r", "."]);
        assert_eq!(toks[0].low, "w");
        assert_eq!((toks[1].start, toks[1].end), (2, 7));
    }

    #[test]
    fn decimals_are_not_numbers() {
        let cx = Cx {
            toks: tokenize("1,5 roku i 2 lata"),
            published: None,
            tense: TenseHint::Unknown,
        };
        assert_eq!(cx.num(0), None);
        assert_eq!(cx.num(2), None);
        assert_eq!(cx.num(5), Some(2));
    }
}
