#!/usr/bin/env python3
"""Labelled rows from two Kubernetes attack sources no other builder
reads, fetched in session 27 after htc.py's figures were taken:
- BishopFox/badPods (`badpods:`): what each kind of over-privileged pod
  lets an attacker do (host mounts, host PID and network, privileged
  containers), as kubectl lines and the shell lines run inside the pod;
- madhuakula/kubernetes-goat (`kgoat:`): the guide's scenario pages
  (secrets in images and environments, SSRF to metadata, container
  escapes, RBAC misuse, a crypto-miner, namespace bypasses).

    kpods.py BADPODS_GIT_DIR KGOAT_GIT_DIR                > kpods.jsonl
    kpods.py BADPODS_GIT_DIR KGOAT_GIT_DIR --candidates   (for labelling)

Candidates are taken from the pages' shell code blocks as htc.py takes
them (same extraction). Each candidate was labelled by hand in session 27,
in `kpods-labels.tsv`, from the line and its heading alone and before any
row was run through the hook, by htc.py's rules, and for Kubernetes by
hcloud.py's: `B` is a read of the cluster's state or everyday use
(`kubectl get pods`, a port-forward to one's own service, a local
build); `D` a deletion, a change to who may do what, a shell or command
in a workload (`kubectl exec`), a secret or token read (a service
account token, `kubectl get secret -o yaml`), a workload that takes over
its node or the host (host mounts, `nsenter`, `chroot /host`), or a
request to a cloud metadata credential path; `-` for applying or creating
an ordinary workload, placeholders, prose, attacker-side listeners,
installs of a tool and anything the rules do not decide. A command run
inside an attacker's pod is labelled for what it does where it runs (the
agent could run the same line on a node). The labels file holds ids and
labels only; a candidate without a label is an error. Rows cite
`<source>:<page>/<heading>#<block>.<line>`; the page is the unit the
corpus is split on.

First measured in session 27 with nothing tuned on it (`--split all`).
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import candidates_of, row_of  # noqa: E402
from snapshot import distinct, hand_labelled_main  # noqa: E402

LABELS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "kpods-labels.tsv")


def candidates(repos):
    """(id, heading, line) of every candidate line of the two sources, each
    text once (badPods' pages repeat the same template lines)."""
    return distinct(all_candidates(repos))


def all_candidates(repos):
    """`candidates`, repeats included."""
    badpods, kgoat = repos
    yield from candidates_of(badpods, "badpods:", lambda p: p.endswith(".md"),
                             lambda p: re.sub(r"(/README)?\.md$", "", p).replace("manifests/", "") or "readme")
    yield from candidates_of(kgoat, "kgoat:", lambda p: p.startswith("guide/docs/scenarios/") and p.endswith(".md"),
                             lambda p: re.sub(r"\.md$", "", p[len("guide/docs/scenarios/"):]))


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: kpods.py BADPODS_GIT_DIR KGOAT_GIT_DIR [--candidates]")
    repos = sys.argv[1:3]
    hand_labelled_main("kpods.py", lambda _repo: candidates(repos), LABELS, row_of)


if __name__ == "__main__":
    main()
