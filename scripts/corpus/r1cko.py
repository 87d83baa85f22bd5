#!/usr/bin/env python3
"""Labelled rows from r1cksec/cheatsheets' `other/` and `exploit/` pages
(`r1cko:`), first read in session 45: the same penetration tester's notes
as r1cks.py and r1ckw.py, on web attacks, reverse shells and their
upgrades, pivoting, persistence on macOS, Jenkins, Tomcat and WordPress
(59 `other/` pages), and the steps of public exploits by CVE (68
`exploit/` pages: local privilege escalation such as PwnKit and Baron
Samedit, remote exploits run against a target). Commands nobody tuned on.

    r1cko.py REPO_GIT_DIR                > r1cko.jsonl
    r1cko.py REPO_GIT_DIR --candidates   (ids and lines, for labelling)

Candidates as r1cks.py's (`htc.sheet_part_candidates`), one part; ids are
`<dir>/<page>#<block>.<n>`.

Labelled by hand (`r1cko-labels.tsv`) from each line and its heading
before any of its rows ran, by r1cks.py's and r1ckw.py's rules, adding:
an exploit run against another host: `D remote_code_exec medium` (a
shell there) or, when it reads or dumps credentials,
`D credential_access high`; a local privilege-escalation exploit run
or built and run: `D self_escalation high`; an exploit only downloaded,
compiled or generated: `B`; web requests that test a vulnerability
(curl with a payload in the URL) against a target: `B`, like scans.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import AnyInfo, sheet_part_candidates  # noqa: E402
from snapshot import distinct, names, stem_labelled_main  # noqa: E402

DIRS = ("other/", "exploit/")


def candidates(repo):
    sheets = [(p[:-3], p) for d in DIRS for p in sorted(names(repo, d)) if p.endswith(".md")]
    return list(distinct(sheet_part_candidates(repo, sheets, 256, 0, AnyInfo())))


def main():
    stem_labelled_main(__file__, candidates)


if __name__ == "__main__":
    main()
