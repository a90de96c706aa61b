//! Runs every row of `probes.tsv`: the expression found must be exactly the expected words,
//! resolved to the expected span and precision; rows marked `-` must find nothing.

use dyad_dates::probe::{parse_probes, precision_name, Probe};
use dyad_dates::DateResolver;

fn check(resolver: &DateResolver, probe: &Probe) -> Result<(), String> {
    let found = resolver.find(
        probe.lang,
        &probe.sentence,
        Some(probe.published),
        probe.tense,
    );
    let Some(want) = &probe.expected else {
        return match found.as_slice() {
            [] => Ok(()),
            _ => Err(format!("expected nothing, found {:?}", found[0].text)),
        };
    };
    let [got] = found.as_slice() else {
        let texts: Vec<&str> = found.iter().map(|m| m.text.as_str()).collect();
        return Err(format!(
            "expected one mention {:?}, found {texts:?}",
            want.text
        ));
    };
    let show = |s: Option<jiff::civil::Date>| s.map_or("-".to_owned(), |d| d.to_string());
    let got_row = (
        got.text.as_str(),
        show(got.date.start),
        show(got.date.end),
        precision_name(got.date.precision),
    );
    let want_row = (
        want.text.as_str(),
        show(want.start),
        show(want.end),
        precision_name(want.precision),
    );
    if got_row == want_row && probe.sentence[got.start..got.end] == got.text {
        Ok(())
    } else {
        Err(format!("expected {want_row:?}, got {got_row:?}"))
    }
}

#[test]
fn every_probe_resolves_as_expected() {
    let table = include_str!("probes.tsv");
    let probes = parse_probes(table).unwrap_or_else(|e| panic!("probes.tsv: {e}"));
    assert!(probes.len() >= 80, "the table should keep at least 80 rows");
    let resolver = DateResolver::new();
    let failures: Vec<String> = probes
        .iter()
        .filter_map(|p| {
            check(&resolver, p)
                .err()
                .map(|e| format!("line {} ({}): {e}", p.line, p.sentence))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} probes failed:\n{}",
        failures.len(),
        probes.len(),
        failures.join("\n")
    );
}
