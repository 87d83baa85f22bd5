#!/usr/bin/env python3
"""Labelled rows from the documentation of four secrets, certificate and
backup tools (`secdocs:`), first read in session 58: the shell code blocks
of the Markdown pages of Sealed Secrets, External Secrets Operator,
smallstep's `step` CLI and restic, as their snapshots hold them
(changelogs and vendored modules left out). cosign, first listed here, is
toolsdocs.py's (its pages were labelled there in sessions 53-54, so its
rows are no held-out data; found after part 0's first run, and its rows
left out of the figures). Picked because opsdocs was
used up (its sixteen parts all labelled) and these reach what the corpora
have little of: cluster secrets sealed, fetched and templated from cloud secret managers, certificates and
CAs bootstrapped, backups made, pruned and restored. Snapshots no other
builder reads. Commands nobody tuned on.

    secdocs.py MIRROR_DIR [--part=K]                > secdocs.jsonl
    secdocs.py MIRROR_DIR [--part=K] --candidates   (ids and lines, for labelling)

Candidates are taken as opsdocs.py takes them (devdocs.py's `candidates`:
each text once, a fixed share chosen by the candidate's id alone: the
first byte of its SHA-256 // 64 == K: four parts of 70-110 candidates).
Labels are written by hand from each line and its heading before any of
its rows runs, by opsdocs.py's rules (parts 0-15), and for this source:
signing with a key file or a KMS the developer names, verifying, and
generating a key pair into the working directory: B; printing a private
key, a Kubernetes secret's data or a secret manager's value: `D
credential_access`; deleting signatures, secrets, backups or snapshots
outside the project (`restic forget --prune`): `D
destructive`; a CA installed into the system's trust (`step certificate
install`): `D self_escalation medium`.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import devdocs  # noqa: E402

REPOS = [
    "bitnami-labs+sealed-secrets", "external-secrets+external-secrets", "smallstep+cli",
    "restic+restic",
]

SHARE = 64


def skip(name, page):
    """Vendored modules' pages are other projects'; External Secrets'
    design proposals describe APIs, not commands to run."""
    return page.startswith("vendor/") or "/vendor/" in page


if __name__ == "__main__":
    devdocs.main("secdocs", REPOS, SHARE, skip)
