#!/usr/bin/env bash
# Step 3 of the factlint action, on a cache miss: put the factlint binary in
# DIR. Reads ACTION_PATH, DIR, REPO, REF, WANTED.
#   1. a release tag (REF v1.2.3): the release's portable binary, checked
#      against the release's SHA256SUMS and run once (it needs glibc 2.36+);
#   2. else, or when that fails: build the portable binary from source (the
#      action's own files, or REF's source archive from GitHub), on a Debian 12
#      runner directly, elsewhere in a debian:12 container when Docker is
#      there, else directly with the runner's packages.
set -euo pipefail
mkdir -p "$DIR"
arch="$(uname -m)"

if [[ "$REF" =~ ^v([0-9]+\.[0-9]+\.[0-9]+)$ ]]; then
  version="${BASH_REMATCH[1]}"
  base="https://github.com/$REPO/releases/download/$REF"
  tarball="factlint-$version-$arch-linux.tar.gz"
  tmp="$(mktemp -d)"
  if curl -fsSL --retry 3 -o "$tmp/$tarball" "$base/$tarball" && curl -fsSL --retry 3 -o "$tmp/SHA256SUMS" "$base/SHA256SUMS" &&
     (cd "$tmp" && grep " $tarball\$" SHA256SUMS | sha256sum -c --quiet -) &&
     tar -xzf "$tmp/$tarball" -C "$tmp" && "$tmp/factlint-$version/factlint" --version; then
    cp "$tmp/factlint-$version/factlint" "$DIR/"
    rm -rf "$tmp"
    exit 0
  fi
  rm -rf "$tmp"
  echo "factlint: no usable release binary for $REF on this runner: building it"
fi

src="$(cd "$ACTION_PATH/../../.." && pwd)"
commit="${REF:0:12}"  # --version names the tag or commit (the archive has no .git)
if [ -n "${WANTED:-}" ]; then
  src="$RUNNER_TEMP/factlint-src"
  rm -rf "$src" && mkdir -p "$src"
  # codeload serves any tag, branch or commit (git clone --branch takes no commit).
  curl -fsSL --retry 3 "https://codeload.github.com/$REPO/tar.gz/$REF" | tar -xz -C "$src" --strip-components=1
fi
build="$RUNNER_TEMP/factlint-build"
if grep -qs '^12\.' /etc/debian_version || ! command -v docker >/dev/null; then
  "$src/scripts/install-packages" build
  cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFACTLINT_PORTABLE=ON \
        -DFACTLINT_BUILD_TESTS=OFF -DFACTLINT_COMMIT="$commit" >/dev/null
  cmake --build "$build" --target factlint
else
  # Ubuntu runners: Debian 12's static libraries, in a container, give a
  # binary that runs on the runner (glibc 2.36 or later) and on later runs.
  mkdir -p "$build"
  docker run --rm -v "$src:/src:ro" -v "$build:/build" debian:12 /bin/sh -c \
    "/src/scripts/install-packages build && cmake -S /src -B /build -G Ninja -DCMAKE_BUILD_TYPE=Release \
     -DFACTLINT_PORTABLE=ON -DFACTLINT_BUILD_TESTS=OFF -DFACTLINT_COMMIT='$commit' >/dev/null && \
     cmake --build /build --target factlint && chown -R $(id -u):$(id -g) /build"
fi
cp "$build/factlint" "$DIR/"
strip "$DIR/factlint"  # a smaller cache entry: no symbols needed to run
