//! Closed word lists: month and weekday names in the inflected forms news uses, number words,
//! units. Plain `match` tables: they are short, compile to fast comparisons, and a reader sees
//! every form at a glance.

use jiff::civil::Weekday;

use crate::calendar::{Count, Unit};

/// Polish month forms, by month: nominative, genitive, locative, instrumental.
const PL_MONTHS: [[&str; 4]; 12] = [
    ["styczeń", "stycznia", "styczniu", "styczniem"],
    ["luty", "lutego", "lutym", "lutym"],
    ["marzec", "marca", "marcu", "marcem"],
    ["kwiecień", "kwietnia", "kwietniu", "kwietniem"],
    ["maj", "maja", "maju", "majem"],
    ["czerwiec", "czerwca", "czerwcu", "czerwcem"],
    ["lipiec", "lipca", "lipcu", "lipcem"],
    ["sierpień", "sierpnia", "sierpniu", "sierpniem"],
    ["wrzesień", "września", "wrześniu", "wrześniem"],
    [
        "październik",
        "października",
        "październiku",
        "październikiem",
    ],
    ["listopad", "listopada", "listopadzie", "listopadem"],
    ["grudzień", "grudnia", "grudniu", "grudniem"],
];

fn pl_month_case(word: &str, case: usize) -> Option<i8> {
    // Every month form starts with one of these letters; most words stop here.
    if !word.starts_with(['s', 'l', 'm', 'k', 'c', 'w', 'p', 'g']) {
        return None;
    }
    PL_MONTHS
        .iter()
        .position(|forms| forms[case] == word)
        .and_then(|i| i8::try_from(i + 1).ok())
}

/// Month from its genitive ("11 września", "od lipca").
pub(crate) fn pl_month_gen(word: &str) -> Option<i8> {
    pl_month_case(word, 1)
}

/// Month from its locative ("w lipcu").
pub(crate) fn pl_month_loc(word: &str) -> Option<i8> {
    pl_month_case(word, 2)
}

/// Month from any form ("lipiec 2022", "z lipca 2022 r.").
pub(crate) fn pl_month_any(word: &str) -> Option<i8> {
    (0..4).find_map(|case| pl_month_case(word, case))
}

/// Weekday from the accusative that follows "w"/"we" ("w środę", "we wtorek").
pub(crate) fn pl_weekday_acc(word: &str) -> Option<Weekday> {
    Some(match word {
        "poniedziałek" => Weekday::Monday,
        "wtorek" => Weekday::Tuesday,
        "środę" => Weekday::Wednesday,
        "czwartek" => Weekday::Thursday,
        "piątek" => Weekday::Friday,
        "sobotę" => Weekday::Saturday,
        "niedzielę" => Weekday::Sunday,
        _ => return None,
    })
}

/// Weekday from the genitive ("w nocy z niedzieli na poniedziałek").
pub(crate) fn pl_weekday_gen(word: &str) -> Option<Weekday> {
    Some(match word {
        "poniedziałku" => Weekday::Monday,
        "wtorku" => Weekday::Tuesday,
        "środy" => Weekday::Wednesday,
        "czwartku" => Weekday::Thursday,
        "piątku" => Weekday::Friday,
        "soboty" => Weekday::Saturday,
        "niedzieli" => Weekday::Sunday,
        _ => return None,
    })
}

/// Polish number words in every case; vague quantifiers give ranges. "kilka" is 2..=9
/// (a few, fewer than ten), "kilkanaście" 11..=19, "parę" 2..=5.
pub(crate) fn pl_number(word: &str) -> Option<Count> {
    let n = match word {
        "jeden" | "jedna" | "jedno" | "jednego" | "jednej" | "jednym" | "jedną" => 1,
        "dwa" | "dwie" | "dwóch" | "dwu" | "dwoma" | "dwiema" => 2,
        "trzy" | "trzech" | "trzema" => 3,
        "cztery" | "czterech" | "czterema" => 4,
        "pięć" | "pięciu" | "pięcioma" => 5,
        "sześć" | "sześciu" | "sześcioma" => 6,
        "siedem" | "siedmiu" | "siedmioma" => 7,
        "osiem" | "ośmiu" | "ośmioma" => 8,
        "dziewięć" | "dziewięciu" | "dziewięcioma" => 9,
        "dziesięć" | "dziesięciu" | "dziesięcioma" => 10,
        "jedenaście" | "jedenastu" => 11,
        "dwanaście" | "dwunastu" => 12,
        "trzynaście" | "trzynastu" => 13,
        "czternaście" | "czternastu" => 14,
        "piętnaście" | "piętnastu" => 15,
        "szesnaście" | "szesnastu" => 16,
        "siedemnaście" | "siedemnastu" => 17,
        "osiemnaście" | "osiemnastu" => 18,
        "dziewiętnaście" | "dziewiętnastu" => 19,
        "dwadzieścia" | "dwudziestu" => 20,
        "trzydzieści" | "trzydziestu" => 30,
        "kilka" | "kilku" | "kilkoma" => return Some(Count { lo: 2, hi: 9 }),
        "kilkanaście" | "kilkunastu" => return Some(Count { lo: 11, hi: 19 }),
        "parę" | "paru" | "paroma" => return Some(Count { lo: 2, hi: 5 }),
        _ => return None,
    };
    Some(Count::exact(n))
}

