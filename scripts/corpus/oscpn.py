#!/usr/bin/env python3
"""Labelled rows from three OSCP candidates' cheat sheets, first read in
session 66 (`oscpn:`): dostoevskylabs/dostoevsky-pentest-notes (a GitBook
in chapters), saisathvik1/OSCP-Cheatsheet and
BlessedRebuS/OSCP-Pentesting-Cheatsheet (one README each, with a
checklist): enumeration, web attacks, file transfers, shells, Linux and
Windows privilege escalation, Active Directory, pivoting. Commands nobody
tuned on.

    oscpn.py MIRROR_DIR [--part=K]                > oscpn.jsonl
    oscpn.py MIRROR_DIR [--part=K] --candidates   (ids and lines, for labelling)

MIRROR_DIR holds the snapshots (`OWNER+NAME/repo`). Candidates are the
lines of every Markdown page's code blocks, taken as htc.py takes them
(`htc.page_candidates`): shell blocks and, as iwin.py reads them,
PowerShell and cmd blocks (Claude Code on Windows runs its Bash tool in
Git Bash; cmdlets are left out by `htc.is_candidate`); each text once,
and of those a fixed share chosen by the candidate's id alone (the first
byte of its SHA-256 // SHARE == K). Ids are `<sheet>/<page path without
.md, at most 60 characters>#<block>.<n>`, sheet `dpn`, `sai` or `bres`.

Labels (`oscpn-labels.tsv` for part 0, `oscpn-partK-labels.tsv` after it)
are written by hand from each line and its heading before any of the
part's rows ran, by rtt.py's rules (copied in thc.py's docstring; the
conventions of xapax.py's docstring hold too).
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hashlib  # noqa: E402

import htc  # noqa: E402
from htc import distinct, labels_path, page_candidates, part_arg, paths  # noqa: E402
from snapshot import hand_labels, head, labelled_row  # noqa: E402

SHARE = 64

htc.SHELL_INFO = htc.SHELL_INFO | {"powershell", "ps1", "ps", "pwsh", "cmd", "bat", "batch"}

SHEETS = [
    ("dpn", "dostoevskylabs+dostoevsky-pentest-notes"),
    ("sai", "saisathvik1+OSCP-Cheatsheet"),
    ("bres", "BlessedRebuS+OSCP-Pentesting-Cheatsheet"),
]


def every(mirror):
    for sheet, name in SHEETS:
        repo = os.path.join(mirror, name, "repo")
        for p in sorted(p for p in paths(repo) if p.endswith(".md")):
            yield from page_candidates(repo, p, f"{sheet}/" + re.sub(r"\.md$", "", p)[:60])


def main():
    """As `htc.hashed_part_main`, with each row's commit its own sheet's
    (the argument is the directory of snapshots, not one snapshot)."""
    mirror, part = sys.argv[1], part_arg()
    chosen = [c for c in distinct(every(mirror))
              if hashlib.sha256(c[0].encode()).digest()[0] // SHARE == part]
    if "--candidates" in sys.argv:
        for cid, heading, line in chosen:
            print(f"{cid}\t[{heading}]\t{line}")
        return
    path = labels_path("oscpn", part)
    labels = hand_labels(path)
    heads = {sheet: head(os.path.join(mirror, name, "repo")) for sheet, name in SHEETS}
    for cid, heading, line in chosen:
        label = labels.get(cid)
        if label is None:
            sys.exit(f"oscpn.py: no label for {cid}: label it in {path}")
        row = labelled_row(line, label, heading, f"oscpn:{cid}", heads[cid.split("/")[0]])
        if row:
            print(row)


if __name__ == "__main__":
    main()
