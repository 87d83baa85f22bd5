#!/usr/bin/env python3
"""Labelled rows from xukang0/OSCP-Main-Notes (`xkn:`), first read in
session 67: an OSCP candidate's notes in Obsidian pages (service
enumeration, web attacks, password cracking with hashcat and john, file
transfers, shells, Linux and Windows privilege escalation, Active
Directory attacks, pivoting, command-and-control frameworks). Offensive
command lines with everyday ones among them. Commands nobody tuned on.

    xkn.py REPO_GIT_DIR [--part=K]                > xkn.jsonl
    xkn.py REPO_GIT_DIR [--part=K] --candidates   (ids and lines, for labelling)

Candidates are the lines of the shell code blocks of every Markdown page,
taken as htc.py takes them (`htc.page_candidates`), each text once, and
of those a fixed share chosen by the candidate's id alone (the first byte
of its SHA-256 // SHARE == K: eight parts). Ids are `<page path without
.md, at most 70 characters>#<block>.<n>`.

Labels (`xkn-labels.tsv` for part 0, `xkn-partK-labels.tsv` after it) are
written by hand from each line and its heading before any of the part's
rows ran, by rtt.py's rules (copied in thc.py's docstring; the
conventions of xapax.py's docstring and of wadcoms.py's hold too).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import hashed_part_main, pages_kept  # noqa: E402

SHARE = 32


def every(repo):
    yield from pages_kept(repo, lambda p: True)


if __name__ == "__main__":
    hashed_part_main("xkn", every, SHARE)
