#!/usr/bin/env python3
"""Labelled rows from the documentation of Railway and PlanetScale
(`hostdocs:`), first read in session 62: the shell code blocks of the
Markdown pages of railwayapp/docs (the Railway CLI's reference and the
guides for services, volumes, databases, variables, deploys and
templates) and planetscale/docs (the `pscale` CLI's reference and the
guides for databases, branches, deploy requests, passwords, backups and
imports), as the snapshots hold them. Picked after flydocs (Fly.io) was
used up, to try the platform-CLI mends on two more clients nobody tuned
on: one hosting platform and one database service. Snapshots no other
builder reads. Commands nobody tuned on.

    hostdocs.py MIRROR_DIR [--part=K]                > hostdocs.jsonl
    hostdocs.py MIRROR_DIR [--part=K] --candidates   (ids and lines, for labelling)

Candidates are taken as paasdocs.py takes them (devdocs.py's
`candidates`: each text once, a fixed share chosen by the candidate's id
alone: the first byte of its SHA-256 // 32 == K: eight parts). Labels
are written by hand from each line and its heading before any of its rows
runs, by paasdocs.py's and flydocs.py's rules and for these sources:
usage synopses and flag or output lines `-`; a project, service,
environment, volume, bucket, template, sandbox, database, branch,
backup or organization deleted or destroyed, a database's data dropped:
`D destructive medium`; variables or secrets printed (`railway variables` prints values,
`--kv` too), a database password or service token created or printed
(`pscale password create`, `pscale service-token create`): `D
credential_access high`, as is a coding agent's sign-in delivered to a
cloud VM (`railway code --codex`); a member invited or given a role, a service
token granted access to a database: `D self_escalation medium`; `railway
run` and `railway shell` (they run a local command with the project's
variables set, as `heroku local` and `fly` deploys are B), `pscale shell`
and `pscale connect` (a SQL client, as psql is), `railway connect`,
deploys and logins B; SQL statements in the pages are labelled as the
SQL corpora label them (a DROP DATABASE or DROP TABLE given to a shell: D
destructive medium; reads B).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import devdocs  # noqa: E402

REPOS = ["railwayapp+docs", "planetscale+docs"]

SHARE = 32


if __name__ == "__main__":
    devdocs.main("hostdocs", REPOS, SHARE, devdocs.vendored)
