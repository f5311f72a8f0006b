#!/usr/bin/env bash
# Measures how `factlint check` scales on hostile sentences, to show it stays
# linear: one article holding one sentence of N repetitions of a clause with a
# figure and a cue ("the quake killed 12 people and "), N = 2,500 to 20,000,
# against a sheet with said_by and 'attribution: {within: article}', so every
# figure is selected, judged and asked who said it. Also a sentence of 500
# figures with one cue, and clauses nested N deep. Prints wall time and peak
# memory (GNU time) per size; time per repetition should stay flat.
# usage: bench/claims/run.sh [FACTLINT]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
factlint=$(realpath "${1:-$root/build/factlint}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/rules" "$work/corpus"
cat > "$work/rules/quake.yaml" <<'YAML'
id: quake
attribution: {within: article}
sources:
  ministry: {name: Ministry of Civil Affairs, also: [ministry]}
facts:
  - id: deaths
    cues: ['\b(?:killed|dead|died|toll)\b']
    expect: 398
    said_by: [ministry]
YAML
cd "$work"
run() {  # run LABEL: check corpus/, print time and memory
  /usr/bin/time -f "%e %M" -o time.txt "$factlint" check --format json --fail-on never >report.json
  read -r secs kib < time.txt
  findings=$(python3 -c 'import json; print(json.load(open("report.json"))["summary"]["findings"])')
  printf '%-44s %6.2f s  %6.0f MiB  %6d findings\n' "$1" "$secs" "$((kib / 1024))" "$findings"
}
for n in 2500 5000 10000 20000; do
  python3 - "$n" <<'PY' > corpus/a.md
import sys
n = int(sys.argv[1])
print("---\ndate: 2014-08-06\n---\n" + "the quake killed 12 people and " * n + "rain fell.")
PY
  run "one sentence, $n figures with their cues"
done
for n in 5000 20000; do
  python3 - "$n" <<'PY' > corpus/a.md
import sys
n = int(sys.argv[1])
print("---\ndate: 2014-08-06\n---\nThe toll" + ", which the ministry, whose head" * n + " said, rose to 398.")
PY
  run "clauses nested $n deep"
done
python3 - <<'PY' > corpus/a.md
print("---\ndate: 2014-08-06\n---\nThe toll was 398" + "".join(f", {1000 + i} tents" for i in range(500)) + ", the ministry said.")
PY
run "500 figures, one cue"
