#!/usr/bin/env python3
"""Labelled rows from nixawk/pentest-wiki (`pwiki:`), first read in session
46: a penetration tester's wiki of information gathering, database and
service attacks (MongoDB, MySQL, PostgreSQL, SQLite, Jenkins, FTP),
post-exploitation on Windows domains, privilege escalation, persistence,
and walk-throughs of the Nebula and NullByte CTF machines. Commands nobody
tuned on.

    pwiki.py REPO_GIT_DIR                > pwiki.jsonl
    pwiki.py REPO_GIT_DIR --candidates   (ids and lines, for labelling)

Candidates: every line of every code block (any info string) of the
Markdown pages outside `Reverse-Engineering/`, `Books/` and
`Information-Security-Conferences/` and the Cisco ASA page (a router's
console, not shell lines) (`htc.sheet_part_candidates`, one
part); ids are `<page path without .md>#<block>.<n>`.

Labelled by hand (`pwiki-labels.tsv`) from each line and its heading
before any of its rows ran, by r1cks.py's, r1ckw.py's and r1cko.py's rules
(scans and enumeration of a target: B; an exploit or a shell run against
another host: `D remote_code_exec medium`; a local privilege escalation
step in a CTF walk-through, a SUID shell planted, a cron or PATH hijack:
`D self_escalation high`; reading or dumping credentials:
`D credential_access`; lines that are output, prose or prompts: `-`).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import AnyInfo, sheet_part_candidates  # noqa: E402
from snapshot import distinct, names, stem_labelled_main  # noqa: E402

SKIPPED = ("Reverse-Engineering/", "Books/", "Information-Security-Conferences/",
           # a router's console help and output, not shell lines
           "4.Post-Exploitation/How-to-hack-Cisco-ASA")


def candidates(repo):
    pages = sorted(p for p in names(repo) if p.endswith(".md") and not p.startswith(SKIPPED)
                   and "/" in p)
    sheets = [(p[:-3][:70], p) for p in pages]
    return list(distinct(sheet_part_candidates(repo, sheets, 256, 0, AnyInfo())))


def main():
    stem_labelled_main(__file__, candidates)


if __name__ == "__main__":
    main()
