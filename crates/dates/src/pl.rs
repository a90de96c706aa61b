//! Polish date rules. Each rule looks at the tokens from `i` on and either declines or says how
//! far the expression reaches and what it means; the scanner keeps the longest.

use dyad_model::Precision;
use jiff::civil::{Date, Weekday};

use crate::calendar::{self, Count, Part, Unit, Which};
use crate::lexicon::{
    pl_decade_word, pl_month_any, pl_month_gen, pl_month_loc, pl_number, pl_relative_adj, pl_unit,
    pl_unit_one, pl_weekday_acc, pl_weekday_gen,
};
use crate::scan::{roman, Cx, Hit};
use crate::TenseHint;

/// A rule: `None` when the tokens at `i` do not start its expression.
pub(crate) type Rule = fn(&Cx<'_>, usize) -> Option<Hit>;

/// Every Polish rule; on equal length the earlier one wins.
pub(crate) const RULES: &[Rule] = &[
    numeric,
    from_to,
    turn,
    quarter,
    season,
    day_month,
    weekday,
    night,
    part,
    month,
    year,
    decade,
    century,
    deictic,
    ago,
    within,
    since_duration,
    relative_period,
    recent,
    weekend,
    adjective,
];

/// How a year is given after a month or day: "2022 r.", "roku 2022", "ubiegłego roku", "ub.r.".
#[derive(Debug, Clone, Copy)]
pub(crate) enum YearSpec {
    Absolute(i64),
    Relative(i64),
}

impl YearSpec {
    fn resolve(self, published: Option<Date>) -> Option<i64> {
        match self {
            YearSpec::Absolute(y) => Some(y),
            YearSpec::Relative(k) => published.map(|p| i64::from(p.year()) + k),
        }
    }
}

/// The "r." / "roku" / "rok" after a year number; returns the index after it.
fn year_suffix(cx: &Cx<'_>, j: usize) -> Option<usize> {
    if cx.is(j, "r") {
        Some(if cx.punct(j + 1, '.') { j + 2 } else { j + 1 })
    } else if cx.is_any(j, &["roku", "rok"]) {
        Some(j + 1)
    } else {
        None
    }
}

/// A relative adjective at `j` ("ubiegłym", "tego", or the abbreviation "ub."): its
/// direction and the index after it.
fn rel_adj(cx: &Cx<'_>, j: usize) -> Option<(i64, usize)> {
    if cx.is(j, "ub") && cx.punct(j + 1, '.') {
        return Some((-1, j + 2));
    }
    cx.low(j).and_then(pl_relative_adj).map(|k| (k, j + 1))
}

/// Whether the word at `j` makes the "roku" before it a school, academic or fiscal year,
/// which does not run January to December ("z początkiem roku szkolnego").
fn school_year(cx: &Cx<'_>, j: usize) -> bool {
    cx.low(j).is_some_and(|w| {
        [
            "szkoln",
            "akademick",
            "budżetow",
            "podatkow",
            "obrotow",
            "gospodarcz",
            "liturgiczn",
        ]
        .iter()
        .any(|stem| w.starts_with(stem))
    })
}

/// A year after a month or a day, if any.
fn year_part(cx: &Cx<'_>, j: usize) -> Option<(usize, YearSpec)> {
    if let Some(y) = cx.year4(j) {
        return Some((
            year_suffix(cx, j + 1).unwrap_or(j + 1),
            YearSpec::Absolute(y),
        ));
    }
    if cx.is(j, "roku") {
        if let Some(y) = cx.year4(j + 1) {
            return Some((j + 2, YearSpec::Absolute(y)));
        }
    }
    if let Some(k) = cx.low(j).and_then(pl_relative_adj) {
        if cx.is(j + 1, "roku") {
            return Some((j + 2, YearSpec::Relative(k)));
        }
    }
    // "ub.r." (ubiegłego roku), "br." / "b.r." (bieżącego roku)
    let dotted = |k: usize| if cx.punct(k, '.') { k + 1 } else { k };
    if cx.is(j, "ub") && cx.punct(j + 1, '.') && cx.is(j + 2, "r") {
        return Some((dotted(j + 3), YearSpec::Relative(-1)));
    }
    if cx.is(j, "br") && cx.punct(j + 1, '.') {
        return Some((j + 2, YearSpec::Relative(0)));
    }
    if cx.is(j, "b") && cx.punct(j + 1, '.') && cx.is(j + 2, "r") {
        return Some((dotted(j + 3), YearSpec::Relative(0)));
    }
    None
}

/// "11.09.2023", "11.09.2023 r.", "2023-09-11".
pub(crate) fn numeric(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let all_touch = |n: usize| (i..i + n - 1).all(|k| cx.touching(k));
    let (y, m, d, end) = if cx.punct(i + 1, '.') && cx.punct(i + 3, '.') && all_touch(5) {
        let (dl, d) = cx.digits(i)?;
        let (ml, m) = cx.digits(i + 2)?;
        let (yl, y) = cx.digits(i + 4)?;
        if dl > 2 || ml > 2 || yl != 4 {
            return None;
        }
        (y, m, d, i + 5)
    } else if cx.dash(i + 1) && cx.dash(i + 3) && all_touch(5) {
        let (yl, y) = cx.digits(i)?;
        let (ml, m) = cx.digits(i + 2)?;
        let (dl, d) = cx.digits(i + 4)?;
        if yl != 4 || ml != 2 || dl != 2 {
            return None;
        }
        (y, m, d, i + 5)
    } else {
        return None;
    };
    let date = Date::new(
        i16::try_from(y).ok()?,
        i8::try_from(m).ok()?,
        i8::try_from(d).ok()?,
    )
    .ok()?;
    let end = year_suffix(cx, end).unwrap_or(end);
    Some(cx.absolute(end, (date, date), Precision::Day))
}

/// "11 września", "11 września 2023 r.", "11-12 września", "11 września ubiegłego roku".
pub(crate) fn day_month(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let hit = day_month_on(cx, i, None)?;
    // "przed 11 września", "po 11 września": the event is not on that day.
    Some(if cx.prev_is_any(i, BEFORE_AFTER) {
        hit.suppressed()
    } else {
        hit
    })
}

/// Prepositions after which a date is a reference point, not the event's date.
const BEFORE_AFTER: &[&str] = &["przed", "po"];

/// [`day_month`], knowing the weekday named just before it, which picks the year.
fn day_month_on(cx: &Cx<'_>, i: usize, weekday: Option<Weekday>) -> Option<Hit> {
    let d1 = cx.day(i)?;
    let mut j = i + 1;
    let mut d2 = None;
    // "11-12 września", "5 i 6 grudnia", "2, 3 oraz 4 stycznia": one range over the days.
    loop {
        let joined = cx.dash(j) || cx.punct(j, ',') || cx.is_any(j, &["i", "oraz"]);
        match cx.day(j + 1).filter(|&e| joined && e > d2.unwrap_or(d1)) {
            Some(e) => {
                d2 = Some(e);
                j += 2;
            }
            None => break,
        }
    }
    if d2.is_none() && cx.punct(j, '.') && cx.touching(i) {
        j += 1; // "11. września": an ordinal dot, only when glued to the number
    }
    let m = cx.low(j).and_then(pl_month_gen)?;
    j += 1;
    let last = d2.unwrap_or(d1);
    if !calendar::day_exists(m, d1) || !calendar::day_exists(m, last) {
        return None;
    }
    let precision = if d2.is_some() {
        Precision::Range
    } else {
        Precision::Day
    };
    let span_in = |y: i64| -> Option<(Date, Date)> {
        let y = i16::try_from(y).ok()?;
        Some((Date::new(y, m, d1).ok()?, Date::new(y, m, last).ok()?))
    };
    match year_part(cx, j) {
        Some((end, YearSpec::Absolute(y))) => Some(cx.absolute(end, span_in(y)?, precision)),
        Some((end, spec)) => {
            cx.relative(end, precision, false, |p| span_in(spec.resolve(Some(p))?))
        }
        None => {
            // No deadline rule here, unlike "do października": "do 30 grudnia podano" (published
            // in January) looks back, "potrwa do 4 stycznia" ahead; the nearer day fits both.
            let tense = cx.tense;
            cx.relative(j, precision, false, |p| {
                let first = calendar::day_without_year(p, m, d1, tense, weekday)?;
                span_in(i64::from(first.year()))
            })
            .map(Hit::yearless)
        }
    }
}

/// "od 27 grudnia do 1 stycznia", "od lipca do września 2022 r.", "od 11 do 15 września":
/// one range from the start of the first to the end of the second.
pub(crate) fn from_to(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let joiner = match cx.low(i)? {
        "od" => "do",
        "między" | "pomiędzy" => "a",
        _ => return None,
    };
    // "od 11 do 15 września": the first day borrows the second's month and year.
    if let (Some(d1), true) = (cx.day(i + 1), cx.is(i + 2, joiner)) {
        let to = day_month(cx, i + 3)?;
        let (Some(s), Some(e)) = (to.start_date, to.end_date) else {
            return Some(Hit {
                end: to.end,
                precision: Precision::Range,
                ..to
            });
        };
        let start = Date::new(s.year(), s.month(), d1)
            .ok()
            .filter(|d| *d <= s)?;
        return Some(Hit {
            start_date: Some(start),
            end_date: Some(e),
            precision: Precision::Range,
            ..to
        });
    }
    let from = day_month(cx, i + 1).or_else(|| month(cx, i + 1))?;
    if !cx.is(from.end, joiner) {
        return None;
    }
    let to = day_month(cx, from.end + 1).or_else(|| month(cx, from.end + 1))?;
    join_range(from, to)
}

/// One range from the start of `from` to the end of `to` ("od lipca do września 2022 r.",
/// "from July to September"). A year given only at the end belongs to both ends; otherwise a
/// yearless end is the first one after the start ("od 27 grudnia do 1 stycznia" crosses New
/// Year).
pub(crate) fn join_range(from: Hit, to: Hit) -> Option<Hit> {
    let relative = from.relative || to.relative;
    let forward = from.forward || to.forward;
    let (Some(s), Some(e)) = (from.start_date, to.end_date) else {
        return Some(Hit {
            end: to.end,
            start_date: None,
            end_date: None,
            precision: Precision::Range,
            relative,
            forward,
            yearless: false,
            suppressed: false,
        });
    };
    let (mut start, mut e) = (s, e);
    if from.yearless && !to.yearless {
        start = calendar::shift(start, Unit::Year, i64::from(e.year() - start.year()))?;
        if start > e {
            start = calendar::shift(start, Unit::Year, -1)?;
        }
    } else if to.yearless {
        if let Some(earlier) = calendar::shift(e, Unit::Year, -1).filter(|d| *d >= start) {
            e = earlier;
        }
        if e < start {
            e = calendar::shift(e, Unit::Year, 1)?;
        }
    }
    Some(Hit {
        end: to.end,
        start_date: Some(start),
        end_date: Some(e),
        precision: Precision::Range,
        relative,
        forward,
        yearless: false,
        suppressed: false,
    })
}

/// "w pierwszym kwartale 2024 r.", "w III kw. ubiegłego roku", "w drugim półroczu":
/// quarters and half-years, read by tense when no year is given.
pub(crate) fn quarter(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let j = if cx.is_any(i, &["w", "we"]) { i + 1 } else { i };
    let q: i8 = match cx.low(j)? {
        "pierwszym" | "pierwszego" | "pierwszy" => 1,
        "drugim" | "drugiego" | "drugi" => 2,
        "trzecim" | "trzeciego" | "trzeci" => 3,
        "czwartym" | "czwartego" | "czwarty" => 4,
        _ => i8::try_from(roman(cx.raw(j)?).filter(|&r| r <= 4)?).ok()?,
    };
    let (months, mut k) = match cx.low(j + 1)? {
        "kwartale" | "kwartału" | "kwartał" => (3, j + 2),
        "kw" if cx.punct(j + 2, '.') => (3, j + 3),
        "półroczu" | "półrocza" | "półrocze" if q <= 2 => (6, j + 2),
        _ => return None,
    };
    // "w pierwszym kwartale roku" / "… tego roku": the bare "roku" is publication's year.
    if cx.is(k, "roku") && cx.year4(k + 1).is_none() && !school_year(cx, k + 1) {
        k += 1;
        return cx.relative(k, Precision::Range, false, |p| {
            calendar::period_span(i64::from(p.year()), q, months)
        });
    }
    match year_part(cx, k) {
        Some((end, YearSpec::Absolute(y))) => {
            Some(cx.absolute(end, calendar::period_span(y, q, months)?, Precision::Range))
        }
        Some((end, spec)) => cx.relative(end, Precision::Range, false, |p| {
            calendar::period_span(spec.resolve(Some(p))?, q, months)
        }),
        None => {
            let future = cx.future();
            cx.relative(k, Precision::Range, false, |p| {
                calendar::period_by_tense(p, q, months, future)
            })
            .map(Hit::yearless)
        }
    }
}

/// "latem", "jesienią ubiegłego roku", "zimą 2022 r.", "tego lata", "ubiegłej zimy",
/// "w przyszłym roku wiosną" is two mentions. Meteorological seasons (see `calendar::Season`).
pub(crate) fn season(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    use calendar::Season;
    let word_season = |w: &str| -> Option<Season> {
        Some(match w {
            "wiosną" | "wiosny" | "wiośnie" | "wiosnę" => Season::Spring,
            "latem" | "lata" | "lecie" => Season::Summer,
            "jesienią" | "jesieni" | "jesień" => Season::Autumn,
            "zimą" | "zimy" | "zimie" | "zimę" => Season::Winter,
            _ => return None,
        })
    };
    // "tego lata", "ubiegłej zimy", "zeszłej jesieni", "przyszłej wiosny", "minionego lata"
    let dir = match cx.low(i)? {
        "tego" | "tej" | "tym" | "bieżącego" => Some(0),
        "ubiegłego" | "ubiegłej" | "zeszłego" | "zeszłej" | "minionego" | "minionej"
        | "ostatniego" | "ostatniej" => Some(-1),
        "przyszłego" | "przyszłej" | "następnego" | "następnej" | "nadchodzącej"
        | "nadchodzącego" => Some(1),
        _ => None,
    };
    let (season, k) = match dir {
        Some(_) => {
            let w = cx.low(i + 1)?;
            // "tego lata" but not "tego lata temu"; the bare plural "lata" only after a
            // demonstrative or relative adjective, where it can only be the summer.
            (word_season(w)?, i + 2)
        }
        None => {
            let (j, prep) = if cx.is_any(i, &["w", "we", "na", "od", "do"]) {
                (i + 1, true)
            } else {
                (i, false)
            };
            let w = cx.low(j)?;
            // Instrumental "latem", "zimą" stand alone; other forms need "w"/"na": "w lecie",
            // "na wiosnę", "od jesieni"; "lata", "jesień" alone are other words too.
            let alone = matches!(w, "wiosną" | "latem" | "jesienią" | "zimą");
            if !(alone || prep) || w == "lata" {
                return None;
            }
            (word_season(w)?, j + 1)
        }
    };
    if cx.is(k, "temu") {
        return None;
    }
    if cx.prev_is_any(i, BEFORE_AFTER) || cx.is_any(i, BEFORE_AFTER) {
        return None;
    }
    let since = cx.is(i, "od");
    // "do jesieni" is a deadline: forwards unless the verb says otherwise.
    let future = cx.future() || (cx.tense == TenseHint::Unknown && cx.is(i, "do") && dir.is_none());
    let hit = season_hit(cx, season, dir, k, future)?;
    Some(if since { cx.since(hit) } else { hit })
}

fn season_hit(
    cx: &Cx<'_>,
    season: calendar::Season,
    dir: Option<i64>,
    k: usize,
    future: bool,
) -> Option<Hit> {
    if let Some(d) = dir {
        return cx.relative(k, Precision::Range, d > 0, |p| {
            calendar::season_relative(p, season, future, d)
        });
    }
    match year_part(cx, k) {
        Some((end, YearSpec::Absolute(y))) => {
            Some(cx.absolute(end, calendar::season_span(y, season)?, Precision::Range))
        }
        Some((end, spec)) => cx.relative(end, Precision::Range, false, |p| {
            calendar::season_span(spec.resolve(Some(p))?, season)
        }),
        None => cx
            .relative(k, Precision::Range, false, |p| {
                calendar::season_relative(p, season, future, 0)
            })
            .map(Hit::yearless),
    }
}

/// "na przełomie lipca i sierpnia", "na przełomie 2019 i 2020 r.", "na przełomie roku":
/// the last third of the first period to the first third of the second.
pub(crate) fn turn(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    if !(cx.is(i, "na") && cx.is(i + 1, "przełomie")) {
        return None;
    }
    let j = i + 2;
    if let Some(y1) = cx.year4(j) {
        let k = year_suffix(cx, j + 1).unwrap_or(j + 1);
        if !cx.is_any(k, &["i", "oraz"]) {
            return None;
        }
        let y2 = cx.year4(k + 1).filter(|&y2| y2 > y1)?;
        let end = year_suffix(cx, k + 2).unwrap_or(k + 2);
        let start = calendar::part_of_year(y1, Part::End)?.0;
        let last = calendar::part_of_year(y2, Part::Start)?.1;
        return Some(cx.absolute(end, (start, last), Precision::Range));
    }
    let m1 = cx.low(j).and_then(pl_month_gen)?;
    if !cx.is_any(j + 1, &["i", "oraz", "a"]) {
        return None;
    }
    // The second month carries any year and the tense reading; the first precedes it.
    let m2 = cx.low(j + 2).and_then(pl_month_gen)?;
    let (end, spec) = match year_part(cx, j + 3) {
        Some((end, spec)) => (end, Some(spec)),
        None => (j + 3, None),
    };
    let future = cx.future();
    let span = move |p: Option<Date>| -> Option<(Date, Date)> {
        let second = match spec {
            Some(spec) => calendar::month_span(spec.resolve(p)?, m2)?,
            None => calendar::month_by_tense(p?, m2, future)?,
        };
        let y = i64::from(second.0.year());
        let mut first = calendar::month_span(y, m1)?;
        if first.0 > second.0 {
            first = calendar::month_span(y - 1, m1)?;
        }
        Some((
            calendar::part_of_month(first, Part::End)?.0,
            calendar::part_of_month(second, Part::Start)?.1,
        ))
    };
    match spec {
        Some(YearSpec::Absolute(_)) => Some(cx.absolute(end, span(None)?, Precision::Range)),
        _ => cx.relative(end, Precision::Range, false, |p| span(Some(p))),
    }
}

/// "w środę", "we wtorek", "w zeszłą środę", "w przyszły piątek", "w środę, 13 września".
pub(crate) fn weekday(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    // "od poniedziałku": from that day on; "(zaplanowane) na wtorek": ahead.
    let since = cx.is(i, "od");
    let ahead = cx.is(i, "na");
    if !(since || ahead || cx.is_any(i, &["w", "we"])) {
        return None;
    }
    let mut j = i + 1;
    let which = if cx.is(j, "ub") && cx.punct(j + 1, '.') {
        j += 1; // the dot; the word is skipped below
        Some(Which::Before)
    } else {
        match cx.low(j)? {
            "zeszły" | "zeszłą" | "ubiegły" | "ubiegłą" | "ostatni" | "ostatnią" | "miniony"
            | "minioną" => Some(Which::Before),
            "przyszły" | "przyszłą" | "najbliższy" | "najbliższą" | "następny" | "następną" => {
                Some(Which::After)
            }
            "ten" | "tę" | "tą" => Some(Which::ThisWeek),
            _ => None,
        }
    };
    if which.is_some() {
        j += 1;
    }
    let day_word = if since {
        pl_weekday_gen
    } else {
        pl_weekday_acc
    };
    let wd = cx.low(j).and_then(day_word)?;
    j += 1;
    let tense = match cx.tense {
        TenseHint::Unknown if ahead => TenseHint::Future,
        t => t,
    };
    // An explicit date right after the weekday says which one it is:
    // "w środę, 13 września", "w poniedziałek (4 stycznia)".
    let paren = cx.punct(j, '(');
    let k = if paren || cx.punct(j, ',') { j + 1 } else { j };
    if let Some(hit) = day_month_on(cx, k, Some(wd)) {
        let end = if paren && cx.punct(hit.end, ')') {
            hit.end + 1
        } else {
            hit.end
        };
        let hit = Hit { end, ..hit };
        return Some(if since { cx.since(hit) } else { hit });
    }
    let which = which.unwrap_or(match tense {
        TenseHint::Future => Which::OnOrAfter,
        // "od poniedziałku rusza ...": announcements and running actions alike; the nearer
        // Monday is the better guess.
        TenseHint::Unknown if since => Which::Nearest,
        _ => Which::OnOrBefore,
    });
    let hit = cx.relative(j, Precision::Day, which == Which::After, |p| {
        let d = calendar::weekday(p, wd, which)?;
        Some((d, d))
    })?;
    Some(if since { cx.since(hit) } else { hit })
}

/// Adjectives of weekdays and months: "piątkowe spotkanie" (that Friday), "grudniowy szczyt"
/// (that December), read by tense like "w piątek" / "w grudniu". Capitalised ones mid-sentence
/// and those after "powstanie"/"rewolucja" are names of historic events ("Powstanie
/// Listopadowe"), not dates.
pub(crate) fn adjective(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    const HARD: &[&str] = &["y", "a", "e", "ego", "ej", "ym", "ą", "ych", "ymi", "emu"];
    const SOFT: &[&str] = &[
        "i", "ia", "ie", "iego", "iej", "im", "ią", "ich", "imi", "iemu",
    ];
    const WEEKDAYS: &[(&str, Weekday)] = &[
        ("poniedziałkow", Weekday::Monday),
        ("wtorkow", Weekday::Tuesday),
        ("środow", Weekday::Wednesday),
        ("czwartkow", Weekday::Thursday),
        ("piątkow", Weekday::Friday),
        ("sobotn", Weekday::Saturday),
        ("niedzieln", Weekday::Sunday),
    ];
    const MONTHS: &[&str] = &[
        "styczniow",
        "lutow",
        "marcow",
        "kwietniow",
        "majow",
        "czerwcow",
        "lipcow",
        "sierpniow",
        "wrześniow",
        "październikow",
        "listopadow",
        "grudniow",
    ];
    // The shortest stem plus ending ("lutowy", "sobotni") is six letters.
    let w = cx.low(i).filter(|w| w.len() >= 6)?;
    let ending_ok = |rest: &str, stem: &str| {
        if stem == "sobotn" {
            SOFT.contains(&rest)
        } else {
            HARD.contains(&rest)
        }
    };
    let named_event = cx.prev_is_any(
        i,
        &[
            "powstanie",
            "powstania",
            "powstaniu",
            "rewolucja",
            "rewolucji",
            "rewolucję",
        ],
    ) || (cx.capitalized(i) && i > 0 && !cx.punct(i - 1, '.'));
    if named_event {
        return None;
    }
    let future = cx.future();
    for (stem, wd) in WEEKDAYS {
        if w.strip_prefix(stem)
            .is_some_and(|rest| ending_ok(rest, stem))
        {
            // "w sobotni wieczór 24 lutego": the date says which Saturday.
            if let Some(hit) = (i + 1..=i + 2).find_map(|k| day_month_on(cx, k, Some(*wd))) {
                return Some(hit);
            }
            let which = if future {
                Which::OnOrAfter
            } else {
                Which::OnOrBefore
            };
            return cx.relative(i + 1, Precision::Day, false, |p| {
                let d = calendar::weekday(p, *wd, which)?;
                Some((d, d))
            });
        }
    }
    let m = MONTHS.iter().position(|stem| {
        w.strip_prefix(stem)
            .is_some_and(|rest| ending_ok(rest, stem))
    })?;
    let m = i8::try_from(m + 1).ok()?;
    cx.relative(i + 1, Precision::Month, false, |p| {
        calendar::month_by_tense(p, m, future)
    })
}

/// "w nocy z niedzieli na poniedziałek": the two days.
pub(crate) fn night(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    if !(cx.is(i, "w") && cx.is(i + 1, "nocy") && cx.is_any(i + 2, &["z", "ze"])) {
        return None;
    }
    // "w nocy z 3 na 4 listopada": the evening before and the day named.
    if let (Some(d), true) = (cx.day(i + 3), cx.is(i + 4, "na")) {
        let to = day_month(cx, i + 5)?;
        let start = match to.start_date {
            Some(s) => Some(calendar::shift(s, Unit::Day, -1).filter(|e| e.day() == d)?),
            None => None,
        };
        return Some(Hit {
            start_date: start,
            precision: Precision::Range,
            ..to
        });
    }
    cx.low(i + 3).and_then(pl_weekday_gen)?;
    if !cx.is(i + 4, "na") {
        return None;
    }
    let wd = cx.low(i + 5).and_then(pl_weekday_acc)?;
    let which = if cx.future() {
        Which::OnOrAfter
    } else {
        Which::OnOrBefore
    };
    cx.relative(i + 6, Precision::Range, false, |p| {
        let d = calendar::weekday(p, wd, which)?;
        Some((calendar::shift(d, Unit::Day, -1)?, d))
    })
}

/// "na początku / w połowie / pod koniec / w pierwszej połowie" + month, year, week, decade or
/// century.
pub(crate) fn part(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let (j, part) = match (cx.low(i)?, cx.low(i + 1).unwrap_or("")) {
        ("na", "początku") | ("z", "początkiem") => (i + 2, Part::Start),
        ("początkiem", _) => (i + 1, Part::Start),
        ("w", "połowie") => (i + 2, Part::Middle),
        ("w", "pierwszej") if cx.is(i + 2, "połowie") => (i + 3, Part::FirstHalf),
        ("w", "drugiej") if cx.is(i + 2, "połowie") => (i + 3, Part::SecondHalf),
        ("pod", "koniec") | ("z", "końcem") | ("na", "koniec") | ("do", "końca") => {
            (i + 2, Part::End)
        }
        ("od", "początku") | ("do", "początku") => (i + 2, Part::Start),
        ("od" | "do", "połowy") => (i + 2, Part::Middle),
        ("od", "końca") => (i + 2, Part::End),
        ("końcem", _) => (i + 1, Part::End),
        ("w", "pierwszym") if cx.is(i + 2, "tygodniu") => (i + 3, Part::FirstWeek),
        ("w", "ostatnim") if cx.is(i + 2, "tygodniu") => (i + 3, Part::LastWeek),
        ("w", "pierwszych") if cx.is(i + 2, "dniach") => (i + 3, Part::Start),
        ("w", "pierwszych") if cx.is(i + 2, "tygodniach") => (i + 3, Part::FirstHalf),
        ("w", "ostatnich") if cx.is(i + 2, "dniach") => (i + 3, Part::End),
        ("w", "ostatnich") if cx.is(i + 2, "tygodniach") => (i + 3, Part::SecondHalf),
        _ => return None,
    };
    // month [year]
    if let Some(m) = cx.low(j).and_then(pl_month_gen) {
        return match year_part(cx, j + 1) {
            Some((end, YearSpec::Absolute(y))) => {
                let span = calendar::part_of_month(calendar::month_span(y, m)?, part)?;
                Some(cx.absolute(end, span, Precision::Range))
            }
            Some((end, spec)) => cx.relative(end, Precision::Range, false, |p| {
                let y = spec.resolve(Some(p))?;
                calendar::part_of_month(calendar::month_span(y, m)?, part)
            }),
            None => {
                let future = cx.future();
                cx.relative(j + 1, Precision::Range, false, |p| {
                    calendar::part_of_month(calendar::month_by_tense(p, m, future)?, part)
                })
            }
        };
    }
    // "2022 r."
    if let Some(y) = cx.year4(j) {
        let end = year_suffix(cx, j + 1).unwrap_or(j + 1);
        return Some(cx.absolute(end, calendar::part_of_year(y, part)?, Precision::Range));
    }
    // "roku [2022]", "ubiegłego roku", "tego miesiąca", "tygodnia"
    let (offset, k) = rel_adj(cx, j).unwrap_or((0, j));
    let mut end = k + 1;
    let unit = match cx.low(k)? {
        "roku" if !school_year(cx, k + 1) => Unit::Year,
        // "ub.r.": the abbreviated "ubiegłego roku"
        "r" if k == j + 2 && offset < 0 => {
            if cx.punct(k + 1, '.') {
                end = k + 2;
            }
            Unit::Year
        }
        "miesiąca" => Unit::Month,
        "tygodnia" => Unit::Week,
        "wieku" | "stulecia" => return None,
        "lat" => {
            return decade_at(cx, k + 1).and_then(|(end, first, last)| {
                let span = calendar::part_of_years(first, last, part)?;
                Some(cx.absolute(end, span, Precision::Range))
            })
        }
        _ => {
            return century_at(cx, j).and_then(|(end, first, last)| {
                let span = calendar::part_of_years(first, last, part)?;
                Some(cx.absolute(end, span, Precision::Range))
            })
        }
    };
    if unit == Unit::Year && k == j {
        if let Some(y) = cx.year4(k + 1) {
            let span = calendar::part_of_year(y, part)?;
            return Some(cx.absolute(k + 2, span, Precision::Range));
        }
    }
    let tense = cx.tense;
    let explicit = k != j;
    cx.relative(end, Precision::Range, offset > 0, |p| {
        let part_at = |n: i64| {
            let whole = calendar::grain(calendar::shift(p, unit, n)?, unit)?;
            calendar::part_of(whole, unit, part)
        };
        let span = part_at(offset)?;
        // A bare "pod koniec roku" in a past sentence published in January is last year's
        // end; "na początku roku" in a future one published in December is next year's.
        Some(match tense {
            TenseHint::Past if !explicit && span.0 > p => part_at(-1)?,
            TenseHint::Future if !explicit && span.1 < p => part_at(1)?,
            _ => span,
        })
    })
}

/// "w lipcu", "w lipcu 2022 r.", "w lipcu ubiegłego roku", "od lipca", "lipiec 2022",
/// "do lipca". A bare month word ("Maja", "Marzec") is never a date on its own.
pub(crate) fn month(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    const GEN_PREPS: &[&str] = &["od", "do", "z", "ze", "około", "połowy"];
    let reference_only = cx.prev_is_any(i, BEFORE_AFTER);
    let (m_at, m, guarded, since) = if cx.is_any(i, &["w", "we"]) {
        (i + 1, cx.low(i + 1).and_then(pl_month_loc)?, true, false)
    } else if cx.is(i, "od") {
        (i + 1, cx.low(i + 1).and_then(pl_month_gen)?, true, true)
    } else {
        let w = cx.low(i)?;
        match pl_month_gen(w) {
            Some(m) if cx.prev_is_any(i, GEN_PREPS) => (i, m, true, false),
            _ => (i, pl_month_any(w)?, false, false),
        }
    };
    let span = match year_part(cx, m_at + 1) {
        Some((end, YearSpec::Absolute(y))) => {
            cx.absolute(end, calendar::month_span(y, m)?, Precision::Month)
        }
        Some((end, spec)) => cx.relative(end, Precision::Month, false, |p| {
            calendar::month_span(spec.resolve(Some(p))?, m)
        })?,
        None if guarded => {
            // "do października" is a deadline: forwards unless the verb says otherwise.
            let future =
                cx.future() || (cx.tense == TenseHint::Unknown && cx.prev_is_any(m_at, &["do"]));
            cx.relative(m_at + 1, Precision::Month, false, |p| {
                calendar::month_by_tense(p, m, future)
            })?
            .yearless()
        }
        None => return None,
    };
    Some(if since {
        cx.since(span)
    } else if reference_only {
        span.suppressed()
    } else {
        span
    })
}

/// "w 2019 r.", "w 2019 roku", "w roku 2019", "2019 r.", "od 2014 r.", "od 2014 do 2016 r.".
pub(crate) fn year(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    #[derive(PartialEq)]
    enum Lead {
        In,
        Since,
        Noun,
        Bare,
    }
    let (j, lead) = if cx.is_any(i, &["w", "we"]) {
        if cx.is(i + 1, "roku") {
            (i + 2, Lead::Noun)
        } else {
            (i + 1, Lead::In)
        }
    } else if cx.is(i, "od") {
        (i + 1, Lead::Since)
    } else if cx.is_any(i, &["roku", "rok"]) {
        (i + 1, Lead::Noun)
    } else {
        (i, Lead::Bare)
    };
    let y = cx.year4(j)?;
    // "w 2016 i 2017 roku", "w latach 2014–2016": one range.
    if lead != Lead::Since && (cx.dash(j + 1) || cx.is_any(j + 1, &["i", "oraz"])) {
        if let Some(y2) = cx.year4(j + 2).filter(|&y2| y2 > y) {
            let suffix = year_suffix(cx, j + 3);
            if suffix.is_some() || lead != Lead::Bare {
                let end = suffix.unwrap_or(j + 3);
                return Some(cx.absolute(end, calendar::years_span(y, y2)?, Precision::Range));
            }
        }
    }
    let suffix = year_suffix(cx, j + 1);
    let end = suffix.unwrap_or(j + 1);
    match lead {
        // A bare number is a year only with "r."/"roku" after it.
        Lead::Bare if suffix.is_none() => return None,
        // "po 2020 r.", "przed 2014 r.": a reference point, not the event's year.
        Lead::Bare if cx.prev_is_any(i, BEFORE_AFTER) => {
            return Some(
                cx.absolute(end, calendar::year_span(y)?, Precision::Year)
                    .suppressed(),
            )
        }
        // "w 1500 miejscach": without "r." only plausible modern years.
        Lead::In if suffix.is_none() && !(1900..=2099).contains(&y) => return None,
        _ => {}
    }
    if lead == Lead::Since {
        // "od 2014 do 2016 r."
        if cx.is(end, "do") {
            if let Some(y2) = cx.year4(end + 1).filter(|&y2| y2 >= y) {
                let end2 = year_suffix(cx, end + 2).unwrap_or(end + 2);
                return Some(cx.absolute(end2, calendar::years_span(y, y2)?, Precision::Range));
            }
        }
        let whole = cx.absolute(end, calendar::year_span(y)?, Precision::Year);
        return Some(cx.since(whole));
    }
    Some(cx.absolute(end, calendar::year_span(y)?, Precision::Year))
}

/// "lat 90." / "latach 90. XX wieku" / "latach dziewięćdziesiątych" / "latach 2014-2016",
/// starting at the number; returns (end, first year, last year).
fn decade_at(cx: &Cx<'_>, j: usize) -> Option<(usize, i64, i64)> {
    if let Some(y1) = cx.year4(j) {
        if cx.dash(j + 1) {
            let y2 = cx.year4(j + 2).filter(|&y2| y2 >= y1)?;
            let end = year_suffix(cx, j + 3).unwrap_or(j + 3);
            return Some((end, y1, y2));
        }
    }
    let (tens, mut k) = if let Some(w) = cx.low(j).and_then(pl_decade_word) {
        (w, j + 1)
    } else {
        let (len, n) = cx.digits(j)?;
        let n = i64::from(cx.num(j).filter(|_| n % 10 == 0)?);
        if len != 2 && len != 4 {
            return None;
        }
        let k = if cx.punct(j + 1, '.') && cx.touching(j) {
            j + 2
        } else if cx.dash(j + 1) && cx.is_any(j + 2, &["tych", "ych", "te", "ch"]) {
            j + 3
        } else {
            return None;
        };
        (n, k)
    };
    let base = if tens >= 1000 {
        tens
    } else if let Some((end, first, _)) = century_at(cx, k) {
        k = end;
        first - 1 + tens
    } else {
        1900 + tens
    };
    Some((k, base, base + 9))
}

/// "w latach 90.", "z lat 80. XX wieku", "w latach 2014-2016".
pub(crate) fn decade(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let mut j = i;
    if cx.is_any(j, &["w", "we", "z", "ze", "od", "do"]) {
        j += 1;
    }
    if !cx.is_any(j, &["latach", "lata", "lat", "latami"]) {
        return None;
    }
    let (end, first, last) = decade_at(cx, j + 1)?;
    Some(cx.absolute(end, calendar::years_span(first, last)?, Precision::Range))
}

/// "XX wieku", "XXI w.", starting at the numeral; returns (end, first year, last year). A
/// century runs from its year 1 to its year 100 (XX: 1901-2000), as Polish usage has it.
fn century_at(cx: &Cx<'_>, j: usize) -> Option<(usize, i64, i64)> {
    let c = roman(cx.raw(j)?)?;
    let end = if cx.is_any(j + 1, &["wieku", "wiek", "wiekiem", "stulecia", "stuleciu"]) {
        j + 2
    } else if cx.is(j + 1, "w") && cx.punct(j + 2, '.') {
        j + 3
    } else {
        return None;
    };
    Some((end, (c - 1) * 100 + 1, c * 100))
}

/// "w XX wieku", "XXI w.".
pub(crate) fn century(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let j = if cx.is_any(i, &["w", "we", "z", "ze", "od", "do"]) {
        i + 1
    } else {
        i
    };
    let (end, first, last) = century_at(cx, j)?;
    Some(cx.absolute(end, calendar::years_span(first, last)?, Precision::Range))
}

/// "wczoraj", "przedwczoraj", "dziś", "dzisiaj", "jutro", "pojutrze", "wczorajszy ...",
/// "dzień wcześniej", "poprzedniego dnia".
pub(crate) fn deictic(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let w = cx.low(i)?;
    // "do dziś", "po dziś dzień": up to now, not a day something happened.
    if matches!(w, "dziś" | "dzisiaj") && cx.prev_is_any(i, &["do", "po"]) {
        return None;
    }
    // "o jeden dzień wcześniej": a difference between two dates, not a date.
    if w == "dzień" && (cx.prev_is_any(i, &["o", "jeden"]) || i > 0 && cx.digits(i - 1).is_some())
    {
        return None;
    }
    let (days, end) = match w {
        "wczoraj" => (-1, i + 1),
        "przedwczoraj" => (-2, i + 1),
        "dziś" | "dzisiaj" => (0, i + 1),
        "jutro" => (1, i + 1),
        "pojutrze" => (2, i + 1),
        "dzień" if cx.is_any(i + 1, &["wcześniej", "przedtem"]) => (-1, i + 2),
        "poprzedniego" if cx.is(i + 1, "dnia") => (-1, i + 2),
        "minionej" | "ubiegłej" | "zeszłej" | "ostatniej" if cx.is(i + 1, "nocy") => (-1, i + 2),
        _ if w.starts_with("przedwczorajsz") => (-2, i + 1),
        _ if w.starts_with("wczorajsz") => (-1, i + 1),
        _ if w.starts_with("jutrzejsz") => (1, i + 1),
        _ => return None,
    };
    cx.relative(end, Precision::Day, days > 0, |p| {
        let d = calendar::shift(p, Unit::Day, days)?;
        Some((d, d))
    })
}

/// A count and a unit: "dwa dni", "kilka tygodni", "tydzień", "pół roku", "półtora roku".
fn count_unit(cx: &Cx<'_>, i: usize) -> Option<(usize, Unit, Count)> {
    match cx.low(i) {
        Some("pół") if cx.is(i + 1, "roku") => {
            return Some((i + 2, Unit::Month, Count::exact(6)))
        }
        Some("półtora") if cx.is(i + 1, "roku") => {
            return Some((i + 2, Unit::Month, Count::exact(18)))
        }
        // "dekadę temu": ten years
        Some("dekadę") => return Some((i + 1, Unit::Year, Count::exact(10))),
        Some(w) => {
            if let Some(u) = pl_unit_one(w) {
                return Some((i + 1, u, Count::exact(1)));
            }
        }
        None => {}
    }
    let count = match cx.low(i) {
        Some(w) => pl_number(w)?,
        None => Count::exact(i64::from(cx.num(i)?)),
    };
    if cx.is_any(i + 1, &["dekady", "dekad", "dekadami", "dekadach"]) {
        let years = Count {
            lo: count.lo.checked_mul(10)?,
            hi: count.hi.checked_mul(10)?,
        };
        return Some((i + 2, Unit::Year, years));
    }
    let unit = cx.low(i + 1).and_then(pl_unit)?;
    Some((i + 2, unit, count))
}

/// `count` units before (`sign` -1) or after (+1) publication, at the unit's grain; a vague
/// count gives the range between its ends.
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

/// "dwa dni temu", "tydzień temu", "kilka lat temu", "przed tygodniem", "przed dwoma laty".
pub(crate) fn ago(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    if cx.is(i, "przed") {
        let (j, unit, count) = count_unit(cx, i + 1)?;
        // "przed rokiem 2014" is "before the year 2014"; "przed dniem" is no date at all.
        if cx.year4(j).is_some() || cx.is(i + 1, "dzień") {
            return None;
        }
        return shifted(cx, j, unit, count, -1);
    }
    let (j, unit, count) = count_unit(cx, i)?;
    if !cx.is(j, "temu") {
        return None;
    }
    shifted(cx, j + 1, unit, count, -1)
}

/// "za tydzień", "za dwa dni", "za kilka miesięcy".
pub(crate) fn within(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    if !cx.is(i, "za") {
        return None;
    }
    // "38 zł za godzinę", "100 euro za dzień": a price per unit, not a date.
    const MONEY: &[&str] = &[
        "zł", "złotych", "złote", "złoty", "euro", "dolarów", "dolary", "funtów", "funty", "usd",
        "eur", "pln", "gr", "groszy",
    ];
    let before = if i >= 2 && cx.punct(i - 1, '.') {
        i - 1
    } else {
        i
    };
    if before > 0 && (cx.digits(before - 1).is_some() || cx.is_any(before - 1, MONEY)) {
        return None;
    }
    let (j, unit, count) = count_unit(cx, i + 1)?;
    // "za rok 2022" is "for the year 2022".
    if cx.year4(j).is_some() {
        return None;
    }
    shifted(cx, j, unit, count, 1)
}

/// "od dwóch lat", "od kilku dni": a span reaching back to publication.
pub(crate) fn since_duration(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    if !cx.is(i, "od") {
        return None;
    }
    let (j, unit, count) = count_unit(cx, i + 1)?;
    // "osoby od 16 lat wzwyż", "od 5 lat życia": an age, not a time span.
    if cx.is_any(j, &["wzwyż", "życia"])
        || cx.prev_is_any(
            i,
            &["osoby", "osób", "dzieci", "dziecka", "wieku", "młodzież"],
        )
    {
        return None;
    }
    cx.relative(j, Precision::Range, false, |p| {
        Some((calendar::shift(p, unit, -count.hi)?, p))
    })
}

/// "w ubiegłym roku", "w tym miesiącu", "w przyszłym tygodniu", "ubiegłego roku".
pub(crate) fn relative_period(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let lead = cx.is_any(i, &["w", "we"]);
    let j = if lead { i + 1 } else { i };
    // "w br." (bieżącego roku): only after "w", since "br." alone abbreviates other words.
    if lead && cx.is(j, "br") && cx.punct(j + 1, '.') {
        return cx.relative(j + 2, Precision::Year, false, |p| {
            calendar::grain(p, Unit::Year)
        });
    }
    let (offset, k) = rel_adj(cx, j)?;
    let (unit, end) = match cx.low(k)? {
        "roku" | "rok" if !school_year(cx, k + 1) => (Unit::Year, k + 1),
        // "ub.r.": the abbreviated "ubiegłego roku"
        "r" if k == j + 2 => (Unit::Year, if cx.punct(k + 1, '.') { k + 2 } else { k + 1 }),
        "miesiącu" | "miesiąca" | "miesiąc" => (Unit::Month, k + 1),
        "tygodniu" | "tygodnia" | "tydzień" => (Unit::Week, k + 1),
        _ => return None,
    };
    cx.relative(end, unit.precision(), offset > 0, |p| {
        calendar::grain(calendar::shift(p, unit, offset)?, unit)
    })
}

/// "w ostatnich dniach", "w najbliższych dniach", "w ciągu ostatnich dwóch lat",
/// "przez ostatnie lata", "w ostatnim czasie", "ostatnimi czasy".
pub(crate) fn recent(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let mut j = i;
    if cx.is_any(j, &["w", "we"]) {
        j += if cx.is(j + 1, "ciągu") { 2 } else { 1 };
    } else if cx.is(j, "przez") {
        j += 1;
    } else if cx.is(j, "na") && cx.is(j + 1, "przestrzeni") {
        j += 2;
    }
    let adj = cx.low(j)?;
    let dir = match adj {
        "ostatnich" | "ostatnie" | "ostatnim" | "minionych" | "minione" | "ubiegłych"
        | "poprzednich" => -1,
        "najbliższych" | "najbliższe" | "najbliższym" | "nadchodzących" | "nadchodzące" => 1,
        // In a past-tense sentence "w kolejnych latach" follows the story, not publication.
        "kolejnych" | "kolejne" | "następnych" | "następne"
            if cx.tense != crate::TenseHint::Past =>
        {
            1
        }
        "ostatnimi" if cx.is(j + 1, "czasy") => {
            return cx.relative(j + 2, Precision::Range, false, |p| {
                Some((calendar::shift(p, Unit::Month, -1)?, p))
            })
        }
        _ => return None,
    };
    j += 1;
    if matches!(adj, "ostatnim" | "najbliższym") && cx.is(j, "czasie") {
        return cx.relative(j + 1, Precision::Range, dir > 0, |p| {
            let other = calendar::shift(p, Unit::Month, dir)?;
            Some((other.min(p), other.max(p)))
        });
    }
    let (count, k) = match cx.low(j).and_then(pl_number) {
        Some(c) => (Some(c), j + 1),
        None => match cx.num(j) {
            Some(n) => (Some(Count::exact(i64::from(n))), j + 1),
            None => (None, j),
        },
    };
    let word = cx.low(k)?;
    let unit = pl_unit(word)?;
    let singular = matches!(word, "dniu" | "tygodniu" | "miesiącu" | "roku" | "dobie");
    let (unit, amount) = match count {
        Some(c) => (unit, c.hi),
        None if singular => (unit, 1),
        None => unit.default_reach(),
    };
    cx.relative(k + 1, Precision::Range, dir > 0, |p| {
        let other = calendar::shift(p, unit, dir * amount)?;
        Some((other.min(p), other.max(p)))
    })
}

/// "w weekend", "w miniony weekend", "podczas ostatniego weekendu", "w najbliższy weekend".
pub(crate) fn weekend(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let lead = cx.is_any(i, &["w", "we", "przez", "podczas"]);
    let mut j = if lead { i + 1 } else { i };
    let which = match cx.low(j)? {
        "ubiegły" | "zeszły" | "miniony" | "ostatni" | "ubiegłego" | "zeszłego" | "minionego"
        | "ostatniego" => Some(Which::Before),
        "przyszły" | "najbliższy" | "nadchodzący" | "przyszłego" | "najbliższego"
        | "nadchodzącego" => Some(Which::After),
        "ten" | "tego" => Some(Which::ThisWeek),
        _ => None,
    };
    if which.is_some() {
        j += 1;
    }
    if !cx.is_any(j, &["weekend", "weekendu"]) || (!lead && which.is_none()) {
        return None;
    }
    let which = which.unwrap_or(if cx.future() {
        Which::OnOrAfter
    } else {
        Which::OnOrBefore
    });
    cx.relative(j + 1, Precision::Range, which == Which::After, |p| {
        calendar::weekend(p, which)
    })
}
