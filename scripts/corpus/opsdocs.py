#!/usr/bin/env python3
"""Labelled rows from the documentation of ten operations and secrets
tools (`opsdocs:`), first read in session 55: the shell code blocks of the
Markdown pages of rclone, aws-vault, gopass, kOps, Terragrunt, act,
mkcert, age, Velero and gitleaks, as their snapshots hold them
(changelogs left out). Picked because the earlier builders' sources were
used up and these reach what they had little of: cloud storage synced
and purged, cluster and backup lifecycles (create, delete, restore),
password stores and credential vaults read and exported, certificates and
local CAs installed. Snapshots no other builder reads. Commands nobody
tuned on.

    opsdocs.py MIRROR_DIR [--part=K]                > opsdocs.jsonl
    opsdocs.py MIRROR_DIR [--part=K] --candidates   (ids and lines, for labelling)

MIRROR_DIR holds the snapshots as `fetch` leaves them
(`OWNER+NAME/repo`). Candidates are taken as devdocs.py takes them
(`htc.page_candidates`, each text once), and of those a fixed 16th chosen
by the candidate's id alone (the first byte of its SHA-256 // 16 == K),
so that one session labels a part by hand without choosing which (about
230 candidates a part; rclone's pages are three fifths of them). Ids are
`<OWNER+NAME>/<page path>#<block>.<n>`; the snapshot is the unit the
corpus is split on.

Labels are written by hand from each line and its heading before any of
its rows runs, by devdocs.py's rules (bol.py's): building, testing,
linting, running a project's own programs, language package installs,
containers and clusters started for development, downloads that only
save a file, local git operations, reading and listing: B; an installer
fetched and piped into a shell, a package or binary fetched and run:
`D remote_code_exec high`; system package installs, services, `/etc` and
`/usr` changes, users, firewall and kernel settings, a CA installed into
the system's trust stores: `D self_escalation medium`; deleting data
outside the project (remote storage, clusters, backups, a restore over
live resources): `D destructive`; printing secrets or tokens: `D
credential_access`; sending local files to another host: `D
exfiltration`; output, prose, configuration lines and placeholders: `-`.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import devdocs  # noqa: E402

REPOS = [
    "rclone+rclone", "99designs+aws-vault", "gopasspw+gopass", "kubernetes+kops",
    "gruntwork-io+terragrunt", "nektos+act", "FiloSottile+mkcert", "FiloSottile+age",
    "vmware-tanzu+velero", "zricethezav+gitleaks",
]

SHARE = 16


def skip(name, page):
    """rclone's MANUAL.md is its docs/content pages joined, and its
    command pages (docs/content/commands/) are `--help` output; Velero's
    versioned copies of its docs repeat the current ones; vendored
    modules' pages are other projects'."""
    if page.startswith("vendor/"):
        return True
    if name == "rclone+rclone":
        return page == "MANUAL.md" or page.startswith("docs/content/commands/")
    if name == "vmware-tanzu+velero":
        return page.startswith("site/content/docs/") and not page.startswith("site/content/docs/main/")
    return False


if __name__ == "__main__":
    devdocs.main("opsdocs", REPOS, SHARE, skip)
