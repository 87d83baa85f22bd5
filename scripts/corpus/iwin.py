#!/usr/bin/env python3
"""Labelled rows from InternalAllTheThings' Windows pages (`iwin:`), pages
no other builder reads, first read in session 32: downloading and running
code, using credentials, privilege escalation, AMSI and Defender evasion,
DPAPI, persistence and RDP persistence on Windows
(`docs/redteam/**/windows-*.md`, `docs/redteam/persistence/rdp-persistence.md`).
Claude Code on Windows runs its Bash tool in Git Bash, so these lines
reach the hook as bash. Commands nobody tuned on.

    iwin.py REPO_GIT_DIR [--part=K]                > iwin.jsonl
    iwin.py REPO_GIT_DIR [--part=K] --candidates   (ids and lines, for labelling)

Candidates are the lines of the pages' code blocks taken as htc.py takes
them (`htc.page_candidates`), shell blocks and also PowerShell and cmd
blocks (`powershell`, `ps1`, `cmd`, `bat`, ...: their lines whose first
word is a lower-case program, such as `reg`, `schtasks`, `certutil` or
`powershell`, run the same from Git Bash; cmdlets are left out by
htc.is_candidate), each text once, split in two halves by the candidate's
id alone (the first byte of its SHA-256 below or above 128). Part 0 was
labelled by hand in session 32 before any row ran, in
`iwin-labels.tsv`, part 1 in `iwin-part1-labels.tsv` after part 0's
mends and before any of its rows ran, by the rules in bol.py's docstring.
Rows cite `iwin:<page>#<block>.<line>`; the page is the unit the corpus is
split on.
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import htc  # noqa: E402
from htc import sampled_main  # noqa: E402

PREFIX = "docs/redteam/"
htc.SHELL_INFO = htc.SHELL_INFO | {"powershell", "ps1", "ps", "pwsh", "cmd", "bat", "batch"}


def windows_page(cid):
    """Whether a candidate comes from a Windows page (`windows-*.md`) or the
    RDP persistence page."""
    path = PREFIX + cid.split("#")[0] + ".md"
    return re.search(r"/windows-[^/]*\.md$", path) is not None or path.endswith("/rdp-persistence.md")


if __name__ == "__main__":
    # Half K (`--part=K`: 128 first-byte values a part).
    sampled_main("iwin.py", "iwin", PREFIX, 128, "iwin", wanted=windows_page)
