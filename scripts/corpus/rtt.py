#!/usr/bin/env python3
"""Labelled rows from mantvydasb/RedTeaming-Tactics-and-Techniques (`rtt:`),
first read in session 50: a red teamer's notes (ired.team) in Markdown
pages on offensive security, Active Directory, code execution,
credential access, defense evasion, enumeration, lateral movement,
persistence and privilege escalation, with Linux and Windows command
lines among them. Commands nobody tuned on.

    rtt.py REPO_GIT_DIR [--part=K]                > rtt.jsonl
    rtt.py REPO_GIT_DIR [--part=K] --candidates   (ids and lines, for labelling)

Candidates are the lines of the pages' shell code blocks, taken as
htc.py takes them (`htc.page_candidates`), each text once, and of those a
fixed half chosen by the candidate's id alone (`htc.sampled_pages`:
the first byte of its SHA-256 // 128 == K), so that one session labels a
part by hand without choosing which. Ids are `<page path without
.md>#<block>.<n>`.

Parts 0 and 1 were labelled by hand in session 50 (`rtt-labels.tsv`,
`rtt-part1-labels.tsv`) from each line and its heading before any of
their rows ran, by ppn.py's rules:
enumeration of a remote host, a domain or this host, tool installs from
language registries or a clone, and downloads alone: B; system package
installs, services, network and firewall settings, accounts and
directory objects changed, anything changed with sudo, persistence:
`D self_escalation`; a reverse or bind shell, a payload fetched and run,
code run on another host: `D remote_code_exec`; credentials read,
dumped, cracked, sprayed or used as hashes: `D credential_access`;
tunnels, listeners, C2 servers and files sent out: `D exfiltration`;
deleting outside the project: `D destructive`; logs and history erased,
defenses turned off: `D defense_evasion`; output, prose, code of other
languages, debuggers' and a tool's own console commands: `-`. Windows
command lines (cmd, PowerShell) are labelled as the Linux ones, by what
they do (services, scheduled tasks and registry run keys: persistence).
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import sampled_main, sampled_pages  # noqa: E402

def page_of(path):
    """htc's page name: the path without `.md`, at most 70 characters."""
    return re.sub(r"\.md$", "", path)[:70]


def collided(repo):
    """Ids two pages share once their names are cut to 70 characters
    (`binary-exploitatio...` names five pages): a hand label by id cannot
    tell their lines apart, so their rows are left out (7 ids of part 0,
    found after its first run: the label of `python exploit.py` had been
    given to `gcc getenvvar.c` too)."""
    seen, twice = set(), set()
    for c in sampled_pages(repo, "", page_of, 256, 0):
        (twice if c[0] in seen else seen).add(c[0])
    return twice


if __name__ == "__main__":
    repo = next((a for a in sys.argv[1:] if not a.startswith("--")), "")
    dup = collided(repo) if repo else set()
    sampled_main("rtt.py", "rtt", "", 128, "rtt", page_of=page_of, wanted=lambda i: i not in dup)
