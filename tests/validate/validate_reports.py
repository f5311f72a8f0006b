#!/usr/bin/env python3
"""Validates factlint's CI reports with real validators, on tests/validate/fixture/.

One format per run (--format):
  sarif       against the SARIF 2.1.0 JSON schema (python3-jsonschema), and every
              region's columns recomputed in UTF-16 code units from the article itself
  junit       against the Ant JUnit XSD (xmllint --schema, from libxml2-utils)
  checkstyle  well-formed XML whose errors match the JSON report
  gitlab      Code Quality fields, unique fingerprints, no byte-order mark
  github      one workflow command per finding, nothing else able to start a command

Every report is compared with the JSON report of the same run, so a format cannot
quietly drop findings. The schemas live outside the repository (../shared/schemas
beside it); when they or a validator are missing the test is skipped (exit 77, which
CTest reports as skipped, with the reason printed).
"""

import argparse
import json
import re
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from urllib.parse import unquote

SKIP = 77


def skip(reason):
    print(f"SKIP: {reason}")
    sys.exit(SKIP)


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def run(factlint, fixture, fmt):
    """The report on the fixture; the same bytes with --jobs 1 and --jobs 8."""
    env = dict(os.environ, SOURCE_DATE_EPOCH="1617753600")  # JUnit's timestamp, fixed
    outputs = []
    for jobs in ("1", "8"):
        proc = subprocess.run([factlint, "check", "--format", fmt, "--jobs", jobs], cwd=fixture,
                              capture_output=True, env=env)
        if proc.returncode != 1:
            fail(f"--format {fmt}: exit {proc.returncode}, expected 1 (findings)\n{proc.stderr.decode()}")
        outputs.append(proc.stdout)
    if outputs[0] != outputs[1]:
        fail(f"--format {fmt}: --jobs 1 and --jobs 8 give different reports")
    return outputs[0]


def json_findings(factlint, fixture):
    report = json.loads(run(factlint, fixture, "json"))
    if not report["findings"]:
        fail("the fixture gives no findings")
    return report


def utf16_column(fixture, path, line, column):
    """The UTF-16 column of code point column `column` on line `line` of the article."""
    with open(os.path.join(fixture, path), encoding="utf-8", newline="") as f:
        text = f.read().split("\n")[line - 1]
    return len(text[: column - 1].encode("utf-16-le")) // 2 + 1


def check_sarif(args, expected):
    try:
        import jsonschema
    except ImportError:
        skip("python3-jsonschema is not installed (scripts/setup installs it)")
    schema_path = os.path.join(args.schemas, "sarif-schema-2.1.0.json")
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft4Validator(schema)
    # The validator must be able to fail: the shared invalid example is rejected.
    invalid = os.path.join(args.schemas, "examples", "invalid.sarif")
    if os.path.exists(invalid):
        with open(invalid, encoding="utf-8") as f:
            if validator.is_valid(json.load(f)):
                fail("the schema accepts examples/invalid.sarif: the validator checks nothing")
    sarif = json.loads(run(args.factlint, args.fixture, "sarif"))
    errors = sorted(validator.iter_errors(sarif), key=lambda e: list(e.path))
    if errors:
        fail("SARIF is not valid against the schema:\n" +
             "\n".join(f"  {'/'.join(map(str, e.path))}: {e.message}" for e in errors[:20]))
    run_ = sarif["runs"][0]
    if run_["columnKind"] != "utf16CodeUnits":
        fail("columnKind is not utf16CodeUnits")
    rules = run_["tool"]["driver"]["rules"]
    results = run_["results"]
    if len(results) != len(expected["findings"]):
        fail(f"{len(results)} SARIF results, {len(expected['findings'])} findings in the JSON report")
    shifted = 0
    for result, finding in zip(results, expected["findings"]):
        if rules[result["ruleIndex"]]["id"] != result["ruleId"] or result["ruleId"] != finding["rule"]:
            fail(f"ruleIndex/ruleId do not match the finding's rule {finding['rule']}")
        location = result["locations"][0]["physicalLocation"]
        uri = location["artifactLocation"]["uri"]
        if unquote(uri) != finding["file"] or location["artifactLocation"].get("uriBaseId") != "%SRCROOT%":
            fail(f"artifact URI {uri!r} is not {finding['file']!r} relative to %SRCROOT%")
        region = location["region"]
        want = {
            "startLine": finding["line"],
            "startColumn": utf16_column(args.fixture, finding["file"], finding["line"], finding["column"]),
            "endLine": finding["end_line"],
            "endColumn": utf16_column(args.fixture, finding["file"], finding["end_line"], finding["end_column"]),
        }
        got = {k: region[k] for k in want}
        if got != want:
            fail(f"{finding['file']}:{finding['line']}:{finding['column']}: region {got}, expected {want}")
        shifted += want["startColumn"] != finding["column"]
        if not result["partialFingerprints"]["primaryLocationLineHash"]:
            fail("empty primaryLocationLineHash")
    if shifted == 0:
        fail("no finding follows a character outside the BMP: the fixture no longer tests UTF-16 columns")
    print(f"sarif: valid; {len(results)} results, {shifted} with UTF-16 columns past an emoji")


