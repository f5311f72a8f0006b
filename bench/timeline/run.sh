#!/bin/sh
# Builds timeline_bench.cc with g++ -O2 against the static libraries of a build
# directory and prints, for timelines of 10 to 100,000 entries, the time to load
# the sheet and the time to judge one claim through the value index and
# through every entry.
# usage: bench/timeline/run.sh BUILD_DIR [ENTRIES...]
# For a representative figure use a Release build directory:
#   cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release
#   cmake --build build-release -j2
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:?usage: run.sh BUILD_DIR [ENTRIES...]}
shift
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
g++ -std=c++20 -O2 -I"$root" "$here/timeline_bench.cc" \
  "$build/libfactlint_check.a" "$build/libfactlint_claims.a" "$build/libfactlint_attribution.a" \
  "$build/libfactlint_rules.a" "$build/libfactlint_text.a" "$build/libfactlint_findings.a" \
  "$build/libfactlint_extract.a" "$build/libfactlint_util.a" \
  -lyaml -lfmt -lre2 -lgumbo -ltomlplusplus -o "$out/timeline_bench"
"$out/timeline_bench" "$@"
