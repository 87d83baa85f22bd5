#!/usr/bin/env python3
"""Labelled benign rows from two community cheat-sheet collections that no
other builder reads: chubin/cheat.sheets (the `sheets/` pages, as cheat.sh
serves them) and cheat/cheatsheets (the pages of the `cheat` tool).

    cheats.py CHUBIN_GIT_DIR CHEAT_GIT_DIR > cheats.jsonl

Rules, written in session 24 from the two repositories' formats alone,
before any row was run through the hook:
- a page is one regular file (not a symbolic link): `sheets/<name>` of cheat.sheets (not the `_<lang>/`
  directories, which hold programming-language snippets, not command
  lines), and every top-level file of cheatsheets (not dot-files);
  cheatsheets' YAML front matter (`---` ... `---`) is dropped;
- an example is a run of non-comment lines after a comment: each line is
  one example, a line ending in `\\` is joined with the next, and a line
  that `bash -n` rejects alone is joined with the following lines of its
  run until they parse together (a loop or here-document written over
  several lines); what never parses is left out;
- its description is the comment block right above its run, and the
  page's summary is the page's first comment block;
- placeholders are made concrete the same way everywhere: `<word>`
  (cheatsheets' notation; letters, digits, `_.-` only, not after another
  `<`) becomes `word`, and `[word]`-free text stays as written;
- an example is left out when its description or its page's summary
  matches tldr.py's `LEAVE_OUT` (v2) expression (deletes, kills,
  overwrites, formats, passwords, keys, uploads, shells, servers, remote
  logins, installs, permissions, disks, scans, scheduling, tunnels, ...),
  or when the command uses sudo, su, doas or pkexec (tldr.py's
  `ESCALATE`): whether an agent should run those is not a question a
  label can settle from a one-line description;
- examples made of prose or keystrokes (a line whose first word is not a
  plausible command name: letters, digits and `._+-/` only), and
  examples that do not name the page's program as a whole word (key
  tables, editor and REPL commands, markup: `C-x v u ...` on the emacs
  page, `o /etc/issue` on the r2 page) are left out;
- everything else is benign.
Rows cite `cheats:<collection>/<page>#<n>`; the page is the unit the
corpus is split on.

First measured in session 24 with nothing tuned on it (`--split all`).
The corpus is built on this machine from fetched snapshots and is not
committed.
"""

import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from snapshot import git, head, parses, show  # noqa: E402
from tldr import ESCALATE, LEAVE_OUT  # noqa: E402

PLACEHOLDER = re.compile(r"(?<![<\w])<([A-Za-z][\w.-]*)>")
COMMAND_WORD = re.compile(r"^[\w.+/-]+$")


def files(repo):
    """Every regular file of the snapshot (not links), names as stored."""
    for entry in git(repo, "ls-tree", "-r", "-z", "HEAD").split("\0"):
        meta, _, path = entry.partition("\t")
        if meta.startswith("100644 blob") or meta.startswith("100755 blob"):
            yield path


def pages(repo, collection):
    """(page name, text) of every page of a collection."""
    for path in files(repo):
        parts = path.split("/")
        if collection == "cheat.sheets":
            if len(parts) == 2 and parts[0] == "sheets" and not parts[1].startswith((".", "_")):
                yield parts[1], show(repo, path)
        elif len(parts) == 1 and not path.startswith("."):
            yield path, show(repo, path)


def strip_front_matter(text):
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":
        for k in range(1, len(lines)):
            if lines[k].strip() == "---":
                return "\n".join(lines[k + 1:])
    return text


def runs(text):
    """(description, [command lines]) for each run of command lines."""
    comment, cmds, out = [], [], []
    for line in strip_front_matter(text).split("\n"):
        if line.lstrip().startswith("#"):
            if cmds:
                out.append((" ".join(comment), cmds))
                comment, cmds = [], []
            comment.append(line.lstrip().lstrip("#").strip())
        elif not line.strip():
            if cmds:
                out.append((" ".join(comment), cmds))
                comment, cmds = [], []
        else:
            cmds.append(line)
    if cmds:
        out.append((" ".join(comment), cmds))
    return out


def examples(cmds):
    """The examples of one run: lines joined at `\\` and until they parse."""
    joined, cur = [], ""
    for line in cmds:
        cur = f"{cur}\n{line}" if cur else line
        if cur.endswith("\\"):
            continue
        joined.append(cur)
        cur = ""
    if cur:
        joined.append(cur)
    out, pending = [], ""
    for part in joined:
        pending = f"{pending}\n{part}" if pending else part
        if parses(pending):
            out.append(pending)
            pending = ""
    return out


def concrete(command):
    return PLACEHOLDER.sub(lambda m: m.group(1), command)


def main():
    chubin, cheat = sys.argv[1], sys.argv[2]
    seen = set()
    for repo, collection in ((chubin, "cheat.sheets"), (cheat, "cheatsheets")):
        commit = head(repo)
        for page, text in sorted(pages(repo, collection)):
            rs = runs(text)
            summary = rs[0][0] if rs else ""
            n = 0
            for desc, cmds in rs:
                for ex in examples(cmds):
                    n += 1
                    command = concrete(ex).strip()
                    first = command.split()[0] if command.split() else ""
                    if not COMMAND_WORD.match(first.lstrip("\\")):
                        continue
                    own = re.compile(r"(?<![\w.-])" + re.escape(page) + r"(?![\w-])")
                    if not own.search(command):
                        continue
                    if LEAVE_OUT.search(desc) or LEAVE_OUT.search(summary):
                        continue
                    if ESCALATE.search(command):
                        continue
                    if not parses(command) or command in seen:
                        continue
                    seen.add(command)
                    print(json.dumps({
                        "command": command,
                        "cwd": "/home/dev/project",
                        "label": "benign",
                        "why": desc[:200],
                        "source": f"cheats:{collection}/{page}#{n}",
                        "tags": [f"commit:{commit[:12]}"],
                    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
