//! Calendar arithmetic over [`jiff::civil::Date`], all of it checked: every function returns
//! `None` instead of panicking when a date would fall outside jiff's range, because the counts
//! come from untrusted text ("za 99999 lat").

use jiff::civil::{Date, Weekday};
use jiff::Span;

use dyad_model::Precision;

/// A calendar unit named in an expression ("dni", "weeks").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Hour,
    Day,
    Week,
    Month,
    Year,
}

impl Unit {
    /// The precision of one unit: "tydzień temu" is a calendar week, "rok temu" a year.
    pub(crate) fn precision(self) -> Precision {
        match self {
            Unit::Hour | Unit::Day => Precision::Day,
            Unit::Week => Precision::Week,
            Unit::Month => Precision::Month,
            Unit::Year => Precision::Year,
        }
    }

    /// How far "w ostatnich dniach" / "in recent years" reaches when no number is given.
    /// Conventions, chosen so that the span matches the contract's example
    /// ("w najbliższych dniach" = published..published+7).
    pub(crate) fn default_reach(self) -> (Unit, i64) {
        match self {
            Unit::Hour => (Unit::Day, 1),
            Unit::Day => (Unit::Day, 7),
            Unit::Week => (Unit::Week, 4),
            Unit::Month => (Unit::Month, 6),
            Unit::Year => (Unit::Year, 5),
        }
    }
}

/// A number that may be vague: "kilka" is 2..=9, "two" is 2..=2.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Count {
    pub(crate) lo: i64,
    pub(crate) hi: i64,
}

impl Count {
    pub(crate) const fn exact(n: i64) -> Count {
        Count { lo: n, hi: n }
    }

    pub(crate) fn is_exact(self) -> bool {
        self.lo == self.hi
    }
}

/// A part of a period: "na początku", "w połowie", "pod koniec", "w pierwszej połowie".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    Start,
    Middle,
    End,
    FirstHalf,
    SecondHalf,
    /// "w pierwszym tygodniu": the first seven days.
    FirstWeek,
    /// "w ostatnim tygodniu": the last seven days.
    LastWeek,
}

/// `d` moved by `n` units; hours move by whole days (floor), since we resolve to days only.
pub(crate) fn shift(d: Date, unit: Unit, n: i64) -> Option<Date> {
    let span = match unit {
        Unit::Hour => Span::new().try_days(n.div_euclid(24)),
        Unit::Day => Span::new().try_days(n),
        Unit::Week => Span::new().try_weeks(n),
        Unit::Month => Span::new().try_months(n),
        Unit::Year => Span::new().try_years(n),
    }
    .ok()?;
    d.checked_add(span).ok()
}

/// The calendar unit containing `d`: its day, ISO week (Monday..Sunday), month or year.
pub(crate) fn grain(d: Date, unit: Unit) -> Option<(Date, Date)> {
    match unit {
        Unit::Hour | Unit::Day => Some((d, d)),
        Unit::Week => week_of(d),
        Unit::Month => Some((d.first_of_month(), d.last_of_month())),
        Unit::Year => Some((d.first_of_year(), d.last_of_year())),
    }
}

/// Monday..Sunday of the ISO week containing `d`.
pub(crate) fn week_of(d: Date) -> Option<(Date, Date)> {
    let monday = shift(
        d,
        Unit::Day,
        -i64::from(d.weekday().to_monday_zero_offset()),
    )?;
    Some((monday, shift(monday, Unit::Day, 6)?))
}

/// The whole of calendar year `year`.
pub(crate) fn year_span(year: i64) -> Option<(Date, Date)> {
    let y = i16::try_from(year).ok()?;
    Some((Date::new(y, 1, 1).ok()?, Date::new(y, 12, 31).ok()?))
}

/// Years `first..=last`, whole.
pub(crate) fn years_span(first: i64, last: i64) -> Option<(Date, Date)> {
    Some((year_span(first)?.0, year_span(last)?.1))
}

/// The whole of month `month` of `year`.
pub(crate) fn month_span(year: i64, month: i8) -> Option<(Date, Date)> {
    let first = Date::new(i16::try_from(year).ok()?, month, 1).ok()?;
    Some((first, first.last_of_month()))
}

/// Whether day `day` exists in `month` of some year (29 February counts).
pub(crate) fn day_exists(month: i8, day: i8) -> bool {
    Date::new(2000, month, day).is_ok()
}

/// Month `month` in the year that the tense implies: the last one not after `published` for
/// past (and unknown) tense, the first one not ending before it for future tense.
pub(crate) fn month_by_tense(published: Date, month: i8, future: bool) -> Option<(Date, Date)> {
    let y = i64::from(published.year());
    let year = if future {
        if month >= published.month() {
            y
        } else {
            y + 1
        }
    } else if month <= published.month() {
        y
    } else {
        y - 1
    };
    month_span(year, month)
}

