#!/usr/bin/env python3
"""Real articles about other stories are told from their bytes, and reported as when made into text.

A newsroom's archive in small, from the ten real stories under tests/stories/:
each story's articles checked against the other nine stories' sheets, so that
every article is about a story those sheets do not cover. Checked alone (ten
or twelve articles: too few for the mention filter, rules/mention_filter.h),
each article is made into text; copied 70 times into one run, most are told
from their bytes (--stats). Every copy must be reported exactly as its
original: the same findings, notices, uncovered reason and warnings. Prints
how many articles each story had told from their bytes.
"""
import glob
import json
import os
import shutil
import tempfile

import scenario

ENV = {"NO_COLOR": "1", "FORCE_COLOR": "", "CLICOLOR_FORCE": "", "GITHUB_STEP_SUMMARY": ""}
STORIES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "stories")
COPIES = 70
# The ten stories this test was written with (its figures, printed below, are
# for them); stories added later are left to tests/stories/evaluate.py.
TEN = ("holmes-sentencing-2022", "imf-pakistan-sba-2023", "ludian-earthquake-2014", "nigeria-presidential-2023",
       "india-budget-2023", "kiptum-chicago-marathon-2023", "libya-derna-floods-2023", "morocco-earthquake-2023",
       "noto-earthquake-2024", "turkey-syria-earthquake-2023")


def per_article(report, prefix):
    """The JSON report's items by article, its path with `prefix` taken off."""
    items = {}
    for key in ("findings", "notices", "uncovered", "skipped"):
        for item in report[key]:
            path = item["file"]
            if not path.startswith(prefix):
                continue
            rest = path[len(prefix):]
            item = dict(item, file=rest)
            items.setdefault(rest, []).append(json.dumps([key, item], sort_keys=True))
    return {k: sorted(v) for k, v in items.items()}


def main():
    factlint, expect = scenario.start("real articles told from their bytes")
    stories = sorted(r for r in glob.glob(os.path.join(STORIES, "*", "*", "rules"))
                     if os.path.basename(os.path.dirname(r)) in TEN)
    expect("ten stories", len(stories) == 10, str(stories))
    told_in_all = 0
    for rules in stories:
        story = os.path.dirname(rules)
        name = os.path.basename(story)
        with tempfile.TemporaryDirectory() as root:
            os.makedirs(os.path.join(root, "rules"))
            for other in stories:
                if other != rules:
                    for sheet in glob.glob(os.path.join(other, "*.yaml")):
                        shutil.copy(sheet, os.path.join(root, "rules"))
            shutil.copytree(os.path.join(story, "corpus"), os.path.join(root, "corpus", "alone"))
            code, out, err = scenario.run(factlint, root, "check", "--format", "json", "--stats", "corpus/alone",
                                          env=ENV)
            expect(f"{name}: alone, no article told from its bytes", "told from their bytes" not in err, err)
            alone = per_article(json.loads(out), "corpus/alone/")
            warnings = sorted(line.replace("corpus/alone/", "") for line in err.splitlines()
                              if ": warning: " in line and "corpus/alone/" in line)
            shutil.rmtree(os.path.join(root, "corpus", "alone"))
            for k in range(COPIES):
                shutil.copytree(os.path.join(story, "corpus"), os.path.join(root, "corpus", "copies", f"c{k:02}"))
            code2, out, err = scenario.run(factlint, root, "check", "--format", "json", "--stats", env=ENV)
            told = [line for line in err.splitlines() if "told from their bytes" in line]
            count = int(told[0].split("stats: ")[1].split(" of ")[0]) if told else 0
            told_in_all += count
            print(f"{name}: {count} of {COPIES * len(os.listdir(os.path.join(story, 'corpus')))} articles told from "
                  "their bytes")
            copies = json.loads(out)
            for k in range(COPIES):
                prefix = f"corpus/copies/c{k:02}/"
                mine = per_article(copies, prefix)
                expect(f"{name}: copy {k} reported as the article alone", mine == alone,
                       json.dumps({"alone": alone, "copy": mine}, indent=1)[:3000])
                copy_warnings = sorted(line.replace(prefix, "") for line in err.splitlines()
                                       if ": warning: " in line and prefix in line)
                expect(f"{name}: copy {k}: the same warnings", copy_warnings == warnings,
                       "\n".join(copy_warnings + ["--"] + warnings))
            expect(f"{name}: the same exit code", code2 == code, f"{code2} {code}")
    expect("most articles told from their bytes", told_in_all > 4000, str(told_in_all))
    return expect.finish()


if __name__ == "__main__":
    raise SystemExit(main())
