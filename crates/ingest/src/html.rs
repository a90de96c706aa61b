//! HTML pages: the article body, title, publication date and outlet from the markup and its
//! metadata. With the `html` feature the body comes from a readability-style extractor
//! (dom_smoothie); without it, from a tag stripper.

use std::path::Path;

use dyad_model::{Article, Lang};

use crate::date::parse_loose_date;
use crate::decode::decode;
use crate::{file_id, Error, Hints, Result};

/// How far into a page to look for `<meta charset>`, as browsers do.
const CHARSET_SNIFF_BYTES: usize = 2048;

/// The charset a page declares in its first bytes: `<meta charset=...>`,
/// `<meta http-equiv="Content-Type" content="text/html; charset=...">` or an XML declaration.
pub fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(CHARSET_SNIFF_BYTES)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let find = |needle: &[u8]| lower.windows(needle.len()).position(|w| w == needle);
    let start = find(b"charset=")
        .map(|p| p + b"charset=".len())
        .or_else(|| find(b"encoding=").map(|p| p + b"encoding=".len()))?;
    let value: String = lower[start..]
        .iter()
        .skip_while(|&&b| b == b'"' || b == b'\'' || b == b' ')
        .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b':')
        .map(|&b| char::from(b))
        .collect();
    (!value.is_empty()).then_some(value)
}

/// The charset in an HTTP `Content-Type` header value.
pub fn charset_from_content_type(value: &str) -> Option<String> {
    let lower = value.to_ascii_lowercase();
    let (_, rest) = lower.split_once("charset=")?;
    let cs = rest.trim_matches(|c: char| c == '"' || c == '\'' || c.is_whitespace());
    let cs = cs.split([';', ' ', '"']).next().unwrap_or("");
    (!cs.is_empty()).then(|| cs.to_string())
}

/// Reads an HTML page into an article.
pub fn article(bytes: &[u8], path: &Path, hints: &Hints) -> Result<Article> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::Empty);
    }
    let declared = hints.charset.clone().or_else(|| declared_charset(bytes));
    let html = decode(bytes, declared.as_deref())?.text;
    let page = extract(&html, hints.url.as_deref())?;
    Ok(Article {
        id: hints.url.clone().unwrap_or_else(|| file_id(path)),
        url: hints.url.clone().or(page.url),
        published: page.published.or(hints.fallback_date),
        title: page.title,
        outlet: page.site_name,
        lang: page
            .lang
            .as_deref()
            .and_then(|l| Lang::from_code(l.split(['-', '_']).next().unwrap_or(l))),
        text: page.text,
    })
}

/// What a page says about itself.
#[derive(Debug, Default, PartialEq)]
pub struct Page {
    /// Headline.
    pub title: Option<String>,
    /// Body text, one paragraph per line.
    pub text: String,
    /// Publication date.
    pub published: Option<jiff::civil::Date>,
    /// Site name (`og:site_name`).
    pub site_name: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Declared language (`<html lang>`).
    pub lang: Option<String>,
}

/// Extracts the article from decoded HTML. Public so that the extraction benchmark can time it
/// apart from file reading.
#[cfg(feature = "html")]
pub fn extract(html: &str, url: Option<&str>) -> Result<Page> {
    use dom_smoothie::{Config, Readability, TextMode};

    let cfg = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    // dom_smoothie rejects relative URLs; the URL only resolves links, which we do not keep.
    let url = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let mut readability =
        Readability::new(html, url, Some(cfg)).map_err(|e| Error::Html(e.to_string()))?;
    // Dates from markup that readability's metadata does not look at; read before parsing,
    // which prunes the document.
    let markup_date = markup_date(&readability.doc);
    let headings = Headings::read(&readability.doc);
    let parsed = readability
        .parse()
        .map_err(|e| Error::Html(e.to_string()))?;
    let text = normalise_paragraphs(&parsed.text_content);
    if text.is_empty() {
        return Err(Error::Html("empty body".into()));
    }
    let title = headings.best_title(parsed.title.trim());
    Ok(Page {
        title,
        text,
        published: parsed
            .published_time
            .as_deref()
            .and_then(parse_loose_date)
            .or(markup_date),
        site_name: parsed.site_name.filter(|s| !s.trim().is_empty()),
        url: parsed.url.filter(|u| u.starts_with("http")),
        lang: parsed.lang,
    })
}

