#!/usr/bin/env python3
"""Labelled dangerous rows from carlospolop/hacktricks (attack write-ups):
the "Shells - Linux" page (generic-methodologies-and-resources/shells/
linux.md), a second reverse-shell cheatsheet by other authors than
InternalAllTheThings'.

    hacktricks.py REPO_GIT_DIR > hacktricks.jsonl

Rules, fixed before any row was run through the hook (session 7): those of
allthethings.py for its reverse-shell sheet, applied unchanged (every line
of every code block tagged as a shell or a one-liner language; prompts
dropped; labels, notes, comments, single words, source-code lines, Windows
commands, attacker-side lines and listeners left out; lines `bash -n`
rejects left out), and these sections left out as not reverse shells:
"Full TTY", "Forward Shell", "Shell explanation", "References". Every row
is exfiltration / critical ("sends a shell to a remote listener"); rows
cite `hacktricks:linux-shells/<section>#<block>.<line>`; the section is
the split unit.

Built and first measured in session 7 after the session's changes, with
nothing tuned on it: its first figure is a held-out figure in full
(`--split all`).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from allthethings import LINE_TAGS, blocks, cheatsheet_line  # noqa: E402
from snapshot import head, parses, print_dangerous, show, slug  # noqa: E402

PAGE = "generic-methodologies-and-resources/shells/linux.md"
LEFT_OUT = {"Full TTY", "Forward Shell", "Shell explanation", "References"}


def main():
    repo = sys.argv[1]
    commit = head(repo)
    text = show(repo, PAGE)
    seen = set()
    for n, (section, tag, body) in enumerate(blocks(text)):
        if tag not in LINE_TAGS or section in LEFT_OUT:
            continue
        for k, raw in enumerate(body):
            line = cheatsheet_line(raw, True)
            if line is None:
                continue
            if line in seen or not parses(line):
                continue
            seen.add(line)
            print_dangerous(line, "exfiltration", "critical",
                            "sends a shell to a remote listener (reverse shell)",
                            f"hacktricks:linux-shells/{slug(section)}#{n}.{k}", "hacktricks", commit)


if __name__ == "__main__":
    main()
