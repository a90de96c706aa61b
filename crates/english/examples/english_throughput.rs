//! English analysis throughput, single thread: tokenizing, splitting, tagging, lemmatising and
//! chunking, plus the arguments of every verb group.
//!
//! `cargo run --release -p dyad-english --example english_throughput`
//!
//! The text is the 284 sentences of PETRARCH2's unit suite (../shared, read at run time, never
//! copied), hard-wrapped news English; they are grouped into "articles" of 600 words, about a
//! wire story's length. Prints words/s, sentences/s and articles/s.

use std::time::Instant;

use dyad_english::English;

const RECORDS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/data/petrarch/PETR.UnitTest.records.xml"
);
const ARTICLE_WORDS: usize = 600;

fn main() {
    let Ok(xml) = std::fs::read_to_string(RECORDS) else {
        eprintln!("SKIPPED: {RECORDS} is absent");
        return;
    };
    let sentences: Vec<String> = xml
        .split("<Text>")
        .skip(1)
        .filter_map(|part| {
            part.split_once("</Text>")
                .map(|(text, _)| text.split_whitespace().collect::<Vec<_>>().join(" "))
        })
        .collect();
    let mut articles = Vec::new();
    let mut current = String::new();
    for sentence in sentences.iter().cycle().take(sentences.len() * 4) {
        current.push_str(sentence);
        current.push(' ');
        if current.split_whitespace().count() >= ARTICLE_WORDS {
            articles.push(std::mem::take(&mut current));
        }
    }
    let english = English::new();
    let words: usize = articles.iter().map(|a| a.split_whitespace().count()).sum();
    let rounds = 20;
    let started = Instant::now();
    let (mut sentence_count, mut groups) = (0usize, 0usize);
    for _ in 0..rounds {
        for article in &articles {
            for sentence in english.analyse(article) {
                sentence_count += 1;
                for vg in sentence.verb_groups().collect::<Vec<_>>() {
                    groups += usize::from(sentence.arguments(vg).subject.is_some());
                }
            }
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    let n = articles.len() * rounds;
    println!(
        "{n} articles of ~{ARTICLE_WORDS} words ({} words, {sentence_count} sentences, {groups} verb groups with a subject) in {seconds:.2} s: {:.0} articles/s, {:.0} words/s, {:.0} sentences/s (one thread)",
        words * rounds,
        n as f64 / seconds,
        (words * rounds) as f64 / seconds,
        sentence_count as f64 / seconds
    );
}
