#!/usr/bin/env bash
# RE2::Set against Hyperscan and Vectorscan (RE2 confirming) on factlint's
# benchmark corpora (issue 12). Builds bench/engines, checks that every engine
# finds the same patterns in every article as RE2::Set (exits 1 if not), then
# times each one (hyperfine, best of RUNS) beside reading the files and
# ripgrep, prints compile time and sizes, and callgrind instruction counts on
# a sample. See bench/engines/README.md.
#
# usage: bench/engines/run.sh [--both] [RUNS=3] [WORK=/var/tmp/factlint-engines] [SCALE=/var/tmp/factlint-scale]
#   --both   also build against the other library: swaps libhyperscan-dev and
#            libvectorscan-dev with apt-get (they conflict) and back again.
#            Without it, every binary already built (build-hyperscan/,
#            build-vectorscan/) is measured, plus the installed library's.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
both=""
if [ "${1:-}" = "--both" ]; then both=--both; shift; fi
runs=${1:-3}
work=${2:-/var/tmp/factlint-engines}
scale=${3:-/var/tmp/factlint-scale}
for tool in hyperfine rg python3; do
  command -v "$tool" >/dev/null || { echo "run.sh: needs $tool (scripts/install-packages bench)" >&2; exit 2; }
done
mkdir -p "$work/patterns" "$work/out"

# ---- binaries ---------------------------------------------------------------
"$here/build.sh" $both >/dev/null
binaries=()
for flavour in hyperscan vectorscan; do
  [ -x "$here/build-$flavour/engines" ] && binaries+=("$flavour")
done
first="$here/build-${binaries[0]}/engines"

# ---- corpora and patterns ---------------------------------------------------
# The scale corpora as bench/scale/run.sh makes them; the shipped corpus copied
# to 2,000 articles as bench/check/run.sh does (5 articles alone time nothing);
# and the sheets of a 1,000-story archive (no articles) for a larger pattern set.
corpus() {  # NAME ARTICLES FACTS STORIES
  [ -d "$scale/$1" ] || python3 "$root/bench/scale/generate.py" "$scale/$1" --articles "$2" --facts "$3" --stories "$4"
}
corpus scale 20000 100 10
for facts in 10 100 1000; do corpus "facts$facts" 2000 "$facts" 10; done
corpus archive 20000 1000 100
[ -d "$work/sheets1000" ] || python3 "$root/bench/scale/generate.py" "$work/sheets1000" --articles 0 --facts 10000 --stories 1000
if [ ! -d "$work/shipped/corpus" ]; then
  mkdir -p "$work/shipped/corpus"
  sources=("$root"/corpus/*.md)
  for i in $(seq 0 1999); do cp "${sources[$((i % ${#sources[@]}))]}" "$(printf '%s/shipped/corpus/a%05d.md' "$work" "$i")"; done
fi
cues_cc="$root/checker/attribution/cues.cc"
patterns() {  # NAME RULES: NAME-cues.txt and NAME-all.txt
  python3 "$here/patterns.py" "$2" cues >"$work/patterns/$1-cues.txt"
  python3 "$here/patterns.py" "$2" all "$cues_cc" >"$work/patterns/$1-all.txt"
}
for c in scale facts10 facts100 facts1000 archive; do patterns "$c" "$scale/$c/rules"; done
patterns shipped "$root/rules"
patterns sheets1000 "$work/sheets1000/rules"
for c in scale facts10 facts100 facts1000 archive; do
  cmp -s "$work/patterns/$c-cues.txt" "$scale/$c/cues.txt" || { echo "run.sh: $c: cues differ from cues.txt" >&2; exit 1; }
done
# For ripgrep: \b as an ASCII word boundary, as RE2's and as issue 12 asks
# (ripgrep's Unicode \b leaves its DFA on the first non-ASCII byte: 5 MB/s on
# the shipped articles), and no escapes of characters that are not special,
# such as \' (RE2::QuoteMeta writes them; ripgrep 13 refuses them).
for f in "$work"/patterns/*-cues.txt "$work"/patterns/*-all.txt; do
  sed -e "s/\\\\'/'/g" -e 's/\\b/(?-u:\\b)/g' "$f" >"${f%.txt}.rg"
done

# corpus directory, pattern set: the jobs measured
jobs=(
  "scale cues scale" "scale all scale"
  "facts10 cues facts10" "facts100 cues facts100" "facts1000 cues facts1000" "facts1000 all facts1000"
  "archive cues archive" "archive all archive" "archive all sheets1000"
  "shipped cues shipped" "shipped all shipped"
)
dir_of() { if [ "$1" = shipped ]; then echo "$work/shipped/corpus"; else echo "$scale/$1/corpus"; fi; }

echo "date: $(date -u +%F); machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "libraries: ${binaries[*]}; best of $runs runs (hyperfine); work in $work"

# ---- 1. same answers --------------------------------------------------------
echo
echo "1. every engine finds the same patterns in every article as RE2::Set"
for job in "${jobs[@]}"; do
  read -r c set rules <<<"$job"
  for b in "${binaries[@]}"; do
    out=$("$here/build-$b/engines" --verify "$work/patterns/$rules-$set.txt" "$(dir_of "$c")" 2>&1) || {
      echo "$out"; echo "run.sh: $b, $c, $rules-$set: match sets differ" >&2; exit 1; }
    printf "   %-10s %-9s %-15s %s\n" "$b" "$c" "$rules-$set" "$(echo "$out" | head -n 1)"
  done
done

# ---- 2. compile time and size -----------------------------------------------
echo
echo "2. compile time and size"
for p in scale-cues scale-all facts1000-all archive-all sheets1000-all shipped-all; do
  for b in "${binaries[@]}"; do
    echo "   $p, $b:"
    "$here/build-$b/engines" --stats "$work/patterns/$p.txt" | sed 's/^/     /'
  done
done

# ---- 3. time ------------------------------------------------------------------
# hyperfine's best wall time; the engines' own figures (setup = compiling,
# match = matching alone, without reading) are the best over its runs.
best_json() { python3 -c 'import json,sys; print(min(json.load(open(sys.argv[1]))["results"][0]["times"]))' "$1"; }
time_it() {  # LABEL COMMAND...: prints "wall setup_ms match_ms"
  local label=$1; shift
  hyperfine -N -i --show-output -w 1 -r "$runs" --export-json "$work/out/$label.json" "$*" >"$work/out/$label.txt" 2>/dev/null
  local wall setup match
  wall=$(best_json "$work/out/$label.json")
  setup=$(sed -n 's/.*setup \([0-9.]*\) ms.*/\1/p' "$work/out/$label.txt" | sort -g | head -n 1)
  match=$(sed -n 's/.* match \([0-9.]*\) ms.*/\1/p' "$work/out/$label.txt" | sort -g | head -n 1)
  echo "$wall ${setup:--} ${match:--}"
}
echo
echo "3. time: wall = whole process, best of $runs (compiling, reading, matching); matching = the engine alone"
echo
echo "| corpus | MB | patterns | engine | wall s | MB/s | × re2set | × rg | setup ms | matching MB/s |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for job in "${jobs[@]}"; do
  read -r c set rules <<<"$job"
  dir=$(dir_of "$c")
  pat="$work/patterns/$rules-$set.txt"
  n=$(wc -l <"$pat")
  bytes=$(find "$dir" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
  name="$c"; [ "$rules" = "$c" ] || name="$c ($rules)"
  read -r rg_s _ _ < <(time_it "$c-$rules-$set-rg" rg -j1 -c -i -f "${pat%.txt}.rg" "$dir")
  rows=("ripgrep $rg_s - -")
  read -r s _ _ < <(time_it "$c-$rules-$set-read" "$first" read "$pat" "$dir")
  rows+=("read $s - -")
  read -r re_s su m < <(time_it "$c-$rules-$set-re2set" "$first" re2set "$pat" "$dir")
  rows+=("re2set $re_s $su $m")
  read -r s su m < <(time_it "$c-$rules-$set-re2set-sentences" "$first" re2set-sentences "$pat" "$dir")
  rows+=("re2set-sentences $s $su $m")
  for b in "${binaries[@]}"; do
    for e in hs hs-window hs-raw; do
      read -r s su m < <(time_it "$c-$rules-$set-$b-$e" "$here/build-$b/engines" "$e" "$pat" "$dir")
      rows+=("$b:$e $s $su $m")
    done
  done
  for row in "${rows[@]}"; do
    read -r eng s su m <<<"$row"
    awk -v c="$name" -v b="$bytes" -v n="$n" -v e="$eng" -v s="$s" -v re="$re_s" -v rg="$rg_s" -v su="$su" -v m="$m" 'BEGIN {
      mm = (m == "-" || m <= 0) ? "-" : sprintf("%.0f", b / (m / 1000) / 1e6)
      printf "| %s | %.1f | %d | %s | %.3f | %.0f | %.2f | %.2f | %s | %s |\n", c, b / 1e6, n, e, s, b / s / 1e6, s / re, s / rg, su, mm }'
  done
