//! The store and the ingest pipeline, with events built by hand (the coder is tested apart).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use dyad_ingest::content_hash;
use dyad_model::{Actor, Article, DateBasis, Event, EventDate, Evidence, Mode, Precision};
use dyad_store::pipeline::{ingest, Options};
use dyad_store::{Added, EventFilter, Period, Store};
use jiff::civil::{date, Date};

/// A fresh folder under the system temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "dyad-store-{}-{}-{name}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn actor(code: &str, name: &str) -> Actor {
    Actor {
        text: name.to_string(),
        name: name.to_string(),
        actor: Some(code.to_string()),
        country: Some(code[..3].to_string()),
        role: (code.len() > 3).then(|| code[3..].to_string()),
    }
}

fn event(
    doc: &str,
    sentence: &str,
    src: &str,
    tgt: &str,
    cameo: &str,
    mode: Mode,
    day: Option<(Date, Date)>,
) -> Event {
    let quad = match &cameo[..2] {
        "01" | "02" | "03" | "04" | "05" => 1,
        "06" | "07" | "08" => 2,
        "09" | "10" | "11" | "12" | "13" | "16" => 3,
        _ => 4,
    };
    Event {
        doc: doc.into(),
        sentence: 0,
        evidence: Evidence {
            start: 0,
            end: sentence.len(),
            text: sentence.into(),
        },
        source: Some(actor(src, src)),
        target: Some(actor(tgt, tgt)),
        cameo: cameo.into(),
        plover: Some(if quad == 1 { "CONSULT" } else { "THREATEN" }.into()),
        quad_class: quad,
        goldstein: if quad == 1 { 1.9 } else { -4.4 },
        mode,
        date: day.map(|(start, end)| EventDate {
            start: Some(start),
            end: Some(end),
            precision: if start == end {
                Precision::Day
            } else {
                Precision::Range
            },
            text: "w przyszłym tygodniu".into(),
            basis: DateBasis::Sentence,
        }),
        reported_by: None,
        location: None,
        rule: "test/rule".into(),
    }
}

fn article(id: &str, outlet: &str, published: Date, text: &str) -> Article {
    Article {
        id: id.into(),
        url: Some(format!("https://{outlet}/{id}")),
        published: Some(published),
        title: Some(format!("Tytuł {id}")),
        outlet: Some(outlet.into()),
        lang: Some(dyad_model::Lang::Pl),
        text: text.into(),
    }
}

fn add(store: &mut Store, a: &Article, events: &[Event]) -> Added {
    let mut batch = store.batch().unwrap();
    let added = batch.add(a, content_hash(a), "test", events).unwrap();
    batch.commit().unwrap();
    added
}

#[test]
fn same_text_is_stored_once() {
    let dir = TempDir::new("once");
    let mut store = Store::open(&dir.path("d.db")).unwrap();
    let a = article(
        "a",
        "pap.pl",
        date(2023, 9, 11),
        "Kim Dzong Un odwiedzi Rosję.",
    );
    let e = event(
        "a",
        "Kim Dzong Un odwiedzi Rosję.",
        "PRKGOV",
        "RUS",
        "042",
        Mode::Planned,
        None,
    );
    assert!(matches!(
        add(&mut store, &a, std::slice::from_ref(&e)),
        Added::Stored {
            mentions: 1,
            new_events: 1,
            ..
        }
    ));
    let copy = Article {
        id: "copy".into(),
        text: "Kim Dzong Un\r\nodwiedzi Rosję. ".into(),
        ..a.clone()
    };
    assert_eq!(add(&mut store, &copy, &[e]), Added::Duplicate);
    let counts = store.counts().unwrap();
    assert_eq!((counts.articles, counts.events, counts.mentions), (1, 1, 1));
}

#[test]
fn a_batch_not_committed_leaves_nothing() {
    let dir = TempDir::new("rollback");
    let mut store = Store::open(&dir.path("d.db")).unwrap();
    {
        let mut batch = store.batch().unwrap();
        let a = article("a", "pap.pl", date(2023, 9, 11), "Tekst.");
        batch.add(&a, content_hash(&a), "test", &[]).unwrap();
        // Dropped here, as when the process dies mid-batch.
    }
    assert_eq!(store.counts().unwrap().articles, 0);
}

