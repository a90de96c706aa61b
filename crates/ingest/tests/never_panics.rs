//! Arbitrary bytes, alone or behind the opening of each format, never panic a reader: every
//! document becomes an article or a failure that names its file.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use dyad_ingest::Inputs;
use proptest::prelude::*;

/// File name and opening bytes that steer the format detection to each reader.
const FORMATS: &[(&str, &[u8])] = &[
    ("a.txt", b""),
    ("a.txt", b"pl-1\npl\n2020-01-01\nhttp://a.pl/\nTytul\n"),
    ("a.jsonl", b"{\"id\":\"x\",\"text\":\""),
    ("a.html", b"<!DOCTYPE html><html><head><meta charset=\"windows-1250\"><title>T</title></head><body><p>"),
    ("a.xml", b"<?xml version=\"1.0\"?><rss><channel><item><description>"),
    ("a.atom", b"<feed><entry><content type=\"html\"><![CDATA["),
    ("a.warc", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 40\r\n\r\nHTTP/1.1 200 OK\r\n"),
];

fn scratch() -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "dyad-ingest-fuzz-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn readers_never_panic(format in 0..FORMATS.len(), tail in proptest::collection::vec(any::<u8>(), 0..400)) {
        let (name, head) = FORMATS[format];
        let dir = scratch();
        let path = dir.join(name);
        let mut bytes = head.to_vec();
        bytes.extend_from_slice(&tail);
        std::fs::write(&path, &bytes).unwrap();
        for item in Inputs::new(std::slice::from_ref(&path)) {
            if let Err(failure) = item.and_then(|raw| raw.into_article()) {
                prop_assert_eq!(&failure.origin.path, &path);
                prop_assert!(!failure.to_string().is_empty());
            }
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
