#!/usr/bin/env python3
"""Precision and recall of claimlint on a corpus made with --mode recall.

    python3 bench/recall_score.py --corpus DIR --report REPORT.json
    python3 bench/recall_score.py --corpus DIR --bin build/claimlint [--jobs N]

REPORT.json is `claimlint check --format json DIR` (paths relative to the
corpus); with --bin the script runs it. A diagnostic is a true finding when
its rule is the rule of an injected error and the error's figure is its own
figure or the figure of one of its notes; an injected error is found when
some diagnostic is true for it. Prints the counts, precision and recall, and
the first misses of each kind; exit status 1 unless both are 1.0.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys


def figure(file: str, line: int, column: int, text: str):
    return (os.path.normpath(file), line, column, text)


def locations(d):
    yield figure(d["file"], d["line"], d["column"], d["text"])
    for r in d["related"]:
        yield figure(r["file"], r["line"], r["column"], r["text"])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--report")
    ap.add_argument("--bin")
    ap.add_argument("--jobs", type=int, default=0)
    ap.add_argument("--show", type=int, default=5, help="misses of each kind to print")
    args = ap.parse_args()
    if bool(args.report) == bool(args.bin):
        ap.error("give --report or --bin")
    if args.bin:
        cmd = [os.path.abspath(args.bin), "check", "--format", "json", "."]
        if args.jobs:
            cmd[2:2] = ["--jobs", str(args.jobs)]
        run = subprocess.run(cmd, cwd=args.corpus, stdout=subprocess.PIPE, check=False)
        if run.returncode not in (0, 1):
            sys.exit("recall_score: %s exited with %d" % (" ".join(cmd), run.returncode))
        report = json.loads(run.stdout)
    else:
        with open(args.report, encoding="utf-8") as f:
            report = json.load(f)

    injected = {}
    with open(os.path.join(args.corpus, "injected.jsonl"), encoding="utf-8") as f:
        for line in f:
            e = json.loads(line)
            injected[figure(e["file"], e["line"], e["column"], e["text"])] = e["rule"]

    found = set()
    false = []
    diags = [d for d in report["diagnostics"] if d.get("suppression") is None]
    for d in diags:
        hits = [loc for loc in locations(d) if injected.get(loc) == d["rule"]]
        if hits:
            found.update(hits)
        else:
            false.append(d)
    missed = [loc for loc in injected if loc not in found]
    precision = (len(diags) - len(false)) / len(diags) if diags else 1.0
    recall = len(found) / len(injected) if injected else 1.0
    by_rule = {}
    for loc, rule in injected.items():
        n = by_rule.setdefault(rule, [0, 0])
        n[0] += 1
        n[1] += loc in found
    for rule, (n, k) in sorted(by_rule.items()):
        print("%-26s injected %5d  found %5d" % (rule, n, k))
    print("diagnostics %d, true %d, false %d" % (len(diags), len(diags) - len(false), len(false)))
    print("precision %.4f  recall %.4f" % (precision, recall))
    for d in false[: args.show]:
        print("false: %s:%d:%d %s [%s]" % (d["file"], d["line"], d["column"], d["message"], d["rule"]))
    for loc in missed[: args.show]:
        print("missed: %s:%d:%d %s [%s]" % (loc[0], loc[1], loc[2], loc[3], injected[loc]))
    return 0 if precision == 1.0 and recall == 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
