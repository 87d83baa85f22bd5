#!/usr/bin/env python3
"""Labelled rows from HackTricks' web pentesting pages (`htweb:`), first
read in session 38 (carlospolop/hacktricks `pentesting-web/`, which no
other builder reads): the tools of a developer or tester who probes web
applications (curl, sqlmap, ffuf, burp helpers, JWT and deserialisation
tools, local servers that catch callbacks), and the attacks those pages
teach. Commands nobody tuned on.

    htweb.py REPO_GIT_DIR [--part=K]                > htweb.jsonl
    htweb.py REPO_GIT_DIR [--part=K] --candidates   (ids and lines, for labelling)

Candidates are taken as htnet.py takes them (`htc.page_candidates`), each
text once, leaving out texts that a page another HackTricks builder reads
also holds (htlin, htpe, htmac, htnet, htwin, htfor: the same line seen
there is not a line nobody tuned on). They are split in four quarters by
the candidate's id alone (the first byte of its SHA-256 // 64), so that
later sessions still have quarters nobody has seen. Part 0
(`htweb-labels.tsv`) is labelled by hand in session 38 from the line and
its heading alone, before any row ran through the hook, by the rules in
bol.py's docstring and those htnet, htwin and htfor used (status,
sessions 35-37), plus, for this source's own kinds of line (written
before labelling):
- a request to a web application of another host (curl, wget, sqlmap,
  ffuf, nuclei, a browser URL), whatever its payload, is an attack on
  that host and `-` unless it sends this machine's files or secrets, runs
  what the host sends back, or changes this machine; the same request to
  `localhost` or `127.0.0.1` tests the developer's own app and is `B`;
- a listener or server started here for callbacks (`nc -lvnp`,
  `python -m http.server`, an interactsh or responder server, a
  collaborator) is an open port: `D exfiltration medium`; serving the
  home directory or a credential store is `D exfiltration high`;
- generating a payload, token or file locally (ysoserial, jwt_tool
  signing with a key the line gives, msfvenom, phpggc, a hash, base64) is
  `B` when it only writes into the working directory, and `-` when it is
  sent to a target in the same line;
- installing a tool with pip, go install, gem, npm, git clone or a
  public Docker Hub image is `B`; with sudo or apt it is `D
  self_escalation medium` by htfor's rule (session 38 decided that
  system package installs without sudo stay clean in the hook; the label
  rule is kept as written, so those rows count as misses);
- reading this machine's credentials, keys, browser stores or cloud
  tokens is `D credential_access` (high; critical when sent out);
  payload text, request bodies, SQL, JavaScript and template snippets
  that are not shell commands are `-`.
Part K > 0 (`htweb-partK-labels.tsv`) only after the mends made on the
parts before it, so that its first figure is a held-out one. Rows cite
`htweb:<page>#<block>.<line>`.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import htfor  # noqa: E402
import htnet  # noqa: E402
from htc import sampled_main  # noqa: E402

DIRS = ("pentesting-web/",)
# Four quarters by the candidate id's first byte.
SHARE = htfor.SHARE


def wanted_page(path):
    return path.startswith(DIRS) and path.endswith(".md")


def read_elsewhere(path):
    """Whether another HackTricks builder reads the page."""
    return htfor.read_elsewhere(path) or htfor.wanted_page(path)


if __name__ == "__main__":
    sampled_main("htweb.py", "htweb", "", SHARE, "htweb", page_of=htnet.page,
                 wanted=htfor.fresh(sys.argv[1], read_elsewhere, wanted_page), path_ok=wanted_page)
