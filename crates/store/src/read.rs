//! Reading: filtered events, their mentions, and dyad time series.

use std::collections::BTreeMap;

use dyad_model::{Actor, Event, Location, Mode};
use jiff::civil::Date;
use rusqlite::types::Value;
use rusqlite::Row;
use serde::Serialize;

use crate::{Error, Result, Store};

/// Which events to read. Every field narrows; the default reads everything.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    /// Source actor: a country (`RUS`) or an actor code (`RUSGOV`, or a prefix of one).
    pub source: Option<String>,
    /// Target actor, as `source`.
    pub target: Option<String>,
    /// Also match the dyad the other way round (source and target swapped).
    pub either_direction: bool,
    /// CAMEO code or a prefix of one: `04` (the root), `042`.
    pub cameo: Option<String>,
    /// PLOVER event type (`CONSULT`), case-insensitive.
    pub plover: Option<String>,
    /// Quad class, 1 to 4.
    pub quad_class: Option<u8>,
    /// Mode.
    pub mode: Option<Mode>,
    /// Modes left out (e.g. negated and hypothetical events, which did not happen, from a
    /// series).
    pub exclude_modes: Vec<Mode>,
    /// Events that end on or after this day.
    pub from: Option<Date>,
    /// Events that start on or before this day.
    pub to: Option<Date>,
    /// Words in the evidence of any mention (case-insensitive).
    pub text: Option<String>,
    /// At most this many events.
    pub limit: Option<usize>,
    /// Skip this many events first (paging, with `limit`).
    pub offset: Option<usize>,
}

/// Modes a series leaves out unless asked for them: events that did not happen (negated) or
/// may never happen (hypothetical, conditional). What happened, is planned or is alleged counts.
pub const SERIES_LEFT_OUT: [Mode; 3] = [Mode::Negated, Mode::Hypothetical, Mode::Conditional];

/// A deduplicated event with its counts and the evidence it was first coded from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredEvent {
    /// Event id in the store (GDELT's GLOBALEVENTID).
    pub id: i64,
    /// First day, inclusive.
    pub date_start: Option<Date>,
    /// Last day, inclusive.
    pub date_end: Option<Date>,
    /// Who acts.
    pub source: Option<Actor>,
    /// Who is acted upon.
    pub target: Option<Actor>,
    /// CAMEO code of the first mention.
    pub cameo: String,
    /// PLOVER type.
    pub plover: Option<String>,
    /// Quad class.
    pub quad_class: u8,
    /// Goldstein score.
    pub goldstein: f64,
    /// The strongest mode among the mentions.
    pub mode: Mode,
    /// Mentions (GDELT NumMentions).
    pub num_mentions: i64,
    /// Distinct articles (GDELT NumArticles).
    pub num_articles: i64,
    /// Distinct outlets (GDELT NumSources).
    pub num_sources: i64,
    /// Document id of the first article.
    pub doc: String,
    /// URL of the first article.
    pub url: Option<String>,
    /// Sentence index of the first mention in its article.
    pub sentence: i64,
    /// Evidence of the first mention.
    pub evidence: String,
    /// When the event was stored.
    pub added_at: String,
    /// Where, as the first mention says.
    pub location: Option<Location>,
    /// Who says so, as the first mention says.
    pub reported_by: Option<Actor>,
    /// The lexicon entry or rule that coded the first mention.
    pub rule: String,
}

/// One mention of an event: the event as the coder produced it, and its article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredMention {
    /// The event it was merged into.
    pub event_id: i64,
    /// The article's document id.
    pub doc: String,
    /// The article's URL.
    pub url: Option<String>,
    /// The article's outlet.
    pub outlet: Option<String>,
    /// The article's publication date.
    pub published: Option<Date>,
    /// The coded event (contract fields).
    pub event: Event,
}

/// Time buckets for series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// Calendar days.
    Day,
    /// ISO weeks (`2023-W37`).
    Week,
    /// Calendar months.
    Month,
}

