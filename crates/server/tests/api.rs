//! Every endpoint through the Router, over a store ingested from the repo's own examples
//! (examples/pl) and an English article written here.

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, OnceLock};

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use dyad_coder::Engine;
use dyad_model::{Article, Lang};
use dyad_server::{Server, MAX_BODY};
use dyad_store::pipeline::{ingest, Options};
use dyad_store::Store;
use serde_json::Value;
use tower::ServiceExt;

/// Written for this test: two English events with a publication date.
const ENGLISH: &str = r#"{"id": "en-test-1", "url": "https://news.example.com/1", "published": "2024-03-04", "outlet": "news.example.com", "text": "Russia threatened Japan on Monday, the Kremlin said. Japan's prime minister will visit China next week."}"#;

/// Written for this test: coded by `POST /api/extract`.
const POLISH: &str = "Prezydent Francji uda się w przyszłym tygodniu do Chin - podała agencja AFP.";

fn engine() -> Arc<Engine> {
    static ENGINE: OnceLock<Arc<Engine>> = OnceLock::new();
    Arc::clone(ENGINE.get_or_init(|| Arc::new(Engine::new().expect("built-in lexicons load"))))
}

/// The store every test reads, built once per test binary.
fn store_path() -> PathBuf {
    static DB: OnceLock<PathBuf> = OnceLock::new();
    DB.get_or_init(|| {
        // Under target/tmp: rebuilt by every run, never left in the system temp dir.
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("dyad-server-api");
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let english = dir.join("english.jsonl");
        std::fs::write(&english, format!("{ENGLISH}\n")).unwrap();
        let examples = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/pl");
        let db = dir.join("test.db");
        let engine = engine();
        let coder = |a: &Article| engine.process(a);
        let summary = ingest(
            &db,
            &[examples, english],
            &coder,
            &Options::default(),
            &AtomicBool::new(false),
            |_| {},
        )
        .unwrap();
        assert!(summary.failed == 0, "{:?}", summary.failures);
        db
    })
    .clone()
}

fn router() -> Router {
    Server::builder(store_path())
        .engine(engine())
        .connections(2)
        .build()
        .unwrap()
        .router()
}

/// A request through the router: status, content type and body.
async fn send(request: Request<Body>) -> (StatusCode, String, Vec<u8>) {
    let response = router().oneshot(request).await.unwrap();
    let status = response.status();
    let content_type = response
        .headers()
        .get(header::CONTENT_TYPE)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let body = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    (status, content_type, body.to_vec())
}

async fn get(uri: &str) -> (StatusCode, Value) {
    let (status, content_type, body) = send(Request::get(uri).body(Body::empty()).unwrap()).await;
    assert!(
        content_type.starts_with("application/json"),
        "{uri}: {content_type}"
    );
    (status, serde_json::from_slice(&body).unwrap())
}

async fn post(uri: &str, body: impl Into<Body>) -> (StatusCode, Value) {
    let request = Request::post(uri)
        .header(header::CONTENT_TYPE, "application/json")
        .body(body.into())
        .unwrap();
    let (status, _, body) = send(request).await;
    (status, serde_json::from_slice(&body).unwrap())
}

/// `GET uri` answered 200; the JSON.
async fn ok(uri: &str) -> Value {
    let (status, body) = get(uri).await;
    assert_eq!(status, StatusCode::OK, "{uri}: {body}");
    body
}

fn events(body: &Value) -> &Vec<Value> {
    body["events"].as_array().unwrap()
}

fn error(body: &Value) -> &str {
    body["error"].as_str().expect("an error message")
}

fn counts() -> dyad_store::Counts {
    Store::open_read_only(&store_path())
        .unwrap()
        .counts()
        .unwrap()
}

#[tokio::test]
async fn stats_are_the_store_counts() {
    let c = counts();
    assert!(c.events >= 5, "the examples code several events: {c:?}");
    let body = ok("/api/stats").await;
    assert_eq!(body["articles"], c.articles);
    assert_eq!(body["events"], c.events);
    assert_eq!(body["mentions"], c.mentions);
}

#[tokio::test]
async fn events_carry_evidence_rule_actors_and_counts() {
    let body = ok("/api/events").await;
    assert_eq!(body["total"], counts().events);
    assert_eq!(body["limit"], 100);
    let all = events(&body);
    assert_eq!(all.len() as u64, counts().events.min(100));
    for e in all {
        assert!(e["id"].as_i64().unwrap() > 0);
        assert!(!e["evidence"].as_str().unwrap().is_empty(), "{e}");
        assert!(!e["rule"].as_str().unwrap().is_empty(), "{e}");
        assert!(e["cameo"].as_str().unwrap().len() >= 2);
        assert!(e["num_mentions"].as_i64().unwrap() >= 1);
        assert!(e.get("reported_by").is_some() && e.get("location").is_some());
        assert!(e["source"].is_object() || e["source"].is_null());
    }
    assert!(
        all.iter().any(|e| e["cameo_label"].is_string()),
        "CAMEO labels from the code book"
    );
    assert!(
        all.iter().any(|e| e["reported_by"].is_object()),
        "'według agencji KCNA' / 'the Kremlin said' report something"
    );
}

