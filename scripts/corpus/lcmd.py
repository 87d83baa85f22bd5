#!/usr/bin/env python3
"""Labelled rows from jaywcjlove/linux-command (`lcmd:`), a source no
other builder reads, fetched in session 29: one page per Linux command
(621 pages, in Chinese prose), each with its syntax, options and worked
examples, the everyday and the administrative. Commands nobody tuned on.

    lcmd.py REPO_GIT_DIR                > lcmd.jsonl
    lcmd.py REPO_GIT_DIR --candidates   (ids and lines, for labelling)
    lcmd.py REPO_GIT_DIR --part=K       (another share, `lcmd-partK-labels.tsv`)

Candidates are the lines of the shell code blocks of the pages
(`command/*.md`), taken as htc.py takes them (`htc.page_candidates`:
continuations joined, `$ ` prompts dropped, `<placeholder>` filled,
comments skipped, only lines bash parses whose first word is a program or
an assignment), each text once, and of those a fixed share chosen by the
candidate's id alone (`htc.sampled_pages`: the first byte of its SHA-256,
divided by SHARE), so that one session can label them all by hand without choosing
which. Part 0 was labelled by hand in session 29, in `lcmd-labels.tsv`,
from the line and its heading alone and before any row ran through the
hook, by the rules written in bol.py's docstring (the same as l101.py's);
part 1 (`lcmdb`) the same way after the mends made on part 0's misses,
part 2 (`lcmdc`) after part 1's, part 3 (`lcmdd`) after part 2's,
part 4 (`lcmde`) in session 30, before any of its rows ran, part 5
(`lcmdf`) after part 4's mends, part 6 (`lcmdg`) after part 5's, parts 7 to 9 (`lcmdh`, `lcmdi`, `lcmdj`) in sessions 47 to 49, each after the mends before it.
The labels file holds ids and labels only; a candidate without a label is
an error. Rows cite `lcmd:<page>#<block>.<line>`; the page is the unit the
corpus is split on.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import sampled_main  # noqa: E402

if __name__ == "__main__":
    # Tenth K (`--part=K`: 26 first-byte values a part); a page is its
    # command's name (`command/chattr.md` -> `chattr`).
    sampled_main("lcmd.py", "lcmd", "command/", 26, "lcmd",
                 page_of=lambda path: path[len("command/"):-len(".md")])
