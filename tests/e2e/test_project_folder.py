#!/usr/bin/env python3
"""factlint finds .factlint.yaml upward and works from its folder, as a user
runs it from anywhere in a repository.

A scratch git repository holds the config at its top, sheets under sheets/
(named by the config, not the default rules/), articles under news/ with
nested folders, and a fixture under sheets/tests/. From the top, from
news/2024/ and from sheets/, every command finds the config, and a report's
paths are the same bytes wherever it was started (relative to the config's
folder). Paths typed on the command line (articles, @lists, --report files,
--baseline, --stdin-path) are relative to where the user is. --config
../x.yaml reports paths relative to that config's folder, not as ../news/...
The search stops at the repository's top: a config above it is not read.
"""
import scenario
import json
import os
import subprocess
import sys
import tempfile

SHEET = scenario.quake_sheet("news/**")
WRONG = scenario.QUAKE_WRONG
RIGHT = scenario.QUAKE_RIGHT
FIXTURE = scenario.QUAKE_FIXTURE
CONFIG = "articles: [news]\nrules: [sheets]\n"


def run(factlint, cwd, *args, stdin=""):
    return scenario.run(factlint, cwd, *args, stdin=stdin, env={"NO_COLOR": "1", "FORCE_COLOR": "", "CLICOLOR_FORCE": ""})


write = scenario.write


