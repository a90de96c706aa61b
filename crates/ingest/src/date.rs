//! Publication dates as sources write them: ISO 8601, RFC 2822 (RSS), `11.09.2023`,
//! `11 września 2023`.

use jiff::civil::Date;

/// Month names and abbreviations, English and Polish (nominative and genitive), by number.
const MONTHS: &[(&str, i8)] = &[
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("may", 5),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    ("sty", 1),
    ("lut", 2),
    ("kwi", 4),
    ("maj", 5),
    ("cze", 6),
    ("lip", 7),
    ("sie", 8),
    ("wrz", 9),
    ("paź", 10),
    ("paz", 10),
    ("lis", 11),
    ("gru", 12),
];

/// Parses the date part of a publication timestamp, keeping the publisher's local date (the
/// day a reader of the outlet saw). Returns `None` rather than guessing.
pub fn parse_loose_date(s: &str) -> Option<Date> {
    let s = s.trim();
    iso(s)
        .or_else(|| day_month_year_digits(s))
        .or_else(|| with_month_name(s))
}

fn num(s: &str) -> Option<i32> {
    (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

fn make(year: i32, month: i32, day: i32) -> Option<Date> {
    if !(1000..=9999).contains(&year) {
        return None;
    }
    Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()
}

/// `2023-09-11`, `2023-09-11T10:00:00+02:00`, `2023/09/11 10:00`.
fn iso(s: &str) -> Option<Date> {
    let head = s.get(..10)?;
    let b = head.as_bytes();
    if !(b[4] == b[7] && (b[4] == b'-' || b[4] == b'/')) {
        return None;
    }
    make(num(&head[..4])?, num(&head[5..7])?, num(&head[8..10])?)
}

/// `11.09.2023`, `11-09-2023`, `11/09/2023` (day first, as in Poland).
fn day_month_year_digits(s: &str) -> Option<Date> {
    let token = s
        .split_whitespace()
        .next()?
        .trim_end_matches([',', 'r', '.']);
    let parts: Vec<&str> = token.split(['.', '-', '/']).collect();
    if parts.len() != 3 || parts[2].len() != 4 {
        return None;
    }
    make(num(parts[2])?, num(parts[1])?, num(parts[0])?)
}

/// `Mon, 11 Sep 2023 10:00:00 +0200`, `11 września 2023`, `September 11, 2023`.
fn with_month_name(s: &str) -> Option<Date> {
    let mut day = None;
    let mut month = None;
    let mut year = None;
    for token in s.split(|c: char| c.is_whitespace() || c == ',') {
        let token = token.trim_end_matches('.');
        if token.is_empty() {
            continue;
        }
        if let Some(n) = num(token) {
            if token.len() == 4 && year.is_none() {
                year = Some(n);
            } else if token.len() <= 2 && day.is_none() {
                day = Some(n);
            }
            continue;
        }
        if month.is_none() && token.chars().all(char::is_alphabetic) {
            let lower = token.to_lowercase();
            let prefix: String = lower.chars().take(3).collect();
            month = MONTHS
                .iter()
                .find(|(name, _)| *name == prefix)
                .map(|&(_, m)| i32::from(m));
        }
        if day.is_some() && month.is_some() && year.is_some() {
            break;
        }
    }
    make(year?, month?, day?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_seen_in_news() {
        let d = |y, m, d| Some(Date::new(y, m, d).unwrap());
        for (text, want) in [
            ("2023-09-11", d(2023, 9, 11)),
            ("2019-01-04T10:11:12+01:00", d(2019, 1, 4)),
            ("2018/03/02 10:00", d(2018, 3, 2)),
            ("Mon, 11 Sep 2023 10:00:00 +0200", d(2023, 9, 11)),
            ("11 Sep 2023 10:00 GMT", d(2023, 9, 11)),
            ("11 września 2023", d(2023, 9, 11)),
            ("3 paź 2022 r.", d(2022, 10, 3)),
            ("September 11, 2023", d(2023, 9, 11)),
            ("11.09.2023", d(2023, 9, 11)),
            ("11.09.2023 r., 14:00", d(2023, 9, 11)),
            ("2023-02-30", None),
            ("", None),
            ("yesterday", None),
            ("Mon, 99 Sep 2023", None),
        ] {
            assert_eq!(parse_loose_date(text), want, "{text:?}");
        }
    }
}
