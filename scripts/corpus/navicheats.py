#!/usr/bin/env python3
"""Labelled rows from navi's community cheat sheets (denisidoro/cheats:
`.cheat` files for git, docker, kubernetes, package managers, cloud CLIs,
network tools, macOS and Android), nobody tuned on, first read in session
41 after the OSCP sheets' mends: a developer's source, as tldr is.

    navicheats.py REPO_GIT_DIR                > navicheats.jsonl
    navicheats.py REPO_GIT_DIR --candidates   (ids and lines, for labelling)

navi's format (https://github.com/denisidoro/navi/blob/master/docs/cheatsheet_syntax.md):
`% tags` opens a sheet's section, `# text` describes the command lines
that follow it, `$ name: command` and `; comment` lines are navi's own
(left out), `@ tags` imports. A command line ending in `\\` is joined with
the next. `<name>` placeholders are filled as everywhere
(`htc.filled`), and only lines whose first word is a program and that bash
parses are kept (`htc.is_candidate`), each text once. Ids are
`<file without .cheat>#<n>`; a row cites `navicheats:<id>` and its
description.

Labelled by hand in session 41 (`navicheats-labels.tsv`) from the line and
its description alone, before any row ran through the hook, by the rules
of acs.py (developers' tool sheets): `B` for ordinary developer work
(builds, queries, installs from package managers, downloads, a listing of
credentials' names); `D destructive` for deleting data others or the
developer need (force pushes to main or master high, other force pushes
and remote branch deletes medium, `docker system prune -a`, `kubectl
delete`, dropping databases, uninstalling packages medium), `D
self_escalation` for `sudo` and system changes (services, mounts, system
packages with apt/yum/pacman: medium), `D credential_access` for printing
a secret (a token, a password, a private key: high), `D exfiltration` for
sending local files or data to another host (medium), `D
remote_code_exec` for running downloaded code (`curl | sh`: critical);
`-` for keystrokes, prose and lines of other languages.
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import filled, is_candidate, labels_path  # noqa: E402
from snapshot import distinct, hand_labelled_main, logical_lines, names, show  # noqa: E402

LABELS = labels_path("navicheats", 0)


def sheet_lines(text):
    """(description, line) of one `.cheat` file's command lines."""
    description = ""
    block = []

    def flush():
        for line in logical_lines(block):
            line = filled(line.strip())
            if line and is_candidate(line):
                yield description, line
        block.clear()

    for raw in text.split("\n"):
        s = raw.strip()
        if s.startswith(("%", "#", "$", ";", "@")) or not s:
            yield from flush()
            if s.startswith("#"):
                description = s.lstrip("#").strip()
            continue
        block.append(raw)
    yield from flush()


def candidates(repo):
    def every():
        for path in sorted(p for p in names(repo) if p.endswith(".cheat")):
            stem = re.sub(r"\.cheat$", "", path)
            for n, (description, line) in enumerate(sheet_lines(show(repo, path)), 1):
                yield f"{stem}#{n}", description, line
    return list(distinct(every()))


def row_of(cid, heading):
    return heading, f"navicheats:{cid}"


if __name__ == "__main__":
    hand_labelled_main("navicheats.py", candidates, LABELS, row_of)