/// Headline candidates read before readability prunes the page.
#[cfg(feature = "html")]
struct Headings {
    og_title: Option<String>,
    h1: Option<String>,
    h2: Option<String>,
    title_element: Option<String>,
}

#[cfg(feature = "html")]
impl Headings {
    fn read(doc: &dom_query::Document) -> Headings {
        let text = |selector: &str| {
            let t = doc.select(selector).first().text();
            let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
            (!t.is_empty() && t.len() < 400).then_some(t)
        };
        Headings {
            og_title: doc
                .select("meta[property='og:title']")
                .attr("content")
                .map(|t| t.trim().to_string()),
            h1: text("h1"),
            h2: text("h2"),
            title_element: text("title"),
        }
    }

    /// Readability cuts headlines at separators and colons to drop site names; that also cuts
    /// Polish headlines such as "Rosja: Minister zdrowia: ...". A heading on the page that
    /// contains its cut title is the whole headline; so is `<title>` when the cut was at a colon.
    fn best_title(self, cut: &str) -> Option<String> {
        let mut headings = [self.og_title, self.h1, self.h2].into_iter().flatten();
        let from_heading =
            headings.find(|h| !cut.is_empty() && (h.contains(cut) || cut.contains(h.as_str())));
        let from_title = self.title_element.filter(|t| {
            !cut.is_empty() && t.len() > cut.len() && t.ends_with(cut) && {
                let head = t[..t.len() - cut.len()].trim_end();
                head.ends_with(':')
            }
        });
        from_heading
            .or(from_title)
            .or_else(|| (!cut.is_empty()).then(|| cut.to_string()))
    }
}

#[cfg(feature = "html")]
fn markup_date(doc: &dom_query::Document) -> Option<jiff::civil::Date> {
    const SELECTORS: &[(&str, &str)] = &[
        ("meta[itemprop='datePublished']", "content"),
        ("meta[name='date']", "content"),
        ("meta[name='pubdate']", "content"),
        ("meta[name='publish-date']", "content"),
        ("meta[name='dc.date.issued']", "content"),
        ("[itemprop='datePublished']", "datetime"),
        ("time[datetime]", "datetime"),
    ];
    let from_attributes = SELECTORS.iter().find_map(|(selector, attr)| {
        let value = doc.select(selector).attr(attr)?;
        parse_loose_date(&value)
    });
    // Then dates written for readers: an element whose class names a date, else the first date
    // near the top of the page (`6 maja 2018`, `2018-05-06`), as old layouts only have that.
    from_attributes
        .or_else(|| {
            let dated = doc.select("[class*='date'], [class*='time'], [id*='date'], time");
            dated.iter().find_map(|node| first_date_in(&node.text(), 8))
        })
        .or_else(|| first_date_in(&doc.select("body").text(), 150))
}

/// The first date in the first `max_words` words of `text`: tried on every run of four words.
fn first_date_in(text: &str, max_words: usize) -> Option<jiff::civil::Date> {
    // Element text is joined without spaces ("Szojgu26 lipca 2023Minister"): split letters
    // from digits so the date's words stand apart.
    let mut spaced = String::with_capacity(text.len() + 16);
    let mut prev: Option<char> = None;
    for c in text.chars() {
        if let Some(p) = prev {
            if (p.is_ascii_digit() && c.is_alphabetic())
                || (p.is_alphabetic() && c.is_ascii_digit())
            {
                spaced.push(' ');
            }
        }
        spaced.push(c);
        prev = Some(c);
    }
    let words: Vec<&str> = spaced.split_whitespace().take(max_words).collect();
    (0..words.len()).find_map(|i| {
        let w = &words[i..(i + 4).min(words.len())];
        // A date starts with a digit: the day, or the year of an ISO date.
        if !w[0].starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        parse_loose_date(&w.join(" "))
    })
}

