#!/usr/bin/env python3
"""Labelled rows from bobbyiliev/101-linux-commands-ebook (`l101:`), a
source no other builder reads, fetched in session 28: one chapter per
Linux command (files, text, processes, users, permissions, services,
networking, disks, packages, scheduling), the everyday and the
administrative. Commands nobody tuned on.

    l101.py REPO_GIT_DIR                > l101.jsonl
    l101.py REPO_GIT_DIR --candidates   (ids and lines, for labelling)
    l101.py REPO_GIT_DIR --part=1       > l101b.jsonl   (the next sixth)
    l101.py REPO_GIT_DIR --part=2       > l101c.jsonl   (the third)
    l101.py REPO_GIT_DIR --part=3       > l101d.jsonl   (the fourth)
    l101.py REPO_GIT_DIR --part=4       > l101e.jsonl   (the fifth, session 52)
    l101.py REPO_GIT_DIR --part=5       > l101f.jsonl   (the sixth, session 52)

Candidates are the lines of the shell code blocks of the English
chapters (`ebook/en/content/*.md`), taken as htc.py takes them
(`htc.page_candidates`: continuations joined, `$ ` prompts dropped,
`<placeholder>` filled, comments skipped, only lines bash parses whose
first word is a program or an assignment), each text once, and of those
(2,950) a fixed sixth, chosen by the candidate's id alone (`htc.sampled_pages`: the
first byte of its SHA-256 below 43), so that one session can label them
all by hand without choosing which. Each
candidate was labelled by hand in session 28, in `l101-labels.tsv`, from
the line and its heading alone, before any row ran through the hook and
before any mend made for bol.py's tuning half, by the rules written in
bol.py's docstring (the same rules as tbosk.py). It is the blind set of
session 28: measured untuned, then once more after that session's mends.
The labels file holds ids and labels only; a candidate without a label is
an error. Rows cite `l101:<chapter>#<block>.<line>`; the chapter is the
unit the corpus is split on.
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import sampled_main  # noqa: E402
from snapshot import slug  # noqa: E402

# Sixth k of the candidates (`--part=k`, by the first byte of the id's
# SHA-256: 43 values a part, the last one 41) and its labels file: part 0
# was labelled in session 28 before any row ran, part 1 at the end of it,
# after that session's mends (its first figure is untuned all the same),
# part 2 in session 29 before any of its rows ran (after the sudo decision,
# which was made on parts 0 and 1's benign asks), part 3 in session 29
# after part 2's mends, before any of its rows ran.
PREFIX = "ebook/en/content/"


def chapter(path):
    """`ebook/en/content/093-the-lsblk-command.md` -> `lsblk`."""
    name = path[len(PREFIX):-len(".md")]
    name = re.sub(r"^\d+-(the-)?", "", name)
    return re.sub(r"-commands?$", "", name)


if __name__ == "__main__":
    sampled_main("l101.py", "l101", PREFIX, 43, "l101", page_of=chapter,
                 cite=lambda page, heading, rest: f"l101:{page}/{slug(heading or '')}#{rest}")
