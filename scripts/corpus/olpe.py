#!/usr/bin/env python3
"""Labelled rows from akashsparsh17/Offensive-Linux-Privilege-Escalation
(`olpe:`), first read in session 47: an attacker's notes on escalating
privilege on a Linux host (enumeration of the system, users, network and
permissions; password mining in files and histories; sudo, SUID,
capabilities, cron, systemd, PATH, NFS, shared-library and MySQL UDF
escalations; GTFOBins under sudo). Commands nobody tuned on.

    olpe.py REPO_GIT_DIR                > olpe.jsonl
    olpe.py REPO_GIT_DIR --candidates   (ids and lines, for labelling)

Candidates: every line of every code block (any info string) of the
Markdown pages (`htc.sheet_part_candidates`, one part); ids are
`<page name without .md>#<block>.<n>`.

Labelled by hand (`olpe-labels.tsv`) from each line and its heading before
any of its rows ran, by pwiki.py's rules (enumeration of the host, its
users, processes, network and file permissions: B; reading or searching
for credentials (shadow, keys, histories, password greps over the disk):
`D credential_access`; an escalation step (a SUID shell planted, a
program run under sudo to get a shell, a cron/PATH/library hijack, a
capability or NFS abuse, a passwd line written): `D self_escalation
high`; a reverse shell: `D remote_code_exec high`; lines that are output,
prose or prompts: `-`).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import AnyInfo, sheet_part_candidates  # noqa: E402
from snapshot import distinct, git, stem_labelled_main  # noqa: E402


def candidates(repo):
    # Page names hold spaces, which `snapshot.names` (a whitespace split)
    # cuts: the paths are read one per line here.
    paths = git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
    pages = sorted(p for p in paths if p.endswith(".md") and p != "README.md")
    sheets = [(p[:-3].replace(" ", "-")[:70], p) for p in pages]
    return list(distinct(sheet_part_candidates(repo, sheets, 256, 0, AnyInfo())))


def main():
    stem_labelled_main(__file__, candidates)


if __name__ == "__main__":
    main()