/// One period of a dyad series.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeriesRow {
    /// The period's label: `2023-09-11`, `2023-W37`, `2023-09`.
    pub period: String,
    /// First day of the period.
    pub start: Date,
    /// Events per quad class (index 0 is quad class 1).
    pub quad: [u64; 4],
    /// Sum of the events' Goldstein scores.
    pub goldstein: f64,
    /// Sum of the events' mentions.
    pub mentions: u64,
}

impl SeriesRow {
    /// Events in the period.
    pub fn total(&self) -> u64 {
        self.quad.iter().sum()
    }
}

const EVENT_COLUMNS: &str =
    "e.id, e.date_start, e.date_end, e.cameo, e.plover, e.quad_class, e.goldstein, e.mode,
    e.num_mentions, e.num_articles, e.num_sources, e.added_at,
    sa.code, sa.name, sa.country, sa.role, ms.source_text,
    ta.code, ta.name, ta.country, ta.role, ms.target_text,
    a.doc, a.url, ms.sentence, ms.evidence_text,
    ms.location_name, ms.location_country, ms.location_lat, ms.location_lon, ms.event_json";

/// Joins from `events e` to what an event shows.
const EVENT_JOINS: &str = "JOIN articles a ON a.id = e.article_id
    LEFT JOIN mentions ms ON ms.id = e.first_mention
    LEFT JOIN actors sa ON sa.id = e.source_actor
    LEFT JOIN actors ta ON ta.id = e.target_actor";

fn parse_date(s: Option<String>) -> Result<Option<Date>> {
    s.map(|s| {
        s.parse::<Date>()
            .map_err(|e| Error::Corrupt(format!("date {s:?}: {e}")))
    })
    .transpose()
}