#[test]
fn repeated_reports_merge_into_one_event_with_counts() {
    let dir = TempDir::new("merge");
    let mut store = Store::open(&dir.path("d.db")).unwrap();
    let week = Some((date(2023, 9, 11), date(2023, 9, 18)));
    let s1 = "Kim Dzong Un uda się w przyszłym tygodniu do Rosji.";
    let s2 = "Kim Dzong Un przybył we wtorek do Rosji.";
    let a1 = article("a1", "pap.pl", date(2023, 9, 11), s1);
    let a2 = article("a2", "rp.pl", date(2023, 9, 12), s2);
    let a3 = article(
        "a3",
        "rp.pl",
        date(2023, 9, 13),
        "Kim znów w Rosji. Kim odwiedził Rosję.",
    );
    add(
        &mut store,
        &a1,
        &[event("a1", s1, "PRKGOV", "RUS", "042", Mode::Planned, week)],
    );
    add(
        &mut store,
        &a2,
        &[event(
            "a2",
            s2,
            "PRKGOV",
            "RUS",
            "042",
            Mode::Asserted,
            Some((date(2023, 9, 12), date(2023, 9, 12))),
        )],
    );
    // Same outlet as a2, two mentions in one article, a sibling code of the same root.
    add(
        &mut store,
        &a3,
        &[
            event(
                "a3",
                "Kim znów w Rosji.",
                "PRKGOV",
                "RUS",
                "043",
                Mode::Asserted,
                None,
            ),
            event(
                "a3",
                "Kim odwiedził Rosję.",
                "PRKGOV",
                "RUS",
                "042",
                Mode::Asserted,
                None,
            ),
        ],
    );
    // Not the same event: other direction, other root, negated, other dates.
    let a4 = article("a4", "tvn24.pl", date(2023, 9, 12), "Inne.");
    add(
        &mut store,
        &a4,
        &[
            event("a4", "x", "RUS", "PRKGOV", "042", Mode::Asserted, week),
            event("a4", "y", "PRKGOV", "RUS", "130", Mode::Asserted, week),
            event("a4", "z", "PRKGOV", "RUS", "042", Mode::Negated, week),
            event(
                "a4",
                "w",
                "PRKGOV",
                "RUS",
                "042",
                Mode::Asserted,
                Some((date(2024, 6, 19), date(2024, 6, 19))),
            ),
        ],
    );
    let counts = store.counts().unwrap();
    assert_eq!((counts.articles, counts.mentions, counts.events), (4, 8, 6));

    let visits = store
        .events(&EventFilter {
            source: Some("PRK".into()),
            target: Some("RUS".into()),
            cameo: Some("04".into()),
            ..Default::default()
        })
        .unwrap();
    let merged = visits
        .iter()
        .find(|e| e.num_mentions > 1)
        .expect("a merged event");
    // a1 (planned, a week) + a2 (asserted, the 12th) + a3's two mentions (the 13th: its
    // published date, outside the intersection) — a3 does not overlap the 12th.
    assert_eq!(
        (merged.num_mentions, merged.num_articles, merged.num_sources),
        (2, 2, 2)
    );
    assert_eq!(
        merged.mode,
        Mode::Asserted,
        "a report that it happened outranks the plan"
    );
    assert_eq!(
        (merged.date_start, merged.date_end),
        (Some(date(2023, 9, 12)), Some(date(2023, 9, 12)))
    );
    assert_eq!(
        merged.doc, "a1",
        "the event links to the article it was first coded from"
    );
    let mentions = store.mentions(merged.id).unwrap();
    assert_eq!(mentions.len(), 2);
    assert_eq!(mentions[0].event.evidence.text, s1);
    assert_eq!(mentions[1].event.evidence.text, s2);
    assert_eq!(mentions[1].outlet.as_deref(), Some("rp.pl"));

    let a3_event = visits
        .iter()
        .find(|e| e.doc == "a3")
        .expect("a3's own event");
    assert_eq!(
        (
            a3_event.num_mentions,
            a3_event.num_articles,
            a3_event.num_sources
        ),
        (2, 1, 1)
    );
}

