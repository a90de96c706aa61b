//! The crate's error type.

/// What can go wrong when loading the English word lists.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum EnglishError {
    /// A line of a data file is malformed.
    #[error("{file}:{line}: {message}")]
    DataLine {
        /// The file's name (its path under crates/english).
        file: &'static str,
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
}

/// The crate's result type.
pub type Result<T> = std::result::Result<T, EnglishError>;
