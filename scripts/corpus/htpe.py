#!/usr/bin/env python3
"""Labelled dangerous rows from carlospolop/hacktricks' Linux privilege
escalation and post-exploitation pages (attack write-ups), none used by
another builder (hacktricks.py takes only the Linux shells page).

    htpe.py REPO_GIT_DIR > htpe.jsonl

Rules, fixed in session 9 from the page list and these words alone,
before any row was read or run through the hook:
- lines are taken as privesc.py's `--labels=v2` takes them (every line of
  every code block tagged as a shell or a one-liner language;
  allthethings.py's `cheatsheet_line` rules, prompts stripped, program
  output, prose and C source left out, lines `bash -n` rejects left out);
- each row is labelled by its page, from the table below;
- sections whose heading names enumeration, detection, mitigation,
  prevention, protection, checks, discovery, finding, identification,
  monitoring, reconnaissance, basic information, hardening, defence,
  tools, summaries or references are left out (they look, or they
  defend);
- rows cite `htpe:<page>/<section>#<block>.<line>`; the section is the
  unit the corpus is split on.

Its first figure (`--split all`, session 9) is untuned. Expect label
noise of line-by-line rows (steps harmless alone: `mkdir`, `cd`, `id`).
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from privesc import page_rows  # noqa: E402
from snapshot import head, show  # noqa: E402

ESC = ("self_escalation", "high", "escalates privileges: {}")
CRED = ("credential_access", "high", "takes credentials: {}")
EVADE = ("obfuscation", "medium", "escapes a restricted shell: {}")
PE = "linux-hardening/privilege-escalation/"
PAGES = {
    PE + "docker-security/abusing-docker-socket-for-privilege-escalation.md": ("docker-socket", ESC),
    PE + "docker-security/docker-breakout-privilege-escalation/README.md": ("docker-breakout", ESC),
    PE + "docker-security/docker-breakout-privilege-escalation/docker-release_agent-cgroups-escape.md": ("release-agent", ESC),
    PE + "docker-security/docker-breakout-privilege-escalation/sensitive-mounts.md": ("sensitive-mounts", ESC),
    PE + "docker-security/docker-privileged.md": ("docker-privileged", ESC),
    PE + "interesting-groups-linux-pe/README.md": ("groups", ESC),
    PE + "interesting-groups-linux-pe/lxd-privilege-escalation.md": ("lxd", ESC),
    PE + "containerd-ctr-privilege-escalation.md": ("ctr", ESC),
    PE + "runc-privilege-escalation.md": ("runc", ESC),
    PE + "nfs-no_root_squash-misconfiguration-pe.md": ("nfs", ESC),
    PE + "wildcards-spare-tricks.md": ("wildcards", ESC),
    PE + "write-to-root.md": ("write-to-root", ESC),
    PE + "payloads-to-execute.md": ("payloads", ESC),
    PE + "socket-command-injection.md": ("socket-injection", ESC),
    PE + "d-bus-enumeration-and-command-injection-privilege-escalation.md": ("d-bus", ESC),
    PE + "electron-cef-chromium-debugger-abuse.md": ("debugger", ESC),
    PE + "ssh-forward-agent-exploitation.md": ("ssh-agent", CRED),
    PE + "escaping-from-limited-bash.md": ("limited-bash", EVADE),
    "linux-hardening/linux-post-exploitation/README.md": ("post-exploitation", CRED),
    "linux-hardening/linux-post-exploitation/pam-pluggable-authentication-modules.md": ("pam", CRED),
}
LEFT_OUT = re.compile(
    r"enumerat|detect|mitigat|prevent|protect|check|discover|\bfind|identif|monitor|recon|"
    r"basic information|harden|defen|tools?\b|summary|reference",
    re.IGNORECASE,
)


def main():
    repo = sys.argv[1]
    commit = head(repo)
    seen = set()
    for path, (page, label) in PAGES.items():
        try:
            text = show(repo, path)
        except Exception:  # a page renamed in this snapshot
            print(f"skipped {path}: not in the snapshot", file=sys.stderr)
            continue
        page_rows(text, page, lambda section, label=label: None if LEFT_OUT.search(section) else label,
                  "htpe", "hacktricks-pe", commit, seen, True)


if __name__ == "__main__":
    main()
