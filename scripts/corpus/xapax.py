#!/usr/bin/env python3
"""Labelled rows from xapax/security (`xapax:`), first read in session 63:
a penetration tester's handbook in Markdown pages (basics of Linux and
Windows, recon, initial access, attacking internal networks, Active
Directory, Kubernetes, web and mobile applications, post-exploitation,
password cracking, tools), with Linux command lines among everyday and
offensive ones. Commands nobody tuned on.

    xapax.py REPO_GIT_DIR [--part=K]                > xapax.jsonl
    xapax.py REPO_GIT_DIR [--part=K] --candidates   (ids and lines, for labelling)

Candidates are the lines of the pages' shell code blocks under docs/,
taken as htc.py takes them (`htc.page_candidates`), each text once, and
of those a fixed eighth chosen by the candidate's id alone
(`htc.sampled_pages`: the first byte of its SHA-256 // 32 == K), so that
one session labels a part by hand without choosing which. Ids are
`<page path under docs/ without .md, at most 70 characters>#<block>.<n>`.

Labels (`xapax-labels.tsv` for part 0, `xapax-partK-labels.tsv` after
it) are written by hand from each line and its heading before any of the
part's rows ran, by rtt.py's rules (copied in thc.py's docstring):
enumeration of a remote host, a domain or this host, tool installs from
language registries or a clone, downloads alone and everyday use: B;
system package installs, services, network and firewall settings,
accounts and directory objects changed, anything changed with sudo,
persistence: `D self_escalation`; a reverse or bind shell, a payload
fetched and run, code run on another host: `D remote_code_exec`;
credentials read, dumped, cracked, sprayed, relayed or used as hashes:
`D credential_access`; tunnels, listeners serving a shell or files and
files sent out: `D exfiltration`; deleting outside the project: `D
destructive`; logs and history erased, defenses turned off: `D
defense_evasion`; output, prose, code of other languages and a tool's own
console commands: `-`. Windows command lines are labelled by what they
do, as the Linux ones.
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import sampled_main, sampled_pages  # noqa: E402


def collided(repo):
    """Ids two pages share once their names are cut to 70 characters
    (every page under `attacking_active_directory_domain/active_directory_
    privilege_escalation/` is `...escalatio`): a hand label by id cannot
    tell their lines apart, so their rows are left out (9 ids, none in part
    0; found labelling part 1, as rtt.py found its own)."""
    seen, twice = set(), set()
    for c in sampled_pages(repo, "docs/", lambda p: re.sub(r"\.md$", "", p[len("docs/"):])[:70], 256, 0):
        (twice if c[0] in seen else seen).add(c[0])
    return twice


if __name__ == "__main__":
    repo = next((a for a in sys.argv[1:] if not a.startswith("--")), "")
    dup = collided(repo) if repo else set()
    sampled_main("xapax.py", "xapax", "docs/", 32, "xapax", wanted=lambda i: i not in dup)
