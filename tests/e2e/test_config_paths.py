#!/usr/bin/env python3
"""A folder the config names that does not exist is an error at its line in .factlint.yaml.

`articles: [corpus, drafts]` is a common config; git keeps no empty folder,
so in a fresh clone (a CI job's) `drafts/` is missing until it holds an
article. The error used to name the folder with no place ("factlint: error:
cannot read 'drafts'"), leaving the user to find where it was written; now
it stands at the config's line, for `check`, `rules check` and from a
sub-folder, and a command line that names its own paths is not stopped by
the config's.
"""
import os
import tempfile

import scenario

CONFIG = "articles:\n  - corpus\n  - drafts\nrules: [rules, more-rules]\n"


def main():
    factlint, expect = scenario.start("config paths")
    with tempfile.TemporaryDirectory() as root:
        scenario.write(os.path.join(root, "rules", "quake.yaml"), scenario.QUAKE_SHEET)
        scenario.write(os.path.join(root, "corpus", "a.md"), scenario.QUAKE_WRONG)
        scenario.write(os.path.join(root, ".factlint.yaml"), CONFIG)

        code, out, err = scenario.run(factlint, root, "check")
        expect("check: exit 2 (usage), nothing checked", code == 2 and out == "", out + err)
        expect("check: the missing article folder at its line",
               ".factlint.yaml:3:5: error: cannot read 'drafts': no such file or directory" in err, err)
        expect("check: the missing sheet folder at its line",
               ".factlint.yaml:4:16: error: cannot read 'more-rules': no such file or directory" in err, err)
        expect("check: the hint says paths are the config folder's and git keeps no empty folder",
               "relative to its folder; git keeps no empty folder" in err, err)

        code, out, err = scenario.run(factlint, os.path.join(root, "corpus"), "check")
        expect("from a sub-folder: the same errors, after the note naming the config",
               code == 2 and "settings from ../.factlint.yaml" in err
               and ".factlint.yaml:3:5: error: cannot read 'drafts'" in err, err)

        code, out, err = scenario.run(factlint, root, "rules", "check")
        expect("rules check: the missing sheet folder at its line",
               code == 2 and ".factlint.yaml:4:16: error: cannot read 'more-rules'" in err, out + err)

        code, out, err = scenario.run(factlint, root, "check", "-q", "corpus", "--rules", "rules")
        expect("paths on the command line replace the config's: checked, no error about them",
               code == 1 and "error[quake/houses]" in out and "cannot read" not in err, out + err)

        os.makedirs(os.path.join(root, "drafts"))
        os.makedirs(os.path.join(root, "more-rules"))
        code, out, err = scenario.run(factlint, root, "check", "-q")
        expect("once the folders exist: checked", code == 1 and "error[quake/houses]" in out, out + err)
    return expect.finish()


if __name__ == "__main__":
    raise SystemExit(main())
