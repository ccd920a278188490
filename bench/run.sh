#!/usr/bin/env bash
# Runs the extraction benchmark on the standard corpus: 100 MB, seed 1, in
# BUILD_DIR/bench-corpus (generated on first use), and prints MB/s.
#
#   bench/run.sh [benchmark flags…]      e.g. --benchmark_repetitions=5
#
# Environment: BUILD_DIR (default: build, relative to the repository root).
# The benchmark must be built first, in Release:
#   cmake -S . -B build -DCMAKE_BUILD_TYPE=Release && cmake --build build --target claimlint_bench
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"
case "$build" in /*) ;; *) build="$root/$build" ;; esac
corpus="$build/bench-corpus"
bench="$build/bench/claimlint_bench"
results="$build/bench-results.json"

if [[ ! -x "$bench" ]]; then
  echo "bench/run.sh: $bench not found; build the claimlint_bench target first (Release)" >&2
  exit 2
fi

if [[ ! -f "$corpus/manifest.jsonl" ]]; then
  echo "bench/run.sh: generating the benchmark corpus in $corpus" >&2
  python3 "$root/bench/gen_corpus.py" --seed 1 --size 100MB --out "$corpus"
fi

CLAIMLINT_BENCH_CORPUS="$corpus" "$bench" \
  --benchmark_out="$results" --benchmark_out_format=json "$@"

python3 - "$results" <<'PY'
import json
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    data = json.load(f)
ctx = data.get("context", {})
if "corpus_bytes" in ctx:
    print("\ncorpus: %s files, %.1f MB" % (ctx.get("corpus_files", "?"), int(ctx["corpus_bytes"]) / 1e6))
status = 0
for b in data.get("benchmarks", []):
    if b.get("error_occurred"):
        print("%-28s error: %s" % (b["name"], b.get("error_message", "")))
        status = 1
        continue
    bps = b.get("bytes_per_second")
    if bps:
        extra = ""
        if "quantities/s" in b:
            extra = "  %.0f quantities/s" % b["quantities/s"]
        print("%-28s %8.1f MB/s%s" % (b["name"], bps / 1e6, extra))
sys.exit(status)
PY
