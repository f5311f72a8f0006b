#!/usr/bin/env python3
"""The GitHub Action's scripts, run as the runner runs them (no GitHub here).

locate.sh, from a downloaded action's path (.../_actions/OWNER/REPO/REF/...):
- learns the repository and ref from that path (github.action_repository is
  empty inside composite steps), and keys the cache by the factlint version,
  a hash of the sources and the runner; the same sources give the same key,
  a changed source file or another runner another key; a `version` input that
  is a release tag keys by the tag.
get.sh, on a cache miss for a release tag, with a stand-in `curl` serving a
release made by this build:
- a release binary whose checksum matches SHA256SUMS lands in the cache folder
  and runs;
- a tampered binary is refused (never run, never cached) and the script goes
  on to build from source (a stand-in `cmake` stops it there, to keep the test
  fast: scripts/test-install and docs/ci.md cover the real build).
The "Check articles" step's script, with the inputs as the runner sets them:
- `shard: 2/2` with `formats: shard=...` writes that shard's file;
- `merge: 'shard-*.json'` joins the shards (glob expanded, never evaluated)
  into annotations; a pattern that matches nothing is an error;
- `article-cache: true` runs with --cache: the cache folder the cache step
  restores and saves (.factlint-cache) is written, and a second run takes
  every article from it with the same annotations.
"""
import hashlib
import io
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "e2e"))
import scenario  # noqa: E402

FAKE_CURL = """#!/usr/bin/env python3
import os, shutil, sys
args = sys.argv[1:]
out = args[args.index("-o") + 1]
url = args[-1]
name = url.rsplit("/", 1)[1]
src = os.path.join(os.environ["FAKE_RELEASE"], name)
if not url.startswith("https://github.com/factlint/factlint/releases/download/v9.9.9/") or not os.path.exists(src):
    sys.exit(22)
shutil.copy(src, out)
"""
FAKE_CMAKE = "#!/bin/sh\necho 'stand-in cmake: the build would start here' >&2\nexit 3\n"


def run_script(script, env):
    proc = subprocess.run(["bash", script], env=env, capture_output=True, text=True, timeout=120)
    outputs = {}
    if os.path.exists(env["GITHUB_OUTPUT"]):
        for line in open(env["GITHUB_OUTPUT"]):
            k, _, v = line.rstrip("\n").partition("=")
            outputs[k] = v
        os.remove(env["GITHUB_OUTPUT"])
    return proc.returncode, proc.stdout + proc.stderr, outputs


def release(folder, factlint, tamper=False):
    """A release folder as scripts/package makes it, for version 9.9.9."""
    os.makedirs(folder, exist_ok=True)
    arch = os.uname().machine
    name = f"factlint-9.9.9-{arch}-linux.tar.gz"
    data = open(factlint, "rb").read()
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        info = tarfile.TarInfo("factlint-9.9.9/factlint")
        info.size = len(data)
        info.mode = 0o755
        tar.addfile(info, io.BytesIO(data))
    blob = buf.getvalue()
    open(os.path.join(folder, "SHA256SUMS"), "w").write(f"{hashlib.sha256(blob).hexdigest()}  {name}\n")
    if tamper:
        blob = blob[:-10] + b"x" * 10
    open(os.path.join(folder, name), "wb").write(blob)