fn nonempty(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

/// An actor from its `actors` row and the words of the first mention.
fn actor(row: &Row<'_>, at: usize) -> rusqlite::Result<Option<Actor>> {
    let name: Option<String> = row.get(at + 1)?;
    let Some(name) = name else { return Ok(None) };
    Ok(Some(Actor {
        actor: row.get::<_, Option<String>>(at)?.and_then(nonempty),
        name,
        country: row.get::<_, Option<String>>(at + 2)?.and_then(nonempty),
        role: row.get::<_, Option<String>>(at + 3)?.and_then(nonempty),
        text: row.get::<_, Option<String>>(at + 4)?.unwrap_or_default(),
    }))
}

impl Period {
    /// Parses `day`, `week` or `month`.
    pub fn parse(s: &str) -> Option<Period> {
        Some(match s {
            "day" => Period::Day,
            "week" => Period::Week,
            "month" => Period::Month,
            _ => return None,
        })
    }
}

impl EventFilter {
    /// The WHERE clause and its parameters, without ORDER BY or LIMIT.
    fn where_sql(&self) -> (String, Vec<Value>) {
        let mut clauses: Vec<String> = Vec::new();
        let mut params: Vec<Value> = Vec::new();
        let param = |v: Value, params: &mut Vec<Value>| {
            params.push(v);
            format!("?{}", params.len())
        };
        let side = |col: &str, p: &str| {
            format!("({col}_code = {p} OR {col}_country = {p} OR {col}_code LIKE {p} || '%')")
        };
        match (&self.source, &self.target) {
            (None, None) => {}
            (s, t) => {
                let mut forward = Vec::new();
                let mut backward = Vec::new();
                if let Some(s) = s {
                    let p = param(Value::Text(s.to_uppercase()), &mut params);
                    forward.push(side("e.source", &p));
                    backward.push(side("e.target", &p));
                }
                if let Some(t) = t {
                    let p = param(Value::Text(t.to_uppercase()), &mut params);
                    forward.push(side("e.target", &p));
                    backward.push(side("e.source", &p));
                }
                if self.either_direction {
                    clauses.push(format!(
                        "(({}) OR ({}))",
                        forward.join(" AND "),
                        backward.join(" AND ")
                    ));
                } else {
                    clauses.extend(forward);
                }
            }
        }
        if let Some(c) = &self.cameo {
            let p = param(Value::Text(c.clone()), &mut params);
            clauses.push(format!("e.cameo LIKE {p} || '%'"));
        }
        if let Some(pl) = &self.plover {
            let p = param(Value::Text(pl.to_uppercase()), &mut params);
            clauses.push(format!("upper(e.plover) = {p}"));
        }
        if let Some(q) = self.quad_class {
            let p = param(Value::Integer(i64::from(q)), &mut params);
            clauses.push(format!("e.quad_class = {p}"));
        }
        if let Some(m) = self.mode {
            let p = param(Value::Text(m.as_str().into()), &mut params);
            clauses.push(format!("e.mode = {p}"));
        }
        for m in &self.exclude_modes {
            let p = param(Value::Text(m.as_str().into()), &mut params);
            clauses.push(format!("e.mode <> {p}"));
        }
        if let Some(d) = self.from {
            let p = param(Value::Text(d.to_string()), &mut params);
            clauses.push(format!("e.date_end >= {p}"));
        }
        if let Some(d) = self.to {
            let p = param(Value::Text(d.to_string()), &mut params);
            clauses.push(format!("e.date_start <= {p}"));
        }
        if let Some(t) = &self.text {
            let p = param(Value::Text(t.clone()), &mut params);
            clauses.push(format!(
                "EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND dyad_contains(m.evidence_text, {p}))"
            ));
        }
        let sql = if clauses.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", clauses.join(" AND "))
        };
        (sql, params)
    }

    /// The FROM clause of the event SELECT, its ORDER BY, and the parameters.
    ///
    /// The page of ids is chosen first, from `events` alone, and only those rows are joined to
    /// their actors, article and first mention: sorting every matching row with its evidence
    /// and contract JSON attached made `GET /api/events?limit=100` over 3,862 events nine times
    /// slower (143 against 1,343 requests/s, `scripts/bench_server.sh`).
    fn to_sql(&self) -> (String, Vec<Value>) {
        const ORDER: &str = " ORDER BY e.date_start IS NULL, e.date_start, e.id";
        let (clause, params) = self.where_sql();
        let mut sql = format!("FROM (SELECT e.id FROM events e {clause}{ORDER}");
        match (self.limit, self.offset) {
            (Some(n), Some(k)) => sql.push_str(&format!(" LIMIT {n} OFFSET {k}")),
            (Some(n), None) => sql.push_str(&format!(" LIMIT {n}")),
            // SQLite takes OFFSET only after a LIMIT; -1 is "no limit".
            (None, Some(k)) => sql.push_str(&format!(" LIMIT -1 OFFSET {k}")),
            (None, None) => {}
        }
        sql.push_str(&format!(
            ") page JOIN events e ON e.id = page.id {EVENT_JOINS}{ORDER}"
        ));
        (sql, params)
    }
}

impl Store {
    /// Calls `f` on every event matching `filter`, in date order, one row at a time (exports
    /// stream; nothing is collected).
    pub fn for_each_event(
        &self,
        filter: &EventFilter,
        f: impl FnMut(StoredEvent) -> std::io::Result<()>,
    ) -> Result<std::io::Result<()>> {
        let (clause, params) = filter.to_sql();
        self.select_events(&clause, params, f)
    }

    /// How many events match `filter`, ignoring its limit and offset (the total behind a page).
    pub fn count_events(&self, filter: &EventFilter) -> Result<u64> {
        let (clause, params) = filter.where_sql();
        let sql = format!("SELECT count(*) FROM events e {clause}");
        let n: i64 = self.sql(|c| {
            c.prepare_cached(&sql)?
                .query_row(rusqlite::params_from_iter(params), |r| r.get(0))
        })?;
        Ok(n.max(0) as u64)
    }

