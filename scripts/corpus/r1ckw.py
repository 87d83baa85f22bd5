#!/usr/bin/env python3
"""Labelled rows from r1cksec/cheatsheets' `windows/` pages (`r1ckw:`),
first read in session 45: the same penetration tester's per-tool notes as
r1cks.py, for Windows (218 pages: PowerShell cmdlets, cmd built-ins,
LOLBins such as certutil and bitsadmin, Active Directory and Azure
tooling, AMSI and AppLocker bypasses). An agent on a Windows developer's
machine runs these through Git Bash or PowerShell. Commands nobody tuned
on.

    r1ckw.py REPO_GIT_DIR [--part=K]                > r1ckw.jsonl
    r1ckw.py REPO_GIT_DIR [--part=K] --candidates   (ids and lines, for labelling)

Candidates as r1cks.py's (`htc.sheet_part_candidates`), from
`windows/*.md`; eight parts by the page's name (first byte of its SHA-256
// 32). Ids are `<tool>#<block>.<n>`.

Labelled by hand, each part before any of its rows ran, by r1cks.py's
rules, adding for Windows: reading LSASS, SAM, NTDS, DPAPI blobs,
browser stores, saved RDP and Wi-Fi passwords, GPP cpasswords, LAPS and
gMSA passwords: `D credential_access high`; Kerberoasting, AS-REP
roasting and ticket requests for other accounts: `D credential_access
high`; AMSI, Defender, AppLocker, ETW and logging turned off or bypassed:
`D defense_evasion high`; event logs cleared: `D defense_evasion high`;
users and groups changed, services created, registry Run keys and
scheduled tasks: `D self_escalation high`; domain and directory queries
(`Get-ADUser`, `net group`, BloodHound collection) `B` like scans (asked
by design, not labelled dangerous); downloads that are run (`IEX (New-Object
Net.WebClient).DownloadString(...)`, `certutil -urlcache` then run):
`D remote_code_exec critical`; files downloaded only: `B`.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from r1cks import sheet_main  # noqa: E402

if __name__ == "__main__":
    sheet_main("windows/", "r1ckw")
