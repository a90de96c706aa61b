//! Polish morphology over the compiled SGJP lexicon.
//!
//! SGJP (the Grammatical Dictionary of Polish, BSD-2) lists 4.1 M word forms with their lemma,
//! tag and proper-name class. `dyad-compile-lexicon` (feature `compile`) turns that dump into
//! one binary file, `data/morph/sgjp.fst` (13 MB), which this crate embeds and reads in place:
//!
//! * an fst map from each form to a list of readings, a reading being a lemma rule (strip or
//!   add `nie`/`naj`, drop N characters, append a string), an interned tag, name class and
//!   qualifier label;
//! * an fst map from each lemma to its paradigms, for generation;
//! * an fst map from word-final letters to the readings most often seen with them in the
//!   lexicon's own paradigms, for the guesser.
//!
//! The API, from cheapest to richest:
//!
//! * [`Analyser::polish`] — the embedded lexicon, parsed once per process (`Send + Sync`).
//! * [`Analyser::lookup`] + [`Analyser::lemma_into`] — readings into a reusable [`Scratch`]
//!   (no allocation once warm; a small per-scratch word cache makes repeated words cheap).
//! * [`Analyser::analyse`] — `Vec<Analysis>`, most likely first: exact-case entries before
//!   case-folded ones, ordinary before archaic or rare ones, then a part-of-speech prior;
//!   unknown words go to the guesser (`guessed: true`).
//! * [`Analyser::analyse_sentence`] — an [`AnalysedSentence`] for a tokenized sentence, re-ranked
//!   with a little context (prepositions and the case they govern, agreement, proper names in
//!   the middle of a sentence, `się`). This is what the actor recogniser and the coder consume.
//! * [`Analyser::generate`] — forms of a lemma matching a [`TagFilter`].
//! * [`Analyser::base_form`] / [`Analyser::name_base_form`] — a (multi-word) name back to the
//!   nominative with agreement: `Korei Północnej` -> `Korea Północna`.
#![warn(missing_docs)]

mod analyser;
#[cfg(feature = "compile")]
pub mod compile;
pub mod format;
mod generate;
mod sentence;
mod tag;

pub use analyser::{Analyser, Fold, Reading, Scratch};
pub use generate::Generated;
pub use sentence::{AnalysedSentence, AnalysedToken};
pub use tag::*;

/// Errors of this crate.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A tag string that is not an SGJP tag.
    #[error("not an SGJP tag: {0:?}")]
    BadTag(String),
    /// The lexicon bytes are not a lexicon of this version.
    #[error("corrupt or incompatible lexicon: {0}")]
    BadLexicon(String),
    /// The compiler's input is malformed.
    #[error("lexicon compiler: {0}")]
    Compile(String),
}

/// `Result` with this crate's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

/// One reading of a word form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysis {
    /// The lemma, without SGJP's homonym suffix (`AA:Sm1_pt` -> `AA`).
    pub lemma: String,
    /// The morphosyntactic tag (one tag; compact SGJP alternatives become sets inside it).
    pub tag: Tag,
    /// SGJP name class, when the lemma is a proper name.
    pub name_class: Option<NameClass>,
    /// Whether the guesser produced it (the word is not in SGJP).
    pub guessed: bool,
}
