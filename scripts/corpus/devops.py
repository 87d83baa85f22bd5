#!/usr/bin/env python3
"""Labelled dangerous rows from swisskyrepo/InternalAllTheThings pages not
used before session 15: the network pivoting tools page and the CI/CD
pages (GitLab CI, Azure DevOps), attack write-ups.

    devops.py REPO_GIT_DIR > devops.jsonl

Rules, fixed in session 15 from the pages' section headings only, before
any row was read or run through the hook:
- lines are taken as cloud.py takes them (privesc.py's `--labels=v2` line
  rules);
- each row is labelled by the innermost section heading above its block,
  from the tables below; sections not in a table are left out (summaries,
  tool comparisons, listing runners, references);
- pivoting tools: every tool's section is a tunnel or proxy between this
  machine and another network (exfiltration / high), on either end;
- rows cite `devops:<page>/<section>#<block>.<line>`; the section is the
  unit the corpus is split on.

Its first figure (`--split all`, session 15) is untuned: nothing was
changed for these rows before it was taken. Not committed: built on this
machine from a fetched snapshot.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from privesc import pages_rows  # noqa: E402

TUNNEL = ("exfiltration", "high", "opens a tunnel or proxy between this machine and another network: {}")
RCE = ("remote_code_exec", "high", "runs commands on CI runners: {}")
CRED = ("credential_access", "high", "reads CI/CD secrets: {}")
ESC = ("self_escalation", "high", "plants persistence in the CI/CD platform: {}")

PAGES = {
    "docs/redteam/pivoting/network-pivoting-tools.md": ("pivoting-tools", {
        s: TUNNEL for s in ["wstunnel", "chisel", "revsocks", "ssh", "reGeorg",
                            "pivotnacci", "ligolo", "gost", "sshuttle"]
    }),
    "docs/devops/cicd-gitlab-ci.md": ("gitlab-ci", {
        "Command Execution Jobs": RCE,
        "Gitlab CI/CD Variables": CRED,
        "Personal Access Token": ESC,
        "SSH Keys": ESC,
        "User Promotion": ESC,
    }),
    "docs/devops/cicd-azure-devops.md": ("azure-devops", {
        "Azure Pipelines": RCE,
        "Secret Extractions": CRED,
    }),
}


def main():
    pages_rows(sys.argv[1], PAGES, "devops", "allthethings-devops", True)


if __name__ == "__main__":
    main()
