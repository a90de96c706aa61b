//! PETRARCH's unit-test records: `PETR.UnitTest.records.xml` (PETRARCH's own validation
//! format) or the same records as JSON Lines (`petrarch2_unittest_expected.jsonl`).
//!
//! ```text
//! <Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
//! <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
//! <Text> Arnor is about to restore ... </Text>
//! <Parse> (ROOT ...) </Parse>           a constituency parse: dyad checks only that it is
//!                                       well formed (PETRARCH refuses a malformed one)
//! </Sentence>
//! ```
//!
//! An `EventCoding` may instead say `noevents="True"` or `error="..."` (a discarded sentence, a
//! bad dateline): PETRARCH codes nothing for those.

use jiff::civil::Date;

use crate::actors::parse_date;
use crate::error::{Error, Result};

/// One expected event: codes as PETRARCH writes them (`---` for no actor).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Coding {
    /// Source actor code.
    pub source: String,
    /// Target actor code.
    pub target: String,
    /// Event code.
    pub code: String,
}

/// What a record expects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    /// These events, in any order.
    Events(Vec<Coding>),
    /// `noevents`: nothing.
    NoEvents,
    /// `error="kind"`: PETRARCH refuses the record (`sentencediscard`, `storydiscard`,
    /// `dateline`, `bad_input_parse`), so nothing is coded.
    Error(String),
}

impl Expected {
    /// The events expected; none for [`Expected::NoEvents`] and [`Expected::Error`].
    pub fn codings(&self) -> &[Coding] {
        match self {
            Expected::Events(e) => e,
            _ => &[],
        }
    }
}

/// One test record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The record id (`DEMO-00`; not unique in the suite).
    pub id: String,
    /// The story date.
    pub date: Date,
    /// The category (`DEMO`, `SYNSET`, `COMPOUND`, ...).
    pub category: String,
    /// The sentence, whitespace normalised.
    pub text: String,
    /// What PETRARCH must code.
    pub expected: Expected,
    /// 1-based line where the record starts.
    pub line: usize,
    /// Whether the record's `<Parse>` has balanced brackets; `None` when it has none (JSON
    /// Lines). dyad codes from the text, but a record whose given parse is malformed is input
    /// PETRARCH refuses (`error="bad_input_parse"`), and so does the suite runner.
    pub parse_well_formed: Option<bool>,
}

/// Whether a bracketed parse is well formed: every `)` closes an open `(`, all are closed at
/// the end, and it has one top-level tree.
pub fn parse_well_formed(parse: &str) -> bool {
    let mut depth = 0usize;
    let mut trees = 0usize;
    for c in parse.chars() {
        match c {
            '(' => {
                if depth == 0 {
                    trees += 1;
                }
                depth += 1;
            }
            ')' => match depth.checked_sub(1) {
                Some(d) => depth = d,
                None => return false,
            },
            _ => {}
        }
    }
    depth == 0 && trees == 1
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// The `key="value"` attributes of a tag's inside; values in double or single quotes.
fn attributes(tag: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = tag;
    while let Some(eq) = rest.find('=') {
        let key = rest[..eq]
            .split_whitespace()
            .last()
            .unwrap_or_default()
            .to_owned();
        let after = rest[eq + 1..].trim_start();
        let Some(quote) = after.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            break;
        };
        let Some(end) = after[1..].find(quote) else {
            break;
        };
        out.push((key, unescape(&after[1..1 + end])));
        rest = &after[1 + end + 1..];
    }
    out
}

fn attribute<'a>(attrs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset].bytes().filter(|&b| b == b'\n').count() + 1
}

fn expected_of(file: &str, line: usize, codings: Vec<Vec<(String, String)>>) -> Result<Expected> {
    let mut events = Vec::new();
    for attrs in &codings {
        if let Some(kind) = attribute(attrs, "error") {
            return Ok(Expected::Error(kind.to_owned()));
        }
        if attribute(attrs, "noevents").is_some() {
            return Ok(Expected::NoEvents);
        }
        let get = |key: &str| {
            attribute(attrs, key)
                .map(str::to_owned)
                .ok_or_else(|| Error::syntax(file, line, format!("EventCoding without {key}")))
        };
        events.push(Coding {
            source: get("sourcecode")?,
            target: get("targetcode")?,
            code: get("eventcode")?,
        });
    }
    Ok(Expected::Events(events))
}

