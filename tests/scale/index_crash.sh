#!/usr/bin/env bash
# Crash safety: an index build killed (SIGKILL) at random points several
# times, then run to the end, holds exactly what an uninterrupted build
# holds; after every kill the index opens and passes SQLite's integrity check.
set -euo pipefail
bin=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$src/bench/gen_corpus.py" --seed 13 --size 3MB --doc-size 2KB --out "$work/corpus" --quiet
cd "$work"
dump() {
  python3 - "$1" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
for row in c.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name"):
    print(*row)
for row in c.execute("SELECT path, hash FROM files ORDER BY path"):
    print(*row)
for row in c.execute("SELECT f.path, c.key_hash, c.period_group_hash, c.scope_group_hash, c.goal_hash, c.kind_hash, c.date, c.record "
                     "FROM claims c JOIN files f ON f.id = c.file_id ORDER BY 1, 8"):
    print(*row)
PY
}
start=$(date +%s%N)
"$bin" index --jobs 1 --db whole.db corpus 2>/dev/null
whole_ms=$(( ($(date +%s%N) - start) / 1000000 ))
dump whole.db > whole.txt
# What a killed build left written: the files the index holds, plus one
# when a write-ahead log or journal holds uncommitted pages.
written() {
  python3 - "$1" <<'PY'
import os, sqlite3, sys
db = sys.argv[1]
n = 0
if os.path.exists(db):
    n = 2 * sqlite3.connect(db).execute("SELECT count(*) FROM files").fetchone()[0]
    n += any(os.path.exists(db + s) and os.path.getsize(db + s) > 0 for s in ("-wal", "-journal"))
print(n)
PY
}
kills=0
# Random points (printed, to reproduce a failure), 10-40% of the time a
# whole build takes on this machine, so that a faster build or machine
# still gets interrupted; one thread, so that each run has work left for
# the next. A kill counts only when the build had written: one before its
# first write tests nothing.
for i in 1 2 3 4 5 6; do
  delay_ms=$(( whole_ms * (10 + RANDOM % 31) / 100 ))
  delay=$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))
  echo "kill after ${delay}s (a whole build took ${whole_ms} ms)"
  before=$(written part.db)
  "$bin" index --jobs 1 --db part.db corpus 2>/dev/null &
  pid=$!
  sleep "$delay"
  if kill -9 "$pid" 2>/dev/null; then
    wait "$pid" 2>/dev/null || true
    if [ "$(written part.db)" != "$before" ]; then kills=$((kills + 1)); fi
  else
    wait "$pid" 2>/dev/null || true
  fi
  [ -e part.db ] && dump part.db > /dev/null
done
"$bin" index --jobs 2 --db part.db corpus 2>/dev/null
dump part.db > part.txt
cmp whole.txt part.txt || { echo "interrupted and resumed index differs from a whole build"; exit 1; }
[ "$kills" -ge 2 ] || { echo "only $kills builds were interrupted after writing (the corpus is indexed too fast)"; exit 1; }
echo "$kills builds killed after writing; the resumed index equals the uninterrupted one ($(wc -l < whole.txt) rows)"
