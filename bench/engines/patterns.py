#!/usr/bin/env python3
"""The patterns of a rules/ folder, one RE2 regex a line, for bench/engines.

usage: patterns.py RULES_DIR {cues,all} [CUES_CC]

cues  every fact's `cues`, sorted and unique: for a corpus made by
      bench/scale/generate.py this is its cues.txt, the file bench/scale/run.sh
      gives ripgrep.
all   what one combined pass per article would look for (issue 12): the cues
      and `unless` of every fact, every sheet's scope `mentions` and
      `attribution_cues`, each name form of every person and source (the name
      and each `also`, as whole words the way checker/rules/compile_rules.cc's
      whole_words() writes them: `\\bShah\\s+Mahmood\\s+Qureshi\\b`), each
      misspelling the same way, and each built-in attribution cue of
      checker/attribution/cues.cc (CUES_CC) as `\\b(?:WORD)\\b`.

Every pattern is matched ignoring case by the benchmark. factlint matches
misspellings with case (everything else ignoring it); for the benchmark that
only means a misspelling pattern may match a little more often.
"""
import os
import re
import sys

import yaml


def quote_meta(text):
    """RE2::QuoteMeta: a backslash before every ASCII byte but letters, digits and '_'."""
    return "".join("\\" + c if ord(c) < 128 and not (c.isalnum() or c == "_") else c for c in text)


def whole_words(name):
    words = name.split()
    regex = r"\s+".join(quote_meta(w) for w in words)
    if not words:
        return ""
    word = re.compile(r"[A-Za-z0-9_]")
    if word.match(words[0][0]):
        regex = r"\b" + regex
    if word.match(words[-1][-1]):
        regex += r"\b"
    return regex


def builtin_cues(cues_cc):
    """The string literals inside the constexpr cue arrays of cues.cc."""
    text = open(cues_cc, encoding="utf-8").read()
    out = []
    for block in re.findall(r"constexpr std::string_view k\w+\[\] = \{(.*?)\};", text, re.S):
        block = re.sub(r"//[^\n]*", "", block)
        for lit in re.findall(r'"((?:[^"\\]|\\.)*)"', block):
            out.append(r"\b(?:" + lit.encode().decode("unicode_escape") + r")\b")
    return out


def main():
    rules_dir, which = sys.argv[1], sys.argv[2]
    cues_cc = sys.argv[3] if len(sys.argv) > 3 else None
    patterns = []
    for name in sorted(os.listdir(rules_dir)):
        if not name.endswith((".yaml", ".yml")):
            continue
        with open(os.path.join(rules_dir, name), encoding="utf-8") as f:
            sheet = yaml.safe_load(f) or {}
        for fact in sheet.get("facts") or []:
            patterns += fact.get("cues") or []
            if which == "all":
                patterns += fact.get("unless") or []
        if which != "all":
            continue
        patterns += (sheet.get("scope") or {}).get("mentions") or []
        patterns += sheet.get("attribution_cues") or []
        for group in ("people", "sources"):
            for person in (sheet.get(group) or {}).values():
                for form in [person.get("name")] + list(person.get("also") or []) + list(person.get("misspellings") or []):
                    if form and str(form).strip():
                        patterns.append(whole_words(str(form)))
    if which == "all" and cues_cc:
        patterns += builtin_cues(cues_cc)
    for p in sorted(set(patterns)):
        print(p)


if __name__ == "__main__":
    main()
