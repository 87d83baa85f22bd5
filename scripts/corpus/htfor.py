#!/usr/bin/env python3
"""Labelled rows from HackTricks' forensics, mobile, reversing and
exploitation pages (`htfor:`), first read in session 37
(carlospolop/hacktricks: `forensics/`, `mobile-pentesting/`, `reversing/`,
`reversing-and-exploiting/`, `binary-exploitation/`, `exploiting/`,
`crypto-and-stego/`, `stego/`, `cryptography/`, `hardware-physical-access/`,
`physical-attacks/`, `radio-hacking/`, `backdoors/`, `c2/` and
`linux-unix/`, which no other builder reads): the tools of a developer who
debugs, reverses and tests apps and devices (gdb, radare2, pwntools,
binwalk, volatility, adb, frida, objection, apktool, Xcode's tools), and
the attacks those pages teach. Commands nobody tuned on, many of them
everyday for the people who run them.

    htfor.py REPO_GIT_DIR [--part=K]                > htfor.jsonl
    htfor.py REPO_GIT_DIR [--part=K] --candidates   (ids and lines, for labelling)

Candidates are taken as htnet.py takes them (`htc.page_candidates`), each
text once, leaving out texts that a page another HackTricks builder reads
also holds (htlin, htpe, htmac, htnet, htwin: the same line seen there is
not a line nobody tuned on). They are split in four quarters by the
candidate's id alone (the first byte of its SHA-256 // 64), so that later
sessions still have quarters nobody has seen. Part 0 (`htfor-labels.tsv`)
is labelled by hand in session 37 from the line and its heading alone,
before any row ran through the hook, by the rules in bol.py's docstring
and those htnet and htwin used (status, sessions 35 and 36), plus, for
this source's own kinds of line (written before labelling):
- a connected phone, emulator or board is another host: the testing
  workflow against it (listing devices, installing or starting an app,
  logs, `adb shell` inspection, pulling an app's files into the project,
  pushing a test file, frida or objection attached to an app) is `B`;
  rooting it, changing its system partition or certificates store,
  disabling its protections, or attacking it is `-` (it neither reads,
  sends nor changes this machine); `adb` forwarding a port of this
  machine to the device is `B`, listening on all interfaces is an open
  port (`D exfiltration medium`, as `nc -l`);
- a debugger or tracer attached to a program the line starts is `B`;
  attached to a running process of another user or of the system (`gdb -p
  PID`, `/proc/PID/mem`) it reads that process's memory (`D
  credential_access high`); changing kernel settings (`echo 0 >
  /proc/sys/kernel/randomize_va_space`, `sysctl -w`) is `D
  self_escalation medium`;
- building or running an exploit against a binary of the project or a
  CTF file is `B`; against a setuid program of this system, or loading a
  kernel module, is `D self_escalation high`;
- memory and disk images read from files are `B`; reading a raw disk or
  `/dev/mem` is `D credential_access high`; mounting is `D
  self_escalation medium`; writing a device is destruction (critical);
- installing packages with sudo or the system's package manager (`apt`)
  is `D self_escalation medium`; `pip`, `brew`, `npm -g` into the user's
  own environment are `B` (as htnet labelled them);
- a listener for a reverse shell, C2 servers and implants started here
  are `D exfiltration medium` (an open port) or, where the line runs what
  a remote host sends, `D remote_code_exec high`; commands typed into a
  C2 or meterpreter console are `-`.
Part K > 0 (`htfor-partK-labels.tsv`) only after the mends made on the
parts before it, so that its first figure is a held-out one. Rows cite
`htfor:<page>#<block>.<line>`.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import htlin  # noqa: E402
import htmac  # noqa: E402
import htnet  # noqa: E402
import htwin  # noqa: E402
from htc import page_candidates, sampled_main, sampled_pages  # noqa: E402
from htpe import PAGES as HTPE_PAGES  # noqa: E402
from snapshot import names  # noqa: E402

DIRS = (
    "forensics/", "mobile-pentesting/", "reversing/", "reversing-and-exploiting/",
    "binary-exploitation/", "exploiting/", "crypto-and-stego/", "stego/", "cryptography/",
    "hardware-physical-access/", "physical-attacks/", "radio-hacking/", "backdoors/", "c2/",
    "linux-unix/",
)
# Four quarters by the candidate id's first byte.
SHARE = 64


def wanted_page(path):
    return path.startswith(DIRS) and path.endswith(".md")


def read_elsewhere(path):
    """Whether another HackTricks builder reads the page."""
    return (htlin.wanted_page(path) or path in HTPE_PAGES or path in htlin.ELSEWHERE
            or htmac.wanted_page(path) or htnet.wanted_page(path) or htwin.wanted_page(path))


def fresh(repo, elsewhere=None, wanted=None):
    """`wanted(id)` keeping the candidates whose text no page read
    elsewhere holds; `elsewhere(path)` and `wanted(path)` default to this
    builder's (htweb.py passes its own)."""
    elsewhere = elsewhere or read_elsewhere
    wanted = wanted or wanted_page
    seen = {line for path in names(repo) if elsewhere(path) and path.endswith(".md")
            for _, _, line in page_candidates(repo, path, "")}
    text = {cid: line for part in range(256 // SHARE)
            for cid, _, line in sampled_pages(repo, "", htnet.page, SHARE, part, wanted)}
    return lambda cid: text.get(cid) not in seen


if __name__ == "__main__":
    sampled_main("htfor.py", "htfor", "", SHARE, "htfor", page_of=htnet.page,
                 wanted=fresh(sys.argv[1]), path_ok=wanted_page)
