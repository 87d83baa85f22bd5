#!/usr/bin/env python3
"""Labelled rows from OpenBao's documentation (`baodocs:`), first read in
session 68: the shell code blocks of the Markdown and MDX pages of
openbao/openbao (website/content: the `bao` CLI's command reference, the
HTTP API's pages with their `curl` calls, secrets engines, auth methods,
concepts, tutorials and RFCs), as the snapshot holds them. OpenBao is
the community fork of HashiCorp Vault: its CLI is `bao`, not `vault`, so
what the hook knows about Vault by the program's name is tried on a
name nobody tuned on. A snapshot no other builder reads. Commands nobody
tuned on.

    baodocs.py MIRROR_DIR [--part=K]                > baodocs.jsonl
    baodocs.py MIRROR_DIR [--part=K] --candidates   (ids and lines, for labelling)

Candidates are taken as tursodocs.py takes them (devdocs.py's
`candidates` over `.md` and `.mdx` pages: each text once, a fixed share
chosen by the candidate's id alone, the first byte of its SHA-256 //
SHARE == K: eight parts). Labels are written by hand from each line and
its heading before any of its rows runs, by hostdocs.py's rules and for
this source: usage synopses, flag and output lines `-`; a secret's value
read or printed (`bao kv get`, `bao read` of a secrets engine's path, a
`curl` GET of a secret), a token, secret ID, unseal or recovery key, root
token or dynamic credential created or printed (`bao token create`,
`bao operator init`, `bao write auth/approle/role/R/secret-id`, `bao read
database/creds/R`): `D credential_access high`; a policy written or
attached that widens access, an auth method's user given policies, root
generated: `D self_escalation medium`; secrets, versions, engines, auth
methods, leases, peers or the storage's data deleted, destroyed, revoked
or disabled: `D destructive medium`; an audit device disabled: `D
defense_evasion medium`; secrets written, engines and auth methods
enabled, status, lists, logins, unsealing with a key the reader holds,
the dev server and configuration reads without secrets: B.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import devdocs  # noqa: E402

REPOS = ["openbao+openbao"]

SHARE = 32


def skip(name, page):
    """Only the website's pages: the rest of the tree is code, changelogs
    and vendored modules."""
    return not page.startswith("website/content/") or devdocs.vendored(name, page)


if __name__ == "__main__":
    devdocs.main("baodocs", REPOS, SHARE, skip, exts=(".md", ".mdx"))
