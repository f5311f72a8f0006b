#!/usr/bin/env python3
"""A deterministic newsroom corpus and fact sheets for factlint's scale benchmark.

    generate.py OUT --articles 20000 --facts 100 [--stories 10] [--covered 1.0] [--seed 1] [--named words]

writes OUT/corpus/ (Markdown articles with front matter), OUT/rules/ (one
sheet per story, --facts facts in all, spread over the stories) and
OUT/cues.txt (every cue pattern, for ripgrep). Each story has people (names,
titles), figures (counts, percentages, money, dates) with cues and a
`said_by`, and articles about it that state some figures right, some wrong,
some without attribution and some names misspelt, varied by a seeded random
generator: the same arguments give the same bytes. With --stories much larger
than the facts per story, each sheet covers a few percent of the articles, as
in an archive. Articles are about 4.9 KB, as the issue's benchmark corpus.
With --covered below 1, only that share of the articles is about a story with
a sheet; the others are about stories nobody wrote a sheet for (the same kind
of text, named by keys no sheet mentions), as most of a real archive is.
Stories are named Operation0000, Operation0001, ... (and Untracked0000, ...);
with --named words each is named by a made-up word instead (Vobikaz, ...),
as real stories are named by places and people: no prefix shared, which a
literal search could use.
"""
import argparse
import os
import random

FIRST = ["Amina", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hassan", "Ines", "Jonas", "Kofi", "Leila",
         "Marek", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Samir", "Tamara", "Umar", "Vera", "Wen", "Yusuf"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Petrov", "Haddad", "Nakamura", "Fernandes", "Kowalski", "Abubakar",
        "Rahman", "Schneider", "Castillo", "Ivanova", "Mensah", "Tanaka", "Quispe", "Novak", "Bianchi"]
TITLES = ["the health minister", "the mayor", "the regional governor", "the agency's director",
          "the finance minister", "the police spokesperson", "the UN coordinator"]
NOUNS = [("houses", "destroyed"), ("people", "evacuated"), ("schools", "closed"), ("doses", "delivered"),
         ("containers", "shipped"), ("families", "relocated"), ("workers", "deployed"),
         ("bridges", "repaired"), ("beds", "added"), ("flights", "cancelled")]
PLACES = ["Northport", "Valdera", "Kesh", "Marrow Bay", "Santa Lucia", "Orlov", "Tamsin", "Ebberton", "Qasr", "Lindau"]
FILLER = ("Officials met residents in the town hall on Monday evening to explain the next steps. "
          "Many shops stayed shut while crews cleared debris from the main square. "
          "Local radio stations carried updates every hour, and volunteers handed out water. "
          "The weather service expected calmer conditions later in the week. ")


def story(rng, k, facts):
    place = PLACES[k % len(PLACES)] + ("" if k < len(PLACES) else f" {k // len(PLACES) + 1}")
    people = []
    for j, last in enumerate(rng.sample(LAST, 3)):  # three surnames, none shared within a story
        people.append({"id": f"p{j}", "first": rng.choice(FIRST), "last": last, "title": rng.choice(TITLES)})
    figures = []
    for j in range(facts):
        noun, verb = NOUNS[j % len(NOUNS)]
        figures.append({"id": f"f{j}", "noun": noun, "verb": verb, "value": rng.randrange(100, 90000),
                        "tag": f"{noun.split()[0]}{j}", "by": people[j % len(people)]})
    return {"id": f"story-{k:04d}", "place": place, "people": people, "figures": figures, "key": f"Operation{k:04d}"}


def sheet_yaml(s):
    lines = [f"id: {s['id']}", f"title: Relief after the {s['place']} storm",
             "scope:", f"  mentions: ['\\b{s['key']}\\b']", "people:"]
    for p in s["people"]:
        lines += [f"  {p['id']}:", f"    name: {p['first']} {p['last']}", f"    also: [{p['last']}]"]
    lines.append("facts:")
    for f in s["figures"]:
        lines += [f"  - id: {f['id']}", f"    claim: {f['noun']} {f['verb']} ({f['tag']})",
                  f"    cues: ['\\b{f['tag']}\\b', '\\b{f['verb']}\\b']", f"    expect: {f['value']:,} {f['noun']}",
                  f"    said_by: {f['by']['id']}"]
    return "\n".join(lines) + "\n"


