//! Rendering stored events: a table for people, JSON Lines, CSV, GDELT 2.0 event rows, and
//! series tables.

use std::io::{self, Write};

use dyad_model::Actor;
use dyad_store::{SeriesRow, StoredEvent, StoredMention};
use serde_json::json;

fn code(actor: &Option<Actor>) -> String {
    match actor {
        Some(a) => a.actor.clone().unwrap_or_else(|| a.name.clone()),
        None => "-".into(),
    }
}

fn date_range(e: &StoredEvent) -> String {
    match (e.date_start, e.date_end) {
        (Some(s), Some(t)) if s == t => s.to_string(),
        (Some(s), Some(t)) => format!("{s}..{t}"),
        (Some(s), None) => s.to_string(),
        _ => "-".into(),
    }
}

/// Cuts to `max` characters with an ellipsis.
fn cut(s: &str, max: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        flat
    } else {
        let mut t: String = flat.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

pub fn table_header(out: &mut impl Write) -> io::Result<()> {
    writeln!(
        out,
        "{:>6}  {:<22}  {:<9}  {:<9}  {:<5}  {:<12}  {:>1}  {:>5}  {:<12}  {:>9}  evidence",
        "id", "date", "source", "target", "cameo", "plover", "q", "gold", "mode", "m/a/s"
    )
}

pub fn table_row(out: &mut impl Write, e: &StoredEvent) -> io::Result<()> {
    writeln!(
        out,
        "{:>6}  {:<22}  {:<9}  {:<9}  {:<5}  {:<12}  {:>1}  {:>5.1}  {:<12}  {:>9}  {}",
        e.id,
        date_range(e),
        cut(&code(&e.source), 9),
        cut(&code(&e.target), 9),
        e.cameo,
        e.plover.as_deref().unwrap_or("-"),
        e.quad_class,
        e.goldstein,
        e.mode.as_str(),
        format!("{}/{}/{}", e.num_mentions, e.num_articles, e.num_sources),
        cut(&e.evidence, 80)
    )
}

pub fn table_mentions(out: &mut impl Write, mentions: &[StoredMention]) -> io::Result<()> {
    for m in mentions {
        let outlet = m.outlet.as_deref().or(m.url.as_deref()).unwrap_or(&m.doc);
        writeln!(
            out,
            "{:>8} {} [{}] {}: {}",
            "└",
            m.published
                .map_or_else(|| "-".to_string(), |d| d.to_string()),
            m.event.mode.as_str(),
            cut(outlet, 30),
            cut(&m.event.evidence.text, 100)
        )?;
    }
    Ok(())
}

fn event_json(e: &StoredEvent, mentions: Option<&[StoredMention]>) -> serde_json::Value {
    let mut value = serde_json::to_value(e).unwrap_or_else(|_| json!({}));
    if let (Some(mentions), Some(obj)) = (mentions, value.as_object_mut()) {
        obj.insert(
            "mentions".into(),
            serde_json::to_value(mentions).unwrap_or_else(|_| json!([])),
        );
    }
    value
}

pub fn jsonl(
    out: &mut impl Write,
    e: &StoredEvent,
    mentions: Option<&[StoredMention]>,
) -> io::Result<()> {
    serde_json::to_writer(&mut *out, &event_json(e, mentions))?;
    writeln!(out)
}

/// RFC 4180 quoting, only when needed.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn write_csv(out: &mut impl Write, fields: &[String]) -> io::Result<()> {
    let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
    writeln!(out, "{}", line.join(","))
}

pub fn csv_header(out: &mut impl Write) -> io::Result<()> {
    let names = [
        "id",
        "date_start",
        "date_end",
        "source",
        "source_name",
        "source_country",
        "target",
        "target_name",
        "target_country",
        "cameo",
        "plover",
        "quad_class",
        "goldstein",
        "mode",
        "num_mentions",
        "num_articles",
        "num_sources",
        "doc",
        "url",
        "sentence",
        "evidence",
    ];
    write_csv(out, &names.map(String::from))
}

