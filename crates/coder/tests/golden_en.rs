//! Golden tests for English: articles written for dyad in the style of wire news
//! (tests/golden_en/*.txt, first line `published: YYYY-MM-DD`), each coded one event per line
//! and compared with the reviewed expectation next to it (*.expected), as tests/golden.rs does
//! for Polish. `DYAD_BLESS=1 cargo test -p dyad-coder --test golden_en` rewrites the
//! expectations, which must then be read and corrected by hand before committing.

mod common;

use std::path::{Path, PathBuf};

use dyad_model::{Article, Lang};

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden_en")
}

fn code_file(path: &Path) -> String {
    let raw = std::fs::read_to_string(path).unwrap();
    let (header, text) = raw
        .split_once("\n\n")
        .expect("header line, blank line, text");
    let published = header
        .strip_prefix("published: ")
        .expect("first line: published: YYYY-MM-DD")
        .trim()
        .parse()
        .expect("a date");
    let article = Article {
        id: path.file_stem().unwrap().to_string_lossy().into_owned(),
        published: Some(published),
        lang: Some(Lang::En),
        text: text.to_owned(),
        ..Article::default()
    };
    let mut out = String::new();
    for e in common::engine().process(&article) {
        out.push_str(&common::render(&e));
        out.push('\n');
    }
    out
}

#[test]
fn golden_english_articles() {
    let bless = std::env::var_os("DYAD_BLESS").is_some();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(golden_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty());
    let mut failed = Vec::new();
    for path in &paths {
        let got = code_file(path);
        let expected_path = path.with_extension("expected");
        if bless {
            std::fs::write(&expected_path, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if got != want {
            println!("--- {} expected\n{want}+++ got\n{got}", path.display());
            failed.push(path.display().to_string());
        }
    }
    assert!(failed.is_empty(), "golden files differ: {failed:?}");
}

#[test]
fn auto_detection_picks_english_for_these_articles() {
    for entry in std::fs::read_dir(golden_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "txt") {
            let text = std::fs::read_to_string(&path).unwrap();
            assert_eq!(
                dyad_coder::detect_lang(&text),
                Lang::En,
                "{}",
                path.display()
            );
        }
    }
}
