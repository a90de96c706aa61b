//! Every reader on files written here, malformed input included, through the public
//! `Inputs` → `RawDoc::into_article` path the pipeline uses.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use dyad_ingest::{Failure, Inputs, Position};
use dyad_model::{Article, Lang};
use jiff::civil::date;

struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "dyad-ingest-{}-{}-{name}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Reads everything under `paths` into articles and failures.
fn read_all(paths: &[PathBuf]) -> (Vec<Article>, Vec<Failure>) {
    let mut articles = Vec::new();
    let mut failures = Vec::new();
    for item in Inputs::new(paths) {
        match item.and_then(|raw| raw.into_article()) {
            Ok(a) => articles.push(a),
            Err(f) => failures.push(f),
        }
    }
    (articles, failures)
}

const PARAGRAPHS: [&str; 4] = [
    "Minister obrony Rosji Siergiej Szojgu przybył w środę do Pjongjangu na czele delegacji wojskowej. Rosyjski minister spotkał się z przywódcą Korei Północnej Kim Dzong Unem i rozmawiał z nim o współpracy obu armii.",
    "Według północnokoreańskiej agencji KCNA rozmowy przebiegły w atmosferze przyjaźni. Szojgu obejrzał także wystawę uzbrojenia, w tym nowe pociski balistyczne i drony, których Pjongjang wcześniej nie pokazywał.",
    "Waszyngton uważnie śledzi wizytę. Rzecznik Departamentu Stanu powiedział, że Stany Zjednoczone obawiają się dostaw amunicji z Korei Północnej dla Rosji, co naruszałoby rezolucje Rady Bezpieczeństwa ONZ.",
    "Eksperci zwracają uwagę, że to pierwsza wizyta rosyjskiego ministra obrony w Korei Północnej od upadku Związku Radzieckiego. Kolejne spotkania mają się odbyć jeszcze w tym roku.",
];

/// A news page with the boilerplate extraction has to leave out.
fn news_page(charset: &str) -> String {
    let body: String = PARAGRAPHS.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        r#"<!DOCTYPE html>
<html lang="pl"><head><meta charset="{charset}">
<title>Szojgu w Pjongjangu | Serwis</title>
<meta property="og:title" content="Szojgu z wizytą w Pjongjangu">
<meta property="og:site_name" content="Serwis Przykładowy">
<meta property="article:published_time" content="2023-07-26T10:15:00+02:00">
</head><body>
<nav><ul><li><a href="/">Strona główna</a></li><li><a href="/swiat">Świat</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie">Ta strona używa plików cookie. <a href="/zgoda">Zgadzam się</a></div>
<main><article><h1>Szojgu z wizytą w Pjongjangu</h1>
{body}</article></main>
<aside><h3>Czytaj także</h3><ul><li><a href="/a">Pogoda na weekend</a></li><li><a href="/b">Wyniki ligi</a></li></ul></aside>
<footer>© Serwis Przykładowy. Wszelkie prawa zastrzeżone.</footer>
</body></html>"#
    )
}

#[cfg(feature = "html")]
#[test]
fn html_page_body_title_date_outlet() {
    let dir = TempDir::new("html");
    let path = dir.write("page.html", news_page("utf-8").as_bytes());
    let (articles, failures) = read_all(&[path]);
    assert!(failures.is_empty(), "{failures:?}");
    let a = &articles[0];
    assert_eq!(a.title.as_deref(), Some("Szojgu z wizytą w Pjongjangu"));
    assert_eq!(a.published, Some(date(2023, 7, 26)));
    assert_eq!(a.lang, Some(Lang::Pl));
    for p in PARAGRAPHS {
        assert!(
            a.text.contains(p),
            "body lost a paragraph: {p}\n---\n{}",
            a.text
        );
    }
    for boilerplate in ["cookie", "Czytaj także", "Wszelkie prawa", "Sport"] {
        assert!(
            !a.text.contains(boilerplate),
            "boilerplate {boilerplate:?} kept:\n{}",
            a.text
        );
    }
}