/// Reads records in PETRARCH's XML validation format; `file` names it in errors.
pub fn parse_xml(file: &str, text: &str) -> Result<Vec<Record>> {
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(start) = text[pos..].find("<Sentence ").map(|i| pos + i) {
        let line = line_of(text, start);
        let Some(end) = text[start..].find("</Sentence>").map(|i| start + i) else {
            return Err(Error::syntax(file, line, "<Sentence> without </Sentence>"));
        };
        let body = &text[start..end];
        pos = end;
        let Some(tag_end) = body.find('>') else {
            return Err(Error::syntax(file, line, "unclosed <Sentence tag"));
        };
        let attrs = attributes(&body[..tag_end]);
        let get = |key: &str| {
            attribute(&attrs, key)
                .ok_or_else(|| Error::syntax(file, line, format!("<Sentence> without {key}=")))
        };
        let id = get("id")?.to_owned();
        let date_text = get("date")?;
        let date = parse_date(date_text).ok_or_else(|| {
            Error::syntax(file, line, format!("bad date {date_text:?} (YYYYMMDD)"))
        })?;
        let category = attribute(&attrs, "category").unwrap_or_default().to_owned();
        // Comments may hold old EventCodings: drop them first.
        let mut clean = String::new();
        let mut rest = &body[tag_end + 1..];
        while let Some(open) = rest.find("<!--") {
            clean.push_str(&rest[..open]);
            match rest[open..].find("-->") {
                Some(close) => rest = &rest[open + close + 3..],
                None => {
                    rest = "";
                    break;
                }
            }
        }
        clean.push_str(rest);
        let mut codings = Vec::new();
        let mut scan = clean.as_str();
        while let Some(open) = scan.find("<EventCoding") {
            let Some(close) = scan[open..].find('>') else {
                return Err(Error::syntax(file, line, "unclosed <EventCoding tag"));
            };
            codings.push(attributes(&scan[open + "<EventCoding".len()..open + close]));
            scan = &scan[open + close..];
        }
        let Some(text_start) = clean.find("<Text>") else {
            return Err(Error::syntax(
                file,
                line,
                format!("record {id} has no <Text>"),
            ));
        };
        let Some(text_end) = clean.find("</Text>") else {
            return Err(Error::syntax(
                file,
                line,
                format!("record {id}: <Text> without </Text>"),
            ));
        };
        let sentence = unescape(&clean[text_start + 6..text_end])
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let parse_well_formed = clean.find("<Parse>").map(|open| {
            let inner = &clean[open + "<Parse>".len()..];
            parse_well_formed(
                inner
                    .find("</Parse>")
                    .map_or(inner, |close| &inner[..close]),
            )
        });
        out.push(Record {
            id,
            date,
            category,
            text: sentence,
            expected: expected_of(file, line, codings)?,
            line,
            parse_well_formed,
        });
    }
    Ok(out)
}

