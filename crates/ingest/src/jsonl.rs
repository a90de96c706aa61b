//! JSON Lines: one article per line, `{"id", "url", "published", "title", "text", "lang"?}`.

use std::io::BufRead;
use std::path::{Path, PathBuf};

use dyad_model::{Article, Lang};
use serde::Deserialize;

use crate::date::parse_loose_date;
use crate::{Error, Failure, Hints, Origin, Payload, Position, RawDoc};

#[derive(Deserialize)]
struct JsonArticle {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default, alias = "date")]
    published: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default, alias = "body", alias = "content")]
    text: Option<String>,
    #[serde(default)]
    lang: Option<String>,
    #[serde(default, alias = "source")]
    outlet: Option<String>,
}

/// Parses one line. An article without `id` is named after the file and line.
pub fn article(line: &[u8], origin: &Origin) -> crate::Result<Article> {
    let json: JsonArticle = serde_json::from_slice(line).map_err(|e| Error::Json(e.to_string()))?;
    let id = match json.id {
        Some(serde_json::Value::String(s)) if !s.is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => origin.to_string(),
    };
    let published = match json.published.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(s) => {
            Some(parse_loose_date(s).ok_or_else(|| Error::Json(format!("unreadable date {s:?}")))?)
        }
    };
    let text = json
        .text
        .filter(|t| !t.trim().is_empty())
        .ok_or(Error::NoText)?;
    Ok(Article {
        id,
        url: json.url.filter(|u| !u.is_empty()),
        published,
        title: json.title.filter(|t| !t.is_empty()),
        outlet: json.outlet.filter(|o| !o.is_empty()),
        lang: json.lang.as_deref().and_then(Lang::from_code),
        text,
    })
}

/// Frames a JSON Lines stream line by line; only one line is in memory at a time.
pub struct Lines<R> {
    reader: R,
    path: PathBuf,
    line: u64,
    done: bool,
}

impl<R: BufRead> Lines<R> {
    /// Frames `reader`, read from `path`.
    pub fn new(reader: R, path: &Path) -> Lines<R> {
        Lines {
            reader,
            path: path.to_path_buf(),
            line: 0,
            done: false,
        }
    }
}

impl<R: BufRead> Iterator for Lines<R> {
    type Item = Result<RawDoc, Failure>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let mut buf = Vec::new();
            self.line += 1;
            let origin = Origin::new(&self.path, Position::Line(self.line));
            match self.reader.read_until(b'\n', &mut buf) {
                Ok(0) => self.done = true,
                Ok(_) if buf.iter().all(u8::is_ascii_whitespace) => continue,
                Ok(_) => {
                    let payload = Payload::JsonLine(buf);
                    return Some(Ok(RawDoc {
                        origin,
                        payload,
                        hints: Hints::default(),
                    }));
                }
                Err(e) => {
                    // A read error (e.g. a corrupt gzip stream) ends the file.
                    self.done = true;
                    return Some(Err(Failure {
                        origin,
                        error: Error::Io(e),
                    }));
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_then_articles() {
        let input = concat!(
            r#"{"id":"a1","url":"https://www.pap.pl/x","published":"2023-09-11T08:00:00+02:00","title":"T","text":"Kim przybył do Rosji.","lang":"pl"}"#,
            "\n\n",
            r#"{"id":7,"text":"Second."}"#,
            "\n",
            r#"{"id":"bad","text":"#,
            "\n",
            r#"{"id":"nodate","published":"wczoraj","text":"x"}"#,
            "\n",
            r#"{"id":"empty","text":"  "}"#,
        );
        let docs: Vec<_> = Lines::new(input.as_bytes(), Path::new("f.jsonl")).collect();
        assert_eq!(docs.len(), 5);
        let results: Vec<_> = docs
            .into_iter()
            .map(|d| d.unwrap().into_article())
            .collect();
        let first = results[0].as_ref().unwrap();
        assert_eq!(first.id, "a1");
        assert_eq!(first.published, Some(jiff::civil::date(2023, 9, 11)));
        assert_eq!(first.outlet.as_deref(), Some("pap.pl"));
        assert_eq!(first.lang, Some(Lang::Pl));
        assert_eq!(results[1].as_ref().unwrap().id, "7");
        let bad = results[2].as_ref().unwrap_err();
        assert_eq!(bad.origin.position, Position::Line(4));
        assert!(matches!(bad.error, Error::Json(_)), "{bad}");
        assert!(matches!(
            results[3].as_ref().unwrap_err().error,
            Error::Json(_)
        ));
        assert!(matches!(
            results[4].as_ref().unwrap_err().error,
            Error::NoText
        ));
    }
}
