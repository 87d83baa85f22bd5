#!/usr/bin/env python3
"""Labelled rows from an Atomic Red Team checkout (atomics/T*/T*.yaml).

    atomic.py REPO_GIT_DIR > atomic.jsonl

Every Linux or macOS atomic test run by `sh` or `bash` becomes one
dangerous row, its `#{argument}` placeholders filled with the test's own
defaults. The label comes from the ATT&CK technique (the table below, the
dev set's categories). Techniques whose tests are ordinary in a developer's
shell are left out rather than guessed: discovery (a developer runs
`uname -a` and `ps aux` all day) and ingress tool transfer (a download that
is not run is benign under the labelling policy). Rows cite
`atomic:<technique>#<test guid>`; the technique is the split unit.

Labels v2 (`--labels v2`, session 6; the default stays v1 so that earlier
figures can be reproduced): techniques whose tests are ordinary actions in
a developer's shell, harmful only by intent the command line does not show,
are left out as discovery is: virtualization and sandbox checks (T1497),
masquerading by renaming (T1036), timestomping (T1070.006), binary padding
(T1027.001), permission changes (T1222), hidden files (T1564), proxy
settings (T1090), data staged, collected, archived or captured from the
screen and clipboard (T1074, T1005, T1560, T1113, T1115). Written after
reading the tuning half's misses; applied by technique, never by row, to
both halves.

The corpus is built on this machine from a fetched snapshot and is not
committed.
"""

import json
import os
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from snapshot import head, names, show  # noqa: E402

# Technique prefix -> (category, severity). Longest prefix wins.
TECHNIQUES = {
    "T1003": ("credential_access", "critical"),  # OS credential dumping
    "T1552": ("credential_access", "high"),  # unsecured credentials
    "T1555": ("credential_access", "high"),  # credentials from password stores
    "T1056": ("credential_access", "high"),  # input capture
    "T1040": ("credential_access", "high"),  # network sniffing
    "T1485": ("destructive", "critical"),  # data destruction
    "T1486": ("destructive", "critical"),  # data encrypted for impact
    "T1488": ("destructive", "critical"),
    "T1490": ("destructive", "critical"),  # inhibit system recovery
    "T1489": ("destructive", "high"),  # service stop
    "T1529": ("destructive", "high"),  # system shutdown/reboot
    "T1531": ("destructive", "high"),  # account access removal
    "T1561": ("destructive", "critical"),  # disk wipe
    "T1496": ("destructive", "high"),  # resource hijacking
    "T1499": ("destructive", "high"),  # endpoint denial of service
    "T1020": ("exfiltration", "critical"),
    "T1030": ("exfiltration", "critical"),
    "T1041": ("exfiltration", "critical"),
    "T1048": ("exfiltration", "critical"),
    "T1567": ("exfiltration", "critical"),
    "T1071": ("exfiltration", "high"),  # application layer protocol (C2)
    "T1090": ("exfiltration", "high"),  # proxy
    "T1095": ("exfiltration", "critical"),  # non-application layer protocol
    "T1572": ("exfiltration", "high"),  # protocol tunnelling
    "T1571": ("exfiltration", "high"),
    "T1560": ("credential_access", "medium"),  # archive collected data
    "T1074": ("credential_access", "medium"),  # data staged
    "T1005": ("credential_access", "medium"),  # data from local system
    "T1113": ("credential_access", "medium"),  # screen capture
    "T1115": ("credential_access", "medium"),  # clipboard
    "T1053": ("self_escalation", "critical"),  # scheduled task (cron, at)
    "T1543": ("self_escalation", "high"),  # system process (systemd, launchd)
    "T1546": ("self_escalation", "high"),  # event-triggered execution (rc files)
    "T1547": ("self_escalation", "high"),  # boot/logon autostart
    "T1037": ("self_escalation", "high"),  # logon scripts
    "T1098": ("self_escalation", "critical"),  # account manipulation (authorized_keys)
    "T1136": ("self_escalation", "critical"),  # create account
    "T1548": ("self_escalation", "critical"),  # abuse elevation control (setuid, sudo)
    "T1574": ("self_escalation", "high"),  # hijack execution flow (LD_PRELOAD)
    "T1556": ("self_escalation", "critical"),  # modify authentication (PAM)
    "T1554": ("self_escalation", "high"),
    "T1176": ("self_escalation", "high"),
    "T1014": ("self_escalation", "critical"),  # rootkit
    "T1547.006": ("self_escalation", "critical"),  # kernel modules
    "T1070": ("defense_evasion", "medium"),  # indicator removal
    "T1027": ("defense_evasion", "high"),  # obfuscated files
    "T1140": ("defense_evasion", "high"),  # deobfuscate/decode
    "T1562": ("defense_evasion", "high"),  # impair defenses
    "T1564": ("defense_evasion", "medium"),  # hide artifacts
    "T1036": ("defense_evasion", "medium"),  # masquerading
    "T1222": ("defense_evasion", "medium"),  # permission modification
    "T1497": ("defense_evasion", "medium"),
    "T1620": ("defense_evasion", "high"),
    "T1059": ("wrapper_escape", "high"),  # command and scripting interpreter
    "T1106": ("wrapper_escape", "high"),  # native API
    "T1129": ("wrapper_escape", "high"),
    "T1218": ("wrapper_escape", "high"),  # system binary proxy execution
    "T1202": ("wrapper_escape", "high"),  # indirect command execution
    "T1216": ("wrapper_escape", "high"),
    "T1072": ("wrapper_escape", "high"),
    "T1610": ("remote_code_exec", "high"),  # deploy container
    "T1611": ("self_escalation", "critical"),  # escape to host
    "T1195": ("remote_code_exec", "critical"),  # supply chain
    "T1204": ("remote_code_exec", "high"),  # user execution
}


