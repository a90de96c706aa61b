//! The event store (SQLite): the only crate that speaks SQL.
//!
//! One file, no server. Four tables:
//!
//! - `articles`: one row per distinct article text (unique content hash), so re-ingesting a
//!   folder, or the same article from two sources, stores it once;
//! - `actors`: one row per distinct actor identity (code, name, country, role);
//! - `events`: deduplicated events, as GDELT counts them: the same dyad, the same CAMEO root and
//!   overlapping dates are one event however many articles report it, with `num_mentions`,
//!   `num_articles` and `num_sources`; each event links to the article and evidence it was first
//!   coded from;
//! - `mentions`: every coded event as the coder produced it (all contract fields, and the
//!   contract JSON itself), linked to its event and article, so no evidence is lost by merging.
//!
//! Writes happen in [`Batch`]es, one transaction each: a crash or Ctrl-C loses at most the
//! batch in flight, and a re-run skips what was committed (see [`pipeline`]).
#![warn(missing_docs)]

pub mod pipeline;
mod read;
mod write;

use std::path::{Path, PathBuf};

use rusqlite::functions::FunctionFlags;
use rusqlite::{Connection, OpenFlags, OptionalExtension};

pub use dyad_ingest::ContentHash;
pub use read::{EventFilter, Period, SeriesRow, StoredEvent, StoredMention, SERIES_LEFT_OUT};
pub use write::{Added, Batch};

/// Store errors.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// SQLite said no.
    #[error("{path}: {error}")]
    Sqlite {
        /// The database file.
        path: PathBuf,
        /// What SQLite said (not a `source`: the message above already includes it).
        error: rusqlite::Error,
    },
    /// A database written by an incompatible version of dyad.
    #[error("{path}: schema version {found}, this dyad reads version {expected}")]
    Schema {
        /// The database file.
        path: PathBuf,
        /// Version in the file.
        found: i64,
        /// Version this build reads.
        expected: i64,
    },
    /// A file that SQLite opens but that holds no dyad schema.
    #[error("{0}: not a dyad store (no schema version; create one with `dyad ingest`)")]
    NotAStore(PathBuf),
    /// A stored value that does not parse (hand-edited database).
    #[error("corrupt value in store: {0}")]
    Corrupt(String),
}

/// Crate result type.
pub type Result<T> = std::result::Result<T, Error>;

/// Bump when the schema changes incompatibly.
const SCHEMA_VERSION: i64 = 1;

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    content_hash BLOB NOT NULL UNIQUE,
    doc TEXT NOT NULL,
    url TEXT,
    outlet TEXT,
    title TEXT,
    published TEXT,
    lang TEXT,
    origin TEXT,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS actors (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    role TEXT NOT NULL,
    UNIQUE (code, name, country, role)
);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    dyad TEXT NOT NULL,
    source_actor INTEGER REFERENCES actors(id),
    target_actor INTEGER REFERENCES actors(id),
    source_code TEXT, source_country TEXT,
    target_code TEXT, target_country TEXT,
    cameo TEXT NOT NULL,
    cameo_root TEXT NOT NULL,
    plover TEXT,
    quad_class INTEGER NOT NULL,
    goldstein REAL NOT NULL,
    mode TEXT NOT NULL,
    negated INTEGER NOT NULL,
    date_start TEXT,
    date_end TEXT,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    first_mention INTEGER,
    num_mentions INTEGER NOT NULL DEFAULT 0,
    num_articles INTEGER NOT NULL DEFAULT 0,
    num_sources INTEGER NOT NULL DEFAULT 0,
    added_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_dedup ON events (dyad, cameo_root, negated, date_start);
CREATE INDEX IF NOT EXISTS events_source ON events (source_code, source_country);
CREATE INDEX IF NOT EXISTS events_target ON events (target_code, target_country);
CREATE INDEX IF NOT EXISTS events_date ON events (date_start);
CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id),
    article_id INTEGER NOT NULL REFERENCES articles(id),
    doc TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence_text TEXT NOT NULL,
    source_text TEXT,
    target_text TEXT,
    cameo TEXT NOT NULL,
    mode TEXT NOT NULL,
    date_start TEXT, date_end TEXT, date_precision TEXT, date_text TEXT, date_basis TEXT,
    reported_by_text TEXT, reported_by_code TEXT,
    location_name TEXT, location_country TEXT, location_lat REAL, location_lon REAL,
    rule TEXT NOT NULL,
    source_key TEXT NOT NULL,
    event_json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_event ON mentions (event_id, article_id);
CREATE INDEX IF NOT EXISTS mentions_event_source ON mentions (event_id, source_key);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_id);
"#;