#[test]
fn html_in_windows_1250_declared_and_undeclared() {
    let dir = TempDir::new("cp1250");
    let declared = encoding_rs::WINDOWS_1250
        .encode(&news_page("windows-1250"))
        .0
        .into_owned();
    let plain = news_page("").replace("<meta charset=\"\">", "");
    let undeclared = encoding_rs::ISO_8859_2.encode(&plain).0.into_owned();
    let a = dir.write("declared.html", &declared);
    let b = dir.write("undeclared.htm", &undeclared);
    let (articles, failures) = read_all(&[a, b]);
    assert!(failures.is_empty(), "{failures:?}");
    for a in &articles {
        assert!(
            a.text.contains("Szojgu przybył w środę do Pjongjangu"),
            "{}",
            a.text
        );
    }
}

#[test]
fn broken_html_is_read_or_reported_never_a_panic() {
    let dir = TempDir::new("broken");
    let page = news_page("utf-8");
    // Cut in the middle of the last paragraph's tag: html5ever recovers what came before.
    let cut = page.find("<p>Eksperci").unwrap() + 2;
    let truncated = dir.write("truncated.html", &page.as_bytes()[..cut]);
    let no_body = dir.write(
        "nobody.html",
        b"<html><head><title>x</title></head><body><div></div></body></html>",
    );
    let binary = dir.write(
        "binary.html",
        &[0x89, b'P', b'N', b'G', 0xFF, 0x00, 0x81, 0xFE],
    );
    let (articles, failures) = read_all(&[truncated.clone(), no_body, binary]);
    assert_eq!(articles.len(), 1, "{failures:?}");
    assert!(articles[0].text.contains(PARAGRAPHS[2]));
    let reasons: Vec<String> = failures.iter().map(|f| f.to_string()).collect();
    assert_eq!(failures.len(), 2, "{reasons:?}");
    assert!(
        reasons[0].contains("nobody.html: no article text"),
        "{reasons:?}"
    );
    assert!(
        reasons[1].contains("binary.html: not UTF-8 and no declared encoding"),
        "{reasons:?}"
    );
}