done

# ---- 4. instructions (callgrind) ---------------------------------------------
# Repeatable where wall time is not: the first 200 articles of a corpus, the
# cost of compiling (the whole run less reading and matching) apart from the
# cost of reading and matching (scan_all's inclusive count). Hyperscan's
# compiler is slow under valgrind (about 13 s for 223 patterns), so only a few.
if command -v valgrind >/dev/null; then
  echo
  echo "4. instructions (callgrind), the first 200 articles"
  echo
  echo "| corpus | patterns | engine | compiling etc. | reading + matching | per byte |"
  echo "|---|---|---|---|---|---|"
  for job in "archive cues archive" "scale all scale" "shipped all shipped"; do
    read -r c set rules <<<"$job"
    dir=$(dir_of "$c")
    pat="$work/patterns/$rules-$set.txt"
    bytes=$(find "$dir" -type f | LC_ALL=C sort | sed -n 1,200p | xargs cat | wc -c)
    specs=("${binaries[0]} read" "${binaries[0]} re2set" "${binaries[0]} re2set-sentences")
    for b in "${binaries[@]}"; do specs+=("$b hs-window" "$b hs-raw"); done
    for spec in "${specs[@]}"; do
      read -r b e <<<"$spec"
      valgrind --tool=callgrind --callgrind-out-file="$work/out/callgrind.out" \
        "$here/build-$b/engines" "$e" "$pat" "$dir" --limit 200 >/dev/null 2>&1
      read -r total scan < <(callgrind_annotate --inclusive=yes "$work/out/callgrind.out" 2>/dev/null |
        awk '/PROGRAM TOTALS/ { gsub(",", "", $1); t = $1 } /scan_all/ { gsub(",", "", $1); s = $1 } END { print t, s }')
      label=$e; [ "${e#hs}" = "$e" ] || label="$b:$e"
      awk -v c="$c" -v p="$rules-$set" -v e="$label" -v t="$total" -v s="$scan" -v b="$bytes" 'BEGIN {
        printf "| %s | %s | %s | %.1f M | %.1f M | %.1f |\n", c, p, e, (t - s) / 1e6, s / 1e6, s / b }'
    done
  done
fi
