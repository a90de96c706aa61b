//! Writing: one transaction per batch; articles deduplicated by content hash, events merged
//! with the events already stored that they repeat.

use dyad_model::{Actor, Article, Event, Mode};
use jiff::civil::Date;
use rusqlite::{params, OptionalExtension, Transaction};

use crate::{ContentHash, Error, Result, Store};

/// What adding an article did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    /// An article with the same text was stored already; nothing was written.
    Duplicate,
    /// Stored, with its mentions; `new_events` of them started a new event, the rest were
    /// merged into events already stored.
    Stored {
        /// Row id of the article.
        article_id: i64,
        /// Mentions stored (one per coded event).
        mentions: usize,
        /// Mentions that started a new event.
        new_events: usize,
    },
}

/// One transaction. Dropping it without [`Batch::commit`] rolls everything back.
pub struct Batch<'a> {
    tx: Transaction<'a>,
    store_path: &'a std::path::Path,
    now: String,
}

impl Store {
    /// Starts a batch.
    pub fn batch(&mut self) -> Result<Batch<'_>> {
        let path = &self.path;
        let tx = self.conn.transaction().map_err(|source| Error::Sqlite {
            path: path.clone(),
            error: source,
        })?;
        let now = jiff::Timestamp::now()
            .strftime("%Y-%m-%dT%H:%M:%SZ")
            .to_string();
        Ok(Batch {
            tx,
            store_path: path,
            now,
        })
    }
}

/// Mode strength when mentions of one event disagree: a report that it happened beats a plan,
/// a plan beats an allegation, and so on.
fn mode_rank(mode: Mode) -> u8 {
    match mode {
        Mode::Asserted => 5,
        Mode::Planned => 4,
        Mode::Alleged => 3,
        Mode::Conditional => 2,
        Mode::Hypothetical => 1,
        Mode::Negated => 0,
    }
}

/// The identity of an actor for deduplication: its code, else its name.
fn actor_key(actor: Option<&Actor>) -> String {
    match actor {
        None => "-".into(),
        Some(a) => match &a.actor {
            Some(code) if !code.is_empty() => code.clone(),
            _ => format!("name:{}", a.name),
        },
    }
}

/// Events are looked for among those starting at most a year (and a day) before the new
/// mention: the index then scans one dyad's recent events, not its whole history. Spans longer
/// than a year ("in recent years") are thereby not merged, which is also what one wants.
fn earliest_overlap_start(start: &str) -> String {
    start
        .parse::<Date>()
        .ok()
        .and_then(|d| d.checked_sub(jiff::Span::new().days(366)).ok())
        .map_or_else(|| "0000-00-00".to_string(), |d| d.to_string())
}

fn date_str(d: Option<Date>) -> Option<String> {
    d.map(|d| d.to_string())
}

