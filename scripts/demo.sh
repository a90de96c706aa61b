#!/usr/bin/env bash
# The main job on the examples that ship in the repo: build dyad, code one article, ingest the
# example folder into a fresh store, query it, and draw the Russia–North Korea dyad.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet -p dyad-cli
dyad=target/release/dyad
out=out
mkdir -p "$out"
rm -f "$out/demo.db" "$out/demo.db-wal" "$out/demo.db-shm"

echo "== dyad extract (one article, as a table)"
"$dyad" extract --published 2023-09-13 --format table examples/pl/chiny-rozmowy.txt

echo
echo "== dyad ingest examples/ -> $out/demo.db"
"$dyad" ingest examples/ --db "$out/demo.db"

echo
echo "== dyad query: everything Russia did to North Korea"
"$dyad" query --db "$out/demo.db" --source RUS --target PRK --format table

echo
echo "== dyad series RUS PRK (both directions, by month) -> $out/rus-prk.svg"
"$dyad" series RUS PRK --both --by month --db "$out/demo.db" --svg "$out/rus-prk.svg"

echo
echo "== dyad export --format gdelt (first 3 rows)"
"$dyad" export --format gdelt --db "$out/demo.db" | head -3

echo
echo "== dyad serve: the HTTP API over $out/demo.db (a free port, stopped after two requests)"
# The server prints its URL on standard output once it listens; `timeout` bounds the whole
# exchange, so the demo cannot hang on a server that does not start or stop.
timeout 60 "$dyad" serve --db "$out/demo.db" --addr 127.0.0.1:0 >"$out/serve.url" 2>"$out/serve.log" &
server=$!
for _ in $(seq 1 100); do
    [ -s "$out/serve.url" ] && break
    sleep 0.1
done
url=$(head -1 "$out/serve.url")
if [ -z "$url" ]; then
    echo "the server did not start:"; cat "$out/serve.log"
    kill "$server" 2>/dev/null || true
    exit 1
fi
echo "\$ curl ${url}api/stats"
curl -sS --max-time 5 "${url}api/stats"; echo
echo "\$ curl '${url}api/events?source=RUS&target=PRK&limit=2'"
curl -sS --max-time 5 "${url}api/events?source=RUS&target=PRK&limit=2" | head -c 1200; echo
kill "$server"
wait "$server" 2>/dev/null || true
echo "(server stopped; run \`$dyad serve --db $out/demo.db\` and open http://127.0.0.1:8080/ for the page)"
