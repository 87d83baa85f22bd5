#!/usr/bin/env python3
"""Labelled rows from HackTricks' Windows hardening and `todo/` pages
(`htwin:`), first read in session 36 (carlospolop/hacktricks:
`windows-hardening/**` and `todo/**`, which no other builder reads): Active
Directory attacks, Windows local privilege escalation, credential dumping,
lateral movement, AV evasion, and the hardware, radio and CTF notes of
`todo/`. Commands nobody tuned on: many act on other hosts (a domain
controller, a victim), many read credentials or change the local machine
(users, services, the firewall, the registry).

    htwin.py REPO_GIT_DIR [--part=K]                > htwin.jsonl
    htwin.py REPO_GIT_DIR [--part=K] --candidates   (ids and lines, for labelling)

Candidates are taken as htnet.py takes them (`htc.page_candidates`: lines
bash parses, so cmd.exe lines that are also bash words are kept), split in
two halves by the candidate's id alone (the first byte of its SHA-256 below
or above 128). Part 0 is labelled by hand in session 36, in
`htwin-labels.tsv`, from the line and its heading alone and before any row
ran through the hook, by the rules in bol.py's docstring and those htnet
used (status, session 35), plus, for Windows: adding users or group
members, services, scheduled tasks, firewall and registry changes under
HKLM are self-escalation; dumping LSASS, the SAM, SECURITY and NTDS hives,
vault and Wi-Fi keys, and autologon passwords is credential access; a
domain changed through the developer's credentials (`net group "Domain
Admins" x /add /domain`) counts as this machine's act; forging tickets
offline and meterpreter or Cobalt Strike console commands are `-`. Part 1
(`htwin-part1-labels.tsv`) only after part 0's mends, so that its first
figure is a held-out one. Rows cite `htwin:<page>#<block>.<line>`.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import sampled_main  # noqa: E402
from htnet import page  # noqa: E402  (the same page names as htnet)

WIN = "windows-hardening/"
TODO = "todo/"


def wanted_page(path):
    return (path.startswith(WIN) or path.startswith(TODO)) and path.endswith(".md")


if __name__ == "__main__":
    # Half K (`--part=K`: 128 first-byte values a part).
    sampled_main("htwin.py", "htwin", "", 128, "htwin", page_of=page, path_ok=wanted_page)
