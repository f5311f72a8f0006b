#!/usr/bin/env python3
"""Standard output that fails is told, and a --cache run keeps what it checked.

- `factlint check > report.txt` on a full disk used to end with the usual
  exit code (1: findings) and a report cut short, unsaid: a CI job would
  upload half a report as a whole one. Now: an error naming standard output
  and why, exit 2, for every command (here /dev/full stands for the disk).
- `factlint check --cache | head`: the reader leaves, SIGPIPE ended the run
  before the cache was saved, and the next run started cold. Now the run
  stops at the failed write, saves the articles it checked, and still ends
  by SIGPIPE, as a pipeline expects.
"""
import os
import re
import signal
import subprocess
import tempfile

import scenario


def main():
    factlint, expect = scenario.start("standard output errors")
    if not os.path.exists("/dev/full"):
        print("no /dev/full on this machine: skipped")
        return 77
    with tempfile.TemporaryDirectory() as root:
        scenario.write(os.path.join(root, "rules", "quake.yaml"), scenario.QUAKE_SHEET)
        # 2,000 articles with a finding each: a report of about 300 KB, far
        # more than a pipe and factlint's own buffer hold.
        for i in range(2000):
            scenario.write(os.path.join(root, "corpus", f"a{i:04}.md"), scenario.QUAKE_WRONG)

        with open("/dev/full", "w") as full:
            for args in (["check"], ["check", "--format", "json"], ["rules", "list"]):
                proc = subprocess.run([factlint, *args], cwd=root, stdout=full, stderr=subprocess.PIPE, text=True)
                expect(f"{' '.join(args)} > /dev/full: exit 2 (error)", proc.returncode == 2, proc.stderr)
                expect(f"{' '.join(args)} > /dev/full: says standard output failed, and why",
                       "factlint: error: cannot write to standard output: no space left on device" in proc.stderr
                       and "the disk it goes to is full" in proc.stderr, proc.stderr)

        def head_one_line(*args):
            """factlint ARGS | head -1: its exit code, the line read."""
            proc = subprocess.Popen([factlint, *args], cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            line = proc.stdout.readline()
            proc.stdout.close()
            proc.wait(timeout=120)
            proc.stderr.close()
            return proc.returncode, line.decode()

        code, line = head_one_line("check")
        expect("check | head -1: the first finding, then the end by SIGPIPE",
               "error[quake/houses]" in line and code == -signal.SIGPIPE, f"{code} {line}")

        code, line = head_one_line("check", "--cache")
        expect("check --cache | head -1: the end by SIGPIPE all the same",
               "error[quake/houses]" in line and code == -signal.SIGPIPE, f"{code} {line}")
        cache = os.path.join(root, ".factlint-cache")
        saved = [f for f in os.listdir(cache) if f.endswith(".cache")] if os.path.isdir(cache) else []
        expect("check --cache | head -1: the cache was saved", len(saved) == 1, str(saved))

        code, out, err = scenario.run(factlint, root, "check", "--cache", "--stats")
        found = re.search(r"(\d+) of 2000 from the cache", err)
        taken = int(found.group(1)) if found else 0
        expect("the next run takes the articles checked before the pipe closed from the cache, not the others",
               0 < taken < 2000, err)
        expect("the next run: every article's finding", code == 1 and out.count("error[quake/houses]") == 2000,
               out[-500:] + err)
    return expect.finish()


if __name__ == "__main__":
    raise SystemExit(main())
