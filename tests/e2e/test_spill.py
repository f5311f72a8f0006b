#!/usr/bin/env python3
"""Findings moved to a temporary file give the reports they give in memory.

A run keeps its findings in memory up to a limit (8 MiB) and past it in an
unnamed temporary file, read back for each report
(checker/findings/finding_log.h). $FACTLINT_FINDINGS_IN_MEMORY sets the limit
in bytes. On 400 articles with about 500 findings: every format, with one job
and two, is byte for byte the same with every finding in the file (0), with
the first ones in memory and the rest in the file, and all in memory; the exit
code too; --stats says where they went (nowhere for a text report alone,
written as they come); a limit that is not a number is
warned about; a $TMPDIR that cannot take the file
keeps them in memory and says why; --update-baseline writes the same baseline
and a --baseline run reports the same new findings.
"""
import os
import tempfile

import scenario

ENV = {"NO_COLOR": "1", "FORCE_COLOR": "", "CLICOLOR_FORCE": "", "GITHUB_STEP_SUMMARY": "",
       "SOURCE_DATE_EPOCH": "1700000000"}
FORMATS = ["text", "json", "sarif", "junit", "github", "gitlab", "checkstyle", "shard"]
SHEET = scenario.QUAKE_SHEET + r"""people:
  erdogan:
    name: Recep Tayyip Erdogan
    also: [Erdogan]
    misspellings: [Erdogon]
"""


def article(i):
    """Article i: right, wrong once, wrong twice, or wrong with a misspelt name."""
    head = f"---\ndate: 2024-01-02\n---\n# Report {i}\n\n"
    kind = i % 4
    if kind == 0:
        return head + "The quake destroyed 12,000 houses.\n"
    if kind == 1:
        return head + f"The quake destroyed {13000 + i:,} houses.\n"
    if kind == 2:
        return head + f"The quake destroyed {13000 + i:,} houses.\n\nLater, {i + 20},000 houses were listed.\n"
    return head + f"Erdogon visited. The quake destroyed {14000 + i:,} houses.\n"


def main():
    factlint, expect = scenario.start("findings in a temporary file")
    with tempfile.TemporaryDirectory() as root:
        scenario.write(os.path.join(root, "rules/quake.yaml"), SHEET)
        for i in range(400):
            scenario.write(os.path.join(root, f"corpus/{i:03}.md"), article(i))

        def check(*args, limit=None, env=None):
            extra = dict(ENV, **(env or {}))
            if limit is not None:
                extra["FACTLINT_FINDINGS_IN_MEMORY"] = str(limit)
            return scenario.run(factlint, root, "check", *args, env=extra)

        for fmt in FORMATS:
            code, expected, err = check("--format", fmt, "--jobs", "1")
            expect(f"{fmt}: findings reported", code == 1 and "corpus/399.md" in expected, err)
            # 0: every finding in the file; 60,000 bytes: about the first fifty in memory, then the file.
            for limit in (0, 60000, None):
                for jobs in ("1", "2"):
                    code2, out, err = check("--format", fmt, "--jobs", jobs, limit=limit)
                    expect(f"{fmt}, limit {limit}, --jobs {jobs}: the same report", out == expected and code2 == code,
                           err)

        # The text report streamed, the JSON one read from the findings kept.
        code, out, err = check("--stats", "-q", "--report", "json=" + os.path.join(root, "r.json"), limit=0)
        expect("--stats: the findings went to the file", "findings kept in a temporary file" in err, err)
        lines = out.count("\n")
        expect("about 500 findings", 450 < lines < 700, out)
        # The text report alone is written as the findings come: they are counted, not kept.
        code, out_alone, err = check("--stats", "-q", limit=0)
        expect("--stats: a text report alone keeps no finding", "temporary file" not in err and out_alone == out,
               err)
        code, out, err = check("--stats", "-q")
        expect("--stats: a few hundred findings stay in memory", "temporary file" not in err, err)

        for bad in ("-1", "lots", "8 MB/s"):
            code, out, err = check("--format", "json", limit=bad)
            expect(f"FACTLINT_FINDINGS_IN_MEMORY={bad}: a warning, the default limit, the same report",
                   f"warning: FACTLINT_FINDINGS_IN_MEMORY='{bad}' is no size; findings are kept in memory up to 8 MiB"
                   in err and code == 1 and out == check("--format", "json")[1], err)
        # A size with a unit, as --max-file-size takes one: 1K spills this run's findings, 8M keeps them.
        for size, spilled in (("1K", True), ("1kib", True), ("8M", False)):
            code, out, err = check("--stats", "-q", "--format", "json", limit=size)
            expect(f"FACTLINT_FINDINGS_IN_MEMORY={size}: no warning, findings {'in the file' if spilled else 'kept'}",
                   "warning" not in err and ("temporary file" in err) == spilled, err)

        missing = os.path.join(root, "no-such-folder")
        code, out, err = check("--stats", "--format", "json", limit=0, env={"TMPDIR": missing})
        _, expected_json, _ = check("--format", "json")
        expect("no temporary file: kept in memory, and said why",
               f"kept in memory: cannot make a temporary file in {missing}" in err, err)
        expect("no temporary file: the same report", out == expected_json, err)

        baselines = {}
        for limit in (0, None):
            path = os.path.join(root, f"baseline-{limit}.json")
            code, out, err = check("--baseline", path, "--update-baseline", limit=limit)
            expect(f"--update-baseline, limit {limit}: clean", code == 0, out + err)
            with open(path) as f:
                baselines[limit] = f.read()
        expect("the same baseline from the file and from memory", baselines[0] == baselines[None],
               baselines[0][:500])
        expect("the baseline records the findings", baselines[0].count('"fingerprint"') > 450, baselines[0][:300])
        scenario.write(os.path.join(root, "corpus/new.md"),
                       "---\ndate: 2024-01-02\n---\nThe quake destroyed 99,000 houses.\n")
        os.remove(os.path.join(root, "corpus/000.md"))  # right, so no baselined finding goes stale
        os.remove(os.path.join(root, "corpus/001.md"))  # wrong: its baselined finding is now stale
        path = os.path.join(root, "baseline-0.json")
        results = [check("--baseline", path, "--format", "json", limit=limit) for limit in (0, None)]
        expect("--baseline: the same new findings and notice", results[0] == results[1], str(results[0]))
        code, out, err = results[0]
        expect("--baseline: only the new article fails", code == 1 and '"file": "corpus/new.md"' in out
               and out.count('"file": "corpus/') == 1, out[:2000])
        expect("--baseline: the stale entry is told", "1 baselined finding no longer occurs" in err, err)
    return expect.finish()


if __name__ == "__main__":
    raise SystemExit(main())