pub fn csv_row(out: &mut impl Write, e: &StoredEvent) -> io::Result<()> {
    let opt = |s: Option<&str>| s.unwrap_or("").to_string();
    let actor = |a: &Option<Actor>| {
        (
            a.as_ref().and_then(|a| a.actor.clone()).unwrap_or_default(),
            a.as_ref().map(|a| a.name.clone()).unwrap_or_default(),
            a.as_ref()
                .and_then(|a| a.country.clone())
                .unwrap_or_default(),
        )
    };
    let (s, sn, sc) = actor(&e.source);
    let (t, tn, tc) = actor(&e.target);
    write_csv(
        out,
        &[
            e.id.to_string(),
            e.date_start.map(|d| d.to_string()).unwrap_or_default(),
            e.date_end.map(|d| d.to_string()).unwrap_or_default(),
            s,
            sn,
            sc,
            t,
            tn,
            tc,
            e.cameo.clone(),
            opt(e.plover.as_deref()),
            e.quad_class.to_string(),
            e.goldstein.to_string(),
            e.mode.as_str().to_string(),
            e.num_mentions.to_string(),
            e.num_articles.to_string(),
            e.num_sources.to_string(),
            e.doc.clone(),
            opt(e.url.as_deref()),
            e.sentence.to_string(),
            e.evidence.clone(),
        ],
    )
}

/// GDELT's 10 actor columns: code, name, country, known group, ethnic, religion ×2, type ×3.
fn gdelt_actor(a: &Option<Actor>) -> [String; 10] {
    let mut cols: [String; 10] = Default::default();
    if let Some(a) = a {
        cols[0] = a.actor.clone().unwrap_or_default();
        cols[1] = a.name.to_uppercase();
        cols[2] = a.country.clone().unwrap_or_default();
        cols[7] = a.role.clone().unwrap_or_default();
    }
    cols
}

/// GDELT's 8 geography columns; dyad locates the action only.
fn gdelt_geo(e: &StoredEvent) -> [String; 8] {
    let mut cols: [String; 8] = Default::default();
    if let Some(l) = &e.location {
        // 1 = country, 4 = world city: a place with coordinates that is not the country itself.
        let is_city = l.lat.is_some() && l.country.as_deref() != Some(l.name.as_str());
        cols[0] = if is_city { "4" } else { "1" }.to_string();
        cols[1] = l.name.clone();
        cols[2] = l.country.clone().unwrap_or_default();
        cols[5] = l.lat.map(|v| v.to_string()).unwrap_or_default();
        cols[6] = l.lon.map(|v| v.to_string()).unwrap_or_default();
    }
    cols
}

/// One GDELT 2.0 event row (61 tab-separated columns). Country codes are ISO 3166 alpha-3
/// (CAMEO's), not GDELT's FIPS codes in the `*Geo_CountryCode` columns.
pub fn gdelt_row(out: &mut impl Write, e: &StoredEvent) -> io::Result<()> {
    let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
    let (sqldate, month_year, year, fraction) = match e.date_start {
        Some(d) => (
            format!("{:04}{:02}{:02}", d.year(), d.month(), d.day()),
            format!("{:04}{:02}", d.year(), d.month()),
            d.year().to_string(),
            format!(
                "{:.4}",
                f64::from(d.year()) + f64::from(d.day_of_year()) / 365.0
            ),
        ),
        None => Default::default(),
    };
    let base: String = e.cameo.chars().take(3).collect();
    let root: String = e.cameo.chars().take(2).collect();
    let added: String = e.added_at.chars().filter(char::is_ascii_digit).collect();
    let mut cols: Vec<String> = vec![e.id.to_string(), sqldate, month_year, year, fraction];
    cols.extend(gdelt_actor(&e.source));
    cols.extend(gdelt_actor(&e.target));
    cols.extend([
        // GDELT's IsRootEvent marks events from the lead paragraph.
        if e.sentence <= 2 { "1" } else { "0" }.to_string(),
        e.cameo.clone(),
        base,
        root,
        e.quad_class.to_string(),
        e.goldstein.to_string(),
        e.num_mentions.to_string(),
        e.num_sources.to_string(),
        e.num_articles.to_string(),
        // AvgTone: dyad does not score tone.
        "0".to_string(),
    ]);
    // Actor1Geo and Actor2Geo are unknown; ActionGeo is the event's location.
    cols.extend(<[String; 8]>::default());
    cols.extend(<[String; 8]>::default());
    cols.extend(gdelt_geo(e));
    cols.push(added);
    cols.push(e.url.clone().unwrap_or_default());
    debug_assert_eq!(cols.len(), 61);
    let cols: Vec<String> = cols.iter().map(|c| clean(c)).collect();
    writeln!(out, "{}", cols.join("\t"))
}

