#!/usr/bin/env python3
"""The outputs the docs show are the outputs factlint prints.

Every ```console block right after a `<!-- tested: FOLDER -->` line in docs/*.md
is run: each `$ factlint ...` line in FOLDER (relative to the repository
root), with this build's factlint, and what it prints (standard output, then
standard error) must equal the lines under it, byte for byte. Blocks without
the marker (cut with "...", or run on a copy the reader edits) are not run.
"""
import argparse
import glob
import os
import re
import shlex
import subprocess
import sys

MARK = re.compile(r"^<!-- tested: (\S+) -->$")


def blocks(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    for i, line in enumerate(lines):
        m = MARK.match(line)
        if not m:
            continue
        if i + 1 >= len(lines) or lines[i + 1] != "```console":
            yield path, i + 1, m.group(1), None
            continue
        body = []
        for rest in lines[i + 2:]:
            if rest == "```":
                break
            body.append(rest)
        yield path, i + 1, m.group(1), body


def commands(body):
    """(command, expected output) pairs of one console block."""
    out = []
    for line in body:
        if line.startswith("$ "):
            out.append([line[2:], []])
        elif out:
            out[-1][1].append(line)
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--factlint", required=True)
    parser.add_argument("--root", required=True)
    opts = parser.parse_args()
    factlint = os.path.abspath(opts.factlint)
    failures, ran = [], 0
    for doc in sorted(glob.glob(os.path.join(opts.root, "docs", "*.md"))):
        for path, line, folder, body in blocks(doc):
            where = f"{os.path.relpath(path, opts.root)}:{line}"
            if body is None:
                failures.append(f"{where}: the marker must stand right before a ```console block")
                continue
            for command, expected in commands(body):
                argv = shlex.split(command)
                if argv[0] != "factlint":
                    failures.append(f"{where}: only factlint commands are run: {command}")
                    continue
                proc = subprocess.run([factlint, *argv[1:]], cwd=os.path.join(opts.root, folder),
                                      capture_output=True, text=True, timeout=120)
                ran += 1
                actual = (proc.stdout + proc.stderr).rstrip("\n").split("\n")
                if actual != expected:
                    failures.append(f"{where}: $ {command}\n--- the doc shows\n" + "\n".join(expected)
                                    + "\n--- factlint printed\n" + "\n".join(actual))
    for f in failures:
        print("FAIL " + f)
    print(f"docs examples: {ran} commands run, {len(failures)} failure(s)")
    return 1 if failures or ran == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
