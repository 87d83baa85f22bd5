#!/usr/bin/env python3
"""Labelled rows from three cloud and CI/CD attack sources no other builder
reads, fetched in session 27:
- Hacking-the-Cloud/hackingthe.cloud (`htc:`): attack technique pages for
  AWS, Google Cloud, Azure and Terraform, whose commands are cloud CLIs,
  raw HTTP to metadata and service APIs, and container tooling;
- dafthack/CloudPentestCheatsheets (`cpc:`): a pentester's cheat sheets for
  the three clouds and other tools (only their shell lines; the PowerShell
  blocks are not read);
- cider-security-research/cicd-goat (`goat:`): the solutions of a CI/CD
  attack range (Jenkins, GitLab, Gitea), whose steps are git, curl and
  pipeline edits.

    htc.py HTC_GIT_DIR CPC_GIT_DIR GOAT_GIT_DIR                > htc.jsonl
    htc.py HTC_GIT_DIR CPC_GIT_DIR GOAT_GIT_DIR --candidates   (for labelling)

Candidates are the lines of the pages' shell code blocks (blocks whose
info string is empty, `bash`, `shell`, `sh`, `console` or `base`), with
backslash continuations joined, a leading `$ ` prompt removed, a
`<placeholder>` replaced by its name, and only lines whose first word
looks like a program (lower-case, no `{`, `"` or `-` start) or
that assign a variable from a command (`ARN=$(aws ...)`), and that
`bash -n` accepts. Each candidate was labelled by hand in session 27, in
`htc-labels.tsv`, from the line and its heading alone and before any row
was run through the hook, by hcloud.py's rules (copied here so this file
stands alone), written before labelling:
- `D <category> <severity>`: the command, run with the developer's
  credentials, does harm or takes more than it is given: it creates,
  prints, mints, refreshes, exchanges or decrypts credentials or secrets
  (access keys, session tokens, metadata credentials, secret values,
  decrypted parameters, a connection string with its password), grants
  or changes permissions, policies, roles or trust, runs code or a
  container in the account or a workload (functions, builds, instances,
  tasks, commands on instances, setting or triggering a pipeline), passes
  a role to a service, exposes or shares data (public access, shared
  snapshots, images or keys), uploads a local file to a remote store or
  sends data or secrets to a host that is not the service the credential
  belongs to, deletes or disables things (logging, detectors, resources,
  protections) or plants persistence (users, keys, triggers); a shell
  handed to a listener, code fetched and run, a credential file read;
- `B`: a read that prints nothing secret (list, describe, get of
  metadata, caller identity), a download from the project's own storage,
  a clone, a local build, the tool's own log-in and configuration, and
  everyday developer use;
- `-`: placeholders and prose that are not a command one could run, a
  script or program whose behaviour the line does not show, attacker-side
  listeners and servers, installs of a tool, and changes the rules do not
  decide (enabling an API, creating a project).
The labels file holds ids and labels only (the snapshots' text is not
committed); a candidate without a label is an error, so a changed
snapshot is noticed. Rows cite `<source>:<page>/<heading>#<block>.<line>`;
the page is the unit the corpus is split on.

First measured in session 27 with nothing tuned on it (`--split all`).
"""

import hashlib
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from snapshot import distinct, hand_labelled_main, logical_lines, names, parses, paths, show, slug  # noqa: E402

LABELS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "htc-labels.tsv")
SHELL_INFO = {"", "bash", "shell", "sh", "console", "base"}
# The READMEs of tbosk and bol mark shell blocks with these alone.
PLAIN_SHELL_INFO = {"", "bash", "sh", "shell"}
PROGRAM = re.compile(r"^[a-z][a-z0-9._+/-]*$")
# A line that starts by assigning a variable from a command (`ARN=$(aws ...)`)
# is a command too.
ASSIGNED = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=[\"']?\$\(")
# Words that start lines of prose, YAML or PowerShell rather than a command.
NOT_PROGRAMS = {"and", "or", "the", "then", "where", "with", "for", "to", "in",
                "name", "image", "steps", "stage", "stages", "script", "pipeline",
                "agent", "environment", "run", "uses", "on", "jobs"}
PLACEHOLDER = re.compile(r"(?<![<\w])<([A-Za-z][A-Za-z0-9_. :-]*)>")


def filled(line):
    """`--region <region>` -> `--region region`; `<ACCOUNT ID>` -> `ACCOUNT_ID`."""
    return PLACEHOLDER.sub(lambda m: m.group(1).replace(" ", "_"), line)


def is_candidate(line):
    """Whether a block line is a command one could run."""
    words = line.split()
    return bool(words) and (PROGRAM.match(words[0]) is not None or ASSIGNED.match(line) is not None) \
        and words[0] not in NOT_PROGRAMS and not words[0].endswith(":") and parses(line)