fn side_matches(actor: &Value, code: &str) -> bool {
    actor["actor"].as_str().is_some_and(|a| a.starts_with(code))
        || actor["country"].as_str() == Some(code)
}

#[tokio::test]
async fn filters_narrow_the_results() {
    let total = ok("/api/events").await["total"].as_u64().unwrap();

    let rus = ok("/api/events?source=rus").await;
    let n = rus["total"].as_u64().unwrap();
    assert!(n > 0 && n < total, "source narrows: {n} of {total}");
    assert!(events(&rus)
        .iter()
        .all(|e| side_matches(&e["source"], "RUS")));

    let rus_prk = ok("/api/events?source=RUS&target=PRK").await;
    let m = rus_prk["total"].as_u64().unwrap();
    assert!(m > 0 && m <= n, "{m} of {n}");
    assert!(events(&rus_prk)
        .iter()
        .all(|e| side_matches(&e["source"], "RUS") && side_matches(&e["target"], "PRK")));
    let either = ok("/api/events?source=RUS&target=PRK&either=true").await;
    assert!(either["total"].as_u64().unwrap() >= m);
    assert!(events(&either).iter().all(|e| {
        (side_matches(&e["source"], "RUS") && side_matches(&e["target"], "PRK"))
            || (side_matches(&e["source"], "PRK") && side_matches(&e["target"], "RUS"))
    }));

    let consult = ok("/api/events?cameo=04").await;
    let k = consult["total"].as_u64().unwrap();
    assert!(k > 0 && k < total, "{k} of {total}");
    assert!(events(&consult)
        .iter()
        .all(|e| e["cameo"].as_str().unwrap().starts_with("04")));

    for quad in 1..=4 {
        let body = ok(&format!("/api/events?quad={quad}")).await;
        assert!(events(&body).iter().all(|e| e["quad_class"] == quad));
    }

    let planned = ok("/api/events?mode=planned").await;
    assert!(planned["total"].as_u64().unwrap() < total);
    assert!(events(&planned).iter().all(|e| e["mode"] == "planned"));

    let dated = ok("/api/events?from=2023-09-01&to=2023-09-30").await;
    let d = dated["total"].as_u64().unwrap();
    assert!(d > 0 && d < total, "{d} of {total}");
    for e in events(&dated) {
        assert!(e["date_end"].as_str().unwrap() >= "2023-09-01", "{e}");
        assert!(e["date_start"].as_str().unwrap() <= "2023-09-30", "{e}");
    }

    // Words in the evidence of any mention, case-insensitively.
    let words = ok("/api/events?text=JAPAN").await;
    let w = words["total"].as_u64().unwrap();
    assert!(w > 0 && w < total, "{w} of {total}");
    for e in events(&words) {
        let detail = ok(&format!("/api/events/{}", e["id"])).await;
        assert!(detail["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["event"]["evidence"]["text"]
                .as_str()
                .unwrap()
                .to_lowercase()
                .contains("japan")));
    }

    let none = ok("/api/events?source=ZZZ").await;
    assert_eq!(none["total"], 0);
    assert!(events(&none).is_empty());
}

#[tokio::test]
async fn limit_and_offset_page_through_the_results() {
    let all = ok("/api/events?limit=1000").await;
    let all = events(&all);
    assert!(all.len() >= 3);
    let page = ok("/api/events?limit=1&offset=1").await;
    assert_eq!(page["total"].as_u64().unwrap(), all.len() as u64);
    assert_eq!(events(&page).len(), 1);
    assert_eq!(events(&page)[0]["id"], all[1]["id"]);
    let empty = ok("/api/events?limit=0").await;
    assert!(events(&empty).is_empty());
    assert_eq!(empty["total"].as_u64().unwrap(), all.len() as u64);
    // Empty values are absent (an HTML form sends its empty fields).
    let blank = ok("/api/events?source=&cameo=&limit=").await;
    assert_eq!(blank["total"].as_u64().unwrap(), all.len() as u64);
}

