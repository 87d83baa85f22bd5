#!/usr/bin/env python3
"""Labelled rows from OlivierLaflamme/Cheatsheet-God (`cgod:`), first read
in session 63: a penetration tester's plain-text cheat sheets
(`Cheatsheet_*.txt`: Linux privilege escalation, shells, pivoting, file
transfer, red teaming, SMB, wireless, Metasploit, useful commands and
more), commands and prose mixed line by line. Commands nobody tuned on.

    cgod.py REPO_GIT_DIR [--part=K]                > cgod.jsonl
    cgod.py REPO_GIT_DIR [--part=K] --candidates   (ids and lines, for labelling)

Candidates are the sheets' lines that `htc.is_candidate` accepts (a
program-like first word, `bash -n` parses it), with a leading `$ ` or
`# ` prompt taken off and `<placeholder>`s filled, each text once; a
line's heading is the last non-empty line above it that is not a
candidate (the sheets title their groups with a question or a phrase).
A fixed eighth is chosen by the candidate's id alone (the first byte of
its SHA-256 // 32 == K). Prose lines that pass the filter are labelled
`-`. Ids are `<sheet name without Cheatsheet_ and .txt>#<line number>`.

Labels (`cgod-labels.tsv` for part 0, `cgod-partK-labels.tsv` after it)
are written by hand from each line and its heading before any of the
part's rows ran, by rtt.py's rules (copied in thc.py's docstring).
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import filled, hashed_part_main, is_candidate  # noqa: E402
from snapshot import git, show  # noqa: E402

SHARE = 32


def sheet_lines(repo, path):
    name = re.sub(r"^Cheatsheet_|\.txt$", "", path)
    heading = ""
    for n, raw in enumerate(show(repo, path).split("\n"), 1):
        line = raw.strip()
        if not line:
            continue
        # The sheets set a description after a tab (`ifconfig > tmp<TAB>pipe
        # the output of a command`): the command is what comes before it
        # (found on part 0's first run, whose rows kept the description).
        cmd = filled(re.sub(r"^[$#]\s+", "", line.split("\t")[0].strip()))
        if is_candidate(cmd):
            yield f"{name}#{n}", heading, cmd
        else:
            heading = line.replace("\t", " ")[:100]


def every(repo):
    paths = git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
    sheets = sorted(p for p in paths if re.match(r"Cheatsheet_[^/]+\.txt$", p))
    return (c for p in sheets for c in sheet_lines(repo, p))


if __name__ == "__main__":
    hashed_part_main("cgod", every, SHARE)
