#!/usr/bin/env python3
"""Keeps schemas/*.schema.json in step with factlint's own loader.

Usage: python3 tests/schema/check_schemas.py --factlint PATH/TO/factlint [--root /work/main]

1. Finds every fact sheet in the repository (YAML files in a folder named rules/,
   sheets/ or tuned/: rules/*.yaml, tests/golden/*/rules/**, tests/stories/*/*/rules and
   tuned/, tests/fuzz/sheets/, examples/**/rules/ ...) and every project config
   (.factlint.yaml, plus the files golden cases pass with --config).
2. Asks factlint about each one:
     sheet:  `factlint rules check SHEET`, run in a scratch folder holding a copy of the
             nearest .factlint.yaml above the sheet (when factlint accepts that config), so
             the sheet's `expect` values read with its newsroom's settings. Accepted: exit 0.
             Refused: exit 2 with an error located in the sheet itself.
     config: `factlint check --config CONFIG --rules PROBE --baseline PROBE PROBE.md` on a
             copy in a scratch folder (so reports it asks for land there), with a trivial
             sheet, article and empty baseline. Refused: exit 2 with an error located in the
             config. This also runs the check of report formats, done after loading.
3. Asserts that every file factlint accepts validates against its schema, and that every
   file under tests/schema/broken/ (sheets) and tests/schema/broken/config/ (configs) is
   refused by both. Files factlint refuses elsewhere are deliberately broken fixtures
   (tests/golden/sheet-errors, ci-config-errors, ...): counted, not judged.
4. Prints one summary line; exits 1 on any failure.

YAML is read the way editors' yaml-language-server reads it (YAML 1.2 core schema): dates
and times stay strings, only true/false are booleans, no sexagesimal numbers. Each file is
validated with Draft 2020-12 and with Draft 7 (what the editors implement); the two must agree.
"""
import argparse
import concurrent.futures
import json
import math
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

import jsonschema
import yaml

SHEET_SCHEMA = "schemas/fact-sheet.schema.json"
CONFIG_SCHEMA = "schemas/factlint-config.schema.json"
BROKEN = "tests/schema/broken"
BROKEN_CONFIG = "tests/schema/broken/config"
SHEET_FOLDERS = {"rules", "sheets", "tuned"}
CONFIG_NAME = ".factlint.yaml"


# --- YAML as the yaml-language-server sees it (YAML 1.2 core schema) ---------------------