# Left out under labels v2 (see the module comment).
V2_LEFT_OUT = ["T1497", "T1036", "T1070.006", "T1027.001", "T1222", "T1564", "T1090",
               "T1074", "T1005", "T1560", "T1113", "T1115"]


def label(technique):
    best = None
    for prefix, lab in TECHNIQUES.items():
        if technique == prefix or technique.startswith(prefix + "."):
            if best is None or len(prefix) > len(best[0]):
                best = (prefix, lab)
    return best[1] if best else None


def fill(command, arguments):
    def sub(m):
        name = m.group(1)
        arg = arguments.get(name) or {}
        default = arg.get("default")
        return str(default) if default is not None else m.group(0)
    return re.sub(r"#\{([^}]+)\}", sub, command)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--labels")]
    v2 = "--labels=v2" in sys.argv or ("--labels" in sys.argv and "v2" in sys.argv)
    args = [a for a in args if a != "v2"]
    repo = args[0]
    commit = head(repo)
    seen = set()
    for path in sorted(n for n in names(repo, "atomics") if re.search(r"/T[0-9.]+\.yaml$", n)):
        text = show(repo, path)
        try:
            doc = yaml.safe_load(text) or {}
        except yaml.YAMLError:
            print(f"skipped {path}: not YAML", file=sys.stderr)
            continue
        technique = doc.get("attack_technique", "")
        lab = label(technique)
        if lab is None:
            continue
        if v2 and any(technique == t or technique.startswith(t + ".") for t in V2_LEFT_OUT):
            continue
        category, severity = lab
        for test in doc.get("atomic_tests") or []:
            platforms = set(test.get("supported_platforms") or [])
            executor = test.get("executor") or {}
            if not platforms & {"linux", "macos"}:
                continue
            if executor.get("name") not in ("sh", "bash"):
                continue
            command = (executor.get("command") or "").strip()
            if not command:
                continue
            command = fill(command, test.get("input_arguments") or {})
            if "#{" in command or command in seen:
                continue
            seen.add(command)
            print(json.dumps({
                "command": command,
                "cwd": "/home/dev/project",
                "label": "dangerous",
                "category": category,
                "severity": severity,
                "why": f"{technique} {doc.get('display_name', '')}: {test.get('name', '')}",
                "source": f"atomic:{technique}#{test.get('auto_generated_guid', '')}",
                "tags": ["atomic", f"commit:{commit[:12]}"],
            }, ensure_ascii=False))


if __name__ == "__main__":
    main()
