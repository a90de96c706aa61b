//! English date rules, same shape as the Polish ones. Month and weekday names count only when
//! capitalised ("may", "march" are verbs); a bare month needs "in"/"since"/..., a day or a year.

use dyad_model::Precision;
use jiff::civil::Date;

use crate::calendar::{self, Count, Part, Unit, Which};
use crate::lexicon::{en_month, en_number, en_unit, en_weekday};
use crate::pl::Rule;
use crate::scan::{Cx, Hit};

/// Every English rule; on equal length the earlier one wins.
pub(crate) const RULES: &[Rule] = &[
    crate::pl::numeric,
    from_to,
    quarter,
    season,
    day_month,
    weekday,
    part,
    month,
    year,
    decade,
    century,
    deictic,
    ago,
    within,
    relative_period,
    earlier_later,
    recent,
    weekend,
];

/// A capitalised month name at `j`, skipping the dot of an abbreviation; (month, next index,
/// is full name).
fn month_at(cx: &Cx<'_>, j: usize) -> Option<(i8, usize, bool)> {
    if !cx.capitalized(j) {
        return None;
    }
    let (m, full) = en_month(cx.low(j)?)?;
    let next = if !full && cx.punct(j + 1, '.') {
        j + 2
    } else {
        j + 1
    };
    Some((m, next, full))
}

/// A day number with an optional glued ordinal suffix ("11", "11th"); (day, next index).
fn day_at(cx: &Cx<'_>, j: usize) -> Option<(i8, usize)> {
    let d = cx.day(j)?;
    if cx.touching(j) && cx.is_any(j + 1, &["st", "nd", "rd", "th"]) {
        Some((d, j + 2))
    } else {
        Some((d, j + 1))
    }
}

/// "from July to September", "between March and May 2022", "from Sept. 1 to Sept. 5":
/// one range from the start of the first to the end of the second.
pub(crate) fn from_to(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let joiner = match cx.low(i)? {
        "from" => "to",
        "between" => "and",
        _ => return None,
    };
    let from = day_month(cx, i + 1).or_else(|| month_phrase(cx, i + 1))?;
    if !(cx.is(from.end, joiner) || cx.is(from.end, "until")) {
        return None;
    }
    let to = day_month(cx, from.end + 1).or_else(|| month_phrase(cx, from.end + 1))?;
    crate::pl::join_range(from, to)
}

/// A month name with an optional year, no preposition needed (inside "from ... to ...").
fn month_phrase(cx: &Cx<'_>, j: usize) -> Option<Hit> {
    let (m, next, full) = month_at(cx, j)?;
    if let Some((y, end)) = year_after(cx, next) {
        return Some(cx.absolute(end, calendar::month_span(y, m)?, Precision::Month));
    }
    if let Some((offset, end)) = relative_year_after(cx, next) {
        return cx.relative(end, Precision::Month, offset > 0, |p| {
            calendar::month_span(i64::from(p.year()) + offset, m)
        });
    }
    if !full {
        return None;
    }
    let future = cx.future();
    cx.relative(next, Precision::Month, false, |p| {
        calendar::month_by_tense(p, m, future)
    })
    .map(Hit::yearless)
}

/// "September 11, 2023", "Sept. 11", "on Sept. 11", "11 September 2023", "the 11th of September".
pub(crate) fn day_month(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    // "before Sept. 11", "after July 4": the event is not on that day.
    if cx.prev_is_any(i, &["before", "after"]) {
        return day_month_at(cx, i).map(Hit::suppressed);
    }
    day_month_at(cx, i)
}

fn day_month_at(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let mut j = if cx.is(i, "on") { i + 1 } else { i };
    let (m, d, mut k) = if let Some((m, next, _)) = month_at(cx, j) {
        let (d, k) = day_at(cx, next)?;
        (m, d, k)
    } else {
        if cx.is(j, "the") {
            j += 1;
        }
        let (d, next) = day_at(cx, j)?;
        let next = if cx.is(next, "of") { next + 1 } else { next };
        let (m, k, _) = month_at(cx, next)?;
        (m, d, k)
    };
    if !calendar::day_exists(m, d) {
        return None;
    }
    let comma = if cx.punct(k, ',') { k + 1 } else { k };
    if let Some(y) = cx.year4(comma) {
        k = comma + 1;
        let date = Date::new(i16::try_from(y).ok()?, m, d).ok()?;
        return Some(cx.absolute(k, (date, date), Precision::Day));
    }
    if let Some((offset, end)) = relative_year_after(cx, k) {
        return cx.relative(end, Precision::Day, offset > 0, |p| {
            let year = i16::try_from(i64::from(p.year()) + offset).ok()?;
            let date = Date::new(year, m, d).ok()?;
            Some((date, date))
        });
    }
    let future = cx.future();
    cx.relative(k, Precision::Day, false, |p| {
        let date = calendar::day_by_tense(p, m, d, future)?;
        Some((date, date))
    })
    .map(Hit::yearless)
}

