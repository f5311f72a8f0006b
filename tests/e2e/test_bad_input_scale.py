#!/usr/bin/env python3
"""Bad input at scale (issue 12), run as a user runs it: a corpus of empty
files, one 200 MB article, a sheet of 10,000 facts.

- Empty articles beside a wrong and a right one: every one counted. Under a
  sheet whose `paths` cover them all they are checked (0 findings each); under
  one that asks for `mentions` they are counted as covered by no sheet. The text
  report is the real article's finding and one summary line, never a line per
  empty file. 20,000 empty files by default, to stay well inside CTest's time
  on 2 cores; FACTLINT_BAD_INPUT_FULL=1 makes them 100,000, the issue's number.
- A 200 MB article (sparse: a wrong article, then zeros) beside normal ones:
  skipped by the default --max-file-size and named with that reason in the text
  and JSON reports and by `explain --in`, counted in the summary, while the
  others are checked and their finding reported. A limit in .factlint.yaml
  (`max-file-size:`) is kept by check and explain, and --max-file-size overrides it.
- A sheet of 10,000 facts (counts, percents, money, dates, durations, each
  with its own cue): it loads, a planted contradiction of each of two kinds is
  found at its line, and correct figures from the start, middle and end of the
  sheet are not flagged.
- A baseline of 100,001 entries (an archive's accepted findings; 25 MB): the
  one that matches is accepted, the other 100,000 are told as no longer
  occurring; one broken entry after them is an error at its own line. (Each
  entry's line used to be counted from the top of the file: a quarter of an
  hour for 186,000 entries.)
"""
import scenario
import json
import os
import subprocess
import sys
import tempfile

EMPTY_FILES = 100_000 if os.environ.get("FACTLINT_BAD_INPUT_FULL") else 20_000
HUGE_BYTES = 200 * 1024 * 1024
FACTS = 10_000
ENV = {"NO_COLOR": "1"}

run = scenario.run


def report(code, out):
    """The JSON report, or None when the run did not give one."""
    try:
        return json.loads(out) if code in (0, 1) else None
    except json.JSONDecodeError:
        return None


def empty_files(factlint, d, expect):
    corpus = os.path.join(d, "corpus")
    scenario.write(os.path.join(corpus, "wrong.md"), scenario.QUAKE_WRONG)
    scenario.write(os.path.join(corpus, "right.md"), scenario.QUAKE_RIGHT)
    for i in range(EMPTY_FILES):
        open(os.path.join(corpus, f"empty{i:06d}.md"), "w").close()
    total = EMPTY_FILES + 2

    scenario.write(os.path.join(d, "rules", "quake.yaml"), scenario.QUAKE_SHEET)
    code, out, err = run(factlint, d, "check", env=ENV)
    expect("empty files: each checked, one summary line, no line per file",
           code == 1 and err == "" and len(out.splitlines()) < 10
           and f"factlint: {total:,} articles checked: 1 finding (1 error, 0 warnings, 0 infos)\n" in out
           and "corpus/wrong.md:4:21: error[quake/houses] contradiction" in out, out[-2000:] + err[-2000:])
    code, out, err = run(factlint, d, "check", "--format", "json", env=ENV)
    r = report(code, out)
    expect("empty files: the JSON summary counts every article",
           r is not None and r["summary"]["articles"] == total and r["summary"]["findings"] == 1
           and r["summary"]["skipped"] == 0 and r["uncovered"] == []
           and [f["file"] for f in r["findings"]] == ["corpus/wrong.md"], out[:2000] + err[-2000:])

    # A sheet that asks for a mention: the empty files are counted as covered by none.
    scenario.write(os.path.join(d, "rules", "quake.yaml"),
                   scenario.QUAKE_SHEET.replace("paths: ['corpus/**']", r"mentions: ['\bquake\b']"))
    code, out, err = run(factlint, d, "check", env=ENV)
    expect("empty files outside the sheet's mentions: counted in the summary line",
           code == 1 and err == "" and len(out.splitlines()) < 10
           and f"factlint: {total:,} articles checked: 1 finding (1 error, 0 warnings, 0 infos), "
               f"{EMPTY_FILES:,} articles covered by no sheet\n" in out, out[-2000:] + err[-2000:])
    code, out, err = run(factlint, d, "check", "--format", "json", env=ENV)
    r = report(code, out)
    uncovered = {u["file"] for u in r["uncovered"]} if r else set()
    expect("empty files outside the sheet's mentions: each named in the JSON report, with why",
           r is not None and r["summary"]["articles"] == total and len(r["uncovered"]) == EMPTY_FILES
           and "corpus/empty000000.md" in uncovered and "corpus/right.md" not in uncovered
           and all(u["reason"] for u in r["uncovered"]), out[:2000] + err[-2000:])


