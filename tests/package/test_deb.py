#!/usr/bin/env python3
"""The Debian package CPack makes from this build, opened as dpkg opens it.

The .deb must hold the binary, the man page (from --help, with every
subcommand's help), the bash, zsh and fish completions, the docs, the JSON
Schemas and the problem matcher, at the paths Debian's tools look in; its
control data must name the package, this version and the libraries it needs;
the binary unpacked from it must run and print its version and commit.
(scripts/test-install goes further: the portable .deb installed with apt in
a fresh Debian 12 and used there.) Skipped (77) without dpkg-deb, cpack or
help2man.
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "e2e"))
import scenario  # noqa: E402

WANTED = [
    "usr/bin/factlint",
    "usr/share/man/man1/factlint.1.gz",
    "usr/share/bash-completion/completions/factlint",
    "usr/share/zsh/vendor-completions/_factlint",
    "usr/share/fish/vendor_completions.d/factlint.fish",
    "usr/share/doc/factlint/README.md",
    "usr/share/doc/factlint/docs/ci.md",
    "usr/share/factlint/schemas/fact-sheet.schema.json",
    "usr/share/factlint/schemas/factlint-config.schema.json",
    "usr/share/factlint/factlint-matcher.json",
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", required=True)
    parser.add_argument("--version", required=True)
    opts = parser.parse_args()
    expect = scenario.Expectations("package")
    for tool in ("dpkg-deb", "cpack", "help2man"):
        if not shutil.which(tool):
            print(f"skipped: {tool} is not installed (scripts/install-packages package)")
            return 77
    with tempfile.TemporaryDirectory() as d:
        proc = subprocess.run(["cpack", "-G", "DEB", "--config", os.path.join(opts.build, "CPackConfig.cmake"),
                               "-B", d], capture_output=True, text=True, timeout=600)
        debs = glob.glob(os.path.join(d, "factlint_*.deb"))
        expect("cpack makes one .deb", proc.returncode == 0 and len(debs) == 1, proc.stdout + proc.stderr)
        if not debs:
            return expect.finish()
        deb = debs[0]
        expect("named package_version_arch", os.path.basename(deb).startswith(f"factlint_{opts.version}_"), deb)
        info = subprocess.run(["dpkg-deb", "--field", deb, "Package", "Version", "Depends", "Section"],
                              capture_output=True, text=True).stdout
        expect("control: package, version, section", f"Package: factlint\nVersion: {opts.version}\n" in info
               and "Section: text" in info, info)
        expect("control: Depends names libc6", "libc6" in info, info)
        root = os.path.join(d, "root")
        subprocess.run(["dpkg-deb", "-x", deb, root], check=True)
        for path in WANTED:
            expect(f"holds /{path}", os.path.isfile(os.path.join(root, path)), "")
        binary = os.path.join(root, "usr", "bin", "factlint")
        if os.path.isfile(binary):
            out = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout
            expect("the packaged binary runs", out.startswith(f"factlint {opts.version} (commit "), out)
        page = os.path.join(root, "usr", "share", "man", "man1", "factlint.1.gz")
        if os.path.isfile(page):
            text = subprocess.run(["zcat", page], capture_output=True, text=True).stdout
            for needle in (".TH FACTLINT \"1\"", ".SH COMMANDS", "factlint check\"", "factlint rules diff\"",
                           "--stdin-path", "--fail-on"):
                expect(f"man page: {needle}", needle in text, "")
        bash = os.path.join(root, WANTED[2])
        if os.path.isfile(bash):
            expect("bash completion: the generated script", "complete -o filenames" in open(bash).read(), "")
    return expect.finish()


if __name__ == "__main__":
    sys.exit(main())
