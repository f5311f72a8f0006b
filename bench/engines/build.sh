#!/usr/bin/env bash
# Builds bench/engines against whichever of libhyperscan-dev / libvectorscan-dev
# is installed, into bench/engines/build-FLAVOUR/ (-j1: the machine is shared),
# and prints the binary's path. libhs is linked statically, so the binary
# keeps working after the packages are swapped for the other library.
# With --both, then swaps the packages with apt-get (they conflict: both ship
# hs/hs.h), builds against the other one too, and swaps them back.
# usage: bench/engines/build.sh [--both]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

installed() {  # the flavour whose -dev package is installed
  local p
  for p in hyperscan vectorscan; do
    if dpkg-query -W -f='${Status}' "lib$p-dev" 2>/dev/null | grep -q "ok installed"; then echo "$p"; return; fi
  done
}
build() {
  local flavour
  flavour=$(installed)
  [ -n "$flavour" ] || { echo "build.sh: needs libhyperscan-dev or libvectorscan-dev (scripts/install-packages build, on amd64; arm64 gets libvectorscan-dev)" >&2; exit 2; }
  cmake -S "$here" -B "$here/build-$flavour" -DCMAKE_BUILD_TYPE=Release -DHS_FLAVOUR="$flavour" >/dev/null
  cmake --build "$here/build-$flavour" -j1 >&2
  echo "$here/build-$flavour/engines"
}
swap_to() {  # FLAVOUR OTHER: installs lib$1-dev, removing lib$2-dev
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  echo "build.sh: installing lib$1-dev, removing lib$2-dev and lib${2}5 (libvectorscan5 conflicts with libhyperscan5)" >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "lib$1-dev" "lib$2-dev-" "lib${2}5-" >/dev/null
}

build
if [ "${1:-}" = "--both" ]; then
  was=$(installed)
  other=hyperscan
  [ "$was" = hyperscan ] && other=vectorscan
  swap_to "$other" "$was"
  build
  swap_to "$was" "$other"
fi