/// "on Tuesday", "Tuesday", "on Tuesday, Sept. 12".
pub(crate) fn weekday(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let j = if cx.is(i, "on") { i + 1 } else { i };
    if !cx.capitalized(j) {
        return None;
    }
    let wd = cx.low(j).and_then(en_weekday)?;
    let k = if cx.punct(j + 1, ',') { j + 2 } else { j + 1 };
    if let Some(hit) = day_month(cx, k) {
        return Some(hit);
    }
    let which = if cx.future() {
        Which::OnOrAfter
    } else {
        Which::OnOrBefore
    };
    cx.relative(j + 1, Precision::Day, false, |p| {
        let d = calendar::weekday(p, wd, which)?;
        Some((d, d))
    })
}

/// A year after a month: "2022", "of 2022", ", 2022"; (year, next index).
fn year_after(cx: &Cx<'_>, j: usize) -> Option<(i64, usize)> {
    let j = if cx.is(j, "of") || cx.punct(j, ',') {
        j + 1
    } else {
        j
    };
    cx.year4(j).map(|y| (y, j + 1))
}

/// "last year" / "this year" / "next year" after a month or day ("in August last year"):
/// the year's offset from publication and the index after it.
fn relative_year_after(cx: &Cx<'_>, j: usize) -> Option<(i64, usize)> {
    let offset = match cx.low(j)? {
        "last" => -1,
        "this" => 0,
        "next" => 1,
        _ => return None,
    };
    cx.is(j + 1, "year").then_some((offset, j + 2))
}

/// "in July", "in July 2022", "July 2022", "since July", "last July", "next July".
pub(crate) fn month(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    const PREPS: &[&str] = &[
        "in", "since", "until", "till", "during", "through", "from", "by",
    ];
    let (at, lead) = if cx.is_any(i, PREPS) || cx.is_any(i, &["last", "next", "this"]) {
        (i + 1, cx.low(i))
    } else {
        (i, None)
    };
    let (m, next, full) = month_at(cx, at)?;
    if let Some((y, end)) = year_after(cx, next) {
        let hit = cx.absolute(end, calendar::month_span(y, m)?, Precision::Month);
        return Some(if lead == Some("since") {
            cx.since(hit)
        } else {
            hit
        });
    }
    if let Some((offset, end)) = relative_year_after(cx, next) {
        return cx.relative(end, Precision::Month, offset > 0, |p| {
            calendar::month_span(i64::from(p.year()) + offset, m)
        });
    }
    if !full {
        return None;
    }
    // "by May", "from May" are as often Theresa May as the month.
    if m == 5
        && !matches!(
            lead,
            Some("in" | "since" | "until" | "till" | "last" | "next" | "this")
        )
    {
        return None;
    }
    let future = cx.future();
    let hit = match lead? {
        "last" => cx.relative(next, Precision::Month, false, |p| {
            calendar::month_relative(p, m, -1)
        })?,
        "next" => cx.relative(next, Precision::Month, true, |p| {
            calendar::month_relative(p, m, 1)
        })?,
        "this" => cx.relative(next, Precision::Month, false, |p| {
            calendar::month_relative(p, m, 0)
        })?,
        _ => cx.relative(next, Precision::Month, false, |p| {
            calendar::month_by_tense(p, m, future)
        })?,
    };
    Some(if lead == Some("since") {
        cx.since(hit)
    } else {
        hit
    })
}

/// "in 2019", "in the year 2019", "since 2014", "from 2014 to 2016", "between 2014 and 2016".
pub(crate) fn year(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let lead = cx.low(i)?;
    if !matches!(lead, "in" | "since" | "during" | "from" | "between") {
        return None;
    }
    let j = if cx.is(i + 1, "the") && cx.is(i + 2, "year") {
        i + 3
    } else {
        i + 1
    };
    let y = cx.year4(j)?;
    if matches!(lead, "from" | "between") {
        let joiner = if lead == "from" { "to" } else { "and" };
        if cx.is(j + 1, joiner) {
            let y2 = cx.year4(j + 2).filter(|&y2| y2 >= y)?;
            return Some(cx.absolute(j + 3, calendar::years_span(y, y2)?, Precision::Range));
        }
        return None;
    }
    // "in 1500 homes": without more context, only plausible modern years.
    if lead == "in" && !(1800..=2099).contains(&y) {
        return None;
    }
    let hit = cx.absolute(j + 1, calendar::year_span(y)?, Precision::Year);
    Some(if lead == "since" { cx.since(hit) } else { hit })
}

