#!/usr/bin/env bash
# English extraction throughput on one core: articles per second of `dyad extract --lang en`.
#
#     scripts/bench_extract_en.sh [ARTICLES] [SENTENCES_PER_ARTICLE]
#
# Corpus: ARTICLES (default 2000) wire-style articles of SENTENCES_PER_ARTICLE (default 20)
# sentences, assembled at random (fixed seed) from the English sentences written for dyad
# (crates/coder/tests/golden_en/*.txt, crates/coder/tests/english_spot_check.tsv) and, when
# ../shared is present, PETRARCH2's unit-test sentences (read at run time, never copied into
# the repository). One process codes every file (`taskset -c 0`: one core); the time of a run
# over a single article (start-up and lexicon loading) is subtracted.
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES=${1:-2000}
PER=${2:-20}
cargo build --release -q -p dyad-cli
BIN=target/release/dyad
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp" "$ARTICLES" "$PER" <<'PY'
import json, os, random, re, sys
out, n, per = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
pool = []
gold = "crates/coder/tests/golden_en"
for name in sorted(os.listdir(gold)):
    if name.endswith(".txt"):
        body = open(os.path.join(gold, name), encoding="utf-8").read().split("\n\n", 1)[1]
        pool += [p.strip() for p in body.split("\n\n") if p.strip()]
for line in open("crates/coder/tests/english_spot_check.tsv", encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        pool.append(line.split(" | ")[1])
petrarch = "../shared/data/petrarch/petrarch2_unittest_expected.jsonl"
if os.path.exists(petrarch):
    for line in open(petrarch, encoding="utf-8"):
        pool.append(json.loads(line)["text"])
rng = random.Random(7)
total = 0
for i in range(n):
    text = "\n\n".join(rng.choice(pool) for _ in range(per)) + "\n"
    total += len(text.encode("utf-8"))
    with open(os.path.join(out, f"a{i:05}.txt"), "w", encoding="utf-8") as f:
        f.write(text)
print(f"corpus: {n} articles x {per} sentences from a pool of {len(pool)}, {total / n:.0f} bytes per article")
PY
# CPU time (user + system) of each run, from the kernel's accounting: the machine is shared,
# so wall-clock time would measure the neighbours too; wall time is printed as well.
python3 - "$BIN" "$tmp" "$ARTICLES" <<'PY'
import glob, os, resource, subprocess, sys, time
binary, tmp, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
def run(paths):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    with open(os.path.join(tmp, "events.jsonl"), "w") as out:
        subprocess.run(["taskset", "-c", "0", binary, "extract", "--lang", "en", "--published", "2024-03-15",
                        "--format", "jsonl", *paths], stdout=out, check=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall
paths = sorted(glob.glob(os.path.join(tmp, "a*.txt")))
one_cpu, one_wall = run(paths[:1])
all_cpu, all_wall = run(paths)
events = sum(1 for _ in open(os.path.join(tmp, "events.jsonl")))
print(f"start-up and lexicons: {one_cpu:.2f} s CPU; {n} articles: {all_cpu:.2f} s CPU ({all_wall:.2f} s wall); {events} events")
print(f"English throughput on one core: {(n - 1) / (all_cpu - one_cpu):.0f} articles/s (CPU time), "
      f"{(n - 1) / max(all_wall - one_wall, 1e-9):.0f} articles/s (wall)")
PY
