#!/usr/bin/env bash
# Map and reduce: `extract --format jsonl` on three shards of a generated
# corpus (in parallel, as a cluster would), then `reconcile` of the shards'
# claims, prints exactly what `check` prints for the claim-key rules, as text
# and as JSON diagnostics.
set -euo pipefail
bin=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$src/bench/gen_corpus.py" --seed 5 --size 1200KB --doc-size 4KB --conflict-rate 0.01 --out "$work/corpus" --quiet
cd "$work/corpus"
# The claim-key rules, all on; every other rule off.
rules=(--enable period-differs --enable scope-differs --enable target-vs-actual)
for r in share-mismatch growth-mismatch percentage-point-mismatch multiple-mismatch sum-exceeds-total \
         threshold-claim rank-mismatch number-style streak-mismatch unused-suppression; do
  rules+=(--disable "$r")
done
find . -name '*.txt' | sort > "$work/files"
split -n l/3 -d "$work/files" "$work/shard."
ls "$work"/shard.* | xargs -P 3 -I{} sh -c "xargs '$bin' extract --jobs 1 --format jsonl < {} > {}.jsonl"
for format in text json; do
  status=0
  "$bin" check --format "$format" "${rules[@]}" . > "$work/check.$format" || status=$?
  [ "$status" -le 1 ] || { echo "check exited with $status"; exit 1; }
  status=0
  "$bin" reconcile --format "$format" "${rules[@]}" "$work"/shard.*.jsonl > "$work/reconcile.$format" || status=$?
  [ "$status" -le 1 ] || { echo "reconcile exited with $status"; exit 1; }
done
cmp "$work/check.text" "$work/reconcile.text" || { diff "$work/check.text" "$work/reconcile.text" | head -20; exit 1; }
python3 - "$work/check.json" "$work/reconcile.json" <<'PY'
import json, sys
a, b = (json.load(open(p))["diagnostics"] for p in sys.argv[1:3])
if a != b:
    sys.exit("JSON diagnostics differ: check %d, reconcile %d" % (len(a), len(b)))
rules = {d["rule"] for d in a}
if not {"cross-document-mismatch", "within-document-mismatch"} <= rules:
    sys.exit("the corpus gave too little to compare: %s" % sorted(rules))
print("check and reconcile agree on %d findings (%s)" % (len(a), ", ".join(sorted(rules))))
PY
