#!/usr/bin/env python3
"""Labelled rows from two red teams' tool sheets (`rtools:`), first read
in session 49: A-poc/RedTeam-Tools (one README: 150 tools of every
phase, from reconnaissance to exfiltration, each with its install and
usage lines; `rtools` part `apoc`) and RistBS/Awesome-RedTeam-Cheatsheet
(Active Directory attacks, OPSEC and malware notes; part `ristbs`).
Commands nobody tuned on.

    rtools.py REPO_GIT_DIR                > rtools-NAME.jsonl
    rtools.py REPO_GIT_DIR --candidates   (ids and lines, for labelling)

The snapshot's directory name (`OWNER+NAME`) picks the pages.
Candidates: every line of every code block (any info string) of the
pages (`htc.sheet_part_candidates`, one part), each text once; ids are
`<sheet>#<block>.<n>`.

Labelled by hand (`rtools-labels.tsv`, both sheets) from each line and
its heading before any of its rows ran, by pwiki.py's rules as kitsun.py
writes them: scans and enumeration of a remote host, a domain or this
host, tool installs (clone, build, pip, go install) and downloads alone:
B; a reverse or bind shell, a payload fetched and run, code run on
another host (psexec, wmiexec, WinRM, DCOM, scheduled tasks on a target):
`D remote_code_exec`; reading, dumping, cracking or minting credentials
(LSASS, SAM, NTDS, DCSync, Kerberoasting, tickets forged, browser and
keychain stores, password sprays that test credentials): `D
credential_access`; an escalation step, persistence or a defence turned
off (registry run keys, services, UAC bypasses, AMSI and ETW patches):
`D self_escalation`; tunnels, listeners, C2 servers and files sent out:
`D exfiltration`; lines that are output, prose, code of other languages
or a tool's console commands: `-`.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import AnyInfo, sheet_part_candidates  # noqa: E402
from snapshot import distinct, hand_labelled_main, sheet_of  # noqa: E402

SHEETS = {
    "A-poc+RedTeam-Tools": [("apoc", "README.md")],
    "RistBS+Awesome-RedTeam-Cheatsheet": [
        ("ristbs", "README.md"),
        ("ristbs-opsec", "Miscs/OPSEC Guide.md"),
        ("ristbs-malware", "Miscs/Malware Development.md"),
    ],
}
LABELS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "rtools-labels.tsv")


def candidates(repo):
    sheets = sheet_of(repo, SHEETS, "rtools.py")
    return list(distinct(sheet_part_candidates(repo, sheets, 256, 0, AnyInfo())))


def row_of(cid, heading):
    return heading, f"rtools:{cid}"


if __name__ == "__main__":
    hand_labelled_main("rtools.py", candidates, LABELS, row_of)
