//! Readers: text, JSON Lines, BSNLP, HTML, RSS/Atom, WARC; language id; content hashes.
//!
//! Reading is split in two so that a corpus streams through a parallel pipeline:
//!
//! 1. **Framing** ([`Inputs`]) is sequential and cheap: it walks files and folders, recognises
//!    each file's format and cuts it into [`RawDoc`]s: a whole file, one JSON line, one WARC
//!    record, one feed item. A file is never held whole in memory when its format can be framed
//!    record by record (JSON Lines, WARC).
//! 2. **Finishing** ([`RawDoc::into_article`]) is the expensive part (decoding legacy encodings,
//!    extracting the body of an HTML page, language id) and runs on any thread.
//!
//! Bad input never stops a batch: every failure is a [`Failure`] naming the file and the
//! position in it, and the iterator goes on with the next record or file.
#![warn(missing_docs)]

mod date;
mod decode;
mod feed;
mod hash;
mod html;
mod jsonl;
mod lang;
mod sniff;
mod strip;
mod text;
mod walk;
mod warc;

use std::fmt;
use std::path::{Path, PathBuf};

use dyad_model::Article;

pub use date::parse_loose_date;
pub use decode::{decode, Decoded};
pub use hash::{content_hash, ContentHash};
pub use html::{declared_charset, extract as extract_html, Page};
pub use lang::detect_lang;
pub use sniff::Format;
pub use walk::Inputs;

/// What went wrong with one piece of input.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The file could not be opened or read.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// The file or record has no content at all.
    #[error("empty input")]
    Empty,
    /// Bytes that are not UTF-8 and whose encoding is neither declared nor recognisable.
    #[error("not UTF-8 and no declared encoding (first invalid byte at {offset})")]
    UnknownEncoding {
        /// Byte offset of the first invalid UTF-8 sequence.
        offset: usize,
    },
    /// A declared encoding that `encoding_rs` does not know.
    #[error("unknown declared encoding {0:?}")]
    UnsupportedEncoding(String),
    /// A JSON line that does not parse as an article.
    #[error("bad JSON article: {0}")]
    Json(String),
    /// An RSS or Atom feed that does not parse.
    #[error("bad feed: {0}")]
    Feed(String),
    /// A WARC record that is cut short or has a malformed header.
    #[error("bad WARC record: {0}")]
    Warc(String),
    /// An HTML page from which no article body could be extracted.
    #[error("no article text in HTML: {0}")]
    Html(String),
    /// The decoded article has no text.
    #[error("no article text")]
    NoText,
}

/// Crate result type.
pub type Result<T> = std::result::Result<T, Error>;

/// Where in a file a document (or a failure) sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// The whole file.
    File,
    /// A 1-based line number (JSON Lines).
    Line(u64),
    /// A 1-based item number (RSS/Atom items and entries).
    Item(u64),
    /// A byte offset in the (decompressed) stream, e.g. the start of a WARC record.
    Offset(u64),
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Position::File => Ok(()),
            Position::Line(n) => write!(f, "line {n}"),
            Position::Item(n) => write!(f, "item {n}"),
            Position::Offset(n) => write!(f, "byte {n}"),
        }
    }
}

/// A file and a position in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The file.
    pub path: PathBuf,
    /// Where in the file.
    pub position: Position,
}

impl Origin {
    fn new(path: &Path, position: Position) -> Origin {
        Origin {
            path: path.to_path_buf(),
            position,
        }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Position::File => write!(f, "{}", self.path.display()),
            p => write!(f, "{} ({p})", self.path.display()),
        }
    }
}

/// A piece of input that could not become an article, and why.
#[derive(Debug)]
pub struct Failure {
    /// Where it happened.
    pub origin: Origin,
    /// What went wrong.
    pub error: Error,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.error)
    }
}

impl std::error::Error for Failure {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.error)
    }
}

/// Metadata a container knows about a document before it is decoded (WARC and HTTP headers).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Hints {
    /// The URL the document was fetched from.
    pub url: Option<String>,
    /// The charset declared by a transport header.
    pub charset: Option<String>,
    /// A date to fall back on when the document itself has none (the crawl date of a WARC
    /// record: for news crawls it is within a day or two of publication).
    pub fallback_date: Option<jiff::civil::Date>,
}

/// The kind of payload a [`RawDoc`] carries.
#[derive(Debug, Clone, PartialEq)]
pub enum Payload {
    /// A plain text article, optionally with a `key: value` header (see the README).
    Text(Vec<u8>),
    /// A file in the BSNLP raw layout: id, language, date, URL, title, then the text.
    Bsnlp(Vec<u8>),
    /// One JSON Lines article.
    JsonLine(Vec<u8>),
    /// An HTML page.
    Html(Vec<u8>),
    /// An article already parsed by the framing stage (feed items are small).
    Parsed(Article),
}

/// A framed but not yet decoded document.
#[derive(Debug, Clone, PartialEq)]
pub struct RawDoc {
    /// Where it comes from.
    pub origin: Origin,
    /// What it is.
    pub payload: Payload,
    /// What the container knew about it.
    pub hints: Hints,
}

impl RawDoc {
    /// Decodes and extracts the article: the expensive half of reading, safe on any thread.
    pub fn into_article(self) -> std::result::Result<Article, Failure> {
        let RawDoc {
            origin,
            payload,
            hints,
        } = self;
        let result = match payload {
            Payload::Text(bytes) => text::plain(&bytes, &origin.path, &hints),
            Payload::Bsnlp(bytes) => text::bsnlp(&bytes, &origin.path),
            Payload::JsonLine(bytes) => jsonl::article(&bytes, &origin),
            Payload::Html(bytes) => html::article(&bytes, &origin.path, &hints),
            Payload::Parsed(article) => Ok(article),
        };
        match result.and_then(finish) {
            Ok(article) => Ok(article),
            Err(error) => Err(Failure { origin, error }),
        }
    }
}

/// What every reader does last: trim, reject empty text, fill the outlet from the URL and the
/// language from the text when the source did not say.
fn finish(mut article: Article) -> Result<Article> {
    let trimmed = article.text.trim();
    if trimmed.is_empty() {
        return Err(Error::NoText);
    }
    if trimmed.len() != article.text.len() {
        article.text = trimmed.to_string();
    }
    if article.outlet.is_none() {
        article.outlet = article.url.as_deref().and_then(outlet_from_url);
    }
    if article.lang.is_none() {
        article.lang = detect_lang(&article.text);
    }
    Ok(article)
}

/// The host of a URL without `www.`: what GDELT calls the source.
pub fn outlet_from_url(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?.trim().to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (!host.is_empty() && host.contains('.')).then(|| host.to_string())
}

/// A document id from a file name (the contract: "else the file name").
fn file_id(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlet_is_the_host_without_www() {
        for (url, want) in [
            ("https://www.rp.pl/swiat/art1", Some("rp.pl")),
            (
                "http://wiadomosci.onet.pl:8080/x?y#z",
                Some("wiadomosci.onet.pl"),
            ),
            ("https://user@example.com/", Some("example.com")),
            ("not a url", None),
            ("", None),
        ] {
            assert_eq!(outlet_from_url(url).as_deref(), want, "{url}");
        }
    }

    #[test]
    fn origin_names_file_and_position() {
        let o = Origin::new(Path::new("a/b.jsonl"), Position::Line(3));
        assert_eq!(o.to_string(), "a/b.jsonl (line 3)");
        let o = Origin::new(Path::new("a.txt"), Position::File);
        assert_eq!(o.to_string(), "a.txt");
    }
}
