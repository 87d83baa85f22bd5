#!/usr/bin/env python3
"""Labelled dangerous rows from a GTFOArgs checkout (argument injection:
options that make a program run commands, read or write files; the
_gtfoargs/*.md front matter, GTFOBins' format).

    gtfoargs.py REPO_GIT_DIR > gtfoargs.jsonl

Rules, fixed in session 9 from the site's function names only, before any
row was read or run through the hook:
- every example (`code`) of the functions below is one row, lines kept
  together, labelled by its function:
  shell, command -> wrapper_escape / high (a command run through an option);
  file-read -> credential_access / high, with `/etc/passwd` (world-
  readable) replaced by `~/.ssh/id_rsa` as gtfobins.py concretises reads;
  file-write, file-download -> self_escalation / high, left out when every
  path the example names is under /tmp (a scratch write);
  file-upload -> exfiltration / high;
  other functions (`sudo`) are left out;
- examples `bash -n` rejects are left out;
- rows cite `gtfoargs:<program>#<function>/<n>`; the program is the unit
  the corpus is split on.

Its first figure (session 9) is untuned: nothing was changed for these
rows before it was taken. The corpus is built on this machine from a
fetched snapshot and is not committed.
"""

import os
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from snapshot import head, names, parses, print_dangerous, show  # noqa: E402

LABELS = {
    "shell": ("wrapper_escape", "high", "runs a command through an option (GTFOArgs shell)"),
    "command": ("wrapper_escape", "high", "runs a command through an option (GTFOArgs command)"),
    "file-read": ("credential_access", "high", "reads a credential file through an option (GTFOArgs file read)"),
    "file-write": ("self_escalation", "high", "writes a file through an option (GTFOArgs file write)"),
    "file-download": ("self_escalation", "high", "downloads into a file through an option (GTFOArgs file download)"),
    "file-upload": ("exfiltration", "high", "sends a file away through an option (GTFOArgs file upload)"),
}
PATH = re.compile(r"(?<![\w.])(~?/[\w./-]+)")


def main():
    repo = sys.argv[1]
    commit = head(repo)
    seen = set()
    for path in sorted(names(repo, "_gtfoargs")):
        if not path.endswith(".md"):
            continue
        program = path.split("/", 1)[1].removesuffix(".md")
        front = show(repo, path).split("\n---", 1)[0].strip().removeprefix("---")
        try:
            doc = yaml.safe_load(front) or {}
        except yaml.YAMLError:
            print(f"skipped {path}: not YAML", file=sys.stderr)
            continue
        for function, entries in (doc.get("functions") or {}).items():
            if function not in LABELS:
                continue
            for n, entry in enumerate(entries or []):
                code = ((entry or {}).get("code") or "").strip()
                if not code:
                    continue
                if function == "file-read":
                    code = code.replace("/etc/passwd", "~/.ssh/id_rsa")
                if function in ("file-write", "file-download"):
                    paths = PATH.findall(code)
                    if all(p.startswith("/tmp") for p in paths):
                        continue
                if code in seen or not parses(code):
                    continue
                seen.add(code)
                category, severity, why = LABELS[function]
                print_dangerous(code, category, severity, why,
                                f"gtfoargs:{program}#{function}/{n}", "gtfoargs", commit)


if __name__ == "__main__":
    main()