    /// The event with this id, if there is one.
    pub fn event(&self, id: i64) -> Result<Option<StoredEvent>> {
        let mut found = None;
        let clause = format!("FROM events e {EVENT_JOINS} WHERE e.id = ?1");
        self.select_events(&clause, vec![Value::Integer(id)], |e| {
            found = Some(e);
            Ok(())
        })?
        .map_err(|e| Error::Corrupt(e.to_string()))?;
        Ok(found)
    }

    /// Runs the event SELECT with `clause` (FROM, joins, WHERE, ORDER BY) and calls `f` per row.
    fn select_events(
        &self,
        clause: &str,
        params: Vec<Value>,
        mut f: impl FnMut(StoredEvent) -> std::io::Result<()>,
    ) -> Result<std::io::Result<()>> {
        let sql = format!("SELECT {EVENT_COLUMNS} {clause}");
        let mut stmt = self
            .conn
            .prepare_cached(&sql)
            .map_err(|source| Error::Sqlite {
                path: self.path.clone(),
                error: source,
            })?;
        let mut rows = stmt
            .query(rusqlite::params_from_iter(params))
            .map_err(|source| Error::Sqlite {
                path: self.path.clone(),
                error: source,
            })?;
        loop {
            let row = match rows.next() {
                Ok(Some(row)) => row,
                Ok(None) => return Ok(Ok(())),
                Err(source) => {
                    return Err(Error::Sqlite {
                        path: self.path.clone(),
                        error: source,
                    })
                }
            };
            let event = stored_event(row).map_err(|source| Error::Sqlite {
                path: self.path.clone(),
                error: source,
            })?;
            let event = StoredEvent {
                date_start: parse_date(event.0)?,
                date_end: parse_date(event.1)?,
                mode: Mode::parse(&event.2)
                    .ok_or_else(|| Error::Corrupt(format!("mode {:?}", event.2)))?,
                ..event.3
            };
            if let Err(e) = f(event) {
                return Ok(Err(e));
            }
        }
    }

    /// Every event matching `filter`, collected.
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<StoredEvent>> {
        let mut out = Vec::new();
        self.for_each_event(filter, |e| {
            out.push(e);
            Ok(())
        })?
        .map_err(|e| Error::Corrupt(e.to_string()))?;
        Ok(out)
    }

    /// The mentions of an event, in the order they were stored.
    pub fn mentions(&self, event_id: i64) -> Result<Vec<StoredMention>> {
        let rows: Vec<MentionRow> = self.sql(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT a.doc, a.url, a.outlet, a.published, m.event_json
                 FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ?1 ORDER BY m.id",
            )?;
            let rows = stmt.query_map([event_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?;
            rows.collect()
        })?;
        rows.into_iter()
            .map(|(doc, url, outlet, published, json)| {
                let event: Event = serde_json::from_str(&json)
                    .map_err(|e| Error::Corrupt(format!("event_json: {e}")))?;
                Ok(StoredMention {
                    event_id,
                    doc,
                    url,
                    outlet,
                    published: parse_date(published)?,
                    event,
                })
            })
            .collect()
    }

