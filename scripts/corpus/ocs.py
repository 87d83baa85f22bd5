#!/usr/bin/env python3
"""Labelled rows from abrarzargai/oscp-cheatsheet (`ocs:`), first read in
session 64: an OSCP candidate's Obsidian notes (Active Directory attacks,
Linux and Windows privilege escalation, services to attack,
post-exploitation, enumeration, tools), offensive command lines with
everyday ones among them. Commands nobody tuned on.

    ocs.py REPO_GIT_DIR [--part=K]                > ocs.jsonl
    ocs.py REPO_GIT_DIR [--part=K] --candidates   (ids and lines, for labelling)

Candidates are the lines of every note's shell code blocks, taken as
htc.py takes them (`htc.page_candidates`), each text once, and of those a
fixed eighth chosen by the candidate's id alone (the first byte of its
SHA-256 // 32 == K). Ids are `<note path without .md, at most 70
characters>#<block>.<n>`; paths are listed NUL-separated (they hold
spaces: `snapshot.paths`).

Labels (`ocs-labels.tsv` for part 0, `ocs-partK-labels.tsv` after it) are
written by hand from each line and its heading before any of the part's
rows ran, by rtt.py's rules (copied in thc.py's docstring; the
conventions of xapax.py's docstring hold too).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import hashed_part_main, pages_kept  # noqa: E402

SHARE = 32


def every(repo):
    yield from pages_kept(repo, lambda p: not p.startswith("."))


if __name__ == "__main__":
    hashed_part_main("ocs", every, SHARE)
