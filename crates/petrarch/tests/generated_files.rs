//! The committed generated files are what the converters write from ../shared (MIT
//! dictionaries, read at test time). Skips, saying so, when ../shared is absent.

use std::path::Path;

use dyad_petrarch::generate::{
    hand_written_triggers, petrarch_actors_tsv, petrarch_verbs_tsv, ACTORS_FILE, PHOENIX_ACTORS,
    VERBS_FILE,
};
use dyad_petrarch::read_file;

#[test]
fn generated_files_are_up_to_date() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = repo.join("../shared/data/petrarch");
    if !dir.is_dir() {
        eprintln!(
            "SKIPPED generated_files_are_up_to_date: {} is absent",
            dir.display()
        );
        return;
    }
    let dictionary = read_file(dir.join("CAMEO.2.0.txt")).expect("CAMEO.2.0.txt");
    let others = hand_written_triggers(&repo).expect("hand-written English events");
    let (verbs, _) = petrarch_verbs_tsv(&dictionary, &others).expect("converts");
    let committed = read_file(repo.join(VERBS_FILE)).expect("committed verbs");
    assert!(
        verbs == committed,
        "{VERBS_FILE} is stale: run `cargo run -p dyad-petrarch --bin petrarch_verbs`"
    );
    let texts: Vec<(&str, String)> = PHOENIX_ACTORS
        .iter()
        .map(|n| (*n, read_file(dir.join(n)).expect("Phoenix actors")))
        .collect();
    let files: Vec<(&str, &str)> = texts.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let (actors, count) = petrarch_actors_tsv(&files).expect("converts");
    assert!(count > 10_000, "{count} office holders");
    let committed = read_file(repo.join(ACTORS_FILE)).expect("committed actors");
    assert!(
        actors == committed,
        "{ACTORS_FILE} is stale: run `cargo run -p dyad-petrarch --bin petrarch_actors`"
    );
}