def main():
    factlint, expect = scenario.start("project folder")
    with tempfile.TemporaryDirectory() as outer:
        # A config above the repository must never be read.
        write(os.path.join(outer, ".factlint.yaml"), "artcles: [nothing]\n")
        top = os.path.join(outer, "repo")
        os.makedirs(top)
        if subprocess.run(["git", "init", "-q", top], capture_output=True).returncode != 0:
            print("skipped: git is not available")
            return 77
        write(os.path.join(top, ".factlint.yaml"), CONFIG)
        write(os.path.join(top, "sheets", "quake.yaml"), SHEET)
        write(os.path.join(top, "sheets", "tests", "quake.md"), FIXTURE)
        write(os.path.join(top, "news", "2024", "wrong.md"), WRONG)
        write(os.path.join(top, "news", "2024", "right.md"), RIGHT)
        write(os.path.join(top, "news", "2023", "old.md"), WRONG)
        sub = os.path.join(top, "news", "2024")
        sheets = os.path.join(top, "sheets")

        code, top_json, err = run(factlint, top, "check", "--format", "json")
        expect("from the top", code == 1 and err == "", top_json + err)
        report = json.loads(top_json) if code == 1 else {"findings": [], "summary": {}}
        expect("from the top: the config's articles", sorted(f["file"] for f in report["findings"])
               == ["news/2023/old.md", "news/2024/wrong.md"], top_json)

        code, out, err = run(factlint, sub, "check", "--format", "json")
        expect("from a subfolder: same report bytes", code == 1 and out == top_json, out + err)
        expect("from a subfolder: says which config", "settings from ../../.factlint.yaml" in err, err)
        code, out, err = run(factlint, sub, "check", "-q", "--format", "json")
        expect("-q: no note", code == 1 and err == "", err)

        code, out, err = run(factlint, sub, "check", "--format", "json", "wrong.md")
        report = json.loads(out) if code == 1 else {"findings": []}
        expect("an article named from a subfolder", [f["file"] for f in report["findings"]] == ["news/2024/wrong.md"],
               out + err)
        code, out, err = run(factlint, sub, "check", "right.md")
        expect("a clean article named from a subfolder", code == 0 and "1 article checked: 0 findings" in out, out + err)

        write(os.path.join(sub, "changed.lst"), "wrong.md\n../2023/old.md\n")
        code, out, err = run(factlint, sub, "check", "--format", "json", "@changed.lst")
        report = json.loads(out) if code == 1 else {"findings": []}
        expect("@list lines are relative to where the user is", sorted(f["file"] for f in report["findings"])
               == ["news/2023/old.md", "news/2024/wrong.md"], out + err)

        code, out, err = run(factlint, sub, "check", "--stdin-path", "draft.md", "-", "--format", "json", stdin=WRONG)
        report = json.loads(out) if code == 1 else {"findings": []}
        expect("--stdin-path is relative to where the user is (and so in the sheet's scope)",
               [f["file"] for f in report["findings"]] == ["news/2024/draft.md"], out + err)

        code, out, err = run(factlint, sub, "check", "-q", "--report", "sarif=out/factlint.sarif",
                             "--baseline", "base.json", "--update-baseline")
        expect("--report and --baseline files land where the user is",
               os.path.isfile(os.path.join(sub, "out", "factlint.sarif"))
               and os.path.isfile(os.path.join(sub, "base.json"))
               and not os.path.exists(os.path.join(top, "out")), out + err)
        code, out, err = run(factlint, sub, "check", "-q", "--baseline", "base.json")
        expect("the baseline is read from where the user is", code == 0, out + err)

        # Fixtures (sheets/tests/, deliberately wrong) are no articles to a walk...
        code, out, err = run(factlint, top, "check", ".", "--format", "json")
        report = json.loads(out) if code == 1 else {"uncovered": []}
        expect("a walk of the whole project leaves the fixtures out", code == 1
               and "sheets/tests/quake.md" not in out and report["summary"]["articles"] == 3, out + err)
        # ... unless asked for.
        code, out, err = run(factlint, sheets, "check", "tests", "--format", "json")
        report = json.loads(out) if code == 0 else {"uncovered": []}
        expect("fixtures checked when named (outside the sheet's news/** scope)",
               [u["file"] for u in report["uncovered"]] == ["sheets/tests/quake.md"], out + err)

        code, out, err = run(factlint, sheets, "rules", "check")
        expect("rules check from sheets/: the config's sheets", code == 0 and "sheets/quake.yaml: ok" in out, out + err)
        code, out, err = run(factlint, sheets, "rules", "test", "tests")
        expect("rules test from sheets/", code == 0 and "1 fixture, 1 expectation, 0 failures" in out, out + err)
        code, out, err = run(factlint, sub, "explain", "quake/houses", "--in", "wrong.md")
        expect("explain --in from a subfolder", code == 0 and "news/2024/wrong.md" in out, out + err)

        # --config names the config: reports as from its folder, not ../../news/...
        code, out, err = run(factlint, sub, "check", "--config", "../../.factlint.yaml", "--format", "json")
        expect("--config ../../.factlint.yaml: paths relative to its folder", code == 1 and out == top_json, out + err)
        write(os.path.join(top, "ci", "strict.yaml"), "articles: [../news/2024]\nrules: [../sheets]\nfail-on: never\n")
        code, out, err = run(factlint, sub, "check", "--config", "../../ci/strict.yaml", "--format", "json")
        report = json.loads(out) if code == 0 else {"uncovered": []}
        # The sheet's scope (news/**) is relative to the project folder, so from
        # ci/ these articles are outside it: reported as such, with ci/'s paths.
        expect("--config ../../ci/strict.yaml: its settings, paths relative to ci/",
               [u["file"] for u in report["uncovered"]] == ["../news/2024/right.md", "../news/2024/wrong.md"],
               out + err)

        # A broken config found above: a located error (its folder's path), exit 2.
        broken = os.path.join(top, "broken")
        write(os.path.join(broken, ".factlint.yaml"), "artcles: [news]\n")
        os.makedirs(os.path.join(broken, "deep"))
        code, out, err = run(factlint, os.path.join(broken, "deep"), "check")
        expect("a broken config found upward", code == 2 and "settings from ../.factlint.yaml" in err
               and ".factlint.yaml:1:1: error: unknown key 'artcles'" in err, out + err)

        # Outside any project: no config found, the defaults (corpus/, rules/);
        # the config above the repository's top is never read.
        lonely = os.path.join(outer, "lonely")
        os.makedirs(lonely)
        subprocess.run(["git", "init", "-q", lonely], capture_output=True)
        code, out, err = run(factlint, lonely, "check")
        expect("no config: the defaults", code == 2 and "artcles" not in err, out + err)

    return expect.finish()


if __name__ == "__main__":
    sys.exit(main())
