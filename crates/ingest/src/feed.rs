//! RSS 2.0, RSS 1.0 (RDF) and Atom feeds from local files: one article per item or entry.
//! Item bodies are often escaped HTML; they are reduced to text.

use std::path::Path;

use dyad_model::{Article, Lang};
use quick_xml::events::Event as Xml;
use quick_xml::Reader;

use crate::date::parse_loose_date;
use crate::decode::decode;
use crate::strip::html_to_text;
use crate::{outlet_from_url, Error, Failure, Hints, Origin, Payload, Position, RawDoc};

/// One item or entry as read.
#[derive(Default)]
struct Item {
    id: Option<String>,
    title: Option<String>,
    link: Option<String>,
    date: Option<String>,
    summary: Option<String>,
    content: Option<String>,
    lang: Option<String>,
}

/// Reads every item of a feed. A feed that breaks half-way keeps the items before the break
/// and reports the break with its byte position.
pub fn items(bytes: &[u8], path: &Path) -> Vec<Result<RawDoc, Failure>> {
    let fail = |position, error| {
        vec![Err(Failure {
            origin: Origin::new(path, position),
            error,
        })]
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return fail(Position::File, Error::Empty);
    }
    let declared = crate::html::declared_charset(bytes);
    let text = match decode(bytes, declared.as_deref()) {
        Ok(d) => d.text,
        Err(e) => return fail(Position::File, e),
    };
    let mut reader = Reader::from_str(&text);
    reader.config_mut().trim_text(true);

    let mut out = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    let mut item: Option<Item> = None;
    let mut channel_title: Option<String> = None;
    let mut channel_lang: Option<String> = None;
    let mut n_items = 0u64;
    let mut saw_root = false;
    loop {
        let position = reader.buffer_position();
        match reader.read_event() {
            Ok(Xml::Start(e)) => {
                let name = local(e.name().as_ref());
                if stack.is_empty() {
                    saw_root = matches!(name.as_str(), "rss" | "feed" | "rdf");
                    if !saw_root {
                        return fail(
                            Position::File,
                            Error::Feed(format!("root element <{name}> is not rss, rdf or feed")),
                        );
                    }
                }
                if name == "item" || name == "entry" {
                    item = Some(Item::default());
                }
                if name == "link" {
                    link_href(&e, item.as_mut());
                }
                stack.push(name);
            }
            Ok(Xml::Empty(e)) => {
                if local(e.name().as_ref()) == "link" {
                    link_href(&e, item.as_mut());
                }
            }
            Ok(Xml::Text(t)) => {
                let value = t.unescape().map(|v| v.into_owned()).unwrap_or_default();
                field(
                    &stack,
                    &mut item,
                    &mut channel_title,
                    &mut channel_lang,
                    value,
                );
            }
            Ok(Xml::CData(c)) => {
                let value = String::from_utf8_lossy(&c.into_inner()).into_owned();
                field(
                    &stack,
                    &mut item,
                    &mut channel_title,
                    &mut channel_lang,
                    value,
                );
            }
            Ok(Xml::End(_)) => {
                let name = stack.pop().unwrap_or_default();
                if name == "item" || name == "entry" {
                    n_items += 1;
                    if let Some(done) = item.take() {
                        out.push(to_doc(
                            done,
                            path,
                            n_items,
                            channel_title.as_deref(),
                            channel_lang.as_deref(),
                        ));
                    }
                }
            }
            Ok(Xml::Eof) => {
                if !saw_root {
                    out.extend(fail(
                        Position::File,
                        Error::Feed("no rss, rdf or feed element".into()),
                    ));
                } else if !stack.is_empty() {
                    out.extend(fail(
                        Position::Offset(position),
                        Error::Feed(format!("truncated inside <{}>", stack.join("><"))),
                    ));
                }
                break;
            }
            Ok(_) => {}
            Err(e) => {
                out.extend(fail(Position::Offset(position), Error::Feed(e.to_string())));
                break;
            }
        }
    }
    out
}

fn local(name: &[u8]) -> String {
    let name = String::from_utf8_lossy(name);
    name.rsplit(':')
        .next()
        .unwrap_or(&name)
        .to_ascii_lowercase()
}

/// Atom links are attributes; the `alternate` (or unmarked) one is the article.
fn link_href(e: &quick_xml::events::BytesStart<'_>, item: Option<&mut Item>) {
    let Some(item) = item else { return };
    let mut href = None;
    let mut rel_ok = true;
    for attr in e.attributes().flatten() {
        let value = attr
            .unescape_value()
            .map(|v| v.into_owned())
            .unwrap_or_default();
        match attr.key.as_ref() {
            b"href" => href = Some(value),
            b"rel" => rel_ok = value == "alternate",
            _ => {}
        }
    }
    if rel_ok && item.link.is_none() {
        item.link = href;
    }
}

