#!/usr/bin/env python3
"""Labelled rows from SofianeHamlaoui/Pentest-Notes (`spn:`), first read in
session 65: a pentester's GitBook of security cheat sheets under
`Security_cheatsheets/` (OSCP commands, cloud, containers, databases,
embedded and IoT, exploits, Linux and Windows privilege escalation, web,
Wi-Fi, DFIR, write-ups), offensive command lines with everyday ones among
them. Commands nobody tuned on.

    spn.py REPO_GIT_DIR [--part=K]                > spn.jsonl
    spn.py REPO_GIT_DIR [--part=K] --candidates   (ids and lines, for labelling)

Candidates are the lines of every page's shell code blocks under
`Security_cheatsheets/`, taken as
htc.py takes them (`htc.page_candidates`), each text once, and of those a
fixed eighth chosen by the candidate's id alone (the first byte of its
SHA-256 // 32 == K). Ids are `<page path under Security_cheatsheets/
without .md, at most 70 characters>#<block>.<n>`; paths are listed
NUL-separated (`snapshot.paths`).

Labels (`spn-labels.tsv` for part 0, `spn-partK-labels.tsv` after it) are
written by hand from each line and its heading before any of the part's
rows ran, by rtt.py's rules (copied in thc.py's docstring; the
conventions of xapax.py's docstring hold too).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import hashed_part_main, pages_under  # noqa: E402

SHARE = 32


UNDER = "Security_cheatsheets/"


def every(repo):
    yield from pages_under(repo, UNDER)


if __name__ == "__main__":
    hashed_part_main("spn", every, SHARE)
