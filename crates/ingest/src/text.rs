//! Plain text files (optionally with a `key: value` header) and the BSNLP raw layout.

use std::path::Path;

use dyad_model::{Article, Lang};

use crate::date::parse_loose_date;
use crate::decode::decode;
use crate::{file_id, Error, Hints, Result};

/// Header keys a plain text article may start with, before a blank line.
const HEADER_KEYS: &[&str] = &["id", "title", "date", "published", "url", "outlet", "lang"];

/// A plain text article. It may start with header lines such as `date: 2023-09-11` and
/// `title: ...` followed by a blank line; only known keys count, so a first line like
/// `Warszawa: premier...` stays text.
pub fn plain(bytes: &[u8], path: &Path, hints: &Hints) -> Result<Article> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::Empty);
    }
    let text = decode(bytes, hints.charset.as_deref())?.text;
    let mut article = Article {
        id: file_id(path),
        url: hints.url.clone(),
        published: hints.fallback_date,
        ..Article::default()
    };
    let body = match split_header(&text) {
        Some((header, body)) => {
            for (key, value) in header {
                apply_header(&mut article, &key, value);
            }
            body
        }
        None => &text,
    };
    article.text = body.trim().to_string();
    Ok(article)
}

fn split_header(text: &str) -> Option<(Vec<(String, &str)>, &str)> {
    let mut fields = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            let body = &text[offset + line.len()..];
            return (!fields.is_empty()).then_some((fields, body));
        }
        let (key, value) = trimmed.split_once(':')?;
        let key = key.trim().to_ascii_lowercase();
        if !HEADER_KEYS.contains(&key.as_str()) {
            return None;
        }
        fields.push((key, value.trim()));
        offset += line.len();
    }
    None
}

fn apply_header(article: &mut Article, key: &str, value: &str) {
    let value_owned = (!value.is_empty()).then(|| value.to_string());
    match key {
        "id" => {
            if let Some(v) = value_owned {
                article.id = v;
            }
        }
        "title" => article.title = value_owned,
        "date" | "published" => article.published = parse_loose_date(value).or(article.published),
        "url" => article.url = value_owned.or(article.url.take()),
        "outlet" => article.outlet = value_owned,
        "lang" => article.lang = Lang::from_code(value),
        _ => {}
    }
}

/// Whether the first lines look like the BSNLP raw layout: an id, a language code, a date (or
/// nothing), a URL (or nothing), a title.
pub fn looks_like_bsnlp(head: &str) -> bool {
    let head = head.trim_start_matches('\u{feff}');
    let lines: Vec<&str> = head.lines().take(5).map(str::trim).collect();
    if lines.len() < 5 || lines[0].is_empty() || lines[0].contains(char::is_whitespace) {
        return false;
    }
    let lang_ok =
        (2..=3).contains(&lines[1].len()) && lines[1].bytes().all(|b| b.is_ascii_lowercase());
    let date_ok = lines[2].is_empty() || parse_loose_date(lines[2]).is_some();
    let url_ok =
        lines[3].is_empty() || lines[3].starts_with("http://") || lines[3].starts_with("https://");
    lang_ok && date_ok && url_ok
}

/// A BSNLP raw file: `id`, `lang`, `date`, `url`, `title` on the first five lines, then text.
pub fn bsnlp(bytes: &[u8], path: &Path) -> Result<Article> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::Empty);
    }
    let text = decode(bytes, None)?.text;
    let mut lines = text.split_inclusive('\n');
    let mut header = [""; 5];
    let mut consumed = 0;
    for slot in &mut header {
        let line = lines.next().unwrap_or("");
        consumed += line.len();
        *slot = line.trim();
    }
    let [id, lang, date, url, title] = header;
    let mut body = text[consumed.min(text.len())..].trim().to_string();
    if body.is_empty() {
        // Some BSNLP files are a single paragraph on the title line: that line is the text.
        body = title.to_string();
    }
    Ok(Article {
        id: if id.is_empty() {
            file_id(path)
        } else {
            id.to_string()
        },
        url: (!url.is_empty()).then(|| url.to_string()),
        published: parse_loose_date(date),
        title: (!title.is_empty()).then(|| title.to_string()),
        outlet: None,
        lang: Lang::from_code(lang),
        text: body,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn plain_text_with_and_without_header() {
        let hints = Hints::default();
        let a = plain(
            "title: Szojgu w Pjongjangu\ndate: 2023-07-26\nurl: https://example.pl/a\n\nSzojgu przybył do Pjongjangu.\n".as_bytes(),
            Path::new("d/a.txt"),
            &hints,
        )
        .unwrap();
        assert_eq!(a.id, "a.txt");
        assert_eq!(a.title.as_deref(), Some("Szojgu w Pjongjangu"));
        assert_eq!(a.published, Some(date(2023, 7, 26)));
        assert_eq!(a.url.as_deref(), Some("https://example.pl/a"));
        assert_eq!(a.text, "Szojgu przybył do Pjongjangu.");

        let b = plain(
            "Warszawa: premier przyjechał.\n\nDrugi akapit.".as_bytes(),
            Path::new("b.txt"),
            &hints,
        )
        .unwrap();
        assert_eq!(b.text, "Warszawa: premier przyjechał.\n\nDrugi akapit.");
        assert_eq!(b.published, None);
    }

    #[test]
    fn plain_text_failures() {
        let hints = Hints::default();
        assert!(matches!(
            plain(b"", Path::new("e.txt"), &hints),
            Err(Error::Empty)
        ));
        assert!(matches!(
            plain(b" \n\t\n", Path::new("e.txt"), &hints),
            Err(Error::Empty)
        ));
        let bad = [b'a', 0xC3, 0x28, 0xFF, 0x80, b'b'];
        assert!(matches!(
            plain(&bad, Path::new("x.txt"), &hints),
            Err(Error::UnknownEncoding { offset: 1 })
        ));
    }

    #[test]
    fn bsnlp_layout() {
        let raw = "\u{feff}pl-10\r\npl\r\n2018-01-12\r\nhttp://www.rp.pl/a.html\r\nTytuł\r\n\r\nPierwszy akapit.\r\nDrugi.\r\n";
        assert!(looks_like_bsnlp(raw));
        let a = bsnlp(raw.as_bytes(), Path::new("f.txt")).unwrap();
        assert_eq!(a.id, "pl-10");
        assert_eq!(a.lang, Some(Lang::Pl));
        assert_eq!(a.published, Some(date(2018, 1, 12)));
        assert_eq!(a.url.as_deref(), Some("http://www.rp.pl/a.html"));
        assert_eq!(a.title.as_deref(), Some("Tytuł"));
        assert_eq!(a.text, "Pierwszy akapit.\r\nDrugi.");

        let no_date = "pl-3\npl\n\nhttps://x.pl/\nT\nTekst.";
        assert!(looks_like_bsnlp(no_date));
        assert_eq!(
            bsnlp(no_date.as_bytes(), Path::new("f")).unwrap().published,
            None
        );

        assert!(!looks_like_bsnlp(
            "Zwykły tekst\nbez nagłówka\nw trzech\nczy czterech\nliniach"
        ));
        assert!(!looks_like_bsnlp("pl-1\npl\n2018-01-12\n"));
    }
}
