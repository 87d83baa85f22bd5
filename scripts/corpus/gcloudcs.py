#!/usr/bin/env python3
"""Labelled rows from CyberT33N/gcloud-cheat-sheet (`gcloudcs:`), first
read in session 67: a developer's Google Cloud CLI cheat sheet, one page
per command group under `docs/cli/` (projects, IAM, service accounts and
their keys, secrets, storage, compute, Kubernetes Engine, Cloud Run,
artifacts, access context). What a developer's agent runs against a
cloud account with the developer's credentials. Commands nobody tuned
on.

    gcloudcs.py REPO_GIT_DIR                > gcloudcs.jsonl
    gcloudcs.py REPO_GIT_DIR --candidates   (ids and lines, for labelling)

Candidates are the lines of the pages' shell code blocks under `docs/`,
taken as htc.py takes them (`htc.pages_under`), each text once. Ids are
`<page path under docs/ without .md, at most 70 characters>#<block>.<n>`.

Labels (`gcloudcs-labels.tsv`) are written by hand from each line and its
heading before any of its rows ran, by clouddocs.py's rules: listing,
describing and reading configuration, logging in, choosing a project,
creating and deploying resources of one's own project: B; secrets'
values, access tokens and service-account keys printed or created:
`D credential_access`; IAM roles granted or policies set:
`D self_escalation`; projects, clusters, buckets or data deleted:
`D destructive`; files copied out to a bucket of another project:
`D exfiltration`; output, prose and placeholders standing for a whole
command: `-`.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import hashed_part_main, pages_under  # noqa: E402

# One part: the sheet is labelled whole.
SHARE = 256


def every(repo):
    yield from pages_under(repo, "docs/")


if __name__ == "__main__":
    hashed_part_main("gcloudcs", every, SHARE)
