#!/usr/bin/env python3
"""factlint's pre-commit hooks, run by Debian's `pre-commit` as a user runs them.

A hook repository (this checkout's .pre-commit-hooks.yaml, tagged v0.2.0 as
the docs' `rev:` says) and a newsroom repository that uses it with
`pre-commit install`; then real `git commit`s:
- a staged article with a contradiction is refused, the finding printed;
- the corrected article is accepted;
- a commit whose only article the config excludes passes, with the notice;
- a commit that changes only a fact sheet is refused when the sheet now
  contradicts an article already committed (the sheet's articles are checked);
- `pre-commit run --all-files` passes though rules/tests/ holds deliberately
  wrong fixtures;
- the docker_image hook, with a stand-in `docker` on PATH that runs the
  command pre-commit gives it (no Docker engine here): the entry, the mount
  and the working folder reach factlint as written. Only the plumbing is
  tested so; the image itself is not.
Skipped (77) when pre-commit or git is missing.
"""
import os
import shutil
import subprocess
import sys
import tempfile

import scenario

SHEET = scenario.QUAKE_SHEET
WRONG = scenario.QUAKE_WRONG
RIGHT = scenario.QUAKE_RIGHT
FIXTURE = scenario.QUAKE_FIXTURE

# Runs what pre-commit's docker_image hook asks for, without Docker:
# docker run --rm [-u U:G] -v HOST:/src:rw,Z --workdir /src --entrypoint E IMAGE ARGS...
FAKE_DOCKER = """#!/usr/bin/env python3
import os, sys
args = sys.argv[1:]
assert args[:2] == ["run", "--rm"], args
args = args[2:]
mount = workdir = entrypoint = None
while args and args[0].startswith("-"):
    flag = args.pop(0)
    value = args.pop(0)
    if flag == "-v":
        mount = value.split(":")
    elif flag == "--workdir":
        workdir = value
    elif flag == "--entrypoint":
        entrypoint = value
image = args.pop(0)
assert image == "ghcr.io/factlint/factlint:0.2.0", image
assert entrypoint == "factlint" and workdir == "/src" and mount[1] == "/src", (entrypoint, workdir, mount)
with open(os.environ["FAKE_DOCKER_LOG"], "a") as log:
    log.write(" ".join([image, entrypoint, *args]) + "\\n")
os.chdir(mount[0])
os.execvp(entrypoint, [entrypoint, *args])
"""


write = scenario.write


def main():
    factlint, expect = scenario.start("pre-commit")
    if not shutil.which("pre-commit") or not shutil.which("git"):
        print("skipped: pre-commit or git is not installed (Debian: apt install pre-commit)")
        return 77
    source = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    with tempfile.TemporaryDirectory() as d:
        bin_dir = os.path.join(d, "bin")
        os.makedirs(bin_dir)
        os.symlink(factlint, os.path.join(bin_dir, "factlint"))
        write(os.path.join(bin_dir, "docker"), FAKE_DOCKER)
        os.chmod(os.path.join(bin_dir, "docker"), 0o755)
        env = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ["PATH"], PRE_COMMIT_HOME=os.path.join(d, "cache"),
                   **scenario.GIT_IDENTITY, NO_COLOR="1", FAKE_DOCKER_LOG=os.path.join(d, "docker.log"),
                   PRE_COMMIT_COLOR="never")

        def sh(cwd, *args):
            proc = subprocess.run(list(args), cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
            return proc.returncode, proc.stdout + proc.stderr

        hooks = os.path.join(d, "factlint-hooks")
        write(os.path.join(hooks, ".pre-commit-hooks.yaml"), open(os.path.join(source, ".pre-commit-hooks.yaml")).read())
        for step in (["git", "init", "-q"], ["git", "add", "."], ["git", "commit", "-qm", "hooks"],
                     ["git", "tag", "v0.2.0"]):
            code, out = sh(hooks, *step)
            expect(" ".join(step), code == 0, out)

        def newsroom(name, hook_id):
            repo = os.path.join(d, name)
            write(os.path.join(repo, ".pre-commit-config.yaml"),
                  f"repos:\n  - repo: {hooks}\n    rev: v0.2.0\n    hooks:\n      - id: {hook_id}\n")
            write(os.path.join(repo, ".factlint.yaml"), "articles: [corpus]\nexclude: ['corpus/drafts/**']\n")
            write(os.path.join(repo, "rules", "quake.yaml"), SHEET)
            write(os.path.join(repo, "rules", "tests", "quake.md"), FIXTURE)
            write(os.path.join(repo, "corpus", "old.md"), RIGHT)
            for step in (["git", "init", "-q"], ["git", "add", "."], ["git", "commit", "-qm", "start"],
                         ["pre-commit", "install"]):
                code, out = sh(repo, *step)
                expect(f"{name}: {' '.join(step)}", code == 0, out)
            return repo

        repo = newsroom("newsroom", "factlint")
        write(os.path.join(repo, "corpus", "new.md"), WRONG)
        sh(repo, "git", "add", "corpus/new.md")
        code, out = sh(repo, "git", "commit", "-m", "new article")
        expect("a wrong article is refused", code != 0 and "corpus/new.md:4:" in out and "contradiction" in out, out)
        write(os.path.join(repo, "corpus", "new.md"), RIGHT)
        sh(repo, "git", "add", "corpus/new.md")
        code, out = sh(repo, "git", "commit", "-m", "new article")
        expect("the corrected article is accepted", code == 0, out)

        write(os.path.join(repo, "corpus", "drafts", "wip.md"), WRONG)
        sh(repo, "git", "add", "corpus/drafts/wip.md")
        code, out = sh(repo, "git", "commit", "-m", "a draft")
        expect("an excluded article passes", code == 0 and "Passed" in out, out)
        # pre-commit shows a passing hook's output with --verbose.
        code, out = sh(repo, "pre-commit", "run", "factlint", "--verbose", "--files", "corpus/drafts/wip.md")
        expect("... with the notice", code == 0 and "nothing to check" in out, out)

        write(os.path.join(repo, "rules", "quake.yaml"), SHEET.replace("12,000", "11,000"))
        sh(repo, "git", "add", "rules/quake.yaml")
        code, out = sh(repo, "git", "commit", "-m", "sheet only")
        expect("a sheet-only commit checks the sheet's articles", code != 0 and "corpus/old.md" in out
               and "corpus/new.md" in out, out)
        sh(repo, "git", "checkout", "--", ".")
        sh(repo, "git", "reset", "-q", "--hard")

        code, out = sh(repo, "pre-commit", "run", "--all-files")
        expect("--all-files passes beside wrong fixtures in rules/tests/", code == 0 and "rules/tests" not in out, out)

        docker = newsroom("newsroom-docker", "factlint-docker")
        write(os.path.join(docker, "corpus", "new.md"), WRONG)
        sh(docker, "git", "add", "corpus/new.md")
        code, out = sh(docker, "git", "commit", "-m", "new article")
        log = open(env["FAKE_DOCKER_LOG"]).read() if os.path.exists(env["FAKE_DOCKER_LOG"]) else ""
        expect("docker_image hook: refused, through the image's entry", code != 0 and "corpus/new.md:4:" in out
               and "ghcr.io/factlint/factlint:0.2.0 factlint check --changed-files corpus/new.md" in log, out + log)
    return expect.finish()


if __name__ == "__main__":
    sys.exit(main())
