#!/usr/bin/env bash
# Validates claimlint's SARIF with the Microsoft SARIF Multitool, SARIF and
# GitHub rule sets (validate --rule-kind "Sarif;Gh"), on fixtures/review: a
# corpus with findings in several rules, related locations and suppressions.
# Fails on any error or warning of the validator; its notes are listed.
#   BUILD_DIR            where claimlint is built (default: build)
#   SARIF_MULTITOOL_DIR  where npm installs the multitool (default: $BUILD_DIR/sarif-multitool)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$PWD"
build="${BUILD_DIR:-build}"
tool_dir="${SARIF_MULTITOOL_DIR:-$build/sarif-multitool}"
version=5.7.0  # pinned: a new release may add rules

if ! command -v npm >/dev/null; then
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends nodejs npm
fi
if [ ! -d "$tool_dir/node_modules/@microsoft/sarif-multitool" ]; then
  npm install --prefix "$tool_dir" --no-audit --no-fund --loglevel=error "@microsoft/sarif-multitool@$version"
fi
# The platform package holds a self-contained .NET executable; npm may skip
# the install script that marks it executable.
multitool="$(find "$tool_dir/node_modules/@microsoft" -path '*sarif-multitool-linux*' -name Sarif.Multitool -type f | head -n 1)"
if [ -z "$multitool" ]; then
  echo "validate-sarif: the multitool's Linux binary is missing under $tool_dir" >&2
  exit 2
fi
chmod u+x "$multitool"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
(cd fixtures/review && "$root/$build/claimlint" check --format sarif -o "$work/review.sarif" archive.txt draft.md) || status=$?
if [ "$status" -gt 1 ]; then
  echo "validate-sarif: claimlint failed with exit status $status" >&2
  exit 2
fi

"$multitool" validate --rule-kind "Sarif;Gh" --level "Error;Warning;Note" \
  -o "$work/validation.sarif" "$work/review.sarif" >"$work/console.txt" || { cat "$work/console.txt"; exit 2; }

python3 - "$work/validation.sarif" <<'PY'
import json, sys
log = json.load(open(sys.argv[1], encoding="utf-8"))
counts = {"error": 0, "warning": 0, "note": 0}
bad = []
for run in log["runs"]:
    for n in run.get("invocations", [{}])[0].get("toolExecutionNotifications", []):
        if n.get("level", "warning") in ("error", "warning"):
            bad.append("tool: " + n["message"]["text"])
    for r in run.get("results", []):
        level = r.get("level", "warning")
        counts[level] = counts.get(level, 0) + 1
        text = r["message"].get("text") or " ".join(r["message"].get("arguments", []))
        line = f'{level} {r["ruleId"]}: {text}'
        print("  " + line)
        if level in ("error", "warning"):
            bad.append(line)
print(f'validate-sarif: {counts["error"]} errors, {counts["warning"]} warnings, {counts["note"]} notes '
      '(rule kinds Sarif;Gh)')
sys.exit(1 if bad else 0)
PY
