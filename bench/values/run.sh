#!/bin/sh
# Builds values_bench.cc with g++ -O2 against the static libraries of a build
# directory and prints the value parser's throughput over the given texts.
# usage: bench/values/run.sh BUILD_DIR [TEXT...]   (default texts: corpus/*.md)
#        bench/values/run.sh BUILD_DIR --pathological (time for 1, 2 and 4 MB runs of one form)
# For a representative figure use a Release build directory:
#   cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release
#   cmake --build build-release --target factlint_extract factlint_util -j2
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:?usage: run.sh BUILD_DIR [TEXT...]}
shift
[ $# -gt 0 ] || set -- "$root"/corpus/*.md
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
g++ -std=c++20 -O2 -I"$root" "$here/values_bench.cc" \
  "$build/libfactlint_extract.a" "$build/libfactlint_util.a" -lfmt -lre2 -o "$out/values_bench"
"$out/values_bench" "$@"
