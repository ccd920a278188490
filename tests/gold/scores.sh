#!/usr/bin/env bash
# The extraction and claims scorers of ../shared/tools against the
# hand-checked gold of the seed documents. The floors are the figures
# reached (docs/claims.md): a change that loses accuracy fails here.
# Skipped (exit 77), saying so, when ../shared is not beside the project.
set -euo pipefail
bin=$(realpath "$1") src=$2
shared="$src/../shared"
if [ ! -f "$shared/tools/score_claims.py" ] || [ ! -d "$shared/corpus/gold" ]; then
  echo "skipped: $shared/tools and $shared/corpus/gold are not there"
  exit 77
fi
extract=$(python3 "$shared/tools/score_extract.py" --bin "$bin" | tail -1)
claims=$(python3 "$shared/tools/score_claims.py" --bin "$bin" | tail -1)
echo "$extract"
echo "$claims"
python3 - "$extract" "$claims" <<'PY'
import re, sys
extract, claims = sys.argv[1], sys.argv[2]
floors = {'scope': 0.979, 'subject': 0.903, 'period': 0.962, 'measure': 1.0, 'direction': 1.0,
          'modality': 0.985, 'all fields right': 0.844}
bad = []
f1 = float(re.search(r'F1 ([0-9.]+)', extract).group(1))
traps = re.search(r'traps hit (\d+)/', extract).group(1)
if f1 < 1.0 or traps != '0':
    bad.append(f'extraction F1 {f1}, traps hit {traps} (want 1.000 and 0)')
for field, floor in floors.items():
    got = float(re.search(field + r' ([0-9.]+)', claims).group(1))
    if got + 1e-9 < floor:
        bad.append(f'{field} {got:.3f} below {floor:.3f}')
for b in bad:
    print('FAIL:', b)
sys.exit(1 if bad else 0)
PY
