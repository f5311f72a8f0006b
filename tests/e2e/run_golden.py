#!/usr/bin/env python3
"""Runs one golden case (a folder under tests/golden/) against the factlint binary.

A case folder holds the inputs (articles, fact sheets) and:
  cmd              the arguments after `factlint`, one line, shell-quoted; run in the case folder
  expected_exit    the exit code, e.g. 1
  expected_stdout  optional: stdout, byte for byte
  expected_stderr  optional: stderr, byte for byte
  stdin            optional: fed to standard input

Invariants checked on every `check` run, like bloaty's CheckConsistency:
  * `--jobs 1` and `--jobs 8` give byte-identical stdout;
  * with `--format json`, the summary counts match the findings listed.
Set FACTLINT_UPDATE_GOLDEN=1 to rewrite the expected files from the actual output.
"""
import argparse
import json
import os
import shlex
import subprocess
import sys


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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--factlint", required=True)
    parser.add_argument("case")
    opts = parser.parse_args()
    case = opts.case
    opts.factlint = os.path.abspath(opts.factlint)
    args = shlex.split(open(os.path.join(case, "cmd")).read())
    update = os.environ.get("FACTLINT_UPDATE_GOLDEN") == "1"

    code, out, err = run(opts.factlint, case, args)
    failures = []
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
        outputs = {run(opts.factlint, case, args + ["--jobs", str(j)])[1] for j in (1, 8)}
        if len(outputs) != 1 or out not in outputs:
            failures.append("output differs between --jobs 1, --jobs 8 and the default")
        if "--format" in args and args[args.index("--format") + 1] == "json" and code in (0, 1):
            failures += check_summary(out)

    if failures:
        print(f"FAIL {os.path.basename(case)}: factlint {' '.join(args)}")
        print("\n".join(failures))
        print("--- stderr\n" + err.decode(errors="replace"))
        return 1
    print(f"ok {os.path.basename(case)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
