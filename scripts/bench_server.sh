#!/usr/bin/env bash
# HTTP API throughput: requests per second for `GET /api/events?limit=100` (and a filtered
# query) against a store of a few thousand events, served by `dyad serve` (release build).
#
# The store is made from the repo's own examples (examples/pl): COPIES copies of each article,
# each published one day later than the previous copy and ending with a distinct line, so no copy
# is a duplicate and relative dates ("w środę") land on different days, making distinct events.
# The load generator is crates/server/examples/load.rs (keep-alive HTTP/1.1, one thread per
# connection, standard library only).
#
# Usage: scripts/bench_server.sh [COPIES]          (default 600)
# Env:   CONNECTIONS (default 4), DURATION (seconds per query, default 5), WORK (scratch dir), KEEP=1
set -euo pipefail
cd "$(dirname "$0")/.."

COPIES=${1:-600}
CONNECTIONS=${CONNECTIONS:-4}
DURATION=${DURATION:-5}
WORK=${WORK:-$(mktemp -d /tmp/dyad-bench-server.XXXXXX)}
mkdir -p "$WORK"
SERVER_PID=
cleanup() {
    if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    [ "${KEEP:-0}" = 1 ] || rm -rf "$WORK"
}
trap cleanup EXIT

echo "building dyad and the load generator (release)..." >&2
cargo build --release -q -p dyad-cli
cargo build --release -q -p dyad-server --example load
TARGET=${CARGO_TARGET_DIR:-target}
BIN="$TARGET/release/dyad"
LOAD="$TARGET/release/examples/load"

echo "writing $COPIES copies of examples/pl to $WORK/articles.jsonl..." >&2
python3 - examples/pl "$WORK/articles.jsonl" "$COPIES" <<'PY'
import datetime, json, os, sys
src, out, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
articles = []
for name in sorted(os.listdir(src)):
    path = os.path.join(src, name)
    if name.endswith(".jsonl"):
        with open(path, encoding="utf-8") as f:
            articles += [json.loads(line) for line in f if line.strip()]
    elif name.endswith(".txt"):
        with open(path, encoding="utf-8") as f:
            articles.append({"id": name, "published": "2023-09-13", "text": f.read()})
with open(out, "w", encoding="utf-8") as f:
    for n in range(copies):
        for a in articles:
            b = dict(a)
            b["id"] = f"{a['id']}-{n}"
            if a.get("published"):
                day = datetime.date.fromisoformat(a["published"][:10]) + datetime.timedelta(days=n)
                b["published"] = day.isoformat()
            b["text"] = a["text"].rstrip() + f"\n\n[kopia {n}]"
            f.write(json.dumps(b, ensure_ascii=False) + "\n")
PY

DB="$WORK/bench.db"
"$BIN" ingest -q "$WORK/articles.jsonl" --db "$DB" 2>&1 | tail -1 >&2

"$BIN" serve --db "$DB" --addr 127.0.0.1:0 >"$WORK/url" 2>"$WORK/serve.log" &
SERVER_PID=$!
for _ in $(seq 1 100); do
    [ -s "$WORK/url" ] && break
    sleep 0.1
done
URL=$(head -1 "$WORK/url")
[ -n "$URL" ] || { echo "the server did not start:" >&2; cat "$WORK/serve.log" >&2; exit 1; }
HOSTPORT=${URL#http://}
HOSTPORT=${HOSTPORT%/}
echo "store: $(curl -sS --max-time 5 "${URL}api/stats")" >&2

for path in "/api/events?limit=100" "/api/events?source=RUS&cameo=04&limit=100" "/api/stats"; do
    printf '%-45s ' "GET $path"
    "$LOAD" "$HOSTPORT" "$path" "$CONNECTIONS" "$DURATION"
done
