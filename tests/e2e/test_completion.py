#!/usr/bin/env python3
"""Shell completions, as a user's shell runs them.

`factlint completion bash` is sourced in bash and asked what follows
"factlint ch", "factlint rules t", "factlint check --fail-on ", "factlint check
--fo" and "factlint check -j " (a number: no file names); fish (when
installed) answers the same through `complete -C`; the zsh script must parse
(`zsh -n`) and name every subcommand. An unknown shell is a usage error.
"""
import os
import shutil
import subprocess
import sys
import tempfile

import scenario

# (words typed, the completions wanted: exactly these, or None for "none")
CASES = [
    (["ch"], ["check"]),
    (["rules", "t"], ["test"]),
    (["check", "--fail-on", ""], ["error", "info", "never", "warning"]),
    (["check", "--fo"], ["--follow", "--format"]),
    (["check", "--format", "s"], ["sarif", "shard"]),
    (["values", "--dates", ""], ["day-first", "month-first"]),
    (["completion", "--h"], ["--help"]),
]


def bash_complete(script, words):
    line = " ".join(["factlint", *words])
    # COMP_WORDS as bash fills it: an empty last word when the cursor follows a space.
    quoted = " ".join("''" if w == "" else f"'{w}'" for w in words)
    program = (f"source {script}\nCOMP_WORDS=(factlint {quoted})\nCOMP_CWORD={len(words)}\n"
               f"COMP_LINE='{line}'\n_factlint\nprintf '%s\\n' \"${{COMPREPLY[@]}}\"\n")
    proc = subprocess.run(["bash", "--norc", "--noprofile"], input=program, capture_output=True, text=True, timeout=30)
    return sorted(w for w in proc.stdout.split("\n") if w), proc.stderr


def fish_complete(script, words):
    line = " ".join(["factlint", *words])
    proc = subprocess.run(["fish", "--no-config", "-c", f"source {script}; complete -C '{line}'"],
                          capture_output=True, text=True, timeout=30)
    return sorted(l.split("\t")[0] for l in proc.stdout.split("\n") if l), proc.stderr


def main():
    factlint, expect = scenario.start("completion")
    with tempfile.TemporaryDirectory() as d:
        scripts = {}
        for shell in ("bash", "zsh", "fish"):
            code, out, err = scenario.run(factlint, d, "completion", shell)
            expect(f"completion {shell}", code == 0 and out and not err, err)
            scripts[shell] = os.path.join(d, "factlint." + shell)
            with open(scripts[shell], "w") as f:
                f.write(out)
        code, out, err = scenario.run(factlint, d, "completion", "tcsh")
        expect("an unknown shell", code == 2 and "tcsh" in err, out + err)

        for words, wanted in CASES:
            got, err = bash_complete(scripts["bash"], words)
            expect(f"bash: factlint {' '.join(words)}", got == wanted, f"got {got}, want {wanted}\n{err}")
        got, err = bash_complete(scripts["bash"], ["check", "-j", ""])
        expect("bash: -j wants a number, not a file name", got == [], f"got {got}\n{err}")

        if shutil.which("fish"):
            for words, wanted in CASES:
                got, err = fish_complete(scripts["fish"], words)
                expect(f"fish: factlint {' '.join(words)}", got == wanted, f"got {got}, want {wanted}\n{err}")
        else:
            print("fish not installed: fish completions not run")
        if shutil.which("zsh"):
            proc = subprocess.run(["zsh", "-n", scripts["zsh"]], capture_output=True, text=True)
            expect("zsh: the script parses", proc.returncode == 0, proc.stderr)
            text = open(scripts["zsh"]).read()
            for fn in ("_factlint_check()", "_factlint_rules_test()", "_factlint_explain()", "compdef factlint"):
                expect(f"zsh: {fn}", fn in text, "")
        else:
            print("zsh not installed: zsh completion not parsed")
    return expect.finish()


if __name__ == "__main__":
    sys.exit(main())
