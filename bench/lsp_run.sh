#!/usr/bin/env bash
# Re-check latency of `claimlint lsp` after a one-character edit in an 80 KB
# draft, in a workspace of about 560 generated documents (4.6 MB, seed 1).
# Corpora are generated on first use in BUILD_DIR/lsp-bench/.
#
#   bench/lsp_run.sh [ITERATIONS]        (default 200)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"
case "$build" in /*) ;; *) build="$root/$build" ;; esac
bench="$build/bench/claimlint_lsp_bench"
work="$build/lsp-bench"

if [[ ! -x "$bench" ]]; then
  echo "bench/lsp_run.sh: $bench not found; build the claimlint_lsp_bench target first" >&2
  exit 2
fi
if [[ ! -f "$work/workspace/manifest.jsonl" ]]; then
  python3 "$root/bench/gen_corpus.py" --seed 1 --size 4600KB --doc-size 8KB --out "$work/workspace" --quiet
  python3 "$root/bench/gen_corpus.py" --seed 7 --size 80KB --doc-size 80KB --out "$work/draft" --quiet
fi
draft="$(find "$work/draft" -name '*.txt' | sort | head -n 1)"
"$bench" "$work/workspace" "$draft" "${1:-200}"
