//! Actor dictionaries (`PETR.Validate.actors.txt`, `Phoenix.*.actors.txt`): TABARI's format as
//! PETRARCH2 reads it.
//!
//! ```text
//! GONDOR [GON]                 a name and its code
//! +MINAS_TIRITH                a synonym of the entry above
//! GOLLUM                       a name whose codes follow, indented:
//!     [HOB < 950601]           before a date
//!     [HOBGOV 19950601 - 19990815]   between two dates, both included
//!     [HOBREB > 990816]        after a date
//!     [HOB]                    the code on any other date
//! ```
//!
//! Words are joined by `_` or spaces; dates are `YYMMDD` (00-30 read as 20YY, as KEDS and
//! TABARI did) or `YYYYMMDD`. A code may name several actors (`[FRO/BIL/SAM]`).

use jiff::civil::Date;

use crate::error::{Error, Result};
use crate::lines::{content_lines, phrase_words};

/// When a code applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Restriction {
    /// On any date not claimed by a dated code.
    Always,
    /// Strictly before the date (`<`).
    Before(Date),
    /// Strictly after the date (`>`).
    After(Date),
    /// From the first date to the second, both included (`D1 - D2`).
    Between(Date, Date),
}

impl Restriction {
    /// Whether the restriction admits `date`.
    pub fn admits(self, date: Date) -> bool {
        match self {
            Restriction::Always => true,
            Restriction::Before(d) => date < d,
            Restriction::After(d) => date > d,
            Restriction::Between(a, b) => a <= date && date <= b,
        }
    }

    /// The first and last day admitted (`None`: unbounded).
    pub fn bounds(self) -> (Option<Date>, Option<Date>) {
        match self {
            Restriction::Always => (None, None),
            Restriction::Before(d) => (None, d.yesterday().ok()),
            Restriction::After(d) => (d.tomorrow().ok(), None),
            Restriction::Between(a, b) => (Some(a), Some(b)),
        }
    }
}

/// One code of an actor with the dates it applies on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorCode {
    /// The code as written (`HOBGOV`, `ELR/GAL`, `---` for "no code").
    pub code: String,
    /// When it applies.
    pub when: Restriction,
    /// 1-based line where it is written.
    pub line: usize,
}

impl ActorCode {
    /// The actor codes, upper case: several for a compound code (`FRO/BIL/SAM`), none for the
    /// null codes `---` and `+++` and anything that is not letters and digits.
    pub fn codes(&self) -> Vec<String> {
        self.code
            .split('/')
            .map(|c| c.trim().to_ascii_uppercase())
            .filter(|c| !c.is_empty() && c.bytes().all(|b| b.is_ascii_alphanumeric()))
            .collect()
    }
}

/// One actor: its names (the first is the primary one) and codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorEntry {
    /// Each name as its words, upper case as written (`["MINAS", "TIRITH"]`).
    pub names: Vec<Vec<String>>,
    /// Codes in dictionary order; earlier dated codes win over later ones on the same day.
    pub codes: Vec<ActorCode>,
    /// 1-based line of the primary name.
    pub line: usize,
}

/// A stretch of days on which an actor has one code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodePeriod {
    /// The code as written.
    pub code: String,
    /// First day, `None` for "since always".
    pub from: Option<Date>,
    /// Last day, `None` for "from then on".
    pub to: Option<Date>,
}

impl ActorEntry {
    /// The code on `date` (`None`: undated), as PETRARCH chooses it: the first dated code that
    /// admits the date, else the undated code (the last one written).
    pub fn code_on(&self, date: Option<Date>) -> Option<&ActorCode> {
        if let Some(date) = date {
            if let Some(code) = self
                .codes
                .iter()
                .find(|c| c.when != Restriction::Always && c.when.admits(date))
            {
                return Some(code);
            }
        }
        self.codes
            .iter()
            .rev()
            .find(|c| c.when == Restriction::Always)
    }