/// "the 1990s", "the '90s", "in the 1990s"; (end, first year, last year).
fn decade_at(cx: &Cx<'_>, j: usize) -> Option<(usize, i64, i64)> {
    let j = if cx.punct(j, '\'') || cx.punct(j, '’') {
        j + 1
    } else {
        j
    };
    let (len, n) = cx.digits(j)?;
    if n % 10 != 0 || !(len == 2 || len == 4) || !cx.touching(j) || !cx.is(j + 1, "s") {
        return None;
    }
    let first = if len == 4 {
        i64::from(n)
    } else {
        1900 + i64::from(n)
    };
    Some((j + 2, first, first + 9))
}

/// "in the 1990s", "the '90s".
pub(crate) fn decade(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let j = if cx.is_any(i, &["in", "during", "since"]) {
        i + 1
    } else {
        i
    };
    if !cx.is(j, "the") {
        return None;
    }
    let (end, first, last) = decade_at(cx, j + 1)?;
    Some(cx.absolute(end, calendar::years_span(first, last)?, Precision::Range))
}

/// "the 20th century", "the twentieth century"; (end, first year, last year).
fn century_at(cx: &Cx<'_>, j: usize) -> Option<(usize, i64, i64)> {
    let (c, k) = if let Some(n) = cx.num(j) {
        if !(cx.touching(j) && cx.is_any(j + 1, &["st", "nd", "rd", "th"])) {
            return None;
        }
        (i64::from(n), j + 2)
    } else {
        let c = match cx.low(j)? {
            "nineteenth" => 19,
            "twentieth" => 20,
            "eighteenth" => 18,
            "twenty" if cx.dash(j + 1) && cx.is(j + 2, "first") => 21,
            _ => return None,
        };
        (c, if c == 21 { j + 3 } else { j + 1 })
    };
    if !cx.is(k, "century") || !(1..=22).contains(&c) {
        return None;
    }
    Some((k + 1, (c - 1) * 100 + 1, c * 100))
}

/// "in the 20th century".
pub(crate) fn century(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let j = if cx.is_any(i, &["in", "during"]) {
        i + 1
    } else {
        i
    };
    if !cx.is(j, "the") {
        return None;
    }
    let (end, first, last) = century_at(cx, j + 1)?;
    Some(cx.absolute(end, calendar::years_span(first, last)?, Precision::Range))
}

/// "early/mid/late" + month, year or "this year"; "at the start/end of" + the same;
/// "in the first half of 2022".
pub(crate) fn part(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let mut j = if cx.is_any(i, &["in", "by", "at"]) {
        i + 1
    } else {
        i
    };
    // "in the early 1990s"
    if cx.is(j, "the") && cx.is_any(j + 1, &["early", "mid", "late"]) {
        j += 1;
    }
    let part = match cx.low(j)? {
        "early" => Part::Start,
        "mid" => Part::Middle,
        "late" => Part::End,
        "the" => {
            let p = match (cx.low(j + 1)?, cx.low(j + 2).unwrap_or("")) {
                ("beginning" | "start", _) => Part::Start,
                ("middle", _) => Part::Middle,
                ("end", _) => Part::End,
                ("first", "half") => Part::FirstHalf,
                ("second", "half") => Part::SecondHalf,
                _ => return None,
            };
            j += if matches!(p, Part::FirstHalf | Part::SecondHalf) {
                2
            } else {
                1
            };
            if !cx.is(j + 1, "of") {
                return None;
            }
            j += 1;
            p
        }
        _ => return None,
    };
    j += 1;
    if cx.dash(j) {
        j += 1; // "mid-July"
    }
    if let Some((m, next, _)) = month_at(cx, j) {
        if let Some((y, end)) = year_after(cx, next) {
            let span = calendar::part_of_month(calendar::month_span(y, m)?, part)?;
            return Some(cx.absolute(end, span, Precision::Range));
        }
        if let Some((offset, end)) = relative_year_after(cx, next) {
            return cx.relative(end, Precision::Range, offset > 0, |p| {
                let month = calendar::month_span(i64::from(p.year()) + offset, m)?;
                calendar::part_of_month(month, part)
            });
        }
        let future = cx.future();
        return cx.relative(next, Precision::Range, false, |p| {
            calendar::part_of_month(calendar::month_by_tense(p, m, future)?, part)
        });
    }
    // "the early 1990s", "the late 20th century"
    let the = if cx.is(j, "the") { j + 1 } else { j };
    if let Some((end, first, last)) = decade_at(cx, the).or_else(|| century_at(cx, the)) {
        let span = calendar::part_of_years(first, last, part)?;
        return Some(cx.absolute(end, span, Precision::Range));
    }
    if let Some(y) = cx.year4(j) {
        return Some(cx.absolute(j + 1, calendar::part_of_year(y, part)?, Precision::Range));
    }
    let offset = match cx.low(j)? {
        "this" | "the" => 0,
        "last" => -1,
        "next" => 1,
        _ => return None,
    };
    let unit = match cx.low(j + 1)? {
        "year" => Unit::Year,
        "month" => Unit::Month,
        "week" => Unit::Week,
        _ => return None,
    };
    cx.relative(j + 2, Precision::Range, offset > 0, |p| {
        let whole = calendar::grain(calendar::shift(p, unit, offset)?, unit)?;
        calendar::part_of(whole, unit, part)
    })
}

