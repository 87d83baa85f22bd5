#!/usr/bin/env python3
"""Labelled rows from HackTricks' macOS pages and its exfiltration and
tunnelling pages (`htmac:`), pages no other builder reads, first read in
session 33 (carlospolop/hacktricks: `macos-hardening/**`,
`generic-methodologies-and-resources/exfiltration.md` and
`tunneling-and-port-forwarding.md`): macOS red teaming, the keychain,
auto-start locations, TCC, Gatekeeper, SIP and sandbox bypasses, process
and library injection, useful commands; moving data out and tunnelling it.
Claude Code runs on developers' Macs, so these lines reach the hook as
they are. Commands nobody tuned on.

    htmac.py REPO_GIT_DIR [--part=K]                > htmac.jsonl
    htmac.py REPO_GIT_DIR [--part=K] --candidates   (ids and lines, for labelling)

Candidates are the lines of the pages' shell code blocks, taken as htc.py
takes them (`htc.page_candidates`: continuations joined, `$ ` prompts
dropped, `<placeholder>` filled, comments skipped, only lines bash parses
whose first word is a program or an assignment), each text once, split in
two halves by the candidate's id alone (the first byte of its SHA-256
below or above 128). Part 0 was labelled by hand in session 33, in
`htmac-labels.tsv`, from the line and its heading alone and before any
row ran through the hook, by the rules in bol.py's docstring; part 1
(`htmac-part1-labels.tsv`) only after part 0's mends, so that its first
figure is a held-out one. Rows cite `htmac:<page>#<block>.<line>`; the
page is the unit the corpus is split on.
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import sampled_main  # noqa: E402

MAC = "macos-hardening/"
GENERIC = "generic-methodologies-and-resources/"
PAGES = {GENERIC + "exfiltration.md", GENERIC + "tunneling-and-port-forwarding.md"}


def wanted_page(path):
    return path.startswith(MAC) or path in PAGES


def short(path):
    """`.../macos-users.md` -> `macos-users`; `.../macos-sandbox/README.md`
    -> `macos-sandbox`."""
    path = re.sub(r"/README\.md$", ".md", path)
    return re.sub(r"\.md$", "", path.rsplit("/", 1)[-1])


def page(path):
    """A page's name: its short name, or with its parent's in front where
    two wanted pages share the short one (`macos-ipc-inter-process-communication`
    is under both `mac-os-architecture` and `macos-proces-abuse`)."""
    name = short(path)
    if name in SHARED:
        parent = re.sub(r"/README\.md$", "", path).rsplit("/", 2)[-2]
        name = f"{parent[:20]}/{name}"
    return name[:70]


def shared_names(repo):
    from snapshot import names
    seen = {}
    for p in names(repo):
        if p.endswith(".md") and wanted_page(p):
            seen.setdefault(short(p), set()).add(p)
    return {n for n, ps in seen.items() if len(ps) > 1}


SHARED = set()


if __name__ == "__main__":
    SHARED.update(shared_names(sys.argv[1]))
    # Half K (`--part=K`: 128 first-byte values a part).
    sampled_main("htmac.py", "htmac", "", 128, "htmac", page_of=page, path_ok=wanted_page)
