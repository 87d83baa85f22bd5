#!/usr/bin/env python3
"""Labelled dangerous rows from swisskyrepo/InternalAllTheThings pages not
used by allthethings.py: Linux privilege escalation, Linux evasion and
Docker breakout (attack write-ups).

    privesc.py REPO_GIT_DIR > privesc.jsonl

Rules, fixed in session 8 from the pages' section headings only, before
any row was read or run through the hook:
- every line of every code block tagged as a shell or a one-liner language
  is one row, with allthethings.py's `cheatsheet_line` rules (prompts
  dropped; labels, notes, comments, single words, source-code lines,
  attacker-side lines and Windows commands left out; listeners kept) and
  lines `bash -n` rejects left out;
- each row is labelled by the innermost section heading above its block,
  from the tables below; sections not in a table are left out (summaries,
  tool lists, checklists, references, and sections that only list or
  enumerate: last edited files, SUID and capability listings, cron jobs,
  systemd timers, an insecure registry's images);
- rows cite `privesc:<page>/<section>#<block>.<line>`; the section is the
  unit the corpus is split on.

Its first figure (`--split all`, session 8) is untuned: nothing was changed
for these rows before it was taken.

`--labels=v2` (written in session 8 after reading the first run's misses,
so its figures are not untuned): prompts are stripped (`$ `, `$> `,
`/ # `, `sh-5.0# `, `root@host:/dir# `, `╰─$ `) and lines that are not
commands are left out: program output and prose (a first word ending in
`:`, or starting with a capital letter that is not a variable
assignment), box-drawing prompt lines, and C source (`char `, `int `,
`#include`).
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from allthethings import LINE_TAGS, blocks, cheatsheet_line  # noqa: E402
from snapshot import head, parses, print_dangerous, show, slug  # noqa: E402

CRED = ("credential_access", "high", "reads credentials: {}")
ESC = ("self_escalation", "high", "escalates privileges: {}")
ESC_CRIT = ("self_escalation", "critical", "rewrites system authentication: {}")
EVADE = ("defense_evasion", "medium", "hides activity: {}")
EVADE_HIGH = ("defense_evasion", "high", "erases the record of activity: {}")

PAGES = {
    "docs/redteam/escalation/linux-privilege-escalation.md": ("linux-privesc", {
        "Files containing passwords": CRED,
        "Old passwords in /etc/security/opasswd": CRED,
        "In memory passwords": CRED,
        "Find sensitive files": CRED,
        "Preseed": CRED,
        "SSH Key": CRED,
        "Sensitive files": CRED,
        "SSH Key Predictable PRNG (Authorized_Keys) Process": CRED,
        "Create a SUID binary": ESC,
        "Edit capabilities": ESC,
        "Interesting capabilities": ESC,
        "SUDO": ESC,
        "NOPASSWD": ESC,
        "LD_PRELOAD and NOPASSWD": ESC,
        "Doas": ESC,
        "sudo_inject": ESC,
        "CVE-2019-14287": ESC,
        "Wildcard": ESC,
        "Writable files": ESC_CRIT,
        "Writable /etc/sysconfig/network-scripts/ (Centos/Redhat)": ESC_CRIT,
        "Writable /etc/passwd": ESC_CRIT,
        "Writable /etc/sudoers": ESC_CRIT,
        "NFS Root Squashing": ESC,
        "Shared Library": ESC,
        "ldconfig": ESC,
        "RPATH": ESC,
        "Groups": ESC,
        "Docker": ESC,
        "LXC/LXD": ESC,
        "Hijack TMUX session": ESC,
        "Kernel Exploits": ESC,
        "CVE-2022-0847 (DirtyPipe)": ESC,
        "CVE-2016-5195 (DirtyCow)": ESC,
        "CVE-2010-3904 (RDS)": ESC,
        "CVE-2010-4258 (Full Nelson)": ESC,
        "CVE-2012-0056 (Mempodipper)": ESC,
    }),
    "docs/redteam/evasion/linux-evasion.md": ("linux-evasion", {
        "File Names": EVADE,
        "Command History": EVADE_HIGH,
        "Hiding Text": EVADE,
        "Timestomping": EVADE,
        "Hiding PID Listings From Non-Root Users": EVADE_HIGH,
    }),
    "docs/containers/docker.md": ("docker", {
        "Mounted Docker Socket": ESC,
        "Open Docker API Port": ESC,
        "Exploit privileged container abusing the Linux cgroup v1": ESC,
        "Abusing CAP_SYS_ADMIN capability": ESC,
        "Abusing coredumps and core_pattern": ESC,
        "Breaking out of Docker via runC": ESC,
        "Breaking out of containers using a device file": ESC,
        "Breaking out of Docker via kernel modules loading": ESC,
    }),
}


PROMPTS = re.compile(r"^(\$>?\s+|/\s*#\s+|sh-[0-9.]+#\s+|\S+@\S+:\S*#\s+|╰─\$\s+)")


def v2_line(line):
    """The command a v2 row holds, or None when the line is not one."""
    line = PROMPTS.sub("", line).strip()
    if not line or line.startswith("╭"):
        return None
    first = line.split()[0]
    if first.endswith(":") or re.match(r"^(char|int|void|#include|return)\b", line):
        return None
    if first[0].isupper() and "=" not in first:
        return None
    return line


def page_rows(text, page, label_of, prefix, tag, commit, seen, v2):
    """Prints a row for every command line of every shell or one-liner
    block of a write-up page, labelled by `label_of(section)` (None: the
    section is left out); lines are taken by `cheatsheet_line`, and by
    `v2_line` too when `v2`. Shared by privesc.py, redteam.py and htpe.py."""
    for n, (section, block_tag, body) in enumerate(blocks(text)):
        label = label_of(section)
        if label is None or block_tag not in LINE_TAGS:
            continue
        category, severity, why = label
        for k, raw in enumerate(body):
            line = cheatsheet_line(raw, False)
            if v2 and line is not None:
                line = v2_line(line)
            if line is None or line in seen or not parses(line):
                continue
            seen.add(line)
            print_dangerous(line, category, severity, why.format(section),
                            f"{prefix}:{page}/{slug(section)}#{n}.{k}", tag, commit)


def pages_rows(repo, pages, prefix, tag, v2):
    """`page_rows` for every page of `pages` ({path: (page, {section:
    label})}) of the snapshot `repo`, rows cited as `prefix:...`, tagged
    `tag`, duplicates across pages left out. Shared by privesc.py,
    redteam.py and cloud.py."""
    commit = head(repo)
    seen = set()
    for path, (page, labels) in pages.items():
        page_rows(show(repo, path), page, labels.get, prefix, tag, commit, seen, v2)


def main():
    v2 = "--labels=v2" in sys.argv
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    pages_rows(args[0], PAGES, "privesc", "allthethings-privesc", v2)


if __name__ == "__main__":
    main()
