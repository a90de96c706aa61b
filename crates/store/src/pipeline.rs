//! The ingest pipeline: files → articles → events → store, in parallel, resumable.
//!
//! Framing runs on whichever worker pulls the next document; decoding, extraction, language id,
//! the duplicate check and coding run on every core; one writer commits a transaction every
//! [`Options::batch_size`] articles. Articles already committed are recognised by their content
//! hash *before* coding, so re-running an interrupted ingest only codes what is missing.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Mutex};
use std::time::{Duration, Instant};

use dyad_ingest::{content_hash, ContentHash, Failure, Inputs};
use dyad_model::{Article, Event};
use rayon::iter::{ParallelBridge, ParallelIterator};

use crate::{Added, Error, Reader, Result, Store};

/// Pipeline settings.
#[derive(Debug, Clone)]
pub struct Options {
    /// Articles per transaction.
    pub batch_size: usize,
    /// A commit is also made when this much time has passed since the last one, so a slow
    /// corpus still checkpoints.
    pub batch_time: Duration,
    /// Failures kept with their reasons (all are counted).
    pub keep_failures: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            batch_size: 500,
            batch_time: Duration::from_secs(2),
            keep_failures: 1000,
        }
    }
}

/// What an ingest did.
#[derive(Debug, Default)]
pub struct Summary {
    /// Documents read (articles and failures).
    pub read: u64,
    /// New articles stored.
    pub stored: u64,
    /// Articles skipped because the same text is stored already (or came twice in this run).
    pub duplicates: u64,
    /// Documents that could not be read.
    pub failed: u64,
    /// The first failures, with file, position and reason.
    pub failures: Vec<String>,
    /// Mentions stored (events as the coder produced them).
    pub mentions: u64,
    /// Mentions that started a new event (the rest repeat a stored event).
    pub new_events: u64,
    /// Transactions committed.
    pub batches: u64,
    /// True when the run stopped early on request; what was committed stays.
    pub interrupted: bool,
    /// Wall time.
    pub elapsed: Duration,
    /// Time the writer spent storing and committing (the rest of its time it waits for
    /// coded articles): near `elapsed` means the store is the bottleneck.
    pub writing: Duration,
}

/// What a worker hands the writer.
enum Outcome {
    Coded {
        article: Article,
        hash: ContentHash,
        origin: String,
        events: Vec<Event>,
    },
    Known,
    Failed(Failure),
    /// The coder panicked on this article (origin, message): counted as a failure, the run
    /// goes on.
    CoderPanic(String, String),
    Error(Error),
}

/// Ingests `paths` into the store at `db`, coding each new article with `coder`.
///
/// `progress` is called by the writer after each article with the running summary. Setting
/// `stop` makes the writer commit what it has and return (Ctrl-C, tests of resumption).
pub fn ingest<C>(
    db: &Path,
    paths: &[PathBuf],
    coder: &C,
    options: &Options,
    stop: &AtomicBool,
    mut progress: impl FnMut(&Summary),
) -> Result<Summary>
where
    C: Fn(&Article) -> Vec<Event> + Sync,
{
    let started = Instant::now();
    let mut store = Store::open(db)?;
    let threads = rayon::current_num_threads().max(1);
    let readers: Vec<Mutex<Reader>> = (0..threads)
        .map(|_| store.reader().map(Mutex::new))
        .collect::<Result<_>>()?;
    let (tx, rx) = mpsc::sync_channel::<Outcome>(options.batch_size.max(16) * 2);

    let mut summary = Summary::default();
    std::thread::scope(|scope| -> Result<()> {
        scope.spawn(|| {
            let inputs = Inputs::new(paths);
            // `try_for_each` stops the workers once the writer hangs up (stop requested or
            // a store error), instead of coding the rest of the corpus for nobody.
            let _ = inputs.par_bridge().try_for_each_with(tx, |tx, item| {
                let outcome = work(item, coder, &readers);
                tx.send(outcome).map_err(|_| ())
            });
        });
        write(&mut store, rx, options, stop, &mut summary, &mut progress)
    })?;
    // Workers finish in any order; a sorted list reads better and is the same on every run.
    summary.failures.sort();
    summary.elapsed = started.elapsed();
    Ok(summary)
}