class Core12Loader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 core-schema scalars: no timestamps, no yes/no booleans,
    no sexagesimal or 1.1 octal numbers."""


Core12Loader.yaml_implicit_resolvers = {}
_RESOLVERS = [
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", list("~nN") + [""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    ("tag:yaml.org,2002:float",
     r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
     list("-+.0123456789")),
]
for _tag, _regex, _first in _RESOLVERS:
    Core12Loader.add_implicit_resolver(_tag, re.compile(_regex), _first)


def scalar_value(node):
    text = node.value
    if node.tag == "tag:yaml.org,2002:null":
        return None
    if node.tag == "tag:yaml.org,2002:bool":
        return text.lower() == "true"
    if node.tag == "tag:yaml.org,2002:int":
        try:
            if text.startswith("0o"):
                return int(text[2:], 8)
            if text.startswith("0x"):
                return int(text[2:], 16)
            return int(text, 10)
        except ValueError:
            return text
    if node.tag == "tag:yaml.org,2002:float":
        lower = text.lower().lstrip("+")
        if lower in (".inf", "-.inf"):
            return -math.inf if lower.startswith("-") else math.inf
        if lower == ".nan":
            return math.nan
        try:
            return float(text)
        except ValueError:
            return text
    return text  # strings, quoted scalars and any other tag: the text


def to_json(node):
    """A composed YAML node as JSON-like data; mapping keys are their source text."""
    if isinstance(node, yaml.ScalarNode):
        return scalar_value(node)
    if isinstance(node, yaml.SequenceNode):
        return [to_json(item) for item in node.value]
    result = {}
    for key, value in node.value:
        name = key.value if isinstance(key, yaml.ScalarNode) else yaml.serialize(key).strip()
        result[name] = to_json(value)
    return result


def load_yaml(path):
    """The first document as JSON-like data, or raises yaml.YAMLError."""
    with open(path, encoding="utf-8-sig") as f:
        docs = list(yaml.compose_all(f, Loader=Core12Loader))
    while docs and docs[-1] is None:
        docs.pop()
    if not docs:
        return None
    return to_json(docs[0])


# --- what the schemas say ------------------------------------------------------------------

class Schema:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(self.schema)
        self.v2020 = jsonschema.Draft202012Validator(self.schema)
        # What the editors implement: Draft 7 semantics on the same document.
        self.v7 = jsonschema.Draft7Validator(self.schema)

    def errors(self, path):
        """(list of error strings, disagreement note or None); no errors: accepted."""
        try:
            data = load_yaml(path)
        except (yaml.YAMLError, UnicodeDecodeError) as e:
            return [f"not YAML an editor can read: {str(e).splitlines()[0]}"], None
        found = sorted(self.v2020.iter_errors(data), key=lambda e: list(e.absolute_path))
        ok7 = self.v7.is_valid(data)
        note = None
        if ok7 != (not found):
            note = f"Draft 2020-12 says {'valid' if not found else 'invalid'}, Draft 7 says {'valid' if ok7 else 'invalid'}"
        return [describe(e) for e in found], note


def describe(error):
    best = jsonschema.exceptions.best_match([error])
    where = "/".join(str(p) for p in best.absolute_path) or "(top)"
    return f"at {where}: {best.message}"


# --- what factlint says ----------------------------------------------------------------------

PROBE_SHEET = """id: schema-probe
facts:
  - id: probe
    cues: ['\\bzzqxprobe\\b']
    expect: 1
