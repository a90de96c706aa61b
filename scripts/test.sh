#!/usr/bin/env bash
# Everything CI checks (fmt, clippy, tests, artefact staleness): the commands live in .ci/run.
set -euo pipefail
exec "$(dirname "$0")/../.ci/run"
