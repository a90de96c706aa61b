//! The types that cross stage boundaries: an [`Article`] goes in, [`Event`]s come out.
//!
//! [`Event`] and [`Actor`] serialise exactly as `docs/contract.md` (the `dyad extract` JSON Lines
//! format) says; outside tools read that format, so fields are only ever added, never renamed.
#![warn(missing_docs)]

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// A language dyad codes natively.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Polish.
    Pl,
    /// English.
    En,
}

impl Lang {
    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Pl => "pl",
            Lang::En => "en",
        }
    }

    /// Parses an ISO 639-1 code (`pl`, `en`), case-insensitively.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "pl" | "pol" | "polish" => Some(Lang::Pl),
            "en" | "eng" | "english" => Some(Lang::En),
            _ => None,
        }
    }
}

/// One news article as read from any source.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Document id: given by the source, else the file name.
    pub id: String,
    /// Where the article was published, when known.
    pub url: Option<String>,
    /// Publication date: anchors relative dates.
    pub published: Option<Date>,
    /// Headline, when the source has one apart from the text.
    pub title: Option<String>,
    /// Outlet (site or agency), when known.
    pub outlet: Option<String>,
    /// Language, when declared by the source; detected otherwise.
    pub lang: Option<Lang>,
    /// The article text (UTF-8). Evidence offsets are byte offsets into this.
    pub text: String,
}

/// An actor as it appears in an event (`docs/contract.md`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Actor {
    /// The words in the article.
    pub text: String,
    /// Canonical English name (or the base form when the actor is unknown to the lexicon).
    pub name: String,
    /// CAMEO actor code valid on the event date, e.g. `PRKGOV`, `RUS`.
    pub actor: Option<String>,
    /// ISO 3166-1 alpha-3 country, when the actor belongs to one.
    pub country: Option<String>,
    /// Role code (`GOV`, `MIL`, `MED`, ...), when there is one.
    pub role: Option<String>,
}

/// The evidence of an event: the sentence it was coded from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// Byte offset of the sentence start in the document text.
    pub start: usize,
    /// Byte offset one past the sentence end.
    pub end: usize,
    /// The sentence.
    pub text: String,
}

/// How an event is stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Stated as fact.
    Asserted,
    /// Future or intended.
    Planned,
    /// Depends on a condition ("if ...").
    Conditional,
    /// Possible ("could", "might").
    Hypothetical,
    /// Did not happen / was not seen to.
    Negated,
    /// Accused of, said to.
    Alleged,
}

impl Mode {
    /// The contract's name for the mode.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Asserted => "asserted",
            Mode::Planned => "planned",
            Mode::Conditional => "conditional",
            Mode::Hypothetical => "hypothetical",
            Mode::Negated => "negated",
            Mode::Alleged => "alleged",
        }
    }

    /// Parses the contract's name.
    pub fn parse(s: &str) -> Option<Mode> {
        Some(match s {
            "asserted" => Mode::Asserted,
            "planned" => Mode::Planned,
            "conditional" => Mode::Conditional,
            "hypothetical" => Mode::Hypothetical,
            "negated" => Mode::Negated,
            "alleged" => Mode::Alleged,
            _ => return None,
        })
    }
}

/// How precise a resolved date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// One day.
    Day,
    /// A calendar week or a seven-day span.
    Week,
    /// A calendar month.
    Month,
    /// A calendar year.
    Year,
    /// Any other span ("in the coming days", "in recent years").
    Range,
}

/// When an event happened (or is to happen), as resolved against the publication date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDate {
    /// First day (inclusive); `None` when the expression could not be anchored.
    pub start: Option<Date>,
    /// Last day (inclusive); `None` when the expression could not be anchored.
    pub end: Option<Date>,
    /// Precision of the span.
    pub precision: Precision,
    /// The words it came from; empty when inherited from the publication date.
    pub text: String,
    /// Where the date came from: `sentence` (an expression in the sentence), `context` (an
    /// earlier sentence's expression that still applies), or `published` (publication date).
    pub basis: DateBasis,
}

/// Where an event's date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateBasis {
    /// A date expression in the event's own sentence.
    Sentence,
    /// A date expression of an earlier sentence that still applies.
    Context,
    /// The publication date, for lack of anything better.
    Published,
}

/// Where an event took place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// The words in the article.
    pub text: String,
    /// English name.
    pub name: String,
    /// ISO 3166-1 alpha-3 country.
    pub country: Option<String>,
    /// Latitude, when known.
    pub lat: Option<f64>,
    /// Longitude, when known.
    pub lon: Option<f64>,
}

/// One coded event: one line of `dyad extract` output.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Document id.
    pub doc: String,
    /// 0-based sentence index in the document.
    pub sentence: usize,
    /// The sentence the event was coded from.
    pub evidence: Evidence,
    /// Who acts.
    pub source: Option<Actor>,
    /// Who is acted upon.
    pub target: Option<Actor>,
    /// CAMEO event code, e.g. `042`.
    pub cameo: String,
    /// PLOVER event type, e.g. `CONSULT`.
    pub plover: Option<String>,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
    /// Goldstein score of the code.
    pub goldstein: f64,
    /// How the event is stated.
    pub mode: Mode,
    /// When.
    pub date: Option<EventDate>,
    /// Who says so.
    pub reported_by: Option<Actor>,
    /// Where.
    pub location: Option<Location>,
    /// The lexicon entry or rule that produced the event.
    pub rule: String,
}

impl Event {
    /// The CAMEO root (first two digits).
    pub fn cameo_root(&self) -> &str {
        self.cameo.get(..2).unwrap_or(&self.cameo)
    }
}