    /// The codes as periods that do not overlap, so that a reader who picks any period
    /// containing a date gets what [`ActorEntry::code_on`] gives: earlier dated codes keep
    /// their days, later ones get what is left, the undated code fills the gaps.
    pub fn periods(&self) -> Vec<CodePeriod> {
        // Intervals over days as (from, to) with None for open ends; claimed ones are kept
        // disjoint by cutting each new interval around them.
        type Span = (Option<Date>, Option<Date>);
        fn minus(span: Span, cut: Span) -> Vec<Span> {
            let (a, b) = span;
            let (c, d) = cut;
            let before_end = |x: Option<Date>, y: Option<Date>| match (x, y) {
                // x ends before y starts: x < y with None ends meaning infinity.
                (Some(x), Some(y)) => x < y,
                _ => false,
            };
            // No overlap: span ends before cut starts, or cut ends before span starts.
            if before_end(b, c) || before_end(d, a) {
                return vec![span];
            }
            let mut out = Vec::new();
            // The part before the cut.
            if let Some(c) = c {
                if a.is_none_or(|a| a < c) {
                    out.push((a, c.yesterday().ok()));
                }
            }
            // The part after the cut.
            if let Some(d) = d {
                if b.is_none_or(|b| b > d) {
                    out.push((d.tomorrow().ok(), b));
                }
            }
            out
        }
        let mut claimed: Vec<(Span, String)> = Vec::new();
        let dated = self.codes.iter().filter(|c| c.when != Restriction::Always);
        let undated = self.code_on(None).into_iter();
        for code in dated.chain(undated) {
            let mut pieces = vec![code.when.bounds()];
            for (span, _) in &claimed {
                pieces = pieces.into_iter().flat_map(|p| minus(p, *span)).collect();
            }
            for piece in pieces {
                claimed.push((piece, code.code.clone()));
            }
        }
        claimed.sort_by_key(|((from, _), _)| *from);
        // Neighbouring periods with the same code are one ("AFGELI ..1961-12-31" and
        // "AFGELI 1962-01-01..1978-04-27").
        let mut out: Vec<CodePeriod> = Vec::new();
        for ((from, to), code) in claimed {
            if let Some(last) = out.last_mut() {
                let next_day = last.to.and_then(|t| t.tomorrow().ok());
                if last.code == code && next_day.is_some() && next_day == from {
                    last.to = to;
                    continue;
                }
            }
            out.push(CodePeriod { code, from, to });
        }
        out
    }
}

/// Parses a PETRARCH date: `YYMMDD` (00-30 → 20YY, else 19YY) or `YYYYMMDD`.
pub fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (year, rest) = match text.len() {
        6 => {
            let yy: i16 = text[..2].parse().ok()?;
            (if yy <= 30 { 2000 + yy } else { 1900 + yy }, &text[2..])
        }
        8 => (text[..4].parse().ok()?, &text[4..]),
        _ => return None,
    };
    let month: i8 = rest[..2].parse().ok()?;
    let day: i8 = rest[2..].parse().ok()?;
    Date::new(year, month, day).ok()
}

/// Parses the inside of a code bracket: `CODE`, `CODE <D`, `CODE >D`, `CODE D1-D2`.
fn parse_code(file: &str, line: usize, inside: &str) -> Result<ActorCode> {
    let inside = inside.trim();
    let (code, rest) = match inside.find(|c: char| c.is_whitespace() || c == '<' || c == '>') {
        Some(i) => (&inside[..i], inside[i..].trim()),
        None => (inside, ""),
    };
    if code.is_empty() {
        return Err(Error::syntax(
            file,
            line,
            format!("code bracket [{inside}] has no code"),
        ));
    }
    let bad_date = |d: &str| {
        Error::syntax(
            file,
            line,
            format!("bad date {d:?} in [{inside}] (YYMMDD or YYYYMMDD)"),
        )
    };
    let when = if rest.is_empty() {
        Restriction::Always
    } else if let Some(d) = rest.strip_prefix('<') {
        Restriction::Before(parse_date(d).ok_or_else(|| bad_date(d))?)
    } else if let Some(d) = rest.strip_prefix('>') {
        Restriction::After(parse_date(d).ok_or_else(|| bad_date(d))?)
    } else if let Some((a, b)) = rest.split_once('-') {
        let from = parse_date(a).ok_or_else(|| bad_date(a))?;
        let to = parse_date(b).ok_or_else(|| bad_date(b))?;
        if to < from {
            return Err(Error::syntax(
                file,
                line,
                format!("date range [{inside}] ends before it starts"),
            ));
        }
        Restriction::Between(from, to)
    } else {
        return Err(Error::syntax(
            file,
            line,
            format!("date restriction in [{inside}] must be <D, >D or D1-D2"),
        ));
    };
    Ok(ActorCode {
        code: code.to_owned(),
        when,
        line,
    })
}

/// Splits `NAME [CODE ...]` into the name and the bracket's inside.
fn split_bracket<'a>(file: &str, line: usize, text: &'a str) -> Result<(&'a str, Option<&'a str>)> {
    let Some(open) = text.find('[') else {
        return Ok((text, None));
    };
    let Some(close) = text[open..].find(']') else {
        return Err(Error::syntax(file, line, "`[` without `]`"));
    };
    Ok((&text[..open], Some(&text[open + 1..open + close])))
}

