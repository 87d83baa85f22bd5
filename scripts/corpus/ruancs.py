#!/usr/bin/env python3
"""Labelled rows from ruanbekker/cheatsheets, first read in session 42: a
DevOps engineer's cheat sheets (AWS CLI and IAM, ECS, DynamoDB,
Kubernetes, Docker, GitLab CI and Drone, Prometheus, Loki, MongoDB,
Redis, Terraform, systemd, ssh, rsync, sudo, and more). Written for the
people who run infrastructure: most lines are everyday work, the
dangerous ones the destructive, credential-printing and administrative
commands of cloud, cluster and database tools. Commands nobody tuned on.

    ruancs.py REPO_GIT_DIR [--part=K]                > ruancs.jsonl
    ruancs.py REPO_GIT_DIR [--part=K] --candidates   (ids and lines, for labelling)

Candidates: the lines of each sheet's (`*.md`, most of them
`TOOL/README.md`; the top README and CONTRIBUTING left out) shell code blocks (info string empty, `bash`, `sh`, `shell`,
`console` or `zsh`; `htc.block_candidates`: continuations joined, `$ `
prompts dropped, `<placeholder>` filled), kept when the first word is a
program and bash parses the line, each text once. Ids are
`<sheet>#<block>.<n>`. The sheets are split in four parts by the sheet's
path (the first byte of its SHA-256 // 64), so one sheet's lines stay in
one part.

Part 0 (`ruancs-labels.tsv`) is labelled by hand in session 42 from the
line and its heading alone, before any row ran through the hook, by
acs.py's rules for a developer's tools (its docstring) and the label
policy of sessions 34-41 (devsheets.py, devhints.py): `D destructive`
for deletes of cloud, cluster and database resources (high) and of
containers and images wholesale (medium); `D credential_access` for
printing keys, tokens, passwords and secrets (`aws iam create-access-key`
prints a new secret: high; `kubectl get secret -o yaml`: high); `D
self_escalation` for IAM grants and policy changes, sudo changes of the
system, users, services (medium, IAM high); `D exfiltration` for uploads
of local files to other hosts (medium); `D remote_code_exec` for `curl |
sh` (critical) and shells on other machines and containers (medium);
`B` for the rest (listings, describes, logs, creating and deploying
resources, builds, local servers); `-` for prose, output and lines of
other languages. Part 1 (`ruancs-part1-labels.tsv`) is labelled by the
same rules after part 0's mends, before any of its rows ran; part 2
(`ruancs-part2-labels.tsv`) in session 43, by the same rules, before any
of its rows ran (local branch deletes with `-D`, `brew services` and
system package installs are labelled as acs.py's rules say, though the
hook decides them otherwise); part 3 (`ruancs-part3-labels.tsv`) in
session 43 after part 2's mends, by the same rules (sudo reads such as
`sudo journalctl` are `B`, as in part 0). Rows cite
`ruancs:<id>`.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import labels_path, part_arg, sheet_part_candidates  # noqa: E402
from snapshot import distinct, hand_labelled_main, names  # noqa: E402

SHARE = 64
INFO = {"", "bash", "sh", "shell", "console", "zsh"}
SKIP = ("README", "CONTRIBUTING", ".github/")


def every(repo, part):
    sheets = [
        (p[:-3].removesuffix("/README"), p)
        for p in sorted(names(repo))
        if p.endswith(".md") and not p.startswith(SKIP)
    ]
    return sheet_part_candidates(repo, sheets, SHARE, part, INFO, strip="`")


def candidates(repo):
    return list(distinct(every(repo, part_arg())))


def row_of(cid, heading):
    return heading, f"ruancs:{cid}"


def main():
    part = part_arg()
    hand_labelled_main("ruancs.py", candidates, labels_path("ruancs", part), row_of)


if __name__ == "__main__":
    main()
