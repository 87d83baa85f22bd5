#!/usr/bin/env python3
"""Labelled dangerous rows from swisskyrepo/InternalAllTheThings (attack
write-ups): the reverse and bind shell cheatsheets and the Linux
persistence page.

    allthethings.py REPO_GIT_DIR > allthethings.jsonl

Rules, fixed before any row was run through the hook:
- cheatsheets: every line of every code block is one row, after dropping
  prompts (`user@victim$ `); left out are labels (`Victim:`), notes, lines
  run on the attacker's side (`user@attack$`, and in the reverse-shell
  sheet any listener: `-l`/`-lvp`/`TCP-L:`/`LISTEN`), Windows commands
  (`powershell`, `cmd`, `C:\\`), comments, single words, shell prompts,
  blocks tagged with a compiled language (source code, not commands), the
  "Tools" and "Spawn TTY Shell" sections (upgrading a shell already
  obtained, no network), source-code lines (`import `, `return `, `var `),
  and lines `bash -n` rejects;
- persistence blocks that show a file's contents (a unit file or desktop
  entry starting with `[`, APT configuration `X::Y`) are left out. Reverse-shell rows are exfiltration /
  critical ("sends a shell to a remote listener"); bind-shell rows are
  exfiltration / critical ("serves a shell on a port");
- persistence page: every code block tagged bash, sh, powershell or ps1
  (the page tags shell blocks so) that `bash -n` accepts is one row, whole;
  self_escalation / high ("plants persistence: <section>"), except the
  "Basic Reverse Shell" section (listeners, left out);
- rows cite `allthethings:<page>/<section>#<n>`; the section is the unit the
  corpus is split on.

Nothing was tuned on this corpus in the session that built it; its figure is
a held-out figure in full (`--split all`).
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from snapshot import head, parses, print_dangerous, show, slug  # noqa: E402

PAGES = {
    "docs/cheatsheets/shell-reverse-cheatsheet.md": ("revshell", "lines"),
    "docs/cheatsheets/shell-bind-cheatsheet.md": ("bindshell", "lines"),
    "docs/redteam/persistence/linux-persistence.md": ("persistence", "blocks"),
}
SHELL_TAGS = {"bash", "sh", "powershell", "ps1", "shell", ""}
# Blocks of one-liners in the cheatsheets are tagged by the payload's
# language; blocks tagged rust, c, go, java... hold source code, not commands.
LINE_TAGS = SHELL_TAGS | {"python", "perl", "ruby", "php", "lua", "awk", "js", "javascript"}
# Sections that are not reverse or bind shells: tool lists and upgrading a
# shell already obtained to a TTY (no network).
LEFT_OUT_SECTIONS = {"Tools", "Spawn TTY Shell", "Summary", "References"}
PROMPT = re.compile(r"^\S+@(victim|target)\S*\$\s*")
LISTENER = re.compile(r"(\s-[a-z]*l[a-z]*\b|TCP-L:|TCP4-LISTEN|LISTEN:|\blisten\b)")
WINDOWS = re.compile(r"^(powershell|pwsh|cmd|C:\\|\$client|IEX|Invoke-)", re.I)


def cheatsheet_line(line, drop_listeners):
    """A cheatsheet line as a row, or None when the rules leave it out."""
    line = line.strip()
    if not line or line.endswith(":") or line.upper().startswith("NOTE"):
        return None
    if line.startswith("#") or " " not in line or re.match(r"^\S+@\S+:\S*\$", line):
        return None
    # Source-code lines inside one-liner blocks.
    if re.match(r"^(-|import |return |\. \.\\|var |const |let )", line):
        return None
    if "@attack" in line.split(" ", 1)[0]:
        return None
    line = PROMPT.sub("", line)
    if WINDOWS.search(line):
        return None
    if drop_listeners and LISTENER.search(line):
        return None
    return line


def blocks(text):
    """(section, tag, lines) of every fenced block."""
    section, tag, body, inside = "top", None, [], False
    for line in text.splitlines():
        if not inside and line.startswith("#"):
            section = line.lstrip("#").strip()
        if line.startswith("```"):
            if inside:
                yield section, tag, body
                inside, body = False, []
            else:
                inside, tag = True, line[3:].strip().lower()
            continue
        if inside:
            body.append(line)


def main():
    repo = sys.argv[1]
    commit = head(repo)
    seen = set()
    for path, (page, mode) in PAGES.items():
        text = show(repo, path)
        for n, (section, tag, body) in enumerate(blocks(text)):
            rows = []
            if mode == "lines":
                if tag not in LINE_TAGS or section in LEFT_OUT_SECTIONS:
                    continue
                for raw in body:
                    line = cheatsheet_line(raw, page == "revshell")
                    if line is not None:
                        rows.append(line)
                why = ("sends a shell to a remote listener (reverse shell)" if page == "revshell"
                       else "serves a shell on a port (bind shell)")
                category, severity = "exfiltration", "critical"
            else:
                if tag not in SHELL_TAGS or section == "Basic Reverse Shell":
                    continue
                block = "\n".join(body).strip()
                # File contents shown for reference (unit files, desktop
                # entries, APT configuration), not commands.
                if block.startswith("[") or re.match(r"^[A-Za-z]+::", block):
                    continue
                if block:
                    rows.append(block)
                why = f"plants persistence: {section}"
                category, severity = "self_escalation", "high"
            for k, command in enumerate(rows):
                if command in seen or not parses(command):
                    continue
                seen.add(command)
                print_dangerous(command, category, severity, why,
                                f"allthethings:{page}/{slug(section)}#{n}.{k}", "allthethings", commit)


if __name__ == "__main__":
    main()