def xmllint():
    tool = shutil.which("xmllint")
    if not tool:
        skip("xmllint is not installed (libxml2-utils; scripts/setup installs it)")
    return tool


def check_junit(args, expected):
    tool = xmllint()
    xsd = os.path.join(args.schemas, "junit.xsd")
    invalid = os.path.join(args.schemas, "examples", "junit-eslint-style.invalid-against-ant-xsd.xml")
    if os.path.exists(invalid):
        proc = subprocess.run([tool, "--noout", "--schema", xsd, invalid], capture_output=True)
        if proc.returncode == 0:
            fail("xmllint accepts the invalid JUnit example: the schema checks nothing")
    report = run(args.factlint, args.fixture, "junit")
    with tempfile.NamedTemporaryFile(suffix=".xml", delete=False) as f:
        f.write(report)
        path = f.name
    try:
        proc = subprocess.run([tool, "--noout", "--schema", xsd, path], capture_output=True, text=True)
    finally:
        os.unlink(path)
    if proc.returncode != 0:
        fail(f"JUnit XML is not valid against junit.xsd:\n{proc.stderr}")
    root = ET.fromstring(report)
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    articles = suites["factlint.articles"]
    failed = {c.get("name"): c.find("failure") for c in articles.findall("testcase") if c.find("failure") is not None}
    # The run's --fail-on is the default, error: only errors fail a test; the
    # rest are told in the suite's system-out. Every finding is in one place.
    by_file, below = {}, []
    for finding in expected["findings"]:
        if finding["severity"] == "error":
            by_file.setdefault(finding["file"], []).append(finding)
        else:
            below.append(finding)
    if set(failed) != set(by_file):
        fail(f"failed article tests {sorted(failed)} are not the articles with errors {sorted(by_file)}")
    for name, failure in failed.items():
        lines = failure.text.strip().split("\n")
        if len(lines) != len(by_file[name]):
            fail(f"{name}: {len(lines)} lines in the failure, {len(by_file[name])} errors")
    told = (articles.find("system-out").text or "").strip().split("\n")[1:] if below else []
    if len(told) != len(below):
        fail(f"{len(told)} findings below --fail-on in system-out, expected {len(below)}")
    rules = suites["factlint.rules"]
    if rules.get("failures") != "0" or rules.find("testcase/failure") is not None:
        fail("the rules suite fails tests: each finding must fail one test, its article's")
    skipped = [c.get("name") for c in articles.findall("testcase") if c.find("skipped") is not None]
    if skipped != [s["file"] for s in expected["skipped"]]:
        fail(f"skipped tests {skipped}, expected {expected['skipped']}")
    print(f"junit: valid; {len(failed)} failed article tests, {len(below)} findings below --fail-on told, "
          f"{len(skipped)} skipped")


def check_checkstyle(args, expected):
    root = ET.fromstring(run(args.factlint, args.fixture, "checkstyle"))
    if root.tag != "checkstyle" or root.get("version") != "4.3":
        fail("the root is not <checkstyle version=\"4.3\">")
    got = [(f.get("name"), int(e.get("line")), int(e.get("column")), e.get("source"))
           for f in root.findall("file") for e in f.findall("error") if e.get("line")]
    want = [(x["file"], x["line"], x["column"], f"factlint.{x['kind']}.{x['rule'].replace('.', ':')}")
            for x in expected["findings"]]
    if got != want:
        fail(f"checkstyle errors {got} are not the findings {want}")
    # What Jenkins' Warnings NG (analysis-model CheckStyleParser) makes of the
    # source: the type after its last dot, the category the part before that.
    for (_, _, _, source), x in zip(got, expected["findings"]):
        before, _, kind_type = source.rpartition(".")
        category = before.rpartition(".")[2].capitalize()
        if kind_type != x["rule"].replace(".", ":") or category != x["kind"].capitalize():
            fail(f"Warnings NG would read source {source!r} as type {kind_type!r}, category {category!r}")
    print(f"checkstyle: well-formed; {len(got)} errors, each with a Warnings NG type (the rule) and category (the kind)")