#[test]
fn filters() {
    let dir = TempDir::new("filters");
    let mut store = Store::open(&dir.path("d.db")).unwrap();
    let d = |m, dd| Some((date(2023, m, dd), date(2023, m, dd)));
    let a = article("a", "pap.pl", date(2023, 9, 11), "Tekst a.");
    add(
        &mut store,
        &a,
        &[
            event(
                "a",
                "Szojgu przybył do PJONGJANGU.",
                "RUSMIL",
                "PRK",
                "042",
                Mode::Asserted,
                d(7, 26),
            ),
            event(
                "a",
                "Sullivan zagroził Korei Północnej.",
                "USAGOV",
                "PRKGOV",
                "130",
                Mode::Asserted,
                d(9, 5),
            ),
            event(
                "a",
                "Rosja może dostarczyć broń.",
                "RUS",
                "PRK",
                "070",
                Mode::Hypothetical,
                d(9, 12),
            ),
        ],
    );
    let n = |f: EventFilter| store.events(&f).unwrap().len();
    assert_eq!(n(EventFilter::default()), 3);
    assert_eq!(
        n(EventFilter {
            source: Some("rus".into()),
            ..Default::default()
        }),
        2,
        "country matches RUSMIL and RUS"
    );
    assert_eq!(
        n(EventFilter {
            source: Some("RUSMIL".into()),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        n(EventFilter {
            target: Some("PRKGOV".into()),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        n(EventFilter {
            target: Some("PRK".into()),
            ..Default::default()
        }),
        3
    );
    assert_eq!(
        n(EventFilter {
            source: Some("PRK".into()),
            target: Some("RUS".into()),
            either_direction: true,
            ..Default::default()
        }),
        2
    );
    assert_eq!(
        n(EventFilter {
            cameo: Some("13".into()),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        n(EventFilter {
            cameo: Some("042".into()),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        n(EventFilter {
            plover: Some("consult".into()),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        n(EventFilter {
            quad_class: Some(2),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        n(EventFilter {
            mode: Some(Mode::Hypothetical),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        n(EventFilter {
            from: Some(date(2023, 9, 1)),
            ..Default::default()
        }),
        2
    );
    assert_eq!(
        n(EventFilter {
            from: Some(date(2023, 9, 1)),
            to: Some(date(2023, 9, 10)),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        n(EventFilter {
            text: Some("pjongjangu".into()),
            ..Default::default()
        }),
        1,
        "Unicode-insensitive"
    );
    assert_eq!(
        n(EventFilter {
            text: Some("KORei pÓłnocnej".into()),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        n(EventFilter {
            text: Some("Chiny".into()),
            ..Default::default()
        }),
        0
    );
    assert_eq!(
        n(EventFilter {
            limit: Some(2),
            ..Default::default()
        }),
        2
    );
    let first = &store.events(&EventFilter::default()).unwrap()[0];
    assert_eq!(
        first.source.as_ref().unwrap().actor.as_deref(),
        Some("RUSMIL"),
        "date order"
    );
}

#[test]
fn series_counts_quad_classes_and_goldstein_per_period() {
    let dir = TempDir::new("series");
    let mut store = Store::open(&dir.path("d.db")).unwrap();
    let d = |m, dd| Some((date(2023, m, dd), date(2023, m, dd)));
    let a = article("a", "pap.pl", date(2023, 9, 11), "Tekst.");
    add(
        &mut store,
        &a,
        &[
            event("a", "1", "RUS", "PRK", "042", Mode::Asserted, d(7, 26)),
            event("a", "2", "RUS", "PRK", "130", Mode::Asserted, d(9, 5)),
            event("a", "3", "RUS", "PRK", "036", Mode::Asserted, d(9, 12)),
            event("a", "4", "PRK", "RUS", "042", Mode::Asserted, d(9, 12)),
            event("a", "5", "RUS", "PRK", "190", Mode::Negated, d(9, 12)),
        ],
    );
    let filter = EventFilter {
        source: Some("RUS".into()),
        target: Some("PRK".into()),
        exclude_modes: vec![Mode::Negated],
        ..Default::default()
    };
    let rows = store.series(&filter, Period::Month).unwrap();
    let labels: Vec<&str> = rows.iter().map(|r| r.period.as_str()).collect();
    assert_eq!(
        labels,
        ["2023-07", "2023-08", "2023-09"],
        "empty months are kept"
    );
    assert_eq!(rows[0].quad, [1, 0, 0, 0]);
    assert_eq!(rows[1].total(), 0);
    assert_eq!(rows[2].quad, [1, 0, 1, 0]);
    assert!((rows[2].goldstein - (1.9 - 4.4)).abs() < 1e-9);
    let weeks = store.series(&filter, Period::Week).unwrap();
    assert_eq!(weeks[0].period, "2023-W30");
    assert_eq!(weeks.last().unwrap().period, "2023-W37");
    assert_eq!(weeks.len(), 8);
}

// ---- the pipeline ----

/// A stand-in coder: one RUS→PRK visit per sentence that says "odwiedził".
fn fake_coder(a: &Article) -> Vec<Event> {
    a.text
        .split('.')
        .filter(|s| s.contains("odwiedził"))
        .map(|s| {
            event(
                &a.id,
                s.trim(),
                "RUSGOV",
                "PRK",
                "042",
                Mode::Asserted,
                None,
            )
        })
        .collect()
}

/// `n` JSON Lines articles spread over three files, plus one bad line.
fn write_corpus(dir: &Path, n: usize) -> Vec<PathBuf> {
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    let mut files = [String::new(), String::new(), String::new()];
    for i in 0..n {
        let line = serde_json::json!({
            "id": format!("doc{i}"),
            "url": format!("https://outlet{}.pl/{i}", i % 4),
            "published": format!("2023-09-{:02}", 1 + i % 28),
            "text": format!("Minister {i} odwiedził Pjongjang. Rozmowy trwały {i} godzin."),
        });
        files[i % 3].push_str(&line.to_string());
        files[i % 3].push('\n');
    }
    files[1].push_str("{\"id\": \"broken\", \"text\": \n");
    for (i, f) in files.iter().enumerate() {
        std::fs::write(corpus.join(format!("part{i}.jsonl")), f).unwrap();
    }
    vec![corpus]
}

#[test]
fn reingest_is_idempotent_and_bad_lines_are_reported() {
    let dir = TempDir::new("idem");
    let paths = write_corpus(&dir.0, 30);
    let db = dir.path("d.db");
    let stop = AtomicBool::new(false);
    let first = ingest(&db, &paths, &fake_coder, &Options::default(), &stop, |_| {}).unwrap();
    assert_eq!(
        (first.read, first.stored, first.duplicates, first.failed),
        (31, 30, 0, 1)
    );
    assert_eq!(first.mentions, 30);
    assert!(
        first.failures[0].contains("part1.jsonl (line 11): bad JSON article"),
        "{:?}",
        first.failures
    );
    let counts = Store::open(&db).unwrap().counts().unwrap();

    let second = ingest(&db, &paths, &fake_coder, &Options::default(), &stop, |_| {}).unwrap();
    assert_eq!(
        (
            second.stored,
            second.duplicates,
            second.failed,
            second.mentions
        ),
        (0, 30, 1, 0)
    );
    assert_eq!(Store::open(&db).unwrap().counts().unwrap(), counts);
}

#[test]
fn an_interrupted_ingest_resumes_without_loss_or_repetition() {
    let dir = TempDir::new("resume");
    let paths = write_corpus(&dir.0, 60);
    let options = Options {
        batch_size: 7,
        ..Options::default()
    };

    let reference = dir.path("reference.db");
    let never = AtomicBool::new(false);
    ingest(&reference, &paths, &fake_coder, &options, &never, |_| {}).unwrap();
    let want = Store::open(&reference).unwrap().counts().unwrap();

    let db = dir.path("d.db");
    let stop = AtomicBool::new(false);
    let cut = ingest(&db, &paths, &fake_coder, &options, &stop, |s| {
        if s.stored >= 20 {
            stop.store(true, Ordering::Relaxed);
        }
    })
    .unwrap();
    assert!(cut.interrupted);
    let partial = Store::open(&db).unwrap().counts().unwrap();
    assert!(
        partial.articles >= 20 && partial.articles < 60,
        "{partial:?}"
    );
    assert_eq!(
        partial.articles, cut.stored,
        "everything reported stored was committed"
    );

    let resumed = ingest(&db, &paths, &fake_coder, &options, &never, |_| {}).unwrap();
    assert_eq!(resumed.stored + partial.articles, 60);
    assert_eq!(resumed.duplicates, partial.articles);
    assert_eq!(Store::open(&db).unwrap().counts().unwrap(), want);
}

#[test]
fn a_coder_panic_fails_one_article_not_the_run() {
    let dir = TempDir::new("panic");
    let paths = write_corpus(&dir.0, 12);
    let db = dir.path("d.db");
    let fragile = |a: &Article| {
        if a.id == "doc5" {
            panic!("cannot code {}", a.id);
        }
        fake_coder(a)
    };
    let stop = AtomicBool::new(false);
    let summary = ingest(&db, &paths, &fragile, &Options::default(), &stop, |_| {}).unwrap();
    assert_eq!(
        (summary.stored, summary.failed),
        (11, 2),
        "{:?}",
        summary.failures
    );
    assert!(
        summary
            .failures
            .iter()
            .any(|f| f.contains("the coder panicked: cannot code doc5")),
        "{:?}",
        summary.failures
    );
}

#[test]
fn read_only_paging_counts_and_lookup_by_id() {
    let dir = TempDir::new("readonly");
    let db = dir.path("r.db");
    let missing = Store::open_read_only(&dir.path("missing.db"));
    assert!(missing.is_err(), "a read-only open never creates a store");
    assert!(!dir.path("missing.db").exists());
    {
        let mut store = Store::open(&db).unwrap();
        let a = article("a", "pap.pl", date(2023, 9, 11), "Trzy zdania. Dwa. Jedno.");
        let mut reported = event(
            "a",
            "Rosja zagroziła Japonii.",
            "RUS",
            "JPN",
            "130",
            Mode::Asserted,
            Some((date(2023, 9, 10), date(2023, 9, 10))),
        );
        reported.reported_by = Some(actor("JPNMED", "Kyodo"));
        reported.rule = "pl/threaten/zagrozić".into();
        let events = [
            reported,
            event(
                "a",
                "Kim odwiedzi Rosję.",
                "PRKGOV",
                "RUS",
                "042",
                Mode::Planned,
                Some((date(2023, 9, 12), date(2023, 9, 12))),
            ),
            event(
                "a",
                "Chiny potępiły USA.",
                "CHN",
                "USA",
                "111",
                Mode::Asserted,
                Some((date(2023, 9, 14), date(2023, 9, 14))),
            ),
        ];
        add(&mut store, &a, &events);
    }
    let store = Store::open_read_only(&db).unwrap();
    let all = store.events(&EventFilter::default()).unwrap();
    assert_eq!(all.len(), 3);
    assert_eq!(all[0].rule, "pl/threaten/zagrozić");
    assert_eq!(
        all[0].reported_by.as_ref().and_then(|a| a.actor.as_deref()),
        Some("JPNMED")
    );
    let page = EventFilter {
        limit: Some(1),
        offset: Some(1),
        ..Default::default()
    };
    let second = store.events(&page).unwrap();
    assert_eq!(second.len(), 1);
    assert_eq!(
        second[0].id, all[1].id,
        "offset skips the first in date order"
    );
    assert_eq!(
        store.count_events(&page).unwrap(),
        3,
        "counts ignore paging"
    );
    let only_offset = EventFilter {
        offset: Some(2),
        ..Default::default()
    };
    assert_eq!(store.events(&only_offset).unwrap().len(), 1);
    let rus = EventFilter {
        source: Some("RUS".into()),
        ..Default::default()
    };
    assert_eq!(store.count_events(&rus).unwrap(), 1);
    assert_eq!(store.event(all[2].id).unwrap().as_ref(), Some(&all[2]));
    assert_eq!(store.event(9999).unwrap(), None);
    // Not a dyad store: a clear error naming the file.
    let other = dir.path("other.db");
    std::fs::write(&other, b"").unwrap();
    let err = Store::open_read_only(&other).err().unwrap().to_string();
    assert!(
        err.contains("other.db") && err.contains("not a dyad store"),
        "{err}"
    );
}
