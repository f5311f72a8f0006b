#!/usr/bin/env python3
"""`factlint rules diff` in a real git repository, as an editor uses it.

A cue edit that fixes a false alarm but also drops a real mention shows both:
the claims and findings lost. An uncommitted new sheet counts as all gained;
--against names an older commit; an unknown ref, a folder outside git and a
broken older sheet are exit 2 with a message; --exit-code is 1 on a change.
"""
import scenario
import os
import shutil
import subprocess
import sys
import tempfile

SHEET = r"""id: quake
facts:
  - id: houses
    cues: ['\bhouses\b', '\b(?:destroyed|collapsed)\b']
    expect: 12,000 houses
"""
ARTICLE = """---
date: 2023-09-10
---
The quake destroyed 12,000 houses.

Aftershocks collapsed 15,000 houses in the mountains, officials said.

Houses were destroyed; 12,000 houses stood.
"""


git = scenario.git


def diff(factlint, cwd, *args):
    proc = subprocess.run([factlint, "rules", "diff", *args], cwd=cwd, capture_output=True, text=True, timeout=120)
    return proc.returncode, proc.stdout, proc.stderr


def main():
    factlint, expect = scenario.start("rules diff")
    if shutil.which("git") is None:
        print("git not installed")
        return 77
    with tempfile.TemporaryDirectory() as repo:
        os.makedirs(os.path.join(repo, "rules"))
        os.makedirs(os.path.join(repo, "corpus"))
        sheet = os.path.join(repo, "rules", "quake.yaml")
        open(sheet, "w").write(SHEET)
        open(os.path.join(repo, "corpus", "a.md"), "w").write(ARTICLE)
        git(repo, "init", "-q", "-b", "main")
        git(repo, "add", ".")
        git(repo, "commit", "-q", "-m", "base")

        code, out, err = diff(factlint, repo)
        expect("nothing changed", code == 0 and out.endswith(
            "rules diff: 0 claims gained, 0 lost, 0 read differently; 0 findings gained, 0 lost\n"), out + err)

        # A "fix" for the 15,000 contradiction that also drops the real mention.
        open(sheet, "w").write(SHEET.replace("(?:destroyed|collapsed)", "destroyed"))
        code, out, err = diff(factlint, repo, "--exit-code")
        expect("claims lost and a finding lost", code == 1 and "claims lost (1):\n  corpus/a.md:6:23: quake/houses" in out
               and "findings lost (1):\n  corpus/a.md:6:23: error[quake/houses] contradiction" in out
               and out.endswith("rules diff: 0 claims gained, 1 lost, 0 read differently; 0 findings gained, 1 lost\n"),
               out + err)

        git(repo, "commit", "-q", "-am", "narrow the cue")
        code, out, err = diff(factlint, repo, "--against", "HEAD~1")
        expect("--against an older commit", code == 0 and "claims lost (1)" in out, out + err)
        code, out, err = diff(factlint, repo)
        expect("committed: nothing against HEAD", "0 claims gained, 0 lost" in out, out + err)

        # A new, uncommitted sheet: everything it selects is gained.
        open(os.path.join(repo, "rules", "toll.yaml"), "w").write(
            "id: toll\nfacts:\n  - id: houses-again\n    cues: ['\\bhouses\\b']\n    expect: 12,000 houses\n")
        code, out, err = diff(factlint, repo)
        expect("a new sheet", code == 0 and "claims gained (3)" in out and "rules/toll.yaml" in out, out + err)

        code, out, err = diff(factlint, repo, "--against", "no-such-branch")
        expect("unknown ref", code == 2 and "'no-such-branch' is not a commit, branch or tag" in err, out + err)

        # A broken older version is named, not a crash.
        old = os.path.join(repo, "old.yaml")
        open(old, "w").write("id: quake\nfacts: [}\n")
        code, out, err = diff(factlint, repo, "rules/quake.yaml", "--old", old)
        expect("broken older sheet", code == 2 and "old.yaml:2:" in err and "older sheets have errors" in err, out + err)
        code, out, err = diff(factlint, repo, "--old", old)
        expect("--old with two sheets", code == 2 and "--old compares one sheet, and 2 were given" in err, out + err)

    with tempfile.TemporaryDirectory() as plain:
        os.makedirs(os.path.join(plain, "rules"))
        os.makedirs(os.path.join(plain, "corpus"))
        open(os.path.join(plain, "rules", "quake.yaml"), "w").write(SHEET)
        open(os.path.join(plain, "corpus", "a.md"), "w").write(ARTICLE)
        code, out, err = diff(factlint, plain)
        expect("outside git", code == 2 and "not in a git repository" in err and "--old FILE" in err, out + err)

    return expect.finish()


if __name__ == "__main__":
    sys.exit(main())