pub fn series_table(out: &mut impl Write, rows: &[SeriesRow]) -> io::Result<()> {
    writeln!(
        out,
        "{:<10}  {:>9}  {:>9}  {:>9}  {:>9}  {:>6}  {:>9}  {:>8}",
        "period",
        "verb.coop",
        "mat.coop",
        "verb.conf",
        "mat.conf",
        "events",
        "goldstein",
        "mentions"
    )?;
    for r in rows {
        writeln!(
            out,
            "{:<10}  {:>9}  {:>9}  {:>9}  {:>9}  {:>6}  {:>9.1}  {:>8}",
            r.period,
            r.quad[0],
            r.quad[1],
            r.quad[2],
            r.quad[3],
            r.total(),
            r.goldstein,
            r.mentions
        )?;
    }
    Ok(())
}

pub fn series_csv(out: &mut impl Write, rows: &[SeriesRow]) -> io::Result<()> {
    writeln!(
        out,
        "period,start,quad1,quad2,quad3,quad4,events,goldstein,mentions"
    )?;
    for r in rows {
        writeln!(
            out,
            "{},{},{},{},{},{},{},{},{}",
            r.period,
            r.start,
            r.quad[0],
            r.quad[1],
            r.quad[2],
            r.quad[3],
            r.total(),
            r.goldstein,
            r.mentions
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_model::Mode;

    fn sample() -> StoredEvent {
        StoredEvent {
            id: 7,
            date_start: Some(jiff::civil::date(2023, 9, 12)),
            date_end: Some(jiff::civil::date(2023, 9, 12)),
            source: Some(Actor {
                text: "Kim Dzong Un".into(),
                name: "Kim Jong Un".into(),
                actor: Some("PRKGOV".into()),
                country: Some("PRK".into()),
                role: Some("GOV".into()),
            }),
            target: None,
            cameo: "042".into(),
            plover: Some("CONSULT".into()),
            quad_class: 1,
            goldstein: 1.9,
            mode: Mode::Asserted,
            num_mentions: 3,
            num_articles: 2,
            num_sources: 2,
            doc: "a1".into(),
            url: Some("https://example.pl/a".into()),
            sentence: 0,
            evidence: "Kim, \"lider\", przybył.".into(),
            added_at: "2026-11-27T17:30:05Z".into(),
            location: None,
            reported_by: None,
            rule: "pl/consult/przybyć-do".into(),
        }
    }

    #[test]
    fn gdelt_rows_have_61_columns_in_order() {
        let mut buf = Vec::new();
        gdelt_row(&mut buf, &sample()).unwrap();
        let line = String::from_utf8(buf).unwrap();
        let cols: Vec<&str> = line.trim_end_matches('\n').split('\t').collect();
        assert_eq!(cols.len(), 61);
        assert_eq!(
            &cols[..8],
            [
                "7",
                "20230912",
                "202309",
                "2023",
                "2023.6986",
                "PRKGOV",
                "KIM JONG UN",
                "PRK"
            ]
        );
        assert_eq!(cols[12], "GOV");
        assert_eq!(
            &cols[25..34],
            ["1", "042", "042", "04", "1", "1.9", "3", "2", "2"]
        );
        assert_eq!(cols[59], "20261127173005");
        assert_eq!(cols[60], "https://example.pl/a");
    }

    #[test]
    fn csv_quotes_when_needed() {
        let mut buf = Vec::new();
        csv_row(&mut buf, &sample()).unwrap();
        let line = String::from_utf8(buf).unwrap();
        assert!(
            line.ends_with(",0,\"Kim, \"\"lider\"\", przybył.\"\n"),
            "{line}"
        );
    }
}
