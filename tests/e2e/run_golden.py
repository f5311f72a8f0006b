#!/usr/bin/env python3
"""Runs one golden case (a folder under tests/golden/) against the factlint binary.

A case folder holds the inputs (articles, fact sheets) and:
  cmd              the arguments after `factlint`, one line, shell-quoted; run in the case folder
  expected_exit    the exit code, e.g. 1
  expected_stdout  optional: stdout, byte for byte
  expected_stderr  optional: stderr, byte for byte
  stdin            optional: fed to standard input
  expected_files/  optional: files the run must write (reports, baselines), byte for byte,
                   at the same paths relative to the case; the case then runs in a scratch
                   copy of its folder, so nothing is written into the source tree

Invariants checked on every `check` run, like bloaty's CheckConsistency:
  * `--jobs 1` and `--jobs 8` give byte-identical stdout;
  * with `--format json`, the summary counts match the findings listed.
Set FACTLINT_UPDATE_GOLDEN=1 to rewrite the expected files from the actual output.
"""
import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile


def run(factlint, case, args):
    stdin_path = os.path.join(case, "stdin")
    stdin = open(stdin_path, "rb").read() if os.path.exists(stdin_path) else b""
    env = dict(os.environ, NO_COLOR="1", TERM="dumb")
    env.pop("GITHUB_STEP_SUMMARY", None)
    proc = subprocess.run([factlint] + args, cwd=case, input=stdin, capture_output=True, env=env, timeout=120)
    return proc.returncode, proc.stdout, proc.stderr


def check_summary(stdout):
    report = json.loads(stdout)
    summary, findings = report["summary"], report["findings"]
    errors = [f"summary.findings is {summary['findings']} but {len(findings)} findings are listed"] \
        if summary["findings"] != len(findings) else []
    for severity, key in (("error", "errors"), ("warning", "warnings"), ("info", "infos")):
        n = sum(1 for f in findings if f["severity"] == severity)
        if summary[key] != n:
            errors.append(f"summary.{key} is {summary[key]} but {n} findings have severity {severity}")
    if summary["skipped"] != len(report.get("skipped", [])):
        errors.append("summary.skipped does not match the skipped list")
    keys = [(f["file"], f["line"], f["column"], f["rule"]) for f in findings]
    if keys != sorted(keys):
        errors.append("findings are not sorted by file, line, column, rule")
    return errors


def compare_files(case, workdir, update):
    """Checks (or, when updating, rewrites) each file under expected_files/."""
    failures = []
    root = os.path.join(case, "expected_files")
    for folder, _, names in os.walk(root):
        for name in names:
            rel = os.path.relpath(os.path.join(folder, name), root)
            written = os.path.join(workdir, rel)
            actual = open(written, "rb").read() if os.path.exists(written) else None
            if update and actual is not None:
                open(os.path.join(root, rel), "wb").write(actual)
            elif actual is None:
                failures.append(f"{rel} was not written")
            elif actual != open(os.path.join(root, rel), "rb").read():
                failures.append(f"{rel} differs:\n--- actual\n{actual.decode(errors='replace')}")
    return failures


def scratch_copy(case):
    workdir = tempfile.mkdtemp(prefix="factlint-golden-")
    shutil.rmtree(workdir)
    shutil.copytree(case, workdir, ignore=shutil.ignore_patterns("expected_*"), symlinks=True)
    return workdir


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--factlint", required=True)
    parser.add_argument("case")
    opts = parser.parse_args()
    case = opts.case
    opts.factlint = os.path.abspath(opts.factlint)
    args = shlex.split(open(os.path.join(case, "cmd")).read())
    update = os.environ.get("FACTLINT_UPDATE_GOLDEN") == "1"

    has_files = os.path.isdir(os.path.join(case, "expected_files"))
    workdir = scratch_copy(case) if has_files else case
    code, out, err = run(opts.factlint, workdir, args)
    failures = compare_files(case, workdir, update) if has_files else []
    expected_exit = int(open(os.path.join(case, "expected_exit")).read().strip()) if not update else code
    if update:
        open(os.path.join(case, "expected_exit"), "w").write(f"{code}\n")
    if code != expected_exit:
        failures.append(f"exit code {code}, expected {expected_exit}")
    for name, actual in (("expected_stdout", out), ("expected_stderr", err)):
        path = os.path.join(case, name)
        if update and (os.path.exists(path) or name == "expected_stdout"):
            open(path, "wb").write(actual)
        elif os.path.exists(path):
            expected = open(path, "rb").read()
            if actual != expected:
                failures.append(f"{name} differs:\n--- expected\n{expected.decode(errors='replace')}"
                                f"--- actual\n{actual.decode(errors='replace')}")

    if args and args[0] == "check" and "--jobs" not in args:
        outputs = set()
        for jobs in (1, 8):
            rundir = scratch_copy(case) if has_files else case
            outputs.add(run(opts.factlint, rundir, args + ["--jobs", str(jobs)])[1])
            if has_files:
                failures += [f"--jobs {jobs}: {f}" for f in compare_files(case, rundir, False)]
                shutil.rmtree(rundir, ignore_errors=True)
        if len(outputs) != 1 or out not in outputs:
            failures.append("output differs between --jobs 1, --jobs 8 and the default")
        if "--format" in args and args[args.index("--format") + 1] == "json" and code in (0, 1):
            failures += check_summary(out)

    if has_files:
        shutil.rmtree(workdir, ignore_errors=True)
    if failures:
        print(f"FAIL {os.path.basename(case)}: factlint {' '.join(args)}")
        print("\n".join(failures))
        print("--- stderr\n" + err.decode(errors="replace"))
        return 1
    print(f"ok {os.path.basename(case)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
