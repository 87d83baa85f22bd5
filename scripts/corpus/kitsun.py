#!/usr/bin/env python3
"""Labelled rows from Kitsun3Sec/Pentest-Cheat-Sheets (`kitsun:`), first read
in session 48: a penetration tester's cheat sheets (DNS, SMB/NetBIOS, RPC,
SNMP, SMTP, NFS, MSSQL/MySQL, LFI and RCE, SQL injection by hand and with
sqlmap, XSS, encoding, enumeration, Jenkins, netcat, nmap, pass-the-hash,
pivoting, shells, ssh, webmin, Linux and Windows privilege escalation and
hash dumping). Commands nobody tuned on.

    kitsun.py REPO_GIT_DIR                > kitsun.jsonl
    kitsun.py REPO_GIT_DIR --candidates   (ids and lines, for labelling)

Candidates: every line of every code block (any info string) and every
inline code span of two words or more (`htc.markdown_lines`: most pages
are written in spans) of the Markdown pages, README.md first; ids are
`<page path without CheatSheets/ and /readme.md>#<n>`, n counting the
page's candidates from 1.

Labelled by hand (`kitsun-labels.tsv`) from each line and its heading
before any of its rows ran, by pwiki.py's rules: scans and enumeration of
a remote host or of this host: B; a reverse or bind shell, a payload
fetched and run, code run on a remote host through an exploit or stolen
credentials: `D remote_code_exec`; reading or dumping credentials
(shadow, SAM/SYSTEM hives, LSASS, keys, password greps): `D
credential_access`; an escalation step: `D self_escalation`; a listener
or a file pushed out: `D exfiltration`; lines that are output, prose,
SQL or payload text for a web form: `-`.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import AnyInfo, markdown_lines  # noqa: E402
from snapshot import distinct, git, show, stem_labelled_main  # noqa: E402


def candidates(repo):
    paths = git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
    pages = ["README.md"] + sorted(p for p in paths if p.lower().endswith(".md")
                                   and p not in ("README.md", "contribution.md"))

    def every():
        for p in pages:
            stem = p[:-3]
            for tail in ("/readme", "/README"):
                stem = stem.removesuffix(tail)
            stem = stem.removeprefix("CheatSheets/").replace(" ", "-")[:70]
            for n, (section, line) in enumerate(markdown_lines(show(repo, p), AnyInfo(), inline=True), 1):
                yield f"{stem}#{n}", section, line

    return list(distinct(every()))


def main():
    stem_labelled_main(__file__, candidates)


if __name__ == "__main__":
    main()