/// Month `month` strictly before (`dir` < 0) or strictly after (`dir` > 0) the published
/// month, or in the published year (`dir` == 0): "last July", "next July", "this July".
pub(crate) fn month_relative(published: Date, month: i8, dir: i8) -> Option<(Date, Date)> {
    let y = i64::from(published.year());
    let year = match dir {
        d if d < 0 && month < published.month() => y,
        d if d < 0 => y - 1,
        d if d > 0 && month > published.month() => y,
        d if d > 0 => y + 1,
        _ => y,
    };
    month_span(year, month)
}

/// Day `day` of `month` in the year the tense implies (last one on or before `published` for
/// past, first one on or after it for future). Searches a few years so 29 February works.
pub(crate) fn day_by_tense(published: Date, month: i8, day: i8, future: bool) -> Option<Date> {
    let y = published.year();
    for k in 0..8i16 {
        let year = if future {
            y.checked_add(k)?
        } else {
            y.checked_sub(k)?
        };
        if let Ok(d) = Date::new(year, month, day) {
            if (future && d >= published) || (!future && d <= published) {
                return Some(d);
            }
        }
    }
    None
}

/// Day `day` of `month` without a year: past tense takes the last one on or before
/// publication, future the first one on or after it, unknown tense the nearer of the two
/// ("ruszą 15 stycznia" published 2 January). A weekday named with it ("w poniedziałek
/// (4 stycznia)") picks the candidate that falls on that weekday.
pub(crate) fn day_without_year(
    published: Date,
    month: i8,
    day: i8,
    tense: crate::TenseHint,
    weekday: Option<Weekday>,
) -> Option<Date> {
    let past = day_by_tense(published, month, day, false);
    let future = day_by_tense(published, month, day, true);
    let days = |a: Date, b: Date| a.until(b).ok().map(|s| i64::from(s.get_days()).abs());
    let future_first = match (tense, past, future) {
        (crate::TenseHint::Future, ..) => true,
        (crate::TenseHint::Past, ..) => false,
        (crate::TenseHint::Unknown, Some(p), Some(f)) => days(f, published) < days(p, published),
        (crate::TenseHint::Unknown, None, _) => true,
        (crate::TenseHint::Unknown, Some(_), None) => false,
    };
    let ordered = if future_first {
        [future, past]
    } else {
        [past, future]
    };
    let first = ordered.into_iter().flatten().next();
    weekday
        .and_then(|wd| ordered.into_iter().flatten().find(|d| d.weekday() == wd))
        .or(first)
}

/// Which occurrence of a weekday is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Which {
    /// Latest on or before publication ("w środę" in a past sentence).
    OnOrBefore,
    /// Earliest on or after publication ("w środę" in a future sentence).
    OnOrAfter,
    /// Latest strictly before ("w zeszłą środę", "last Wednesday").
    Before,
    /// Earliest strictly after ("w przyszłą środę", "next Wednesday").
    After,
    /// The one in the publication's ISO week ("w tę środę", "this Wednesday").
    ThisWeek,
    /// Whichever of the on-or-before and on-or-after ones is nearer (the earlier on a tie).
    Nearest,
}

/// The weekday `wd` chosen as `which` says, relative to `published`.
pub(crate) fn weekday(published: Date, wd: Weekday, which: Which) -> Option<Date> {
    let back = i64::from(published.weekday().since(wd)); // days since the last `wd`, 0..=6
    let fwd = i64::from(wd.since(published.weekday())); // days until the next `wd`, 0..=6
    let offset = match which {
        Which::OnOrBefore => -back,
        Which::OnOrAfter => fwd,
        Which::Before if back == 0 => -7,
        Which::Before => -back,
        Which::After if fwd == 0 => 7,
        Which::After => fwd,
        Which::ThisWeek => {
            i64::from(wd.to_monday_zero_offset())
                - i64::from(published.weekday().to_monday_zero_offset())
        }
        Which::Nearest if fwd < back => fwd,
        Which::Nearest => -back,
    };
    shift(published, Unit::Day, offset)
}

/// Saturday..Sunday of the weekend `which` says. For the tense-driven choices a weekend counts
/// as "on or before" publication when its Saturday is, and "on or after" when its Sunday is.
pub(crate) fn weekend(published: Date, which: Which) -> Option<(Date, Date)> {
    let saturday = match which {
        Which::OnOrBefore | Which::Nearest => {
            weekday(published, Weekday::Saturday, Which::OnOrBefore)?
        }
        Which::OnOrAfter => {
            let sunday = weekday(published, Weekday::Sunday, Which::OnOrAfter)?;
            shift(sunday, Unit::Day, -1)?
        }
        Which::Before => {
            let sunday = weekday(published, Weekday::Sunday, Which::Before)?;
            shift(sunday, Unit::Day, -1)?
        }
        Which::After => weekday(published, Weekday::Saturday, Which::After)?,
        Which::ThisWeek => weekday(published, Weekday::Saturday, Which::ThisWeek)?,
    };
    Some((saturday, shift(saturday, Unit::Day, 1)?))
}

