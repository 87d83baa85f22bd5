#!/usr/bin/env python3
"""Labelled rows from Orange-Cyberdefense/arsenal (`arsenal:`), a source no
other builder reads, first read in session 30: a penetration tester's
cheat sheets (`arsenal/data/cheats/**/*.md`: Active Directory, protocols,
password extraction and cracking, reverse shells, scanning, web, Linux and
Windows post-exploitation), one `## title` and one shell block per entry,
placeholders in angle brackets. Commands nobody tuned on.

    arsenal.py REPO_GIT_DIR                > arsenal.jsonl
    arsenal.py REPO_GIT_DIR --candidates   (ids and lines, for labelling)

Candidates are the lines of the pages' shell blocks, taken as htc.py takes
them (`htc.page_candidates`: continuations joined, `$ ` prompts dropped,
`<placeholder>` filled, comments skipped, only lines bash parses whose
first word is a program or an assignment), each text once, and of those a
fixed share chosen by the candidate's id alone (`htc.sampled_pages`, as
lcmd.py chooses), so that one session can label them by hand without choosing
which. Part 0 was labelled by hand in session 30, in
`arsenal-labels.tsv`, from the line and its heading alone and before any
row ran through the hook, by the rules written in bol.py's docstring. The
labels file holds ids and labels only; a candidate without a label is an
error. Rows cite `arsenal:<page>#<block>.<line>`; the page is the unit the
corpus is split on.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import sampled_main  # noqa: E402

if __name__ == "__main__":
    # Sixth K (`--part=K`: 43 first-byte values a part).
    sampled_main("arsenal.py", "arsenal", "arsenal/data/cheats/", 43, "arsenal")
