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

import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from allthethings import LINE_TAGS, LISTENER, PROMPT, WINDOWS, blocks, parses  # noqa: E402

PAGE = "generic-methodologies-and-resources/shells/linux.md"
LEFT_OUT = {"Full TTY", "Forward Shell", "Shell explanation", "References"}


def main():
    repo = sys.argv[1]
    git = ["git", "--git-dir", repo]
    commit = subprocess.run(git + ["rev-parse", "HEAD"], capture_output=True, text=True,
                            check=True).stdout.strip()
    text = subprocess.run(git + ["show", f"HEAD:{PAGE}"], capture_output=True, text=True,
                          check=True).stdout
    seen = set()
    for n, (section, tag, body) in enumerate(blocks(text)):
        if tag not in LINE_TAGS or section in LEFT_OUT:
            continue
        for k, line in enumerate(body):
            line = line.strip()
            if not line or line.endswith(":") or line.upper().startswith("NOTE"):
                continue
            if line.startswith("#") or " " not in line or re.match(r"^\S+@\S+:\S*\$", line):
                continue
            if re.match(r"^(-|import |return |\. \.\\|var |const |let )", line):
                continue
            if "@attack" in line.split(" ", 1)[0]:
                continue
            line = PROMPT.sub("", line)
            if WINDOWS.search(line) or LISTENER.search(line):
                continue
            if line in seen or not parses(line):
                continue
            seen.add(line)
            slug = re.sub(r"[^a-z0-9]+", "-", section.lower()).strip("-")
            print(json.dumps({
                "command": line,
                "cwd": "/home/dev/project",
                "label": "dangerous",
                "category": "exfiltration",
                "severity": "critical",
                "why": "sends a shell to a remote listener (reverse shell)",
                "source": f"hacktricks:linux-shells/{slug}#{n}.{k}",
                "tags": ["hacktricks", f"commit:{commit[:12]}"],
            }, ensure_ascii=False))


if __name__ == "__main__":
    main()
