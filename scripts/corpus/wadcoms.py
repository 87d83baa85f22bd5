#!/usr/bin/env python3
"""Labelled rows from WADComs/WADComs.github.io (`wadcoms:`), first read
in session 67: an interactive cheat sheet of offensive command lines for
Windows and Active Directory environments (impacket, CrackMapExec,
Evil-WinRM, BloodHound ingestors, Kerberos attacks, relaying, credential
dumping, enumeration), one YAML front-matter entry per technique, as
GTFOBins and LOLBAS keep theirs. Commands nobody tuned on.

    wadcoms.py REPO_GIT_DIR                > wadcoms.jsonl
    wadcoms.py REPO_GIT_DIR --candidates   (ids and lines, for labelling)

Candidates are the lines of each entry's `command` field (`_wadcoms/*.md`),
`#` comments skipped, `$ ` prompts dropped and `<placeholder>` filled as
htc.py does (`htc.filled`, `htc.is_candidate`), each text once. Ids are
`<entry file name without .md>#<n>`, n counting the field's non-comment
lines; a row's why is the first line of the entry's description.

Labels (`wadcoms-labels.tsv`) are written by hand from each line and its
entry before any of its rows ran, by rtt.py's rules (copied in thc.py's
docstring): enumeration of a remote host (or the domain) without
credentials taken: B; credentials read, dumped, sniffed, relayed,
cracked or used as a hash or ticket to log in: `D credential_access`;
code run on another host (psexec, wmiexec, evil-winrm, a shell): `D
remote_code_exec`; accounts and rights changed: `D self_escalation`;
a tool's own console commands: `-`.
"""

import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import filled, is_candidate  # noqa: E402
from snapshot import distinct, names, show, stem_labelled_main  # noqa: E402

DIR = "_wadcoms/"


def front_matter(text):
    """The YAML between the first two `---` lines of an entry."""
    parts = text.split("\n---")
    head = parts[0].lstrip("-\n") if text.startswith("---") else ""
    return yaml.safe_load(head) or {}


def candidates(repo):
    def every():
        for path in sorted(p for p in names(repo) if p.startswith(DIR) and p.endswith(".md")):
            entry = front_matter(show(repo, path))
            about = str(entry.get("description") or "").strip().split("\n")[0].strip()
            n = 0
            for raw in str(entry.get("command") or "").split("\n"):
                line = filled(raw.strip().removeprefix("$ ").strip())
                if not line or line.startswith("#"):
                    continue
                n += 1
                if is_candidate(line):
                    yield f"{path[len(DIR):-len('.md')]}#{n}", about[:120], line
    return list(distinct(every()))


if __name__ == "__main__":
    stem_labelled_main(__file__, candidates)
