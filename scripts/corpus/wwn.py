#!/usr/bin/env python3
"""Labelled rows from wwong99/pentest-notes (`wwn:`), first read in session
66: an OSCP student's notes (enumeration of each service, exploitation and
file transfers, post-exploitation, Linux and Windows privilege escalation,
Kali and Windows commands, the OSCP survival guide, social engineering),
offensive command lines with everyday ones among them. Commands nobody
tuned on.

    wwn.py REPO_GIT_DIR [--part=K]                > wwn.jsonl
    wwn.py REPO_GIT_DIR [--part=K] --candidates   (ids and lines, for labelling)

Candidates are the lines of the shell code blocks of every Markdown page
outside the vendored tools (`*/tools/`), taken as htc.py takes them
(`htc.page_candidates`), each text once, and of those a fixed share chosen
by the candidate's id alone (the first byte of its SHA-256 // SHARE == K).
Ids are `<page path without .md, at most 70 characters>#<block>.<n>`.

Labels (`wwn-labels.tsv` for part 0, `wwn-partK-labels.tsv` after it) are
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
    yield from pages_kept(repo, lambda p: "/tools/" not in p)


if __name__ == "__main__":
    hashed_part_main("wwn", every, SHARE)
