//! The HTTP API and web page over the event store and the coder.
//!
//! A [`ServerBuilder`] opens the store read-only (a small pool of SQLite connections, since a
//! connection cannot be shared between threads) and takes or builds the coding [`Engine`]; the
//! resulting [`Server`] is immutable and hands out an axum [`Router`]. Store reads and coding are
//! blocking CPU and disk work, so every handler runs them on tokio's blocking pool and the async
//! workers only move bytes.
//!
//! Endpoints (all JSON; errors are `{"error": "..."}` with their status):
//!
//! | route | answer |
//! |---|---|
//! | `GET /api/events?source&target&either&cameo&plover&quad&mode&from&to&text&limit&offset` | `{"total", "limit", "offset", "events": [...]}` |
//! | `GET /api/events/{id}` | `{"event", "mentions": [...]}` |
//! | `GET /api/series?by=day\|week\|month&...filters&all_modes` | `{"by", "rows": [...]}` |
//! | `GET /api/stats` | `{"articles", "events", "mentions"}` |
//! | `POST /api/extract` `{"text", "lang", "published"}` | `{"lang", "published", "events": [...]}` (the `dyad extract` contract) |
//! | `GET /` | the web page; `GET /healthz`: `ok` |
#![warn(missing_docs)]

mod api;
mod params;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;
use dyad_coder::Engine;
use dyad_store::Store;

pub use params::{DEFAULT_LIMIT, MAX_LIMIT};

/// The largest request body accepted (`POST /api/extract`): 1 MiB, answered with 413 beyond.
pub const MAX_BODY: usize = 1 << 20;

/// Server errors (at start-up; requests answer with JSON errors instead).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The store file does not exist.
    #[error("{0}: no such store (create one with `dyad ingest PATH... --db FILE`)")]
    NoStore(PathBuf),
    /// The store could not be opened.
    #[error(transparent)]
    Store(#[from] dyad_store::Error),
    /// The coder's lexicons failed to load.
    #[error("loading the event coder: {0}")]
    Engine(#[from] dyad_coder::Error),
    /// The address could not be bound, or serving failed.
    #[error("{addr}: {error}")]
    Io {
        /// The address.
        addr: SocketAddr,
        /// What went wrong.
        error: std::io::Error,
    },
}

/// Crate result type.
pub type Result<T> = std::result::Result<T, Error>;

/// Builds a [`Server`]: opens the store, loads the coder.
pub struct ServerBuilder {
    db: PathBuf,
    engine: Option<Arc<Engine>>,
    connections: usize,
}

impl ServerBuilder {
    /// A server over the store at `db` (which must exist: the server never creates one).
    pub fn new(db: impl Into<PathBuf>) -> ServerBuilder {
        ServerBuilder {
            db: db.into(),
            engine: None,
            connections: std::thread::available_parallelism().map_or(2, |n| n.get().max(2)),
        }
    }

    /// Codes `POST /api/extract` with this engine (default: every built-in language).
    pub fn engine(mut self, engine: Arc<Engine>) -> ServerBuilder {
        self.engine = Some(engine);
        self
    }

    /// Read connections to the store (default: one per core, at least 2).
    pub fn connections(mut self, n: usize) -> ServerBuilder {
        self.connections = n.max(1);
        self
    }

    /// Opens the store read-only and loads the coder.
    pub fn build(self) -> Result<Server> {
        if !self.db.is_file() {
            return Err(Error::NoStore(self.db));
        }
        let stores = (0..self.connections)
            .map(|_| Store::open_read_only(&self.db).map(Mutex::new))
            .collect::<std::result::Result<Vec<_>, _>>()?;
        let engine = match self.engine {
            Some(e) => e,
            None => Arc::new(Engine::new()?),
        };
        Ok(Server {
            state: Arc::new(AppState {
                stores,
                next: AtomicUsize::new(0),
                engine,
            }),
            db: self.db,
        })
    }
}

/// What every handler shares: the store connections and the engine.
struct AppState {
    stores: Vec<Mutex<Store>>,
    next: AtomicUsize,
    engine: Arc<Engine>,
}

impl AppState {
    /// Runs `f` on a free store connection on the blocking pool.
    async fn read<T: Send + 'static>(
        self: &Arc<Self>,
        f: impl FnOnce(&Store) -> dyad_store::Result<T> + Send + 'static,
    ) -> std::result::Result<T, api::ApiError> {
        let state = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            // Take the first idle connection, starting from a rotating index; when all are
            // busy, wait for the one at that index.
            let n = state.stores.len();
            let start = state.next.fetch_add(1, Ordering::Relaxed) % n;
            let guard = (0..n)
                .find_map(|i| state.stores[(start + i) % n].try_lock().ok())
                .unwrap_or_else(|| {
                    state.stores[start]
                        .lock()
                        // A panic while reading leaves the connection usable: SQLite has no
                        // half-written state for a read.
                        .unwrap_or_else(|poisoned| poisoned.into_inner())
                });
            f(&guard)
        })
        .await
        .map_err(api::join_error)?
        .map_err(api::ApiError::from)
    }
}

/// The HTTP server: an immutable state and the routes over it.
pub struct Server {
    state: Arc<AppState>,
    db: PathBuf,
}

impl Server {
    /// A builder over the store at `db`.
    pub fn builder(db: impl Into<PathBuf>) -> ServerBuilder {
        ServerBuilder::new(db)
    }

    /// The store file being served.
    pub fn db(&self) -> &Path {
        &self.db
    }

    /// The routes: the API, the page and the health check.
    pub fn router(&self) -> Router {
        Router::new()
            .route("/", get(api::index))
            .route("/healthz", get(api::healthz))
            .route("/api/stats", get(api::stats))
            .route("/api/events", get(api::events))
            .route("/api/events/{id}", get(api::event))
            .route("/api/series", get(api::series))
            .route("/api/extract", post(api::extract))
            .fallback(api::not_found)
            .method_not_allowed_fallback(api::method_not_allowed)
            .layer(DefaultBodyLimit::max(MAX_BODY))
            .with_state(Arc::clone(&self.state))
    }

    /// Serves on `addr` until Ctrl-C or SIGTERM, on a runtime of its own; `ready` is called
    /// with the bound address (port 0 picks a free one) once connections are accepted.
    pub fn run(&self, addr: SocketAddr, ready: impl FnOnce(SocketAddr)) -> Result<()> {
        self.run_until(addr, ready, stop_signal())
    }

    /// As [`Server::run`], stopping when `stop` completes instead of on a signal: requests in
    /// flight finish, idle connections close, then this returns.
    pub fn run_until(
        &self,
        addr: SocketAddr,
        ready: impl FnOnce(SocketAddr),
        stop: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> Result<()> {
        let io = |error| Error::Io { addr, error };
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .enable_io()
            .build()
            .map_err(io)?;
        let router = self.router();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind(addr).await.map_err(io)?;
            let bound = listener.local_addr().map_err(io)?;
            ready(bound);
            axum::serve(listener, router)
                .with_graceful_shutdown(stop)
                .await
                .map_err(|error| Error::Io { addr: bound, error })
        })
    }
}

/// Ctrl-C (SIGINT), or SIGTERM on Unix (`kill`, service managers): in-flight requests finish,
/// then the server returns. A signal that cannot be installed is never received.
async fn stop_signal() {
    let interrupt = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    {
        let terminate = async {
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(mut s) => {
                    s.recv().await;
                }
                Err(_) => std::future::pending::<()>().await,
            }
        };
        tokio::select! {
            _ = interrupt => {}
            _ = terminate => {}
        }
    }
    #[cfg(not(unix))]
    interrupt.await;
}
