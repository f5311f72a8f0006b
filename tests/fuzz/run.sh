#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, build-fuzz/) and runs each for SECONDS
# (default 60), one after another. A crash, sanitizer report, input slower than
# 10 s (a run-away) or memory blow-up stops that target and leaves the input in
# build-fuzz/fuzz/<target>/artifacts/. Usage: tests/fuzz/run.sh [SECONDS] [TARGET...]
# Environment: BUILD_DIR (default build-fuzz), JOBS (build jobs, default 2), FUZZ_FLAGS
# (more libFuzzer flags, e.g. -len_control=0 to try long inputs from the start).
set -euo pipefail

seconds=${1:-60}
shift || true
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-$root/build-fuzz}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_load_article fuzz_find_values fuzz_load_sheet fuzz_load_config fuzz_check_article fuzz_cache fuzz_git_index
           fuzz_baseline fuzz_mention_filter)
fi

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DFACTLINT_FUZZ=ON >/dev/null
cmake --build "$build" --target "${targets[@]}" -j "${JOBS:-2}"

# Seeds: the shipped corpus, fact sheets and golden cases, and a few HTML pages.
seed() {  # seed DIR FILES...: copy files (paths relative to the root) into DIR
  local dir=$1
  shift
  mkdir -p "$dir"
  for f in "$@"; do
    if [ -f "$f" ]; then cp "$f" "$dir/$(echo "$f" | tr / _)"; fi
  done
}
articles=()
while IFS= read -r f; do articles+=("$f"); done < <(cd "$root" && find corpus tests/golden tests/fuzz/seeds \
  -type f \( -name '*.md' -o -name '*.mdx' -o -name '*.txt' -o -name '*.html' \) | sort)
sheets=()
while IFS= read -r f; do sheets+=("$f"); done < <(cd "$root" && find rules tests/golden tests/fuzz/seeds -type f -name '*.yaml' | sort)

failed=0
for target in "${targets[@]}"; do
  work=$build/fuzz/$target
  mkdir -p "$work/corpus" "$work/artifacts"
  (
    cd "$root"
    case $target in
      fuzz_load_sheet) seed "$work/seeds" "${sheets[@]}" ;;
      fuzz_load_config) seed "$work/seeds" $(find tests/golden -name '.factlint.yaml' -o -name '*.yaml' -path '*config*' | sort) ;;
      fuzz_check_article)  # first byte picks the type: 0 .md, 1 .txt, 2 .html
        mkdir -p "$work/seeds"
        for f in "${articles[@]}"; do
          case $f in *.md) t='\x00' ;; *.txt) t='\x01' ;; *) t='\x02' ;; esac
          { printf "$t"; cat "$f"; } >"$work/seeds/$(echo "$f" | tr / _)"
        done ;;
      fuzz_cache) seed "$work/seeds" tests/fuzz/seeds/cache-entries.bin ;;
      fuzz_git_index) seed "$work/seeds" tests/fuzz/seeds/git-index-v*.bin ;;
      fuzz_baseline) seed "$work/seeds" tests/fuzz/seeds/baseline.json $(find tests/golden -name 'baseline.json' | sort) ;;
      fuzz_mention_filter) seed "$work/seeds" "${articles[@]}" tests/fuzz/seeds/mentions.md ;;
      *) seed "$work/seeds" "${articles[@]}" ;;
    esac
  )
  echo "== $target: ${seconds}s"
  "$build/tests/fuzz/$target" "$work/corpus" "$work/seeds" \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$work/artifacts/" -print_final_stats=1 ${FUZZ_FLAGS:-} 2>&1 | tee "$work/last.log" | \
    grep -E '^(#[0-9]+[[:space:]]+(INITED|DONE)|==|SUMMARY|stat::|Done|artifact_prefix|Test unit written)' || true
  if ls "$work/artifacts"/* >/dev/null 2>&1; then
    echo "!! $target left inputs in $work/artifacts/ (see $work/last.log)"
    failed=1
  fi
done
exit $failed