/// "in the first quarter of 2024", "in Q3", "in the third quarter of last year".
pub(crate) fn quarter(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let mut j = if cx.is_any(i, &["in", "during", "by"]) {
        i + 1
    } else {
        i
    };
    let q: i8 = if cx.raw(j) == Some("Q") && cx.touching(j) {
        let q = cx.num(j + 1).filter(|q| (1..=4).contains(q))?;
        j += 2;
        i8::try_from(q).ok()?
    } else {
        if cx.is(j, "the") {
            j += 1;
        }
        let q = match cx.low(j)? {
            "first" => 1,
            "second" => 2,
            "third" => 3,
            "fourth" => 4,
            _ => return None,
        };
        if !cx.is(j + 1, "quarter") {
            return None;
        }
        j += 2;
        q
    };
    let of = if cx.is(j, "of") { j + 1 } else { j };
    if let Some(y) = cx.year4(of) {
        let span = calendar::period_span(y, q, 3)?;
        return Some(cx.absolute(of + 1, span, Precision::Range));
    }
    if let Some((offset, end)) = relative_year_after(cx, of) {
        return cx.relative(end, Precision::Range, offset > 0, |p| {
            calendar::period_span(i64::from(p.year()) + offset, q, 3)
        });
    }
    let future = cx.future();
    cx.relative(j, Precision::Range, false, |p| {
        calendar::period_by_tense(p, q, 3, future)
    })
    .map(Hit::yearless)
}

/// "last summer", "this spring", "next winter", "in the summer of 2022", "in autumn 2021",
/// "over the summer".
pub(crate) fn season(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    use calendar::Season;
    let season_at = |j: usize| -> Option<Season> {
        Some(match cx.low(j)? {
            "spring" => Season::Spring,
            "summer" => Season::Summer,
            "autumn" | "fall" => Season::Autumn,
            "winter" => Season::Winter,
            _ => return None,
        })
    };
    let dir = match cx.low(i)? {
        "last" | "past" => Some(-1),
        "this" => Some(0),
        "next" | "coming" => Some(1),
        _ => None,
    };
    if let Some(d) = dir {
        let season = season_at(i + 1)?;
        let future = cx.future();
        return cx.relative(i + 2, Precision::Range, d > 0, |p| {
            calendar::season_relative(p, season, future, d)
        });
    }
    if !cx.is_any(i, &["in", "over", "during", "since", "until", "by"]) {
        return None;
    }
    let mut j = i + 1;
    let the = cx.is(j, "the");
    if the {
        j += 1;
    }
    let season = season_at(j)?;
    // "fall" alone is a verb too; only "the fall" or "fall 2021" is the season.
    let word_ok = the || cx.low(j) != Some("fall");
    let of = if cx.is(j + 1, "of") { j + 2 } else { j + 1 };
    if let Some(y) = cx.year4(of) {
        return Some(cx.absolute(of + 1, calendar::season_span(y, season)?, Precision::Range));
    }
    if let Some((offset, end)) = relative_year_after(cx, of) {
        return cx.relative(end, Precision::Range, offset > 0, |p| {
            calendar::season_span(i64::from(p.year()) + offset, season)
        });
    }
    if !word_ok {
        return None;
    }
    let future = cx.future();
    cx.relative(j + 1, Precision::Range, false, |p| {
        calendar::season_relative(p, season, future, 0)
    })
    .map(Hit::yearless)
}

