#!/usr/bin/env bash
# Throughput and memory of `dyad extract`'s engine on one core over the BSNLP Polish news
# (../shared/data/bsnlp-pl): articles per second wall-clock and per CPU second, peak RSS.
# Usage: scripts/bench_extract.sh [BSNLP_DIR] [ROUNDS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bsnlp="${1:-$root/../shared/data/bsnlp-pl}"
rounds="${2:-3}"
if [ ! -d "$bsnlp" ]; then
    echo "bench_extract: SKIPPED: $bsnlp is absent"
    exit 0
fi
cd "$root"
cargo build -q --release -p dyad-coder --example bench_extract
pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)
target="${CARGO_TARGET_DIR:-$root/target}"
"${pin[@]}" "$target/release/examples/bench_extract" "$bsnlp" "$rounds"
