#!/usr/bin/env python3
"""Articles named by absolute paths, as editors and scripts pass them, are checked like any.

A sheet's `paths` and the config's `exclude` are globs from the repository
root ("corpus/**"). An editor's "check this file" passes the file's absolute
path ("/home/me/news/corpus/a.md"): it used to match no glob, so the article
was counted as covered by no sheet (exit 0, its errors unreported) and a
draft the config excludes was checked. Now an absolute path under the folder
factlint runs in (the repository root, or the folder of the .factlint.yaml it
finds above) is matched from there; findings keep the path as given.
"""
import os
import tempfile

import scenario


def main():
    factlint, expect = scenario.start("absolute paths")
    with tempfile.TemporaryDirectory() as root:
        root = os.path.realpath(root)  # the folder as the process sees it (no links)
        scenario.write(os.path.join(root, "rules", "quake.yaml"), scenario.QUAKE_SHEET)
        scenario.write(os.path.join(root, ".factlint.yaml"), "exclude: ['corpus/drafts/**']\n")
        scenario.write(os.path.join(root, "corpus", "a.md"), scenario.QUAKE_WRONG)
        scenario.write(os.path.join(root, "corpus", "b.md"), scenario.QUAKE_RIGHT)
        scenario.write(os.path.join(root, "corpus", "drafts", "d.md"), scenario.QUAKE_WRONG)
        article = os.path.join(root, "corpus", "a.md")

        code, out, err = scenario.run(factlint, root, "check", "-q", article)
        expect("one absolute path: its finding, exit 1",
               code == 1 and out.startswith(article + ":4:21: error[quake/houses]"), out + err)
        code, out, err = scenario.run(factlint, root, "check", "--format", "json", article)
        expect("one absolute path: not counted as covered by no sheet", '"uncovered": []' in out, out[-400:])

        code, out, err = scenario.run(factlint, root, "check", "-q", os.path.join(root, "corpus"))
        expect("an absolute folder: the draft excluded, the article's finding reported",
               code == 1 and out.count("error[quake/houses]") == 1 and "drafts" not in out, out + err)
        _, relative, _ = scenario.run(factlint, root, "check", "-q", "corpus")
        expect("the same findings as from relative paths", out.replace(root + "/", "") == relative,
               out + "\n" + relative)

        # From a sub-folder factlint runs from the folder of the .factlint.yaml
        # it finds above: the absolute path is matched from there.
        code, out, err = scenario.run(factlint, os.path.join(root, "corpus"), "check", "-q", article)
        expect("from a sub-folder: the same finding", code == 1 and out.startswith(article + ":4:21:"), out + err)
    return expect.finish()


if __name__ == "__main__":
    raise SystemExit(main())
