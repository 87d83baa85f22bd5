#!/usr/bin/env python3
"""Checks a new composed corpus against the earlier ones before it is run:
no payload name or command, no carrier name, and no carrier that builds
the same commands as an earlier one may be reused.

    novel.py composeN

Prints each reuse and a count; a blind round is written until the count is
0, then committed, then run through the hook.
"""

import importlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

PROBE = ["echo hi", "cat ~/.ssh/id_rsa", "rm -rf ~/x; echo y"]


def outputs(build):
    out = []
    for p in PROBE:
        try:
            out.append(build(p))
        except Exception as e:  # noqa: BLE001 - a builder's error is its output
            out.append(repr(e))
    return tuple(out)


def main():
    target = sys.argv[1]
    olds = ["compose"] + [f"compose{i}" for i in range(2, 100)]
    payload_names, payload_cmds, carrier_names, carrier_outs = {}, {}, {}, {}
    for m in olds:
        if m == target:
            break
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError:
            continue
        for name, cmd, *_ in mod.PAYLOADS:
            payload_names.setdefault(name, m)
            payload_cmds.setdefault(cmd, m)
        for name, _fam, build, *_ in mod.CARRIERS:
            carrier_names.setdefault(name, m)
            carrier_outs.setdefault(outputs(build), (m, name))
    mod = importlib.import_module(target)
    bad = 0
    for name, cmd, *_ in mod.PAYLOADS:
        if name in payload_names:
            print("payload name reused", name, payload_names[name])
            bad += 1
        if cmd in payload_cmds:
            print("payload command reused", name, payload_cmds[cmd])
            bad += 1
    for name, _fam, build, *_ in mod.CARRIERS:
        if name in carrier_names:
            print("carrier name reused", name, carrier_names[name])
            bad += 1
        o = outputs(build)
        if o in carrier_outs:
            print("carrier output same as", name, carrier_outs[o])
            bad += 1
    print("payloads", len(mod.PAYLOADS), "carriers", len(mod.CARRIERS), "reused", bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
