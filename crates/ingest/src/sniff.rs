//! Which reader a file needs: by name first, by its first bytes when the name says nothing.

use std::path::Path;

/// An input format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text, one article per file.
    Text,
    /// The BSNLP raw layout.
    Bsnlp,
    /// JSON Lines, one article per line.
    Jsonl,
    /// An HTML page.
    Html,
    /// An RSS or Atom feed.
    Feed,
    /// A WARC file.
    Warc,
}

impl Format {
    /// The format's name in summaries.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Bsnlp => "bsnlp",
            Format::Jsonl => "jsonl",
            Format::Html => "html",
            Format::Feed => "feed",
            Format::Warc => "warc",
        }
    }
}

/// Decides the format from the file name (without a `.gz` suffix) and the first bytes of its
/// (decompressed) content.
pub fn detect(path: &Path, head: &[u8]) -> Format {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
    match ext {
        "warc" | "wet" | "arc" => return Format::Warc,
        "jsonl" | "ndjson" => return Format::Jsonl,
        "html" | "htm" | "xhtml" | "shtml" => return Format::Html,
        "rss" | "atom" => return Format::Feed,
        _ => {}
    }
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let trimmed = &head[start..];
    let lower: Vec<u8> = trimmed
        .iter()
        .take(512)
        .map(u8::to_ascii_lowercase)
        .collect();
    if trimmed.starts_with(b"WARC/") {
        Format::Warc
    } else if trimmed.starts_with(b"{") {
        Format::Jsonl
    } else if lower.starts_with(b"<!doctype html") || lower.starts_with(b"<html") {
        Format::Html
    } else if lower.starts_with(b"<?xml")
        || lower.starts_with(b"<rss")
        || lower.starts_with(b"<feed")
        || lower.starts_with(b"<rdf")
    {
        // An XML declaration can open an XHTML page too.
        if contains(&lower, b"<html") {
            Format::Html
        } else {
            Format::Feed
        }
    } else if lower.starts_with(b"<") && (contains(&lower, b"<body") || contains(&lower, b"<head"))
    {
        Format::Html
    } else if crate::text::looks_like_bsnlp(&String::from_utf8_lossy(&head[..head.len().min(4096)]))
    {
        Format::Bsnlp
    } else {
        Format::Text
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_name_then_content() {
        for (name, head, want) in [
            ("a.warc.gz", &b""[..], Format::Warc),
            ("a.jsonl", b"", Format::Jsonl),
            ("a.HTM", b"", Format::Html),
            ("feed.rss", b"", Format::Feed),
            ("x", b"WARC/1.0\r\n", Format::Warc),
            ("x.txt", b"  {\"id\":1}", Format::Jsonl),
            ("x", b"<!DOCTYPE html><html>", Format::Html),
            ("x.xml", b"<?xml version=\"1.0\"?>\n<rss>", Format::Feed),
            (
                "x.xml",
                b"<?xml version=\"1.0\"?>\n<html xmlns=\"\">",
                Format::Html,
            ),
            ("x", b"<div><head>", Format::Html),
            (
                "x.txt",
                b"pl-1\npl\n2020-01-01\nhttp://a.pl/\nT\nText",
                Format::Bsnlp,
            ),
            ("x.txt", b"Zwykly tekst.", Format::Text),
            ("x.txt", b"", Format::Text),
        ] {
            assert_eq!(detect(Path::new(name), head), want, "{name}");
        }
    }
}