fn field(
    stack: &[String],
    item: &mut Option<Item>,
    channel_title: &mut Option<String>,
    channel_lang: &mut Option<String>,
    value: String,
) {
    let Some(name) = stack.last().map(String::as_str) else {
        return;
    };
    let Some(item) = item else {
        // Channel-level fields: the outlet's name and language.
        let parent = stack.len().checked_sub(2).map(|i| stack[i].as_str());
        match (name, parent) {
            ("title", Some("channel" | "feed")) if channel_title.is_none() => {
                *channel_title = Some(value)
            }
            ("language", Some("channel")) => *channel_lang = Some(value),
            _ => {}
        }
        return;
    };
    // Only direct children of the item: an Atom <source><title> is not the article's.
    let parent = stack.len().checked_sub(2).map(|i| stack[i].as_str());
    if !matches!(parent, Some("item" | "entry")) {
        return;
    }
    let slot = match name {
        "title" => &mut item.title,
        "link" => &mut item.link,
        "guid" | "id" => &mut item.id,
        "pubdate" | "published" | "date" | "updated" | "issued" => &mut item.date,
        "description" | "summary" => &mut item.summary,
        "encoded" | "content" => &mut item.content,
        "language" => &mut item.lang,
        _ => return,
    };
    if slot.is_none() {
        *slot = Some(value);
    }
}

fn to_doc(
    item: Item,
    path: &Path,
    n: u64,
    channel_title: Option<&str>,
    channel_lang: Option<&str>,
) -> Result<RawDoc, Failure> {
    let origin = Origin::new(path, Position::Item(n));
    let body = item
        .content
        .or(item.summary)
        .map(|html| html_to_text(&html))
        .unwrap_or_default();
    if body.trim().is_empty() {
        return Err(Failure {
            origin,
            error: Error::NoText,
        });
    }
    let link = item
        .link
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty());
    let article = Article {
        id: item
            .id
            .or_else(|| link.clone())
            .unwrap_or_else(|| origin.to_string()),
        published: item.date.as_deref().and_then(parse_loose_date),
        title: item
            .title
            .map(|t| html_to_text(&t))
            .filter(|t| !t.is_empty()),
        outlet: link
            .as_deref()
            .and_then(outlet_from_url)
            .or_else(|| channel_title.map(str::to_string)),
        lang: item
            .lang
            .as_deref()
            .or(channel_lang)
            .and_then(|l| Lang::from_code(l.split('-').next().unwrap_or(l))),
        url: link,
        text: body,
    };
    Ok(RawDoc {
        origin,
        payload: Payload::Parsed(article),
        hints: Hints::default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn articles(xml: &str) -> Vec<Result<Article, String>> {
        items(xml.as_bytes(), Path::new("f.xml"))
            .into_iter()
            .map(|r| {
                r.map(|d| d.into_article().map_err(|f| f.to_string()))
                    .map_err(|f| f.to_string())
                    .and_then(|r| r)
            })
            .collect()
    }

    #[test]
    fn rss_items() {
        let xml = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Wiadomości</title><language>pl-PL</language>
          <item><title>Szojgu w Pjongjangu</title><link>https://www.example.pl/a</link>
            <pubDate>Wed, 26 Jul 2023 10:00:00 +0200</pubDate><guid>a-1</guid>
            <description>&lt;p&gt;Minister obrony Rosji przybył do Pjongjangu.&lt;/p&gt;</description></item>
          <item><title>Bez treści</title></item>
        </channel></rss>"#;
        let got = articles(xml);
        assert_eq!(got.len(), 2);
        let a = got[0].as_ref().unwrap();
        assert_eq!(a.id, "a-1");
        assert_eq!(a.text, "Minister obrony Rosji przybył do Pjongjangu.");
        assert_eq!(a.published, Some(jiff::civil::date(2023, 7, 26)));
        assert_eq!(a.outlet.as_deref(), Some("example.pl"));
        assert_eq!(a.lang, Some(Lang::Pl));
        assert!(
            got[1]
                .as_ref()
                .unwrap_err()
                .contains("(item 2): no article text"),
            "{:?}",
            got[1]
        );
    }

    #[test]
    fn atom_entries() {
        let xml = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>Agencja</title>
          <entry><id>urn:1</id><title type="html">Rozmowy w Moskwie</title>
            <link rel="alternate" href="https://agencja.example.pl/1"/><published>2023-09-13T09:00:00Z</published>
            <content type="html"><![CDATA[<p>Kim Dzong Un rozmawiał z Putinem.</p>]]></content></entry></feed>"#;
        let got = articles(xml);
        let a = got[0].as_ref().unwrap();
        assert_eq!(a.url.as_deref(), Some("https://agencja.example.pl/1"));
        assert_eq!(a.text, "Kim Dzong Un rozmawiał z Putinem.");
        assert_eq!(a.published, Some(jiff::civil::date(2023, 9, 13)));
    }

    #[test]
    fn broken_feeds_keep_earlier_items() {
        let xml = r#"<rss><channel><item><title>A</title><description>Pierwszy tekst.</description></item><item><title>B</ti"#;
        let got = articles(xml);
        assert!(got[0].is_ok());
        assert!(
            got.last()
                .unwrap()
                .as_ref()
                .unwrap_err()
                .contains("bad feed"),
            "{got:?}"
        );
        let not_feed = articles("<html><body>x</body></html>");
        assert!(not_feed[0].as_ref().unwrap_err().contains("not rss"));
        assert!(articles("")
            .first()
            .unwrap()
            .as_ref()
            .unwrap_err()
            .contains("empty"));
    }
}