fn warc_record(kind: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2023-07-27T06:00:00Z\r\n\
         Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn http_response(content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(body);
    out
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

#[test]
fn warc_gz_record_by_record() {
    let dir = TempDir::new("warc");
    let undeclared = news_page("utf-8").replace("<meta charset=\"utf-8\">", "");
    let cp1250_page = encoding_rs::WINDOWS_1250.encode(&undeclared).0.into_owned();
    let records = [
        warc_record(
            "warcinfo",
            "",
            "application/warc-fields",
            b"software: test\r\n",
        ),
        warc_record(
            "request",
            "https://serwis.example.pl/a",
            "application/http; msgtype=request",
            b"GET /a HTTP/1.1\r\n\r\n",
        ),
        warc_record(
            "response",
            "https://serwis.example.pl/a",
            "application/http; msgtype=response",
            &http_response("text/html; charset=UTF-8", news_page("utf-8").as_bytes()),
        ),
        warc_record(
            "response",
            "https://serwis.example.pl/img.png",
            "application/http; msgtype=response",
            &http_response("image/png", b"\x89PNG"),
        ),
        warc_record(
            "response",
            "https://serwis.example.pl/b",
            "application/http; msgtype=response",
            &http_response("text/html; charset=windows-1250", &cp1250_page),
        ),
        warc_record(
            "conversion",
            "https://serwis.example.pl/c",
            "text/plain",
            "Rosja i Korea Północna podpisały porozumienie.".as_bytes(),
        ),
    ];
    // One gzip member per record, as crawls write them.
    let gz: Vec<u8> = records.iter().flat_map(|r| gzip(r)).collect();
    let path = dir.write("crawl.warc.gz", &gz);
    let (articles, failures) = read_all(&[path]);
    assert!(failures.is_empty(), "{failures:?}");
    assert_eq!(articles.len(), 3);
    assert_eq!(
        articles[0].url.as_deref(),
        Some("https://serwis.example.pl/a")
    );
    assert_eq!(
        articles[0].published,
        Some(date(2023, 7, 26)),
        "the page's date beats the crawl date"
    );
    assert!(
        articles[1]
            .text
            .contains("Szojgu przybył w środę do Pjongjangu"),
        "HTTP charset honoured"
    );
    assert_eq!(
        articles[2].text,
        "Rosja i Korea Północna podpisały porozumienie."
    );
    assert_eq!(
        articles[2].published,
        Some(date(2023, 7, 27)),
        "crawl date as fallback"
    );
    assert_eq!(articles[2].outlet.as_deref(), Some("serwis.example.pl"));
}

#[test]
fn warc_damage_is_reported_with_offsets() {
    let dir = TempDir::new("warc-bad");
    let good = warc_record(
        "conversion",
        "https://a.example.pl/1",
        "text/plain",
        "Pierwszy tekst o Rosji.".as_bytes(),
    );
    let no_length =
        "WARC/1.0\r\nWARC-Type: conversion\r\nContent-Type: text/plain\r\n\r\nbez długości\r\n\r\n"
            .as_bytes()
            .to_vec();
    let after = warc_record(
        "conversion",
        "https://a.example.pl/2",
        "text/plain",
        "Drugi tekst o Korei.".as_bytes(),
    );
    let mut file = good.clone();
    file.extend_from_slice(&no_length);
    file.extend_from_slice(&after);
    let resync = dir.write("resync.warc", &file);

    // A record cut short: the header promises more bytes than the file has.
    let mut cut = good.clone();
    let last = warc_record(
        "conversion",
        "https://a.example.pl/3",
        "text/plain",
        "Trzeci tekst, urwany w połowie zdania.".as_bytes(),
    );
    cut.extend_from_slice(&last[..last.len() - 25]);
    let truncated = dir.write("truncated.warc", &cut);
    // A gzip stream cut short.
    let gz = gzip(&[good.clone(), good.clone()].concat());
    let truncated_gz = dir.write("truncated.warc.gz", &gz[..gz.len() - 10]);

    let (articles, failures) = read_all(&[resync, truncated, truncated_gz]);
    let reasons: Vec<String> = failures.iter().map(|f| f.to_string()).collect();
    let texts: Vec<&str> = articles.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(
        texts[..2],
        ["Pierwszy tekst o Rosji.", "Drugi tekst o Korei."],
        "the record after the damage is read"
    );
    assert!(
        reasons[0].contains(&format!(
            "resync.warc (byte {}): bad WARC record: missing or invalid Content-Length",
            good.len()
        )),
        "{reasons:?}"
    );
    assert_eq!(texts[2], "Pierwszy tekst o Rosji.");
    assert!(
        reasons[1].contains(&format!(
            "truncated.warc (byte {}): bad WARC record: truncated",
            good.len()
        )),
        "{reasons:?}"
    );
    assert!(
        reasons.last().unwrap().contains("truncated.warc.gz"),
        "{reasons:?}"
    );
    assert!(failures
        .iter()
        .all(|f| matches!(f.origin.position, Position::Offset(_))));
}

#[test]
fn a_folder_of_mixed_and_bad_files() {
    let dir = TempDir::new("folder");
    dir.write(
        "a/plain.txt",
        "date: 2023-09-11\ntitle: Kim jedzie do Rosji\n\nKim Dzong Un uda się do Rosji.".as_bytes(),
    );
    dir.write("a/news.jsonl", "{\"id\":\"j1\",\"published\":\"2023-09-13\",\"text\":\"Putin spotkał się z Kimem.\"}\n{\"id\":\n".as_bytes());
    dir.write(
        "b/feed.xml",
        "<?xml version=\"1.0\"?><rss><channel><title>T</title><item><title>A</title><description>Chiny wezwały do rozmów.</description></item></channel></rss>".as_bytes(),
    );
    dir.write("b/empty.txt", b"");
    dir.write(
        "b/legacy.txt",
        &encoding_rs::WINDOWS_1250
            .encode("Źródła w Moskwie potwierdziły przyjazd delegacji z Pjongjangu.")
            .0,
    );
    dir.write("b/garbage.txt", &[b'x', 0xFF, 0xFE, 0x00, 0x9D, 0x8D, 0x81]);
    dir.write("b/.hidden.txt", b"Ukryty plik nie jest czytany.");
    dir.write("b/dyad.db", b"SQLite format 3\0");
    dir.write("b/chart.svg", b"<svg></svg>");
    let (articles, failures) = read_all(std::slice::from_ref(&dir.0));
    let ids: Vec<&str> = articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids.len(), 4, "{ids:?}");
    assert_eq!(ids[..2], ["j1", "plain.txt"]);
    assert!(
        ids[2].ends_with("feed.xml (item 1)"),
        "an item without guid or link is named by position"
    );
    assert_eq!(ids[3], "legacy.txt");
    assert_eq!(articles[1].published, Some(date(2023, 9, 11)));
    assert!(articles[3].text.starts_with("Źródła w Moskwie"));
    let reasons: Vec<String> = failures.iter().map(|f| f.to_string()).collect();
    assert_eq!(reasons.len(), 3, "{reasons:?}");
    assert!(
        reasons[0].contains("news.jsonl (line 2): bad JSON article: EOF"),
        "{reasons:?}"
    );
    assert!(
        reasons[1].ends_with("empty.txt: empty input"),
        "{reasons:?}"
    );
    assert!(
        reasons[2]
            .ends_with("garbage.txt: not UTF-8 and no declared encoding (first invalid byte at 1)"),
        "{reasons:?}"
    );
    assert!(matches!(failures[0].origin.position, Position::Line(2)));
}

#[test]
fn missing_path_is_a_failure_not_a_stop() {
    let dir = TempDir::new("missing");
    let ok = dir.write("ok.txt", "Tekst artykułu o Korei Północnej.".as_bytes());
    let (articles, failures) = read_all(&[dir.0.join("nope.txt"), ok]);
    assert_eq!(articles.len(), 1);
    assert_eq!(failures.len(), 1);
    assert!(failures[0].to_string().contains("nope.txt"));
}

/// The real BSNLP Polish corpus from ../shared, when present.
#[test]
fn bsnlp_corpus_from_shared() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/bsnlp-pl");
    let Ok(topics) = std::fs::read_dir(&root) else {
        eprintln!(
            "SKIP bsnlp_corpus_from_shared: {} not present",
            root.display()
        );
        return;
    };
    let dirs: Vec<PathBuf> = topics
        .filter_map(|t| t.ok())
        .map(|t| t.path().join("raw/pl"))
        .filter(|p| p.is_dir())
        .collect();
    let (articles, failures) = read_all(&dirs);
    assert!(
        failures.is_empty(),
        "{:?}",
        &failures[..failures.len().min(5)]
    );
    assert!(articles.len() >= 700, "{} articles", articles.len());
    let with_url = articles.iter().filter(|a| a.url.is_some()).count();
    let with_date = articles.iter().filter(|a| a.published.is_some()).count();
    let polish = articles.iter().filter(|a| a.lang == Some(Lang::Pl)).count();
    assert_eq!(with_url, articles.len());
    assert!(
        with_date * 100 >= articles.len() * 95,
        "{with_date} dated of {}",
        articles.len()
    );
    assert_eq!(polish, articles.len());
    assert!(articles
        .iter()
        .all(|a| !a.id.is_empty() && a.title.is_some() && !a.id.starts_with('\u{feff}')));
}

