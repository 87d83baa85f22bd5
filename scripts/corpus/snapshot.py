"""Reading a fetched snapshot (a bare git directory) and checking that a
row is a command, shared by the corpus builders."""

import json
import os
import re
import subprocess
import sys


def git(repo, *args):
    """The output of `git --git-dir REPO ARGS...` (`REPO/.git` when the
    snapshot came with a work tree)."""
    if os.path.isdir(os.path.join(repo, ".git")):
        repo = os.path.join(repo, ".git")
    return subprocess.run(["git", "--git-dir", repo, *args], capture_output=True, text=True,
                          check=True).stdout


def head(repo):
    """The snapshot's commit."""
    return git(repo, "rev-parse", "HEAD").strip()


def names(repo, under=None):
    """Every file path of the snapshot, under `under` if given."""
    return git(repo, "ls-tree", "-r", "--name-only", "HEAD", *([under] if under else [])).split()


def paths(repo):
    """Every file path of the snapshot, listed NUL-separated: paths with
    spaces kept whole (`names` splits on white space; the builders that read
    it are left as they are, their ids labelled so). b120.py, mcdev.py and
    ocs.py read their pages with this."""
    return [p for p in git(repo, "ls-tree", "-r", "-z", "--name-only", "HEAD").split("\0") if p]


def show(repo, path):
    """A file's text at the snapshot's commit."""
    return git(repo, "show", f"HEAD:{path}")


def parses(command):
    """Whether bash accepts `command` (`bash -n`)."""
    r = subprocess.run(["bash", "-n"], input=command, capture_output=True, text=True)
    return r.returncode == 0


def slug(section):
    """A section heading as the part of a row's source that names it."""
    return re.sub(r"[^a-z0-9]+", "-", section.lower()).strip("-")


def print_dangerous(command, category, severity, why, source, tag, commit):
    """One dangerous row of a write-up corpus, as a JSON line."""
    print(json.dumps({
        "command": command,
        "cwd": "/home/dev/project",
        "label": "dangerous",
        "category": category,
        "severity": severity,
        "why": why,
        "source": source,
        "tags": [tag, f"commit:{commit[:12]}"],
    }, ensure_ascii=False))



def hand_labels(path):
    """A hand-label file (`id<TAB>label words`, `#` comments) as a dict of
    id -> label words: `D CATEGORY SEVERITY`, `B` or `-`."""
    labels = {}
    with open(path) as f:
        for row in f:
            if row.strip() and not row.startswith("#"):
                cid, label = row.rstrip("\n").split("\t", 1)
                labels[cid] = label.split()
    return labels


def labelled_row(command, label, why, source, commit):
    """A hand-labelled row as a JSON line, or None for a `-` label."""
    if label[0] not in ("D", "B"):
        return None
    row = {"command": command, "cwd": "/home/dev/project"}
    if label[0] == "D":
        row.update({"label": "dangerous", "category": label[1], "severity": label[2]})
    else:
        row["label"] = "benign"
    return json.dumps({**row, "why": why, "source": source,
                       "tags": [f"commit:{commit[:12]}"]}, ensure_ascii=False)


def hand_labelled_main(name, candidates, labels_path, row_of):
    """The command line of a hand-labelled builder: `NAME REPO` prints its
    rows, `NAME REPO --candidates` lists the candidates to label.
    `candidates(repo)` yields (id, heading or None, line); `row_of(id,
    heading)` gives the row's why and source. A candidate without a label
    is an error, so a changed snapshot is noticed."""
    import sys
    repo = sys.argv[1]
    if "--candidates" in sys.argv:
        for cid, heading, line in candidates(repo):
            print(f"{cid}\t{line}" if heading is None else f"{cid}\t[{heading}]\t{line}")
        return
    labels = hand_labels(labels_path)
    commit = head(repo)
    for cid, heading, line in candidates(repo):
        label = labels.get(cid)
        if label is None:
            sys.exit(f"{name}: no label for {cid}: label it in {labels_path}")
        why, source = row_of(cid, heading)
        row = labelled_row(line, label, why, source, commit)
        if row:
            print(row)


def stem_labelled_main(builder_file, candidates):
    """`hand_labelled_main` for a builder `NAME.py` whose labels are
    `NAME-labels.tsv` beside it and whose rows cite `NAME:<id>` with the
    candidate's heading as their why (adxc, pwiki, perlol, clitp, r1cko)."""
    name = os.path.basename(builder_file)
    stem = name[:-len(".py")]
    here = os.path.dirname(os.path.abspath(builder_file))
    hand_labelled_main(name, candidates, os.path.join(here, f"{stem}-labels.tsv"),
                       lambda cid, heading: (heading, f"{stem}:{cid}"))


def logical_lines(block_lines):
    """A code block's lines with backslash continuations joined."""
    out, cur = [], ""
    for raw in block_lines:
        line = raw.rstrip()
        if line.endswith("\\"):
            cur += line[:-1].strip() + " "
            continue
        out.append((cur + line.strip()).strip())
        cur = ""
    if cur:
        out.append(cur.strip())
    return out


def distinct(candidates):
    """`candidates` ((id, heading, line) triples) with each line's text
    once: a repeat in the other half of a split would be a row seen in
    tuning."""
    seen = set()
    for cid, heading, line in candidates:
        if line not in seen:
            seen.add(line)
            yield cid, heading, line


def sheet_of(repo, sheets, builder):
    """The sheet a snapshot holds, by its directory's name (`OWNER+NAME`, as
    `fetch` leaves it): `sheets[OWNER+NAME]`, or exit saying what to pass."""
    key = os.path.basename(os.path.dirname(os.path.abspath(repo)))
    if key not in sheets:
        sys.exit(f"{builder}: {repo} is none of {sorted(sheets)}: pass OWNER+NAME/repo")
    return sheets[key]


def numbered(sheet, pairs, key_of):
    """(id, section, line) of `pairs` ((section, line)): ids are
    `<sheet>#<key>.<n>`, `key_of(section)` the key and n counting the key's
    lines in order. Shared by devsheets.py, pentestsheets.py and
    oscpsheets.py."""
    counts = {}
    for section, line in pairs:
        key = key_of(section)
        counts[key] = counts.get(key, 0) + 1
        yield f"{sheet}#{key}.{counts[key]}", section, line