def huge_article(factlint, d, expect):
    scenario.write(os.path.join(d, "rules", "quake.yaml"), scenario.QUAKE_SHEET)
    scenario.write(os.path.join(d, "corpus", "wrong.md"), scenario.QUAKE_WRONG)
    scenario.write(os.path.join(d, "corpus", "right.md"), scenario.QUAKE_RIGHT)
    huge = os.path.join(d, "corpus", "huge.md")
    scenario.write(huge, scenario.QUAKE_WRONG)
    os.truncate(huge, HUGE_BYTES)  # sparse: no 200 MB written to the disk
    reason = "larger than the 16 MiB limit (200 MiB; see --max-file-size)"

    code, out, err = run(factlint, d, "check", env=ENV)
    expect("200 MB article: skipped, named with the size limit, the others checked",
           code == 1 and err == "" and f"corpus/huge.md: warning: skipped: {reason}\n" in out
           and "corpus/wrong.md:4:21: error[quake/houses] contradiction" in out
           and "factlint: 2 articles checked: 1 finding (1 error, 0 warnings, 0 infos), 1 skipped\n" in out,
           out + err)
    code, out, err = run(factlint, d, "check", "--format", "json", env=ENV)
    r = report(code, out)
    expect("200 MB article: in the JSON report's skipped list, counted in the summary",
           r is not None and r["summary"]["articles"] == 2 and r["summary"]["skipped"] == 1
           and r["skipped"] == [{"file": "corpus/huge.md", "reason": reason}]
           and [f["file"] for f in r["findings"]] == ["corpus/wrong.md"], out + err)
    # explain has no --max-file-size: its limit is the config's.
    code, out, err = run(factlint, d, "explain", "quake/houses", "--in", "corpus", env=ENV)
    explain_reason = "larger than the 16 MiB limit (200 MiB; see max-file-size in .factlint.yaml)"
    expect("200 MB article: explain --in says it was skipped and why, not that the sheet misses it",
           code == 0 and f"corpus/huge.md: skipped: {explain_reason}\n" in out and "not covered" not in out
           and "explain: 2 claims of 'quake/houses' in 3 articles, 1 skipped\n" in out, out + err)
    # The same article on standard input: read to its end, kept only to the limit, skipped
    # with the same words as on disk.
    with open(huge, "rb") as stdin:
        proc = subprocess.run([factlint, "check", "--stdin-path", "corpus/piped.md", "-"], cwd=d, stdin=stdin,
                              capture_output=True, text=True, timeout=120, env=dict(os.environ, **ENV))
    expect("200 MB article on standard input: skipped with its size, like a file",
           proc.returncode == 0 and f"corpus/piped.md: warning: skipped: {reason}\n" in proc.stdout
           and "factlint: 0 articles checked: 0 findings (0 errors, 0 warnings, 0 infos), 1 skipped\n" in proc.stdout,
           proc.stdout + proc.stderr)

    # The limit set once for the project, `max-file-size:` in .factlint.yaml (here
    # 50 bytes, under the 60 of each small article); --max-file-size overrides it;
    # explain --in keeps it, as check does. The reason names the key that set it.
    scenario.write(os.path.join(d, ".factlint.yaml"), "max-file-size: 50\n")
    small = "larger than the 50 bytes limit (60 bytes; see max-file-size in .factlint.yaml)"
    code, out, err = run(factlint, d, "check", env=ENV)
    expect("max-file-size in the config: every article past it skipped, with that limit",
           code == 0 and err == "" and f"corpus/wrong.md: warning: skipped: {small}\n" in out
           and "factlint: 0 articles checked: 0 findings (0 errors, 0 warnings, 0 infos), 3 skipped\n" in out,
           out + err)
    code, out, err = run(factlint, d, "check", "--max-file-size", "1K", env=ENV)
    expect("--max-file-size overrides the config's",
           code == 1 and "corpus/wrong.md:4:21: error[quake/houses] contradiction" in out
           and "larger than the 1 KiB limit (200 MiB; see --max-file-size)" in out
           and "factlint: 2 articles checked: 1 finding (1 error, 0 warnings, 0 infos), 1 skipped\n" in out,
           out + err)
    code, out, err = run(factlint, d, "explain", "quake/houses", "--in", "corpus", env=ENV)
    expect("explain --in skips what the config's max-file-size skips",
           code == 0 and f"corpus/right.md: skipped: {small}\n" in out
           and "explain: 0 claims of 'quake/houses' in 3 articles, 3 skipped\n" in out, out + err)
    scenario.write(os.path.join(d, ".factlint.yaml"), "max-file-size: 10.5M\n")
    code, out, err = run(factlint, d, "check", env=ENV)
    expect("a max-file-size that is no size: an error at its line, exit 2",
           code == 2 and out == "" and err.startswith(".factlint.yaml:1:16: error: 'max-file-size: 10.5M' is no size"),
           out + err)


NOUNS = ["houses", "schools", "doses", "families", "bridges"]


