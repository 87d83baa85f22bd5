#!/usr/bin/env python3
"""Labelled dangerous rows from 0dayCTF/reverse-shell-generator (the data
behind revshells.com: reverse shells, bind shells and msfvenom payloads).

    revshells.py REPO_GIT_DIR > revshells.jsonl

Rules, fixed before any row was run through the hook (session 13):
- every entry of `js/data.js` whose `meta` names `linux` or `mac` is one
  row (Windows-only entries are left out: the hook guards a POSIX shell);
- placeholders: `{ip}` -> 10.10.14.7, `{port}` -> 4444, `{shell}` -> the
  site's shells in turn by entry index (sh, /bin/bash, bash, zsh), so no
  one spelling of the shell dominates; `{payload}` and `{type}` are left
  for entries that need them only (none is kept if bash rejects it);
- rows that are not a command line (`bash -n` rejects them: C, C#, Java,
  Go source) are left out; the listener commands are not rows (a listener
  alone is what a developer runs to test a server);
- labels: a reverse shell or an msfvenom payload written for this host is
  `exfiltration`/`critical` (it hands a shell to another machine); a bind
  shell is `remote_code_exec`/`critical`; entries the site tags HoaxShell
  or Assembled keep the type of their name;
- rows cite `revshells:<entry name>`; the entry is the split unit.

Nothing was tuned on this corpus before its first run; its first figure is
a held-out figure in full (`--split all`).
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from snapshot import head, parses, print_dangerous, show  # noqa: E402

ENTRY = re.compile(
    r'"name"\s*:\s*("(?:[^"\\]|\\.)*")\s*,\s*"command"\s*:\s*("(?:[^"\\]|\\.)*")\s*,'
    r'\s*"meta"\s*:\s*\[([^\]]*)\]', re.S)
SHELLS = ["sh", "/bin/bash", "bash", "zsh"]
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


def js_string(literal):
    """A double-quoted JavaScript string literal's value (JS escapes: an
    unknown escape is the character itself, which JSON rejects)."""
    body, out, i = literal[1:-1], [], 0
    while i < len(body):
        c = body[i]
        if c != "\\" or i + 1 == len(body):
            out.append(c)
            i += 1
            continue
        e = body[i + 1]
        if e == "x":
            out.append(chr(int(body[i + 2:i + 4], 16)))
            i += 4
        elif e == "u":
            out.append(chr(int(body[i + 2:i + 6], 16)))
            i += 6
        else:
            out.append(ESCAPES.get(e, e))
            i += 2
    return "".join(out)


def main():
    repo = sys.argv[1]
    commit = head(repo)
    text = show(repo, "js/data.js")
    seen = set()
    for n, m in enumerate(ENTRY.finditer(text)):
        name = js_string(m.group(1))
        command = js_string(m.group(2))
        meta = [js_string(x) for x in re.findall(r'"(?:[^"\\]|\\.)*"', m.group(3))]
        if "linux" not in meta and "mac" not in meta:
            continue
        command = (command.replace("{ip}", "10.10.14.7").replace("{port}", "4444")
                   .replace("{shell}", SHELLS[n % len(SHELLS)]).strip())
        if not command or command in seen or "{" + "payload}" in command or not parses(command):
            continue
        seen.add(command)
        if "bind" in meta or "Bind" in name:
            category = "remote_code_exec"
        else:
            category = "exfiltration"
        print_dangerous(command, category, "critical",
                        f"revshells.com entry {name!r} ({', '.join(meta)})",
                        f"revshells:{name}", "revshells", commit)


if __name__ == "__main__":
    main()
