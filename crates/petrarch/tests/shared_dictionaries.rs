//! The parsers read PETRARCH2's own dictionaries in ../shared/data/petrarch (MIT; read at test
//! time, never copied) without an error. Skips, saying so, when ../shared is absent.

use std::path::{Path, PathBuf};

use dyad_petrarch::{actors, agents, discards, read_file, verbs};

fn shared() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/petrarch");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("SKIPPED: {} is absent", dir.display());
        None
    }
}

#[test]
fn every_shared_dictionary_parses() {
    let Some(dir) = shared() else { return };
    let read = |name: &str| read_file(dir.join(name)).expect("readable");
    let validate = actors::parse_actors(
        "PETR.Validate.actors.txt",
        &read("PETR.Validate.actors.txt"),
    )
    .expect("actors");
    assert!(validate.entries.len() > 100, "{}", validate.entries.len());
    assert!(validate.skipped.is_empty(), "{:?}", validate.skipped);
    let mut phoenix = 0;
    for name in [
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
    ] {
        let dict = actors::parse_actors(name, &read(name)).expect(name);
        eprintln!(
            "{name}: {} actors, {} code lines skipped",
            dict.entries.len(),
            dict.skipped.len()
        );
        assert!(dict.skipped.len() < 50, "{name}: {:?}", &dict.skipped[..5]);
        phoenix += dict.entries.len();
    }
    assert!(phoenix > 10_000, "{phoenix}");
    for name in ["PETR.Validate.agents.txt", "Phoenix.agents.txt"] {
        let dict = agents::parse_agents(name, &read(name));
        eprintln!(
            "{name}: {} agents, {} lines skipped",
            dict.entries.len(),
            dict.skipped.len()
        );
        assert!(
            dict.entries.len() > 100 && dict.skipped.len() < 10,
            "{name}: {:?}",
            dict.skipped
        );
    }
    let d = discards::parse_discards(
        "PETR.Validate.discards.txt",
        &read("PETR.Validate.discards.txt"),
    )
    .expect("discards");
    assert!(!d.story.is_empty() && !d.sentence.is_empty());
    for name in ["PETR.Validate.verbs.txt", "CAMEO.2.0.txt"] {
        let dict = verbs::parse_verbs(name, &read(name)).expect(name);
        let patterns: usize = dict.blocks.iter().map(|b| b.patterns.len()).sum();
        eprintln!(
            "{name}: {} sets, {} blocks, {patterns} patterns, {} lines skipped",
            dict.synsets.len(),
            dict.blocks.len(),
            dict.skipped.len()
        );
        for err in &dict.skipped {
            eprintln!("  {err}");
        }
        assert!(dict.skipped.len() < 10, "{name}");
        assert!(dict.blocks.len() > 100 && patterns > 100, "{name}");
    }
}