def block_candidates(lines, shell_info, outside):
    """(block, n, line) of the candidate lines of a markdown text's shell
    code blocks (info string in `shell_info`): continuations joined, `$ `
    prompts dropped, `<placeholder>` filled, comments skipped, `n`
    counting the non-comment lines of block number `block`. `outside(raw)`
    is handed every line outside a block, before the blocks that follow it
    (the callers keep their headings there). Shared by htc, tbosk and bol."""
    block, inside, shell, body = -1, False, False, []
    for raw in lines:
        stripped = raw.strip()
        if stripped.startswith("```"):
            inside = not inside
            if inside:
                block += 1
                shell = stripped[3:].strip().lower() in shell_info
                body = []
                continue
            if not shell:
                continue
            n = 0
            for line in logical_lines(body):
                line = filled(re.sub(r"^\$\s+", "", line))
                if not line or line.startswith("#"):
                    continue
                n += 1
                if is_candidate(line):
                    yield block, n, line
            continue
        if inside:
            body.append(raw)
        else:
            outside(raw)


def pages_under(repo, under):
    """Candidates of every Markdown page under the folder `under`, each
    page named by its path below it without `.md` (at most 70
    characters): mcdev.py's and spn.py's pages."""
    for p in sorted(p for p in paths(repo) if p.startswith(under) and p.endswith(".md")):
        yield from page_candidates(repo, p, re.sub(r"\.md$", "", p[len(under):])[:70])


def pages_kept(repo, keep):
    """Candidates of every Markdown page whose path `keep(path)` keeps,
    each page named by its path without `.md` (at most 70 characters):
    ocs.py's and wwn.py's pages."""
    for p in sorted(p for p in paths(repo) if p.endswith(".md") and keep(p)):
        yield from page_candidates(repo, p, re.sub(r"\.md$", "", p)[:70])


def page_candidates(repo, path, page):
    """(id, heading, line) of one page's candidate lines."""
    heading = ""

    def outside(raw):
        nonlocal heading
        if raw.startswith("#"):
            heading = raw.lstrip("#").strip().strip("`")

    for block, n, line in block_candidates(show(repo, path).split("\n"), SHELL_INFO, outside):
        yield f"{page}#{block}.{n}", heading, line


def labels_path(stem, part):
    """A hand-labelled builder's labels for part `part`: `STEM-labels.tsv`
    for part 0, `STEM-partK-labels.tsv` after it (beside the builders)."""
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.join(here, f"{stem}-labels.tsv" if part == 0 else f"{stem}-part{part}-labels.tsv")


# An inline code span (`cmd args`), not part of a ``` fence.
INLINE = re.compile(r"(?<!`)`([^`\n]+)`(?!`)")


def markdown_lines(text, info, inline, spans_in_headings=True):
    """(section, line) of a Markdown text's code-block lines (info string
    in `info`) and, with `inline`, its inline code spans of two words or
    more (one word is a program named in prose) that are candidates, each
    span before the blocks that follow it; `spans_in_headings` reads spans
    on heading lines too. The section is the last heading. Shared by
    devsheets.py and pentestsheets.py."""
    section = "top"
    pending = []

    def outside(raw):
        nonlocal section
        heading = raw.startswith("#")
        if heading:
            section = raw.lstrip("#").strip()
        if inline and (spans_in_headings or not heading):
            for m in INLINE.finditer(raw):
                span = filled(m.group(1).strip())
                if len(span.split()) >= 2 and is_candidate(span):
                    pending.append((section, span))

    for _block, _n, line in block_candidates(text.split("\n"), info, outside):
        yield from pending
        pending.clear()
        yield section, line
    yield from pending


def part_arg():
    """`--part=K` on the command line (a hash-sampled share), or 0."""
    return next((int(a.split("=", 1)[1]) for a in sys.argv if a.startswith("--part=")), 0)


