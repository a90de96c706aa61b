//! Helpers shared by the coder's integration tests.
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::OnceLock;

use dyad_coder::Engine;
use dyad_model::{Actor, Event};

/// One engine for every test in a binary: building it validates all lexicons.
pub fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::new().expect("the built-in lexicons load"))
}

/// `../shared` beside the repo, when present.
pub fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    p.is_dir().then_some(p)
}

pub fn code(a: &Option<Actor>) -> String {
    a.as_ref()
        .and_then(|a| a.actor.clone())
        .unwrap_or_else(|| "-".to_owned())
}

/// One event per line: the golden rendering.
pub fn render(e: &Event) -> String {
    let date = e
        .date
        .as_ref()
        .map(|d| match (d.start, d.end) {
            (Some(s), Some(t)) => {
                format!("{s}..{t} {:?} {:?}", d.precision, d.basis).to_lowercase()
            }
            _ => format!("? {:?}", d.text),
        })
        .unwrap_or_else(|| "-".into());
    format!(
        "[{}] {} -> {} {} {} | {} | by {} | at {} | {}",
        e.sentence,
        code(&e.source),
        code(&e.target),
        e.cameo,
        e.mode.as_str(),
        date,
        code(&e.reported_by),
        e.location
            .as_ref()
            .map_or("-".to_owned(), |l| l.name.clone()),
        e.rule
    )
}
