#!/usr/bin/env python3
"""Articles about other stories, told from their bytes, are reported as when made into text.

With sheets naming their story (`mentions`), any other its folder (`paths`),
a run over enough
articles tells from each file's bytes that no sheet's mentions can occur in it
and does not make it into text (checker/rules/mention_filter.h); a run over a
few articles goes without (compiling the filter would cost more than it saves).
Here 250 Markdown, MDX, text and HTML files, about the five sheets' stories
and others (a tenth in a folder that a sixth sheet covers by its path alone),
with markup, entities, escapes in front matter and hidden characters, are
checked in one run (the filter used: --stats says how many it
told) and in batches of 20 (not used): every finding, notice, uncovered
article and warning is the same, and so is the exit code.
"""
import json
import os
import tempfile

import scenario

ENV = {"NO_COLOR": "1", "FORCE_COLOR": "", "CLICOLOR_FORCE": "", "GITHUB_STEP_SUMMARY": ""}


def sheet(i):
    window = "  published: 2024-01-01..2024-06-30\n" if i < 2 else ""
    return (f"id: story{i}\nscope:\n  mentions: ['\\bStory{i}\\b']\n{window}people:\n  p{i}:\n"
            f"    name: Amina Okafor{i}\n    also: [Okafor{i}]\n    misspellings: [Okafr{i}]\n"
            f"facts:\n  - id: houses\n    cues: ['\\bhouses\\b']\n    expect: {10 + i},000 houses\n")


# Ways a story's word can stand in a file: plainly, cut by markup (then no
# mention), made by an entity (HTML only) or an escape (front matter), joined
# across a zero-width space, or only in a link's address.
def body(i, story):
    word = f"Story{story}"
    ways = [
        f"{word} update: Okafr{story} said {10 + story + i % 2},000 houses fell.",
        f"Sto**ry{story}** update: {10 + story},000 houses fell.",
        f"Sto\u200bry{story} update: Okafr{story} said {11 + story},000 houses fell.",
        f"The [river](http://x.org/{word}) rose {i} cm.",
        f"The river rose {i} cm; \u201cnothing\u201d \u2014 said a {word[:3]} official.",
        f"Tabs\tand\u00a0spaces: {word}\u2019s {12 + story},000 houses.",
    ]
    return ways[i % len(ways)]


def article(i):
    story = i % 8  # 0-4: a sheet's story; 5-7: others with no sheet
    date = "" if i % 11 == 0 else "date: soon\n" if i % 13 == 0 else "date: 2023-05-01\n" if i % 7 == 0 else \
        "date: 2024-02-03\n"
    kind = i % 5
    if kind == 4:
        return f"a{i:03}.html", (f"<html><head><title>Report {i}</title></head><body><p>"
                                 f"{'&#83;tory' + str(story) if i % 2 else 'Other'} news: {10 + story},000 houses."
                                 "</p></body></html>\n")
    title = f'"\\x53tory{story} report"' if i % 9 == 0 else f"Report {i}"
    head = f"---\ntitle: {title}\n{date}---\n"
    suffix = [".md", ".mdx", ".txt", ".markdown"][kind]
    text = body(i, story if story < 5 else story * 10)
    if i % 17 == 0:
        text += "\n\n<!-- factlint-disable-next-line story3/houses -->\nNothing here.\n"
    return f"a{i:03}{suffix}", head + text + "\n"


def reported(out):
    """The JSON report's findings, notices, uncovered and skipped, each sorted."""
    d = json.loads(out)
    return {key: sorted(json.dumps(x, sort_keys=True) for x in d[key])
            for key in ("findings", "notices", "uncovered", "skipped")}


def main():
    factlint, expect = scenario.start("articles told from their bytes")
    with tempfile.TemporaryDirectory() as root:
        for i in range(5):
            scenario.write(os.path.join(root, f"rules/story{i}.yaml"), sheet(i))
        # A sheet scoped by a folder alone: what is under it is made into text whatever it says.
        scenario.write(os.path.join(root, "rules/local.yaml"),
                       "id: local\nscope:\n  paths: ['corpus/local/**']\nfacts:\n  - id: houses\n"
                       "    cues: ['\\bhouses\\b']\n    expect: 16,000 houses\n")
        names = []
        for i in range(250):
            name, text = article(i)
            if i % 10 == 3:
                name = "local/" + name
            scenario.write(os.path.join(root, "corpus", name), text)
            names.append("corpus/" + name)

        code, out, err = scenario.run(factlint, root, "check", "--format", "json", "--jobs", "2", "--stats", env=ENV)
        whole = reported(out)
        told = [line for line in err.splitlines() if "told from their bytes" in line]
        expect("--stats says how many articles were told from their bytes", len(told) == 1 and
               told[0].split("stats: ")[1].split(" of ")[0].isdigit() and
               int(told[0].split("stats: ")[1].split(" of ")[0]) > 20 and " of 250 articles " in told[0], err)
        expect("findings, notices and uncovered articles", whole["findings"] and whole["notices"] and
               whole["uncovered"], out[:2000])
        warnings = sorted(line for line in err.splitlines() if ": warning: " in line)
        expect("front matter warnings", warnings, err)

        parts = {key: [] for key in whole}
        part_warnings = []
        worst = 0
        for start in range(0, len(names), 20):
            c, o, e = scenario.run(factlint, root, "check", "--format", "json", "--stats", *names[start:start + 20],
                                   env=ENV)
            expect(f"a batch of 20 goes without the filter ({start})", "told from their bytes" not in e, e)
            for key, items in reported(o).items():
                parts[key] += items
            part_warnings += [line for line in e.splitlines() if ": warning: " in line]
            worst = max(worst, c)
        for key in whole:
            expect(f"{key}: the same in one run and in batches", sorted(parts[key]) == whole[key],
                   "\n".join(sorted(set(parts[key]) ^ set(whole[key]))[:20]))
        expect("the same warnings", sorted(part_warnings) == warnings,
               "\n".join(sorted(set(part_warnings) ^ set(warnings))))
        expect("the same exit code", code == worst == 1, f"{code} {worst}")
    return expect.finish()


if __name__ == "__main__":
    raise SystemExit(main())
