#!/usr/bin/env bash
# Measures `factlint check` end to end: a synthetic corpus of N articles made
# from the shipped ones (each copy with a figure changed, so there are findings
# to report), checked against rules/ with --jobs 1 and --jobs 2. Prints wall
# time, MB/s, articles/s and peak memory (GNU time), best of RUNS runs.
# usage: bench/check/run.sh [FACTLINT] [N=2000] [RUNS=3]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
factlint=$(realpath "${1:-$root/build/factlint}")
n=${2:-2000}
runs=${3:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$root" "$work" "$n" <<'PY'
import os, sys
root, work, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(os.path.join(work, "corpus"))
sources = sorted(f for f in os.listdir(os.path.join(root, "corpus")) if f.endswith(".md"))
texts = [open(os.path.join(root, "corpus", f), encoding="utf-8").read() for f in sources]
for i in range(n):
    text = texts[i % len(texts)]
    if i % 3 == 0:
        text = text.replace("46 percent", "64 percent").replace("since 2012", "since 2014")
    with open(os.path.join(work, "corpus", f"a{i:05d}.md"), "w", encoding="utf-8") as out:
        out.write(text)
PY
cp -r "$root/rules" "$work/rules"
bytes=$(du -sb "$work/corpus" | cut -f1)
cd "$work"
echo "factlint: $factlint"
echo "corpus: $n articles, $((bytes / 1024)) KiB; best of $runs runs"
for jobs in 1 2; do
  best=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o time.txt "$factlint" check --jobs "$jobs" --format json >report.json || [ $? -eq 1 ]
    read -r secs kib < <(tail -n 1 time.txt)
    if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; mem=$kib; fi
  done
  findings=$(python3 -c 'import json; print(json.load(open("report.json"))["summary"]["findings"])')
  awk -v s="$best" -v b="$bytes" -v n="$n" -v j="$jobs" -v m="$mem" -v f="$findings" 'BEGIN {
    if (s < 0.001) s = 0.001
    printf "--jobs %d: %.2f s, %.1f MB/s, %.0f articles/s, peak %.0f MiB, %d findings\n", j, s, b / s / 1e6, n / s, m / 1024, f }'
done
