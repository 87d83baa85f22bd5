#!/usr/bin/env python3
"""Labelled rows from three cloud attack ranges no other builder reads,
fetched in session 27 after kpods.py's figures were taken:
- RhinoSecurityLabs/cloudgoat (`cloudgoat:`): each scenario's cheat sheet
  (the attack path through AWS or Azure, step by step);
- ine-labs/AWSGoat (`awsgoat:`): the attack manuals of its two modules;
- OWASP/wrongsecrets (`wrongsecrets:`): its documentation pages (setting
  the challenges up on Docker, Kubernetes, Vault and the clouds, mostly
  everyday developer commands).

    goats.py CLOUDGOAT_GIT_DIR AWSGOAT_GIT_DIR WRONGSECRETS_GIT_DIR                > goats.jsonl
    goats.py CLOUDGOAT_GIT_DIR AWSGOAT_GIT_DIR WRONGSECRETS_GIT_DIR --candidates   (for labelling)

Candidates are taken from the pages' shell code blocks as htc.py takes
them; a cheat sheet's lines outside code blocks that start with a command
(`aws`, `curl`, `ssh`, `az`, `gcloud`, `kubectl`, `docker`, `sudo`,
`python3`, `git`) count too, since the cheat sheets often list commands
as plain lines. Each text once. Each candidate was labelled by hand in
session 27, in `goats-labels.tsv`, from the line and its heading alone and
before any row was run through the hook, by htc.py's and kpods.py's rules.
The labels file holds ids and labels only; a candidate without a label is
an error. Rows cite `<source>:<page>/<heading>#<block>.<line>` (plain
lines: block `p`); the page is the unit the corpus is split on.

First measured in session 27 with nothing tuned on it (`--split all`).
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htc import filled, is_candidate, page_candidates, row_of  # noqa: E402
from snapshot import distinct, git, hand_labelled_main, show  # noqa: E402

LABELS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "goats-labels.tsv")
PLAIN_WORDS = ("aws", "curl", "ssh", "az", "gcloud", "kubectl", "docker", "sudo", "python3", "git")


def names(repo):
    """Every file path of the snapshot (AWSGoat's have spaces, which
    snapshot.names splits)."""
    return git(repo, "ls-tree", "-r", "--name-only", "-z", "HEAD").split("\0")


def plain_candidates(repo, path, page):
    """A cheat sheet's command lines outside its code blocks."""
    heading, inside, n = "", False, 0
    for raw in show(repo, path).split("\n"):
        stripped = raw.strip()
        if stripped.startswith("```"):
            inside = not inside
            continue
        if inside:
            continue
        if raw.startswith("#"):
            heading = raw.lstrip("#").strip().strip("`")
            continue
        line = filled(re.sub(r"^(\d+\.\s+|[-*]\s+|\$\s+)", "", stripped).strip("`"))
        if not line:
            continue
        n += 1
        if line.split()[0] in PLAIN_WORDS and is_candidate(line):
            yield f"{page}#p.{n}", heading, line


def candidates(repos):
    """(id, heading, line) of every candidate line, each text once."""
    return distinct(all_candidates(repos))


def all_candidates(repos):
    """`candidates`, repeats included."""
    cloudgoat, awsgoat, wrongsecrets = repos
    for path in sorted(p for p in names(cloudgoat) if re.search(r"/cheat_?sheet[^/]*\.md$", p)
                       and "scenario_template" not in p):
        page = "cloudgoat:" + re.sub(r"^cloudgoat/scenarios/|\.md$", "", path)
        yield from page_candidates(cloudgoat, path, page)
        yield from plain_candidates(cloudgoat, path, page)
    for path in sorted(p for p in names(awsgoat) if p.startswith("attack-manuals/") and p.endswith(".md")):
        yield from page_candidates(awsgoat, path, "awsgoat:" + re.sub(r"^attack-manuals/|\.md$", "", path))
    for path in sorted(p for p in names(wrongsecrets) if p.endswith(".md")
                       and (p.startswith("docs/") or "/" not in p)):
        yield from page_candidates(wrongsecrets, path, "wrongsecrets:" + re.sub(r"\.md$", "", path))


def main():
    if len(sys.argv) < 4:
        sys.exit("usage: goats.py CLOUDGOAT_GIT_DIR AWSGOAT_GIT_DIR WRONGSECRETS_GIT_DIR [--candidates]")
    repos = sys.argv[1:4]
    hand_labelled_main("goats.py", lambda _repo: candidates(repos), LABELS, row_of)


if __name__ == "__main__":
    main()
