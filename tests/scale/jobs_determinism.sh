#!/usr/bin/env bash
# `check --jobs N` prints the same bytes for every N, in every format, on a
# generated corpus with findings; with stderr not a terminal it shows no
# progress line.
set -euo pipefail
bin=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$src/bench/gen_corpus.py" --seed 3 --size 1500KB --doc-size 4KB --conflict-rate 0.01 --out "$work/corpus" --quiet
cd "$work/corpus"
for format in text json sarif; do
  for jobs in 1 2 3 8; do
    status=0
    "$bin" check --jobs "$jobs" --format "$format" . >"$work/$format.$jobs" 2>"$work/err.$jobs" || status=$?
    [ "$status" -le 1 ] || { echo "check --jobs $jobs exited with $status"; cat "$work/err.$jobs"; exit 1; }
    if grep -q $'\r' "$work/err.$jobs"; then echo "progress shown on a non-terminal stderr"; exit 1; fi
  done
  [ -s "$work/$format.1" ] || { echo "no $format output"; exit 1; }
  for jobs in 2 3 8; do
    cmp "$work/$format.1" "$work/$format.$jobs" || { echo "$format differs between --jobs 1 and --jobs $jobs"; exit 1; }
  done
done
# The corpus must give the comparison something to compare.
n=$(grep -c '\[cross-document-mismatch\]' "$work/text.1" || true)
[ "$n" -gt 0 ] || { echo "no cross-document findings in the corpus"; exit 1; }
echo "identical output for --jobs 1, 2, 3, 8 ($n cross-document findings)"
