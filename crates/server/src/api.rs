//! The handlers: JSON in and out, every failure an `{"error": "..."}` with its status.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use dyad_lexicon::CodeBook;
use dyad_model::{Article, Event, Lang};
use dyad_store::{StoredEvent, SERIES_LEFT_OUT};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::params::{Params, DEFAULT_LIMIT, FILTER_PARAMS, MAX_LIMIT};
use crate::{AppState, MAX_BODY};

/// The web page, inline CSS and script, nothing fetched from elsewhere.
const INDEX_HTML: &str = include_str!("../web/index.html");

/// An error answer: a status and a message for `{"error": ...}`.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    message: String,
}

impl ApiError {
    /// 400 Bad Request.
    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            message: message.into(),
        }
    }

    fn not_found(message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::NOT_FOUND,
            message: message.into(),
        }
    }

    fn internal(message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            message: message.into(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(json!({ "error": self.message }))).into_response()
    }
}

impl From<dyad_store::Error> for ApiError {
    fn from(e: dyad_store::Error) -> ApiError {
        ApiError::internal(format!("store: {e}"))
    }
}

type ApiResult<T> = Result<T, ApiError>;

/// The query string as name/value pairs, or a 400 when it does not decode.
fn pairs(
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> ApiResult<Vec<(String, String)>> {
    query
        .map(|Query(p)| p)
        .map_err(|e| ApiError::bad_request(format!("query string: {}", e.body_text())))
}

/// A stored event as the API shows it: the store's fields and the CAMEO label.
#[derive(Serialize)]
struct ApiEvent {
    #[serde(flatten)]
    event: StoredEvent,
    cameo_label: Option<&'static str>,
}

fn api_event(event: StoredEvent) -> ApiEvent {
    let cameo_label = CodeBook::builtin()
        .get(&event.cameo)
        .map(|c| c.description.as_str());
    ApiEvent { event, cameo_label }
}

/// One page of `/api/events`, serialised straight from the structs (no JSON tree in between).
#[derive(Serialize)]
pub struct EventsPage {
    total: u64,
    limit: usize,
    offset: usize,
    events: Vec<ApiEvent>,
}

pub async fn index() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        INDEX_HTML,
    )
}

pub async fn healthz() -> &'static str {
    "ok"
}

pub async fn not_found() -> ApiError {
    ApiError::not_found("no such endpoint (see GET / for the page, /api/events, /api/events/{id}, /api/series, /api/stats, POST /api/extract)")
}

pub async fn method_not_allowed() -> ApiError {
    ApiError {
        status: StatusCode::METHOD_NOT_ALLOWED,
        message: "method not allowed on this endpoint".into(),
    }
}

pub async fn stats(State(state): State<Arc<AppState>>) -> ApiResult<Json<serde_json::Value>> {
    let counts = state.read(|store| store.counts()).await?;
    Ok(Json(json!({
        "articles": counts.articles,
        "events": counts.events,
        "mentions": counts.mentions,
    })))
}

