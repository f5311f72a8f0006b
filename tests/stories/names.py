#!/usr/bin/env python3
"""Measures the possible-misspelling check (names the sheet does not list).

Two labelled sets, both written before the check existed:

1. tests/data/near-names.yaml: 211 sentences in 12 real stories, each with one
   labelled span: a misspelling of a declared person, or a name that must not
   be reported (another real person, an everyday word, a place, a standard
   transliteration, the declared name itself). Every sentence becomes an
   article of its group's story; the group's people become a names-only sheet.
2. The real-story sets (tests/stories/*/*): each story's first-draft sheet with
   its `misspellings:` lists removed, so every labelled misspelling is
   unlisted; the story's labels (`expect: misspelling`) say where they are.

A possible-misspelling finding is right when it overlaps a labelled
misspelling of that person; every other one is a false alarm.

usage: names.py --factlint build/factlint [--json out.json] [--verbose]
       [--min-precision P] [--min-recall R]   (the near-names set; exit 1 below)
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import evaluate  # noqa: E402  (labels, spans)


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def run(factlint, cwd, rules, paths):
    cmd = [factlint, "check", "--rules", rules, "--format", "json", "--fail-on", "never", "--jobs", "1", *paths]
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}:\n{proc.stderr}")
    return json.loads(proc.stdout)


def near_names(factlint, verbose):
    with open(os.path.join(ROOT, "tests", "data", "near-names.yaml"), encoding="utf-8") as f:
        data = yaml.safe_load(f)
    right = wrong = missed = expected = 0
    problems = []
    with tempfile.TemporaryDirectory(prefix="factlint-names-") as work:
        os.makedirs(os.path.join(work, "rules"))
        os.makedirs(os.path.join(work, "corpus"))
        spans = {}  # file -> (begin, end, expected person id or None, why)
        for g, group in enumerate(data["groups"]):
            sheet = slug(group["story"])
            people = {}
            ids = {}
            for p, person in enumerate(group["people"]):
                pid = f"p{p}"
                ids[person["name"]] = pid
                people[pid] = {"name": person["name"], "also": list(person.get("aliases") or [])}
            with open(os.path.join(work, "rules", f"{sheet}.yaml"), "w", encoding="utf-8") as out:
                yaml.safe_dump({"id": sheet, "scope": {"paths": [f"corpus/{sheet}/**"]}, "people": people}, out,
                               allow_unicode=True, sort_keys=False)
            os.makedirs(os.path.join(work, "corpus", sheet))
            for c, case in enumerate(group["cases"]):
                file = f"corpus/{sheet}/{c:03d}.md"
                text = case["sentence"] + "\n"
                with open(os.path.join(work, file), "w", encoding="utf-8") as out:
                    out.write(text)
                begin = text.index(case["span"])
                person = None if case["expect"] == "none" else ids[case["expect"]]
                spans[file] = (begin, begin + len(case["span"]), person, case)
                expected += person is not None
        report = run(factlint, work, "rules", ["corpus"])
        cache = {}
        found = set()
        for f in report["findings"]:
            if f["kind"] != "possible-misspelling":
                continue
            begin, end = evaluate.span_of(f, work, cache)
            lo, hi, person, case = spans[f["file"]]
            hit = person is not None and lo < end and begin < hi and f["rule"].endswith(f"people.{person}")
            if hit and f["file"] not in found:
                right += 1
                found.add(f["file"])
            else:
                wrong += 1
                problems.append(f"false alarm: {case['sentence']!r}: {f['found']!r} -> {f['expected']} "
                                f"(labelled {case['expect']}: {case.get('why', '')})")
        for file, (lo, hi, person, case) in sorted(spans.items()):
            if person is not None and file not in found:
                missed += 1
                problems.append(f"missed: {case['span']!r} for {case['expect']} ({case.get('why', '')})")
    result = {"set": "near-names", "cases": len(spans), "expected": expected, "right": right,
              "false_alarms": wrong, "missed": missed,
              "precision": right / (right + wrong) if right + wrong else 1.0,
              "recall": right / expected if expected else 1.0}
    print(f"near-names: {result['cases']} cases, {expected} misspellings: {right} found, {wrong} false alarms, "
          f"{missed} missed; precision {result['precision']:.2f}, recall {result['recall']:.2f}")
    if verbose:
        for p in problems:
            print("  " + p)
    return result


def stories(factlint, verbose):
    results = []
    for group in ("dev", "heldout"):
        base = os.path.join(HERE, group)
        for name in sorted(os.listdir(base)):
            story = os.path.join(base, name)
            labels = [l for l in evaluate.load_labels(story) if "misspelling" in l["expect"]]
            with tempfile.TemporaryDirectory(prefix="factlint-names-") as work:
                shutil.copytree(os.path.join(story, "corpus"), os.path.join(work, "corpus"))
                os.makedirs(os.path.join(work, "rules"))
                for sheet in os.listdir(os.path.join(story, "rules")):
                    with open(os.path.join(story, "rules", sheet), encoding="utf-8") as f:
                        text = f.read()
                    text = re.sub(r"(?m)^\s+misspellings:\s*\[[^\]]*\]\s*\n", "", text)
                    with open(os.path.join(work, "rules", sheet), "w", encoding="utf-8") as f:
                        f.write(text)
                report = run(factlint, work, "rules", ["corpus"])
                cache = {}
                right = wrong = 0
                used = set()
                problems = []
                for f in report["findings"]:
                    if f["kind"] not in ("possible-misspelling", "misspelling"):
                        continue
                    begin, end = evaluate.span_of(f, work, cache)
                    person = f["rule"].split("/", 1)[1]
                    hit = [i for i, l in enumerate(labels) if l["file"] == f["file"] and l["begin"] < end
                           and begin < l["end"] and l["fact"] in (person, person.replace("sources.", "people."))]
                    if hit:
                        right += 1
                        used.update(hit)
                    else:
                        wrong += 1
                        problems.append(f"false alarm: {f['file']}:{f['line']}: {f['found']!r} -> {f['expected']}")
                for i, l in enumerate(labels):
                    if i not in used:
                        problems.append(f"missed: {l['file']}: {l['at']!r} ({l['fact']})")
            r = {"story": f"{group}/{name}", "labelled": len(labels), "right": right, "false_alarms": wrong,
                 "missed": len(labels) - len(used)}
            results.append(r)
            print(f"{r['story']} (misspellings unlisted): {len(labels)} labelled misspellings: {len(used)} found, "
                  f"{wrong} false alarms")
            if verbose:
                for p in problems:
                    print("  " + p)
    right = sum(r["right"] for r in results)
    wrong = sum(r["false_alarms"] for r in results)
    labelled = sum(r["labelled"] for r in results)
    found = labelled - sum(r["missed"] for r in results)
    print(f"stories (misspellings unlisted): {labelled} labelled misspellings: {found} found, {wrong} false alarms; "
          f"precision {right / (right + wrong) if right + wrong else 1.0:.2f}, "
          f"recall {found / labelled if labelled else 1.0:.2f}")
    return results


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--factlint", required=True)
    parser.add_argument("--json")
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--min-precision", type=float)
    parser.add_argument("--min-recall", type=float)
    args = parser.parse_args()
    factlint = os.path.abspath(args.factlint)
    near = near_names(factlint, args.verbose)
    story_results = stories(factlint, args.verbose)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"near_names": near, "stories": story_results}, f, indent=2)
    failed = False
    if args.min_precision is not None and near["precision"] < args.min_precision:
        print(f"names: FAIL: near-names precision {near['precision']:.3f} is below {args.min_precision}")
        failed = True
    if args.min_recall is not None and near["recall"] < args.min_recall:
        print(f"names: FAIL: near-names recall {near['recall']:.3f} is below {args.min_recall}")
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
