#!/usr/bin/env bash
# Step 1 of the factlint action: which factlint to use, and where its binary is
# cached. Reads ACTION_PATH, WANTED (the `version` input), RUNNER_KEY
# ("<runner.os>-<runner.arch>"), TOOL_CACHE; writes the step outputs
#   dir   folder that holds (or will hold) the binary, cached by actions/cache
#   key   the cache key: the factlint version and the runner, so a cache is
#         never used for another version or another kind of runner
#   repo  owner/name of the factlint repository the action comes from
#   ref   the release tag or git ref to get
# Nothing a workflow author types is run as shell code: inputs arrive in
# environment variables.
set -euo pipefail

src="$(cd "$ACTION_PATH/../../.." && pwd)"
# A downloaded action lives at .../_actions/OWNER/REPO/REF/.github/actions/factlint:
# that is the only place the action can learn its own repository and ref
# (github.action_repository is empty inside a composite action's run: steps).
repo="" ref=""
if [[ "$ACTION_PATH" =~ /_actions/([^/]+)/([^/]+)/([^/]+)/\.github/actions/factlint/?$ ]]; then
  repo="${BASH_REMATCH[1]}/${BASH_REMATCH[2]}"
  ref="${BASH_REMATCH[3]}"
fi
[ -n "$repo" ] || repo="${GITHUB_REPOSITORY:-factlint/factlint}"

if [ -n "${WANTED:-}" ]; then
  ref="$WANTED"
  if [[ "$ref" =~ ^v[0-9]+\.[0-9]+\.[0-9]+$ || "$ref" =~ ^[0-9a-f]{40}$ ]]; then
    id="$ref"  # a release tag or a full commit: never moves
  else
    # A branch or short ref moves: key the cache by the commit it names now.
    id="$(git ls-remote "https://github.com/$repo" "$ref" "refs/tags/$ref" 2>/dev/null | head -1 | cut -f1)"
    if [ -z "$id" ]; then
      echo "::error title=factlint::version '$ref' is neither a release tag, a branch nor a commit of $repo"
      exit 2
    fi
    ref="$id"
  fi
else
  # The action's own sources: key by their content, which is exact for a
  # release tag, a branch and a local checkout (uses: ./...) alike.
  version="$(sed -n 's/^project(factlint VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")"
  hash="$(cd "$src" && find CMakeLists.txt cmake checker schemas scripts/install-packages -type f -print0 | sort -z |
          xargs -0 sha256sum | sha256sum | cut -c1-16)"
  id="$version-$hash"
fi
key="factlint-$id-$RUNNER_KEY"
dir="${TOOL_CACHE:-$HOME/.cache}/factlint/$key"
{
  echo "dir=$dir"
  echo "key=$key"
  echo "repo=$repo"
  echo "ref=$ref"
} >>"$GITHUB_OUTPUT"
echo "factlint: $key"
