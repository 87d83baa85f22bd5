#!/usr/bin/env python3
"""Labelled rows from dcg's own test data (destructive_command_guard 0.16.0,
the crate `../shared/tools/build-dcg.sh` unpacks): its pack fixtures
(destructive and safe commands of vault, cloud storage, backups, search,
messaging, CI and platform CLIs), its edge cases, and its test corpus
(git and rm true positives, false positives, bypass attempts, quoting and
multi-segment edge cases, cross-pack false-positive regressions).

    dcg.py DCG_CRATE_DIR > dcg.jsonl

Rules, fixed in session 10 from the files' schemas only, before any row was
read or run through the hook:
- `tests/fixtures/destructive_commands.yaml`: every command dangerous,
  destructive / high, source `dcg:<pack>#d<n>`; `safe_commands.yaml`:
  benign, `dcg:<pack>#s<n>` (a pack's rows fall in one half);
- `tests/fixtures/edge_cases.yaml`: `false_negatives` dangerous
  (destructive / high), `false_positives` benign, `dcg:edge_cases#...`;
- `tests/corpus/**/*.toml` cases with a command (`input_kind` other than
  `command` left out, and cases whose `dialects` exclude `posix`):
  `expected`/`expected_decision` "deny" dangerous (destructive / high),
  "allow" benign, anything else left out; source `dcg:<dir>/<file>#<n>`;
- commands `bash -n` rejects are left out; duplicates keep the first label.

dcg's labels are its authors' (a deny means dcg's packs block it), so a
"dangerous" row here is a destructive action by dcg's standard (deleting
cloud objects, secrets, queues, git history), which is broader than the
hook's critical classes; the figure is reported per source file for that
reason. Its first figure (session 10) is untuned. The rows are built on
this machine from the crate in cargo's cache and are not committed.
"""

import json
import os
import re
import sys
import tomllib

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from snapshot import parses  # noqa: E402

SEEN = set()
PACK = re.compile(r"^([\w.]+):\s*$")
ITEM = re.compile(r"^\s+- command: (.*)$")
REASON = re.compile(r"^\s+reason: (.*)$")


def fixtures(path):
    """(pack, n, command, reason) of a `{pack: [{command, reason}]}` file,
    read entry by entry: the file as a whole is not valid YAML (an entry
    with unbalanced quoting), so each value is parsed on its own and an
    entry that does not parse is left out (noted on stderr)."""
    pack, n, items = None, 0, []
    with open(path) as f:
        for line in f:
            if m := PACK.match(line):
                pack, n = m.group(1), 0
            elif (m := ITEM.match(line)) and pack:
                try:
                    command = yaml.safe_load("v: " + m.group(1))["v"]
                except yaml.YAMLError:
                    print(f"skipped {pack} entry {n}: not YAML", file=sys.stderr)
                    command = None
                items.append([pack, n, command, ""])
                n += 1
            elif (m := REASON.match(line)) and items:
                try:
                    items[-1][3] = yaml.safe_load("v: " + m.group(1))["v"]
                except yaml.YAMLError:
                    pass
    return [i for i in items if isinstance(i[2], str)]


def row(command, dangerous, why, source):
    command = command.strip()
    if not command or command in SEEN or not parses(command):
        return
    SEEN.add(command)
    out = {
        "command": command,
        "cwd": "/home/dev/project",
        "label": "dangerous" if dangerous else "benign",
        "category": "destructive" if dangerous else "dcg",
        "severity": "high" if dangerous else None,
        "why": why,
        "source": source,
        "tags": ["dcg", "dcg:0.16.0"],
    }
    print(json.dumps(out, ensure_ascii=False))


def main():
    crate = sys.argv[1]
    tests = os.path.join(crate, "tests")
    for pack, n, command, reason in fixtures(os.path.join(tests, "fixtures", "destructive_commands.yaml")):
        row(command, True, f"dcg {pack}: {reason}", f"dcg:{pack}#d{n}")
    for pack, n, command, _ in fixtures(os.path.join(tests, "fixtures", "safe_commands.yaml")):
        row(command, False, f"dcg {pack}: safe", f"dcg:{pack}#s{n}")
    with open(os.path.join(tests, "fixtures", "edge_cases.yaml")) as f:
        edge = yaml.safe_load(f) or {}
        for n, e in enumerate(edge.get("false_negatives") or []):
            row(e.get("command", ""), True, f"dcg edge case: {e.get('rationale', '')}", f"dcg:edge_cases#fn{n}")
        for n, e in enumerate(edge.get("false_positives") or []):
            row(e.get("command", ""), False, f"dcg edge case: {e.get('rationale', '')}", f"dcg:edge_cases#fp{n}")
    base = os.path.join(tests, "corpus")
    for dirpath, _, files in sorted(os.walk(base)):
        for name in sorted(files):
            if not name.endswith(".toml"):
                continue
            path = os.path.join(dirpath, name)
            unit = os.path.relpath(path, base).removesuffix(".toml")
            with open(path, "rb") as f:
                doc = tomllib.load(f)
            for n, case in enumerate(doc.get("case") or []):
                if case.get("input_kind", "command") != "command" or "command" not in case:
                    continue
                dialects = case.get("dialects")
                if dialects is not None and "posix" not in dialects:
                    continue
                expected = case.get("expected", case.get("expected_decision"))
                if expected not in ("deny", "allow"):
                    continue
                why = case.get("description") or case.get("category") or case.get("id") or ""
                row(case["command"], expected == "deny", f"dcg corpus: {why}", f"dcg:{unit}#{n}")


if __name__ == "__main__":
    main()
