#!/usr/bin/env python3
"""check --cache in fresh git clones, as a CI job runs it: git's index stands for the articles.

A CI job checks out a new clone (new inodes, new times) and restores the
cache folder from the last run. On the shipped corpus and sheets committed to
a repository: a clone with the cache of another clone takes every article
from the cache by git's index, without reading one, and reports what an
uncached run reports, byte for byte (and a run with git's index out of use
keeps the blobs for the next clone); an article edited after the clone (same
size, its time set back) is read and checked again; a clone whose files git
converts on checkout (core.autocrlf) has other bytes for the same blobs and is
checked afresh; an index of version 4 is read; a split index is not used
(--stats says why) and the results are still right.
"""
import json
import os
import re
import shutil
import sys
import tempfile
import time

import scenario

ENV = {"NO_COLOR": "1", "FORCE_COLOR": "", "CLICOLOR_FORCE": "", "GITHUB_STEP_SUMMARY": ""}
git = scenario.git


def counts(err):
    """(from the cache, articles, not read by stamps, not read by git's index) as --stats says, or None."""
    m = re.search(r"; (\d+) of (\d+) from the cache, \d+ not read \((\d+) by their stamps, (\d+) by git's index\)",
                  err)
    return tuple(int(g) for g in m.groups()) if m else None


def main():
    opts = scenario.arguments("--root")
    expect = scenario.Expectations("check --cache in git clones")
    if shutil.which("git") is None:
        print("git not installed")
        return 77
    with tempfile.TemporaryDirectory() as d:
        origin = os.path.join(d, "origin")
        for sub in ("corpus", "rules"):
            shutil.copytree(os.path.join(opts.root, sub), os.path.join(origin, sub))
        git(origin, "init", "-q")
        git(origin, "add", "-A")
        git(origin, "commit", "-qm", "the story")
        n = len(os.listdir(os.path.join(origin, "corpus")))

        def clone(name, *config, cache_from="first"):
            """A fresh clone, with another clone's cache folder restored into it, as actions/cache does."""
            path = os.path.join(d, name)
            args = ["clone", "-q"]
            for c in config:
                args += ["-c", c]
            git(d, *args, origin, path)
            # Files checked out in the tick the index was written are "racy": git
            # marks them so that they are read. A refresh a moment later writes
            # the index again, as any git status would; on a kernel with coarse
            # file times, a small clone could otherwise be all racy.
            time.sleep(0.05)
            git(path, "update-index", "-q", "--refresh")
            if os.path.isdir(os.path.join(d, cache_from, ".factlint-cache")):
                shutil.copytree(os.path.join(d, cache_from, ".factlint-cache"), os.path.join(path, ".factlint-cache"))
            return path

        def check(path, *args):
            return scenario.run(opts.factlint, path, "check", "--format", "json", *args, env=ENV)

        def cached(what, path, want):
            """Runs with the cache; the report must be the uncached one, the counts `want`."""
            fresh = check(path)
            result = check(path, "--cache", "--stats")
            code, out, err = result
            expect(f"{what}: report as without the cache", (code, out) == fresh[:2], err)
            expect(f"{what}: {want} (from the cache, articles, by stamps, by git's index)", counts(err) == want, err)
            expect(f"{what}: no warning", "warning" not in err, err)
            return result

        first = clone("first")
        _, _, first_err = cached("the first clone, cold", first, (0, n, 0, 0))
        expect("the first clone, cold: git's index read",
               re.search(r"git index \S+ read in [\d.]+ ms: version 2, \d+ files", first_err), first_err)

        second = clone("second")
        code, out, err = cached("a second clone", second, (n, n, 0, n))

        # A run that cannot use git's index finds the articles by their bytes,
        # and keeps their blobs for the next clone.
        _, _, no_index_err = scenario.run(opts.factlint, second, "check", "--format", "json", "--cache", "--stats",
                                          env=dict(ENV, GIT_INDEX_FILE=os.path.join(second, ".git", "index")))
        expect("GIT_INDEX_FILE set: found by their bytes", counts(no_index_err) == (n, n, 0, 0), no_index_err)
        expect("GIT_INDEX_FILE set: --stats says why git's index is not used",
               "git index not used: GIT_INDEX_FILE is set" in no_index_err, no_index_err)
        third = clone("third", cache_from="second")
        cached("a clone with the cache of a run without git's index", third, (n, n, 0, n))

        # Edited after the clone: same size, its time set back. The change time
        # moved, so git's index no longer stands for it: read and checked again.
        edited = clone("edited")
        name = "2021-04-07-lavrov-meets-pakistani-premier.md"  # misspells Shah Mahmood Qureshi
        article = os.path.join(edited, "corpus", name)
        stat = os.stat(article)
        text = open(article).read()
        expect("the article to edit has its misspelling", "Shah Mahmoud Qureshi" in text)
        with open(article, "w") as f:
            f.write(text.replace("Shah Mahmoud Qureshi", "Shah Mahmood Qureshi"))
        os.utime(article, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        expect("the edit kept the size", os.stat(article).st_size == stat.st_size)
        _, edited_out, edited_err = cached("an article edited after the clone", edited, (n - 1, n, 0, n - 1))

        def misspellings(report):
            return [f for f in json.loads(report)["findings"] if f["file"].endswith(name) and f["kind"] == "misspelling"]
        expect("the edit is seen: its misspelling is gone",
               misspellings(out) and not misspellings(edited_out), edited_out)

        # core.autocrlf: the same blobs checked out with other line endings.
        crlf = clone("crlf", "core.autocrlf=true")
        crlf_article = os.path.join(crlf, "corpus", sorted(os.listdir(os.path.join(crlf, "corpus")))[0])
        expect("autocrlf wrote CRLF line endings", b"\r\n" in open(crlf_article, "rb").read())
        cached("a clone with CRLF line endings", crlf, (0, n, 0, 0))

        v4 = clone("v4", "index.version=4")
        cached("a clone with an index of version 4", v4, (n, n, 0, n))

        split = clone("split", "core.splitIndex=true")
        git(split, "update-index", "--split-index")
        _, _, split_err = cached("a clone with a split index", split, (n, n, 0, 0))
        expect("a split index: --stats says why it is not used",
               re.search(r"git index not used: .*split index", split_err), split_err)
    return expect.finish()


if __name__ == "__main__":
    sys.exit(main())
