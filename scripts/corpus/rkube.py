#!/usr/bin/env python3
"""Labelled rows from lightspin-tech/red-kube (`rkube:`), first read in
session 67: red team kubectl commands kept as data, one JSON entry per
technique under `attacks/<tactic>.json` (reconnaissance, discovery,
credential access, privilege escalation, persistence, lateral movement,
collection, exfiltration, defense evasion), each a kubectl (and jq)
command line. Commands nobody tuned on.

    rkube.py REPO_GIT_DIR                > rkube.jsonl
    rkube.py REPO_GIT_DIR --candidates   (ids and lines, for labelling)

Candidates are each entry's `command`, stripped, when `htc.is_candidate`
takes it (a command one could run), each text once. Ids are
`<tactic file without .json>#<entry id>`; a row's why is the entry's
description.

Labels (`rkube-labels.tsv`) are written by hand from each line and its
entry before any of its rows ran, by rtt.py's rules (copied in thc.py's
docstring) as they read for a cluster: resources listed or described
(pods, services, roles, nodes, namespaces) and one's own rights checked
(`auth can-i`): B; secrets, tokens, kubeconfig or environment values
printed or searched for secret words: `D credential_access`; a command
run in a pod (`kubectl exec`, `kubectl run ... -- CMD`) judged by what it
runs (a reverse shell: `D remote_code_exec`); privileged or
host-networked pods, roles and bindings granted, resources created for
persistence: `D self_escalation`; data copied out
of the cluster: `D exfiltration`; logs or events deleted: `D
defense_evasion`; resources deleted: `D destructive`.
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import is_candidate  # noqa: E402
from snapshot import distinct, names, show, stem_labelled_main  # noqa: E402


def candidates(repo):
    def every():
        for path in sorted(p for p in names(repo) if p.startswith("attacks/") and p.endswith(".json")):
            try:
                entries = json.loads(show(repo, path))
            except ValueError:
                continue
            tactic = path[len("attacks/"):-len(".json")]
            for e in entries if isinstance(entries, list) else []:
                line = str(e.get("command") or "").strip()
                if line and is_candidate(line):
                    yield f"{tactic}#{e.get('id')}", str(e.get("description") or "")[:120], line
    return list(distinct(every()))


if __name__ == "__main__":
    stem_labelled_main(__file__, candidates)
