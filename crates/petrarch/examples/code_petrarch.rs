//! Codes each argument with PETRARCH's validation dictionaries (from ../shared) and prints
//! dyad's events with their rules: for finding why a suite record is coded as it is.
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/petrarch");
    let dicts = match dyad_petrarch::suite::Dictionaries::load(
        &dir.join("PETR.Validate.actors.txt"),
        &dir.join("PETR.Validate.agents.txt"),
        &dir.join("PETR.Validate.verbs.txt"),
        Some(&dir.join("PETR.Validate.discards.txt")),
    ) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    };
    let date = jiff::civil::Date::constant(1995, 1, 1);
    for text in std::env::args().skip(1) {
        println!("{text}");
        for e in dicts.events("x", &text, date) {
            let actor = |a: &Option<dyad_model::Actor>| {
                a.as_ref()
                    .map_or("-".to_owned(), |a| format!("{}={:?}", a.text, a.actor))
            };
            println!(
                "  {} {} -> {} {} {:?}",
                e.rule,
                actor(&e.source),
                actor(&e.target),
                e.cameo,
                e.mode
            );
        }
        println!(
            "  => {}",
            dyad_petrarch::suite::render(&dicts.code("x", &text, date))
        );
    }
}
