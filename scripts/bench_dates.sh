#!/usr/bin/env bash
# Benchmark dyad-dates against dateparser (PyPI) on the committed probe table: accuracy for
# both, the ratio, and throughput. Needs `pip install dateparser`. Extra arguments go to
# bench_dates.py (e.g. --misses).
set -euo pipefail
cd "$(dirname "$0")/.."
table=crates/dates/tests/probes.tsv
out=$(mktemp)
trap 'rm -f "$out"' EXIT
python3 -c 'import dateparser' 2>/dev/null || { echo "bench_dates: pip install dateparser" >&2; exit 1; }
cargo run --release -q -p dyad-dates --example probe_table -- "$table" > "$out"
python3 scripts/bench_dates.py --table "$table" --dyad "$out" "$@"
