#!/usr/bin/env bash
# Everything CI checks, in the order that fails fastest. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --all -- --check
cargo clippy --workspace --all-targets -- -D warnings
cargo test --workspace
# Generated lexicon sources must match their generators (each says SKIPPED when ../shared is
# absent).
python3 scripts/gen_cameo.py --check
# The committed SGJP lexicon must equal what the compiler makes of ../shared (skips, saying so,
# when ../shared is absent).
cargo run --quiet --release -p dyad-morph --features compile --bin dyad-compile-lexicon -- \
  ../shared/data/sgjp/sgjp-forms.tsv.xz data/morph/sgjp.fst --check