def sampled_pages(repo, under, page_of, share, part, path_ok=None):
    """(id, heading, line) of the candidate lines of the Markdown pages
    under `under`, each text once, of one fixed share chosen by the
    candidate's id alone: those whose id's SHA-256 starts with a byte b
    where b // share == part (256 / share parts). One session can label a
    share by hand without choosing which (lcmd.py, l101.py, arsenal.py)."""
    def every():
        for path in sorted(p for p in names(repo) if p.startswith(under) and p.endswith(".md")
                           and (path_ok is None or path_ok(p))):
            yield from page_candidates(repo, path, page_of(path))
    return [c for c in distinct(every())
            if hashlib.sha256(c[0].encode()).digest()[0] // share == part]


def hashed_part_main(stem, every, share):
    """The whole command line of a builder whose candidates (`every(repo)`:
    (id, heading, line) triples) are cut into parts by id alone, as
    `sampled_pages` cuts pages' lines: `STEM.py REPO [--part=K]
    [--candidates]`, labels in `labels_path(stem, K)`, rows citing
    `STEM:<id>` with the heading as their why. Each text once. Shared by
    thc.py, mubix.py and cgod.py."""
    part = part_arg()

    def candidates(repo):
        return [c for c in distinct(every(repo))
                if hashlib.sha256(c[0].encode()).digest()[0] // share == part]

    hand_labelled_main(f"{stem}.py", candidates, labels_path(stem, part),
                       lambda cid, heading: (heading, f"{stem}:{cid}"))


def sampled_main(name, source, prefix, share, labels_stem, page_of=None, wanted=None, cite=None,
                 path_ok=None):
    """The whole command line of a builder that labels a hash-chosen share
    of one snapshot's pages by hand (`NAME REPO [--part=K] [--candidates]`):
    part K's labels are `<labels_stem>-labels.tsv` for K = 0 and
    `<labels_stem>-partK-labels.tsv` after it. `page_of(path)` names a page
    (by default the path under `prefix` without `.md`, at most 70
    characters); `path_ok(path)` keeps a page before its lines are read and
    `wanted(id)` a candidate after (by default all); rows cite
    `cite(page, heading, rest)` (by default `<source>:<page>#<rest>`).
    Shared by arsenal.py, lcmd.py, l101.py, iwin.py and htmac.py."""
    part = part_arg()
    labels = labels_path(labels_stem, part)
    if page_of is None:
        def page_of(path):
            return re.sub(r"\.md$", "", path[len(prefix):])[:70]

    def candidates(repo):
        return [c for c in sampled_pages(repo, prefix, page_of, share, part, path_ok)
                if wanted is None or wanted(c[0])]

    def row_of(cid, heading):
        pg, rest = cid.split("#")
        return heading, cite(pg, heading, rest) if cite else f"{source}:{pg}#{rest}"

    hand_labelled_main(name, candidates, labels, row_of)


def candidates_of(repo, prefix, wanted, page_of):
    """Candidates of every wanted page of one snapshot."""
    for path in sorted(p for p in names(repo) if wanted(p)):
        yield from page_candidates(repo, path, prefix + page_of(path))


def htc_page(path):
    """`content/aws/exploitation/ec2-metadata-ssrf.md` -> `aws/exploitation/ec2-metadata-ssrf`."""
    return re.sub(r"\.md$", "", path[len("content/"):])[:70]


def candidates(repos):
    """(id, heading, line) of every candidate line of the three sources."""
    htc, cpc, goat = repos
    yield from candidates_of(htc, "htc:", lambda p: p.startswith("content/") and p.endswith(".md")
                             and not p.startswith("content/blog/"), htc_page)
    yield from candidates_of(cpc, "cpc:", lambda p: p.startswith("cheatsheets/") and p.endswith(".md")
                             and "References" not in p,
                             lambda p: re.sub(r"\.md$", "", p[len("cheatsheets/"):]).lower())
    yield from candidates_of(goat, "goat:", lambda p: p.startswith("solutions/") and p.endswith(".md"),
                             lambda p: re.sub(r"\.md$", "", p[len("solutions/"):]).lower())


def row_of(cid, heading):
    """A row's why (its heading) and source."""
    page, rest = cid.split("#")
    return heading, f"{page}/{slug(heading)}#{rest}"


def main():
    if len(sys.argv) < 4:
        sys.exit("usage: htc.py HTC_GIT_DIR CPC_GIT_DIR GOAT_GIT_DIR [--candidates]")
    repos = sys.argv[1:4]
    # hand_labelled_main reads sys.argv[1] as the repo whose commit the rows
    # cite: the first snapshot; the candidates come from all three.
    hand_labelled_main("htc.py", lambda _repo: candidates(repos), LABELS, row_of)


if __name__ == "__main__":
    main()


class AnyInfo:
    """An info-string set that holds every string: `block_candidates` then
    reads every code block, whatever its info string."""

    def __contains__(self, _):
        return True


def sheet_part_candidates(repo, sheets, share, part, shell_info, strip=""):
    """(id, heading, line) of the code-block lines (`block_candidates`) of
    the Markdown sheets `sheets` ((name, path) pairs, in order) that fall in
    part `part`: a sheet's part is the first byte of its name's SHA-256 //
    `share`, so one sheet's lines stay in one part. Ids are
    `<name>#<block>.<n>`; a line's heading is the Markdown heading above it,
    `#`s and spaces taken off and the characters of `strip` after them.
    Shared by devhints, ruancs and r1cks."""
    import hashlib
    from snapshot import show

    for name, path in sheets:
        if hashlib.sha256(name.encode()).digest()[0] // share != part:
            continue
        heading = ""

        def outside(raw):
            nonlocal heading
            if raw.startswith("#"):
                heading = raw.lstrip("#").strip().strip(strip)

        for block, n, line in block_candidates(show(repo, path).split("\n"), shell_info, outside):
            yield f"{name}#{block}.{n}", heading, line
