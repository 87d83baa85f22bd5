#!/usr/bin/env python3
"""Labelled rows from the shell scripts of real repositories: whole files,
as a developer or an agent would paste and run them.

    scripts.py REPO_GIT_DIR... > scripts.jsonl

Rules, fixed in session 9 before any row was run through the hook:
- every file of the snapshot whose name ends in `.sh`, at most 4,096 bytes
  (an agent's command line is not longer), is one row, its text unchanged;
- files under `testdata/`, `fixtures/`, `vendor/`, `node_modules/` or
  `third_party/` are left out (inputs kept deliberately odd, or not the
  project's own);
- files `bash -n` rejects are left out;
- ci.py's rules label the rest: a download piped into a shell is
  dangerous (remote_code_exec, medium); files that publish, release,
  deploy, push, log in, use secrets or tokens, talk to a cloud CLI or use
  sudo are left out; everything else is benign;
- rows cite `scripts:<owner>/<repo>#<path>`; the repository is the unit
  the corpus is split on.

The corpus is built on this machine from fetched snapshots and is not
committed. Its first figure (session 9) is untuned.
"""

import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ci import labelled  # noqa: E402
from snapshot import head, names, parses, show  # noqa: E402

MAX_BYTES = 4096
SKIP_DIRS = re.compile(r"(^|/)(testdata|fixtures|vendor|node_modules|third_party)/")


def main():
    for repo in sys.argv[1:]:
        name = repo.rstrip("/").split("/")[-2].replace("+", "/")
        commit = head(repo)
        for path in names(repo):
            if not path.endswith(".sh") or SKIP_DIRS.search(path):
                continue
            try:
                text = show(repo, path)
            except Exception:  # a submodule or an unreadable blob
                continue
            if not text.strip() or len(text.encode()) > MAX_BYTES or not parses(text):
                continue
            row = {
                "command": text.strip(),
                "cwd": "/home/dev/project",
                "source": f"scripts:{name}#{path}",
                "commit": commit,
                "tags": ["script"],
            }
            if labelled(row, text, "script", "a repository's own shell script"):
                print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
