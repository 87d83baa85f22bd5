#!/usr/bin/env python3
"""Labelled rows from 0xJs/RedTeaming_CheatSheet (`rtcs:`), first read in
session 48: a red teamer's notes, the pages on infrastructure (enumeration,
exploitation, pivoting, Linux privilege escalation), password cracking and
Google Cloud (authenticated enumeration, privilege escalation, lateral
movement, persistence, post-exploitation). Commands nobody tuned on.

    rtcs.py REPO_GIT_DIR                > rtcs.jsonl
    rtcs.py REPO_GIT_DIR --candidates   (ids and lines, for labelling)

Candidates: every line of every code block (any info string) of those
pages (`htc.sheet_part_candidates`, one part); ids are
`<page path without .md>#<block>.<n>`. Not the Windows, Azure, Cobalt
Strike and coding pages (another time, another set).

Labelled by hand (`rtcs-labels.tsv`) from each line and its heading
before any of its rows ran, by pwiki.py's rules as kitsun.py writes them:
scans and enumeration of a remote host, this host or a cloud project
(listing, describing): B; a reverse or bind shell, a payload fetched and
run, code run on another host: `D remote_code_exec`; reading, dumping,
cracking or minting credentials (shadow, keys, tokens, service account
keys, hashes cracked): `D credential_access`; an escalation step or a
change of a cloud project's access (IAM bindings, keys made, metadata
startup scripts): `D self_escalation`; tunnels, listeners and files sent
out: `D exfiltration`; lines that are output, prose or code: `-`.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import AnyInfo, sheet_part_candidates  # noqa: E402
from snapshot import distinct, stem_labelled_main  # noqa: E402

PAGES = [
    "infrastructure/enumeration.md",
    "infrastructure/exploitation.md",
    "infrastructure/pivoting.md",
    "infrastructure/privesc_linux.md",
    "hashcracking.md",
    "cloud/gc/authenticated-enumeration.md",
    "cloud/gc/privilege-escalation.md",
    "cloud/gc/lateral-movement.md",
    "cloud/gc/persistence.md",
    "cloud/gc/post-exploitation.md",
]


def candidates(repo):
    sheets = [(p[:-3], p) for p in PAGES]
    return list(distinct(sheet_part_candidates(repo, sheets, 256, 0, AnyInfo())))


def main():
    stem_labelled_main(__file__, candidates)


if __name__ == "__main__":
    main()