/// Polish unit nouns in every case and number.
pub(crate) fn pl_unit(word: &str) -> Option<Unit> {
    Some(match word {
        "godzina" | "godziny" | "godzin" | "godzinę" | "godzinami" | "godzinach" | "godzinie"
        | "godzinom" | "godziną" => Unit::Hour,
        "dzień" | "dnia" | "dni" | "dniu" | "dniach" | "dniami" | "dniom" | "doba" | "doby"
        | "dób" | "dobę" | "dobami" | "dobach" => Unit::Day,
        "tydzień" | "tygodnia" | "tygodnie" | "tygodni" | "tygodniu" | "tygodniach"
        | "tygodniami" | "tygodniem" | "tygodniom" => Unit::Week,
        "miesiąc" | "miesiąca" | "miesiące" | "miesięcy" | "miesiącu" | "miesiącach"
        | "miesiącami" | "miesiącem" | "miesiącom" => Unit::Month,
        "rok" | "roku" | "lata" | "lat" | "latach" | "latami" | "laty" | "rokiem" | "latom" => {
            Unit::Year
        }
        _ => return None,
    })
}

/// Singular unit forms that mean "one unit" with no number: "tydzień temu", "przed rokiem",
/// "za miesiąc".
pub(crate) fn pl_unit_one(word: &str) -> Option<Unit> {
    Some(match word {
        "godzinę" | "godziną" => Unit::Hour,
        "dzień" | "dobę" => Unit::Day,
        "tydzień" | "tygodniem" => Unit::Week,
        "miesiąc" | "miesiącem" => Unit::Month,
        "rok" | "rokiem" => Unit::Year,
        _ => return None,
    })
}

/// Decade adjectives: "w latach dziewięćdziesiątych".
pub(crate) fn pl_decade_word(word: &str) -> Option<i64> {
    Some(match word {
        "dwudziestych" | "dwudzieste" => 20,
        "trzydziestych" | "trzydzieste" => 30,
        "czterdziestych" | "czterdzieste" => 40,
        "pięćdziesiątych" | "pięćdziesiąte" => 50,
        "sześćdziesiątych" | "sześćdziesiąte" => 60,
        "siedemdziesiątych" | "siedemdziesiąte" => 70,
        "osiemdziesiątych" | "osiemdziesiąte" => 80,
        "dziewięćdziesiątych" | "dziewięćdziesiąte" => 90,
        _ => return None,
    })
}

/// Which way a Polish relative adjective points: "ubiegłym" -1, "tym" 0, "przyszłym" +1.
pub(crate) fn pl_relative_adj(word: &str) -> Option<i64> {
    Some(match word {
        "ubiegłym" | "zeszłym" | "poprzednim" | "minionym" | "ubiegłego" | "zeszłego"
        | "poprzedniego" | "minionego" | "ubiegły" | "zeszły" | "miniony" | "poprzedni" => -1,
        "tym" | "bieżącym" | "obecnym" | "tego" | "bieżącego" | "obecnego" | "bieżący"
        | "obecny" => 0,
        "przyszłym" | "następnym" | "przyszłego" | "następnego" | "przyszły" | "następny" => {
            1
        }
        _ => return None,
    })
}

/// English month names and the abbreviations news agencies use ("Sept."). Names are only
/// months when capitalised, which the caller checks ("may" is a verb).
pub(crate) fn en_month(word: &str) -> Option<(i8, bool)> {
    // (month, is_full_name): abbreviations need a day or a year next to them.
    Some(match word {
        "january" => (1, true),
        "february" => (2, true),
        "march" => (3, true),
        "april" => (4, true),
        "may" => (5, true),
        "june" => (6, true),
        "july" => (7, true),
        "august" => (8, true),
        "september" => (9, true),
        "october" => (10, true),
        "november" => (11, true),
        "december" => (12, true),
        "jan" => (1, false),
        "feb" => (2, false),
        "mar" => (3, false),
        "apr" => (4, false),
        "jun" => (6, false),
        "jul" => (7, false),
        "aug" => (8, false),
        "sep" | "sept" => (9, false),
        "oct" => (10, false),
        "nov" => (11, false),
        "dec" => (12, false),
        _ => return None,
    })
}

