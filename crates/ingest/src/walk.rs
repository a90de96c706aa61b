//! Walking files and folders and framing each file with its reader.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::sniff::{detect, Format};
use crate::{feed, jsonl, warc, Error, Failure, Hints, Origin, Payload, Position, RawDoc};

/// Whole-file formats larger than this are refused: no article is this long, and the limit
/// keeps a mislabelled dump from being read into memory.
const MAX_WHOLE_FILE_BYTES: u64 = 64 << 20;

/// Buffer size for streamed formats.
const BUFFER_BYTES: usize = 256 << 10;

type Framed = Box<dyn Iterator<Item = Result<RawDoc, Failure>> + Send>;

/// Every document under some paths: files are read in the order given, folders recursively in
/// name order (hidden entries skipped). Yields framed documents and failures, never stops on
/// bad input. Folders are listed one at a time, so memory does not grow with the corpus.
pub struct Inputs {
    /// Paths still to visit, last first.
    pending: Vec<PathBuf>,
    current: Option<Framed>,
    files: u64,
}

impl Inputs {
    /// Reads `paths` (files or folders).
    pub fn new<P: AsRef<Path>>(paths: &[P]) -> Inputs {
        let pending = paths
            .iter()
            .rev()
            .map(|p| p.as_ref().to_path_buf())
            .collect();
        Inputs {
            pending,
            current: None,
            files: 0,
        }
    }

    /// Files opened so far.
    pub fn files_opened(&self) -> u64 {
        self.files
    }

    fn open_next(&mut self) -> Option<Result<Framed, Failure>> {
        while let Some(path) = self.pending.pop() {
            let fail = |error: Error| Failure {
                origin: Origin::new(&path, Position::File),
                error,
            };
            let meta = match std::fs::metadata(&path) {
                Ok(m) => m,
                Err(e) => return Some(Err(fail(Error::Io(e)))),
            };
            if meta.is_dir() {
                let entries = match std::fs::read_dir(&path) {
                    Ok(rd) => rd,
                    Err(e) => return Some(Err(fail(Error::Io(e)))),
                };
                let mut children: Vec<PathBuf> = entries
                    .filter_map(|e| e.ok())
                    .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
                    .map(|e| e.path())
                    .filter(|p| !is_never_an_article(p))
                    .collect();
                children.sort();
                self.pending.extend(children.into_iter().rev());
                continue;
            }
            self.files += 1;
            return Some(frame_file(&path, meta.len()).map_err(fail));
        }
        None
    }
}

impl Iterator for Inputs {
    type Item = Result<RawDoc, Failure>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(current) = &mut self.current {
                if let Some(item) = current.next() {
                    return Some(item);
                }
                self.current = None;
            }
            match self.open_next()? {
                Ok(framed) => self.current = Some(framed),
                Err(failure) => return Some(Err(failure)),
            }
        }
    }
}

/// Files met in a folder that cannot hold articles (stores, images, archives of other kinds):
/// skipped rather than reported, so `dyad ingest .` next to its own `dyad.db` is quiet. A file
/// named on the command line is always read.
const NEVER_ARTICLES: &[&str] = &[
    "db",
    "db-wal",
    "db-shm",
    "db-journal",
    "sqlite",
    "sqlite3",
    "png",
    "jpg",
    "jpeg",
    "gif",
    "webp",
    "svg",
    "ico",
    "pdf",
    "zip",
    "xz",
    "bz2",
    "zst",
    "7z",
    "tar",
    "mp3",
    "mp4",
    "woff",
    "woff2",
    "exe",
    "so",
    "dll",
];

fn is_never_an_article(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    name.rsplit_once('.')
        .is_some_and(|(_, ext)| NEVER_ARTICLES.contains(&ext))
}

/// Opens one file, recognises its format and returns its framing iterator.
pub fn frame_file(path: &Path, len: u64) -> Result<Framed, Error> {
    let mut file = BufReader::with_capacity(BUFFER_BYTES, File::open(path)?);
    let gzip = file.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    let mut reader: Box<dyn BufRead + Send> = if gzip {
        Box::new(BufReader::with_capacity(
            BUFFER_BYTES,
            flate2::read::MultiGzDecoder::new(file),
        ))
    } else {
        Box::new(file)
    };
    let head = reader.fill_buf()?;
    if head.iter().all(u8::is_ascii_whitespace) && (head.len() < BUFFER_BYTES / 2) {
        return Err(Error::Empty);
    }
    let format = detect(path, head);
    let origin = Origin::new(path, Position::File);
    let whole = |reader: Box<dyn BufRead + Send>| -> Result<Vec<u8>, Error> {
        if !gzip && len > MAX_WHOLE_FILE_BYTES {
            return Err(Error::Io(std::io::Error::other(format!(
                "file of {len} bytes is too large for one article"
            ))));
        }
        let mut bytes = Vec::new();
        reader.take(MAX_WHOLE_FILE_BYTES).read_to_end(&mut bytes)?;
        Ok(bytes)
    };
    let single = |payload| -> Framed {
        Box::new(std::iter::once(Ok(RawDoc {
            origin: origin.clone(),
            payload,
            hints: Hints::default(),
        })))
    };
    Ok(match format {
        Format::Text => single(Payload::Text(whole(reader)?)),
        Format::Bsnlp => single(Payload::Bsnlp(whole(reader)?)),
        Format::Html => single(Payload::Html(whole(reader)?)),
        Format::Feed => Box::new(feed::items(&whole(reader)?, path).into_iter()),
        Format::Jsonl => Box::new(jsonl::Lines::new(reader, path)),
        Format::Warc => Box::new(warc::Records::new(reader, path)),
    })
}
