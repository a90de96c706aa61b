//! Who is who: the actor lexicon (countries, places, organisations, media, office holders, role
//! nouns) and the entity recogniser.
//!
//! The lexicon is human-editable text under `lexicons/` (see `lexicons/README.md`), compiled in
//! with `include_str!` and validated when a [`Recogniser`] is built; errors name file and line.
//! Identities are language-neutral — a person or a state is one record with names in every
//! language and offices with dates — so the same lexicon serves the Polish and the English
//! coder, and an actor's CAMEO code is the office it held on the event date.
//!
//! The recogniser matches lexicon names on lemmas from the SGJP analyser (so inflection comes
//! from morphology, not from lists of endings), finds names outside the lexicon from
//! capitalisation and SGJP name classes, and composes role phrases ("prezydent Rosji",
//! "rosyjska armia", "reżim w Pjongjangu") into CAMEO composite codes.
#![warn(missing_docs)]

pub mod lexicon;
mod recognise;
pub mod source;

pub use lexicon::{Category, Entity, EntityKind, Lexicon, Office, Place, Role};
pub use recognise::{to_actor, Mention, Recogniser};

/// Errors loading the actor lexicon.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A lexicon source line is wrong.
    #[error("{file}:{line}: {message}")]
    Source {
        /// Source file.
        file: String,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Crate result type.
pub type Result<T> = std::result::Result<T, Error>;