def check_gitlab(args, expected):
    raw = run(args.factlint, args.fixture, "gitlab")
    if raw.startswith(b"\xef\xbb\xbf"):
        fail("the GitLab report starts with a byte-order mark")
    issues = json.loads(raw)
    if len(issues) != len(expected["findings"]):
        fail(f"{len(issues)} issues, {len(expected['findings'])} findings")
    prints = [i["fingerprint"] for i in issues]
    if len(set(prints)) != len(prints):
        fail("fingerprints are not unique")
    for issue, finding in zip(issues, expected["findings"]):
        if (issue["location"]["path"] != finding["file"] or issue["location"]["lines"]["begin"] != finding["line"]
                or issue["check_name"] != finding["rule"]
                or issue["severity"] not in ("info", "minor", "major", "critical", "blocker")
                or not issue["description"]):
            fail(f"issue {issue} does not describe {finding}")
    print(f"gitlab: {len(issues)} issues, fingerprints unique")


def check_github(args, expected):
    lines = run(args.factlint, args.fixture, "github").decode("utf-8").split("\n")
    if lines[-1] != "":
        fail("the github report does not end with a newline")
    lines = lines[:-1]
    commands = [l for l in lines if l.startswith("::")]
    if commands != lines:
        fail("a github report line is not a workflow command")
    findings = [l for l in lines if "title=skipped" not in l]
    if len(findings) != len(expected["findings"]):
        fail(f"{len(findings)} annotations, {len(expected['findings'])} findings")
    for line in lines:
        if "\r" in line or "##[" in line or "::" in line[2:].split("::", 1)[1]:
            fail(f"an annotation's message could read as a command: {line!r}")
    print(f"github: {len(findings)} annotations")


def check_text(args, expected):
    """The text report through the shipped GitHub problem matcher (.github/factlint-matcher.json),
    as the runner applies it: each error and warning line gives the finding's file (spaces and
    all), line, column, severity and rule; nothing else matches."""
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "..", ".github", "factlint-matcher.json"), encoding="utf-8") as f:
        pattern = json.load(f)["problemMatcher"][0]["pattern"][0]
    regexp = re.compile(pattern["regexp"])
    lines = run(args.factlint, args.fixture, "text").decode("utf-8").split("\n")
    got = []
    for line in lines:
        m = regexp.match(line)
        if m:
            got.append((m.group(pattern["file"]), int(m.group(pattern["line"])), int(m.group(pattern["column"])),
                        m.group(pattern["severity"]), m.group(pattern["code"])))
    want = [(x["file"], x["line"], x["column"], x["severity"], x["rule"]) for x in expected["findings"]
            if x["severity"] in ("error", "warning")]
    if got != want:
        fail(f"the problem matcher reads {got} from the text report, not the findings {want}")
    if not any(" " in g[0] for g in got):
        fail("the fixture has no finding in a path with a space: the matcher is not tried on one")
    print(f"text: the problem matcher reads {len(got)} findings, paths with spaces included")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--factlint", required=True)
    parser.add_argument("--format", required=True,
                        choices=["sarif", "junit", "checkstyle", "gitlab", "github", "text"])
    parser.add_argument("--fixture", default=os.path.join(here, "fixture"))
    parser.add_argument("--schemas", default=os.path.join(here, "..", "..", "..", "shared", "schemas"))
    args = parser.parse_args()
    args.factlint = os.path.abspath(args.factlint)
    needs_schema = {"sarif": "sarif-schema-2.1.0.json", "junit": "junit.xsd"}
    if args.format in needs_schema and not os.path.exists(os.path.join(args.schemas, needs_schema[args.format])):
        skip(f"{os.path.join(os.path.abspath(args.schemas), needs_schema[args.format])} not found "
             "(the shared schemas live beside the repository in ../shared/schemas)")
    expected = json_findings(args.factlint, args.fixture)
    globals()["check_" + args.format](args, expected)


if __name__ == "__main__":
    main()