/// An actor dictionary as read.
#[derive(Debug, Default)]
pub struct ActorDictionary {
    /// The actors in dictionary order.
    pub entries: Vec<ActorEntry>,
    /// Code lines skipped for a date that cannot be read (`[ARMUNR 9008223-911221]` in
    /// Phoenix): PETRARCH2 skips them with a warning, and so does this reader, keeping the
    /// error (file and line) for the caller to report.
    pub skipped: Vec<Error>,
}

/// Parses an actor dictionary; `file` names it in errors. A malformed line is an error, except
/// a code line with an unreadable date, which is skipped (see [`ActorDictionary::skipped`]).
pub fn parse_actors(file: &str, text: &str) -> Result<ActorDictionary> {
    let mut entries: Vec<ActorEntry> = Vec::new();
    let mut skipped = Vec::new();
    for line in content_lines(text) {
        let n = line.number;
        let body = line.text.trim();
        if body.contains("---STOP---") {
            break;
        }
        if line.text.starts_with([' ', '\t']) && body.starts_with('[') {
            let (_, inside) = split_bracket(file, n, body)?;
            let Some(entry) = entries.last_mut() else {
                return Err(Error::syntax(file, n, "a code line before any actor"));
            };
            match parse_code(file, n, inside.unwrap_or_default()) {
                Ok(code) => entry.codes.push(code),
                Err(err) if err.to_string().contains("date") => skipped.push(err),
                Err(err) => return Err(err),
            }
            continue;
        }
        let (name, inside) = split_bracket(file, n, body)?;
        if let Some(synonym) = name.strip_prefix('+') {
            let words = phrase_words(synonym);
            let Some(entry) = entries.last_mut() else {
                return Err(Error::syntax(file, n, "a synonym (+) before any actor"));
            };
            if words.is_empty() {
                return Err(Error::syntax(file, n, "empty synonym"));
            }
            entry.names.push(words);
            if let Some(inside) = inside {
                entry.codes.push(parse_code(file, n, inside)?);
            }
            continue;
        }
        let words = phrase_words(name);
        if words.is_empty() {
            return Err(Error::syntax(file, n, format!("no actor name in {body:?}")));
        }
        let codes = match inside {
            Some(inside) => vec![parse_code(file, n, inside)?],
            None => Vec::new(),
        };
        entries.push(ActorEntry {
            names: vec![words],
            codes,
            line: n,
        });
    }
    Ok(ActorDictionary { entries, skipped })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i16, m: i8, d: i8) -> Date {
        Date::new(y, m, d).unwrap()
    }

    const SAMPLE: &str = "GONDOR [GON]\n+MINAS_TIRITH\n+ANORIEN\n\nGOLLUM  # pas\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n#\t[950601-990815]\n\t[HOBREB > 990816]\nLORIEN  [ELR/GAL]\nZIMBABWE\n\t[RHO <790606]\n\t[ZBW]#jw\nBOROMIR  [---]\n";

    #[test]
    fn names_synonyms_and_dated_codes() {
        let entries = parse_actors("a.txt", SAMPLE).expect("parses").entries;
        assert_eq!(entries.len(), 5);
        assert_eq!(
            entries[0].names,
            vec![vec!["GONDOR"], vec!["MINAS", "TIRITH"], vec!["ANORIEN"]]
        );
        let gollum = &entries[1];
        assert_eq!(gollum.line, 5);
        assert_eq!(gollum.codes.len(), 3);
        assert_eq!(
            gollum.codes[1].when,
            Restriction::Between(date(1995, 6, 1), date(1999, 8, 15))
        );
        let on = |e: &ActorEntry, d| e.code_on(Some(d)).map(|c| c.code.clone());
        assert_eq!(on(gollum, date(1995, 1, 1)).as_deref(), Some("HOB"));
        assert_eq!(on(gollum, date(1995, 11, 1)).as_deref(), Some("HOBGOV"));
        assert_eq!(on(gollum, date(2001, 1, 1)).as_deref(), Some("HOBREB"));
        assert_eq!(entries[2].codes[0].codes(), vec!["ELR", "GAL"]);
        assert_eq!(on(&entries[3], date(1978, 12, 23)).as_deref(), Some("RHO"));
        assert_eq!(on(&entries[3], date(2001, 1, 1)).as_deref(), Some("ZBW"));
        assert!(entries[4].codes[0].codes().is_empty());
    }

    #[test]
    fn two_digit_years_follow_tabari() {
        assert_eq!(parse_date("080508"), Some(date(2008, 5, 8)));
        assert_eq!(parse_date("950601"), Some(date(1995, 6, 1)));
        assert_eq!(parse_date("19950601"), Some(date(1995, 6, 1)));
        assert_eq!(parse_date("20100931"), None);
        assert_eq!(parse_date("9506"), None);
    }

    #[test]
    fn periods_do_not_overlap_and_earlier_restrictions_win() {
        let text = "SAM_GAMGEE [HOB]\n\t[HOBCIV <20080120]\n\t[ORCHOB 20100109-20100112]\n\t[HOBMIL 20080120-20121109]\n\t[HOBGOV 20121109-20130119]\n\t[HOBELI >20130119]\nHAMFAST [HOB]\n\t[HOBGOV 20121109-20130119]\n";
        let entries = parse_actors("a.txt", text).expect("parses").entries;
        let periods: Vec<(String, Option<Date>, Option<Date>)> = entries[0]
            .periods()
            .into_iter()
            .map(|p| (p.code, p.from, p.to))
            .collect();
        assert_eq!(
            periods,
            vec![
                ("HOBCIV".into(), None, Some(date(2008, 1, 19))),
                (
                    "HOBMIL".into(),
                    Some(date(2008, 1, 20)),
                    Some(date(2010, 1, 8))
                ),
                (
                    "ORCHOB".into(),
                    Some(date(2010, 1, 9)),
                    Some(date(2010, 1, 12))
                ),
                (
                    "HOBMIL".into(),
                    Some(date(2010, 1, 13)),
                    Some(date(2012, 11, 9))
                ),
                (
                    "HOBGOV".into(),
                    Some(date(2012, 11, 10)),
                    Some(date(2013, 1, 19))
                ),
                ("HOBELI".into(), Some(date(2013, 1, 20)), None),
            ]
        );
        // Every day gets the code code_on gives.
        for e in &entries {
            for d in [
                date(2008, 1, 20),
                date(2010, 1, 12),
                date(2012, 11, 9),
                date(2013, 1, 20),
                date(1990, 1, 1),
            ] {
                let want = e.code_on(Some(d)).map(|c| c.code.clone());
                let got: Vec<String> = e
                    .periods()
                    .into_iter()
                    .filter(|p| p.from.is_none_or(|f| f <= d) && p.to.is_none_or(|t| d <= t))
                    .map(|p| p.code)
                    .collect();
                assert_eq!(got, want.into_iter().collect::<Vec<_>>(), "{d}");
            }
        }
        let hamfast: Vec<String> = entries[1].periods().into_iter().map(|p| p.code).collect();
        assert_eq!(hamfast, ["HOB", "HOBGOV", "HOB"]);
        // Neighbouring periods with one code merge.
        let text = "A\n\t[AFGELI 320101-331108]\n\t[AFGGOV 331108-730717]\n\t[AFGELI 730717-070723]\n\t[AFGELI]\n";
        let entry = &parse_actors("a.txt", text).expect("parses").entries[0];
        let got: Vec<String> = entry
            .periods()
            .into_iter()
            .map(|p| {
                format!(
                    "{} {:?}..{:?}",
                    p.code,
                    p.from.map(|d| d.to_string()),
                    p.to.map(|d| d.to_string())
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                "AFGELI None..Some(\"1933-11-08\")",
                "AFGGOV Some(\"1933-11-09\")..Some(\"1973-07-17\")",
                "AFGELI Some(\"1973-07-18\")..None",
            ]
        );
    }

    #[test]
    fn errors_name_file_and_line() {
        let cases = [
            ("+SYNONYM\n", 1, "before any actor"),
            ("A [X\n", 1, "without `]`"),
            ("\t[X]\n", 1, "before any actor"),
        ];
        for (text, line, want) in cases {
            let err = parse_actors("dict.txt", text).expect_err(text).to_string();
            assert!(err.starts_with(&format!("dict.txt:{line}: ")), "{err}");
            assert!(err.contains(want), "{err} / {want}");
        }
        // Unreadable dates skip the line, as PETRARCH2 does, and say where.
        for (text, want) in [
            ("A [X]\n\t[X <9913]\n\t[Y]\n", "bad date"),
            ("A [X]\n\t[X 20100101-20000101]\n\t[Y]\n", "ends before"),
            ("A [X]\n\t[X ~2000]\n\t[Y]\n", "must be <D"),
        ] {
            let dict = parse_actors("dict.txt", text).expect(text);
            assert_eq!(dict.entries[0].codes.len(), 2, "{text}");
            let err = dict.skipped[0].to_string();
            assert!(
                err.starts_with("dict.txt:2: ") && err.contains(want),
                "{err}"
            );
        }
    }
}
