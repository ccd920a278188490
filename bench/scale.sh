#!/usr/bin/env bash
# Scale benchmarks (figures for bench/README.md; nothing here is a test):
# check --jobs at several corpus sizes (wall time, peak memory), index
# throughput, check --db latency of one ~10 KB draft, extract | reconcile,
# and precision/recall on a recall corpus.
#
#   bench/scale.sh [SIZE…]          default: 10MB 100MB
#
# Environment: BUILD_DIR (default build-release; configure it with
# -DCMAKE_BUILD_TYPE=Release), JOBS (default 2), WORK (default
# BUILD_DIR/scale: generated corpora and indexes, deleted at the end unless
# KEEP=1), CONFLICT_RATE (default 0.002, gen_corpus.py's). Each corpus is
# generated with seed 1 (gen_corpus.py, mixed mode). Its fact table is the same
# at every size, so a fact is restated more often in a larger corpus, and a
# perturbed figure contradicts more later restatements: the findings grow
# faster than the corpus (CONFLICT_RATE=0 shows the cost without them).
# MODE=recall uses the recall corpus instead (consistent documents with a few
# injected errors, bench/recall_corpus.py).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build-release}"
case "$build" in /*) ;; *) build="$root/$build" ;; esac
bin="$build/claimlint"
jobs="${JOBS:-2}"
work="${WORK:-$build/scale}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10MB 100MB)
[ -x "$bin" ] || { echo "bench/scale.sh: $bin not found; build it first (Release)" >&2; exit 2; }
mkdir -p "$work"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT

# "seconds peak-MB" of a command (GNU time), its output discarded.
measure() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || [ $? -le 1 ] || {
    cat "$work/stderr" >&2; exit 1; }
  # The last line: GNU time puts "Command exited with non-zero status 1" first.
  tail -1 "$work/time" | awk '{printf "%.2f s, %.0f MB peak", $1, $2 / 1024}'
}

echo "machine: $(nproc) cores, $(uname -m); claimlint $("$bin" --version | awk '{print $2}'), $(basename "$build"); --jobs $jobs"
for size in "${sizes[@]}"; do
  corpus="$work/corpus-$size"
  python3 "$root/bench/gen_corpus.py" --seed 1 --size "$size" --out "$corpus" --jobs "$jobs" --quiet \
    --conflict-rate "${CONFLICT_RATE:-0.002}" --mode "${MODE:-mixed}"
  mb=$(python3 -c "import json,sys; print('%.1f' % (sum(json.loads(l)['size'] for l in open(sys.argv[1])) / 1e6))" "$corpus/manifest.jsonl")
  files=$(wc -l < "$corpus/manifest.jsonl")
  echo "== $size: $files files, $mb MB"
  echo "check --jobs $jobs: $(cd "$corpus" && measure "$bin" check --jobs "$jobs" --format json -o "$work/report.json" .)"
  echo "  findings: $(python3 -c "import json,sys,collections; d=json.load(open(sys.argv[1]))['diagnostics']; print(len(d), dict(collections.Counter(x['rule'] for x in d).most_common(3)))" "$work/report.json")"
  echo "check --jobs 1: $(cd "$corpus" && measure "$bin" check --jobs 1 --format json .)"
  rm -rf "$work/index.db"* "$work/draft"
  mkdir -p "$work/draft"
  draft="$work/draft/$(cd "$corpus" && find . -name '*.txt' -size +9k -size -12k | sort | tail -1 | tr / _)"
  mv "$corpus/$(cd "$corpus" && find . -name '*.txt' -size +9k -size -12k | sort | tail -1)" "$draft"
  t=$(cd "$corpus" && measure "$bin" index --jobs "$jobs" --db "$work/index.db" .)
  secs=${t%% s*}
  echo "index --jobs $jobs: $t, $(python3 -c "print('%.1f' % ($mb / $secs))") MB/s, index $(du -m "$work/index.db" | cut -f1) MB"
  echo "index again (nothing changed): $(cd "$corpus" && measure "$bin" index --jobs "$jobs" --db "$work/index.db" .)"
  # One ~10 KB draft checked against the archive (median of 5 runs; the first
  # warms the page cache): a document of the corpus, taken out before indexing.
  for i in 1 2 3 4 5 6; do
    (cd "$corpus" && /usr/bin/time -f "%e" -o "$work/t.$i" "$bin" check --db "$work/index.db" "$draft" >/dev/null 2>&1 || true)
  done
  echo "check --db, one $(wc -c < "$draft")-byte draft: $(for i in 2 3 4 5 6; do tail -1 "$work/t.$i"; done | sort -n | sed -n 3p) s (median of 5)"
  echo "extract --jobs $jobs | reconcile: $(cd "$corpus" && measure sh -c "'$bin' extract --jobs $jobs . | '$bin' reconcile --format json -")"
  rm -rf "$corpus" "$work/index.db"* "$work/draft"
done
