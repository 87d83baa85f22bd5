#!/usr/bin/env python3
"""Labelled rows from HackTricks' network-services pentesting pages
(`htnet:`), first read in session 35 (carlospolop/hacktricks:
`network-services-pentesting/**`, which no other builder reads): how each
service is enumerated, logged into, abused and looted (SSH, FTP, SMB,
databases, Redis, Docker, Kubernetes, LDAP, NFS, rsync, SNMP, web servers
and the rest). Commands nobody tuned on, many run against a service on
another host, many reading or changing the local machine.

    htnet.py REPO_GIT_DIR [--part=K]                > htnet.jsonl
    htnet.py REPO_GIT_DIR [--part=K] --candidates   (ids and lines, for labelling)

Candidates are taken as htmac.py and htlin.py take them
(`htc.page_candidates`), split in two halves by the candidate's id alone
(the first byte of its SHA-256 below or above 128). Part 0 is labelled by
hand in session 35, in `htnet-labels.tsv`, from the line and its heading
alone and before any row ran through the hook, by the rules in bol.py's
docstring and those htlin used (status, session 34); part 1
(`htnet-part1-labels.tsv`) only after part 0's mends, so that its first
figure is a held-out one. Rows cite `htnet:<page>#<block>.<line>`.
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import sampled_main  # noqa: E402

NET = "network-services-pentesting/"


def wanted_page(path):
    return path.startswith(NET) and path.endswith(".md")


def page(path):
    """`.../pentesting-web/README.md` -> `pentesting-web`; the path under
    the top directory otherwise, without `.md`."""
    path = re.sub(r"/README\.md$", ".md", path)
    path = path.split("/", 1)[1] if "/" in path else path
    return re.sub(r"\.md$", "", path)[-70:]


if __name__ == "__main__":
    # Half K (`--part=K`: 128 first-byte values a part).
    sampled_main("htnet.py", "htnet", "", 128, "htnet", page_of=page, path_ok=wanted_page)
