#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Translation completeness: fails when a source file with translatable
strings is missing from po/POTFILES.in, or when po/az.po lacks a translation
(untranslated or fuzzy) for any string the sources contain now."""

import os
import re
import subprocess
import sys
import tempfile

top = sys.argv[1]
os.chdir(top)

listed = []
with open("po/POTFILES.in", encoding="utf-8") as f:
    for line in f:
        line = line.strip()
        if line and not line.startswith("#"):
            listed.append(line)

missing_files = [p for p in listed if not os.path.exists(p)]
pattern = re.compile(r'\b(?:N_|C_|NC_|_|ngettext|g_dngettext)\s*\(|translatable="yes"')
unlisted = []
for folder in ("app", "model", "ui", "resources"):
    for root, _dirs, files in os.walk(folder):
        for name in files:
            if not name.endswith((".c", ".ui", ".xml", ".in", ".desktop")):
                continue
            path = os.path.join(root, name)
            with open(path, encoding="utf-8", errors="replace") as f:
                if pattern.search(f.read()) and path not in listed:
                    unlisted.append(path)

problems = []
if missing_files:
    problems.append("listed in POTFILES.in but missing: " + ", ".join(missing_files))
if unlisted:
    problems.append("files with translatable strings missing from POTFILES.in: " + ", ".join(sorted(unlisted)))

with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, "azqf-studio.pot")
    subprocess.run(["xgettext", "--from-code=UTF-8", "--add-comments=TRANSLATORS",
                    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
                    "--keyword=g_dngettext:2,3", "--keyword=ngettext:1,2",
                    "--files-from=po/POTFILES.in", "-o", pot], check=True)
    merged = os.path.join(tmp, "az.po")
    subprocess.run(["msgmerge", "--quiet", "--no-fuzzy-matching", "-o", merged, "po/az.po", pot], check=True)
    stats = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, merged],
                           capture_output=True, text=True)
    if stats.returncode != 0:
        problems.append("msgfmt --check failed: " + stats.stderr.strip())
    elif "untranslated" in stats.stderr or "fuzzy" in stats.stderr:
        out = subprocess.run(["msgattrib", "--untranslated", "--only-fuzzy", merged],
                             capture_output=True, text=True).stdout
        out2 = subprocess.run(["msgattrib", "--untranslated", merged],
                              capture_output=True, text=True).stdout
        ids = re.findall(r'^msgid "(.+)"$', out + out2, re.M)
        problems.append("po/az.po is incomplete (" + stats.stderr.strip() + "); e.g.: " +
                        "; ".join(ids[:10]))

if problems:
    for p in problems:
        print("not ok:", p)
    sys.exit(1)
print("po/az.po is complete and POTFILES.in lists every translatable file")
