#!/usr/bin/env python3
"""Labelled rows from 0xb120/cheatsheets_and_ctf-notes (`b120:`), first
read in session 64: a penetration tester's Obsidian vault, of which the
notes under `Dev, ICT & Cybersec/` are read (tools' cheat sheets, services
to attack, web and network hacking, Linux, Bash and scripting, reversing),
with everyday, administrative and offensive command lines. The CTF
write-ups beside them are not read (their blocks are mostly a tool's
output). Commands nobody tuned on.

    b120.py REPO_GIT_DIR [--part=K]                > b120.jsonl
    b120.py REPO_GIT_DIR [--part=K] --candidates   (ids and lines, for labelling)

Candidates are the lines of the notes' shell code blocks, taken as htc.py
takes them (`htc.page_candidates`), each text once, and of those a fixed
eighth chosen by the candidate's id alone (the first byte of its SHA-256
// 32 == K). Ids are `<note path under Dev, ICT & Cybersec/ without .md,
at most 70 characters>#<block>.<n>`; ids two notes share once cut are
left out. The vault's paths hold spaces, so they are listed NUL-separated
(`snapshot.paths`).

Labels (`b120-labels.tsv` for part 0, `b120-partK-labels.tsv` after it)
are written by hand from each line and its heading before any of the
part's rows ran, by rtt.py's rules (copied in thc.py's docstring; the
conventions of xapax.py's docstring hold too).
"""

import collections
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import hashed_part_main, page_candidates  # noqa: E402
from snapshot import paths  # noqa: E402

SHARE = 32
UNDER = "Dev, ICT & Cybersec/"


def page_of(path):
    return re.sub(r"\.md$", "", path[len(UNDER):])[:70]


def every(repo):
    notes = sorted(p for p in paths(repo) if p.startswith(UNDER) and p.endswith(".md"))
    pages = collections.defaultdict(set)
    for p in notes:
        pages[page_of(p)].add(p)
    cands = [c for p in notes for c in page_candidates(repo, p, page_of(p))]
    return (c for c in cands if len(pages[c[0].split("#")[0]]) == 1)


if __name__ == "__main__":
    hashed_part_main("b120", every, SHARE)
