#!/usr/bin/env bash
# Throughput of `dyad entities` work (tokenize + analyse + named entities + actor mentions) on
# one core over every BSNLP Polish raw article in ../shared/data/bsnlp-pl.
# Usage: scripts/bench_entities.sh [BSNLP_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bsnlp="${1:-$root/../shared/data/bsnlp-pl}"
if [ ! -d "$bsnlp" ]; then
    echo "bench_entities: SKIPPED: $bsnlp is absent"
    exit 0
fi
cd "$root"
cargo build -q --release -p dyad-actors --example bench_entities
mapfile -t files < <(find "$bsnlp" -path '*/raw/pl/*.txt' | sort)
pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)
target="${CARGO_TARGET_DIR:-$root/target}"
"${pin[@]}" "$target/release/examples/bench_entities" "${files[@]}"