fn work<C>(
    item: std::result::Result<dyad_ingest::RawDoc, Failure>,
    coder: &C,
    readers: &[Mutex<Reader>],
) -> Outcome
where
    C: Fn(&Article) -> Vec<Event> + Sync,
{
    let raw = match item {
        Ok(raw) => raw,
        Err(failure) => return Outcome::Failed(failure),
    };
    let origin = raw.origin.to_string();
    let article = match raw.into_article() {
        Ok(article) => article,
        Err(failure) => return Outcome::Failed(failure),
    };
    let hash = content_hash(&article);
    let slot = rayon::current_thread_index().unwrap_or(0) % readers.len();
    let known = match readers[slot].lock() {
        Ok(reader) => reader.contains(hash),
        // A worker panicked while holding this reader; the check is an optimisation, the
        // writer's INSERT OR IGNORE still catches the duplicate.
        Err(_) => Ok(false),
    };
    match known {
        Ok(true) => Outcome::Known,
        Ok(false) => {
            // One pathological article must not end a run over millions.
            let coded = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| coder(&article)));
            let events = match coded {
                Ok(events) => events,
                Err(panic) => {
                    let message = panic
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| panic.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "unknown panic".into());
                    return Outcome::CoderPanic(origin, message);
                }
            };
            Outcome::Coded {
                article,
                hash,
                origin,
                events,
            }
        }
        Err(e) => Outcome::Error(e),
    }
}

fn write(
    store: &mut Store,
    rx: mpsc::Receiver<Outcome>,
    options: &Options,
    stop: &AtomicBool,
    summary: &mut Summary,
    progress: &mut impl FnMut(&Summary),
) -> Result<()> {
    let mut batch = store.batch()?;
    let mut in_batch = 0usize;
    let mut last_commit = Instant::now();
    for outcome in rx.iter() {
        summary.read += 1;
        let started = Instant::now();
        match outcome {
            Outcome::Coded {
                article,
                hash,
                origin,
                events,
            } => match batch.add(&article, hash, &origin, &events)? {
                Added::Duplicate => summary.duplicates += 1,
                Added::Stored {
                    mentions,
                    new_events,
                    ..
                } => {
                    summary.stored += 1;
                    summary.mentions += mentions as u64;
                    summary.new_events += new_events as u64;
                    in_batch += 1;
                }
            },
            Outcome::Known => summary.duplicates += 1,
            Outcome::Failed(failure) => {
                summary.failed += 1;
                if summary.failures.len() < options.keep_failures {
                    summary.failures.push(failure.to_string());
                }
            }
            Outcome::CoderPanic(origin, message) => {
                summary.failed += 1;
                if summary.failures.len() < options.keep_failures {
                    summary
                        .failures
                        .push(format!("{origin}: the coder panicked: {message}"));
                }
            }
            Outcome::Error(e) => return Err(e),
        }
        summary.writing += started.elapsed();
        progress(summary);
        let stopping = stop.load(Ordering::Relaxed);
        if in_batch >= options.batch_size
            || (in_batch > 0 && last_commit.elapsed() >= options.batch_time)
            || stopping
        {
            let started = Instant::now();
            batch.commit()?;
            summary.writing += started.elapsed();
            summary.batches += 1;
            in_batch = 0;
            last_commit = Instant::now();
            if stopping {
                summary.interrupted = true;
                // Dropping the receiver makes the workers' sends fail and stops them.
                return Ok(());
            }
            batch = store.batch()?;
        }
    }
    batch.commit()?;
    summary.batches += 1;
    Ok(())
}
