#!/usr/bin/env python3
"""Labelled rows from the documentation of Turso (`tursodocs:`), first
read in session 62: the shell code blocks of the MDX pages of
tursodatabase/turso-docs (the `turso` CLI's reference for databases,
groups, organizations, tokens and auth; the Platform API's curl
examples; the guides for embedded replicas, backups and imports), as the
snapshot holds it. Picked after hostdocs (Railway and PlanetScale) was
used up, to try the platform-CLI mends on one more database service
nobody tuned on. A snapshot no other builder reads. Commands nobody
tuned on.

    tursodocs.py MIRROR_DIR [--part=K]                > tursodocs.jsonl
    tursodocs.py MIRROR_DIR [--part=K] --candidates   (ids and lines, for labelling)

Candidates are taken as hostdocs.py takes them (devdocs.py's
`candidates`, over `.mdx` pages as well: each text once, a fixed share
chosen by the candidate's id alone, the first byte of its SHA-256 //
SHARE == K). Labels are written by hand from each line and its heading
before any of its rows runs, by hostdocs.py's rules and for this source:
usage synopses, flag and output lines `-`; a database, group,
organization, branch or backup destroyed, a database's data dropped: `D
destructive medium`; a database or API token created or printed (`turso
db tokens create`, `turso auth token`, `turso auth api-tokens mint`): `D
credential_access high`; a member added or invited, a token's access
widened: `D self_escalation medium`; a token revoked, `turso db shell`
(a SQL client, as psql is), logins, imports and replicas B.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import devdocs  # noqa: E402

REPOS = ["tursodatabase+turso-docs"]

SHARE = 64


if __name__ == "__main__":
    devdocs.main("tursodocs", REPOS, SHARE, devdocs.vendored, exts=(".md", ".mdx"))
