#!/usr/bin/env bash
# End-to-end ingest throughput: `dyad ingest` of 1x, 10x and 100x the BSNLP Polish corpus
# (../shared/data/bsnlp-pl/*/raw/pl) into a fresh SQLite store, with wall time and peak memory.
#
# Each copy gets distinct ids and a distinct last line ("[kopia N]"), so no copy is skipped as a
# duplicate: the store deduplicates by content hash, and the point is to store every copy.
# The corpus is never committed; the copies live in a temporary folder, removed at the end
# unless KEEP=1.
#
# Usage: scripts/bench_ingest.sh [MULTIPLES...]     (default: 1 10 100)
# Env:   SHARED (default ../shared), WORK (scratch dir), THREADS (default: all cores), KEEP=1
set -euo pipefail
cd "$(dirname "$0")/.."

SHARED=${SHARED:-../shared}
SRC="$SHARED/data/bsnlp-pl"
if [ ! -d "$SRC" ]; then
    echo "SKIP bench_ingest: $SRC not present"
    exit 0
fi
[ $# -eq 0 ] && set -- 1 10 100
MULTIPLES=("$@")
MAX=0
for n in "${MULTIPLES[@]}"; do [ "$n" -gt "$MAX" ] && MAX=$n; done

WORK=${WORK:-$(mktemp -d /tmp/dyad-bench-ingest.XXXXXX)}
cleanup() { [ "${KEEP:-0}" = 1 ] || rm -rf "$WORK"; }
trap cleanup EXIT

echo "building dyad (release)..." >&2
cargo build --release -q -p dyad-cli
BIN="${CARGO_TARGET_DIR:-target}/release/dyad"

echo "writing $MAX copies of the corpus to $WORK/copies..." >&2
python3 - "$SRC" "$WORK/copies" "$MAX" <<'EOF'
import os, sys
src, out, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
files = []
for topic in sorted(os.listdir(src)):
    raw = os.path.join(src, topic, "raw", "pl")
    if os.path.isdir(raw):
        for name in sorted(os.listdir(raw)):
            with open(os.path.join(raw, name), "rb") as f:
                files.append((topic, name, f.read()))
for c in range(copies):
    d = os.path.join(out, f"c{c:03d}")
    os.makedirs(d, exist_ok=True)
    for topic, name, data in files:
        text = data.decode("utf-8-sig")
        first, _, rest = text.partition("\n")
        with open(os.path.join(d, f"{topic}__{name}"), "w", encoding="utf-8") as f:
            f.write(f"{first.strip()}-c{c:03d}\n{rest.rstrip()}\n[kopia {c}]\n")
print(f"{len(files)} articles per copy", file=sys.stderr)
EOF

ARGS=(-q)
[ -n "${THREADS:-}" ] && ARGS+=(-j "$THREADS")
printf "%-6s %8s %8s %8s %8s %10s %7s %7s %6s %11s %11s\n" copies articles stored events "wall s" articles/s "peak MB" "db MB" "CPU %" "cpu ms/art" "2-core est"
for n in "${MULTIPLES[@]}"; do
    DB="$WORK/bench-$n.db"
    rm -f "$DB" "$DB-wal" "$DB-shm"
    paths=()
    for ((c = 0; c < n; c++)); do paths+=("$WORK/copies/$(printf 'c%03d' "$c")"); done
    /usr/bin/time -f "%e %M %P %U %S" -o "$WORK/time-$n" "$BIN" ingest "${paths[@]}" --db "$DB" "${ARGS[@]}" 2> "$WORK/log-$n"
    read -r wall rss_kb cpu user sys < "$WORK/time-$n"
    read_n=$(sed -n 's/^read \([0-9]*\) documents.*/\1/p' "$WORK/log-$n")
    stored=$(sed -n 's/^stored \([0-9]*\) new articles.*/\1/p' "$WORK/log-$n")
    events=$(sed -n 's/^events: \([0-9]*\) mentions stored.*/\1/p' "$WORK/log-$n")
    db_mb=$(du -m "$DB" | cut -f1)
    rate=$(python3 -c "print(f'{$read_n / $wall:.0f}')")
    # CPU time per article does not depend on what else runs on the machine; two idle cores
    # would give at best 2000 / (cpu ms per article) articles/s.
    cpu_ms=$(python3 -c "print(f'{($user + $sys) * 1000 / $read_n:.2f}')")
    est=$(python3 -c "print(f'{2000 / max(($user + $sys) * 1000 / $read_n, 1e-6):.0f}')")
    printf "%-6s %8s %8s %8s %8s %10s %7s %7s %6s %11s %11s\n" "${n}x" "$read_n" "$stored" "$events" "$wall" "$rate" "$((rss_kb / 1024))" "$db_mb" "$cpu" "$cpu_ms" "$est"
done
echo "cores: $(nproc); load: $(cut -d" " -f1-3 /proc/loadavg); coder: dyad_coder::Engine at $(git rev-parse --short HEAD); log of each run in $WORK/log-N (KEEP=1 keeps it)" >&2
