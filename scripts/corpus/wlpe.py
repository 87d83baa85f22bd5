#!/usr/bin/env python3
"""Labelled rows from nickvourd/Windows-Local-Privilege-Escalation-Cookbook
(`wlpe:`), first read in session 47: a lab cookbook of Windows local
privilege escalations (AlwaysInstallElevated, answer files, leaked and
stored credentials, autostart registry keys and folders, SeBackup and
SeImpersonate privileges, UAC bypass, unquoted service paths, weak
service and registry permissions), each with its lab set-up, enumeration,
exploitation and mitigation. Commands nobody tuned on.

    wlpe.py REPO_GIT_DIR                > wlpe.jsonl
    wlpe.py REPO_GIT_DIR --candidates   (ids and lines, for labelling)

Candidates: every line of every code block (any info string) of the
`Notes/*.md` pages (`htc.sheet_part_candidates`, one part); ids are
`<note name>#<block>.<n>`.

Labelled by hand (`wlpe-labels.tsv`) from each line and its heading before
any of its rows ran, by adxc.py's rules (enumeration: B; reading, dumping
or searching for credentials: `D credential_access`; lab set-up or
exploitation that weakens the host (a service's permissions or path
changed, a registry policy set, a user made admin, a privilege granted,
UAC or AV turned off): `D self_escalation` / `D defense_evasion`; a
payload run or installed as SYSTEM, a reverse shell: `D remote_code_exec
high`; mitigations that tighten the host as an administrator would: B
when they only read, `D self_escalation medium` when they change system
policy; lines that are output, prose or placeholders: `-`).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import AnyInfo, sheet_part_candidates  # noqa: E402
from snapshot import distinct, names, stem_labelled_main  # noqa: E402


def candidates(repo):
    pages = sorted(p for p in names(repo, "Notes/") if p.endswith(".md"))
    sheets = [(os.path.basename(p)[:-3], p) for p in pages]
    return list(distinct(sheet_part_candidates(repo, sheets, 256, 0, AnyInfo())))


def main():
    stem_labelled_main(__file__, candidates)


if __name__ == "__main__":
    main()
