//! Golden tests: Polish articles written for dyad (tests/golden/*.txt, first line
//! `published: YYYY-MM-DD`), each coded one event per line and compared with the reviewed
//! expectation next to it (*.expected). `DYAD_BLESS=1 cargo test -p dyad-coder --test golden`
//! rewrites the expectations, which must then be read and corrected by hand before committing.

mod common;

use std::path::PathBuf;

use dyad_model::{Article, Lang};

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

fn code_file(path: &std::path::Path) -> String {
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
        lang: Some(Lang::Pl),
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
fn golden_articles() {
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
