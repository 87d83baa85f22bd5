#!/usr/bin/env python3
"""Labelled dangerous rows from mitre/stockpile (CALDERA's adversary
abilities), a second ATT&CK source written by other people than Atomic Red
Team.

    stockpile.py REPO_GIT_DIR > stockpile.jsonl

Rules, fixed before any row was run through the hook (session 7):
- every linux or darwin `sh`/`bash` executor command of every ability under
  data/abilities is one row, whole;
- the label is the ATT&CK corpus's, by technique (atomic.py's TECHNIQUES
  table, labels v2: the same techniques left out); techniques that table
  does not list (discovery and the like) are left out;
- CALDERA facts (`#{server}`) are filled from the table FACTS below, chosen
  as an operator's values would look; a row with a fact not in it is left
  out;
- rows `bash -n` rejects are left out;
- rows cite `stockpile:<technique>#<ability id>/<platform>`; the technique
  is the split unit, as in the ATT&CK corpus.

Nothing was tuned on this corpus in the session that built it; its first
figure is a held-out figure in full (`--split all`).
"""

import json
import os
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from atomic import V2_LEFT_OUT, label  # noqa: E402
from snapshot import head, names, parses, show  # noqa: E402

FACTS = {
    "server": "http://203.0.113.5:8888",
    "paw": "kxqzvb",
    "host.dir.staged": "/tmp/.s",
    "host.dir.staged[filters(max=1)]": "/tmp/.s",
    "host.dir.compress": "/tmp/.s.tar.gz",
    "host.user.name": "dev",
    "remote.ssh.cmd": "dev@203.0.113.7",
    "exe_name": "sandcat.go",
    "remote.host.ip": "203.0.113.7",
    "remote.host.port": "4444",
    "remote.host.socket": "203.0.113.7:4444",
    "host.dir.git": "/home/dev/project",
    "github.user.name": "exfil-user",
    "github.access.token": "ghp_0123456789abcdefghijABCDEFGHIJ012345",
    "github.repository.name": "drop",
    "github.repository.branch": "main",
    "host.archive.password": "s3cret",
    "host.file.path[filters(technique=T1005,max=3)]": "/home/dev/Documents/plans.docx",
    "file.sensitive.extension": "pdf",
    "nonstandard.port.number": "8443",
    "nonstandard.port.listener": "8443",
    "s3.source.name": "corp-data",
    "host.print.file": "/home/dev/Documents/plans.docx",
    "linux.staging.location": "/tmp/.s",
}


def rows(repo, wanted, prefix):
    """Rows from every CALDERA ability file of `repo` that `wanted(path)`
    accepts, citing `<prefix>:<technique>#<ability id>/<platform>`."""
    commit = head(repo)
    seen = set()
    for path in sorted(n for n in names(repo) if n.endswith((".yml", ".yaml")) and wanted(n)):
        text = show(repo, path)
        try:
            doc = yaml.safe_load(text) or []
        except yaml.YAMLError:
            print(f"skipped {path}: not YAML", file=sys.stderr)
            continue
        for ability in doc if isinstance(doc, list) else []:
            if not isinstance(ability, dict):
                continue
            technique = (ability.get("technique") or {}).get("attack_id", "")
            lab = label(technique)
            if lab is None or any(technique == t or technique.startswith(t + ".")
                                  for t in V2_LEFT_OUT):
                continue
            for platform, executors in (ability.get("platforms") or {}).items():
                if platform not in ("linux", "darwin"):
                    continue
                for names_, ex in (executors or {}).items():
                    if not {"sh", "bash"} & set(str(names_).split(",")):
                        continue
                    command = str((ex or {}).get("command") or "").strip()
                    if not command:
                        continue
                    command = re.sub(r"#\{([^}]+)\}",
                                     lambda m: FACTS.get(m.group(1), m.group(0)), command)
                    if "#{" in command or command in seen or not parses(command):
                        continue
                    seen.add(command)
                    category, severity = lab
                    yield {
                        "command": command,
                        "cwd": "/home/dev/project",
                        "label": "dangerous",
                        "category": category,
                        "severity": severity,
                        "why": f"{technique} {ability.get('name', '')}",
                        "source": f"{prefix}:{technique}#{ability.get('id', '')}/{platform}",
                        "tags": [prefix, f"commit:{commit[:12]}"],
                    }


def main():
    for row in rows(sys.argv[1], lambda p: p.startswith("data/abilities/"), "stockpile"):
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
