#!/usr/bin/env python3
"""A run split over CI jobs and merged gives the reports of one run, byte for byte.

On a corpus with findings of several kinds and severities, a binary file
(skipped), a symbolic link (passed over), an unused suppression (a notice),
articles without a date (notices) and an article no sheet covers: `check` alone, and `check --shard I/N
--report shard=...` for N = 1, 2, 3 and 7 (some shards then hold no
article) merged with `factlint merge`, must write the same bytes in every
format, and exit with the same code. Shards must cover every article once;
merging too few, the same one twice, shards of different splits or a file
that is no shard is an error (exit 2) that says which.
"""
import os
import shutil
import sys
import tempfile

import scenario

FORMATS = ["text", "json", "sarif", "junit", "github", "gitlab", "checkstyle"]


def main():
    opts = scenario.arguments("--root")
    factlint = opts.factlint
    expect = scenario.Expectations("shard and merge")
    root = opts.root
    env = {"SOURCE_DATE_EPOCH": "1700000000", "NO_COLOR": "1", "FORCE_COLOR": "", "CLICOLOR_FORCE": "",
           "GITHUB_STEP_SUMMARY": ""}
    with tempfile.TemporaryDirectory() as d:
        shutil.copytree(os.path.join(root, "corpus"), os.path.join(d, "corpus"))
        shutil.copytree(os.path.join(root, "rules"), os.path.join(d, "rules"))
        fixture = os.path.join(root, "tests", "validate", "fixture")
        for name in os.listdir(os.path.join(fixture, "corpus")):
            shutil.copy(os.path.join(fixture, "corpus", name), os.path.join(d, "corpus", name))
        shutil.copy(os.path.join(fixture, "rules", "visit.yaml"), os.path.join(d, "rules", "visit.yaml"))
        scenario.write(os.path.join(d, "corpus", "unused.md"),
                       "---\ndate: 2024-01-02\n---\n<!-- factlint-disable-next-line trade-growth -->\nNothing here.\n")
        os.symlink("/etc/hostname", os.path.join(d, "corpus", "link.md"))
        scenario.write(os.path.join(d, "corpus", "weather.md"), "---\ndate: 2021-05-01\n---\nIt rained all week.\n")

        def reports(args, tag):
            flags = [f"--report={fmt}={tag}.{fmt}" for fmt in FORMATS if fmt != "text"]
            code, out, err = scenario.run(factlint, d, *args, "--format", "text", "-o", f"{tag}.text", *flags,
                                          "--fail-on", "warning", env=env)
            files = {}
            for fmt in FORMATS:
                path = os.path.join(d, f"{tag}.{fmt}")
                files[fmt] = open(path, "rb").read() if os.path.exists(path) else None
            return code, files, err

        code, whole, err = reports(["check"], "whole")
        expect("the whole run", code == 1 and all(whole.values()), err)
        for n in (1, 2, 3, 7):
            shards = []
            for i in range(1, n + 1):
                c, out, err = scenario.run(factlint, d, "check", "--shard", f"{i}/{n}", "--fail-on", "warning", "-q",
                                           "--report", f"shard=s{n}-{i}.json", env=env)
                expect(f"shard {i}/{n} runs", c in (0, 1), out + err)
                shards.append(f"s{n}-{i}.json")
            c, merged, err = reports(["merge", *shards], f"merged{n}")
            expect(f"{n} shards: the merge exits as the whole run", c == code, err)
            for fmt in FORMATS:
                expect(f"{n} shards: {fmt} report identical", merged[fmt] == whole[fmt],
                       f"--- whole\n{(whole[fmt] or b'')[:1500].decode(errors='replace')}\n--- merged\n"
                       f"{(merged[fmt] or b'')[:1500].decode(errors='replace')}")

        c, out, err = scenario.run(factlint, d, "merge", "s3-1.json", "s3-3.json", env=env)
        expect("a missing shard", c == 2 and "shard 2/3 missing" in err, err)
        c, out, err = scenario.run(factlint, d, "merge", "s3-1.json", "s3-2.json", "s3-3.json", "s3-2.json", env=env)
        expect("a shard twice", c == 2 and "shard 2/3 is also in 's3-2.json'" in err, err)
        c, out, err = scenario.run(factlint, d, "merge", "s3-1.json", "s2-2.json", "s3-3.json", env=env)
        expect("shards of two splits", c == 2 and "is not part of the same run" in err, err)
        c, out, err = scenario.run(factlint, d, "merge", "whole.json", env=env)
        expect("a JSON report is no shard", c == 2 and "whole.json: error: not a shard file" in err, err)
        c, out, err = scenario.run(factlint, d, "check", "--shard", "4/3", env=env)
        expect("--shard 4/3", c == 2 and "--shard '4/3' is not I/N with 1 <= I <= N" in err, err)
        c, out, err = scenario.run(factlint, d, "check", "--shard", "1/2", "--baseline", "b.json",
                                   "--update-baseline", env=env)
        expect("--shard with --update-baseline", c == 2 and "update the baseline from a run without --shard" in err, err)
    return expect.finish()


if __name__ == "__main__":
    sys.exit(main())
