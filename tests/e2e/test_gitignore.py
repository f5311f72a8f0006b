#!/usr/bin/env python3
"""A walk leaves out the files git ignores, as ripgrep does.

In a repository holding the shipped corpus and sheets: untracked articles that
.gitignore lists (a drafts folder, one file) are not checked, and the JSON
summary counts only the others; --no-ignore checks them too; an ignored
article named on the command line is checked; a tracked article that a
.gitignore pattern matches stays checked (git ignores untracked files only);
outside a repository nothing is left out. git is run to list what it ignores
only when the walk finds a file git does not track: with every file tracked
(a CI checkout, files added with `git add -N` too), it is not run at all.
"""
import json
import os
import shutil
import sys
import tempfile

import scenario

ENV = {"NO_COLOR": "1", "GITHUB_STEP_SUMMARY": ""}
WRONG = "---\ndate: 2021-04-07\n---\nRussian Foreign Minister Sergey Lavorv arrived in Islamabad.\n"


git = scenario.git


def main():
    opts = scenario.arguments("--root")
    expect = scenario.Expectations("check leaves out what git ignores")
    if shutil.which("git") is None:
        print("git not installed")
        return 77
    with tempfile.TemporaryDirectory() as d:
        repo = os.path.join(d, "repo")
        for sub in ("corpus", "rules"):
            shutil.copytree(os.path.join(opts.root, sub), os.path.join(repo, sub))
        n = len(os.listdir(os.path.join(repo, "corpus")))
        scenario.write(os.path.join(repo, "corpus", "tracked-draft.md"), WRONG)
        git(repo, "init", "-q")
        git(repo, "add", "-A")
        git(repo, "commit", "-qm", "the story")
        scenario.write(os.path.join(repo, ".gitignore"), "corpus/drafts/\ncorpus/notes.md\ncorpus/tracked-draft.md\n")
        scenario.write(os.path.join(repo, "corpus", "drafts", "a.md"), WRONG)
        scenario.write(os.path.join(repo, "corpus", "drafts", "deep", "b.md"), WRONG)
        scenario.write(os.path.join(repo, "corpus", "notes.md"), WRONG)

        def files(*args, cwd=repo):
            code, out, err = scenario.run(opts.factlint, cwd, "check", "--format", "json", *args, env=ENV)
            report = json.loads(out) if code in (0, 1) else None
            names = sorted({f["file"] for f in report["findings"]}) if report else None
            return (report["summary"]["articles"] if report else None), names, err

        articles, names, err = files()
        expect("ignored drafts and notes are not checked; the tracked draft is",
               articles == n + 1 and "corpus/tracked-draft.md" in names
               and not any("drafts/" in f or "notes" in f for f in names), f"{articles} {names}\n{err}")
        articles, names, err = files("--no-ignore")
        expect("--no-ignore checks them too",
               articles == n + 4 and {"corpus/drafts/a.md", "corpus/drafts/deep/b.md", "corpus/notes.md"} <= set(names),
               f"{articles} {names}\n{err}")
        articles, names, err = files("corpus", "corpus/notes.md")
        expect("an ignored article named on the command line is checked",
               articles == n + 2 and "corpus/notes.md" in names and "corpus/drafts/a.md" not in names,
               f"{articles} {names}\n{err}")
        # git is run only when the walk finds a file its index does not track
        # (git ignores no tracked file): a `git` first on PATH notes each run.
        shim = os.path.join(d, "shim")
        os.makedirs(shim)
        calls = os.path.join(d, "git-calls")
        real_git = shutil.which("git")
        with open(os.path.join(shim, "git"), "w") as f:
            f.write(f'#!/bin/sh\necho "$*" >> "{calls}"\nexec "{real_git}" "$@"\n')
        os.chmod(os.path.join(shim, "git"), 0o755)
        path_env = {"PATH": shim + os.pathsep + os.environ.get("PATH", "")}

        def git_runs(*args):
            if os.path.exists(calls):
                os.remove(calls)
            code, out, err = scenario.run(opts.factlint, repo, "check", "--format", "json", *args, env=dict(ENV, **path_env))
            listed = open(calls).read().splitlines() if os.path.exists(calls) else []
            return code, json.loads(out) if code in (0, 1) else None, [c for c in listed if c.startswith("ls-files")], err

        _, report, listings, err = git_runs()
        expect("untracked files found: git lists what it ignores", len(listings) == 1 and report["summary"]["articles"] == n + 1,
               f"{listings}\n{err}")
        for name in ("notes.md", os.path.join("drafts", "a.md"), os.path.join("drafts", "deep", "b.md")):
            os.remove(os.path.join(repo, "corpus", name))
        scenario.write(os.path.join(repo, "corpus", "added.md"), WRONG)
        git(repo, "add", "-N", "corpus/added.md")  # tracked, though not yet committed
        scenario.write(os.path.join(repo, ".gitignore"), "corpus/*.md\n")  # matches every article
        _, report, listings, err = git_runs()
        names = {f["file"] for f in report["findings"]} if report else set()
        expect("every file tracked: git is not run, and every article is checked",
               listings == [] and report["summary"]["articles"] == n + 2 and "corpus/added.md" in names,
               f"{listings}\n{report and report['summary']}\n{err}")
        outside = os.path.join(d, "outside")
        shutil.copytree(repo, outside, ignore=shutil.ignore_patterns(".git"))
        articles, names, err = files(cwd=outside)
        expect("outside a repository nothing is left out", articles == n + 2, f"{articles} {names}\n{err}")
    return expect.finish()


if __name__ == "__main__":
    sys.exit(main())
