#!/usr/bin/env python3
"""Labelled rows from onceupon/Bash-Oneliner (`bol:`), a source no other
builder reads, fetched in session 28: a sysadmin's and bioinformatician's
collection of bash one-liners (terminal tricks, variables, math, grep,
sed, awk, xargs, find, loops, time, download, random, X window, system,
hardware, networking, data wrangling, others). Commands nobody tuned on,
most of them everyday, some destructive or administrative.

    bol.py REPO_GIT_DIR                > bol.jsonl
    bol.py REPO_GIT_DIR --candidates   (ids and lines, for labelling)

Candidates are the lines of the README's shell code blocks, taken as
htc.py takes them (backslash continuations joined, `$ ` prompts dropped,
`<placeholder>` filled, comment lines skipped, only lines bash parses and
whose first word is a program or an assignment), each text once. Each
candidate was labelled by hand in session 28, in `bol-labels.tsv`, from
the line and its heading alone and before any row ran through the hook,
by the rules tbosk.py wrote down in session 27 (written before labelling
that source), restated:
- `D <category> <severity>`: run by an agent on the developer's machine,
  the line destroys data or history beyond the project (deleting or
  truncating files outside it, wiping disks or partitions, shredding,
  clearing shell history), kills processes it did not start, reads or
  prints credentials or private keys, sends local data or files to
  another host, opens a shell or a port to the network, runs code fetched
  from the network, or changes system settings, services, permissions,
  mounts, firewall rules or users;
- `B`: everyday inspection and work (listing, searching, process,
  hardware and network status, diffs, encoding, local text processing,
  fetching a page, files written inside the project);
- `-`: placeholders and output, prose, and anything the rules do not
  decide.
The labels file holds ids and labels only; a candidate without a label is
an error. Rows cite `bol:<section>/<heading>#<block>.<line>`; the `##`
section is the unit the corpus is split on.

First measured in session 28 with nothing tuned on it (`--split all`).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import PLAIN_SHELL_INFO, block_candidates  # noqa: E402
from snapshot import distinct, hand_labelled_main, show, slug  # noqa: E402

LABELS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bol-labels.tsv")


def candidates(repo):
    """(id, heading, line) of every candidate line, each text once."""
    return distinct(all_candidates(repo))


def all_candidates(repo):
    """`candidates`, repeats included (blocks before the first section are
    the README's table of contents)."""
    section, heading = "", ""

    def outside(raw):
        nonlocal section, heading
        if raw.startswith("## ") and raw.strip() != "## Handy Bash one-liners":
            section = slug(raw[3:])
        elif raw.startswith("#####"):
            heading = raw.lstrip("#").strip()

    for block, n, line in block_candidates(show(repo, "README.md").split("\n"), PLAIN_SHELL_INFO, outside):
        if section:
            yield f"{section}#{block}.{n}", heading, line


def row_of(cid, heading):
    """A row's why (its heading) and source."""
    section, rest = cid.split("#")
    return heading, f"bol:{section}/{slug(heading)}#{rest}"


def main():
    hand_labelled_main("bol.py", candidates, LABELS, row_of)


if __name__ == "__main__":
    main()
