#!/usr/bin/env bash
# HTML extraction: dyad (dom_smoothie + our metadata fallbacks, as `dyad ingest` runs it) against
# trafilatura from PyPI on the same pages: speed ratio, body agreement with the gold text and
# with each other, title and date accuracy. Pages come from scripts/html_pages.py (BSNLP
# articles from ../shared wrapped in five site templates; examples/pl when ../shared is absent).
#
# Usage: scripts/bench_html.sh [N_PAGES] [REPEAT]      (default 200 pages, 3 timing rounds)
# Env:   PYTHON: an interpreter with trafilatura (default: a venv made in the scratch folder).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-200}
REPEAT=${2:-3}
WORK=$(mktemp -d /tmp/dyad-bench-html.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

if [ -z "${PYTHON:-}" ]; then
    echo "installing trafilatura into $WORK/venv..." >&2
    python3 -m venv "$WORK/venv"
    # lxml 6 moved html.clean out; jusText (a trafilatura dependency) still imports it
    "$WORK/venv/bin/pip" install -q "trafilatura==2.3.1" "lxml_html_clean==0.4.6"
    PYTHON="$WORK/venv/bin/python"
fi

python3 scripts/html_pages.py "$WORK/pages" "$N"
cargo build --release -q -p dyad-ingest --example html_extract
"${CARGO_TARGET_DIR:-target}/release/examples/html_extract" "$WORK/pages" "$REPEAT" > "$WORK/dyad.jsonl" 2> "$WORK/dyad.time"
"$PYTHON" scripts/html_trafilatura.py "$WORK/pages" "$REPEAT" > "$WORK/traf.jsonl" 2> "$WORK/traf.time"

python3 - "$WORK" <<'PY'
import collections, json, re, sys
work = sys.argv[1]
def load(name):
    with open(f"{work}/{name}", encoding="utf-8") as f:
        return {d["file"]: d for d in map(json.loads, f)}
gold, dyad, traf = load("pages/gold.jsonl"), load("dyad.jsonl"), load("traf.jsonl")
words = lambda t: collections.Counter(re.findall(r"\w+", (t or "").lower()))
def f1(a, b):
    a, b = words(a), words(b)
    common = sum((a & b).values())
    if not common:
        return 0.0
    p, r = common / sum(a.values()), common / sum(b.values())
    return 2 * p * r / (p + r)
def mean(xs):
    return sum(xs) / len(xs) if xs else 0.0
rows = collections.defaultdict(lambda: collections.defaultdict(list))
for name, g in gold.items():
    d, t = dyad.get(name, {}), traf.get(name, {})
    for key in ("all", g["template"]):
        r = rows[key]
        r["dyad_f1"].append(f1(d.get("text"), g["text"]))
        r["traf_f1"].append(f1(t.get("text"), g["text"]))
        r["agree"].append(f1(d.get("text"), t.get("text")))
        r["dyad_date"].append((d.get("published") or "")[:10] == g["published"])
        r["traf_date"].append((t.get("published") or "")[:10] == g["published"])
        r["dyad_title"].append((d.get("title") or "").strip() == g["title"])
        r["traf_title"].append((t.get("title") or "").strip() == g["title"])
        r["dyad_fail"].append("error" in d)
        r["traf_fail"].append("error" in t)
print(f"{'pages':<20} {'n':>4} {'dyad F1':>8} {'traf F1':>8} {'agree':>6} {'dyad date':>9} {'traf date':>9} "
      f"{'dyad title':>10} {'traf title':>10} {'dyad fail':>9} {'traf fail':>9}")
for key in ["all"] + sorted(k for k in rows if k != "all"):
    r = rows[key]
    print(f"{key:<20} {len(r['agree']):>4} {mean(r['dyad_f1']):>8.3f} {mean(r['traf_f1']):>8.3f} {mean(r['agree']):>6.3f} "
          f"{mean(r['dyad_date']):>9.2f} {mean(r['traf_date']):>9.2f} {mean(r['dyad_title']):>10.2f} "
          f"{mean(r['traf_title']):>10.2f} {sum(r['dyad_fail']):>9} {sum(r['traf_fail']):>9}")
times = {}
for who in ("dyad", "traf"):
    line = open(f"{work}/{who}.time").read().strip().splitlines()[-1]
    print(line)
    times[who] = float(re.search(r"in ([0-9.]+) s", line).group(1))
print(f"speed ratio: dyad is {times['traf'] / times['dyad']:.1f}x trafilatura (single thread each; F1 = bag-of-words F1 against the gold body)")
PY
