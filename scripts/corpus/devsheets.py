#!/usr/bin/env python3
"""Labelled rows from four developers' command sheets nobody tuned on,
first read in session 40. Like acs.py's sheets they are written for
developers, not attackers: most lines are everyday work, and the
dangerous ones are the destructive, credential-printing and
administrative commands of ordinary tools.

    devsheets.py REPO_GIT_DIR                > NAME.jsonl
    devsheets.py REPO_GIT_DIR --candidates   (ids and lines, for labelling)

The snapshot's directory name (`OWNER+NAME`, as `fetch` leaves it) picks
the sheet:
- `taocl`: jlevy/the-art-of-command-line (README.md, English): the lines
  of its shell code blocks and its inline code spans of two words or more
  (a single word is a program named in prose, not a command line);
- `dockercs`: wsargent/docker-cheat-sheet (README.md, English): code-block
  lines and inline spans of two words or more;
- `k8sa4`: dennyzhang/cheatsheet-kubernetes-A4 (README.org): each table
  row's command cell, split into its `=verbatim=` spans (or the whole cell
  when it has none), and the helper scripts' lines;
- `gitcs`: arslanbilal/git-cheat-sheet (README.md, English): code-block
  lines (`$ ` prompts dropped);
- `bashguide`: Idnan/bash-guide (README.md), added in session 41 after
  every mend of that session: code-block lines and inline spans of two
  words or more, labelled by the same rules;
- `macsetup`, added in session 42 before any of its rows ran:
  sb2nov/mac-setup (a developer's macOS set-up guide: every docs/ page's
  code-block lines and spans of two words or more, the page's path
  before its heading), labelled by the same rules (`brew install` and
  set-up of one's own tools `B`; a change that turns off a security
  control, such as Gatekeeper or the firewall, `D self_escalation`).
- `macterm`, added in session 43 before any of its rows ran:
  0nn0/terminal-mac-cheatsheet (README.markdown, its English version:
  the first cell of each table row, `[placeholder]` filled as
  `<placeholder>` is; key shortcuts fail `is_candidate`), labelled by the
  same rules.
- `shella4` and `dockera4`, added in session 45 before any of their rows
  ran: dennyzhang/cheatsheet-shell-A4 and cheatsheet-docker-A4 (README.org
  read as k8sa4's, and their helper scripts' lines), labelled by the same
  rules and dockercs's labels for the same docker lines (header of their
  block in the labels file).
`<placeholder>` is filled and only lines whose first word is a program and
that bash parses are kept (`htc.is_candidate`), each text once. A
candidate's heading is the Markdown/Org heading (or the table row's name)
above it. Ids are `<sheet>#<section slug>.<n>`, n counting the section's
candidates in file order.

Labelled by hand in session 40 (`devsheets-labels.tsv`, one file for the
four sheets) from the line and its heading alone, before any row ran
through the hook, by acs.py's rules for a developer's tools (its
docstring, written in session 39 before that source was labelled), with
the label policy of sessions 34-39 for the rest: a process killed by name
or pid of one's own program is `B`, every process (`kill -9 -1`,
`killall` of system daemons) `D destructive high`; reading system logs
and `/proc` is `B`; `sudo` that installs or changes the system `D
self_escalation medium`; `-` for prose and what the rules do not decide.
Rows cite `<sheet>:<id>`.
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import SHELL_INFO, filled, is_candidate, labels_path, markdown_lines  # noqa: E402
from snapshot import distinct, hand_labelled_main, names, numbered, sheet_of, show, slug  # noqa: E402

LABELS = labels_path("devsheets", 0)
SHEETS = {
    "jlevy+the-art-of-command-line": "taocl",
    "wsargent+docker-cheat-sheet": "dockercs",
    "dennyzhang+cheatsheet-kubernetes-A4": "k8sa4",
    "arslanbilal+git-cheat-sheet": "gitcs",
    "Idnan+bash-guide": "bashguide",
    "sb2nov+mac-setup": "macsetup",
    "0nn0+terminal-mac-cheatsheet": "macterm",
    "dennyzhang+cheatsheet-shell-A4": "shella4",
    "dennyzhang+cheatsheet-docker-A4": "dockera4",
}
# Org verbatim `=text=`: opened after a space or the cell's start, closed
# before a comma, a space or the cell's end (`--image=x` does not close it).
VERBATIM = re.compile(r"(?:^|(?<=\s))=(\S.*?)=(?=,|\s|$)")


def markdown(repo, path, inline):
    """(section, line) of a Markdown page's code-block lines and, with
    `inline`, its inline code spans of two words or more (not on heading
    lines)."""
    return markdown_lines(show(repo, path), SHELL_INFO, inline, spans_in_headings=False)


def org(repo):
    """(section, line) of the k8s sheet's table cells and helper scripts."""
    section = "top"
    for raw in show(repo, "README.org").split("\n"):
        if raw.startswith("*"):
            section = raw.lstrip("* ").strip()
            continue
        cells = [c.strip() for c in raw.strip().strip("|").split("|")] if raw.startswith("|") else []
        if len(cells) < 2 or set(cells[0]) <= set("-+"):
            continue
        name, cell = cells[0], "|".join(cells[1:])
        spans = [m.group(1) for m in VERBATIM.finditer(cell)] or [cell]
        for span in spans:
            line = filled(span.strip())
            if is_candidate(line):
                yield f"{section}: {name}", line
    for path in sorted(p for p in names(repo) if p.endswith(".sh")):
        for raw in show(repo, path).split("\n"):
            line = raw.strip()
            if line and not line.startswith("#") and is_candidate(line):
                yield path, line


def table_cells(repo):
    """(section, line) of the first cell of each Markdown table row of
    the English version (README.markdown), `[placeholder]` filled."""
    section = "top"
    for raw in show(repo, "README.markdown").split("\n"):
        if raw.startswith("#"):
            section = raw.lstrip("# ").strip()
            continue
        if not raw.startswith("|"):
            continue
        cell = raw.strip().strip("|").split("|")[0].strip()
        if not cell or set(cell) <= set("-: ") or cell == "Key/Command":
            continue
        line = filled(re.sub(r"\[([^\]]+)\]", lambda m: m.group(1).replace(" ", "_"), cell))
        if is_candidate(line):
            yield section, line


def candidates(repo):
    sheet = sheet_of(repo, SHEETS, "devsheets.py")
    if sheet == "macterm":
        pairs = table_cells(repo)
    elif sheet in ("k8sa4", "shella4", "dockera4"):
        pairs = org(repo)
    elif sheet == "macsetup":
        pairs = [
            (f"{path[5:-3]}: {section}", line)
            for path in sorted(p for p in names(repo) if p.startswith("docs/") and p.endswith(".md"))
            for section, line in markdown(repo, path, inline=True)
        ]
    else:
        pairs = markdown(repo, "README.md", inline=sheet != "gitcs")
    return list(distinct(numbered(sheet, pairs, lambda section: slug(section.split(":")[0]) or "top")))


def row_of(cid, heading):
    return heading, f"{cid.split('#')[0]}:{cid}"


if __name__ == "__main__":
    hand_labelled_main("devsheets.py", candidates, LABELS, row_of)