/// English weekday names (capitalised in running text, which the caller checks).
pub(crate) fn en_weekday(word: &str) -> Option<Weekday> {
    Some(match word {
        "monday" => Weekday::Monday,
        "tuesday" => Weekday::Tuesday,
        "wednesday" => Weekday::Wednesday,
        "thursday" => Weekday::Thursday,
        "friday" => Weekday::Friday,
        "saturday" => Weekday::Saturday,
        "sunday" => Weekday::Sunday,
        _ => return None,
    })
}

/// English number words (the vague ones are handled with their article by the caller).
pub(crate) fn en_number(word: &str) -> Option<Count> {
    let n = match word {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "fifteen" => 15,
        "twenty" => 20,
        "thirty" => 30,
        "several" => return Some(Count { lo: 3, hi: 9 }),
        "few" => return Some(Count { lo: 2, hi: 5 }),
        _ => return None,
    };
    Some(Count::exact(n))
}

/// English unit nouns.
pub(crate) fn en_unit(word: &str) -> Option<Unit> {
    Some(match word {
        "hour" | "hours" => Unit::Hour,
        "day" | "days" => Unit::Day,
        "week" | "weeks" => Unit::Week,
        "month" | "months" => Unit::Month,
        "year" | "years" => Unit::Year,
        _ => return None,
    })
}

/// Whether any Polish rule can start at a word (numbers always can). Scanning skips other
/// words, which is most of them; `tests::the_start_filter_loses_nothing` checks this list
/// against running every rule everywhere.
pub(crate) fn pl_may_start(word: &str, raw: &str) -> bool {
    // A `match` rather than a list scan: this runs on every word of every article.
    let exact = matches!(
        word,
        "w" | "we"
            | "od"
            | "do"
            | "na"
            | "z"
            | "ze"
            | "za"
            | "pod"
            | "przed"
            | "przez"
            | "podczas"
            | "między"
            | "pomiędzy"
            | "początkiem"
            | "końcem"
            | "roku"
            | "rok"
            | "latach"
            | "lata"
            | "lat"
            | "latami"
            | "wczoraj"
            | "przedwczoraj"
            | "dziś"
            | "dzisiaj"
            | "jutro"
            | "pojutrze"
            | "dzień"
            | "poprzedniego"
            | "minionej"
            | "ubiegłej"
            | "zeszłej"
            | "ostatniej"
            | "pół"
            | "półtora"
            | "ub"
            | "ostatnich"
            | "ostatnie"
            | "ostatnim"
            | "ostatnimi"
            | "minionych"
            | "minione"
            | "ubiegłych"
            | "poprzednich"
            | "najbliższych"
            | "najbliższe"
            | "najbliższym"
            | "nadchodzących"
            | "nadchodzące"
            | "kolejnych"
            | "kolejne"
            | "następnych"
            | "następne"
            | "ostatni"
            | "ostatniego"
            | "najbliższy"
            | "najbliższego"
            | "nadchodzący"
            | "nadchodzącego"
            | "ten"
            | "pierwszym"
            | "pierwszego"
            | "pierwszy"
            | "drugim"
            | "drugiego"
            | "drugi"
            | "trzecim"
            | "trzeciego"
            | "trzeci"
            | "czwartym"
            | "czwartego"
            | "czwarty"
            | "dekadę"
            | "latem"
            | "zimą"
            | "wiosną"
            | "jesienią"
            | "tego"
            | "tej"
            | "tym"
            | "bieżącego"
            | "minionego"
            | "przyszłego"
            | "przyszłej"
            | "następnego"
            | "następnej"
            | "nadchodzącej"
    );
    const PREFIXES: &[&str] = &[
        "wczorajsz",
        "przedwczorajsz",
        "jutrzejsz",
        "poniedziałkow",
        "wtorkow",
        "środow",
        "czwartkow",
        "piątkow",
        "sobotn",
        "niedzieln",
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
    exact
        || pl_relative_adj(word).is_some()
        || pl_number(word).is_some()
        || pl_unit_one(word).is_some()
        || pl_month_any(word).is_some()
        || PREFIXES.iter().any(|p| word.starts_with(p))
        || (raw.starts_with(['I', 'V', 'X']) && crate::scan::roman(raw).is_some())
}

/// Whether any English rule can start at a word (numbers always can).
pub(crate) fn en_may_start(word: &str) -> bool {
    matches!(
        word,
        "on" | "the"
            | "in"
            | "by"
            | "at"
            | "early"
            | "mid"
            | "late"
            | "since"
            | "until"
            | "till"
            | "during"
            | "through"
            | "from"
            | "between"
            | "last"
            | "next"
            | "this"
            | "past"
            | "a"
            | "an"
            | "yesterday"
            | "today"
            | "tonight"
            | "tomorrow"
            | "earlier"
            | "later"
            | "over"
            | "within"
            | "for"
            | "recent"
            | "coming"
            | "q"
            | "first"
            | "second"
            | "third"
            | "fourth"
    ) || en_month(word).is_some()
        || en_weekday(word).is_some()
        || en_number(word).is_some()
}
