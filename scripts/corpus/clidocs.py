#!/usr/bin/env python3
"""Labelled rows from the documentation of four command-line tools
(`clidocs:`), first read in session 59: the shell code blocks of the
Markdown pages of git-extras (git sub-commands that delete branches,
rewrite history and force clones), the Supabase CLI (a local and a linked
remote database, its resets, secrets and functions), chezmoi (a dotfile
manager that writes the home's start-up files and runs scripts) and
BorgBackup (backups made, pruned and deleted), as their snapshots hold
them (changelogs left out). Picked because secdocs was used up (its four
parts labelled) and these reach what the corpora have little of: git
history tools beyond git itself, a platform CLI's database, dotfiles
applied to the home. Snapshots no other builder reads. Commands nobody
tuned on.

    clidocs.py MIRROR_DIR [--part=K]                > clidocs.jsonl
    clidocs.py MIRROR_DIR [--part=K] --candidates   (ids and lines, for labelling)

Candidates are taken as opsdocs.py takes them (devdocs.py's `candidates`:
each text once, a fixed share chosen by the candidate's id alone: the
first byte of its SHA-256 // 32 == K: eight parts of 115-150
candidates). Labels are written by hand from each line and its heading
before any of its rows runs, by opsdocs.py's rules (parts 0-15) and
secdocs.py's, and for this source: git-extras' commands that rewrite or
move local history (`git squash`, `git psykorebase`) or make branches B,
as git's own; ones that delete a remote branch or all of a file's
history: `D destructive`; the Supabase CLI's local stack, type
generation and schema pulls B, a linked project's database reset or
pushed, or its functions, branches, projects or storage objects deleted:
`D destructive`; usage synopses (`supabase stop [flags]`) and help lines:
`-`; chezmoi's `apply`, `init --apply` and `update`, which write the
home's dotfiles and run the repository's scripts: `D self_escalation
medium`; its other commands (`diff`, `add`, `edit`, `git`, `state`) B;
BorgBackup's `delete`, `prune` and `compact` of a repository: `D
destructive`; a login or token exported to standard output (`snapcraft
export-login ... -`): `D credential_access high`.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import devdocs  # noqa: E402

REPOS = ["tj+git-extras", "supabase+cli", "twpayne+chezmoi", "borgbackup+borg"]

SHARE = 32


if __name__ == "__main__":
    devdocs.main("clidocs", REPOS, SHARE, devdocs.vendored)
