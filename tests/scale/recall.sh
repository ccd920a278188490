#!/usr/bin/env bash
# The large-scale recall test, small: on a corpus generated with --mode
# recall, every injected error is reported and nothing else is.
set -euo pipefail
bin=$1 src=$2 size=${3:-2MB}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$src/bench/gen_corpus.py" --mode recall --seed 7 --size "$size" --out "$work/corpus" --quiet
[ -s "$work/corpus/injected.jsonl" ] || { echo "no errors injected"; exit 1; }
python3 "$src/bench/recall_score.py" --corpus "$work/corpus" --bin "$bin"
