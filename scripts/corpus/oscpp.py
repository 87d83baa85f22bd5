#!/usr/bin/env python3
"""Labelled rows from LIsh3y3/OSCP-plus-cheatsheet (`oscpp:`), first read
in session 67: an OSCP+ candidate's cheat sheet in Markdown pages
(enumeration of services, Active Directory with NetExec, LDAP and
Kerberos, web attacks, file transfers, privilege escalation). Commands
nobody tuned on.

    oscpp.py REPO_GIT_DIR                > oscpp.jsonl
    oscpp.py REPO_GIT_DIR --candidates   (ids and lines, for labelling)

Candidates are the lines of the shell code blocks of every Markdown page,
taken as htc.py takes them (`htc.page_candidates`), each text once. Ids
are `<page path without .md, at most 70 characters>#<block>.<n>`.

Labels (`oscpp-labels.tsv`) are written by hand from each line and its
heading before any of its rows ran, by rtt.py's rules (copied in thc.py's
docstring; the conventions of xapax.py's, wadcoms.py's and xkn.py's
docstrings and label files hold too).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import hashed_part_main, pages_kept  # noqa: E402

# One part: the sheet is labelled whole.
SHARE = 256


def every(repo):
    yield from pages_kept(repo, lambda p: True)


if __name__ == "__main__":
    hashed_part_main("oscpp", every, SHARE)