/// "yesterday", "today", "tomorrow", "the day before", "the previous day", "last night".
pub(crate) fn deictic(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let next = cx.low(i + 1).unwrap_or("");
    let next2 = cx.low(i + 2).unwrap_or("");
    let (days, end) = match (cx.low(i)?, next, next2) {
        ("the", "day", "before") if cx.is(i + 3, "yesterday") => (-2, i + 4),
        ("the", "day", "after") if cx.is(i + 3, "tomorrow") => (2, i + 4),
        ("the", "day", "before") => (-1, i + 3),
        ("the", "previous", "day") => (-1, i + 3),
        ("the", "next" | "following", "day") => (1, i + 3),
        ("a", "day", "earlier") => (-1, i + 3),
        ("last", "night", _) => (-1, i + 2),
        ("this", "morning" | "afternoon" | "evening", _) => (0, i + 2),
        ("yesterday", ..) => (-1, i + 1),
        ("today" | "tonight", ..) => (0, i + 1),
        ("tomorrow", ..) => (1, i + 1),
        _ => return None,
    };
    cx.relative(end, Precision::Day, days > 0, |p| {
        let d = calendar::shift(p, Unit::Day, days)?;
        Some((d, d))
    })
}

/// "two days", "a week", "a few days", "several years", "a couple of weeks", "3 months".
fn count_unit(cx: &Cx<'_>, i: usize) -> Option<(usize, Unit, Count)> {
    let (count, j) = match cx.low(i) {
        Some("a" | "an") => match cx.low(i + 1) {
            Some("few") => (Count { lo: 2, hi: 5 }, i + 2),
            Some("couple") if cx.is(i + 2, "of") => (Count::exact(2), i + 3),
            _ => (Count::exact(1), i + 1),
        },
        Some(w) => (en_number(w)?, i + 1),
        None => (Count::exact(i64::from(cx.num(i)?)), i + 1),
    };
    if cx.is_any(j, &["decade", "decades"]) {
        let years = Count {
            lo: count.lo.checked_mul(10)?,
            hi: count.hi.checked_mul(10)?,
        };
        return Some((j + 1, Unit::Year, years));
    }
    let unit = cx.low(j).and_then(en_unit)?;
    Some((j + 1, unit, count))
}

fn shifted(cx: &Cx<'_>, end: usize, unit: Unit, count: Count, sign: i64) -> Option<Hit> {
    let precision = if count.is_exact() {
        unit.precision()
    } else {
        Precision::Range
    };
    cx.relative(end, precision, sign > 0, |p| {
        let a = calendar::grain(calendar::shift(p, unit, sign * count.lo)?, unit)?;
        let b = calendar::grain(calendar::shift(p, unit, sign * count.hi)?, unit)?;
        Some((a.0.min(b.0), a.1.max(b.1)))
    })
}

/// "two days ago", "a week ago", "three weeks ago".
pub(crate) fn ago(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let (j, unit, count) = count_unit(cx, i)?;
    if !cx.is(j, "ago") {
        return None;
    }
    shifted(cx, j + 1, unit, count, -1)
}

/// "in two days", "in a week".
pub(crate) fn within(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    if !cx.is(i, "in") {
        return None;
    }
    let (j, unit, count) = count_unit(cx, i + 1)?;
    // "in two years of war" is a duration, not a date.
    if cx.is(j, "of") {
        return None;
    }
    // "held their first talks in five years", "the worst attack in a decade": with a past
    // verb, or after "first"/"last" or a superlative, "in five years" is a span looking back.
    let looking_back = cx.tense == crate::TenseHint::Past
        || (i.saturating_sub(6)..i).any(|k| {
            cx.low(k).is_some_and(|w| {
                matches!(w, "first" | "last" | "time" | "since")
                    || (w.len() > 4 && w.ends_with("est"))
            })
        });
    if looking_back {
        return None;
    }
    shifted(cx, j, unit, count, 1)
}

