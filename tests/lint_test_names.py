#!/usr/bin/env python3
"""Fails when a Catch2 test name would make its CTest entry run nothing.

catch_discover_tests passes each test's name to the test binary as a filter. Catch2 reads a
comma in a filter as "or", treats a leading '~' or '[' specially and a leading '-' as an option, so such a test would match
nothing and "pass" without running. Names must also be unique within a binary.
"""
import os
import re
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "unit")
pattern = re.compile(r'(?:TEST_CASE|SCENARIO)\s*\(\s*"((?:[^"\\]|\\.)*)"')
problems, seen = [], {}
for folder, _, files in os.walk(root):
    for name in sorted(files):
        if not name.endswith(".cc"):
            continue
        path = os.path.join(folder, name)
        text = open(path, encoding="utf-8").read()
        for m in pattern.finditer(text):
            test, line = m.group(1), text.count("\n", 0, m.start()) + 1
            where = f"{os.path.relpath(path)}:{line}"
            if "," in test or test.startswith(("~", "[", "-")) or "\\" in test:
                problems.append(f"{where}: test name '{test}' has a character Catch2 reads as a filter")
            key = (os.path.basename(folder), test)
            if key in seen:
                problems.append(f"{where}: test name '{test}' already used at {seen[key]}")
            seen[key] = where
for p in problems:
    print(p)
print(f"{len(seen)} test names checked, {len(problems)} problems")
sys.exit(1 if problems else 0)
