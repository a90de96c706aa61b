//! The crate's error type.

/// What can go wrong when building a tokenizer from abbreviation data.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TextError {
    /// A line of an abbreviation list is malformed.
    #[error("{file}:{line}: {message}")]
    AbbreviationLine {
        /// The name the list was given (usually its path).
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
}

/// The crate's result type.
pub type Result<T> = std::result::Result<T, TextError>;