/// Without the `html` feature: the text of `<body>` (or the page) with tags stripped.
#[cfg(not(feature = "html"))]
pub fn extract(html: &str, _url: Option<&str>) -> Result<Page> {
    let lower = html.to_ascii_lowercase();
    let title = lower.find("<title").and_then(|start| {
        let open_end = start + lower[start..].find('>')? + 1;
        let close = open_end + lower[open_end..].find("</title")?;
        Some(crate::strip::decode_entities(html[open_end..close].trim()))
    });
    let body = lower.find("<body").map_or(html, |start| &html[start..]);
    let text = crate::strip::html_to_text(body);
    if text.is_empty() {
        return Err(Error::Html("empty body".into()));
    }
    let published = attribute_date(html, &lower).or_else(|| first_date_in(&text, 150));
    Ok(Page {
        title: title.filter(|t| !t.is_empty()),
        text,
        published,
        ..Page::default()
    })
}

/// Without a DOM: the value after a known date key (`article:published_time`, `datePublished`,
/// `<time datetime=`), found by scanning the markup.
#[cfg(not(feature = "html"))]
fn attribute_date(html: &str, lower: &str) -> Option<jiff::civil::Date> {
    const KEYS: &[&str] = &[
        "article:published_time",
        "datepublished",
        "name=\"date\"",
        "pubdate",
        "<time datetime=",
    ];
    KEYS.iter().find_map(|key| {
        let at = lower.find(key)? + key.len();
        let mut end = html.len().min(at + 300);
        while !html.is_char_boundary(end) {
            end -= 1;
        }
        let window = &html[at..end];
        let value = if key.ends_with('=') {
            window.trim_start_matches(['"', '\''])
        } else {
            let (_, after) = window
                .split_once("content=")
                .or_else(|| window.split_once(':'))?;
            after.trim_start_matches([' ', '"', '\''])
        };
        parse_loose_date(value.split(['"', '\'']).next()?)
    })
}

/// One paragraph per line, no blank lines, no trailing spaces.
#[cfg_attr(not(feature = "html"), allow(dead_code))]
fn normalise_paragraphs(text: &str) -> String {
    let lines: Vec<String> = text
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect();
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charset_declarations() {
        assert_eq!(
            declared_charset(br#"<html><head><meta charset="windows-1250">"#).as_deref(),
            Some("windows-1250")
        );
        assert_eq!(
            declared_charset(
                br#"<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">"#
            )
            .as_deref(),
            Some("iso-8859-2")
        );
        assert_eq!(declared_charset(b"<html><body>no charset</body>"), None);
        assert_eq!(
            charset_from_content_type("text/html; charset=\"UTF-8\"").as_deref(),
            Some("utf-8")
        );
        assert_eq!(charset_from_content_type("text/html"), None);
    }
}

#[cfg(all(test, feature = "html"))]
mod extract_tests {
    use super::*;

    #[test]
    fn dates_written_in_the_page() {
        assert_eq!(
            first_date_in(
                "Strona główna | Forum Rosja: udana 26 lipca 2023 Minister",
                150
            ),
            Some(jiff::civil::date(2023, 7, 26))
        );
        let p = "Minister obrony Rosji przybył do Pjongjangu na czele delegacji wojskowej i rozmawiał o współpracy. ".repeat(8);
        let html = format!("<html><body><table><tr><td><b>Rosja: Szojgu</b><br><font>26 lipca 2023</font><br><font>{p}</font></td></tr></table></body></html>");
        let doc = dom_query::Document::from(html.as_str());
        assert_eq!(markup_date(&doc), Some(jiff::civil::date(2023, 7, 26)));
    }
}
