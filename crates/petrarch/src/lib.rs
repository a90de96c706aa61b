//! PETRARCH2's dictionaries, read in their own formats and converted into dyad's lexicons, and
//! PETRARCH2's unit-test suite as an evaluation of dyad's English coder.
//!
//! PETRARCH2 (Open Event Data Alliance, MIT) codes English news into CAMEO events from four
//! dictionaries: actors (names with dated codes), agents (role nouns), verbs (verb blocks with
//! patterns) and discards. The parsers here read them exactly as written, so a dictionary
//! maintained for PETRARCH2 keeps working; the converters turn them into dyad's structures:
//! an English [`dyad_lexicon::EventLexicon`] (a pattern's `$` before the verb is the subject,
//! `+` right after it the object, `(TO +)` a preposition slot, its words companions) and actor
//! and agent tables. The conversion is lossy where dyad has no counterpart (word order inside a
//! pattern, `^` skips): dyad matches lemmas anywhere in the clause instead.
#![warn(missing_docs)]

pub mod actors;
pub mod agents;
pub mod convert;
pub mod discards;
mod error;
pub mod generate;
pub mod lines;
pub mod records;
pub mod suite;
pub mod verbs;

pub use error::{read_file, Error, Result};