/// Quarter `q` (1..=4) or, with `months` 6, half-year `q` (1..=2) of `year`.
pub(crate) fn period_span(year: i64, q: i8, months: i8) -> Option<(Date, Date)> {
    let first = (q - 1) * months + 1;
    Some((
        month_span(year, first)?.0,
        month_span(year, first + months - 1)?.1,
    ))
}

/// Quarter or half-year `q` without a year: past (and unknown) tense takes the last one that
/// has begun by publication, future the first one not over by then.
pub(crate) fn period_by_tense(
    published: Date,
    q: i8,
    months: i8,
    future: bool,
) -> Option<(Date, Date)> {
    let y = i64::from(published.year());
    let this = period_span(y, q, months)?;
    match (future, this.0 <= published, this.1 >= published) {
        (false, true, _) | (true, _, true) => Some(this),
        (false, false, _) => period_span(y - 1, q, months),
        (true, _, false) => period_span(y + 1, q, months),
    }
}

/// A season, meteorologically: spring March-May, summer June-August, autumn
/// September-November, winter December-February.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

/// The season of `year`; winter `year` is the one whose January falls in `year` (December
/// of the year before to February).
pub(crate) fn season_span(year: i64, season: Season) -> Option<(Date, Date)> {
    let (first, last) = match season {
        Season::Spring => (month_span(year, 3)?.0, month_span(year, 5)?.1),
        Season::Summer => (month_span(year, 6)?.0, month_span(year, 8)?.1),
        Season::Autumn => (month_span(year, 9)?.0, month_span(year, 11)?.1),
        Season::Winter => (month_span(year - 1, 12)?.0, month_span(year, 2)?.1),
    };
    Some((first, last))
}

/// A season without a year: past (and unknown) tense takes the last one begun by publication,
/// future the first one not over; `dir` -1 / +1 takes the one before / after the current or
/// most recent one ("last summer", "next winter").
pub(crate) fn season_relative(
    published: Date,
    season: Season,
    future: bool,
    dir: i64,
) -> Option<(Date, Date)> {
    let y = i64::from(published.year());
    // The last one begun by publication.
    let begun = [y + 1, y, y - 1]
        .into_iter()
        .filter_map(|year| season_span(year, season))
        .find(|s| s.0 <= published)?;
    let year_of = |s: (Date, Date)| i64::from(s.1.year());
    match dir {
        d if d < 0 => {
            // "last summer" in September is this year's summer; during a summer, last year's.
            if begun.1 < published {
                Some(begun)
            } else {
                season_span(year_of(begun) - 1, season)
            }
        }
        d if d > 0 => season_span(year_of(begun) + 1, season),
        _ if future && begun.1 < published => season_span(year_of(begun) + 1, season),
        _ => Some(begun),
    }
}

/// Part of a month: days 1-10 / 11-20 / 21-end, halves 1-15 / 16-end.
pub(crate) fn part_of_month(month: (Date, Date), part: Part) -> Option<(Date, Date)> {
    let (first, last) = month;
    let day = |n: i64| shift(first, Unit::Day, n - 1);
    Some(match part {
        Part::Start => (first, day(10)?),
        Part::Middle => (day(11)?, day(20)?),
        Part::End => (day(21)?, last),
        Part::FirstHalf => (first, day(15)?),
        Part::SecondHalf => (day(16)?, last),
        Part::FirstWeek => (first, day(7)?),
        Part::LastWeek => (shift(last, Unit::Day, -6)?, last),
    })
}

/// Part of a year: January-April / May-August / September-December, halves by six months.
pub(crate) fn part_of_year(year: i64, part: Part) -> Option<(Date, Date)> {
    let (a, b) = match part {
        Part::Start => (1, 4),
        Part::Middle => (5, 8),
        Part::End => (9, 12),
        Part::FirstHalf => (1, 6),
        Part::SecondHalf => (7, 12),
        Part::FirstWeek => {
            return Some((
                month_span(year, 1)?.0,
                Date::new(i16::try_from(year).ok()?, 1, 7).ok()?,
            ))
        }
        Part::LastWeek => {
            let last = month_span(year, 12)?.1;
            return Some((shift(last, Unit::Day, -6)?, last));
        }
    };
    Some((month_span(year, a)?.0, month_span(year, b)?.1))
}