#[tokio::test]
async fn bad_parameters_are_400_naming_them() {
    let cases = [
        ("source=R-S", "source", "R-S"),
        ("target=%25", "target", "%"),
        ("cameo=x4", "cameo", "x4"),
        ("cameo=1", "cameo", "1"),
        ("plover=CON%20SULT", "plover", "CON SULT"),
        ("quad=5", "quad", "5"),
        ("mode=maybe", "mode", "maybe"),
        ("from=2023-13-01", "from", "2023-13-01"),
        ("to=yesterday", "to", "yesterday"),
        ("limit=1001", "limit", "1001"),
        ("limit=-1", "limit", "-1"),
        ("offset=x", "offset", "x"),
        ("either=perhaps", "either", "perhaps"),
        ("bogus=1", "bogus", ""),
        ("source=RUS&source=PRK", "source", ""),
    ];
    for (query, name, value) in cases {
        let (status, body) = get(&format!("/api/events?{query}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}: {body}");
        let message = error(&body);
        assert!(message.contains(name), "{query}: {message}");
        assert!(message.contains(value), "{query}: {message}");
    }
    let (status, body) = get("/api/series?by=year").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(error(&body).contains("by=\"year\""), "{body}");
    let (status, body) = get("/api/series?limit=5").await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "series has no paging");
    assert!(error(&body).contains("limit"));
}

#[tokio::test]
async fn an_event_comes_with_its_mentions() {
    let list = ok("/api/events?limit=1000").await;
    let merged = events(&list)
        .iter()
        .max_by_key(|e| e["num_mentions"].as_i64().unwrap())
        .unwrap()
        .clone();
    let id = merged["id"].as_i64().unwrap();
    let body = ok(&format!("/api/events/{id}")).await;
    assert_eq!(body["event"]["id"], id);
    assert_eq!(body["event"]["evidence"], merged["evidence"]);
    let mentions = body["mentions"].as_array().unwrap();
    assert_eq!(
        mentions.len() as i64,
        merged["num_mentions"].as_i64().unwrap()
    );
    for m in mentions {
        assert_eq!(m["event_id"], id);
        let e = &m["event"];
        assert!(!e["evidence"]["text"].as_str().unwrap().is_empty());
        assert!(e["rule"].is_string() && e["cameo"].is_string());
    }

    let (status, body) = get("/api/events/999999999").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(error(&body).contains("999999999"));
    let (status, body) = get("/api/events/abc").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(error(&body).contains("id=\"abc\""), "{body}");
}

