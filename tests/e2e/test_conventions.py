#!/usr/bin/env python3
"""Conventions CI engineers and editors expect, run as they would run them.

'-' checks one article from standard input, named by --stdin-path for reports
and for sheets' `paths`; '@FILE' checks the paths a file lists (comments and
blank lines skipped, lists inside lists); a missing list and a --stdin-path
without '-' are exit 2 with a message; FORCE_COLOR colours the text report in
a pipe and NO_COLOR wins over it.
"""
import scenario
import json
import os
import re
import subprocess
import sys
import tempfile

SHEET = scenario.QUAKE_SHEET
WRONG = scenario.QUAKE_WRONG


run = scenario.run


def main():
    factlint, expect = scenario.start("conventions")
    with tempfile.TemporaryDirectory() as d:
        os.makedirs(os.path.join(d, "rules"))
        os.makedirs(os.path.join(d, "corpus", "a"))
        open(os.path.join(d, "rules", "quake.yaml"), "w").write(SHEET)
        for name in ("a/one.md", "two.md", "three.md"):
            open(os.path.join(d, "corpus", name), "w").write(WRONG)
        env = {"NO_COLOR": "", "FORCE_COLOR": "", "CLICOLOR_FORCE": ""}

        code, out, err = run(factlint, d, "check", "--format", "json", "--stdin-path", "corpus/draft.md", "-",
                             stdin=WRONG, env=env)
        report = json.loads(out) if code == 1 else None
        expect("stdin, named", report is not None and report["summary"]["articles"] == 1
               and [f["file"] for f in report["findings"]] == ["corpus/draft.md"], out + err)
        code, out, err = run(factlint, d, "check", "--format", "json", "--stdin-path", "elsewhere/draft.md", "-",
                             stdin=WRONG, env=env)
        report = json.loads(out) if code in (0, 1) else None
        expect("stdin outside the sheet's paths", report is not None and report["summary"]["findings"] == 0, out + err)
        code, out, err = run(factlint, d, "check", "-", stdin=WRONG, env=env)
        expect("stdin, unnamed: '<stdin>' is outside the sheet's paths", code == 0
               and "1 article checked: 0 findings" in out + err and "1 article covered by no sheet" in out + err, out + err)
        code, out, err = run(factlint, d, "check", "--changed-files", "-", stdin=WRONG, env=env)
        expect("--changed-files with -", code == 2 and "--changed-files cannot be used with '-'" in err, out + err)
        code, out, err = run(factlint, d, "check", "--stdin-path", "x.md", env=env)
        expect("--stdin-path without -", code == 2 and "no '-' was given" in err, out + err)

        open(os.path.join(d, "list.txt"), "w").write("# the changed articles\ncorpus/a/one.md\n\n@more.txt\n")
        open(os.path.join(d, "more.txt"), "w").write("corpus/three.md\r\n")
        code, out, err = run(factlint, d, "check", "--format", "json", "@list.txt", env=env)
        report = json.loads(out) if code == 1 else None
        expect("@list", report is not None and sorted({f["file"] for f in report["findings"]})
               == ["corpus/a/one.md", "corpus/three.md"], out + err)
        code, out, err = run(factlint, d, "check", "@missing.txt", env=env)
        expect("@missing", code == 2 and "cannot read the path list 'missing.txt'" in err, out + err)
        # A list made by `git diff --name-only` names deleted files too: the
        # error stands at the list's line, with the flag that leaves them out.
        open(os.path.join(d, "changed.txt"), "w").write("corpus/three.md\n  corpus/deleted.md\n")
        code, out, err = run(factlint, d, "check", "@changed.txt", env=env)
        expect("@list naming a deleted file: located at the list's line, with the hint",
               code == 2 and "changed.txt:2:3: error: cannot read 'corpus/deleted.md': no such file or directory"
               in err and "--diff-filter=d" in err, out + err)
        # Every path that is not there is reported in the one run, wherever it
        # was named: a list's line (a glob there says to give its folder), and
        # the command line.
        open(os.path.join(d, "changed.txt"), "a").write("corpus/*.md\n")
        code, out, err = run(factlint, d, "check", "@changed.txt", "corpus/typo.md", env=env)
        expect("missing paths from a list and the command line: all reported, each where it was named",
               code == 2 and "changed.txt:2:3: error: cannot read 'corpus/deleted.md'" in err
               and "changed.txt:3:1: error: cannot read 'corpus/*.md': no such file or directory (give folders and "
               "files, not globs: the folder ('corpus')" in err
               and "factlint: error: cannot read 'corpus/typo.md': no such file or directory (check the path" in err,
               out + err)
        # '-' in a list is standard input; the paths after it keep their lines.
        open(os.path.join(d, "stdin.txt"), "w").write("-\ncorpus/gone.md\n")
        code, out, err = run(factlint, d, "check", "@stdin.txt", stdin=WRONG, env=env)
        expect("a list naming '-' and a missing path: the missing one at its own line",
               code == 2 and "stdin.txt:2:1: error: cannot read 'corpus/gone.md'" in err, out + err)

        code, out, err = run(factlint, d, "check", "corpus/two.md", env=dict(env, FORCE_COLOR="1"))
        expect("FORCE_COLOR in a pipe", code == 1 and "\x1b[" in out, repr(out))
        code, out, err = run(factlint, d, "check", "corpus/two.md", env=dict(env, FORCE_COLOR="1", NO_COLOR="1"))
        expect("NO_COLOR wins", code == 1 and "\x1b[" not in out, repr(out))

        # A report to /dev/stdout in a shell's group redirected to a file: the
        # report comes after what the text report and the group wrote before,
        # and the file is not replaced (what follows is kept too).
        out_file = os.path.join(d, "out.txt")
        script = (f"{{ echo header; '{factlint}' check --report json=/dev/stdout corpus/two.md; echo footer; }}"
                  f" > '{out_file}'")
        subprocess.run(["sh", "-c", script], cwd=d, env=dict(os.environ, **env), timeout=120)
        text = open(out_file).read()
        json_at = text.find("{\n")
        lines = text.splitlines()
        report = None
        try:
            report = json.loads(text[json_at:text.rfind("}") + 1]) if json_at >= 0 else None
        except json.JSONDecodeError:
            pass
        expect("--report json=/dev/stdout into a file: in order, nothing lost",
               lines[:1] == ["header"] and lines[-1:] == ["footer"] and report is not None
               and report["summary"]["findings"] == 1
               and text.find("corpus/two.md:") < json_at and "1 article checked" in text[:json_at], text)

        # --stats: one line a stage on stderr, the report itself unchanged.
        code, plain, err = run(factlint, d, "check", "--format", "json", "corpus", env=env)
        code2, out, err = run(factlint, d, "check", "--format", "json", "--stats", "corpus", env=env)
        lines = [l for l in err.splitlines() if l.startswith("factlint: stats: ")]
        expect("--stats: five lines on stderr, the same report", code == code2 == 1 and out == plain
               and len(lines) == 5 and "1 fact sheet (1 fact, 0 people)" in lines[0]
               and "3 articles (" in lines[1] and "MB/s" in lines[2] and "ms in all" in lines[4], err)
        # The stages inside the articles: each named with its time and share.
        inside = lines[3] if len(lines) == 5 else ""
        shares = [int(p) for p in re.findall(r"ms \((\d+)%\)", inside)]
        expect("--stats: the stages inside the articles", inside.startswith("factlint: stats: inside the articles")
               and all(stage in inside for stage in ("reading", "front matter and markup", "claims and facts"))
               and 95 <= sum(shares) <= 105, err)
    return expect.finish()


if __name__ == "__main__":
    sys.exit(main())
