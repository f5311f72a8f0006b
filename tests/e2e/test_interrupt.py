#!/usr/bin/env python3
"""Ctrl-C on a --cache run keeps the articles checked until then.

A long cold run (an archive of many thousand articles) stopped with Ctrl-C
used to lose everything it had checked: the cache is saved at the end. Now
SIGINT (and SIGTERM) stop it from starting more articles; the cache keeps
those checked, no report is finished, and the run still ends by the signal,
as a shell expects of a command it interrupted. Without --cache there is
nothing to keep and Ctrl-C ends the run at once, as before.

The run is interrupted at a known point: its standard output is a pipe this
script does not read, so it blocks once the pipe is full, part way through.
"""
import array
import fcntl
import os
import re
import signal
import subprocess
import tempfile
import termios
import time

import scenario


def blocked_then_interrupted(factlint, root, *args):
    """Runs factlint ARGS until its output fills the pipe, sends SIGINT, then
    reads the rest: the exit code, standard error, and whether it blocked."""
    proc = subprocess.Popen([factlint, *args], cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    waiting = array.array("i", [0])
    blocked = False
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        fcntl.ioctl(proc.stdout.fileno(), termios.FIONREAD, waiting)
        if waiting[0] >= 65536:  # a full pipe (Linux's default size): it waits on us
            blocked = True
            break
        time.sleep(0.01)
    proc.send_signal(signal.SIGINT)
    proc.stdout.read()
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    return proc.returncode, err, blocked


def main():
    factlint, expect = scenario.start("interrupt")
    with tempfile.TemporaryDirectory() as root:
        scenario.write(os.path.join(root, "rules", "quake.yaml"), scenario.QUAKE_SHEET)
        # 3,000 articles with a finding each: a report of about 450 KB.
        for i in range(3000):
            scenario.write(os.path.join(root, "corpus", f"a{i:04}.md"), scenario.QUAKE_WRONG)

        code, err, blocked = blocked_then_interrupted(factlint, root, "check")
        expect("without --cache: the run blocked part way", blocked, err)
        expect("without --cache: Ctrl-C ends it at once, by SIGINT", code == -signal.SIGINT, f"{code} {err}")

        code, err, blocked = blocked_then_interrupted(factlint, root, "check", "--cache")
        expect("--cache: the run blocked part way", blocked, err)
        expect("--cache: ended by SIGINT all the same", code == -signal.SIGINT, f"{code} {err}")
        said = re.search(r"factlint: interrupted: (\d+) of 3000 articles checked, no report finished; "
                         r"the cache keeps them for the next run", err)
        expect("--cache: says how many it checked and that the cache keeps them", said is not None, err)

        code, out, err = scenario.run(factlint, root, "check", "--cache", "--stats")
        found = re.search(r"(\d+) of 3000 from the cache", err)
        taken = int(found.group(1)) if found else -1
        expect("the next run takes exactly the articles checked before Ctrl-C from the cache",
               said is not None and 0 < taken < 3000 and taken == int(said.group(1)), err)
        expect("the next run: every article's finding", code == 1 and out.count("error[quake/houses]") == 3000,
               out[-500:] + err)
    return expect.finish()


if __name__ == "__main__":
    raise SystemExit(main())
