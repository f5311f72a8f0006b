#!/usr/bin/env python3
"""Measures factlint on real stories against labels written before it was run.

Each story folder (tests/stories/<set>/<story>/) holds articles (corpus/), the
first-draft fact sheet (rules/, never edited after it was written), optionally a
tuned copy (tuned/), and labels.yaml: every place an article states a value of
one of the sheet's facts, or misspells a name, with the findings an editor
expects there. See tests/stories/README.md for the format and how the sets were
built.

For each story this runs `factlint check` on the articles and compares:
  - a finding counts as right (true positive) when a label expects that kind of
    finding for that fact on words overlapping the finding's span (a
    possible-misspelling, a warning for an unlisted name, answers a label
    `misspelling`: labels predate it, and name every misspelled name);
  - every other finding is a false alarm;
  - every expected finding with no matching finding is a miss.
It also changes every labelled value to the label's `wrong` value, one per
article per run, and counts how many of those changes factlint reports as a
contradiction of that fact at that place (mutation recall).

usage: evaluate.py --factlint build/factlint [--sheets first-draft|tuned]
                   [--floors floors.yaml] [--json out.json] [--verbose] [STORY...]
With no STORY, every story under tests/stories/dev and tests/stories/heldout.
Exit status: 0, or 1 when a figure falls below its floor, 2 on bad labels.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"none", "contradiction", "missing-attribution", "misattribution", "misspelling", "outdated", "premature"}


class LabelError(Exception):
    pass


def line_starts(text):
    starts = [0]
    for i, c in enumerate(text):
        if c == "\n":
            starts.append(i + 1)
    return starts


def offset_of(starts, line, column):
    """Character offset of a 1-based line and code-point column."""
    if line - 1 >= len(starts):
        return starts[-1]
    return starts[line - 1] + column - 1


def load_labels(story):
    path = os.path.join(story, "labels.yaml")
    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f) or {}
    labels = []
    for name, items in (data.get("articles") or {}).items():
        file = os.path.join("corpus", name)
        full = os.path.join(story, file)
        if not os.path.exists(full):
            raise LabelError(f"{path}: no article '{name}'")
        with open(full, encoding="utf-8", newline="") as f:
            text = f.read()
        for n, item in enumerate(items or []):
            where = f"{path}: {name} label {n + 1}"
            for key in ("in", "at", "fact", "expect"):
                if key not in item:
                    raise LabelError(f"{where}: missing '{key}'")
            snippet, at = str(item["in"]), str(item["at"])
            count = text.count(snippet)
            if count != 1:
                raise LabelError(f"{where}: 'in' snippet occurs {count} times: {snippet!r}")
            inner = snippet.find(at)
            if inner < 0:
                raise LabelError(f"{where}: 'at' {at!r} is not inside 'in' {snippet!r}")
            expect = item["expect"]
            expect = [expect] if isinstance(expect, str) else list(expect)
            for e in expect:
                if e not in KINDS:
                    raise LabelError(f"{where}: unknown expect '{e}'")
            expect = [e for e in expect if e != "none"]
            begin = text.find(snippet) + inner
            labels.append({
                "file": file, "begin": begin, "end": begin + len(at), "at": at,
                "fact": str(item["fact"]), "expect": expect,
                "wrong": None if item.get("wrong") is None else str(item["wrong"]),
                "in": snippet, "used": set(),
            })
    return labels


def sheet_facts(rules_dir):
    ids = set()
    for name in sorted(os.listdir(rules_dir)):
        if not name.endswith((".yaml", ".yml")):
            continue
        with open(os.path.join(rules_dir, name), encoding="utf-8") as f:
            sheet = yaml.safe_load(f) or {}
        for fact in sheet.get("facts") or []:
            ids.add(str(fact.get("id")))
        for person in (sheet.get("people") or {}):
            ids.add(f"people.{person}")
        for source in (sheet.get("sources") or {}):
            ids.add(f"sources.{source}")  # factlint's rule id for a source's name
            ids.add(f"people.{source}")   # older labels wrote sources as people
    return ids


def run_check(factlint, cwd, rules_dir, paths):
    cmd = [factlint, "check", "--rules", rules_dir, "--format", "json", "--fail-on", "never",
           "--jobs", "1", *paths]
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} (in {cwd}) exited {proc.returncode}:\n{proc.stderr}")
    return json.loads(proc.stdout)


def fact_of(rule):
    return rule.split("/", 1)[1] if "/" in rule else rule


def file_text(root, file, cache):
    if file not in cache:
        with open(os.path.join(root, file), encoding="utf-8", newline="") as f:
            text = f.read()
        cache[file] = (text, line_starts(text))
    return cache[file]


def span_of(finding, root, cache):
    _, starts = file_text(root, finding["file"], cache)
    begin = offset_of(starts, finding["line"], finding["column"])
    end = offset_of(starts, finding["end_line"], finding["end_column"])
    return begin, max(end, begin + 1)


def compare(findings, labels, root):
    """Splits findings into right ones and false alarms; marks labels found."""
    cache = {}
    by_file = {}
    for label in labels:
        label["used"] = set()
        by_file.setdefault(label["file"], []).append(label)
    right, false_alarms = [], []
    for f in findings:
        begin, end = span_of(f, root, cache)
        fact = fact_of(f["rule"])
        match = None
        at_label = None
        kind = "misspelling" if f["kind"] == "possible-misspelling" else f["kind"]
        for label in by_file.get(f["file"], []):
            if label["begin"] < end and begin < label["end"]:
                if label["fact"] == fact and kind in label["expect"]:
                    match = label
                    break
                at_label = label
        if match:
            match["used"].add(kind)
            right.append(f)
        else:
            f = dict(f)
            f["at_label"] = None if at_label is None else at_label["in"]
            false_alarms.append(f)
    missed = [(label, kind) for label in labels for kind in label["expect"]
              if kind not in label["used"]]
    return right, false_alarms, missed


def mutation_recall(factlint, story, rules_dir, labels):
    """Each labelled value changed to its `wrong` form must give a contradiction."""
    todo = [l for l in labels if l["wrong"] is not None and not l["fact"].startswith(("people.", "sources."))]
    by_file = {}
    for label in todo:
        by_file.setdefault(label["file"], []).append(label)
    caught, missed = 0, []
    rounds = max((len(v) for v in by_file.values()), default=0)
    with tempfile.TemporaryDirectory(prefix="factlint-eval-") as work:
        shutil.copytree(os.path.join(story, rules_dir), os.path.join(work, rules_dir))
        for r in range(rounds):
            corpus = os.path.join(work, "corpus")
            if os.path.exists(corpus):
                shutil.rmtree(corpus)
            os.makedirs(corpus)
            changed = {}
            for file, items in by_file.items():
                if r >= len(items):
                    continue
                label = items[r]
                with open(os.path.join(story, file), encoding="utf-8", newline="") as f:
                    text = f.read()
                text = text[:label["begin"]] + label["wrong"] + text[label["end"]:]
                with open(os.path.join(work, file), "w", encoding="utf-8", newline="") as f:
                    f.write(text)
                changed[file] = label
            if not changed:
                continue
            report = run_check(factlint, work, rules_dir, sorted(changed))
            cache = {}
            for file, label in changed.items():
                begin = label["begin"]
                end = begin + len(label["wrong"])
                hit = False
                for f in report["findings"]:
                    if f["file"] != file or f["kind"] != "contradiction" or fact_of(f["rule"]) != label["fact"]:
                        continue
                    fb, fe = span_of(f, work, cache)
                    if fb < end and begin < fe:
                        hit = True
                        break
                if hit:
                    caught += 1
                else:
                    missed.append(label)
    return caught, len(todo), missed


def ratio(a, b):
    return a / b if b else 1.0


def evaluate(factlint, story, sheets, mutations):
    rules_dir = "tuned" if sheets == "tuned" else "rules"
    if not os.path.isdir(os.path.join(story, rules_dir)):
        return None
    labels = load_labels(story)
    facts = sheet_facts(os.path.join(story, "rules"))
    for label in labels:
        if label["fact"] not in facts:
            raise LabelError(f"{story}/labels.yaml: unknown fact '{label['fact']}'")
    report = run_check(factlint, story, rules_dir, ["corpus"])
    right, false_alarms, missed = compare(report["findings"], labels, story)
    result = {
        "story": os.path.relpath(story, HERE),
        "sheets": rules_dir,
        "articles": report["summary"]["articles"],
        "skipped": report["summary"]["skipped"],
        "labels": len(labels),
        "expected": sum(len(l["expect"]) for l in labels),
        "findings": len(report["findings"]),
        "right": len(right),
        "false_alarms": false_alarms,
        "missed": [{"file": l["file"], "in": l["in"], "at": l["at"], "fact": l["fact"], "kind": k}
                   for l, k in missed],
    }
    result["precision"] = ratio(len(right), len(right) + len(false_alarms))
    result["recall"] = ratio(result["expected"] - len(missed), result["expected"])
    if mutations:
        caught, total, mutation_missed = mutation_recall(factlint, story, rules_dir, labels)
        result["mutations"] = total
        result["mutations_caught"] = caught
        result["mutation_recall"] = ratio(caught, total)
        result["mutations_missed"] = [{"file": l["file"], "in": l["in"], "at": l["at"],
                                       "wrong": l["wrong"], "fact": l["fact"]} for l in mutation_missed]
    return result


def print_result(r, verbose):
    line = (f"{r['story']} [{r['sheets']}]: {r['articles']} articles, {r['labels']} labels, "
            f"{r['expected']} expected findings; {r['findings']} findings: {r['right']} right, "
            f"{len(r['false_alarms'])} false alarms, {len(r['missed'])} missed; "
            f"precision {r['precision']:.2f}, recall {r['recall']:.2f}")
    if "mutations" in r:
        line += f"; changed values caught {r['mutations_caught']}/{r['mutations']} ({r['mutation_recall']:.2f})"
    print(line)
    if not verbose:
        return
    for f in r["false_alarms"]:
        where = " (at a labelled statement)" if f["at_label"] else ""
        print(f"  false alarm{where}: {f['file']}:{f['line']}:{f['column']}: {f['kind']} {f['rule']}: "
              f"{f['message']}\n      {f['sentence']}")
    for m in r["missed"]:
        print(f"  missed: {m['file']}: {m['kind']} {m['fact']} at {m['at']!r} in {m['in']!r}")
    for m in r.get("mutations_missed", []):
        print(f"  changed value not caught: {m['file']}: {m['fact']} {m['at']!r} -> {m['wrong']!r} in {m['in']!r}")


def stories_of(args):
    if args.stories:
        return [os.path.abspath(s) for s in args.stories]
    found = []
    for group in ("dev", "heldout"):
        base = os.path.join(HERE, group)
        if os.path.isdir(base):
            found += [os.path.join(base, d) for d in sorted(os.listdir(base))
                      if os.path.exists(os.path.join(base, d, "labels.yaml"))]
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--factlint", required=True)
    parser.add_argument("--sheets", choices=["first-draft", "tuned"], default="first-draft")
    parser.add_argument("--floors", help="YAML: story -> {precision, recall, mutation_recall} minimums")
    parser.add_argument("--json", help="write the results here")
    parser.add_argument("--no-mutations", action="store_true")
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("stories", nargs="*")
    args = parser.parse_args()
    factlint = os.path.abspath(args.factlint)

    results = []
    try:
        for story in stories_of(args):
            r = evaluate(factlint, story, args.sheets, not args.no_mutations)
            if r is None:
                continue
            print_result(r, args.verbose)
            results.append(r)
    except LabelError as e:
        print(f"evaluate: error: {e}", file=sys.stderr)
        return 2
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=2, ensure_ascii=False)

    failed = 0
    if args.floors:
        with open(args.floors, encoding="utf-8") as f:
            floors = yaml.safe_load(f) or {}
        for r in results:
            floor = floors.get(r["story"], {}).get(r["sheets"], {})
            for key, minimum in floor.items():
                if key in r and r[key] + 1e-9 < minimum:
                    print(f"evaluate: FAIL: {r['story']} [{r['sheets']}]: {key} {r[key]:.3f} is below its floor {minimum}")
                    failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