"""
PROBE_ARTICLE = "---\ntitle: probe\ndate: 2021-01-01\n---\nNothing to see here.\n"
PROBE_BASELINE = '{\n  "version": 1,\n  "tool": "factlint",\n  "findings": []\n}\n'


def run(factlint, args, cwd):
    env = dict(os.environ, NO_COLOR="1", TERM="dumb")
    env.pop("GITHUB_STEP_SUMMARY", None)
    proc = subprocess.run([factlint] + args, cwd=cwd, capture_output=True, text=True, env=env,
                          timeout=120, stdin=subprocess.DEVNULL)
    return proc.returncode, proc.stdout, proc.stderr


def errors_in(stderr, path):
    """stderr lines that are errors located in `path`."""
    return [line for line in stderr.splitlines()
            if line.startswith(path + ":") and " error: " in line]


class Verdict:
    def __init__(self, accepted, detail="", unclear=False):
        self.accepted = accepted
        self.detail = detail
        self.unclear = unclear  # factlint neither accepted nor refused the file itself


def config_verdict(factlint, path):
    with tempfile.TemporaryDirectory(prefix="factlint-schema-") as tmp:
        copy = os.path.join(tmp, os.path.basename(path))
        shutil.copyfile(path, copy)
        os.makedirs(os.path.join(tmp, "probe-rules"))
        with open(os.path.join(tmp, "probe-rules", "probe.yaml"), "w") as f:
            f.write(PROBE_SHEET)
        with open(os.path.join(tmp, "probe-article.md"), "w") as f:
            f.write(PROBE_ARTICLE)
        with open(os.path.join(tmp, "probe-baseline.json"), "w") as f:
            f.write(PROBE_BASELINE)
        code, _, stderr = run(factlint, ["check", "--config", copy, "--rules", "probe-rules",
                                         "--baseline", "probe-baseline.json", "probe-article.md"], tmp)
        located = errors_in(stderr, copy)
        stderr = stderr.replace(copy, path)
        located = [line.replace(copy, path) for line in located]
    if code in (0, 1) and not located:
        return Verdict(True)
    if code == 2 and located:
        return Verdict(False, located[0])
    if code == 2:
        # Refused for a reason outside the config (say, an exclude glob that drops the probe
        # article): the config itself loaded.
        return Verdict(True, f"exit 2 without an error in the config: {stderr.strip()[:200]}")
    return Verdict(False, f"factlint exited {code}: {stderr.strip()[:300]}", unclear=True)


def nearest_config(path, root):
    folder = os.path.dirname(path)
    while True:
        candidate = os.path.join(folder, CONFIG_NAME)
        if os.path.isfile(candidate):
            return candidate
        if os.path.abspath(folder) == os.path.abspath(root) or os.path.dirname(folder) == folder:
            return None
        folder = os.path.dirname(folder)


def sheet_verdict(factlint, path, config):
    with tempfile.TemporaryDirectory(prefix="factlint-schema-") as tmp:
        if config:
            shutil.copyfile(config, os.path.join(tmp, CONFIG_NAME))
        code, stdout, stderr = run(factlint, ["rules", "check", path], tmp)
    located = errors_in(stderr, path)
    if code == 0 and not located and f"{path}: ok:" in stdout:
        return Verdict(True)
    if code == 2 and located:
        return Verdict(False, located[0])
    return Verdict(False, f"factlint exited {code} without judging the sheet: {(stderr or stdout).strip()[:300]}",
                   unclear=True)


# --- finding the files ----------------------------------------------------------------------

def repo_files(root):
    try:
        out = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
                             cwd=root, capture_output=True, check=True).stdout
        files = [p for p in out.decode("utf-8", "replace").split("\0") if p]
    except (OSError, subprocess.CalledProcessError):
        files = []
        for folder, dirs, names in os.walk(root):
            dirs[:] = [d for d in dirs if not d.startswith(".git") and not d.startswith("build")]
            files += [os.path.relpath(os.path.join(folder, n), root) for n in names]
    return sorted(f for f in files if os.path.isfile(os.path.join(root, f)))


def is_yaml(path):
    return path.endswith(".yaml") or path.endswith(".yml")


def find_files(root):
    files = repo_files(root)
    sheets, configs, broken_sheets, broken_configs = [], set(), [], []
    for rel in files:
        parts = rel.split("/")
        if rel.startswith(BROKEN_CONFIG + "/"):
            if is_yaml(rel):
                broken_configs.append(rel)
        elif rel.startswith(BROKEN + "/"):
            if is_yaml(rel) and len(parts) == len(BROKEN.split("/")) + 1:
                broken_sheets.append(rel)
        elif parts[-1] == CONFIG_NAME:
            configs.add(rel)
        elif is_yaml(rel) and SHEET_FOLDERS & set(parts[:-1]) and not parts[0].startswith("."):
            sheets.append(rel)
        elif parts[-1] == "cmd" and rel.startswith("tests/golden/"):
            # A golden case that passes its own config: `check --config settings.yaml`.
            with open(os.path.join(root, rel), encoding="utf-8") as f:
                try:
                    args = shlex.split(f.read())
                except ValueError:
                    args = []
            for i, arg in enumerate(args):
                value = args[i + 1] if arg == "--config" and i + 1 < len(args) else (
                    arg.split("=", 1)[1] if arg.startswith("--config=") else None)
                if value:
                    target = os.path.normpath(os.path.join(os.path.dirname(rel), value))
                    if os.path.isfile(os.path.join(root, target)):
                        configs.add(target)
    return sheets, sorted(configs), broken_sheets, broken_configs


# --- the check ------------------------------------------------------------------------------

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--factlint", required=True, help="the factlint binary")
    parser.add_argument("--root", default=os.path.dirname(os.path.dirname(here)),
                        help="the repository (default: the one holding this script)")
    parser.add_argument("--jobs", type=int, default=4, help="factlint runs at once (default 4)")
    parser.add_argument("--verbose", action="store_true", help="list every file and its verdicts")
    options = parser.parse_args()
    root = os.path.abspath(options.root)
    factlint = os.path.abspath(options.factlint)
    if not os.access(factlint, os.X_OK):
        print(f"check_schemas: {options.factlint} is not an executable", file=sys.stderr)
        return 2

    failures = []
    try:
        sheet_schema = Schema(os.path.join(root, SHEET_SCHEMA))
        config_schema = Schema(os.path.join(root, CONFIG_SCHEMA))
    except (OSError, ValueError, jsonschema.exceptions.SchemaError) as e:
        print(f"check_schemas: a schema does not load: {e}", file=sys.stderr)
        return 1

    sheets, configs, broken_sheets, broken_configs = find_files(root)
    if not any(s.startswith("rules/") for s in sheets):
        failures.append("found no fact sheet under rules/: is --root the repository?")
    if not broken_sheets or not broken_configs:
        failures.append(f"no broken examples under {BROKEN}/ and {BROKEN_CONFIG}/")

    pool = concurrent.futures.ThreadPoolExecutor(max_workers=max(1, options.jobs))
    absolute = lambda rel: os.path.join(root, rel)

    # Configs first: a sheet is loaded with its nearest config only when that config is good.
    config_jobs = {rel: pool.submit(config_verdict, factlint, absolute(rel)) for rel in configs + broken_configs}
    config_ok = {}
    for rel, job in config_jobs.items():
        verdict = job.result()
        if verdict.unclear:
            failures.append(f"{rel}: {verdict.detail}")
        config_ok[absolute(rel)] = verdict

    def sheet_job(rel):
        config = nearest_config(absolute(rel), root)
        if config and config not in config_ok:
            config_ok[config] = config_verdict(factlint, config)
        use = config if config and config_ok[config].accepted else None
        return sheet_verdict(factlint, absolute(rel), use)

    sheet_jobs = {rel: pool.submit(sheet_job, rel) for rel in sheets + broken_sheets}

    accepted = {"sheets": 0, "configs": 0}
    skipped = []
    refused_by_both = 0

    def judge(rel, verdict, schema, kind, broken):
        nonlocal refused_by_both
        if verdict.unclear:
            failures.append(f"{rel}: {verdict.detail}")
            return
        errors, disagreement = schema.errors(absolute(rel))
        if disagreement:
            failures.append(f"{rel}: the drafts disagree on it ({disagreement}): keep the schema to "
                            "keywords Draft 7 editors read the same way")
        if broken:
            with open(absolute(rel), encoding="utf-8", errors="replace") as f:
                first = f.readline()
            if not first.startswith("#"):
                failures.append(f"{rel}: a broken example starts with a comment saying what is wrong")
            if verdict.accepted:
                failures.append(f"{rel}: factlint accepts this broken example (it must refuse it)")
            if not errors:
                failures.append(f"{rel}: the schema accepts this broken example"
                                + (f" (factlint: {verdict.detail})" if verdict.detail else ""))
            if not verdict.accepted and errors:
                refused_by_both += 1
            if options.verbose:
                print(f"broken {kind} {rel}\n  factlint: {verdict.detail}\n  schema: {errors[0] if errors else 'valid'}")
        elif verdict.accepted:
            if errors:
                failures.append(f"{rel}: factlint accepts it, the schema refuses it: {errors[0]}"
                                + (f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""))
            else:
                accepted[kind] += 1
            if options.verbose:
                print(f"ok {kind} {rel}{': ' + verdict.detail if verdict.detail else ''}")
        else:
            skipped.append(rel)
            if options.verbose:
                schema_says = errors[0] if errors else "the schema accepts it"
                print(f"skipped {kind} {rel} (factlint refuses it: {verdict.detail}; {schema_says})")

    for rel in configs:
        judge(rel, config_ok[absolute(rel)], config_schema, "configs", broken=False)
    for rel in broken_configs:
        judge(rel, config_ok[absolute(rel)], config_schema, "configs", broken=True)
    for rel, job in sheet_jobs.items():
        judge(rel, job.result(), sheet_schema, "sheets", broken=rel in broken_sheets)
    pool.shutdown()

    for failure in failures:
        print(f"FAIL: {failure}")
    broken_total = len(broken_sheets) + len(broken_configs)
    print(f"check_schemas: {accepted['sheets']} sheets and {accepted['configs']} configs accepted by both, "
          f"{refused_by_both} of {broken_total} broken examples refused by both, "
          f"{len(skipped)} fixtures factlint refuses skipped, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