#[tokio::test]
async fn series_counts_the_dyad_per_period() {
    let body = ok("/api/series?source=RUS&target=PRK&either=true&by=month").await;
    assert_eq!(body["by"], "month");
    let rows = body["rows"].as_array().unwrap();
    assert!(!rows.is_empty());
    let mut total = 0;
    for r in rows {
        let period = r["period"].as_str().unwrap();
        assert_eq!(period.len(), 7, "YYYY-MM: {period}");
        let quad: u64 = r["quad"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_u64().unwrap())
            .sum();
        assert_eq!(r["total"].as_u64().unwrap(), quad);
        total += quad;
    }
    // As `dyad series`: dated events of the dyad, less negated, hypothetical and conditional.
    let list = ok("/api/events?source=RUS&target=PRK&either=true&limit=1000").await;
    let expected = events(&list)
        .iter()
        .filter(|e| e["date_start"].is_string())
        .filter(|e| {
            !["negated", "hypothetical", "conditional"].contains(&e["mode"].as_str().unwrap())
        })
        .count() as u64;
    assert_eq!(total, expected);

    let days = ok("/api/series?source=RUS&target=PRK&either=1&by=day").await;
    let days = days["rows"].as_array().unwrap();
    assert!(days.len() >= rows.len());
    assert!(days
        .iter()
        .all(|r| r["period"].as_str().unwrap().len() == 10));
    let weeks = ok("/api/series?source=RUS&by=week").await;
    assert!(weeks["rows"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["period"].as_str().unwrap().contains("-W")));
    let empty = ok("/api/series?source=ZZZ").await;
    assert!(empty["rows"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn extract_codes_text_as_the_contract_says_and_stores_nothing() {
    let before = counts();
    let request = serde_json::json!({"text": POLISH, "lang": "pl", "published": "2024-04-02"});
    let (status, body) = post("/api/extract", request.to_string()).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["lang"], "pl");
    // Exactly the events the engine codes: the `dyad extract` JSON.
    let article = Article {
        id: "request".into(),
        published: Some(jiff::civil::date(2024, 4, 2)),
        lang: Some(Lang::Pl),
        text: POLISH.into(),
        ..Article::default()
    };
    let expected = serde_json::to_value(engine().process(&article)).unwrap();
    assert_eq!(body["events"], expected);
    let coded = events(&body);
    assert!(!coded.is_empty(), "the visit is coded");
    for e in coded {
        for field in [
            "doc",
            "sentence",
            "evidence",
            "source",
            "target",
            "cameo",
            "plover",
            "quad_class",
            "goldstein",
            "mode",
            "date",
            "reported_by",
            "location",
            "rule",
        ] {
            assert!(e.get(field).is_some(), "contract field {field} in {e}");
        }
    }
    assert!(coded.iter().any(|e| e["cameo"] == "042"
        && e["mode"] == "planned"
        && e["date"]["start"] == "2024-04-08"));

    // Language detected when not given.
    let (status, body) = post(
        "/api/extract",
        r#"{"text": "Russia threatened Japan on Monday, the Kremlin said."}"#,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["lang"], "en");

    assert_eq!(counts(), before, "extract writes nothing");
}

#[tokio::test]
async fn bad_extract_requests_are_400_and_big_ones_413() {
    let cases = [
        (r#"{"text": "x", "lang": "de"}"#, "lang"),
        (r#"{"text": "Rosja.", "published": "wczoraj"}"#, "published"),
        (r#"{"text": "Rosja.", "colour": "red"}"#, "colour"),
        (r#"{"lang": "pl"}"#, "text"),
        (r#"{"text": "  "}"#, "text"),
        ("not json", "JSON"),
    ];
    for (body, needle) in cases {
        let (status, answer) = post("/api/extract", body).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}: {answer}");
        assert!(error(&answer).contains(needle), "{body}: {answer}");
    }
    let big = serde_json::json!({ "text": "a".repeat(MAX_BODY + 1) }).to_string();
    let (status, answer) = post("/api/extract", big).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(error(&answer).contains("bytes"));
    // Just under the limit is read (padded with JSON whitespace, so coding stays quick).
    let short = r#"{"text": "Rosja zagroziła Japonii."}"#;
    let fits = format!("{short}{}", " ".repeat(MAX_BODY - short.len()));
    assert_eq!(fits.len(), MAX_BODY);
    let (status, answer) = post("/api/extract", fits).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
}

#[tokio::test]
async fn the_page_the_health_check_and_unknown_routes() {
    let (status, content_type, body) = send(Request::get("/").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert!(content_type.starts_with("text/html"), "{content_type}");
    let page = String::from_utf8(body).unwrap();
    for needle in [
        "<form id=\"search\"",
        "name=\"source\"",
        "name=\"target\"",
        "name=\"cameo\"",
        "name=\"mode\"",
        "name=\"from\"",
        "name=\"text\"",
        "/api/events",
        "/api/series",
        "/api/extract",
        "<textarea",
    ] {
        assert!(page.contains(needle), "the page has {needle}");
    }
    assert!(
        !page.contains("http://") || page.matches("http://").count() == 1,
        "nothing fetched from elsewhere (the one http:// is the SVG namespace)"
    );
    assert!(!page.contains("https://"), "no CDN");

    let (status, _, body) = send(Request::get("/healthz").body(Body::empty()).unwrap()).await;
    assert_eq!((status, body.as_slice()), (StatusCode::OK, &b"ok"[..]));

    let (status, body) = get("/api/nothing").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(error(&body).contains("no such endpoint"));
    let (status, body) = post("/api/events", "{}").await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(error(&body).contains("method"));
}

#[test]
fn a_missing_or_foreign_store_is_an_error_naming_the_file() {
    let dir = std::env::temp_dir().join(format!("dyad-server-missing-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let missing = dir.join("nowhere.db");
    let err = Server::builder(&missing)
        .engine(engine())
        .build()
        .err()
        .unwrap()
        .to_string();
    assert!(
        err.contains("nowhere.db") && err.contains("no such store"),
        "{err}"
    );
    assert!(!missing.exists(), "the server never creates a store");
    let foreign = dir.join("notes.db");
    std::fs::write(&foreign, "plain text, not SQLite").unwrap();
    let err = Server::builder(&foreign)
        .engine(engine())
        .build()
        .err()
        .unwrap()
        .to_string();
    assert!(err.contains("notes.db"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn an_empty_store_answers_with_nothing_rather_than_errors() {
    let dir = std::env::temp_dir().join(format!("dyad-server-empty-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("empty.db");
    drop(Store::open(&db).unwrap());
    let router = Server::builder(&db)
        .engine(engine())
        .build()
        .unwrap()
        .router();
    for uri in ["/api/stats", "/api/events?source=RUS", "/api/series", "/"] {
        let response = router
            .clone()
            .oneshot(Request::get(uri).body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{uri}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