/// Part of a week: Monday-Tuesday / Wednesday-Thursday / Friday-Sunday, halves Mon-Wed / Thu-Sun.
pub(crate) fn part_of_week(week: (Date, Date), part: Part) -> Option<(Date, Date)> {
    let (a, b) = match part {
        Part::Start => (0, 1),
        Part::Middle => (2, 3),
        Part::End => (4, 6),
        Part::FirstHalf => (0, 2),
        Part::SecondHalf => (3, 6),
        Part::FirstWeek | Part::LastWeek => (0, 6),
    };
    Some((shift(week.0, Unit::Day, a)?, shift(week.0, Unit::Day, b)?))
}

/// Part of a run of whole years (a decade, a century), in thirds or halves of its years.
pub(crate) fn part_of_years(first: i64, last: i64, part: Part) -> Option<(Date, Date)> {
    let n = last - first + 1;
    let (a, b) = match part {
        Part::Start => (0, n / 3 - 1),
        Part::Middle => (n / 3, 2 * n / 3 - 1),
        Part::End => (2 * n / 3, n - 1),
        Part::FirstHalf => (0, n / 2 - 1),
        Part::SecondHalf => (n / 2, n - 1),
        Part::FirstWeek => (0, 0),
        Part::LastWeek => (n - 1, n - 1),
    };
    years_span(first + a, first + b.max(a))
}

/// Part of any span, by its grain.
pub(crate) fn part_of(span: (Date, Date), unit: Unit, part: Part) -> Option<(Date, Date)> {
    match unit {
        Unit::Month => part_of_month(span, part),
        Unit::Year => part_of_year(i64::from(span.0.year()), part),
        Unit::Week => part_of_week(span, part),
        Unit::Hour | Unit::Day => Some(span),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn weekday_choices_around_a_monday() {
        let p = date(2023, 9, 11); // a Monday
        let wed = Weekday::Wednesday;
        assert_eq!(weekday(p, wed, Which::OnOrBefore), Some(date(2023, 9, 6)));
        assert_eq!(weekday(p, wed, Which::OnOrAfter), Some(date(2023, 9, 13)));
        assert_eq!(weekday(p, Weekday::Monday, Which::OnOrBefore), Some(p));
        assert_eq!(
            weekday(p, Weekday::Monday, Which::Before),
            Some(date(2023, 9, 4))
        );
        assert_eq!(
            weekday(p, Weekday::Monday, Which::After),
            Some(date(2023, 9, 18))
        );
        assert_eq!(
            weekday(p, Weekday::Sunday, Which::ThisWeek),
            Some(date(2023, 9, 17))
        );
    }

    #[test]
    fn month_by_tense_picks_the_right_year() {
        let p = date(2023, 9, 11);
        assert_eq!(
            month_by_tense(p, 7, false).map(|s| s.0),
            Some(date(2023, 7, 1))
        );
        assert_eq!(
            month_by_tense(p, 10, false).map(|s| s.0),
            Some(date(2022, 10, 1))
        );
        assert_eq!(
            month_by_tense(p, 9, false).map(|s| s.0),
            Some(date(2023, 9, 1))
        );
        assert_eq!(
            month_by_tense(p, 7, true).map(|s| s.0),
            Some(date(2024, 7, 1))
        );
        assert_eq!(
            month_by_tense(p, 9, true).map(|s| s.0),
            Some(date(2023, 9, 1))
        );
    }

    #[test]
    fn a_day_without_year_follows_tense_then_nearness_then_weekday() {
        use crate::TenseHint::{Future, Past, Unknown};
        let p = date(2021, 1, 2);
        assert_eq!(
            day_without_year(p, 1, 15, Past, None),
            Some(date(2020, 1, 15))
        );
        assert_eq!(
            day_without_year(p, 1, 15, Future, None),
            Some(date(2021, 1, 15))
        );
        assert_eq!(
            day_without_year(p, 1, 15, Unknown, None),
            Some(date(2021, 1, 15))
        );
        assert_eq!(
            day_without_year(p, 12, 30, Unknown, None),
            Some(date(2020, 12, 30))
        );
        // 4 January 2021 was a Monday, 4 January 2020 a Saturday.
        let monday = Some(Weekday::Monday);
        assert_eq!(
            day_without_year(p, 1, 4, Past, monday),
            Some(date(2021, 1, 4))
        );
    }

    #[test]
    fn huge_shifts_are_none_not_panics() {
        let p = date(2023, 9, 11);
        assert_eq!(shift(p, Unit::Year, 99_999), None);
        assert_eq!(shift(p, Unit::Day, i64::MIN), None);
    }
}
