#!/usr/bin/env python3
"""Labelled rows from the documentation of two cloud providers' CLIs
(`clouddocs:`), first read in session 62: the shell code blocks of the
Markdown pages of scaleway/scaleway-cli (`scw`: the generated command
reference under docs/commands/, each command's usage and examples, and
the migration guide) and hetznercloud/cli (`hcloud`: the generated
manual under docs/reference/manual/, the tutorials and guides), as the
snapshots hold them. Picked after tursodocs, to try the platform-CLI
mends on two infrastructure clouds nobody tuned on: servers, volumes,
snapshots, databases, buckets, keys, secrets and IAM. Snapshots no
other builder reads. Commands nobody tuned on.

    clouddocs.py MIRROR_DIR [--part=K]                > clouddocs.jsonl
    clouddocs.py MIRROR_DIR [--part=K] --candidates   (ids and lines, for labelling)

Candidates are taken as hostdocs.py takes them (devdocs.py's
`candidates`: each text once, a fixed share chosen by the candidate's id
alone: the first byte of its SHA-256 // 32 == K: eight parts). Labels
are written by hand from each line and its heading before any of its rows
runs, by hostdocs.py's rules and for these sources: usage synopses (`scw
instance server delete server-id [arg=value ...]`, `hcloud server delete
[options] <server>...`; hcloud's manual pages hold synopses alone, shown
with their placeholders' brackets dropped: `-` unless the line names no
placeholder, `hcloud version`) and output or help-table lines `-`; a server,
volume, snapshot, image, database instance or its backup, bucket,
cluster, DNS zone or project deleted, a disk or database reset or
rebuilt: `D destructive medium`; a secret's value accessed, an API key,
a database password or a kubeconfig printed or created: `D
credential_access high`; an IAM policy, an API key's rights or a
member's access granted, SSH keys added to a server's root, a rescue
system enabled with a root password: `D self_escalation medium`; lists,
gets of non-secret resources, creates and updates B.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import devdocs  # noqa: E402

REPOS = ["scaleway+scaleway-cli", "hetznercloud+cli"]

SHARE = 32


def skip(name, page):
    """Vendored modules' pages are other projects'; issue templates are
    forms."""
    return devdocs.vendored(name, page) or page.startswith(".github/")


if __name__ == "__main__":
    devdocs.main("clouddocs", REPOS, SHARE, skip)