/// Reads records as JSON Lines: `{"id", "date", "category", "text", "expected": [...]}` with
/// the same keys as the XML's attributes.
pub fn parse_jsonl(file: &str, text: &str) -> Result<Vec<Record>> {
    let mut out = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        if raw.trim().is_empty() {
            continue;
        }
        let value: serde_json::Value = serde_json::from_str(raw)
            .map_err(|e| Error::syntax(file, line, format!("bad JSON: {e}")))?;
        let field = |key: &str| {
            value
                .get(key)
                .and_then(|v| v.as_str())
                .ok_or_else(|| Error::syntax(file, line, format!("no string field {key:?}")))
        };
        let date_text = field("date")?;
        let date = parse_date(date_text).ok_or_else(|| {
            Error::syntax(file, line, format!("bad date {date_text:?} (YYYYMMDD)"))
        })?;
        let expected = value
            .get("expected")
            .and_then(|v| v.as_array())
            .ok_or_else(|| Error::syntax(file, line, "no array field \"expected\""))?;
        let codings = expected
            .iter()
            .map(|e| {
                e.as_object()
                    .map(|o| {
                        o.iter()
                            .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned())))
                            .collect()
                    })
                    .unwrap_or_default()
            })
            .collect();
        out.push(Record {
            id: field("id")?.to_owned(),
            date,
            category: field("category").unwrap_or_default().to_owned(),
            text: field("text")?
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            expected: expected_of(file, line, codings)?,
            line,
            parse_well_formed: None,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Records written for this test, in the suite's format.
    const XML: &str = "<Validation>\n<Sentences>\n<Sentence date=\"19950101\" id=\"T-1\" category=\"DEMO\" sentence=\"true\">\n<!-- <EventCoding sourcecode=\"OLD\" targetcode=\"X\" eventcode=\"010\"></EventCoding> -->\n<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>\n<EventCoding sourcecode='\"INJURY TOLL\"' targetcode=\"GON\" eventcode=\"223\"></EventCoding>\n<Text>\nArnor &amp; Gondor\n  agree.\n</Text>\n<Parse>(ROOT)</Parse>\n</Sentence>\n<Sentence date=\"20080801\" id=\"T-2\" category=\"ERROR\" sentence=\"true\">\n<EventCoding error = \"dateline\"></EventCoding>\n<Text>x</Text>\n</Sentence>\n<Sentence date=\"950101\" id=\"T-3\" category=\"DEMO\" sentence=\"true\">\n<EventCoding noevents = \"True\"></EventCoding>\n<Text>y</Text>\n</Sentence>\n</Sentences>\n</Validation>\n";

    #[test]
    fn xml_records_with_every_kind_of_expectation() {
        let records = parse_xml("r.xml", XML).expect("parses");
        assert_eq!(records.len(), 3);
        let r = &records[0];
        assert_eq!(
            (r.id.as_str(), r.category.as_str(), r.line),
            ("T-1", "DEMO", 3)
        );
        assert_eq!(r.date, Date::constant(1995, 1, 1));
        assert_eq!(r.text, "Arnor & Gondor agree.");
        assert_eq!(
            r.expected.codings(),
            [
                Coding {
                    source: "ARN".into(),
                    target: "GON".into(),
                    code: "064".into()
                },
                Coding {
                    source: "\"INJURY TOLL\"".into(),
                    target: "GON".into(),
                    code: "223".into()
                },
            ]
        );
        assert_eq!(records[1].expected, Expected::Error("dateline".into()));
        assert_eq!(records[2].expected, Expected::NoEvents);
    }

    #[test]
    fn jsonl_records_read_the_same() {
        let text = "{\"id\": \"T-1\", \"date\": \"19950101\", \"category\": \"DEMO\", \"text\": \"Arnor  agrees.\", \"expected\": [{\"sourcecode\": \"ARN\", \"targetcode\": \"GON\", \"eventcode\": \"064\"}]}\n{\"id\": \"T-2\", \"date\": \"19950101\", \"category\": \"DEMO\", \"text\": \"x\", \"expected\": [{\"noevents\": \"True\"}]}\n";
        let records = parse_jsonl("r.jsonl", text).expect("parses");
        assert_eq!(records[0].text, "Arnor agrees.");
        assert_eq!(records[0].expected.codings().len(), 1);
        assert_eq!(records[1].expected, Expected::NoEvents);
    }

    #[test]
    fn malformed_parses_are_found() {
        assert!(parse_well_formed(
            "(ROOT (S (NP (NNP Arnor)) (VP (VBZ is))))"
        ));
        // A missing `(VP`, missing closing brackets, two trees.
        assert!(!parse_well_formed("(ROOT (S (NP (NNP Arnor)) (VBZ is))))"));
        assert!(!parse_well_formed(
            "(ROOT (S (NP (NNP Arnor)) (VP (VBZ is))"
        ));
        assert!(!parse_well_formed("(ROOT (S)) (ROOT (S))"));
        let xml = "<Sentence date=\"19950101\" id=\"E\" category=\"ERROR\">\n<EventCoding error=\"bad_input_parse\"></EventCoding>\n<Text>x</Text>\n<Parse>(ROOT (S (NP x))</Parse>\n</Sentence>\n";
        let records = parse_xml("r.xml", xml).expect("parses");
        assert_eq!(records[0].parse_well_formed, Some(false));
    }

    #[test]
    fn errors_name_file_and_line() {
        let cases = [
            ("\n<Sentence id=\"A\" date=\"1995\">\n<Text>x</Text></Sentence>", "r.xml:2: ", "bad date"),
            ("<Sentence id=\"A\" date=\"19950101\">\n<Text>x</Text>", "r.xml:1: ", "without </Sentence>"),
            ("<Sentence date=\"19950101\"><Text>x</Text></Sentence>", "r.xml:1: ", "without id="),
            ("<Sentence id=\"A\" date=\"19950101\"><EventCoding sourcecode=\"A\"></EventCoding><Text>x</Text></Sentence>", "r.xml:1: ", "without targetcode"),
        ];
        for (text, at, want) in cases {
            let err = parse_xml("r.xml", text).expect_err(text).to_string();
            assert!(err.starts_with(at) && err.contains(want), "{err}");
        }
        let err = parse_jsonl("r.jsonl", "{}\n{")
            .expect_err("bad")
            .to_string();
        assert!(err.starts_with("r.jsonl:1: "), "{err}");
    }
}
