//! Query-string parameters: each one checked, and a bad one answered with a 400 that names it
//! and the value it had.

use dyad_model::Mode;
use dyad_store::{EventFilter, Period};
use jiff::civil::Date;

use crate::api::ApiError;

/// Events per page when `limit` is not given.
pub const DEFAULT_LIMIT: usize = 100;
/// The largest page.
pub const MAX_LIMIT: usize = 1000;
/// The longest `text` search (characters).
const MAX_TEXT: usize = 200;

/// Filter parameters shared by `/api/events` and `/api/series`.
pub const FILTER_PARAMS: &[&str] = &[
    "source", "target", "either", "cameo", "plover", "quad", "mode", "from", "to", "text",
];

/// The parameters of one request, by name; each name at most once.
pub struct Params(Vec<(String, String)>);

impl Params {
    /// Checks that every name is one of `known` (a typo is an error, not a silently ignored
    /// filter) and given once. Empty values count as absent: an HTML form sends empty fields.
    pub fn new(pairs: Vec<(String, String)>, known: &[&[&str]]) -> Result<Params, ApiError> {
        let mut seen: Vec<(String, String)> = Vec::with_capacity(pairs.len());
        for (name, value) in pairs {
            if !known.iter().any(|set| set.contains(&name.as_str())) {
                let mut all: Vec<&str> = known.iter().flat_map(|s| s.iter().copied()).collect();
                all.sort_unstable();
                return Err(ApiError::bad_request(format!(
                    "unknown parameter {name:?} (known: {})",
                    all.join(", ")
                )));
            }
            if seen.iter().any(|(n, _)| *n == name) {
                return Err(ApiError::bad_request(format!(
                    "parameter {name:?} is given more than once"
                )));
            }
            seen.push((name, value));
        }
        Ok(Params(seen))
    }

    /// The value of `name`, trimmed, when given and not empty.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }

    fn parse<T>(
        &self,
        name: &str,
        expected: &str,
        f: impl FnOnce(&str) -> Option<T>,
    ) -> Result<Option<T>, ApiError> {
        match self.get(name) {
            None => Ok(None),
            Some(v) => f(v).map(Some).ok_or_else(|| bad(name, v, expected)),
        }
    }

    /// A flag: `true`/`1`/`yes`/`on` or `false`/`0`/`no`/`off`; absent is false.
    pub fn flag(&self, name: &str) -> Result<bool, ApiError> {
        Ok(self
            .parse(name, "true or false", |v| {
                match v.to_ascii_lowercase().as_str() {
                    "true" | "1" | "yes" | "on" => Some(true),
                    "false" | "0" | "no" | "off" => Some(false),
                    _ => None,
                }
            })?
            .unwrap_or(false))
    }

    /// A count between `min` and `max`.
    pub fn count(&self, name: &str, min: usize, max: usize) -> Result<Option<usize>, ApiError> {
        let expected = format!("a whole number from {min} to {max}");
        self.parse(name, &expected, |v| {
            v.parse::<usize>().ok().filter(|n| (min..=max).contains(n))
        })
    }

    /// `by`: the period of a series (default month).
    pub fn period(&self) -> Result<Period, ApiError> {
        Ok(self
            .parse("by", "day, week or month", Period::parse)?
            .unwrap_or(Period::Month))
    }

    /// The store filter the filter parameters describe (no limit or offset).
    pub fn filter(&self) -> Result<EventFilter, ApiError> {
        let actor = |name: &str| {
            self.parse(name, "a country or actor code such as RUS or RUSGOV", |v| {
                (v.len() <= 32 && v.chars().all(|c| c.is_ascii_alphanumeric()))
                    .then(|| v.to_ascii_uppercase())
            })
        };
        let date = |name: &str| self.parse(name, "a date YYYY-MM-DD", |v| v.parse::<Date>().ok());
        let filter = EventFilter {
            source: actor("source")?,
            target: actor("target")?,
            either_direction: self.flag("either")?,
            cameo: self.parse(
                "cameo",
                "a CAMEO code or root of 2 to 4 digits, such as 04 or 042",
                |v| {
                    ((2..=4).contains(&v.len()) && v.chars().all(|c| c.is_ascii_digit()))
                        .then(|| v.to_owned())
                },
            )?,
            plover: self.parse("plover", "a PLOVER event type such as CONSULT", |v| {
                (v.len() <= 32 && v.chars().all(|c| c.is_ascii_alphabetic() || c == '_'))
                    .then(|| v.to_ascii_uppercase())
            })?,
            quad_class: self.parse("quad", "a quad class from 1 to 4", |v| {
                v.parse::<u8>().ok().filter(|q| (1..=4).contains(q))
            })?,
            mode: self.parse(
                "mode",
                "asserted, planned, conditional, hypothetical, negated or alleged",
                |v| Mode::parse(&v.to_ascii_lowercase()),
            )?,
            from: date("from")?,
            to: date("to")?,
            text: self.parse("text", &format!("at most {MAX_TEXT} characters"), |v| {
                (v.chars().count() <= MAX_TEXT).then(|| v.to_owned())
            })?,
            ..EventFilter::default()
        };
        Ok(filter)
    }
}

/// A 400 naming the parameter, its value and what was expected.
pub fn bad(name: &str, value: &str, expected: &str) -> ApiError {
    let shown: String = value.chars().take(80).collect();
    ApiError::bad_request(format!("parameter {name}={shown:?}: expected {expected}"))
}
