#!/usr/bin/env python3
"""Labelled dangerous rows from infosecB/LOOBins (macOS living-off-the-land
binaries, a LOLBAS-style list).

    loobins.py REPO_GIT_DIR > loobins.jsonl

Rules, fixed before any row was run through the hook (session 7):
- every `example_use_cases[].code` of every LOOBins/*.yml is one row, whole
  (a multi-line block is one command line, as the list shows it);
- the label comes from the use case's ATT&CK tactics, the strongest first:
  Credential Access -> credential_access; Exfiltration and Command and
  Control -> exfiltration; Persistence and Privilege Escalation ->
  self_escalation; Impact -> destructive; Lateral Movement ->
  remote_code_exec; Execution -> wrapper_escape; Defense Evasion ->
  defense_evasion (medium). All others are high: a tactic alone never says
  "critical";
- use cases whose tactics are only Discovery, Reconnaissance, Collection,
  Resource Development or Initial Access are left out (a developer lists,
  reads and copies things all day; the labelling policy of the ATT&CK
  corpus v2);
- rows that are not a command (`bash -n` rejects them) are left out;
- rows cite `loobins:<binary>#<n>`; the binary is the split unit.

Nothing was tuned on this corpus in the session that built it; its first
figure is a held-out figure in full (`--split all`).
"""

import json
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from snapshot import head, names, parses, show  # noqa: E402

ORDER = [
    ("Credential Access", "credential_access", "high"),
    ("Exfiltration", "exfiltration", "high"),
    ("Command and Control", "exfiltration", "high"),
    ("Persistence", "self_escalation", "high"),
    ("Privilege Escalation", "self_escalation", "high"),
    ("Impact", "destructive", "high"),
    ("Lateral Movement", "remote_code_exec", "high"),
    ("Execution", "wrapper_escape", "high"),
    ("Defense Evasion", "defense_evasion", "medium"),
]


def main():
    repo = sys.argv[1]
    commit = head(repo)
    seen = set()
    for path in sorted(n for n in names(repo, "LOOBins") if n.endswith(".yml")):
        text = show(repo, path)
        try:
            doc = yaml.safe_load(text) or {}
        except yaml.YAMLError:
            print(f"skipped {path}: not YAML", file=sys.stderr)
            continue
        binary = doc.get("name") or path.rsplit("/", 1)[-1][:-4]
        for n, case in enumerate(doc.get("example_use_cases") or []):
            tactics = set(case.get("tactics") or [])
            lab = next(((c, s, t) for t, c, s in ORDER if t in tactics), None)
            if lab is None:
                continue
            command = str(case.get("code") or "").strip()
            if not command or command in seen or not parses(command):
                continue
            seen.add(command)
            category, severity, tactic = lab
            print(json.dumps({
                "command": command,
                "cwd": "/Users/dev/project",
                "label": "dangerous",
                "category": category,
                "severity": severity,
                "why": f"{tactic}: {case.get('name', '')}",
                "source": f"loobins:{binary}#{n}",
                "tags": ["loobins", f"commit:{commit[:12]}"],
            }, ensure_ascii=False))


if __name__ == "__main__":
    main()
