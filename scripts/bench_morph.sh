#!/usr/bin/env bash
# Benchmark dyad-morph against morfeusz2 on the same tokens: every BSNLP Polish news text in
# ../shared/data/bsnlp-pl (headers skipped), one core. Needs `pip install morfeusz2`.
# Usage: scripts/bench_morph.sh [BSNLP_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bsnlp="${1:-$root/../shared/data/bsnlp-pl}"
if [ ! -d "$bsnlp" ]; then
    echo "bench_morph: SKIPPED: $bsnlp is absent"
    exit 0
fi
tokens="$(mktemp)"
trap 'rm -f "$tokens"' EXIT
cd "$root"
cargo build -q --release -p dyad-morph --example bench_morph --example dump_tokens
mapfile -t files < <(find "$bsnlp" -path '*/raw/pl/*.txt' | sort)
./target/release/examples/dump_tokens "$tokens" "${files[@]}"
echo "files=${#files[@]}"
dyad="$(taskset -c 0 ./target/release/examples/bench_morph "$tokens" 2>/dev/null)"
echo "$dyad"
if python3 -c 'import morfeusz2' 2>/dev/null; then
    peer="$(taskset -c 0 python3 "$root/scripts/bench_morph.py" "$tokens")"
    echo "$peer"
    # Ratios per second on a CPU (the machine is shared; wall-clock figures are printed above).
    get() { sed -n "s/^$1=//p" <<<"$dyad$nl$peer"; }
    nl=$'\n'
    python3 - "$(get lookup_cpu_tokens_per_s)" "$(get uncached_lookup_cpu_tokens_per_s)" \
        "$(get morfeusz_per_token_cpu_tokens_per_s)" "$(get morfeusz_batched_cpu_tokens_per_s)" <<'PY'
import sys
ours, raw, per_token, batched = map(float, sys.argv[1:])
print(f"cpu_ratio_vs_morfeusz_per_token={ours / per_token:.1f}x")
print(f"cpu_ratio_vs_morfeusz_batched={ours / batched:.1f}x")
print(f"cpu_ratio_uncached_vs_morfeusz_batched={raw / batched:.1f}x")
PY
else
    echo "morfeusz2 not installed (pip install morfeusz2): no ratio"
fi