pub async fn events(
    State(state): State<Arc<AppState>>,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> ApiResult<Json<EventsPage>> {
    let params = Params::new(pairs(query)?, &[FILTER_PARAMS, &["limit", "offset"]])?;
    let mut filter = params.filter()?;
    let limit = params
        .count("limit", 0, MAX_LIMIT)?
        .unwrap_or(DEFAULT_LIMIT);
    let offset = params.count("offset", 0, i64::MAX as usize)?.unwrap_or(0);
    filter.limit = Some(limit);
    filter.offset = (offset > 0).then_some(offset);
    let (total, events) = state
        .read(move |store| Ok((store.count_events(&filter)?, store.events(&filter)?)))
        .await?;
    Ok(Json(EventsPage {
        total,
        limit,
        offset,
        events: events.into_iter().map(api_event).collect(),
    }))
}

pub async fn event(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> ApiResult<Json<serde_json::Value>> {
    let id: i64 = id
        .parse()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| crate::params::bad("id", &id, "a positive whole number"))?;
    let found = state
        .read(move |store| match store.event(id)? {
            Some(e) => Ok(Some((e, store.mentions(id)?))),
            None => Ok(None),
        })
        .await?;
    let Some((event, mentions)) = found else {
        return Err(ApiError::not_found(format!("no event with id {id}")));
    };
    Ok(Json(json!({
        "event": api_event(event),
        "mentions": mentions,
    })))
}

pub async fn series(
    State(state): State<Arc<AppState>>,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> ApiResult<Json<serde_json::Value>> {
    let params = Params::new(pairs(query)?, &[FILTER_PARAMS, &["by", "all_modes"]])?;
    let mut filter = params.filter()?;
    let by = params.period()?;
    // As `dyad series`: what did not or may never happen is left out unless asked for.
    if filter.mode.is_none() && !params.flag("all_modes")? {
        filter.exclude_modes = SERIES_LEFT_OUT.to_vec();
    }
    let rows = state.read(move |store| store.series(&filter, by)).await?;
    let rows: Vec<serde_json::Value> = rows
        .iter()
        .map(|r| {
            json!({
                "period": r.period,
                "start": r.start,
                "quad": r.quad,
                "total": r.total(),
                "goldstein": r.goldstein,
                "mentions": r.mentions,
            })
        })
        .collect();
    let by = params.get("by").unwrap_or("month");
    Ok(Json(json!({ "by": by, "rows": rows })))
}

/// The body of `POST /api/extract`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExtractRequest {
    text: String,
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    id: Option<String>,
}

pub async fn extract(
    State(state): State<Arc<AppState>>,
    body: Result<Bytes, BytesRejection>,
) -> ApiResult<Json<serde_json::Value>> {
    let body = body.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError {
                status: StatusCode::PAYLOAD_TOO_LARGE,
                message: format!("request body over {} bytes", MAX_BODY),
            }
        } else {
            ApiError::bad_request(format!("request body: {}", e.body_text()))
        }
    })?;
    let request: ExtractRequest = serde_json::from_slice(&body).map_err(|e| {
        ApiError::bad_request(format!(
            "body: expected JSON {{\"text\": \"...\", \"lang\": \"pl|en|auto\", \"published\": \"YYYY-MM-DD\"}}: {e}"
        ))
    })?;
    let lang = match request.lang.as_deref().map(str::trim) {
        None | Some("") | Some("auto") => None,
        Some(code) => Some(Lang::from_code(code).ok_or_else(|| {
            ApiError::bad_request(format!("lang {code:?}: expected pl, en or auto"))
        })?),
    };
    let published = match request.published.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(p) => Some(parse_published(p).ok_or_else(|| {
            ApiError::bad_request(format!("published {p:?}: expected a date YYYY-MM-DD"))
        })?),
    };
    if request.text.trim().is_empty() {
        return Err(ApiError::bad_request("text is empty"));
    }
    let engine = Arc::clone(&state.engine);
    let id = request.id.unwrap_or_else(|| "request".to_owned());
    // Coding is CPU work: off the async workers, like the store reads.
    let (lang, events) = tokio::task::spawn_blocking(move || {
        let lang = lang.unwrap_or_else(|| dyad_coder::detect_lang(&request.text));
        let article = Article {
            id,
            published,
            lang: Some(lang),
            text: request.text,
            ..Article::default()
        };
        let events: Vec<Event> = engine.process(&article);
        (lang, events)
    })
    .await
    .map_err(|e| ApiError::internal(format!("the coder failed: {e}")))?;
    Ok(Json(json!({
        "lang": lang.code(),
        "published": published,
        "events": events,
    })))
}

/// `YYYY-MM-DD`, or a timestamp that starts with one (as `dyad extract --published`).
fn parse_published(p: &str) -> Option<Date> {
    p.parse::<Date>()
        .ok()
        .or_else(|| p.get(..10)?.parse::<Date>().ok())
}

/// A JSON answer to a blocking task that failed (panicked or was cancelled).
pub fn join_error(e: tokio::task::JoinError) -> ApiError {
    ApiError::internal(format!("the request failed: {e}"))
}
