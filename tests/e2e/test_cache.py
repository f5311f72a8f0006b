#!/usr/bin/env python3
"""check --cache: a second run reads unchanged articles' outcomes, and never a stale one.

On a copy of the shipped corpus and sheets: the report with the cache is the
report without it, byte for byte, on the first run, on the second (every
article from the cache, as --stats says) and after each change that must
invalidate: an article edited (only it is checked again), a sheet edited, the
config edited, another factlint binary. A damaged cache file, one from another
format, and a cache folder that cannot be written are warnings naming the
file: the results stay complete and the exit code is the uncached one. The
config's `cache:` turns it on, --no-cache off; shards share one cache; runs at
the same time on one cache all report right and leave a readable file.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

import scenario

ENV = {"NO_COLOR": "1", "FORCE_COLOR": "", "CLICOLOR_FORCE": "", "GITHUB_STEP_SUMMARY": ""}


def from_cache(err):
    """(articles from the cache, articles) as --stats says, or None."""
    m = re.search(r"; (\d+) of (\d+) from the cache", err)
    return (int(m.group(1)), int(m.group(2))) if m else None


def unread(err):
    """How many articles the cache gave by their stamps alone, as --stats says."""
    m = re.search(r"from the cache, \d+ not read \((\d+) by their stamps", err)
    return int(m.group(1)) if m else None


def main():
    opts = scenario.arguments("--root")
    expect = scenario.Expectations("check --cache")
    with tempfile.TemporaryDirectory() as d:
        shutil.copytree(os.path.join(opts.root, "corpus"), os.path.join(d, "corpus"))
        shutil.copytree(os.path.join(opts.root, "rules"), os.path.join(d, "rules"))
        copied = time.monotonic()
        articles = sorted(os.listdir(os.path.join(d, "corpus")))
        n = len(articles)
        factlint = os.path.join(d, "factlint")  # a copy: one test changes its time
        shutil.copy2(opts.factlint, factlint)

        def check(*args, binary=factlint):
            return scenario.run(binary, d, "check", "--format", "json", "--stats", *args, env=ENV)

        def fresh():  # the truth: no cache
            code, out, err = scenario.run(factlint, d, "check", "--format", "json", env=ENV)
            return code, out

        def same(what, result, hits):
            code, out, err = result
            expect(f"{what}: report as without the cache", (code, out) == fresh(), err)
            expect(f"{what}: {hits} of {n} from the cache", from_cache(err) == (hits, n), err)
            expect(f"{what}: no warning", "warning" not in err, err)

        expect("no cache folder before", not os.path.exists(os.path.join(d, ".factlint-cache")))
        same("first run", check("--cache"), 0)
        folder = os.path.join(d, ".factlint-cache")
        files = [f for f in os.listdir(folder) if f.endswith(".cache")]
        expect("one cache file, CACHEDIR.TAG and .gitignore",
               len(files) == 1 and os.path.exists(os.path.join(folder, "CACHEDIR.TAG"))
               and open(os.path.join(folder, ".gitignore")).read().endswith("*\n"), str(os.listdir(folder)))
        cache_file = os.path.join(folder, files[0]) if files else ""
        # A stamp is trusted once the file's last change is two seconds old:
        # the run that first sees it trusted rightly writes it to the file. Wait
        # for that before the second run, so the third (which must leave the
        # file alone) cannot be the first to see it, as on a loaded machine.
        time.sleep(max(0.0, 2.2 - (time.monotonic() - copied)))
        same("second run", check("--cache"), n)
        before = os.stat(cache_file).st_mtime_ns if cache_file else 0
        check("--cache")
        expect("a run that changes nothing leaves the file alone",
               cache_file and os.stat(cache_file).st_mtime_ns == before)

        # An article edited: only it is checked again; its new finding is reported.
        article = os.path.join(d, "corpus", articles[0])
        text = open(article).read()
        scenario.write(article, text + "\nLavrov's spokesman, Sergey Lavroff, said nothing more.\n")
        same("an article edited", check("--cache"), n - 1)
        scenario.write(article, text)
        same("the article back as it was", check("--cache"), n - 1)

        # A sheet edited, the config edited, another binary: nothing from the cache.
        # (The figure changes: a stale outcome would report the old findings.)
        sheet = os.path.join(d, "rules", "lavrov-pakistan-2021.yaml")
        original = open(sheet).read()
        code, before, err = check("--cache")
        scenario.write(sheet, original.replace("expect: 46%", "expect: 47%"))
        expect("a sheet edited: the findings change", fresh()[1] != before)
        same("a sheet edited", check("--cache"), 0)
        same("a sheet edited, second run", check("--cache"), n)
        scenario.write(sheet, original)
        scenario.write(os.path.join(d, ".factlint.yaml"), "cache: true\n")
        same("config 'cache: true' (and a config edited)", check(), 0)
        same("config 'cache: true', second run", check(), n)
        code, out, err = check("--no-cache")
        expect("--no-cache: no cache read", from_cache(err) is None and (code, out) == fresh(), err)
        os.utime(factlint, (1_000_000_000, 1_000_000_000))
        same("another factlint binary", check(), 0)
        expect("old cache files are kept (a few)", len([f for f in os.listdir(folder) if f.endswith(".cache")]) >= 2,
               str(os.listdir(folder)))
        os.remove(os.path.join(d, ".factlint.yaml"))

        # Stamps: files last changed more than two seconds before a run are
        # known unchanged by stat alone; a write (same size, time put back)
        # still shows, by its change time.
        time.sleep(2.2)
        check("--cache")
        code, out, err = check("--cache")
        expect("old files: known by their stamps", unread(err) == n and from_cache(err) == (n, n), err)
        victim = os.path.join(d, "corpus", articles[-1])
        body = open(victim).read()
        digits = re.search(r"\d", body)
        expect("the article has a figure", digits is not None)
        if digits:
            st = os.stat(victim)
            i = digits.start()
            scenario.write(victim, body[:i] + ("7" if body[i] != "7" else "8") + body[i + 1:])
            os.utime(victim, ns=(st.st_atime_ns, st.st_mtime_ns))
            expect("same size, same time", os.stat(victim).st_size == st.st_size
                   and os.stat(victim).st_mtime_ns == st.st_mtime_ns)
            code, out, err = check("--cache")
            expect("a write that kept size and time: the article is read again", (code, out) == fresh()
                   and from_cache(err) == (n - 1, n) and unread(err) == n - 1, err)
            scenario.write(victim, body)

        # Damage: a flipped byte, a cut, another format, not a cache at all.
        check("--cache")
        files = sorted((os.path.getmtime(os.path.join(folder, f)), f) for f in os.listdir(folder) if f.endswith(".cache"))
        cache_file = os.path.join(folder, files[-1][1])
        good = open(cache_file, "rb").read()
        damages = {
            "a flipped byte": good[:-10] + bytes([good[-10] ^ 0x40]) + good[-9:],
            "cut short": good[: len(good) // 2],
            "another format": good[:15] + b"\x63\x00\x00\x00" + good[19:],
            "not a cache file": b"hello\n",
            "empty": b"",
        }
        for what, bad in damages.items():
            with open(cache_file, "wb") as f:
                f.write(bad)
            code, out, err = check("--cache")
            expect(f"{what}: report as without the cache", (code, out) == fresh(), err)
            expect(f"{what}: nothing from the cache", from_cache(err) == (0, n), err)
            rel = os.path.relpath(cache_file, d)
            expect(f"{what}: a warning names the file", f"{rel}: warning: the cache was not used" in err, err)
            same(f"{what}: rewritten, the next run reads it", check("--cache"), n)

        # A folder that cannot be written (a file in the way: root ignores permissions).
        scenario.write(os.path.join(d, "blocked"), "a file, not a folder\n")
        code, out, err = check("--cache-dir", "blocked/cache")
        expect("unwritable: report and exit code as without the cache", (code, out) == fresh(), err)
        expect("unwritable: a warning says so", "warning: cannot write the cache" in err and "blocked/cache" in err, err)

        # Shards share one cache: after both, a whole run reads every article.
        shared = os.path.join(d, "shared")
        for i in (1, 2):
            scenario.run(factlint, d, "check", "--shard", f"{i}/2", "--cache-dir", shared, "-q", env=ENV)
        same("after two shards", check("--cache-dir", shared), n)

        # Runs at the same time on one cache, some with an edited article.
        together = os.path.join(d, "together")
        scenario.write(article, text + "\nOne more line.\n")
        procs = [subprocess.Popen([factlint, "check", "--format", "json", "--cache-dir", together], cwd=d,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ, **ENV))
                 for _ in range(6)]
        want = fresh()
        for i, p in enumerate(procs):
            out, err = p.communicate(timeout=120)
            expect(f"concurrent run {i}: right report", (p.returncode, out.decode()) == want, err.decode())
        code, out, err = check("--cache-dir", together)
        expect("after concurrent runs: the file reads back", "warning" not in err and from_cache(err) == (n, n), err)
    return expect.finish()


if __name__ == "__main__":
    sys.exit(main())
