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

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import devdocs  # noqa: E402

REPOS = [
    "kubernetes-sigs+kind", "cli+cli", "nvm-sh+nvm", "aquasecurity+trivy", "argoproj+argo-cd",
    "Homebrew+brew", "sigstore+cosign", "goreleaser+goreleaser", "asdf-vm+asdf",
    "containers+skopeo", "fluxcd+flux2", "getsops+sops", "direnv+direnv", "k3d-io+k3d",
]

SHARE = 32

if __name__ == "__main__":
    devdocs.main("toolsdocs", REPOS, SHARE)