def main():
    opts = scenario.arguments("--root")
    factlint = opts.factlint
    expect = scenario.Expectations("action")
    with tempfile.TemporaryDirectory() as d:
        # The action as a runner downloads it: the repository at a ref.
        checkout = os.path.join(d, "_actions", "factlint", "factlint", "v9.9.9")
        os.makedirs(os.path.dirname(checkout))
        shutil.copytree(opts.root, checkout, ignore=shutil.ignore_patterns(".git", "build*", "__pycache__"))
        action = os.path.join(checkout, ".github", "actions", "factlint")
        bin_dir = os.path.join(d, "bin")
        os.makedirs(bin_dir)
        for name, text in (("curl", FAKE_CURL), ("cmake", FAKE_CMAKE)):
            scenario.write(os.path.join(bin_dir, name), text)
            os.chmod(os.path.join(bin_dir, name), 0o755)
        env = dict(os.environ, ACTION_PATH=action, GITHUB_OUTPUT=os.path.join(d, "output"),
                   RUNNER_KEY="Linux-X64", TOOL_CACHE=os.path.join(d, "toolcache"), WANTED="",
                   RUNNER_TEMP=os.path.join(d, "tmp"), PATH=bin_dir + os.pathsep + os.environ["PATH"],
                   FAKE_RELEASE=os.path.join(d, "release"))
        env.pop("GITHUB_REPOSITORY", None)
        os.makedirs(env["RUNNER_TEMP"])
        locate = os.path.join(action, "locate.sh")
        get = os.path.join(action, "get.sh")

        code, out, first = run_script(locate, env)
        expect("locate: runs", code == 0, out)
        expect("locate: the repository and ref from the action's path",
               first.get("repo") == "factlint/factlint" and first.get("ref") == "v9.9.9", str(first))
        expect("locate: keyed by version, sources and runner",
               first.get("key", "").startswith("factlint-0.2.0-") and first["key"].endswith("-Linux-X64")
               and first.get("dir") == os.path.join(env["TOOL_CACHE"], "factlint", first["key"]), str(first))
        code, out, again = run_script(locate, env)
        expect("locate: the same sources, the same key", again.get("key") == first.get("key"), str(again))
        code, out, other = run_script(locate, dict(env, RUNNER_KEY="Linux-ARM64"))
        expect("locate: another runner, another key", other.get("key") != first.get("key"), str(other))
        with open(os.path.join(checkout, "checker", "cli", "run.cc"), "a") as f:
            f.write("// changed\n")
        code, out, changed = run_script(locate, env)
        expect("locate: a changed source, another key", changed.get("key") != first.get("key"), str(changed))
        code, out, tag = run_script(locate, dict(env, WANTED="v0.2.0"))
        expect("locate: a version input that is a tag keys by the tag",
               tag.get("key") == "factlint-v0.2.0-Linux-X64" and tag.get("ref") == "v0.2.0", str(tag))

        release(env["FAKE_RELEASE"], factlint)
        cache = os.path.join(d, "cache-dir")
        get_env = dict(env, DIR=cache, REPO="factlint/factlint", REF="v9.9.9")
        code, out, _ = run_script(get, get_env)
        binary = os.path.join(cache, "factlint")
        expect("get: the release binary, checked and cached", code == 0 and os.path.isfile(binary)
               and "factlint 0.2.0" in out, out)
        if os.path.isfile(binary):
            proc = subprocess.run([binary, "--version"], capture_output=True, text=True)
            expect("get: the cached binary runs", proc.returncode == 0, proc.stderr)

        shutil.rmtree(env["FAKE_RELEASE"])
        release(env["FAKE_RELEASE"], factlint, tamper=True)
        cache2 = os.path.join(d, "cache-dir-2")
        code, out, _ = run_script(get, dict(get_env, DIR=cache2))
        expect("get: a tampered release is refused, and the build starts",
               code != 0 and "no usable release binary" in out and "stand-in cmake" in out
               and not os.path.exists(os.path.join(cache2, "factlint")), out)
        # The check step, as the runner runs it (bash -e, inputs in IN_*).
        import yaml
        steps = yaml.safe_load(open(os.path.join(action, "action.yml")))["runs"]["steps"]
        check_step = next(st for st in steps if st["name"] == "Check articles")["run"]
        project = os.path.join(d, "project")
        shutil.copytree(os.path.join(opts.root, "corpus"), os.path.join(project, "corpus"))
        shutil.copytree(os.path.join(opts.root, "rules"), os.path.join(project, "rules"))
        copied = time.monotonic()
        os.symlink(factlint, os.path.join(bin_dir, "factlint"))
        inputs = {k: "" for k in ("IN_PATHS", "IN_RULES", "IN_FAIL_ON", "IN_CONFIG", "IN_SARIF", "IN_FORMATS",
                                  "IN_BASELINE", "IN_CHANGED_SINCE", "IN_SHARD", "IN_MERGE", "IN_ARTICLE_CACHE")}

        def step(**given):
            proc = subprocess.run(["bash", "-e", "-c", check_step], cwd=project, capture_output=True, text=True,
                                  env=dict(env, GITHUB_STEP_SUMMARY="", **dict(inputs, **given)), timeout=120)
            return proc.returncode, proc.stdout + proc.stderr

        for i in (1, 2):
            code, out = step(IN_SHARD=f"{i}/2", IN_FAIL_ON="never", IN_FORMATS=f"shard=shard-{i}.json")
            expect(f"check step: shard {i}/2", code == 0 and os.path.isfile(os.path.join(project, f"shard-{i}.json")),
                   out)
        # The shards ran with fail-on never; the merge decides.
        code, out = step(IN_MERGE="shard-*.json", IN_FAIL_ON="error")
        expect("check step: merge of a glob", code == 1 and out.count("::error file=corpus/") == 3, out)
        code, out = step(IN_MERGE="nothing-*.json $(touch pwned)")
        expect("check step: a pattern that matches nothing", code == 2 and "no shard file matches" in out
               and not os.path.exists(os.path.join(project, "pwned")), out)
        # article-cache: the folder the cache step saves is the one --cache writes.
        cache_step = next(st for st in steps if st["name"] == "Restore the article cache")
        expect("cache step: saves and restores .factlint-cache, only when asked",
               cache_step["with"]["path"] == ".factlint-cache" and "inputs.article-cache == 'true'" in cache_step["if"],
               str(cache_step))
        uncached = step(IN_SARIF="", IN_FAIL_ON="never")
        # The cache trusts a file's stamp only once its last change is two
        # seconds old; before that, the first run stores no stamp and the
        # second, finding the stamp now trusted, rightly writes it. Wait so
        # the first run sees every stamp trusted (the steps above may take
        # less than two seconds, or more on a loaded machine).
        time.sleep(max(0.0, 2.2 - (time.monotonic() - copied)))
        first = step(IN_SARIF="", IN_FAIL_ON="never", IN_ARTICLE_CACHE="true")
        expect("check step: article-cache writes .factlint-cache",
               first[0] == 0 and any(f.endswith(".cache") for f in os.listdir(os.path.join(project, ".factlint-cache"))),
               first[1])
        folder = os.path.join(project, ".factlint-cache")
        files = [os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".cache")] if os.path.isdir(folder) else []
        written = [os.stat(f).st_mtime_ns for f in files]
        second = step(IN_SARIF="", IN_FAIL_ON="never", IN_ARTICLE_CACHE="true")
        expect("check step: the second run takes every article from the cache (the file is left alone)",
               files and [os.stat(f).st_mtime_ns for f in files] == written, str(files))
        expect("check step: with the cache, the annotations are the uncached ones", second == uncached == first,
               f"{uncached}\n{second}")
    return expect.finish()


if __name__ == "__main__":
    sys.exit(main())
