#!/usr/bin/env bash
# Codes the BSNLP articles listed in eval/bsnlp_spot_check_files.txt (read from ../shared, never
# copied) and prints one event per line with the sentence, for checking by hand against the
# verdicts in eval/bsnlp_spot_check.tsv.
# Usage: scripts/spot_check.sh [LIST]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
list="${1:-$root/eval/bsnlp_spot_check_files.txt}"
bsnlp="$root/../shared/data/bsnlp-pl"
if [ ! -d "$bsnlp" ]; then
    echo "spot_check: SKIPPED: $bsnlp is absent"
    exit 0
fi
cd "$root"
cargo build -q --release -p dyad-cli
target="${CARGO_TARGET_DIR:-$root/target}"
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
while read -r rel; do
    f="$bsnlp/$rel"
    # BSNLP raw files: id, language, date, url, title, then the text.
    published="$(sed -n 3p "$f" | tr -d '\r' | cut -c1-10)"
    [ -n "$published" ] || published=2020-01-01
    tail -n +5 "$f" | tr -d '\r' > "$tmp"
    "$target/release/dyad" extract --lang pl --published "$published" --id "$(basename "$f" .txt)" \
        --format jsonl "$tmp" | python3 -c '
import json, sys
for line in sys.stdin:
    e = json.loads(line)
    code = lambda a: (a["actor"] or "?") if a else "-"
    print("\t".join([e["doc"], code(e["source"]), code(e["target"]), e["cameo"], e["mode"],
                     e["rule"], e["evidence"]["text"].replace("\n", " ")[:160]]))'
done < "$list"
