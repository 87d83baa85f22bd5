#!/usr/bin/env python3
"""Labelled rows from mubix/post-exploitation-wiki (`mubix:`), first read
in session 63: an old community list of post-exploitation commands for
Linux and macOS (system, networking, user accounts, credentials,
configuration files, packages, important files, covering tracks, users'
information, persistence, privilege escalation), as raw notes: Markdown
tables of `command | description`, and bare lines mixing commands and
prose. Commands nobody tuned on.

    mubix.py REPO_GIT_DIR [--part=K]                > mubix.jsonl
    mubix.py REPO_GIT_DIR [--part=K] --candidates   (ids and lines, for labelling)

Candidates are read from the pages under linux/ and osx/: a table row's
first cell (its backticks taken off), a fenced block's lines, and any
other line outside a table, each `htc.is_candidate` (a program-like first
word, `bash -n` accepts it) after a trailing `# comment` is cut; each
text once. A fixed half is chosen by the candidate's id alone (the first
byte of its SHA-256 // 128 == K), so that one session labels a part by
hand without choosing which. Prose lines that pass the filter are
labelled `-`. Ids are `<page without .md>#<line number>`; a line's
heading is the last `#` heading or short title line above it.

Labels (`mubix-labels.tsv` for part 0, `mubix-part1-labels.tsv`) are
written by hand from each line and its heading before any of the part's
rows ran, by rtt.py's rules (copied in thc.py's docstring).
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import filled, hashed_part_main, is_candidate  # noqa: E402
from snapshot import names, show  # noqa: E402

SHARE = 128
CELL = re.compile(r"^\|\s*`([^`]+)`\s*\|")


def page_lines(repo, path):
    page = path[:-3]
    heading = ""
    fenced = False
    for n, raw in enumerate(show(repo, path).split("\n"), 1):
        line = raw.strip()
        if line.startswith("```"):
            fenced = not fenced
            continue
        if not fenced and line.startswith("#"):
            heading = line.strip("# ").strip().replace("\t", " ")
            continue
        m = CELL.match(line)
        if m:
            cmd = m.group(1).strip()
        elif line.startswith("|"):
            continue
        else:
            cmd = re.sub(r"\s+#\s.*$", "", line.replace("\t", " ")).strip()
            # A system's or shell's name before the command (`Debian:
            # dpkg -l`, `zsh% unset HISTFILE`, `{Free,Net}BSD: pkg_info`).
            cmd = re.sub(r"^[A-Za-z{},]+[:%$]\s+", "", cmd)
        cmd = filled(cmd)
        if cmd and is_candidate(cmd):
            yield f"{page}#{n}", heading, cmd
        elif not fenced and not m and 0 < len(line.split()) <= 4 and line[:1].isupper():
            # A short capitalised line is a section title in these notes
            # (`User accounts`, `Covering Your Tracks`).
            heading = line.replace("\t", " ")


def every(repo):
    pages = sorted(p for p in names(repo) if re.match(r"(linux|osx)/[^/]+\.md$", p))
    return (c for p in pages for c in page_lines(repo, p))


if __name__ == "__main__":
    hashed_part_main("mubix", every, SHARE)
