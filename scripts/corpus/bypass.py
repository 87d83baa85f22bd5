#!/usr/bin/env python3
"""Labelled rows from carlospolop/hacktricks' "Bypass Linux Restrictions"
page (linux-hardening/bypass-bash-restrictions/README.md), which no other
builder reads: the spellings an attacker uses to get a command past a
filter (globs and quotes in program names, `${IFS}`, brace lists,
variables, encodings, history tricks).

    bypass.py REPO_GIT_DIR              > bypass.jsonl
    bypass.py REPO_GIT_DIR --candidates   (ids and lines, for labelling)

Rows are single lines of the page's code blocks: empty lines and
comment-only lines are not candidates, and neither are lines `bash -n`
rejects. Each candidate was labelled by hand in session 24, in
`bypass-labels.tsv`, from the line and its section alone and before any
row ran through the hook: `D <category> <severity>` for a line that hides
what it runs (a program name or its words built from globs, quotes,
backslashes, unset variables, `${IFS}`, braces, encodings or
substitutions) or that does harm plainly (a reverse shell, a download
run), `B` for a plain everyday command, `-` for the rest (preparation
steps, fragments, output). A candidate without a label is an error.
Rows cite `bypass:<section>#<block>.<line>`; the section is the unit the
corpus is split on.

First measured in session 24 with nothing tuned on it (`--split all`).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from snapshot import hand_labelled_main, parses, show, slug  # noqa: E402

PAGE = "linux-hardening/bypass-bash-restrictions/README.md"
LABELS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bypass-labels.tsv")


def candidates(repo):
    section, block, inside, n = "", -1, False, 0
    for raw in show(repo, PAGE).split("\n"):
        if raw.startswith("```"):
            inside = not inside
            if inside:
                block += 1
                n = 0
            continue
        if not inside:
            if raw.startswith("#"):
                section = raw.lstrip("#").strip()
            continue
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        n += 1
        if parses(line):
            yield f"{slug(section)}#{block}.{n}", None, line


def main():
    hand_labelled_main(
        "bypass.py", candidates, LABELS, lambda cid, _: (cid.split("#")[0], f"bypass:{cid}")
    )

if __name__ == "__main__":
    main()