    /// The dyad over time: events per quad class and summed Goldstein score per period, every
    /// period from the first to the last included (empty ones as zeros, so charts keep a true
    /// time axis). Undated events are left out.
    pub fn series(&self, filter: &EventFilter, by: Period) -> Result<Vec<SeriesRow>> {
        let mut buckets: BTreeMap<Date, SeriesRow> = BTreeMap::new();
        self.for_each_event(filter, |e| {
            let Some(day) = e.date_start else {
                return Ok(());
            };
            let start = period_start(day, by);
            let row = buckets.entry(start).or_insert_with(|| SeriesRow {
                period: period_label(start, by),
                start,
                quad: [0; 4],
                goldstein: 0.0,
                mentions: 0,
            });
            if (1..=4).contains(&e.quad_class) {
                row.quad[usize::from(e.quad_class) - 1] += 1;
            }
            row.goldstein += e.goldstein;
            row.mentions += e.num_mentions.max(0) as u64;
            Ok(())
        })?
        .map_err(|e| Error::Corrupt(e.to_string()))?;
        let (Some(&first), Some(&last)) = (buckets.keys().next(), buckets.keys().next_back())
        else {
            return Ok(Vec::new());
        };
        // Fill gaps, up to a bound that keeps a decade of days from exploding a table.
        let mut out = Vec::new();
        let mut at = first;
        while at <= last && out.len() < 5000 {
            out.push(buckets.remove(&at).unwrap_or_else(|| SeriesRow {
                period: period_label(at, by),
                start: at,
                quad: [0; 4],
                goldstein: 0.0,
                mentions: 0,
            }));
            let Some(next) = next_period(at, by) else {
                break;
            };
            at = next;
        }
        out.extend(buckets.into_values());
        Ok(out)
    }
}

/// doc, url, outlet, published, event JSON.
type MentionRow = (
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
);

type EventParts = (Option<String>, Option<String>, String, StoredEvent);

fn stored_event(row: &Row<'_>) -> rusqlite::Result<EventParts> {
    // The first mention as the coder produced it: who reported it, the rule, the place's words.
    let first: Option<Event> = row
        .get::<_, Option<String>>(30)?
        .and_then(|j| serde_json::from_str(&j).ok());
    let event = StoredEvent {
        id: row.get(0)?,
        date_start: None,
        date_end: None,
        cameo: row.get(3)?,
        plover: row.get(4)?,
        quad_class: row.get(5)?,
        goldstein: row.get(6)?,
        mode: Mode::Asserted,
        num_mentions: row.get(8)?,
        num_articles: row.get(9)?,
        num_sources: row.get(10)?,
        added_at: row.get(11)?,
        source: actor(row, 12)?,
        target: actor(row, 17)?,
        doc: row.get(22)?,
        url: row.get(23)?,
        sentence: row.get::<_, Option<i64>>(24)?.unwrap_or(0),
        evidence: row.get::<_, Option<String>>(25)?.unwrap_or_default(),
        location: match row.get::<_, Option<String>>(26)? {
            None => None,
            Some(name) => Some(Location {
                // The words of the location are only in the mention's contract JSON.
                text: first
                    .as_ref()
                    .and_then(|e| e.location.as_ref())
                    .map(|l| l.text.clone())
                    .unwrap_or_default(),
                name,
                country: row.get(27)?,
                lat: row.get(28)?,
                lon: row.get(29)?,
            }),
        },
        reported_by: first.as_ref().and_then(|e| e.reported_by.clone()),
        rule: first.map(|e| e.rule).unwrap_or_default(),
    };
    Ok((row.get(1)?, row.get(2)?, row.get(7)?, event))
}

/// First day of the period containing `day`.
pub fn period_start(day: Date, by: Period) -> Date {
    match by {
        Period::Day => day,
        Period::Week => {
            let back = i64::from(day.weekday().to_monday_zero_offset());
            day.checked_sub(jiff::Span::new().days(back)).unwrap_or(day)
        }
        Period::Month => day.first_of_month(),
    }
}

fn next_period(start: Date, by: Period) -> Option<Date> {
    let span = match by {
        Period::Day => jiff::Span::new().days(1),
        Period::Week => jiff::Span::new().weeks(1),
        Period::Month => jiff::Span::new().months(1),
    };
    start.checked_add(span).ok()
}

fn period_label(start: Date, by: Period) -> String {
    match by {
        Period::Day => start.to_string(),
        Period::Week => {
            let iso = start.iso_week_date();
            format!("{}-W{:02}", iso.year(), iso.week())
        }
        Period::Month => format!("{:04}-{:02}", start.year(), start.month()),
    }
}