/// "last week", "next month", "this year", "the previous week", "last Tuesday",
/// "next weekend".
pub(crate) fn relative_period(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let (offset, j) = match (cx.low(i)?, cx.low(i + 1).unwrap_or("")) {
        ("last" | "past", _) => (-1, i + 1),
        ("next", _) => (1, i + 1),
        ("this", _) => (0, i + 1),
        ("the", "previous") => (-1, i + 2),
        ("the", "following" | "next") => (1, i + 2),
        _ => return None,
    };
    if cx.capitalized(j) {
        if let Some(wd) = cx.low(j).and_then(en_weekday) {
            let which = match offset {
                -1 => Which::Before,
                1 => Which::After,
                _ => Which::ThisWeek,
            };
            return cx.relative(j + 1, Precision::Day, offset > 0, |p| {
                let d = calendar::weekday(p, wd, which)?;
                Some((d, d))
            });
        }
    }
    if cx.is(j, "weekend") {
        let which = match offset {
            -1 => Which::Before,
            1 => Which::After,
            _ => Which::ThisWeek,
        };
        return cx.relative(j + 1, Precision::Range, offset > 0, |p| {
            calendar::weekend(p, which)
        });
    }
    let unit = match cx.low(j)? {
        "week" => Unit::Week,
        "month" => Unit::Month,
        "year" => Unit::Year,
        _ => return None,
    };
    cx.relative(j + 1, unit.precision(), offset > 0, |p| {
        calendar::grain(calendar::shift(p, unit, offset)?, unit)
    })
}

/// "earlier this month", "later this year": the part of the period before or after
/// publication.
pub(crate) fn earlier_later(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let later = match cx.low(i)? {
        "earlier" => false,
        "later" => true,
        _ => return None,
    };
    let j = if cx.is(i + 1, "this") {
        i + 2
    } else if cx.is(i + 1, "in") && cx.is(i + 2, "the") {
        i + 3
    } else {
        return None;
    };
    let unit = match cx.low(j)? {
        "week" => Unit::Week,
        "month" => Unit::Month,
        "year" => Unit::Year,
        _ => return None,
    };
    cx.relative(j + 1, Precision::Range, later, |p| {
        let (first, last) = calendar::grain(p, unit)?;
        Some(if later { (p, last) } else { (first, p) })
    })
}

/// "in recent days", "in the past few weeks", "over the last two years", "in the coming days",
/// "in the days ahead".
pub(crate) fn recent(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let mut j = if cx.is_any(i, &["in", "over", "during", "within", "for"]) {
        i + 1
    } else {
        i
    };
    let has_the = cx.is(j, "the");
    if has_the {
        j += 1;
    }
    // "in the days ahead"
    if has_the {
        if let Some(unit) = cx.low(j).and_then(en_unit) {
            if cx.is(j + 1, "ahead") {
                let (unit, amount) = unit.default_reach();
                return cx.relative(j + 2, Precision::Range, true, |p| {
                    Some((p, calendar::shift(p, unit, amount)?))
                });
            }
        }
    }
    let dir = match (cx.low(j)?, has_the) {
        ("recent", false) => -1,
        ("past" | "last", true) => -1,
        ("coming" | "next", true) => 1,
        _ => return None,
    };
    j += 1;
    let count = if cx.is(j, "few") {
        j += 1;
        Some(Count { lo: 2, hi: 5 })
    } else if cx.is(j, "several") {
        j += 1;
        Some(Count { lo: 3, hi: 9 })
    } else if let Some(c) = cx.low(j).and_then(en_number) {
        j += 1;
        Some(c)
    } else if let Some(n) = cx.num(j) {
        j += 1;
        Some(Count::exact(i64::from(n)))
    } else {
        None
    };
    let word = cx.low(j)?;
    let unit = en_unit(word)?;
    let plural = word.ends_with('s');
    let (unit, amount) = match count {
        Some(c) => (unit, c.hi),
        None if !plural => (unit, 1),
        None => unit.default_reach(),
    };
    cx.relative(j + 1, Precision::Range, dir > 0, |p| {
        let other = calendar::shift(p, unit, dir * amount)?;
        Some((other.min(p), other.max(p)))
    })
}

/// "over the weekend", "at the weekend", "on the weekend".
pub(crate) fn weekend(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    if !(cx.is_any(i, &["over", "at", "on", "during"])
        && cx.is(i + 1, "the")
        && cx.is(i + 2, "weekend"))
    {
        return None;
    }
    let which = if cx.future() {
        Which::OnOrAfter
    } else {
        Which::OnOrBefore
    };
    cx.relative(i + 3, Precision::Range, false, |p| {
        calendar::weekend(p, which)
    })
}
