#!/usr/bin/env python3
"""Labelled rows from HackTricks' Linux pages and generic methodology pages
that no other builder reads (`htlin:`), first read in session 34
(carlospolop/hacktricks: `linux-hardening/**` but the pages htpe.py labels
by page, and `generic-methodologies-and-resources/**` but the pages
htmac.py and hacktricks.py read): restricted shells and read-only file
systems, environment variables, useful Linux commands, capabilities,
namespaces, cgroups, AppArmor, SELinux and seccomp, SUID and euid tricks,
FreeIPA and Linux Active Directory, forensics and anti-forensics,
brute force, network and wifi attacks, phishing, Python sandbox escapes,
TTY upgrades, msfvenom and Windows shells, searching for exploits and
leaked secrets. Commands nobody tuned on.

    htlin.py REPO_GIT_DIR [--part=K]                > htlin.jsonl
    htlin.py REPO_GIT_DIR [--part=K] --candidates   (ids and lines, for labelling)

Candidates are taken as htmac.py takes them (`htc.page_candidates`:
continuations joined, `$ ` prompts dropped, `<placeholder>` filled,
comments skipped, only lines bash parses whose first word is a program or
an assignment), each text once, split in two halves by the candidate's id
alone (the first byte of its SHA-256 below or above 128). Part 0 was
labelled by hand in session 34, in `htlin-labels.tsv`, from the line and
its heading alone and before any row ran through the hook, by the rules
in bol.py's docstring; part 1 (`htlin-part1-labels.tsv`) is labelled only
after part 0's mends, so that its first figure is a held-out one. Rows
cite `htlin:<page>#<block>.<line>`; the page is the unit the corpus is
split on.
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import sampled_main  # noqa: E402
from htpe import PAGES as HTPE_PAGES  # noqa: E402

LINUX = "linux-hardening/"
GENERIC = "generic-methodologies-and-resources/"
# Read by other builders: htmac.py (exfiltration, tunnelling) and
# hacktricks.py (the Linux shells page).
ELSEWHERE = {
    GENERIC + "exfiltration.md",
    GENERIC + "tunneling-and-port-forwarding.md",
    GENERIC + "shells/linux.md",
}


def wanted_page(path):
    if path in HTPE_PAGES or path in ELSEWHERE:
        return False
    return path.startswith(LINUX) or path.startswith(GENERIC)


def page(path):
    """`.../useful-linux-commands/README.md` -> `useful-linux-commands`;
    the path under its top directory otherwise, without `.md`."""
    path = re.sub(r"/README\.md$", ".md", path)
    path = path.split("/", 1)[1] if "/" in path else path
    return re.sub(r"\.md$", "", path)[-70:]


if __name__ == "__main__":
    # Half K (`--part=K`: 128 first-byte values a part).
    sampled_main("htlin.py", "htlin", "", 128, "htlin", page_of=page, path_ok=wanted_page)
