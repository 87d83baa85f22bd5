#!/usr/bin/env python3
"""Labelled rows from the documentation of 24 developer tools (`devdocs:`),
first read in session 49: the shell code blocks of the Markdown pages of
uv, ruff, helm, terraform, deno, prometheus, traefik, tailscale, poetry,
pyenv, rustup, podman, moby, mitmproxy, playwright, etcd, k6, minikube,
pnpm, redis, valkey, syncthing, caddy and docker-node, as their snapshots
hold them (changelogs left out). What a developer's agent is told to run
by the docs of the tools it works with: mostly everyday work, with the
installers piped into a shell, the daemons and the clusters among it.
The other builders read these snapshots' CI files and scripts, never
their Markdown. Commands nobody tuned on.

    devdocs.py MIRROR_DIR [--part=K]                > devdocs.jsonl
    devdocs.py MIRROR_DIR [--part=K] --candidates   (ids and lines, for labelling)

MIRROR_DIR holds the snapshots as `fetch` leaves them
(`OWNER+NAME/repo`). Candidates are the lines of the pages' shell code
blocks, taken as htc.py takes them (`htc.page_candidates`), each text
once, and of those a fixed sixteenth chosen by the candidate's id alone
(the first byte of its SHA-256 // 16 == K), so that one session labels a
part by hand without choosing which. Ids are `<OWNER+NAME>/<page
path>#<block>.<n>`; the snapshot is the unit the corpus is split on.

Part 0 (`devdocs`) and, after the mends of three other sets, part 1
(`devdocsb`, `devdocs-part1-labels.tsv`) and part 2 (`devdocsc`, on the
session's last binary) were labelled by hand in session 49 from
each line and its heading before any of its rows ran, by the rules in
bol.py's docstring: building, testing, linting, formatting, running a
project's own programs and servers on loopback, language package
installs, containers and clusters started for development (`podman run`,
`minikube start`, `helm install`), downloads that only save a file, and
local git operations: B; an installer fetched and piped into a shell, a
package or binary fetched and run: `D remote_code_exec high`; system
package installs, services, `/etc` and `/usr` changes, users, firewall and
kernel settings (with or without sudo): `D self_escalation medium`;
deleting data outside the project (volumes, system prunes with `-a`/
`--volumes`, `rm -rf` of system paths): `D destructive`; printing
secrets or tokens: `D credential_access`; sending local files to another
host: `D exfiltration`; output, prose, configuration lines and
placeholders: `-`.
"""

import hashlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import labels_path, page_candidates, part_arg  # noqa: E402
from snapshot import distinct, git, hand_labels, head, labelled_row  # noqa: E402

REPOS = [
    "astral-sh+uv", "astral-sh+ruff", "helm+helm", "hashicorp+terraform", "denoland+deno",
    "prometheus+prometheus", "traefik+traefik", "tailscale+tailscale", "python-poetry+poetry",
    "pyenv+pyenv", "rust-lang+rustup", "containers+podman", "moby+moby", "mitmproxy+mitmproxy",
    "microsoft+playwright", "etcd-io+etcd", "grafana+k6", "kubernetes+minikube", "pnpm+pnpm",
    "redis+redis", "valkey-io+valkey", "syncthing+syncthing", "caddyserver+caddy",
    "nodejs+docker-node",
]

SHARE = 16


def vendored(name, page):
    """Vendored modules' pages are other projects' (a builder's `skip`)."""
    return page.startswith("vendor/") or "/vendor/" in page or "node_modules/" in page


def snapshot(mirror, name):
    d = os.path.join(mirror, name, "repo")
    return d if os.path.isdir(d) else os.path.join(mirror, name)


def candidates(mirror, part, repos=REPOS, share=SHARE, skip=lambda name, page: False,
               exts=(".md",)):
    """`exts`: the page name endings read (`.md`; a builder over MDX
    pages adds `.mdx`, tursodocs.py); a page's id drops its ending."""
    def every():
        for name in repos:
            repo = snapshot(mirror, name)
            # A snapshot not fetched gives no candidates (its labels wait).
            if not os.path.isdir(repo):
                continue
            pages = sorted(p for p in git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
                           if p.endswith(exts) and "CHANGELOG" not in p.upper()
                           and not skip(name, p))
            for page in pages:
                ext = next(e for e in exts if page.endswith(e))
                stem = page[:-len(ext)]
                for cid, heading, line in page_candidates(repo, page, f"{name}/{stem}"):
                    yield cid, heading, line
    return [c for c in distinct(every())
            if hashlib.sha256(c[0].encode()).digest()[0] // share == part]


def main(stem="devdocs", repos=REPOS, share=SHARE, skip=lambda name, page: False,
         exts=(".md",)):
    """The builder's command line, for devdocs.py and for builders of the
    same kind over other snapshots (toolsdocs.py): `stem` names the labels
    (`STEM-partK-labels.tsv`) and the rows' sources (`STEM:ID`); `skip`
    leaves out pages (snapshot name, page path)."""
    mirror = sys.argv[1]
    part = part_arg()
    cands = candidates(mirror, part, repos, share, skip, exts)
    if "--candidates" in sys.argv:
        for cid, heading, line in cands:
            print(f"{cid}\t[{heading}]\t{line}")
        return
    path = labels_path(stem, part)
    labels = hand_labels(path)
    heads = {}
    for cid, heading, line in cands:
        label = labels.get(cid)
        if label is None:
            sys.exit(f"{stem}.py: no label for {cid}: label it in {path}")
        name = cid.split("/", 1)[0]
        if name not in heads:
            heads[name] = head(snapshot(mirror, name))
        row = labelled_row(line, label, heading, f"{stem}:{cid}", heads[name])
        if row:
            print(row)


if __name__ == "__main__":
    main()
