#!/usr/bin/env python3
"""Labelled dangerous rows from LOLESXi-Project/LOLESXi (living-off-the-land
binaries and scripts on VMware ESXi, a LOLBAS-style list).

    lolesxi.py REPO_GIT_DIR > lolesxi.jsonl

Rules, fixed before any row was run through the hook (session 13):
- every `Commands[].Command` of every `_lolesxi/Binaries/*.md` front matter
  is one row, whole (the procedural examples are left out: they carry
  placeholders such as `<ID>`, prose and typographic quotes);
- the label comes from the command's ATT&CK technique: Impact (T1485 data
  destruction, T1489 service stop, T1491 defacement, T1529 shutdown,
  T1561 disk wipe) -> destructive/high; Defense Evasion (T1562 impair
  defenses, T1070 indicator removal, T1222 permission changes) ->
  defense_evasion/medium; Lateral Movement (T1021) and Command and Control
  (T1572 protocol tunneling) -> remote_code_exec/high; Discovery
  (T1082, T1083, T1087) is left out, as in the LOOBins and ATT&CK v2
  corpora (a developer lists things all day); any other technique is
  left out;
- rows that bash rejects (`bash -n`) are left out;
- rows cite `lolesxi:<binary>#<n>`; the binary is the split unit.

ESXi's shell is BusyBox ash; the hook judges the commands as a POSIX shell
line on a developer machine, with the home /home/dev.

Nothing was tuned on this corpus before its first run; its first figure is
a held-out figure in full (`--split all`).
"""

import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from snapshot import head, names, parses, print_dangerous, show  # noqa: E402

LABELS = [
    (("T1485", "T1489", "T1491", "T1529", "T1561"), "destructive", "high", "Impact"),
    (("T1562", "T1070", "T1222"), "defense_evasion", "medium", "Defense Evasion"),
    (("T1021", "T1572"), "remote_code_exec", "high", "Lateral Movement / C2"),
]


def front_matter(text):
    if not text.startswith("---"):
        return None
    end = text.find("\n---", 3)
    if end < 0:
        return None
    try:
        return yaml.safe_load(text[3:end]) or {}
    except yaml.YAMLError:
        return None


def main():
    repo = sys.argv[1]
    commit = head(repo)
    seen = set()
    for path in sorted(n for n in names(repo, "_lolesxi") if n.endswith(".md")):
        doc = front_matter(show(repo, path))
        if doc is None:
            print(f"skipped {path}: no YAML front matter", file=sys.stderr)
            continue
        binary = doc.get("Name") or path.rsplit("/", 1)[-1][:-3]
        for n, case in enumerate(doc.get("Commands") or []):
            tid = str(case.get("MitreID") or "")
            lab = next(((c, s, t) for ids, c, s, t in LABELS if tid.startswith(ids)), None)
            if lab is None:
                continue
            command = str(case.get("Command") or "").strip()
            if not command or command in seen or not parses(command):
                continue
            seen.add(command)
            category, severity, tactic = lab
            print_dangerous(command, category, severity,
                            f"{tactic} ({tid}): {case.get('Description', '')}"[:300],
                            f"lolesxi:{binary}#{n}", "lolesxi", commit)


if __name__ == "__main__":
    main()
