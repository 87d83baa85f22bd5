#!/usr/bin/env python3
"""Labelled rows from rstacruz/cheatsheets (devhints.io), first read in
session 40: a developer's cheat sheets for several hundred tools and
libraries (shell, git, docker, heroku, npm, yarn, homebrew, rsync, tar,
vagrant, gnupg, postgresql, tmux, ...). Written for developers: most lines
are everyday work, the dangerous ones the destructive and administrative
commands of ordinary tools. Commands nobody tuned on.

    devhints.py REPO_GIT_DIR [--part=K]                > devhints.jsonl
    devhints.py REPO_GIT_DIR [--part=K] --candidates   (ids and lines, for labelling)

Candidates: the lines of each sheet's (`*.md`) shell code blocks (info
string empty, `bash`, `sh`, `shell` or `console`; `htc.block_candidates`:
continuations joined, `$ ` prompts dropped, `<placeholder>` filled), kept
when the first word is a program and bash parses the line, each text
once. Ids are `<sheet>#<block>.<n>`. The sheets are split in four parts by
the sheet name (the first byte of its SHA-256 // 64), so one sheet's lines
stay in one part.

Part 0 (`devhints-labels.tsv`) is labelled by hand in session 40 from the
line and its heading alone, before any row ran through the hook, by
acs.py's rules for a developer's tools (its docstring) and the label
policy of sessions 34-40 (devsheets.py). Part 1
(`devhints-part1-labels.tsv`) is labelled in session 40 after part 0's
mends, before any of its rows ran, part 2 (`devhints-part2-labels.tsv`)
after part 1's and part 3 (`devhints-part3-labels.tsv`) after part 2's.
Rows cite `devhints:<id>`.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import labels_path, part_arg, sheet_part_candidates  # noqa: E402
from snapshot import distinct, hand_labelled_main, names  # noqa: E402

SHARE = 64
INFO = {"", "bash", "sh", "shell", "console"}
SKIP = ("_", "wip/", "tests/", "README", "CONTRIBUTING", "AGENTS", "index")


def every(repo, part):
    sheets = [(p[:-3], p) for p in sorted(names(repo)) if p.endswith(".md") and not p.startswith(SKIP)]
    return sheet_part_candidates(repo, sheets, SHARE, part, INFO, strip="`")


def candidates(repo):
    return list(distinct(every(repo, part_arg())))


def row_of(cid, heading):
    return heading, f"devhints:{cid}"


def main():
    part = part_arg()
    hand_labelled_main("devhints.py", candidates, labels_path("devhints", part), row_of)


if __name__ == "__main__":
    main()
