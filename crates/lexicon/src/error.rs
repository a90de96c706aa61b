//! The crate's one error type.

/// Result with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A problem in a lexicon source. Every variant names the file and line so the person editing
/// the lexicon can go straight to it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// A line that does not follow its format.
    #[error("{file}:{line}: {message}")]
    Syntax {
        /// The source file, as named in the lexicon (`lexicons/pl/events/consult.tsv`).
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A well-formed line that clashes with the rest of the lexicon (duplicate id, unknown code).
    #[error("{file}:{line}: {message}")]
    Invalid {
        /// The source file.
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

impl Error {
    /// The file the error is in.
    pub fn file(&self) -> &str {
        match self {
            Error::Syntax { file, .. } | Error::Invalid { file, .. } => file,
        }
    }

    /// The 1-based line the error is on.
    pub fn line(&self) -> usize {
        match self {
            Error::Syntax { line, .. } | Error::Invalid { line, .. } => *line,
        }
    }
}
