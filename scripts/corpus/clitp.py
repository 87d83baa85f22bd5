#!/usr/bin/env python3
"""Labelled rows from learnbyexample/Command-line-text-processing
(`clitp:`), first read in session 46: a book's worked examples of grep,
sed, awk, perl and ruby one-liners, sort, uniq, head and tail, file
attributes, diff and find, each typed at a `$ ` prompt on the book's
example files. What a developer's agent types to read and reshape text:
nearly every row is benign, so the set measures false alarms. Commands
nobody tuned on.

    clitp.py REPO_GIT_DIR                > clitp.jsonl
    clitp.py REPO_GIT_DIR --candidates   (ids and lines, for labelling)

Candidates: every `$ ` prompt line of the chapters (the top-level `.md`
pages but README), its `> ` continuation lines joined while the command
does not parse yet, comments (`$ # ...`) skipped, kept when `bash -n`
accepts it; a fixed sixth of them (the first byte of the SHA-256 of the
command below 43), so the set stays small enough to label by hand. Ids
are `<page>#<n>`, n counting the page's prompt commands.

Labelled by hand (`clitp-labels.tsv`) from each command before any of its
rows ran: text processing, sorting, comparing and listing the book's
files, in-place edits of them: B; lines that are not commands: `-`.
"""

import hashlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from snapshot import distinct, names, parses, show, stem_labelled_main  # noqa: E402


def prompt_commands(text):
    """The `$ ` commands of a page, continuations joined."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.startswith("$ "):
            continue
        cmd = line[2:].strip()
        if not cmd or cmd.startswith("#"):
            continue
        while not parses(cmd) and i < len(lines) and lines[i].startswith("> "):
            cmd += "\n" + lines[i][2:]
            i += 1
        yield cmd


def candidates(repo):
    out = []
    for path in sorted(p for p in names(repo) if p.endswith(".md") and "/" not in p and p != "README.md"):
        page = path[:-3]
        for n, cmd in enumerate(prompt_commands(show(repo, path)), 1):
            if hashlib.sha256(cmd.encode()).digest()[0] < 43 and parses(cmd):
                out.append((f"{page}#{n}", page, cmd))
    return list(distinct(out))


def main():
    stem_labelled_main(__file__, candidates)


if __name__ == "__main__":
    main()
