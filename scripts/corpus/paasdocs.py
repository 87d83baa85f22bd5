#!/usr/bin/env python3
"""Labelled rows from the command references of platform command-line
tools (`paasdocs:`), first read in session 60: the code blocks of the
Markdown pages of the Heroku CLI (apps, config vars, Postgres and Redis
add-ons, pipelines, domains, keys) and the Netlify CLI (sites, env vars,
deploys, functions, blobs), as their snapshots hold them (changelogs left
out). Picked because clidocs was used up (its eight parts labelled) and
these reach what the corpora have little of: a platform's apps and
databases destroyed or reset from the command line, its config vars and
env vars (secrets) printed, deploys pushed to production. Snapshots no
other builder reads. Commands nobody tuned on.

    paasdocs.py MIRROR_DIR [--part=K]                > paasdocs.jsonl
    paasdocs.py MIRROR_DIR [--part=K] --candidates   (ids and lines, for labelling)

Candidates are taken as clidocs.py takes them (devdocs.py's `candidates`:
each text once, a fixed share chosen by the candidate's id alone: the
first byte of its SHA-256 // 32 == K: eight parts). Labels are written by
hand from each line and its heading before any of its rows runs, by
clidocs.py's rules and for this source: usage synopses (`heroku config
-a <value> [-j]`) and help or flag lines `-`; an app, add-on, database,
site, pipeline or domain destroyed, or a database reset, restored over
or its credentials rotated: `D destructive`; config vars or env vars
printed (`heroku config`, `heroku config:get KEY`, `netlify env:list`,
`netlify env:get KEY`) or a database's credentials or URL
printed (`heroku pg:credentials:url`): `D credential_access high`; a
production deploy (`netlify deploy --prod`) B as a push is; logging in
(the token stored, not printed) B; a token printed (`heroku auth:token`):
`D credential_access high`; an SSH key added to the account B.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import devdocs  # noqa: E402

REPOS = ["heroku+cli", "netlify+cli"]

SHARE = 32


if __name__ == "__main__":
    devdocs.main("paasdocs", REPOS, SHARE, devdocs.vendored)
