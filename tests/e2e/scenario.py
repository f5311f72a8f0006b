"""What the end-to-end scripts share: factlint run as a user runs it, and a
list of failed expectations printed at the end.

    factlint, expect = scenario.start("init")
    code, out, err = scenario.run(factlint, folder, "check", "-q")
    expect("a clean article", code == 0, out + err)
    return expect.finish()
"""
import argparse
import os
import subprocess


# A one-fact story the scripts share: the quake destroyed 12,000 houses.
def quake_sheet(scope="corpus/**"):
    """The sheet, covering the articles under `scope`."""
    return QUAKE_SHEET.replace("corpus/**", scope)


QUAKE_SHEET = r"""id: quake
scope:
  paths: ['corpus/**']
facts:
  - id: houses
    cues: ['\bhouses\b']
    expect: 12,000 houses
"""
QUAKE_WRONG = "---\ndate: 2024-01-02\n---\nThe quake destroyed 13,000 houses.\n"
QUAKE_RIGHT = "---\ndate: 2024-01-02\n---\nThe quake destroyed 12,000 houses.\n"
# A rules test fixture: the wrong article with the finding it must give.
QUAKE_FIXTURE = ("---\ndate: 2024-01-02\n---\n<!-- expect: contradiction quake/houses -->\n"
                 "The quake destroyed 13,000 houses.\n")


# The author and committer of the scripts' commits, whatever the machine's git config.
GIT_IDENTITY = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}


def git(repo, *args):
    """Runs `git -C repo args...`; a failure fails the script."""
    subprocess.run(["git", "-C", repo, *args], check=True, capture_output=True, env=dict(os.environ, **GIT_IDENTITY))


def write(path, text):
    """Writes `text` to `path`, making its folders."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def run(factlint, cwd, *args, stdin="", env=None, timeout=120):
    """factlint's exit code, standard output and standard error."""
    proc = subprocess.run([factlint, *args], cwd=cwd, input=stdin, capture_output=True, text=True, timeout=timeout,
                          env=dict(os.environ, **(env or {})))
    return proc.returncode, proc.stdout, proc.stderr


class Expectations:
    def __init__(self, name):
        self.name = name
        self.failures = []

    def __call__(self, what, ok, detail=""):
        if not ok:
            self.failures.append(f"{what}:\n{detail}")

    def finish(self):
        """Prints every failure and a count; the script's exit code."""
        for f in self.failures:
            print("FAIL " + f)
        print(f"{self.name}: {len(self.failures)} failure(s)")
        return 1 if self.failures else 0


def arguments(*more):
    """The command line: --factlint (made absolute) and the `more` options, each required."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--factlint", required=True)
    for option in more:
        parser.add_argument(option, required=True)
    opts = parser.parse_args()
    opts.factlint = os.path.abspath(opts.factlint)
    return opts


def start(name):
    """The --factlint binary (absolute) and a fresh list of expectations."""
    return arguments().factlint, Expectations(name)
