#!/usr/bin/env bash
# The archive index: `check --db` finds what `check --against` finds for the
# claim-key rules; re-indexing reads only changed files and drops deleted
# ones; an index of another schema version, or a file that is no index, is a
# clear error with exit status 2.
set -euo pipefail
bin=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$src/bench/gen_corpus.py" --seed 11 --size 1500KB --doc-size 4KB --conflict-rate 0.01 --out "$work/archive" --quiet
cd "$work"
mkdir drafts
for n in 003 040 080 120 160 200 240 280 320; do mv "archive/0000/00000$n.txt" "drafts/$n.txt"; done
"$bin" index --db idx.db archive 2>index.log
grep -q " 0 unchanged" index.log || { cat index.log; exit 1; }

rules=(--enable period-differs --enable scope-differs --enable target-vs-actual)
for r in share-mismatch growth-mismatch percentage-point-mismatch multiple-mismatch sum-exceeds-total \
         threshold-claim rank-mismatch number-style streak-mismatch unused-suppression; do
  rules+=(--disable "$r")
done
for how in "--db idx.db" "--against archive"; do
  status=0
  "$bin" check $how "${rules[@]}" --format json drafts >"check ${how%% *}.json" || status=$?
  [ "$status" -le 1 ] || { echo "check $how exited with $status"; exit 1; }
done
python3 - <<'PY'
import json
a = json.load(open("check --db.json"))["diagnostics"]
b = json.load(open("check --against.json"))["diagnostics"]
if a != b:
    raise SystemExit("check --db: %d findings, check --against: %d" % (len(a), len(b)))
if not any(d["related"] and d["related"][0]["file"].startswith("archive/") for d in a):
    raise SystemExit("no finding against the archive")
print("check --db agrees with check --against: %d findings" % len(a))
PY

# With the default rules (archived restatements collapsed to the first of a
# kind), the claim-key findings are the same too.
for how in "--db idx.db" "--against archive"; do
  status=0
  "$bin" check $how --format json drafts >"default ${how%% *}.json" || status=$?
  [ "$status" -le 1 ] || { echo "check $how exited with $status"; exit 1; }
done
python3 - <<'PY'
import json
keyed = ("cross-document-mismatch", "within-document-mismatch", "unit-mismatch")
a, b = ([d for d in json.load(open(f))["diagnostics"] if d["rule"] in keyed]
        for f in ("default --db.json", "default --against.json"))
if a != b or not a:
    raise SystemExit("default rules: check --db %d claim-key findings, check --against %d" % (len(a), len(b)))
print("default rules: check --db agrees with check --against: %d claim-key findings" % len(a))
PY

# From another working directory: the same findings, named from there, and
# nothing to index again (the index stores paths relative to its own folder).
mkdir elsewhere
(cd elsewhere && "$bin" check --db ../idx.db "${rules[@]}" --format json ../drafts >../elsewhere.json) || [ $? -le 1 ]
python3 - <<'PY'
import json
here = json.load(open("check --db.json"))["diagnostics"]
there = json.load(open("elsewhere.json"))["diagnostics"]
def moved(d):  # the files as named from the index's folder
    d = json.loads(json.dumps(d))
    for loc in [d] + d["related"]:
        loc["file"] = loc["file"][3:] if loc["file"].startswith("../") else "elsewhere/" + loc["file"]
    d["message"] = d["message"].replace("../", "")  # it names the other figure's file
    return d
if [moved(d) for d in there] != here:
    raise SystemExit("check --db from another folder: %d findings, from the index's: %d" % (len(there), len(here)))
print("check --db from another folder agrees: %d findings" % len(there))
PY
(cd elsewhere && "$bin" index --db ../idx.db ../archive 2>../index.log)
grep -q ": 0 files indexed" index.log && grep -q " 0 removed" index.log || { cat index.log; exit 1; }

# Incremental: one file changed, one deleted, the rest unchanged.
echo "2023年，吉林省外贸进出口实现1679.1亿元，同比增长7.7%。" >> archive/0000/00000010.txt
rm archive/0000/00000011.txt
"$bin" index --db idx.db archive 2>index.log
grep -q ": 1 files indexed" index.log && grep -q " 1 removed" index.log || { cat index.log; exit 1; }

# A file that became unreadable: an error, and its old claims leave the index.
printf '\xff' >> archive/0000/00000012.txt
status=0; "$bin" index --db idx.db archive 2>err.txt || status=$?
[ "$status" -eq 2 ] && grep -q "00000012.txt:.*invalid UTF-8" err.txt || { echo "status $status"; cat err.txt; exit 1; }
python3 -c "import sqlite3, sys; sys.exit(any('00000012' in p for (p,) in sqlite3.connect('idx.db').execute('SELECT path FROM files')))" \
  || { echo "the unreadable file is still indexed"; exit 1; }

# Errors: another schema version, not an index, not a database.
cp idx.db old.db
python3 -c "import sqlite3; c = sqlite3.connect('old.db'); c.execute('PRAGMA user_version = 7'); c.commit()"
status=0; "$bin" check --db old.db drafts >/dev/null 2>err.txt || status=$?
[ "$status" -eq 2 ] && grep -q "old.db: error: archive index schema version 7" err.txt || { echo "status $status"; cat err.txt; exit 1; }
echo "not a database" > text.db
status=0; "$bin" check --db text.db drafts >/dev/null 2>err.txt || status=$?
[ "$status" -eq 2 ] && grep -q "text.db: error: " err.txt || { echo "status $status"; cat err.txt; exit 1; }
status=0; "$bin" check --db missing.db drafts >/dev/null 2>err.txt || status=$?
[ "$status" -eq 2 ] && grep -q "missing.db: error: " err.txt || { echo "status $status"; cat err.txt; exit 1; }
# An archived file that changed since it was indexed cannot be shown: an error, not a wrong excerpt.
note=$(python3 -c "import json; print(json.load(open('check --db.json'))['diagnostics'][0]['related'][0]['file'])")
printf 'x' | cat - "$note" > changed.tmp && mv changed.tmp "$note"
status=0; "$bin" check --db idx.db "${rules[@]}" drafts >/dev/null 2>err.txt || status=$?
[ "$status" -eq 2 ] && grep -q "changed after its claims were extracted" err.txt || { echo "status $status"; cat err.txt; exit 1; }
echo "incremental update and errors as expected"