impl Batch<'_> {
    fn sql<T>(&self, f: impl FnOnce(&Transaction<'_>) -> rusqlite::Result<T>) -> Result<T> {
        f(&self.tx).map_err(|source| Error::Sqlite {
            path: self.store_path.to_path_buf(),
            error: source,
        })
    }

    /// Stores an article and its events, unless an article with the same content hash is
    /// stored already. `origin` says where it was read from (file and position).
    pub fn add(
        &mut self,
        article: &Article,
        hash: ContentHash,
        origin: &str,
        events: &[Event],
    ) -> Result<Added> {
        let inserted = self.sql(|tx| {
            tx.prepare_cached(
                "INSERT OR IGNORE INTO articles (content_hash, doc, url, outlet, title, published, lang, origin, text, ingested_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?
            .execute(params![
                &hash.to_bytes()[..],
                article.id,
                article.url,
                article.outlet,
                article.title,
                date_str(article.published),
                article.lang.map(|l| l.code()),
                origin,
                article.text,
                self.now,
            ])
        })?;
        if inserted == 0 {
            return Ok(Added::Duplicate);
        }
        let article_id = self.tx.last_insert_rowid();
        let mut new_events = 0;
        for event in events {
            if self.add_mention(article, article_id, event)? {
                new_events += 1;
            }
        }
        Ok(Added::Stored {
            article_id,
            mentions: events.len(),
            new_events,
        })
    }

    fn actor_id(&self, actor: Option<&Actor>) -> Result<Option<i64>> {
        let Some(a) = actor else { return Ok(None) };
        let key = (
            a.actor.clone().unwrap_or_default(),
            a.name.clone(),
            a.country.clone().unwrap_or_default(),
            a.role.clone().unwrap_or_default(),
        );
        self.sql(|tx| {
            tx.prepare_cached("INSERT OR IGNORE INTO actors (code, name, country, role) VALUES (?1, ?2, ?3, ?4)")?
                .execute(params![key.0, key.1, key.2, key.3])?;
            tx.prepare_cached("SELECT id FROM actors WHERE code = ?1 AND name = ?2 AND country = ?3 AND role = ?4")?
                .query_row(params![key.0, key.1, key.2, key.3], |r| r.get(0))
                .map(Some)
        })
    }

    /// Stores one mention; returns whether it started a new event.
    fn add_mention(&mut self, article: &Article, article_id: i64, event: &Event) -> Result<bool> {
        let dyad = format!(
            "{}>{}",
            actor_key(event.source.as_ref()),
            actor_key(event.target.as_ref())
        );
        let root = event.cameo_root().to_string();
        let negated = event.mode == Mode::Negated;
        // The span the event happened in; the publication date stands in for an event the
        // coder could not date, as GDELT does.
        let (start, end) = match &event.date {
            Some(d) if d.start.is_some() && d.end.is_some() => (d.start, d.end),
            _ => (article.published, article.published),
        };
        let (start, end) = (date_str(start), date_str(end));

        let existing: Option<(i64, Option<String>, Option<String>, String)> = match (&start, &end) {
            (Some(s), Some(e)) => self.sql(|tx| {
                tx.prepare_cached(
                    "SELECT id, date_start, date_end, mode FROM events
                     WHERE dyad = ?1 AND cameo_root = ?2 AND negated = ?3 AND date_start <= ?4 AND date_end >= ?5
                       AND date_start >= ?6
                     ORDER BY id LIMIT 1",
                )?
                .query_row(params![dyad, root, negated, e, s, earliest_overlap_start(s)], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
                })
                .optional()
            })?,
            // Undated and unanchored: nothing to say it repeats another report.
            _ => None,
        };

        let (event_id, is_new) = match existing {
            Some((id, old_start, old_end, old_mode)) => {
                // Both reports hold: the event lies in the intersection of their spans.
                let new_start = old_start.max(start.clone());
                let new_end = match (old_end, end.clone()) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                };
                let old_rank = Mode::parse(&old_mode).map_or(0, mode_rank);
                let mode = if mode_rank(event.mode) > old_rank {
                    event.mode.as_str().to_string()
                } else {
                    old_mode
                };
                self.sql(|tx| {
                    tx.prepare_cached(
                        "UPDATE events SET date_start = ?2, date_end = ?3, mode = ?4 WHERE id = ?1",
                    )?
                    .execute(params![id, new_start, new_end, mode])
                })?;
                (id, false)
            }
            None => {
                let source_actor = self.actor_id(event.source.as_ref())?;
                let target_actor = self.actor_id(event.target.as_ref())?;
                let id = self.sql(|tx| {
                    tx.prepare_cached(
                        "INSERT INTO events (dyad, source_actor, target_actor, source_code, source_country, target_code,
                            target_country, cameo, cameo_root, plover, quad_class, goldstein, mode, negated, date_start,
                            date_end, article_id, added_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
                    )?
                    .execute(params![
                        dyad,
                        source_actor,
                        target_actor,
                        event.source.as_ref().and_then(|a| a.actor.clone()),
                        event.source.as_ref().and_then(|a| a.country.clone()),
                        event.target.as_ref().and_then(|a| a.actor.clone()),
                        event.target.as_ref().and_then(|a| a.country.clone()),
                        event.cameo,
                        root,
                        event.plover,
                        event.quad_class,
                        event.goldstein,
                        event.mode.as_str(),
                        negated,
                        start,
                        end,
                        article_id,
                        self.now,
                    ])?;
                    Ok(tx.last_insert_rowid())
                })?;
                (id, true)
            }
        };

        // GDELT's counts, kept incrementally (a recount per mention grows with the event's
        // mentions): a mention counts as a new article or a new source (outlet, else URL, else
        // the article itself) when no earlier mention of the event has it.
        let source_key = article
            .outlet
            .clone()
            .or_else(|| article.url.clone())
            .unwrap_or_else(|| format!("article:{article_id}"));
        let (new_article, new_source): (bool, bool) = if is_new {
            (true, true)
        } else {
            self.sql(|tx| {
                let a = tx
                    .prepare_cached(
                        "SELECT 1 FROM mentions WHERE event_id = ?1 AND article_id = ?2",
                    )?
                    .exists(params![event_id, article_id])?;
                let s = tx
                    .prepare_cached(
                        "SELECT 1 FROM mentions WHERE event_id = ?1 AND source_key = ?2",
                    )?
                    .exists(params![event_id, source_key])?;
                Ok((!a, !s))
            })?
        };
        let json = serde_json::to_string(event).map_err(|e| Error::Corrupt(e.to_string()))?;
        let date = event.date.as_ref();
        let mention_id = self.sql(|tx| {
            tx.prepare_cached(
                "INSERT INTO mentions (event_id, article_id, doc, sentence, evidence_start, evidence_end, evidence_text,
                    source_text, target_text, cameo, mode, date_start, date_end, date_precision, date_text, date_basis,
                    reported_by_text, reported_by_code, location_name, location_country, location_lat, location_lon,
                    rule, source_key, event_json)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,
                    ?21, ?22, ?23, ?24, ?25)",
            )?
            .execute(params![
                event_id,
                article_id,
                event.doc,
                event.sentence as i64,
                event.evidence.start as i64,
                event.evidence.end as i64,
                event.evidence.text,
                event.source.as_ref().map(|a| &a.text),
                event.target.as_ref().map(|a| &a.text),
                event.cameo,
                event.mode.as_str(),
                date_str(date.and_then(|d| d.start)),
                date_str(date.and_then(|d| d.end)),
                date.map(|d| json_word(&d.precision)),
                date.map(|d| &d.text),
                date.map(|d| json_word(&d.basis)),
                event.reported_by.as_ref().map(|a| &a.text),
                event.reported_by.as_ref().and_then(|a| a.actor.clone()),
                event.location.as_ref().map(|l| &l.name),
                event.location.as_ref().and_then(|l| l.country.clone()),
                event.location.as_ref().and_then(|l| l.lat),
                event.location.as_ref().and_then(|l| l.lon),
                event.rule,
                source_key,
                json,
            ])?;
            Ok(tx.last_insert_rowid())
        })?;
        self.sql(|tx| {
            tx.prepare_cached(
                "UPDATE events SET
                    first_mention = coalesce(first_mention, ?2),
                    num_mentions = num_mentions + 1,
                    num_articles = num_articles + ?3,
                    num_sources = num_sources + ?4
                 WHERE id = ?1",
            )?
            .execute(params![event_id, mention_id, new_article, new_source])
        })?;
        Ok(is_new)
    }

    /// Commits the batch.
    pub fn commit(self) -> Result<()> {
        let path = self.store_path.to_path_buf();
        self.tx.commit().map_err(|source| Error::Sqlite {
            path,
            error: source,
        })
    }
}

/// The contract's lowercase name of a serde unit enum (`Precision`, `DateBasis`).
fn json_word<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}
