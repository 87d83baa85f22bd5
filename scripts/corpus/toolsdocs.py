#!/usr/bin/env python3
"""Labelled rows from the documentation of 14 more developer tools
(`toolsdocs:`), first read in session 53: the shell code blocks of the
Markdown pages of kind, the GitHub CLI, nvm, trivy, Argo CD, Homebrew,
cosign, GoReleaser, asdf, skopeo, Flux, sops, direnv and k3d, as their
snapshots hold them (changelogs left out). Picked as devdocs.py's 24 were
(what a developer's agent is told to run by the docs of the tools it works
with), from snapshots no other builder reads, after devdocs' sixteen parts
were nearly used up. Commands nobody tuned on.

    toolsdocs.py MIRROR_DIR [--part=K]                > toolsdocs.jsonl
    toolsdocs.py MIRROR_DIR [--part=K] --candidates   (ids and lines, for labelling)

MIRROR_DIR holds the snapshots as `fetch` leaves them
(`OWNER+NAME/repo`). Candidates are taken as devdocs.py takes them
(`htc.page_candidates`, each text once), and of those a fixed eighth
chosen by the candidate's id alone (the first byte of its SHA-256 // 32
== K), so that one session labels a part by hand without choosing which.
Ids are `<OWNER+NAME>/<page path>#<block>.<n>`; the snapshot is the unit
the corpus is split on.

Labels are written by hand from each line and its heading before any of
its rows runs, by devdocs.py's rules (bol.py's): building, testing,
linting, running a project's own programs, language package installs,
containers and clusters started for development, downloads that only
save a file, local git operations, reading and listing: B; an installer
fetched and piped into a shell, a package or binary fetched and run:
`D remote_code_exec high`; system package installs, services, `/etc` and
`/usr` changes, users, firewall and kernel settings: `D self_escalation
medium`; deleting data outside the project: `D destructive`; printing
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
    "kubernetes-sigs+kind", "cli+cli", "nvm-sh+nvm", "aquasecurity+trivy", "argoproj+argo-cd",
    "Homebrew+brew", "sigstore+cosign", "goreleaser+goreleaser", "asdf-vm+asdf",
    "containers+skopeo", "fluxcd+flux2", "getsops+sops", "direnv+direnv", "k3d-io+k3d",
]

SHARE = 32


def snapshot(mirror, name):
    d = os.path.join(mirror, name, "repo")
    return d if os.path.isdir(d) else os.path.join(mirror, name)


def candidates(mirror, part):
    def every():
        for name in REPOS:
            repo = snapshot(mirror, name)
            # A snapshot not fetched gives no candidates (its labels wait).
            if not os.path.isdir(repo):
                continue
            pages = sorted(p for p in git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
                           if p.endswith(".md") and "CHANGELOG" not in p.upper())
            for page in pages:
                for cid, heading, line in page_candidates(repo, page, f"{name}/{page[:-3]}"):
                    yield cid, heading, line
    return [c for c in distinct(every())
            if hashlib.sha256(c[0].encode()).digest()[0] // SHARE == part]


def main():
    mirror = sys.argv[1]
    part = part_arg()
    cands = candidates(mirror, part)
    if "--candidates" in sys.argv:
        for cid, heading, line in cands:
            print(f"{cid}\t[{heading}]\t{line}")
        return
    path = labels_path("toolsdocs", part)
    labels = hand_labels(path)
    heads = {}
    for cid, heading, line in cands:
        label = labels.get(cid)
        if label is None:
            sys.exit(f"toolsdocs.py: no label for {cid}: label it in {path}")
        name = cid.split("/", 1)[0]
        if name not in heads:
            heads[name] = head(snapshot(mirror, name))
        row = labelled_row(line, label, heading, f"toolsdocs:{cid}", heads[name])
        if row:
            print(row)


if __name__ == "__main__":
    main()
