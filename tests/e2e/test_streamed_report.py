#!/usr/bin/env python3
"""The text and github reports are written as the articles are checked.

A reader of `factlint check` in a terminal or a CI log sees each finding once
its article is checked, not after the last article (cli/write_reports.h).
Shown without timing anything: factlint's standard output is a pipe nobody
reads, so a report larger than the pipe holds stops factlint in a write. A
report written as it goes stops it while it is still checking: --stats has
not yet said "checked in" on standard error. A report written after the run
would stop it after that line. Then the pipe is read: the report is the same
as one written to a file, and so is the exit code.
"""
import glob
import os
import subprocess
import tempfile
import time

import scenario


def blocked_writing(pid):
    """Whether some thread of `pid` waits to write into a full pipe."""
    for wchan in glob.glob(f"/proc/{pid}/task/*/wchan"):
        try:
            with open(wchan) as f:
                if "pipe_write" in f.read():
                    return True
        except OSError:
            pass
    return False


def can_see_blocked_writes():
    """Whether /proc shows a process waiting on a full pipe (some kernels hide wchan)."""
    if not os.path.exists(f"/proc/{os.getpid()}/wchan"):
        return False
    proc = subprocess.Popen(["python3", "-c", "import sys; sys.stdout.write('x' * 10**6); sys.stdout.flush()"],
                            stdout=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 10
        while proc.poll() is None and time.monotonic() < deadline:
            if blocked_writing(proc.pid):
                return True
            time.sleep(0.01)
        return False
    finally:
        proc.kill()
        proc.wait()


def main():
    factlint, expect = scenario.start("streamed report")
    if not can_see_blocked_writes():
        print("streamed report: this kernel does not show a write blocked on a pipe (/proc/PID/wchan); skipped")
        return 77
    with tempfile.TemporaryDirectory() as root:
        scenario.write(os.path.join(root, "rules", "quake.yaml"), scenario.QUAKE_SHEET)
        for i in range(1500):  # a finding each, about 190 bytes of report: four pipes' worth
            scenario.write(os.path.join(root, "corpus", f"a{i:04}.md"), scenario.QUAKE_WRONG)
        env = dict(os.environ, NO_COLOR="1", GITHUB_STEP_SUMMARY="")
        for fmt in ("text", "github"):
            with open(os.path.join(root, f"{fmt}.err"), "w+") as err:
                proc = subprocess.Popen([factlint, "check", "--stats", "--jobs", "1", "--format", fmt], cwd=root,
                                        stdout=subprocess.PIPE, stderr=err, env=env)
                deadline = time.monotonic() + 120
                while proc.poll() is None and not blocked_writing(proc.pid) and time.monotonic() < deadline:
                    time.sleep(0.01)
                err.seek(0)
                stats = err.read()
                expect(f"{fmt}: factlint waits for the pipe to be read", proc.poll() is None and
                       blocked_writing(proc.pid), f"exit code {proc.poll()}\n{stats}")
                expect(f"{fmt}: while still checking the articles", "selected in" in stats and
                       "checked in" not in stats, stats)
                out = proc.stdout.read().decode()
                code = proc.wait()
                err.seek(0)
                expect(f"{fmt}: then it finishes", "checked in" in err.read())
            whole = os.path.join(root, f"report.{fmt}")
            file_code, _, _ = scenario.run(factlint, root, "check", "--jobs", "2", "--format", fmt, "-o", whole,
                                           env={"NO_COLOR": "1", "GITHUB_STEP_SUMMARY": ""})
            with open(whole) as f:
                expected = f.read()
            expect(f"{fmt}: the report is the one written to a file", out == expected,
                   f"{len(out)} against {len(expected)} bytes")
            expect(f"{fmt}: every finding in it", out.count("quake/houses") == 1500, out[-500:])
            expect(f"{fmt}: the same exit code", code == file_code == 1, f"{code} {file_code}")
    return expect.finish()


if __name__ == "__main__":
    raise SystemExit(main())
