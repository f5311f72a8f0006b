#!/usr/bin/env python3
"""`factlint check --changed-since REF` in a real git repository.

Only articles changed since REF (committed on this branch or not yet committed) are
checked; every article is checked when a fact sheet changed; an unknown ref is exit 2.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

import scenario


git = scenario.git


def check(factlint, repo, *args):
    proc = subprocess.run([factlint, "check", "--format", "json", *args], cwd=repo, capture_output=True,
                          timeout=120)
    report = json.loads(proc.stdout) if proc.returncode in (0, 1) else None
    return proc.returncode, report, proc.stderr.decode()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--factlint", required=True)
    parser.add_argument("--root", required=True)
    opts = parser.parse_args()
    factlint = os.path.abspath(opts.factlint)
    if shutil.which("git") is None:
        print("git not installed")
        return 77
    failures = []
    with tempfile.TemporaryDirectory() as repo:
        for d in ("corpus", "rules"):
            shutil.copytree(os.path.join(opts.root, d), os.path.join(repo, d))
        git(repo, "init", "-q", "-b", "main")
        git(repo, "add", ".")
        git(repo, "commit", "-q", "-m", "base")
        total = len([f for f in os.listdir(os.path.join(repo, "corpus")) if f.endswith(".md")])

        code, report, err = check(factlint, repo, "--changed-since", "main")
        if code != 0 or report["summary"]["articles"] != 0:
            failures.append(f"nothing changed: expected 0 articles and exit 0, got {code} {err}")

        article = os.path.join(repo, "corpus", "2021-04-08-lavrov-talks-pm-coas-fm.md")
        text = open(article, encoding="utf-8").read().replace("a 46 percent increase", "a 64 percent increase")
        open(article, "w", encoding="utf-8").write(text)
        code, report, err = check(factlint, repo, "--changed-since", "main")
        files = {f["file"] for f in report["findings"]} if report else set()
        if report is None or report["summary"]["articles"] != 1 or files != {"corpus/" + os.path.basename(article)}:
            failures.append(f"one article edited (uncommitted): expected only it checked, got {code} {report and report['summary']} {err}")

        git(repo, "checkout", "-q", "-b", "edit")
        git(repo, "commit", "-q", "-am", "edit one article")
        code, report, err = check(factlint, repo, "--changed-since", "main")
        if report is None or report["summary"]["articles"] != 1:
            failures.append(f"one article edited (committed on a branch): expected 1 article, got {code} {err}")

        sheet = os.path.join(repo, "rules", "lavrov-pakistan-2021.yaml")
        open(sheet, "a", encoding="utf-8").write("\n# an editor's note\n")
        code, report, err = check(factlint, repo, "--changed-since", "main")
        if report is None or report["summary"]["articles"] != total:
            failures.append(f"a fact sheet changed: expected all {total} articles, got {code} {err}")

        code, _, err = check(factlint, repo, "--changed-since", "no-such-ref")
        if code != 2 or "no-such-ref" not in err:
            failures.append(f"unknown ref: expected exit 2 naming the ref, got {code}: {err}")

    if failures:
        print("FAIL\n" + "\n".join(failures))
        return 1
    print("ok: --changed-since checks only changed articles, all after a sheet change, and rejects unknown refs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