def article(rng, s, i):
    parts = ["---", f"title: {s['place']} relief, update {i}", f"date: 2024-0{1 + i % 9}-1{i % 9}", "---", "",
             f"# {s['key']}: the {s['place']} relief effort", ""]
    body = []
    # Six figures an article whatever the number of facts (a story with fewer
    # facts repeats them), so that corpora made for 10, 100 and 1,000 facts
    # differ in their sheets, not in how much of their text states figures.
    figures = s["figures"]
    chosen = rng.sample(figures, 6) if len(figures) >= 6 else [rng.choice(figures) for _ in range(6)]
    for f in chosen:
        value = f["value"] if rng.random() > 0.2 else f["value"] + rng.randrange(1, 500)
        p = f["by"]
        last = p["last"] if rng.random() > 0.05 else p["last"][:-1] + p["last"][-1] * 2  # a misspelling
        credit = "" if rng.random() < 0.15 else f", {p['first']} {last}, {p['title']}, said"
        body.append(f"In {s['place']}, {value:,} {f['noun']} were {f['verb']} ({f['tag']}){credit}.")
    text = " ".join(body)
    while len(text) < 4500:
        text += " " + FILLER
    return "\n".join(parts) + text[:4800] + "\n"


def made_up_words(rng, n):
    """`n` different words of 5 to 9 letters, consonants and vowels in turn, capitalised."""
    words = []
    while len(words) < n:
        w = rng.choice("BCDFGHKLMNPRSTVZ") + "".join(
            rng.choice("aeiou" if i % 2 == 0 else "bcdfghklmnprstvz") for i in range(rng.randint(4, 8)))
        if w not in words:
            words.append(w)
    return words


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--facts", type=int, default=100)
    ap.add_argument("--stories", type=int, default=10)
    ap.add_argument("--covered", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--named", choices=["numbers", "words"], default="numbers")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    per = max(1, a.facts // a.stories)
    stories = [story(rng, k, per) for k in range(a.stories)]
    # Stories without a sheet, drawn after the others so that --covered 1
    # gives the bytes it always did.
    untracked = [dict(story(rng, a.stories + k, per), key=f"Untracked{k:04d}") for k in range(a.stories)] \
        if a.covered < 1 else []
    if a.named == "words":  # from a generator of their own: the rest of the bytes stay as they are
        words = made_up_words(random.Random(a.seed + 1000), len(stories) + len(untracked))
        for s, word in zip(stories + untracked, words):
            s["key"] = word
    os.makedirs(os.path.join(a.out, "corpus"), exist_ok=True)
    os.makedirs(os.path.join(a.out, "rules"), exist_ok=True)
    cues = []
    for s in stories:
        with open(os.path.join(a.out, "rules", s["id"] + ".yaml"), "w") as f:
            f.write(sheet_yaml(s))
        for fig in s["figures"]:
            cues += [f"\\b{fig['tag']}\\b", f"\\b{fig['verb']}\\b"]
    with open(os.path.join(a.out, "cues.txt"), "w") as f:
        f.write("\n".join(sorted(set(cues))) + "\n")
    counts = [0, 0]  # articles written so far about tracked and untracked stories
    for i in range(a.articles):
        # Every article the same length of text, in or out of a sheet's scope;
        # a tracked one each 1/covered articles, the stories of each kind in turn.
        tracked = not untracked or int((i + 1) * a.covered) > int(i * a.covered)
        pool = stories if tracked else untracked
        s = pool[counts[not tracked] % len(pool)]
        counts[not tracked] += 1
        with open(os.path.join(a.out, "corpus", f"a{i:06d}.md"), "w") as f:
            f.write(article(rng, s, i))


if __name__ == "__main__":
    main()