/// The store: one SQLite file.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens (creating if needed) the store at `path`.
    pub fn open(path: &Path) -> Result<Store> {
        let store = Store::connect(path, Connection::open(path))?;
        store.init()?;
        Ok(store)
    }

    /// The store over a connection just opened at `path`, or the error naming the file.
    fn connect(path: &Path, opened: rusqlite::Result<Connection>) -> Result<Store> {
        let conn = opened.map_err(|source| Error::Sqlite {
            path: path.to_path_buf(),
            error: source,
        })?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// Opens an existing store for reading only: nothing is created or written, so a server
    /// or a query can run next to an ingest (WAL readers never block the writer).
    pub fn open_read_only(path: &Path) -> Result<Store> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        let store = Store::connect(path, Connection::open_with_flags(path, flags))?;
        store.sql(|c| {
            c.busy_timeout(std::time::Duration::from_secs(30))?;
            register_functions(c)
        })?;
        // A file that is not a dyad store (or is empty) has no `meta` table.
        let found: Option<String> = store
            .sql(|c| {
                c.query_row(
                    "SELECT value FROM meta WHERE key = 'schema_version'",
                    [],
                    |r| r.get(0),
                )
                .optional()
            })
            .map_err(|_| Error::NotAStore(path.to_path_buf()))?;
        match found.map(|v| v.parse::<i64>()) {
            Some(Ok(SCHEMA_VERSION)) => Ok(store),
            Some(Ok(found)) => Err(Error::Schema {
                path: path.to_path_buf(),
                found,
                expected: SCHEMA_VERSION,
            }),
            Some(Err(_)) => Err(Error::Corrupt("schema_version".into())),
            None => Err(Error::NotAStore(path.to_path_buf())),
        }
    }

    fn init(&self) -> Result<()> {
        // WAL: readers (the duplicate check on every worker, a `dyad query` during an ingest)
        // do not block the writer. NORMAL sync is durable at each commit in WAL mode except
        // on power loss, which loses the last batches but never corrupts the file.
        self.sql(|c| {
            c.pragma_update(None, "journal_mode", "WAL")?;
            c.pragma_update(None, "synchronous", "NORMAL")?;
            c.pragma_update(None, "foreign_keys", "ON")?;
            c.busy_timeout(std::time::Duration::from_secs(30))?;
            c.execute_batch(SCHEMA)?;
            register_functions(c)
        })?;
        let found: Option<String> = self.sql(|c| {
            c.query_row(
                "SELECT value FROM meta WHERE key = 'schema_version'",
                [],
                |r| r.get(0),
            )
            .optional()
        })?;
        match found.map(|v| v.parse::<i64>()) {
            None => {
                self.sql(|c| {
                    c.execute(
                        "INSERT INTO meta (key, value) VALUES ('schema_version', ?1)",
                        [SCHEMA_VERSION.to_string()],
                    )
                })?;
            }
            Some(Ok(SCHEMA_VERSION)) => {}
            Some(Ok(found)) => {
                return Err(Error::Schema {
                    path: self.path.clone(),
                    found,
                    expected: SCHEMA_VERSION,
                })
            }
            Some(Err(_)) => return Err(Error::Corrupt("schema_version".into())),
        }
        Ok(())
    }

    /// Runs `f` on the connection, naming the file in errors.
    fn sql<T>(&self, f: impl FnOnce(&Connection) -> rusqlite::Result<T>) -> Result<T> {
        f(&self.conn).map_err(|source| Error::Sqlite {
            path: self.path.clone(),
            error: source,
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A read-only connection for duplicate checks from another thread.
    pub fn reader(&self) -> Result<Reader> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        let conn =
            Connection::open_with_flags(&self.path, flags).map_err(|source| Error::Sqlite {
                path: self.path.clone(),
                error: source,
            })?;
        Ok(Reader {
            conn,
            path: self.path.clone(),
        })
    }

    /// Counts of rows: articles, events, mentions.
    pub fn counts(&self) -> Result<Counts> {
        self.sql(|c| {
            let n = |table: &str| {
                c.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| {
                    r.get::<_, i64>(0)
                })
            };
            Ok(Counts {
                articles: n("articles")? as u64,
                events: n("events")? as u64,
                mentions: n("mentions")? as u64,
            })
        })
    }
}

/// Row counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Distinct articles.
    pub articles: u64,
    /// Deduplicated events.
    pub events: u64,
    /// Coded mentions (one per event the coder produced).
    pub mentions: u64,
}

/// A read-only connection: answers "is this article stored already?" without the writer.
pub struct Reader {
    conn: Connection,
    path: PathBuf,
}

impl Reader {
    /// Whether an article with this content hash is committed.
    pub fn contains(&self, hash: ContentHash) -> Result<bool> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT 1 FROM articles WHERE content_hash = ?1")
            .map_err(|source| Error::Sqlite {
                path: self.path.clone(),
                error: source,
            })?;
        stmt.exists([&hash.to_bytes()[..]])
            .map_err(|source| Error::Sqlite {
                path: self.path.clone(),
                error: source,
            })
    }
}

/// `dyad_contains(haystack, needle)`: case-insensitive substring test with Unicode case folding
/// (`Rosja` finds `ROSJA` and `rosja`; SQLite's LIKE would not fold `Ś`).
fn register_functions(conn: &Connection) -> rusqlite::Result<()> {
    conn.create_scalar_function(
        "dyad_contains",
        2,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let hay: Option<String> = ctx.get(0)?;
            let needle: Option<String> = ctx.get(1)?;
            Ok(match (hay, needle) {
                (Some(h), Some(n)) => h.to_lowercase().contains(&n.to_lowercase()),
                _ => false,
            })
        },
    )
}
