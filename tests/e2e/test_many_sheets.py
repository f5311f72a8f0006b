#!/usr/bin/env python3
"""A newsroom's many fact sheets, read and compiled on several threads.

Forty sheets, of very different sizes, with a bad regex, a bad value, a YAML
error and an id used twice among them: `factlint check` and `factlint rules
check` report the same errors, in the sheets' order, and `check` the same
report, with --jobs 1 as with --jobs 4 (the sheets then load on more than one
thread wherever there is more than one core). With the broken sheets fixed,
the reports are the same too.
"""
import scenario
import os
import sys
import tempfile

run = scenario.run


def sheet(i, facts):
    text = f"id: story-{i:02}\nscope:\n  mentions: ['\\bPlace{i:02}\\b']\nfacts:\n"
    for f in range(facts):
        text += f"  - id: f{f}\n    cues: ['\\bhouses{f}\\b']\n    expect: {100 + f} houses\n"
    return text


def main():
    factlint, expect = scenario.start("many sheets")
    with tempfile.TemporaryDirectory() as d:
        sheets = {i: sheet(i, 60 if i % 7 == 0 else 1 + i % 3) for i in range(40)}
        broken = dict(sheets)
        broken[5] += "  - id: bad\n    cues: ['(houses']\n    expect: 5 houses\n"
        broken[17] += "  - id: unread\n    cues: ['\\bx\\b']\n    expect: twelvety houses\n"
        broken[26] = "id: story-26\nfacts: [\n"
        broken[33] = broken[33].replace("id: story-33", "id: story-02")
        os.makedirs(os.path.join(d, "corpus"))
        article = "---\ndate: 2024-01-02\n---\n"
        for i in (0, 2, 7, 33, 39):
            article += f"In Place{i:02}, {100 + i % 2} houses were counted (houses1).\n"
        scenario.write(os.path.join(d, "corpus", "a.md"), article)

        def write_sheets(which):
            for i, text in which.items():
                scenario.write(os.path.join(d, "rules", f"story-{i:02}.yaml"), text)

        write_sheets(broken)
        code1, out1, err1 = run(factlint, d, "check", "--jobs", "1")
        code4, out4, err4 = run(factlint, d, "check", "--jobs", "4")
        errors = [line.split(":")[0] for line in err1.splitlines() if ": error: " in line]
        expect("broken sheets: exit 2, every error, in the sheets' order",
               code1 == 2 and errors == ["rules/story-05.yaml", "rules/story-17.yaml", "rules/story-26.yaml",
                                         "rules/story-33.yaml"], err1)
        expect("broken sheets: the same with --jobs 4", (code4, out4, err4) == (code1, out1, err1), err1 + err4)
        open(os.path.join(d, ".factlint.yaml"), "w").write("jobs: 1\n")
        rcode1, rout1, rerr1 = run(factlint, d, "rules", "check")
        open(os.path.join(d, ".factlint.yaml"), "w").write("jobs: 4\n")
        rcode4, rout4, rerr4 = run(factlint, d, "rules", "check")
        expect("rules check: the same with the config's jobs: 1 and 4",
               rcode1 == 2 and (rcode4, rout4, rerr4) == (rcode1, rout1, rerr1), rout1 + rerr1 + rout4 + rerr4)
        os.remove(os.path.join(d, ".factlint.yaml"))

        write_sheets(sheets)
        code1, out1, err1 = run(factlint, d, "check", "--jobs", "1", "--format", "json")
        code4, out4, err4 = run(factlint, d, "check", "--jobs", "4", "--format", "json")
        expect("fixed sheets: findings (101 houses where 100 are expected)", code1 == 1 and '"story-' in out1, out1 + err1)
        expect("fixed sheets: the same report with --jobs 4", (code4, out4, err4) == (code1, out1, err1),
               err1 + err4)
    return expect.finish()


if __name__ == "__main__":
    sys.exit(main())
