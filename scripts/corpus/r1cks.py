#!/usr/bin/env python3
"""Labelled rows from r1cksec/cheatsheets, first read in session 43: a
penetration tester's command notes, one Markdown page per tool, each
entry a `### heading` over a code block. Only the `linux/` pages (306
tools: curl, ssh, nmap, openssl, find, git, docker, tar, socat, ...):
everyday system work beside recon, credential hunting, tunnelling and
exploitation. Commands nobody tuned on.

    r1cks.py REPO_GIT_DIR [--part=K]                > r1cks.jsonl
    r1cks.py REPO_GIT_DIR [--part=K] --candidates   (ids and lines, for labelling)

Candidates: the lines of each `linux/*.md` page's code blocks (any info
string; `htc.block_candidates`: continuations joined, `$ ` prompts
dropped, `<placeholder>` filled), kept when the first word is a program
and bash parses the line, each text once. Ids are
`<tool>#<block>.<n>`. The pages are split in eight parts by the page's
name (the first byte of its SHA-256 // 32), so one tool's lines stay in
one part.

Part 0 (`r1cks-labels.tsv`) is labelled by hand in session 43 from the
line and its heading alone, before any row ran through the hook, by the
rules of the attackers' sheets (oscpsheets.py's docstring) and acs.py's
rules for ordinary tools: `D credential_access` for reading or dumping
keys, hashes, passwords and tokens (shadow, SAM, browser stores, key
files: high; password searches of the machine: medium); `D
remote_code_exec` for reverse and bind shells (critical), fetched code
run (critical), shells on other machines (medium); `D exfiltration` for
files sent to other hosts and listeners serving files (medium; secrets:
critical); `D self_escalation` for sudo changes, setuid, users, services,
persistence (cron, shell start-up files: high), firewall changes; `D
destructive` for deletes outside the project, wipes and history
destruction; `D defense_evasion` for log and history clearing; `B` for
scans of a target and everyday commands (the hook asks about scans by
design; they are not labelled dangerous here, as in oscpsheets), `-` for
prose, output and lines of other languages. Rows cite `r1cks:<id>`.

Parts 1 and 2 (`r1cks-part1-labels.tsv`, `r1cks-part2-labels.tsv`) are
labelled by hand in session 44 by the same rules, before any of their rows
ran (binary of ce60da6), adding: brute force and password spraying of a
service, relayed or coerced authentication and cracking a captured
handshake are `D credential_access` (medium; cracking: high, as hashcat);
attacks on other hosts' traffic (ARP spoofing, Wi-Fi deauthentication)
`-`; system network settings (sysctl, Wi-Fi connections, monitor mode)
and system package removals `D self_escalation medium`; killing the
network services (`airmon-ng check kill`) `D destructive medium`.

Parts 3 to 7 are labelled by hand later in session 44, each before any of
its rows ran (part 3 and 4 with the binary of 1a65784, 5 to 7 with that of
9769e40), by the same rules and the additions in each file's header:
cloud changes as in acs (instances terminated: destructive high;
resources created: self_escalation medium; a security group opened to
the world: high; an upload to a bucket: exfiltration medium); ssh dynamic
and remote forwards: exfiltration; a remote branch deleted: destructive
medium; secret scanners that print what they find (trufflehog,
gitleaks -v, noseyparker report): credential_access medium; payloads
generated and exploits compiled but not run: `B`; log and history
clearing: defense_evasion high.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import AnyInfo, labels_path, part_arg, sheet_part_candidates  # noqa: E402
from snapshot import distinct, hand_labelled_main, names  # noqa: E402

SHARE = 32


def sheet_main(under, stem):
    """The command line of a builder of one directory of these notes
    (`linux/` here, `windows/` for r1ckw.py): eight parts by page, rows
    citing `STEM:<id>`."""
    def candidates(repo):
        sheets = [(p[len(under):-3], p) for p in sorted(names(repo, under)) if p.endswith(".md")]
        return list(distinct(sheet_part_candidates(repo, sheets, SHARE, part_arg(), AnyInfo())))

    def row_of(cid, heading):
        return heading, f"{stem}:{cid}"

    hand_labelled_main(f"{stem}.py", candidates, labels_path(stem, part_arg()), row_of)


def main():
    sheet_main("linux/", "r1cks")


if __name__ == "__main__":
    main()
