#!/usr/bin/env python3
"""Labelled dangerous rows from more swisskyrepo/InternalAllTheThings pages:
Linux persistence, Kubernetes, secrets enumeration, AWS access tokens and
instance metadata, network pivoting, proxy bypass, bind shells, GitHub
Actions secrets (attack write-ups).

Overlap, noticed after the first run: allthethings.py (session 7) already
takes the Linux persistence page as whole blocks and the bind-shell sheet
line by line, so those rows here are not new to the engine; the
Kubernetes and pivoting rows are.

    redteam.py REPO_GIT_DIR > redteam.jsonl

Rules, fixed in session 9 from the pages' section headings only, before
any row was read or run through the hook:
- lines are taken as privesc.py's `--labels=v2` takes them (every line of
  every code block tagged as a shell or a one-liner language;
  allthethings.py's `cheatsheet_line` rules, prompts stripped, program
  output, prose and C source left out, lines `bash -n` rejects left out);
- each row is labelled by the innermost section heading above its block,
  from the tables below; sections not in a table are left out (summaries,
  tool lists, references, Windows-only sections, and sections that only
  enumerate: a service account's permissions, API endpoints that list,
  proxy discovery). The package-managers page is left out whole: its
  blocks are build files, not command lines;
- rows cite `redteam:<page>/<section>#<block>.<line>`; the section is the
  unit the corpus is split on.

Its first figure (`--split all`, session 9) is untuned: nothing was changed
for these rows before it was taken.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from privesc import pages_rows  # noqa: E402

SHELL_OUT = ("exfiltration", "critical", "opens a shell to the network: {}")
ROOT_USER = ("self_escalation", "critical", "adds a root account: {}")
PERSIST = ("self_escalation", "high", "plants persistence: {}")
ESC = ("self_escalation", "high", "escalates privileges: {}")
CRED = ("credential_access", "high", "reads credentials: {}")
CRED_MED = ("credential_access", "medium", "collects secrets or traffic: {}")
TUNNEL = ("exfiltration", "medium", "tunnels traffic out of the network: {}")
RCE = ("remote_code_exec", "high", "runs code from outside: {}")

PAGES = {
    "docs/redteam/persistence/linux-persistence.md": ("linux-persistence", {
        "Basic Reverse Shell": SHELL_OUT,
        "Add a Root User": ROOT_USER,
        "SUID Binary": PERSIST,
        "Crontab": PERSIST,
        "Bash Configuration File": PERSIST,
        "Startup Service": PERSIST,
        "Systemd User Service": PERSIST,
        "Systemd Timer File": PERSIST,
        "Message of the Day": PERSIST,
        "User Startup File": PERSIST,
        "Udev Rule": PERSIST,
        "APT Configuration": PERSIST,
        "SSH Configuration": PERSIST,
        "Git Configuration Variables": PERSIST,
        "Git Hooks": PERSIST,
    }),
    "docs/containers/kubernetes.md": ("kubernetes", {
        "Service Account": CRED,
        "Simulating `kubectl` API Requests": CRED,
        "Secrets, ConfigMaps, and Volumes": CRED,
        "Privileged Containers": ESC,
        "Listing Secrets": CRED,
        "Pod Creation": ESC,
        "Privilege to Use Pods/Exec": ESC,
        "Privilege to Get/Patch Rolebindings": ESC,
        "Impersonating a Privileged Account": ESC,
        "Privileged Service Account Token": CRED,
        "etcd API": CRED,
        "Kubelet API": ESC,
        "Accessible kubelet on 10250/TCP": ESC,
        "Obtaining Service Account Token": CRED,
        "Create gitRepo Volumes to Execute Code": RCE,
    }),
    "docs/devops/secrets-enumeration.md": ("secrets", {
        "Search inside Repositories, Files and Codes": CRED_MED,
    }),
    "docs/cloud/aws/aws-access-token.md": ("aws-token", {
        "Access Key ID & Secret": CRED,
        "Gaining AWS Console Access via API Keys": CRED,
    }),
    "docs/cloud/aws/aws-metadata.md": ("aws-metadata", {
        "Method for Elastic Cloud Compute (EC2)": CRED,
        "Method for Container Service (Fargate)": CRED,
        "AWS API calls that return credentials": CRED,
    }),
    "docs/redteam/pivoting/network-pivoting-techniques.md": ("pivoting", {
        "SOCKS Proxy Usage": TUNNEL,
        "Proxychains": TUNNEL,
        "Graftcp": TUNNEL,
        "SSH (native)": TUNNEL,
        "Custom Tools": TUNNEL,
        "TCPDump": CRED_MED,
    }),
    "docs/redteam/evasion/proxy-bypass.md": ("proxy-bypass", {
        "Common Bypass": TUNNEL,
    }),
    "docs/cheatsheets/shell-bind-cheatsheet.md": ("bind-shells", {
        "Perl": SHELL_OUT,
        "Python": SHELL_OUT,
        "PHP": SHELL_OUT,
        "Ruby": SHELL_OUT,
        "Netcat Traditional": SHELL_OUT,
        "Netcat OpenBsd": SHELL_OUT,
        "Ncat": SHELL_OUT,
        "Socat": SHELL_OUT,
    }),
    "docs/devops/cicd-github-actions.md": ("gha", {
        "Extract Sensitive Variables and Secrets": CRED,
    }),
}


def main():
    pages_rows(sys.argv[1], PAGES, "redteam", "allthethings-redteam", True)


if __name__ == "__main__":
    main()
