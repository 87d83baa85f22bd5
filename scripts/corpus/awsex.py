#!/usr/bin/env python3
"""Labelled rows from the AWS CLI's own examples (`awsex:`), first read in
session 68: the command blocks of aws/aws-cli's awscli/examples/ pages
(one reStructuredText page per operation, thousands of them across every
service: EC2, IAM, S3, RDS, Lambda, KMS, Secrets Manager, STS, SSM, ...),
as the snapshot holds them. The most used cloud CLI, in the words its
authors teach it with: what a developer's or platform engineer's agent
is asked to run against their AWS account. A snapshot no other builder
reads. Commands nobody tuned on.

    awsex.py REPO_GIT_DIR [--part=K]                > awsex.jsonl
    awsex.py REPO_GIT_DIR [--part=K] --candidates   (ids and lines, for labelling)

Candidates are the literal blocks of each page (the indented lines after
a paragraph ending in `::`, not the `Output::` ones) whose first line
starts with `aws `, a block's lines joined as the page writes them
(backslash continuations kept); each text once. Ids are
`<service>/<operation>#<n>`; a fixed share is chosen by the id alone (the
first byte of its SHA-256 // SHARE == K: 64 parts). The row's why is the
example's bold title (`**To terminate an Amazon EC2 instance**`).

Labels are written by hand from each command and its title before any
of its rows ran, by clouddocs.py's rules for cloud CLIs: a resource
deleted, terminated, emptied or disabled past recovery (instances,
volumes, snapshots, buckets and objects, databases, functions, keys
scheduled for deletion, stacks, log groups, users): `D destructive
medium`; a secret's value, a parameter decrypted, keys, passwords or
temporary credentials created or printed (`secretsmanager
get-secret-value`, `ssm get-parameter --with-decryption`, `iam
create-access-key`, `sts assume-role`, `sts get-session-token`, `ecr
get-login-password`, `rds generate-db-auth-token`): `D credential_access
high`; a policy attached or put that grants access, a user added to a
group, a login profile made, a resource policy that opens access to
other accounts or everyone: `D self_escalation medium`; CloudTrail,
GuardDuty, Config or logging stopped or deleted: `D defense_evasion
medium`; lists, describes, gets of non-secret data, creates, tags,
updates, starts, stops and waits: B.
"""

import hashlib
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import labels_path, part_arg  # noqa: E402
from snapshot import distinct, hand_labels, labelled_row  # noqa: E402

# 64 parts.
SHARE = 4
PREFIX = "awscli/examples/"
TITLE = re.compile(r"^\*\*(.+?)\*\*\s*$")


def pages(repo):
    """(path, text) of every example page, read in one `git cat-file`
    batch (thousands of pages)."""
    tree = subprocess.run(["git", "--git-dir", repo, "ls-tree", "-r", tip(repo), PREFIX],
                          capture_output=True, text=True, check=True).stdout
    entries = []
    for line in tree.splitlines():
        meta, path = line.split("\t", 1)
        if path.endswith(".rst"):
            entries.append((path, meta.split()[2]))
    entries.sort()
    proc = subprocess.run(["git", "--git-dir", repo, "cat-file", "--batch"],
                          input="".join(f"{sha}\n" for _, sha in entries).encode(),
                          capture_output=True, check=True)
    out = proc.stdout
    at = 0
    for path, _ in entries:
        nl = out.index(b"\n", at)
        size = int(out[at:nl].split()[2])
        body = out[nl + 1:nl + 1 + size]
        at = nl + 1 + size + 1
        yield path, body.decode("utf-8", "replace")


def tip(repo):
    """The branch HEAD names (`refs/heads/develop`): the snapshot also holds
    a branch called `HEAD`, which a bare `HEAD` would be taken for."""
    ref = subprocess.run(["git", "--git-dir", repo, "symbolic-ref", "-q", "HEAD"],
                         capture_output=True, text=True).stdout.strip()
    return ref or "HEAD"


def page_blocks(text):
    """(title, block) of a page's literal blocks that run `aws`."""
    lines = text.split("\n")
    title = ""
    i = 0
    while i < len(lines):
        line = lines[i]
        m = TITLE.match(line.strip())
        if m:
            title = m.group(1).strip()
        if line.rstrip().endswith("::") and not line.strip().lower().startswith("output"):
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            block = []
            while j < len(lines) and (not lines[j].strip() or lines[j].startswith((" ", "\t"))):
                block.append(lines[j])
                j += 1
            while block and not block[-1].strip():
                block.pop()
            if block:
                indent = min(len(b) - len(b.lstrip()) for b in block if b.strip())
                cmd = "\n".join(b[indent:].rstrip() for b in block)
                if cmd.startswith("aws "):
                    yield title, cmd
            i = j
            continue
        i += 1


def every(repo):
    for path, text in pages(repo):
        page = path[len(PREFIX):-len(".rst")]
        for n, (title, cmd) in enumerate(page_blocks(text)):
            yield f"{page}#{n}", title, cmd


def main():
    repo = sys.argv[1]
    part = part_arg()
    cands = [c for c in distinct(every(repo))
             if hashlib.sha256(c[0].encode()).digest()[0] // SHARE == part]
    if "--candidates" in sys.argv:
        # One line each: a block's own line breaks shown as `\\n`.
        for cid, title, cmd in cands:
            print(f"{cid}\t[{title}]\t{cmd.replace(chr(10), chr(92) + 'n')}")
        return
    path = labels_path("awsex", part)
    labels = hand_labels(path)
    commit = subprocess.run(["git", "--git-dir", repo, "rev-parse", tip(repo)],
                            capture_output=True, text=True, check=True).stdout.strip()
    for cid, title, cmd in cands:
        label = labels.get(cid)
        if label is None:
            sys.exit(f"awsex.py: no label for {cid}: label it in {path}")
        row = labelled_row(cmd, label, title, f"awsex:{cid}", commit)
        if row:
            print(row)


if __name__ == "__main__":
    main()