def fact(i):
    """Fact i of the big sheet: its cues, its expect, and a sentence stating it right."""
    tag = f"Depot{i:05d}"
    kind = i % 5
    if kind == 0:
        noun = NOUNS[i // 5 % len(NOUNS)]
        return [r"\bdestroyed\b"], f"{1000 + i * 7:,} {noun}", f"At {tag}, {1000 + i * 7:,} {noun} were destroyed."
    if kind == 1:
        return [r"\brose\b"], f"{i % 90 + 5}%", f"Prices at {tag} rose {i % 90 + 5} percent."
    if kind == 2:
        return [r"\baid\b"], f"US${i % 900 + 10} million", f"{tag} received US${i % 900 + 10} million in aid."
    if kind == 3:
        day = f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}"
        return [r"\breopened\b"], day, f"{tag} reopened on {day}."
    return [r"\btook\b"], f"{i % 60 + 2} days", f"Repairs at {tag} took {i % 60 + 2} days."


def big_sheet(factlint, d, expect):
    lines = ["id: depots", "scope:", "  paths: ['corpus/**']", "facts:"]
    for i in range(FACTS):
        cues, value, _ = fact(i)
        cue_list = ", ".join(f"'{c}'" for c in [rf"\bDepot{i:05d}\b", *cues])
        lines += [f"  - id: d{i:05d}", f"    cues: [{cue_list}]", f"    expect: {value}"]
    scenario.write(os.path.join(d, "rules", "depots.yaml"), "\n".join(lines) + "\n")
    right = [fact(i)[2] for i in (0, 1, 2, 3, 4, 5003, 5005, 9999)]
    wrong = [f"At Depot07775, {1000 + 7775 * 7 + 300:,} houses were destroyed.",  # line 20
             f"Prices at Depot08001 rose {8001 % 90 + 5 + 10} percent."]  # line 22
    scenario.write(os.path.join(d, "corpus", "depots.md"),
                   "---\ndate: 2024-06-01\n---\n" + "\n\n".join(right + wrong) + "\n")
    scenario.write(os.path.join(d, "corpus", "other.md"), "---\ndate: 2024-06-01\n---\n" + fact(42)[2] + "\n")

    code, out, err = run(factlint, d, "rules", "check", env=ENV)
    expect("10,000 facts: the sheet is valid", code == 0 and "10000 facts" in out, out + err)
    code, out, err = run(factlint, d, "check", "--format", "json", env=ENV)
    r = report(code, out)
    found = sorted((f["rule"], f["line"], f["kind"]) for f in r["findings"]) if r else None
    expect("10,000 facts: the planted contradictions found, the right figures not flagged",
           code == 1 and err == "" and r is not None and r["summary"]["articles"] == 2
           and found == [("depots/d07775", 20, "contradiction"), ("depots/d08001", 22, "contradiction")],
           out[:3000] + err)


def big_baseline(factlint, d, expect):
    scenario.write(os.path.join(d, "rules", "quake.yaml"), scenario.QUAKE_SHEET)
    scenario.write(os.path.join(d, "corpus", "wrong.md"), scenario.QUAKE_WRONG)
    path = os.path.join(d, "baseline.json")
    code, out, err = run(factlint, d, "check", "--baseline", path, "--update-baseline", env=ENV)
    expect("baseline: recorded", code == 0 and "1 baselined" in out, out + err)
    with open(path) as f:
        recorded = json.load(f)["findings"]
    entries = recorded + [{"fingerprint": f"{i:016x}", "rule": "quake/houses", "file": f"corpus/old{i:06d}.md",
                           "found": f"{i:,} houses",
                           "sentence": f"The quake destroyed {i:,} houses in the old town, officials said, "
                                       "as rescuers searched the rubble for a third night."}
                          for i in range(100_000)]

    def write_baseline(items):
        with open(path, "w") as f:
            f.write('{\n  "version": 1,\n  "tool": "factlint",\n  "findings": [\n    ')
            f.write(",\n    ".join(json.dumps(e, separators=(",", ":")) for e in items))
            f.write("\n  ]\n}\n")

    write_baseline(entries)
    code, out, err = run(factlint, d, "check", "--baseline", path, env=ENV, timeout=600)
    expect("100,001 baseline entries: the one finding accepted, the rest told as stale",
           code == 0 and "1 baselined" in out and "100000 baselined findings no longer occur" in err,
           out[-1000:] + err[-1000:])
    write_baseline(entries + [{"rule": "quake/houses"}])
    code, out, err = run(factlint, d, "check", "--baseline", path, env=ENV, timeout=600)
    line = 4 + len(entries) + 1  # after "{", version, tool, "findings": [ and the entries
    expect("a broken entry after 100,001: an error at its line and column",
           code == 2 and f"baseline.json:{line}:5: error: baseline entry 100002 has no 'fingerprint' string" in err,
           err[-1000:])


def main():
    factlint, expect = scenario.start("bad input at scale")
    for case in (empty_files, huge_article, big_sheet, big_baseline):
        with tempfile.TemporaryDirectory() as d:
            case(factlint, d, expect)
    return expect.finish()


if __name__ == "__main__":
    sys.exit(main())