#[cfg(feature = "html")]
#[test]
fn old_table_layout_headline_with_colons_and_a_written_date() {
    let dir = TempDir::new("table");
    let body = PARAGRAPHS.join("<BR><BR>\n");
    let page = format!(
        r#"<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1250">
<TITLE>Rosja: Szojgu: wizyta w Pjongjangu udana</TITLE></HEAD><BODY>
<TABLE><TR><TD><A HREF="/">Strona główna</A> | <A HREF="/forum">Forum</A></TD></TR>
<TR><TD><FONT SIZE="+2"><B>Rosja: Szojgu: wizyta w Pjongjangu udana</B></FONT><BR>
<FONT SIZE="-1">26 lipca 2023</FONT><BR><BR><FONT FACE="Arial">{body}</FONT></TD></TR></TABLE></BODY></HTML>"#
    );
    let bytes = encoding_rs::WINDOWS_1250.encode(&page).0.into_owned();
    let (articles, failures) = read_all(&[dir.write("old.html", &bytes)]);
    assert!(failures.is_empty(), "{failures:?}");
    assert_eq!(
        articles[0].title.as_deref(),
        Some("Rosja: Szojgu: wizyta w Pjongjangu udana")
    );
    assert_eq!(articles[0].published, Some(date(2023, 7, 26)));
    assert!(articles[0].text.contains(PARAGRAPHS[3]));
}
