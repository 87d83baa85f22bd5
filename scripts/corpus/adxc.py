#!/usr/bin/env python3
"""Labelled rows from Integration-IT/Active-Directory-Exploitation-Cheat-Sheet
(`adxc:`), first read in session 46: an attacker's steps against a Windows
domain, page by page (recon, domain enumeration, local privilege
escalation, user hunting, BloodHound, lateral movement, persistence,
domain admin, cross-trust attacks, database hunting, security downgrade,
exfiltration, looting, payloads, reverse shells, upload/download/execute).
Commands nobody tuned on.

    adxc.py REPO_GIT_DIR                > adxc.jsonl
    adxc.py REPO_GIT_DIR --candidates   (ids and lines, for labelling)

Candidates: every line of every code block of the lettered pages'
`README.md` and the two SID/SPN pages (`htc.sheet_part_candidates`, one
part); ids are `<page letter or name>#<block>.<n>`.

Labelled by hand (`adxc-labels.tsv`) from each line and its heading before
any of its rows ran, by r1cks.py's and r1ckw.py's rules (domain
enumeration and BloodHound collection: B; reading, dumping or cracking
credentials, Kerberoasting, DCSync, ticket forging: `D credential_access`;
running code on another host: `D remote_code_exec medium`; turning off
defences, AMSI bypasses, Defender exclusions: `D defense_evasion high`;
persistence, ACL and group changes, new users: `D self_escalation`;
download-and-run cradles: `D remote_code_exec high`; a PowerShell
module merely imported: B; lines that are prose, output or placeholders:
`-`).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import AnyInfo, sheet_part_candidates  # noqa: E402
from snapshot import distinct, git, stem_labelled_main  # noqa: E402


def page_name(path):
    """`G - Lateral Movement/README.md` -> `G`; `Windows SID.md` -> `windows-sid`."""
    if path.endswith("/README.md") and " - " in path:
        return path.split(" - ", 1)[0]
    return os.path.splitext(path)[0].lower().replace(" ", "-")


def candidates(repo):
    # This snapshot's page paths hold spaces, which `snapshot.names` (a
    # whitespace split) cuts: its paths are read one per line here.
    paths = git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
    pages = sorted(p for p in paths if p.endswith(".md") and not p.startswith(("Z - ", ".github"))
                   and p != "README.md")
    sheets = [(page_name(p), p) for p in pages]
    return list(distinct(sheet_part_candidates(repo, sheets, 256, 0, AnyInfo())))


def main():
    stem_labelled_main(__file__, candidates)


if __name__ == "__main__":
    main()
