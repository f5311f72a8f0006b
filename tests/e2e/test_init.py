#!/usr/bin/env python3
"""`factlint init` as a new user runs it.

In an empty folder it writes a config, a sheet, a fixture and the schemas;
the sheet passes `rules check`, the fixture passes `rules test`, and the
sheet and config validate against the schemas written beside them. It never
overwrites: the same story again is refused with nothing written; another
story adds its sheet and fixture and keeps the rest; a bad id is refused.
"""
import scenario
import json
import os
import sys
import tempfile

import jsonschema
import yaml


run = scenario.run


class StringDates(yaml.SafeLoader):
    """Dates stay strings, as a YAML language server sees them."""


StringDates.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def main():
    factlint, expect = scenario.start("init")
    with tempfile.TemporaryDirectory() as d:
        code, out, err = run(factlint, d, "init", "--story", "flood-2024")
        written = ["wrote .factlint.yaml", "wrote rules/flood-2024.yaml", "wrote rules/tests/flood-2024.md",
                   "wrote .factlint/fact-sheet.schema.json", "wrote .factlint/factlint-config.schema.json"]
        expect("init writes five files", code == 0 and all(w in out for w in written), out + err)
        code, out, err = run(factlint, d, "rules", "check")
        expect("the sheet is valid", code == 0 and not err, out + err)
        code, out, err = run(factlint, d, "rules", "test")
        expect("the fixture passes", code == 0 and "0 failures" in out, out + err)
        for doc, schema in (("rules/flood-2024.yaml", ".factlint/fact-sheet.schema.json"),
                            (".factlint.yaml", ".factlint/factlint-config.schema.json")):
            first = open(os.path.join(d, doc), encoding="utf-8").readline()
            expect(f"{doc} names its schema", schema.split("/")[-1] in first, first)
            with open(os.path.join(d, schema), encoding="utf-8") as f:
                validator = jsonschema.Draft202012Validator(json.load(f))
            with open(os.path.join(d, doc), encoding="utf-8") as f:
                errors = [e.message for e in validator.iter_errors(yaml.load(f, Loader=StringDates))]
            expect(f"{doc} validates against {schema}", not errors, errors)

        sheet = os.path.join(d, "rules", "flood-2024.yaml")
        open(sheet, "a", encoding="utf-8").write("# edited by the editor\n")
        before = open(sheet, encoding="utf-8").read()
        code, out, err = run(factlint, d, "init", "--story", "flood-2024")
        expect("the same story is refused", code == 2 and "rules/flood-2024.yaml already exists" in err
               and "nothing was written" in err and out == "", out + err)
        expect("nothing overwritten", open(sheet, encoding="utf-8").read() == before)

        code, out, err = run(factlint, d, "init", "--story", "quake-2024")
        expect("another story is added", code == 0 and "wrote rules/quake-2024.yaml" in out
               and "kept .factlint.yaml (already there)" in out, out + err)
        code, out, err = run(factlint, d, "rules", "check")
        expect("two sheets", code == 0, out + err)

        code, out, err = run(factlint, d, "init", "--story", "Flood 2024")
        expect("a bad id", code == 2 and "'Flood 2024' cannot be a sheet id" in err, out + err)

    return expect.finish()


if __name__ == "__main__":
    sys.exit(main())
