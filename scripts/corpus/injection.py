#!/usr/bin/env python3
"""Labelled dangerous rows from swisskyrepo/PayloadsAllTheThings' Command
Injection page (filter bypasses, argument injection, DNS exfiltration,
polyglots).

    injection.py REPO_GIT_DIR > injection.jsonl

Rules, fixed in session 15 from the page's section headings only, before
any row was read or run through the hook:
- lines are taken as cloud.py takes them (privesc.py's `--labels=v2` line
  rules; the page tags its shell blocks `powershell`, which the line rules
  accept, and Windows lines are left out by them);
- each row is labelled by the innermost section heading above its block:
  every "Bypass ..." section hides what runs from whoever reads the line
  (defense_evasion / medium); "Argument Injection" runs a command through
  another program's option (remote_code_exec / high); "Dns Based Data
  Exfiltration" sends local data out through DNS (exfiltration / high);
  "Polyglot Command Injection" (defense_evasion / medium). Left out: the
  basic and chaining examples (`id`, `ls`), payloads inside a command
  (`cat /etc/passwd`), time-based exfiltration (a timing oracle, harmless
  on the machine itself), tricks, labs and references;
- rows cite `injection:<section>#<block>.<line>`; the section is the unit
  the corpus is split on.

Its first figure (`--split all`, session 15) is untuned. Not committed:
built on this machine from a fetched snapshot.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from privesc import pages_rows  # noqa: E402

EVASION = ("defense_evasion", "medium", "hides what it runs from whoever reads the line: {}")
BYPASSES = [
    "Bypass Without Space", "Bypass With A Line Return", "Bypass With Backslash Newline",
    "Bypass With Tilde Expansion", "Bypass With Brace Expansion", "Bypass Characters Filter",
    "Bypass Characters Filter Via Hex Encoding", "Bypass With Single Quote",
    "Bypass With Double Quote", "Bypass With Backticks", "Bypass With Backslash and Slash",
    "Bypass With $@", "Bypass With $()", "Bypass With Variable Expansion",
    "Bypass With Wildcards", "Bypass With Random Case",
]
LABELS = {s: EVASION for s in BYPASSES}
LABELS["Argument Injection"] = ("remote_code_exec", "high", "runs a command through another program's option: {}")
LABELS["Dns Based Data Exfiltration"] = ("exfiltration", "high", "sends local data out through DNS: {}")
LABELS["Polyglot Command Injection"] = EVASION

PAGES = {"Command Injection/README.md": ("command-injection", LABELS)}


def main():
    pages_rows(sys.argv[1], PAGES, "injection", "payloadsallthethings", True)


if __name__ == "__main__":
    main()
