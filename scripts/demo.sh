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
