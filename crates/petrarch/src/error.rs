//! The crate's one error type: every problem in a dictionary names its file and line.

use std::path::PathBuf;

/// Errors reading PETRARCH dictionaries and test records, or converting them.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A line the format does not allow.
    #[error("{file}:{line}: {message}")]
    Syntax {
        /// The file as the caller named it.
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A file that could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        /// The path.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A converted lexicon that dyad's lexicon reader refused (a converter defect, reported
    /// with the generated line it names).
    #[error("converted lexicon: {0}")]
    Lexicon(#[from] dyad_lexicon::Error),
    /// The engine refused the converted tables.
    #[error("engine: {0}")]
    Engine(String),
}

impl Error {
    /// A syntax error at `file:line`.
    pub(crate) fn syntax(file: &str, line: usize, message: impl Into<String>) -> Error {
        Error::Syntax {
            file: file.to_owned(),
            line,
            message: message.into(),
        }
    }
}

/// Crate result type.
pub type Result<T> = std::result::Result<T, Error>;

/// Reads a whole file, naming it in the error.
pub fn read_file(path: impl Into<PathBuf>) -> Result<String> {
    let path = path.into();
    // PETRARCH's files are UTF-8, but a stray Latin-1 byte in a comment must not stop a run.
    match std::fs::read(&path) {
        Ok(bytes) => Ok(String::from_utf8_lossy(&bytes).into_owned()),
        Err(source) => Err(Error::Io { path, source }),
    }
}
