#!/usr/bin/env bash
# Builds the labelled command corpora from fetched snapshots of public
# repositories and measures the hook on them, split by source item into a
# tuning half and a held-out half (agentgate-corpus --split).
#
#   scripts/corpus.sh build MIRROR_DIR   # rows into ~/.cache/agentgate/corpus/
#   scripts/corpus.sh measure [ARGS]     # the table for each corpus and half
#
# MIRROR_DIR holds the snapshots as the search tool's `fetch` leaves them
# (OWNER+NAME/repo): GTFOBins/GTFOBins.github.io,
# redcanaryco/atomic-red-team, tldr-pages/tldr, swisskyrepo/InternalAllTheThings
# (attack write-ups: shells and persistence; privesc.py: privilege escalation,
# evasion and Docker pages; redteam.py: persistence, Kubernetes, pivoting,
# bind shells; devops.py: pivoting tools and CI/CD pages),
# swisskyrepo/PayloadsAllTheThings (injection.py: the Command Injection
# page), infosecB/LOOBins (macOS living-off-the-land list),
# mitre/stockpile (CALDERA abilities), 0dayCTF/reverse-shell-generator, LOLESXi-Project/LOLESXi, GTFOArgs/GTFOArgs.github.io, carlospolop/hacktricks (Linux shells page), HackTricks-wiki/hacktricks-cloud (AWS, Google Cloud and Azure privilege escalation),
# chubin/cheat.sheets and cheat/cheatsheets (cheats.py: benign cheat sheets),
# six2dez/pentest-book (pentestbook.py: Linux attack pages, labelled by hand),
# Hacking-the-Cloud/hackingthe.cloud, dafthack/CloudPentestCheatsheets and
# cider-security-research/cicd-goat (htc.py: labelled by hand),
# BishopFox/badPods and madhuakula/kubernetes-goat (kpods.py: labelled by hand),
# RhinoSecurityLabs/cloudgoat, ine-labs/AWSGoat and OWASP/wrongsecrets (goats.py: labelled by hand),
# trimstray/the-book-of-secret-knowledge (tbosk.py: shell one-liners, labelled by hand),
# onceupon/Bash-Oneliner (bol.py: sysadmin one-liners, labelled by hand),
# bobbyiliev/101-linux-commands-ebook (l101.py: a fixed sixth of its lines, labelled by hand),
# jaywcjlove/linux-command (lcmd.py: fixed tenths of its lines, all ten labelled by hand),
# Orange-Cyberdefense/arsenal (arsenal.py: a fixed sixth of its lines, labelled by hand),
# LOLBAS-Project/LOLBAS (lolbas.py: Windows living-off-the-land entries, labelled by rule, two halves),
# swisskyrepo/InternalAllTheThings' Windows pages (iwin.py: labelled by hand, two halves),
# carlospolop/hacktricks' macOS, exfiltration and tunnelling pages (htmac.py: labelled by hand, two halves),
# carlospolop/hacktricks' other Linux and generic methodology pages (htlin.py: labelled by hand, two halves),
# carlospolop/hacktricks' network-services pentesting pages (htnet.py: labelled by hand, two halves),
# carlospolop/hacktricks' Windows hardening and todo pages (htwin.py: labelled by hand, two halves),
# carlospolop/hacktricks' forensics, mobile, reversing and exploitation pages (htfor.py: labelled by hand, four quarters),
# carlospolop/hacktricks' web pentesting pages (htweb.py: labelled by hand, four quarters),
# LeCoupa/awesome-cheatsheets (acs.py: developers' tool cheat sheets, labelled by hand, two halves),
# git-tips/tips (gittips.py: git tips, labelled by hand),
# mathiasbynens/dotfiles (dotmacos.py: its .macos set-up script, labelled by hand),
# jlevy/the-art-of-command-line, wsargent/docker-cheat-sheet, dennyzhang/cheatsheet-kubernetes-A4 and
# arslanbilal/git-cheat-sheet, Idnan/bash-guide, sb2nov/mac-setup, 0nn0/terminal-mac-cheatsheet and dennyzhang/cheatsheet-shell-A4 and -docker-A4 (devsheets.py: developers' command sheets, labelled by hand),
# frizb/Linux-Privilege-Escalation and Tib3rius/Pentest-Cheatsheets (pentestsheets.py: attackers' cheat sheets, labelled by hand),
# rstacruz/cheatsheets (devhints.py: devhints.io's cheat sheets, labelled by hand, four parts),
# ruanbekker/cheatsheets (ruancs.py: a DevOps engineer's cheat sheets, labelled by hand, four parts),
# r1cksec/cheatsheets (r1cks.py: a penetration tester's per-tool notes, linux/ pages, labelled by hand, eight parts; r1ckw.py: its windows/ pages, eight parts; r1cko.py: its other/ and exploit/ pages),
# ivan-sincek/penetration-testing-cheat-sheet, 0xsyr0/OSCP, RoqueNight/Linux-Privilege-Escalation-Basics and sinfulz/JustTryHarder (oscpsheets.py: attackers' cheat sheets, labelled by hand; OSCP in two halves),
# denisidoro/cheats (navicheats.py: navi's developer cheat sheets, labelled by hand),
# Integration-IT/Active-Directory-Exploitation-Cheat-Sheet (adxc.py), nixawk/pentest-wiki (pwiki.py) and
# learnbyexample/learn_perl_oneliners (perlol.py: text processing, nearly all benign) and
# learnbyexample/Command-line-text-processing (clitp.py: a fixed sixth of its prompt commands, all benign),
# akashsparsh17/Offensive-Linux-Privilege-Escalation (olpe.py), nickvourd/Windows-Local-Privilege-Escalation-Cookbook (wlpe.py) and
# learnbyexample/learn_ruby_oneliners (rubyol.py: text processing, all benign) and
# Kitsun3Sec/Pentest-Cheat-Sheets (kitsun.py: a penetration tester's sheets) and
# 0xJs/RedTeaming_CheatSheet (rtcs.py: infrastructure, cracking and Google Cloud pages), each labelled by hand,
# the Markdown docs of 24 developer tools' snapshots (devdocs.py: a fixed sixteenth, labelled by hand),
# the Markdown docs of 14 more (toolsdocs.py: kind, gh, nvm, trivy, Argo CD, Homebrew, cosign, GoReleaser, asdf, skopeo, Flux, sops, direnv, k3d; a fixed eighth, labelled by hand),
# the Markdown docs of ten operations and secrets tools (opsdocs.py: rclone, aws-vault, gopass, kOps, Terragrunt, act, mkcert, age, Velero, gitleaks; a fixed sixteenth, labelled by hand),
# A-poc/RedTeam-Tools and RistBS/Awesome-RedTeam-Cheatsheet (rtools.py: two red teams' tool sheets, labelled by hand),
# heroku/cli and netlify/cli (paasdocs.py: the two platform CLIs' command references, a fixed eighth, parts 0-7 labelled by hand),
# superfly/docs (flydocs.py: Fly.io's docs and flyctl reference, a fixed eighth, parts 0-7 labelled by hand),
# railwayapp/docs and planetscale/docs (hostdocs.py: Railway's and PlanetScale's docs, a fixed eighth, labelled by hand),
# tursodatabase/turso-docs (tursodocs.py: Turso's docs, MDX pages, a fixed quarter, labelled by hand),
# scaleway/scaleway-cli and hetznercloud/cli (clouddocs.py: two cloud CLIs' command references, a fixed eighth, labelled by hand),
# snovvcrash/PPN (ppn.py: a penetration tester's notebook, a fixed eighth, labelled by hand),
# mantvydasb/RedTeaming-Tactics-and-Techniques (rtt.py: a red teamer's notes, a fixed half, labelled by hand),
# k88hudson/git-flight-rules (gfr.py), you-dont-need/You-Dont-Need-GUI (ydng.py), WADComs/WADComs.github.io (wadcoms.py), lightspin-tech/red-kube (rkube.py), CyberT33N/gcloud-cheat-sheet (gcloudcs.py) and LIsh3y3/OSCP-plus-cheatsheet (oscpp.py), each labelled whole by hand (session 67),
# docker/cli (dockerdocs.py: the Docker CLI's docs, a fixed eighth, labelled by hand; session 67),
# xukang0/OSCP-Main-Notes (xkn.py: an OSCP candidate's notes, a fixed eighth, labelled by hand; session 67),
# kelseyhightower/kubernetes-the-hard-way (kthw.py: the labs, labelled whole by hand; session 68),
# npm/cli and rust-lang/cargo (pkgdocs.py: the package managers' docs, a fixed quarter, parts 0-3 labelled by hand; session 68),
# aws/aws-cli (awsex.py: the AWS CLI's examples, a fixed 64th, parts 0-5 labelled by hand; session 68),
# openbao/openbao (baodocs.py: OpenBao's docs, a fixed eighth, all labelled by hand; session 68),
# dcg's own test data (from the crate build-dcg.sh unpacks under
# ~/.cache/agentgate/dcg, not MIRROR_DIR), and for the CI corpus the
# repositories listed below (those present are used; ci3's eleven, ci4's twelve and ci5's ten fetched in session 41; ci6's ten in session 42; ci7's ten, ci8's fourteen and ci9's twenty-one in session 67). The corpora stay on this machine: the
# snapshots' content is not committed.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$AG_ROOT"
OUT="${AG_CACHE}/corpus"
case "${1:-measure}" in
build)
    mirror="${2:?usage: scripts/corpus.sh build MIRROR_DIR}"
    # A hand-labelled builder split in N parts by candidate id
    # (`parts NAME OWNER+REPO N`): part 0 as NAME, and part K, once its
    # labels (`NAME-partK-labels.tsv`) are committed, as NAMEb, NAMEc, ...
    # `docs_parts NAME N` is the same for a builder that reads several
    # snapshots under MIRROR_DIR itself (clidocs.py, paasdocs.py); each
    # labels file's first line says on which commit it was labelled.
    built_parts() {
        python3 "scripts/corpus/$1.py" "$2" >"$OUT/$1.jsonl"
        for ((k = 1; k < $3; k++)); do
            if [ -f "scripts/corpus/$1-part$k-labels.tsv" ]; then
                # Part k is set NAME + the k-th letter after `a` (b, c, ...,
                # z), then NAME + pK (mcdev has 32 parts; session 64).
                python3 "scripts/corpus/$1.py" "$2" --part=$k \
                    >"$OUT/$1$(python3 -c 'import sys; k = int(sys.argv[1]); print(chr(97 + k) if k < 26 else f"p{k}")' "$k").jsonl"
            fi
        done
    }
    parts() { built_parts "$1" "$mirror/$2/repo" "$3"; }
    docs_parts() { built_parts "$1" "$mirror" "$2"; }
    need_apt python3 python3
    if ! python3 -c 'import yaml' 2>/dev/null; then
        apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-yaml >/dev/null
    fi
    mkdir -p "$OUT"
    python3 scripts/corpus/gtfobins.py "$mirror/GTFOBins+GTFOBins.github.io/repo" >"$OUT/gtfobins.jsonl"
    python3 scripts/corpus/atomic.py "$mirror/redcanaryco+atomic-red-team/repo" >"$OUT/atomic.jsonl"
    python3 scripts/corpus/atomic.py --labels=v2 "$mirror/redcanaryco+atomic-red-team/repo" >"$OUT/atomic-v2.jsonl"
    python3 scripts/corpus/tldr.py "$mirror/tldr-pages+tldr/repo" >"$OUT/tldr.jsonl"
    # Session 9: GTFOArgs (argument injection), first measured untuned.
    if [ -d "$mirror/GTFOArgs+GTFOArgs.github.io/repo" ]; then
        python3 scripts/corpus/gtfoargs.py "$mirror/GTFOArgs+GTFOArgs.github.io/repo" >"$OUT/gtfoargs.jsonl"
    fi
    if [ -d "$mirror/swisskyrepo+InternalAllTheThings/repo" ]; then
        python3 scripts/corpus/allthethings.py "$mirror/swisskyrepo+InternalAllTheThings/repo" >"$OUT/allthethings.jsonl"
    fi
    if [ -d "$mirror/swisskyrepo+InternalAllTheThings/repo" ]; then
        python3 scripts/corpus/privesc.py "$mirror/swisskyrepo+InternalAllTheThings/repo" >"$OUT/privesc.jsonl"
        python3 scripts/corpus/privesc.py --labels=v2 "$mirror/swisskyrepo+InternalAllTheThings/repo" >"$OUT/privesc-v2.jsonl"
        # Session 9: more pages (persistence, Kubernetes, pivoting, bind shells).
        python3 scripts/corpus/redteam.py "$mirror/swisskyrepo+InternalAllTheThings/repo" >"$OUT/redteam.jsonl"
        # Session 10: the AWS service pages, first measured untuned.
        python3 scripts/corpus/cloud.py "$mirror/swisskyrepo+InternalAllTheThings/repo" >"$OUT/cloud.jsonl"
    fi
    # Session 11: payloads x carriers, generated from its own tables (no
    # fetched source), first measured untuned.
    python3 scripts/corpus/compose.py >"$OUT/compose.jsonl"
    python3 scripts/corpus/compose2.py >"$OUT/compose2.jsonl"
    python3 scripts/corpus/compose3.py >"$OUT/compose3.jsonl"
    python3 scripts/corpus/compose4.py >"$OUT/compose4.jsonl"
    python3 scripts/corpus/compose5.py >"$OUT/compose5.jsonl"
    python3 scripts/corpus/compose6.py >"$OUT/compose6.jsonl"
    python3 scripts/corpus/compose7.py >"$OUT/compose7.jsonl"
    python3 scripts/corpus/compose8.py >"$OUT/compose8.jsonl"
    python3 scripts/corpus/compose9.py >"$OUT/compose9.jsonl"
    python3 scripts/corpus/compose10.py >"$OUT/compose10.jsonl"
    python3 scripts/corpus/compose11.py >"$OUT/compose11.jsonl"
    python3 scripts/corpus/compose12.py >"$OUT/compose12.jsonl"
    python3 scripts/corpus/compose13.py >"$OUT/compose13.jsonl"
    python3 scripts/corpus/compose14.py >"$OUT/compose14.jsonl"
    python3 scripts/corpus/compose15.py >"$OUT/compose15.jsonl"
    python3 scripts/corpus/compose16.py >"$OUT/compose16.jsonl"
    python3 scripts/corpus/compose17.py >"$OUT/compose17.jsonl"
    python3 scripts/corpus/compose18.py >"$OUT/compose18.jsonl"
    python3 scripts/corpus/compose19.py >"$OUT/compose19.jsonl"
    python3 scripts/corpus/compose20.py >"$OUT/compose20.jsonl"
    python3 scripts/corpus/compose21.py >"$OUT/compose21.jsonl"
    python3 scripts/corpus/compose22.py >"$OUT/compose22.jsonl"
    python3 scripts/corpus/compose23.py >"$OUT/compose23.jsonl"
    if [ -d "$mirror/infosecB+LOOBins/repo" ]; then
        python3 scripts/corpus/loobins.py "$mirror/infosecB+LOOBins/repo" >"$OUT/loobins.jsonl"
    fi
    if [ -d "$mirror/carlospolop+hacktricks/repo" ]; then
        python3 scripts/corpus/hacktricks.py "$mirror/carlospolop+hacktricks/repo" >"$OUT/hacktricks.jsonl"
    fi
    if [ -d "$mirror/carlospolop+hacktricks/repo" ]; then
        # Session 9: the Linux privilege escalation pages, first measured untuned.
        python3 scripts/corpus/htpe.py "$mirror/carlospolop+hacktricks/repo" >"$OUT/htpe.jsonl"
    fi
    if [ -d "$mirror/carlospolop+hacktricks/repo" ]; then
        # Session 24: the "Bypass Linux Restrictions" page, labelled by hand
        # before any row ran, first measured untuned.
        python3 scripts/corpus/bypass.py "$mirror/carlospolop+hacktricks/repo" >"$OUT/bypass.jsonl"
    fi
    if [ -d "$mirror/HackTricks-wiki+hacktricks-cloud/repo" ]; then
        # Session 25: hacktricks-cloud's privilege escalation and post-exploitation pages (aws, gcloud, az
        # lines) and Kubernetes pages (kubectl), labelled by hand before any row ran, first measured untuned.
        python3 scripts/corpus/hcloud.py "$mirror/HackTricks-wiki+hacktricks-cloud/repo" >"$OUT/hcloud.jsonl"
    fi
    if [ -d "$mirror/Hacking-the-Cloud+hackingthe.cloud/repo" ] && [ -d "$mirror/dafthack+CloudPentestCheatsheets/repo" ] \
        && [ -d "$mirror/cider-security-research+cicd-goat/repo" ]; then
        # Session 27: hackingthe.cloud's technique pages, dafthack's cloud
        # pentest cheat sheets and cicd-goat's solutions, labelled by hand
        # before any row ran, first measured untuned.
        python3 scripts/corpus/htc.py "$mirror/Hacking-the-Cloud+hackingthe.cloud/repo" \
            "$mirror/dafthack+CloudPentestCheatsheets/repo" "$mirror/cider-security-research+cicd-goat/repo" >"$OUT/htc.jsonl"
    fi
    if [ -d "$mirror/BishopFox+badPods/repo" ] && [ -d "$mirror/madhuakula+kubernetes-goat/repo" ]; then
        # Session 27: badPods and kubernetes-goat's scenario pages, labelled
        # by hand before any row ran, first measured untuned.
        python3 scripts/corpus/kpods.py "$mirror/BishopFox+badPods/repo" \
            "$mirror/madhuakula+kubernetes-goat/repo" >"$OUT/kpods.jsonl"
    fi
    if [ -d "$mirror/RhinoSecurityLabs+cloudgoat/repo" ] && [ -d "$mirror/ine-labs+AWSGoat/repo" ] \
        && [ -d "$mirror/OWASP+wrongsecrets/repo" ]; then
        # Session 27: cloudgoat's cheat sheets, AWSGoat's attack manuals and
        # wrongsecrets' documentation, labelled by hand before any row ran,
        # first measured untuned.
        python3 scripts/corpus/goats.py "$mirror/RhinoSecurityLabs+cloudgoat/repo" \
            "$mirror/ine-labs+AWSGoat/repo" "$mirror/OWASP+wrongsecrets/repo" >"$OUT/goats.jsonl"
    fi
    if [ -d "$mirror/trimstray+the-book-of-secret-knowledge/repo" ]; then
        # Session 27: the book of secret knowledge's shell one-liners,
        # labelled by hand before any row ran, first measured untuned.
        python3 scripts/corpus/tbosk.py "$mirror/trimstray+the-book-of-secret-knowledge/repo" >"$OUT/tbosk.jsonl"
    fi
    if [ -d "$mirror/onceupon+Bash-Oneliner/repo" ]; then
        # Session 28: Bash-Oneliner's sysadmin one-liners, labelled by hand
        # before any row ran, first measured untuned.
        python3 scripts/corpus/bol.py "$mirror/onceupon+Bash-Oneliner/repo" >"$OUT/bol.jsonl"
    fi
    if [ -d "$mirror/bobbyiliev+101-linux-commands-ebook/repo" ]; then
        # Session 28: the 101 Linux commands ebook, a fixed sixth of its
        # lines labelled by hand before any row ran (session 28's blind set).
        python3 scripts/corpus/l101.py "$mirror/bobbyiliev+101-linux-commands-ebook/repo" >"$OUT/l101.jsonl"
        # The next sixth, labelled at the end of session 28 (after its mends).
        python3 scripts/corpus/l101.py "$mirror/bobbyiliev+101-linux-commands-ebook/repo" --part=1 >"$OUT/l101b.jsonl"
        # The third sixth, labelled in session 29 before any row ran, after
        # that session's sudo decision (its first figure is untuned).
        python3 scripts/corpus/l101.py "$mirror/bobbyiliev+101-linux-commands-ebook/repo" --part=2 >"$OUT/l101c.jsonl"
        # The fourth, labelled in session 29 after l101c's mends, before any
        # of its rows ran.
        python3 scripts/corpus/l101.py "$mirror/bobbyiliev+101-linux-commands-ebook/repo" --part=3 >"$OUT/l101d.jsonl"
        # Session 52: the fifth sixth, labelled on 43ef34d's binary before
        # any of its rows ran.
        python3 scripts/corpus/l101.py "$mirror/bobbyiliev+101-linux-commands-ebook/repo" --part=4 >"$OUT/l101e.jsonl"
        # The last sixth, labelled on 8b1ddf3's binary before any of its
        # rows ran.
        python3 scripts/corpus/l101.py "$mirror/bobbyiliev+101-linux-commands-ebook/repo" --part=5 >"$OUT/l101f.jsonl"
    fi
    if [ -d "$mirror/jaywcjlove+linux-command/repo" ]; then
        # Session 29: jaywcjlove/linux-command, a tenth of its lines
        # labelled by hand before any row ran (that session's blind set).
        python3 scripts/corpus/lcmd.py "$mirror/jaywcjlove+linux-command/repo" >"$OUT/lcmd.jsonl"
        # The next tenth, labelled after part 0's mends, before any of its
        # rows ran.
        python3 scripts/corpus/lcmd.py "$mirror/jaywcjlove+linux-command/repo" --part=1 >"$OUT/lcmdb.jsonl"
        # The third tenth, labelled after lcmdb's mends, before any of its
        # rows ran (the session's last blind measurement).
        python3 scripts/corpus/lcmd.py "$mirror/jaywcjlove+linux-command/repo" --part=2 >"$OUT/lcmdc.jsonl"
        # The fourth, labelled after lcmdc's mends, measured once at the end
        # of session 29 with nothing mended after it.
        python3 scripts/corpus/lcmd.py "$mirror/jaywcjlove+linux-command/repo" --part=3 >"$OUT/lcmdd.jsonl"
        # The fifth, labelled in session 30 before any of its rows ran,
        # measured untuned first.
        python3 scripts/corpus/lcmd.py "$mirror/jaywcjlove+linux-command/repo" --part=4 >"$OUT/lcmde.jsonl"
        # The sixth, labelled in session 30 after lcmde's mends, before any
        # of its rows ran.
        python3 scripts/corpus/lcmd.py "$mirror/jaywcjlove+linux-command/repo" --part=5 >"$OUT/lcmdf.jsonl"
        # The seventh, labelled in session 30 after lcmdf's mends, before
        # any of its rows ran.
        python3 scripts/corpus/lcmd.py "$mirror/jaywcjlove+linux-command/repo" --part=6 >"$OUT/lcmdg.jsonl"
        # The eighth, labelled in session 47 after that session's mends
        # on olpe, wlpe and rubyol, before any of its rows ran.
        python3 scripts/corpus/lcmd.py "$mirror/jaywcjlove+linux-command/repo" --part=7 >"$OUT/lcmdh.jsonl"
        # The ninth, labelled in session 48 after that session's kitsun
        # mends, before any of its rows ran.
        python3 scripts/corpus/lcmd.py "$mirror/jaywcjlove+linux-command/repo" --part=8 >"$OUT/lcmdi.jsonl"
        # The tenth and last, labelled in session 49 after session 48's
        # mends, before any of its rows ran.
        python3 scripts/corpus/lcmd.py "$mirror/jaywcjlove+linux-command/repo" --part=9 >"$OUT/lcmdj.jsonl"
    fi
    if [ -d "$mirror/Orange-Cyberdefense+arsenal/repo" ]; then
        # Session 30: Orange-Cyberdefense/arsenal's cheat sheets, a sixth of
        # their lines labelled by hand before any row ran.
        python3 scripts/corpus/arsenal.py "$mirror/Orange-Cyberdefense+arsenal/repo" >"$OUT/arsenal.jsonl"
        # The second sixth, labelled in session 31 after part 0's mends,
        # before any of its rows ran.
        python3 scripts/corpus/arsenal.py "$mirror/Orange-Cyberdefense+arsenal/repo" --part=1 >"$OUT/arsenalb.jsonl"
        # The third, labelled in session 31 after the second's and LOLBAS
        # part 0's mends, before any of its rows ran.
        python3 scripts/corpus/arsenal.py "$mirror/Orange-Cyberdefense+arsenal/repo" --part=2 >"$OUT/arsenalc.jsonl"
        # The fourth, labelled in session 31 after the third's mends.
        python3 scripts/corpus/arsenal.py "$mirror/Orange-Cyberdefense+arsenal/repo" --part=3 >"$OUT/arsenald.jsonl"
        # The fifth, labelled at the end of session 31, measured untuned.
        python3 scripts/corpus/arsenal.py "$mirror/Orange-Cyberdefense+arsenal/repo" --part=4 >"$OUT/arsenale.jsonl"
        # The sixth and last, labelled at the start of session 32 before any
        # of its rows ran, measured untuned.
        python3 scripts/corpus/arsenal.py "$mirror/Orange-Cyberdefense+arsenal/repo" --part=5 >"$OUT/arsenalf.jsonl"
    fi
    if [ -d "$mirror/LOLBAS-Project+LOLBAS/repo" ]; then
        # Session 31: LOLBAS (Windows living-off-the-land binaries, run by
        # Claude Code's Git Bash on Windows), labelled by rules fixed before
        # any row ran; part 0 measured first then tuned on, part 1 measured
        # only after part 0's mends.
        python3 scripts/corpus/lolbas.py "$mirror/LOLBAS-Project+LOLBAS/repo" >"$OUT/lolbas.jsonl"
        python3 scripts/corpus/lolbas.py "$mirror/LOLBAS-Project+LOLBAS/repo" --part=1 >"$OUT/lolbasb.jsonl"
    fi
    if [ -d "$mirror/swisskyrepo+InternalAllTheThings/repo" ]; then
        # Session 32: InternalAllTheThings' Windows pages (iwin.py), two
        # halves by candidate id; part 0 labelled by hand before any of its
        # rows ran, measured untuned, then tuned on; part 1 labelled after
        # part 0's mends, before any of its rows ran.
        parts iwin swisskyrepo+InternalAllTheThings 2
    fi
    if [ -d "$mirror/carlospolop+hacktricks/repo" ]; then
        # Session 33: HackTricks' macOS, exfiltration and tunnelling pages
        # (htmac.py), two halves by candidate id; part 0 labelled by hand
        # before any of its rows ran, measured untuned, then tuned on; part
        # 1 labelled after part 0's mends, before any of its rows ran.
        parts htmac carlospolop+hacktricks 2
        # Session 34: HackTricks' Linux and generic methodology pages no
        # other builder reads (htlin.py), two halves as htmac.
        parts htlin carlospolop+hacktricks 2
        # Session 35: HackTricks' network-services pentesting pages
        # (htnet.py), two halves as htmac.
        parts htnet carlospolop+hacktricks 2
        # Session 36: HackTricks' Windows hardening and todo pages
        # (htwin.py), two halves as htmac.
        parts htwin carlospolop+hacktricks 2
        # Session 37: HackTricks' forensics, mobile, reversing and
        # exploitation pages (htfor.py), four quarters.
        parts htfor carlospolop+hacktricks 4
        # Session 38: HackTricks' web pentesting pages (htweb.py), four
        # quarters.
        parts htweb carlospolop+hacktricks 4
    fi
    if [ -d "$mirror/LeCoupa+awesome-cheatsheets/repo" ]; then
        # Session 39: developers' cheat sheets for everyday tools (acs.py),
        # two halves by candidate id; part 0 labelled by hand before any of
        # its rows ran, measured untuned, then tuned on; part 1 labelled
        # after part 0's mends, before any of its rows ran.
        parts acs LeCoupa+awesome-cheatsheets 2
    fi
    if [ -d "$mirror/git-tips+tips/repo" ]; then
        # Session 39: git tips (gittips.py), labelled by hand after acs's
        # mends, before any of its rows ran; measured once, held out.
        python3 scripts/corpus/gittips.py "$mirror/git-tips+tips/repo" >"$OUT/gittips.jsonl"
    fi
    if [ -d "$mirror/mathiasbynens+dotfiles/repo" ]; then
        # Session 39: a developer's macOS set-up script (dotmacos.py),
        # labelled by hand after gittips' mends, before any of its rows ran.
        python3 scripts/corpus/dotmacos.py "$mirror/mathiasbynens+dotfiles/repo" >"$OUT/dotmacos.jsonl"
    fi
    # Session 40: four developers' command sheets (devsheets.py), labelled
    # by hand in one file before any of their rows ran; held out (bashguide
    # added in session 41, after that session's mends; macsetup in session
    # 42, labelled before any of its rows ran; shella4 and dockera4 in
    # session 45, the same way).
    for sheet in taocl:jlevy+the-art-of-command-line dockercs:wsargent+docker-cheat-sheet \
        k8sa4:dennyzhang+cheatsheet-kubernetes-A4 gitcs:arslanbilal+git-cheat-sheet \
        bashguide:Idnan+bash-guide macsetup:sb2nov+mac-setup macterm:0nn0+terminal-mac-cheatsheet \
        shella4:dennyzhang+cheatsheet-shell-A4 dockera4:dennyzhang+cheatsheet-docker-A4; do
        if [ -d "$mirror/${sheet#*:}/repo" ]; then
            python3 scripts/corpus/devsheets.py "$mirror/${sheet#*:}/repo" >"$OUT/${sheet%%:*}.jsonl"
        fi
    done
    if [ -d "$mirror/ruanbekker+cheatsheets/repo" ]; then
        # Session 42: a DevOps engineer's cheat sheets (ruancs.py), four
        # parts by sheet; part 0 labelled by hand before any of its rows ran.
        parts ruancs ruanbekker+cheatsheets 4
    fi
    if [ -d "$mirror/r1cksec+cheatsheets/repo" ]; then
        # Session 43: a penetration tester's per-tool notes (r1cks.py), the
        # linux/ pages in eight parts; part 0 labelled before any row ran,
        # parts 1-7 in session 44, each before any of its rows ran.
        parts r1cks r1cksec+cheatsheets 8
        # Session 45: the same notes' windows/ pages (r1ckw.py), eight
        # parts, all labelled by hand before any of their rows ran.
        parts r1ckw r1cksec+cheatsheets 8
        # Session 45: its other/ and exploit/ pages (r1cko.py), labelled by
        # hand before any of their rows ran.
        python3 scripts/corpus/r1cko.py "$mirror/r1cksec+cheatsheets/repo" >"$OUT/r1cko.jsonl"
    fi
    # Session 46: an Active Directory attack sheet (adxc.py), a penetration
    # tester's wiki (pwiki.py) and a book's Perl one-liners (perlol.py),
    # each labelled by hand before any of its rows ran. Session 47: Linux
    # and Windows privilege escalation notes (olpe.py, wlpe.py) and a book's
    # Ruby one-liners (rubyol.py), labelled the same way. Session 48: a
    # penetration tester's sheets (kitsun.py) and a red teamer's notes
    # (rtcs.py), labelled the same way.
    for sheet in adxc:Integration-IT+Active-Directory-Exploitation-Cheat-Sheet \
        pwiki:nixawk+pentest-wiki perlol:learnbyexample+learn_perl_oneliners \
        clitp:learnbyexample+Command-line-text-processing \
        olpe:akashsparsh17+Offensive-Linux-Privilege-Escalation \
        wlpe:nickvourd+Windows-Local-Privilege-Escalation-Cookbook \
        rubyol:learnbyexample+learn_ruby_oneliners \
        kitsun:Kitsun3Sec+Pentest-Cheat-Sheets \
        rtcs:0xJs+RedTeaming_CheatSheet; do
        if [ -d "$mirror/${sheet#*:}/repo" ]; then
            python3 "scripts/corpus/${sheet%%:*}.py" "$mirror/${sheet#*:}/repo" >"$OUT/${sheet%%:*}.jsonl"
        fi
    done
    # Session 49: the shell blocks of 24 developer tools' Markdown docs
    # (devdocs.py reads the snapshots the CI corpora fetched), a sixteenth
    # labelled by hand before any of its rows ran.
    if [ -d "$mirror/astral-sh+uv/repo" ] && [ -d "$mirror/containers+podman/repo" ]; then
        python3 scripts/corpus/devdocs.py "$mirror" >"$OUT/devdocs.jsonl"
        # The second sixteenth, labelled after the ppn mends, before any of
        # its rows ran.
        python3 scripts/corpus/devdocs.py "$mirror" --part=1 >"$OUT/devdocsb.jsonl"
        # The third, labelled at the session's end on its last code
        # commit's binary: a first contact nothing was mended after.
        python3 scripts/corpus/devdocs.py "$mirror" --part=2 >"$OUT/devdocsc.jsonl"
        # Session 50: the fourth, labelled after the session's first mends
        # (6daceaf), before any of its rows ran.
        python3 scripts/corpus/devdocs.py "$mirror" --part=3 >"$OUT/devdocsd.jsonl"
        # The fifth, labelled on the session's last code commit's binary
        # (cb1a963): a first contact nothing was mended after.
        python3 scripts/corpus/devdocs.py "$mirror" --part=4 >"$OUT/devdocse.jsonl"
        # The sixth, labelled on cdad5fe's binary: the end-of-session first
        # contact.
        python3 scripts/corpus/devdocs.py "$mirror" --part=5 >"$OUT/devdocsf.jsonl"
        # Session 51: the seventh, labelled on f13069f's binary (the
        # session's start) before any of its rows ran.
        python3 scripts/corpus/devdocs.py "$mirror" --part=6 >"$OUT/devdocsg.jsonl"
        # The eighth, labelled on 515919c's binary (after devdocsg's and
        # ppnc's mends) before any of its rows ran.
        python3 scripts/corpus/devdocs.py "$mirror" --part=7 >"$OUT/devdocsh.jsonl"
        # The ninth, labelled on bd814d1's binary before any of its rows ran.
        python3 scripts/corpus/devdocs.py "$mirror" --part=8 >"$OUT/devdocsi.jsonl"
        # The tenth, labelled on 0060604's binary before any of its rows ran.
        python3 scripts/corpus/devdocs.py "$mirror" --part=9 >"$OUT/devdocsj.jsonl"
        # Session 52: the eleventh, labelled on 6b05ced's binary (the
        # session's first mend) before any of its rows ran.
        python3 scripts/corpus/devdocs.py "$mirror" --part=10 >"$OUT/devdocsk.jsonl"
        # The twelfth, labelled on 43ef34d's binary before any of its rows
        # ran.
        python3 scripts/corpus/devdocs.py "$mirror" --part=11 >"$OUT/devdocsl.jsonl"
        # The thirteenth, labelled on 8b1ddf3's binary before any of its
        # rows ran.
        python3 scripts/corpus/devdocs.py "$mirror" --part=12 >"$OUT/devdocsm.jsonl"
        # The fourteenth, labelled on be19b83's binary before any of its
        # rows ran, measured once at the session's end.
        python3 scripts/corpus/devdocs.py "$mirror" --part=13 >"$OUT/devdocsn.jsonl"
        # Session 53: the fifteenth, labelled on f4dae21's binary before
        # any of its rows ran.
        python3 scripts/corpus/devdocs.py "$mirror" --part=14 >"$OUT/devdocso.jsonl"
        # The sixteenth (the last), labelled on 255214a's binary before
        # any of its rows ran, measured once at the session's end.
        python3 scripts/corpus/devdocs.py "$mirror" --part=15 >"$OUT/devdocsp.jsonl"
    fi
    # Session 53: 14 more developer tools' docs (toolsdocs.py), an eighth
    # labelled by hand on 8678309's binary before any of its rows ran.
    if [ -d "$mirror/kubernetes-sigs+kind/repo" ]; then
        python3 scripts/corpus/toolsdocs.py "$mirror" >"$OUT/toolsdocs.jsonl"
        # The second eighth, labelled on c2d5c6c's binary (after part 0's
        # mends) before any of its rows ran.
        python3 scripts/corpus/toolsdocs.py "$mirror" --part=1 >"$OUT/toolsdocsb.jsonl"
        # The third, labelled on 255214a's binary before any of its rows
        # ran, measured once at the session's end.
        python3 scripts/corpus/toolsdocs.py "$mirror" --part=2 >"$OUT/toolsdocsc.jsonl"
        # Session 54: the fourth, labelled on 62ea016's binary (session 53's
        # last code commit) before any of its rows ran; its first contact is
        # session 54's first measurement.
        python3 scripts/corpus/toolsdocs.py "$mirror" --part=3 >"$OUT/toolsdocsd.jsonl"
        # The fifth, labelled on e318d3f (after toolsdocsd's mends) before
        # any of its rows ran.
        python3 scripts/corpus/toolsdocs.py "$mirror" --part=4 >"$OUT/toolsdocse.jsonl"
        # The sixth, labelled on 31d56da (after toolsdocse's mends) before
        # any of its rows ran.
        python3 scripts/corpus/toolsdocs.py "$mirror" --part=5 >"$OUT/toolsdocsf.jsonl"
        # The seventh, labelled on 748122a (after toolsdocsf's mends) before
        # any of its rows ran.
        python3 scripts/corpus/toolsdocs.py "$mirror" --part=6 >"$OUT/toolsdocsg.jsonl"
        # The eighth and last, labelled on f7ee9c1 (after toolsdocsg's
        # mends) before any of its rows ran: session 54's end measurement.
        python3 scripts/corpus/toolsdocs.py "$mirror" --part=7 >"$OUT/toolsdocsh.jsonl"
    fi
    # Session 55: ten operations and secrets tools' docs (opsdocs.py:
    # rclone, aws-vault, gopass, kOps, Terragrunt, act, mkcert, age, Velero,
    # gitleaks), a sixteenth labelled by hand on a9fbcd2 before any of its
    # rows ran.
    if [ -d "$mirror/rclone+rclone/repo" ]; then
        python3 scripts/corpus/opsdocs.py "$mirror" >"$OUT/opsdocs.jsonl"
        # The second sixteenth, labelled on 7a22bbf (after part 0's mends)
        # before any of its rows ran.
        python3 scripts/corpus/opsdocs.py "$mirror" --part=1 >"$OUT/opsdocsb.jsonl"
        # The third, labelled on 9f4e119 (after part 1's mends) before any
        # of its rows ran: session 55's end measurement.
        python3 scripts/corpus/opsdocs.py "$mirror" --part=2 >"$OUT/opsdocsc.jsonl"
        # Session 56: the fourth and fifth, labelled on 69ed4b3 (with the
        # session's first mend) before any of their rows ran.
        python3 scripts/corpus/opsdocs.py "$mirror" --part=3 >"$OUT/opsdocsd.jsonl"
        python3 scripts/corpus/opsdocs.py "$mirror" --part=4 >"$OUT/opsdocse.jsonl"
        # The sixth and seventh, labelled on afd1bcc (after parts 3-4's
        # mends) before any of their rows ran.
        python3 scripts/corpus/opsdocs.py "$mirror" --part=5 >"$OUT/opsdocsf.jsonl"
        python3 scripts/corpus/opsdocs.py "$mirror" --part=6 >"$OUT/opsdocsg.jsonl"
        # The eighth, labelled on e2d1301 (after parts 5-6's mends) before
        # any of its rows ran: session 56's end measurement.
        python3 scripts/corpus/opsdocs.py "$mirror" --part=7 >"$OUT/opsdocsh.jsonl"
        # Session 57: the ninth, labelled on aba1dc2 (session 56's end
        # state) before any of its rows ran.
        python3 scripts/corpus/opsdocs.py "$mirror" --part=8 >"$OUT/opsdocsi.jsonl"
        # The tenth, labelled on 5762145 (after opsdocsi's mends) before
        # any of its rows ran.
        python3 scripts/corpus/opsdocs.py "$mirror" --part=9 >"$OUT/opsdocsj.jsonl"
        # The eleventh, labelled on c797506 (after opsdocsj's mends)
        # before any of its rows ran.
        python3 scripts/corpus/opsdocs.py "$mirror" --part=10 >"$OUT/opsdocsk.jsonl"
        # The twelfth, labelled on 880e7bd (after opsdocsk's mends)
        # before any of its rows ran.
        python3 scripts/corpus/opsdocs.py "$mirror" --part=11 >"$OUT/opsdocsl.jsonl"
        # The thirteenth, labelled on 0ee3c8b (after opsdocsl's mends)
        # before any of its rows ran.
        python3 scripts/corpus/opsdocs.py "$mirror" --part=12 >"$OUT/opsdocsm.jsonl"
        # The fourteenth, labelled on 60432df (after opsdocsm's mends)
        # before any of its rows ran: session 57's end measurement.
        python3 scripts/corpus/opsdocs.py "$mirror" --part=13 >"$OUT/opsdocsn.jsonl"
        # The fifteenth, labelled on a761873 (bf6999d's code) before any
        # of its rows ran.
        python3 scripts/corpus/opsdocs.py "$mirror" --part=14 >"$OUT/opsdocso.jsonl"
        # The sixteenth and last, labelled on 1f13b91 (session 58, after
        # the system-install decision) before any of its rows ran.
        python3 scripts/corpus/opsdocs.py "$mirror" --part=15 >"$OUT/opsdocsp.jsonl"
    fi
    # Session 58: four secrets, certificate and backup tools'
    # documentation (secdocs.py), each part labelled by hand before any of
    # its rows ran.
    if [ -d "$mirror/external-secrets+external-secrets/repo" ]; then
        python3 scripts/corpus/secdocs.py "$mirror" --part=0 >"$OUT/secdocs.jsonl"
        # Part 1, labelled on f7f8f9e (after part 0's mends).
        python3 scripts/corpus/secdocs.py "$mirror" --part=1 >"$OUT/secdocsb.jsonl"
        # Part 2, labelled on 9b83896.
        python3 scripts/corpus/secdocs.py "$mirror" --part=2 >"$OUT/secdocsc.jsonl"
        # Part 3, labelled on 9a09031 (after part 2's mends).
        python3 scripts/corpus/secdocs.py "$mirror" --part=3 >"$OUT/secdocsd.jsonl"
    fi
    # Session 59: four command-line tools' documentation (clidocs.py:
    # git-extras, Supabase CLI, chezmoi, BorgBackup), each part labelled by
    # hand before any of its rows ran. Part 0 labelled on e166e1e.
    if [ -d "$mirror/twpayne+chezmoi/repo" ]; then
        docs_parts clidocs 8
    fi
    # Session 60: the Heroku and Netlify CLIs' command references
    # (paasdocs.py), each part labelled by hand before any of its rows ran
    # (part 4 measured before its mend).
    if [ -d "$mirror/heroku+cli/repo" ]; then
        docs_parts paasdocs 8
    fi
    # Session 61: Fly.io's docs (flydocs.py), each part labelled by hand
    # before any of its rows ran, after paasdocs parts 5-7's mends.
    if [ -d "$mirror/superfly+docs/repo" ]; then
        docs_parts flydocs 8
    fi
    # Session 62: Railway's and PlanetScale's docs (hostdocs.py), each part
    # labelled by hand before any of its rows ran; parts 0-3 on 6beeb4c,
    # parts 4-7 on 3a0bd5f (after parts 0-3's mends).
    if [ -d "$mirror/railwayapp+docs/repo" ]; then
        docs_parts hostdocs 8
    fi
    # Session 62: Turso's docs (tursodocs.py, MDX pages), each part labelled
    # by hand before any of its rows ran, on f21e86c (after hostdocs's mends).
    if [ -d "$mirror/tursodatabase+turso-docs/repo" ]; then
        docs_parts tursodocs 4
    fi
    # Session 62: Scaleway's and Hetzner Cloud's CLI docs (clouddocs.py),
    # each part labelled by hand before any of its rows ran; parts 0-2 on
    # 6a6d486 (after tursodocs's mends), part 3 on 7c97fbb, parts 4-7 after
    # part 3's mend (ca3ba9c).
    if [ -d "$mirror/scaleway+scaleway-cli/repo" ]; then
        docs_parts clouddocs 8
    fi
    # Session 63: The Hacker's Choice's tips and tricks (thc.py, one page),
    # each quarter labelled by hand before any of its rows ran.
    if [ -d "$mirror/hackerschoice+thc-tips-tricks-hacks-cheat-sheet/repo" ]; then
        parts thc hackerschoice+thc-tips-tricks-hacks-cheat-sheet 4
    fi
    # Session 63: xapax's penetration-testing handbook (xapax.py), each
    # eighth labelled by hand before any of its rows ran.
    if [ -d "$mirror/xapax+security/repo" ]; then
        parts xapax xapax+security 8
    fi
    # Session 63: mubix's post-exploitation wiki (mubix.py, Linux and macOS
    # notes), each half labelled by hand before any of its rows ran.
    if [ -d "$mirror/mubix+post-exploitation-wiki/repo" ]; then
        parts mubix mubix+post-exploitation-wiki 2
    fi
    # Session 63: Cheatsheet-God's plain-text sheets (cgod.py), each eighth
    # labelled by hand before any of its rows ran.
    if [ -d "$mirror/OlivierLaflamme+Cheatsheet-God/repo" ]; then
        parts cgod OlivierLaflamme+Cheatsheet-God 8
    fi
    # Session 64: 0xb120's vault of notes (b120.py: Dev, ICT & Cybersec),
    # each eighth labelled by hand before any of its rows ran.
    if [ -d "$mirror/0xb120+cheatsheets_and_ctf-notes/repo" ]; then
        parts b120 0xb120+cheatsheets_and_ctf-notes 8
    fi
    # Session 64: MichaelCurrin's dev cheat sheets (mcdev.py), each
    # thirty-second labelled by hand before any of its rows ran.
    if [ -d "$mirror/MichaelCurrin+dev-cheatsheets/repo" ]; then
        parts mcdev MichaelCurrin+dev-cheatsheets 32
    fi
    # Session 64: an OSCP candidate's notes (ocs.py), each eighth
    # labelled by hand before any of its rows ran.
    if [ -d "$mirror/abrarzargai+oscp-cheatsheet/repo" ]; then
        parts ocs abrarzargai+oscp-cheatsheet 8
    fi
    # Session 65: a pentester's GitBook of security cheat sheets (spn.py),
    # each eighth labelled by hand before any of its rows ran.
    if [ -d "$mirror/SofianeHamlaoui+Pentest-Notes/repo" ]; then
        parts spn SofianeHamlaoui+Pentest-Notes 8
    fi
    # Session 66: an OSCP student's notes (wwn.py), each eighth labelled
    # by hand before any of its rows ran.
    if [ -d "$mirror/wwong99+pentest-notes/repo" ]; then
        parts wwn wwong99+pentest-notes 8
    fi
    # Session 66: three OSCP candidates' cheat sheets (oscpn.py), each
    # quarter labelled by hand before any of its rows ran.
    if [ -d "$mirror/dostoevskylabs+dostoevsky-pentest-notes/repo" ] \
        && [ -d "$mirror/saisathvik1+OSCP-Cheatsheet/repo" ] \
        && [ -d "$mirror/BlessedRebuS+OSCP-Pentesting-Cheatsheet/repo" ]; then
        docs_parts oscpn 4
    fi
    # Session 67: an OSCP candidate's notes (xkn.py), each eighth labelled
    # by hand before any of its rows ran.
    if [ -d "$mirror/xukang0+OSCP-Main-Notes/repo" ]; then
        parts xkn xukang0+OSCP-Main-Notes 8
    fi
    # Session 67: the Docker CLI's docs (dockerdocs.py), each eighth
    # labelled by hand before any of its rows ran.
    if [ -d "$mirror/docker+cli/repo" ]; then
        parts dockerdocs docker+cli 8
    fi
    # Session 67: git's flight rules, file operations without a GUI,
    # WADComs' Windows and Active Directory attacks, red-kube's kubectl
    # attacks and a gcloud cheat sheet, each labelled whole by hand before
    # any of its rows ran.
    # Session 68: npm's and Cargo's documentation (pkgdocs.py reads the
    # mirror directory), parts 0-3 of 4 labelled by hand before any of
    # their rows ran.
    if [ -d "$mirror/npm+cli/repo" ] && [ -d "$mirror/rust-lang+cargo/repo" ]; then
        docs_parts pkgdocs 4
    fi
    # Session 68: the AWS CLI's own examples (awscli/examples, 64 parts),
    # parts 0-1 labelled by hand before any of their rows ran, parts 2-3
    # after the AWS mends and 4-5 at the session's end, before any of
    # theirs.
    if [ -d "$mirror/aws+aws-cli/repo" ]; then
        parts awsex aws+aws-cli 64
    fi
    # Session 68: OpenBao's documentation (the `bao` CLI, Vault's fork),
    # parts 0-3 of 8 labelled by hand before any of their rows ran, parts
    # 4-7 after the bao mends, before any of theirs.
    if [ -d "$mirror/openbao+openbao/repo" ]; then
        docs_parts baodocs 8
    fi
    # Session 68: Kubernetes the Hard Way's labs, labelled whole by hand
    # before any of its rows ran (kthw.py reads the mirror directory).
    if [ -d "$mirror/kelseyhightower+kubernetes-the-hard-way/repo" ]; then
        python3 scripts/corpus/kthw.py "$mirror" >"$OUT/kthw.jsonl"
    fi
    for sheet in gfr:k88hudson+git-flight-rules ydng:you-dont-need+You-Dont-Need-GUI \
        wadcoms:WADComs+WADComs.github.io rkube:lightspin-tech+red-kube \
        gcloudcs:CyberT33N+gcloud-cheat-sheet oscpp:LIsh3y3+OSCP-plus-cheatsheet; do
        if [ -d "$mirror/${sheet#*:}/repo" ]; then
            python3 "scripts/corpus/${sheet%%:*}.py" "$mirror/${sheet#*:}/repo" >"$OUT/${sheet%%:*}.jsonl"
        fi
    done
    # Session 49: two red teams' tool sheets (rtools.py), labelled by hand
    # after the devdocs mends, before any of their rows ran.
    for sheet in rtools:A-poc+RedTeam-Tools rtoolsb:RistBS+Awesome-RedTeam-Cheatsheet; do
        if [ -d "$mirror/${sheet#*:}/repo" ]; then
            python3 scripts/corpus/rtools.py "$mirror/${sheet#*:}/repo" >"$OUT/${sheet%%:*}.jsonl"
        fi
    done
    # Session 49: a penetration tester's notebook (ppn.py), an eighth
    # labelled by hand after the rtools mends, before any of its rows ran.
    # Session 50: a red teamer's notes (rtt.py, mantvydasb's ired.team), a
    # half labelled by hand on cb1a963's binary, before any of its rows ran.
    if [ -d "$mirror/mantvydasb+RedTeaming-Tactics-and-Techniques/repo" ]; then
        python3 scripts/corpus/rtt.py "$mirror/mantvydasb+RedTeaming-Tactics-and-Techniques/repo" >"$OUT/rtt.jsonl"
        # The other half, labelled on cdad5fe's binary.
        python3 scripts/corpus/rtt.py "$mirror/mantvydasb+RedTeaming-Tactics-and-Techniques/repo" --part=1 >"$OUT/rttb.jsonl"
    fi
    if [ -d "$mirror/snovvcrash+PPN/repo" ]; then
        python3 scripts/corpus/ppn.py "$mirror/snovvcrash+PPN/repo" >"$OUT/ppn.jsonl"
        # Session 50: a second eighth, labelled after the session's first
        # mends (6daceaf), before any of its rows ran.
        python3 scripts/corpus/ppn.py "$mirror/snovvcrash+PPN/repo" --part=1 >"$OUT/ppnb.jsonl"
        # Session 51: a third eighth, labelled on f13069f's binary before
        # any of its rows ran.
        python3 scripts/corpus/ppn.py "$mirror/snovvcrash+PPN/repo" --part=2 >"$OUT/ppnc.jsonl"
        # A fourth eighth, labelled on 515919c's binary before any of its
        # rows ran.
        python3 scripts/corpus/ppn.py "$mirror/snovvcrash+PPN/repo" --part=3 >"$OUT/ppnd.jsonl"
        # A fifth eighth, labelled on bd814d1's binary before any of its
        # rows ran.
        python3 scripts/corpus/ppn.py "$mirror/snovvcrash+PPN/repo" --part=4 >"$OUT/ppne.jsonl"
        # A sixth eighth, labelled on 0060604's binary before any of its
        # rows ran.
        python3 scripts/corpus/ppn.py "$mirror/snovvcrash+PPN/repo" --part=5 >"$OUT/ppnf.jsonl"
        # A seventh eighth, labelled at the end of session 51 on the
        # session's last code commit (dd0443c), measured once, nothing
        # mended after it.
        python3 scripts/corpus/ppn.py "$mirror/snovvcrash+PPN/repo" --part=6 >"$OUT/ppng.jsonl"
        # Session 52: the last eighth, labelled on 6b05ced's binary before
        # any of its rows ran.
        python3 scripts/corpus/ppn.py "$mirror/snovvcrash+PPN/repo" --part=7 >"$OUT/ppnh.jsonl"
    fi
    if [ -d "$mirror/rstacruz+cheatsheets/repo" ]; then
        # Session 40: devhints.io's developer cheat sheets (devhints.py), four
        # parts by sheet; part 0 labelled by hand before any of its rows ran.
        parts devhints rstacruz+cheatsheets 4
    fi
    # Session 40: two attackers' cheat sheets (pentestsheets.py), labelled
    # by hand after the devsheets mends, before any of their rows ran.
    for sheet in frizb:frizb+Linux-Privilege-Escalation tib3rius:Tib3rius+Pentest-Cheatsheets; do
        if [ -d "$mirror/${sheet#*:}/repo" ]; then
            python3 scripts/corpus/pentestsheets.py "$mirror/${sheet#*:}/repo" >"$OUT/${sheet%%:*}.jsonl"
        fi
    done
    # Session 41: two more attackers' sheets (oscpsheets.py), labelled by
    # hand after session 40's mends, before any of their rows ran: ivan's
    # whole, 0xsyr0's OSCP sheet in two halves (`oscp`, `oscpb`), each
    # built once its labels are committed.
    if [ -d "$mirror/ivan-sincek+penetration-testing-cheat-sheet/repo" ]; then
        python3 scripts/corpus/oscpsheets.py "$mirror/ivan-sincek+penetration-testing-cheat-sheet/repo" >"$OUT/ivan.jsonl"
    fi
    if [ -d "$mirror/RoqueNight+Linux-Privilege-Escalation-Basics/repo" ]; then
        # Added later in session 41, after the ci4 mends.
        python3 scripts/corpus/oscpsheets.py "$mirror/RoqueNight+Linux-Privilege-Escalation-Basics/repo" >"$OUT/roque.jsonl"
    fi
    if [ -d "$mirror/sinfulz+JustTryHarder/repo" ]; then
        # Session 42, labelled before any of its rows ran.
        python3 scripts/corpus/oscpsheets.py "$mirror/sinfulz+JustTryHarder/repo" >"$OUT/jth.jsonl"
    fi
    if [ -d "$mirror/0xsyr0+OSCP/repo" ]; then
        if grep -q '^oscp#' scripts/corpus/oscpsheets-labels.tsv; then
            python3 scripts/corpus/oscpsheets.py "$mirror/0xsyr0+OSCP/repo" >"$OUT/oscp.jsonl"
        fi
        if [ -f scripts/corpus/oscpsheets-part1-labels.tsv ]; then
            python3 scripts/corpus/oscpsheets.py "$mirror/0xsyr0+OSCP/repo" --part=1 >"$OUT/oscpb.jsonl"
        fi
    fi
    if [ -d "$mirror/denisidoro+cheats/repo" ]; then
        # Session 41: navi's community cheat sheets (navicheats.py), labelled
        # by hand after the OSCP sheets' mends, before any row ran.
        python3 scripts/corpus/navicheats.py "$mirror/denisidoro+cheats/repo" >"$OUT/navicheats.jsonl"
    fi
    if [ -d "$mirror/0dayCTF+reverse-shell-generator/repo" ]; then
        # Session 13: revshells.com's data (reverse and bind shells), first
        # measured untuned.
        python3 scripts/corpus/revshells.py "$mirror/0dayCTF+reverse-shell-generator/repo" >"$OUT/revshells.jsonl"
    fi
    if [ -d "$mirror/LOLESXi-Project+LOLESXi/repo" ]; then
        # Session 13: LOLESXi (living off the land on ESXi), first
        # measured untuned.
        python3 scripts/corpus/lolesxi.py "$mirror/LOLESXi-Project+LOLESXi/repo" >"$OUT/lolesxi.jsonl"
    fi
    if [ -d "$mirror/swisskyrepo+InternalAllTheThings/repo" ]; then
        # Session 15: the pivoting tools and CI/CD pages, first measured
        # untuned.
        python3 scripts/corpus/devops.py "$mirror/swisskyrepo+InternalAllTheThings/repo" >"$OUT/devops.jsonl"
    fi
    if [ -d "$mirror/swisskyrepo+PayloadsAllTheThings/repo" ]; then
        # Session 15: the Command Injection page, first measured untuned.
        python3 scripts/corpus/injection.py "$mirror/swisskyrepo+PayloadsAllTheThings/repo" >"$OUT/injection.jsonl"
    fi
    if [ -d "$mirror/mitre+stockpile/repo" ]; then
        python3 scripts/corpus/stockpile.py "$mirror/mitre+stockpile/repo" >"$OUT/stockpile.jsonl"
    fi
    if [ -d "$mirror/chubin+cheat.sheets/repo" ] && [ -d "$mirror/cheat+cheatsheets/repo" ]; then
        # Session 24: two community cheat-sheet collections (benign), first
        # measured untuned.
        python3 scripts/corpus/cheats.py "$mirror/chubin+cheat.sheets/repo" "$mirror/cheat+cheatsheets/repo" >"$OUT/cheats.jsonl"
    fi
    if [ -d "$mirror/six2dez+pentest-book/repo" ]; then
        # Session 24: pentest-book's Linux pages (attack write-ups), labelled
        # by hand before any row ran, first measured untuned.
        python3 scripts/corpus/pentestbook.py "$mirror/six2dez+pentest-book/repo" >"$OUT/pentestbook.jsonl"
    fi
    ci=()
    for r in BurntSushi+ripgrep pallets+flask sharkdp+bat psf+requests cli+cli tokio-rs+tokio \
        astral-sh+ruff vitejs+vite prometheus+prometheus; do
        if [ -d "$mirror/$r/repo" ]; then ci+=("$mirror/$r/repo"); fi
    done
    if [ "${#ci[@]}" -gt 0 ]; then python3 scripts/corpus/ci.py "${ci[@]}" >"$OUT/ci.jsonl"; fi
    # A second set, added in session 8 and first measured whole before any
    # change for it (ci.py's rules unchanged).
    ci2=()
    for r in astral-sh+uv hashicorp+terraform denoland+deno pallets+click sveltejs+svelte \
        junegunn+fzf caddyserver+caddy pola-rs+polars fastapi+fastapi; do
        if [ -d "$mirror/$r/repo" ]; then ci2+=("$mirror/$r/repo"); fi
    done
    if [ "${#ci2[@]}" -gt 0 ]; then python3 scripts/corpus/ci.py "${ci2[@]}" >"$OUT/ci2.jsonl"; fi
    # A third set, added in session 41 and first measured whole before any
    # change for it (ci.py's rules unchanged).
    ci3=()
    for r in curl+curl nushell+nushell tauri-apps+tauri rails+rails git+git biomejs+biome \
        jqlang+jq redis+redis starship+starship casey+just ohmyzsh+ohmyzsh; do
        if [ -d "$mirror/$r/repo" ]; then ci3+=("$mirror/$r/repo"); fi
    done
    if [ "${#ci3[@]}" -gt 0 ]; then python3 scripts/corpus/ci.py "${ci3[@]}" >"$OUT/ci3.jsonl"; fi
    # A fourth, added in session 41 after ci3's mends and first measured
    # whole before any change for it (ci.py's rules unchanged).
    ci4=()
    for r in sharkdp+fd eza-community+eza tmux+tmux httpie+cli pypa+pip denoland+fresh \
        golangci+golangci-lint docker+compose libuv+libuv nginx+nginx microsoft+playwright apache+arrow; do
        if [ -d "$mirror/$r/repo" ]; then ci4+=("$mirror/$r/repo"); fi
    done
    if [ "${#ci4[@]}" -gt 0 ]; then python3 scripts/corpus/ci.py "${ci4[@]}" >"$OUT/ci4.jsonl"; fi
    # A fifth, added at the end of session 41 after every mend of it and
    # first measured whole (ci.py's rules unchanged).
    ci5=()
    for r in fish-shell+fish-shell zellij-org+zellij helix-editor+helix pnpm+pnpm prettier+prettier \
        psf+black traefik+traefik alacritty+alacritty valkey-io+valkey fastify+fastify; do
        if [ -d "$mirror/$r/repo" ]; then ci5+=("$mirror/$r/repo"); fi
    done
    if [ "${#ci5[@]}" -gt 0 ]; then python3 scripts/corpus/ci.py "${ci5[@]}" >"$OUT/ci5.jsonl"; fi
    # A sixth, added in session 42 and first measured whole before any
    # change for it (ci.py's rules unchanged).
    ci6=()
    for r in gohugoio+hugo evanw+esbuild syncthing+syncthing ansible+ansible rust-lang+rustup \
        grafana+k6 python-poetry+poetry tailscale+tailscale jesseduffield+lazygit mitmproxy+mitmproxy; do
        if [ -d "$mirror/$r/repo" ]; then ci6+=("$mirror/$r/repo"); fi
    done
    if [ "${#ci6[@]}" -gt 0 ]; then python3 scripts/corpus/ci.py "${ci6[@]}" >"$OUT/ci6.jsonl"; fi
    # A seventh, added in session 67 from snapshots fetched for their docs
    # (their workflows unread until then) and first measured whole before
    # any change for it (ci.py's rules unchanged).
    ci7=()
    for r in docker+cli goreleaser+goreleaser helm+helm etcd-io+etcd containers+podman \
        aquasecurity+trivy argoproj+argo-cd sigstore+cosign fluxcd+flux2 Homebrew+brew; do
        if [ -d "$mirror/$r/repo" ]; then ci7+=("$mirror/$r/repo"); fi
    done
    if [ "${#ci7[@]}" -gt 0 ]; then python3 scripts/corpus/ci.py "${ci7[@]}" >"$OUT/ci7.jsonl"; fi
    # An eighth, likewise (session 67, first measured whole on b72655a).
    ci8=()
    for r in kubernetes+minikube borgbackup+borg gopasspw+gopass k3d-io+k3d smallstep+cli \
        twpayne+chezmoi asdf-vm+asdf dokku+dokku direnv+direnv nektos+act getsops+sops \
        restic+restic rclone+rclone kubernetes-sigs+kind; do
        if [ -d "$mirror/$r/repo" ]; then ci8+=("$mirror/$r/repo"); fi
    done
    if [ "${#ci8[@]}" -gt 0 ]; then python3 scripts/corpus/ci.py "${ci8[@]}" >"$OUT/ci8.jsonl"; fi
    # A ninth, likewise (session 67, first measured whole on 5a18961).
    ci9=()
    for r in moby+moby bats-core+bats-core nodejs+docker-node pyenv+pyenv mongodb+mongodb-atlas-cli \
        planetscale+cli railwayapp+cli render-oss+cli supabase+cli scaleway+scaleway-cli \
        hetznercloud+cli heroku+cli netlify+cli digitalocean+doctl gruntwork-io+terragrunt \
        kubernetes+kops 99designs+aws-vault FiloSottile+age FiloSottile+mkcert \
        bitnami-labs+sealed-secrets external-secrets+external-secrets; do
        if [ -d "$mirror/$r/repo" ]; then ci9+=("$mirror/$r/repo"); fi
    done
    if [ "${#ci9[@]}" -gt 0 ]; then python3 scripts/corpus/ci.py "${ci9[@]}" >"$OUT/ci9.jsonl"; fi
    # Session 9: the repositories' own shell scripts (whole files), from the
    # CI repositories above and nine more fetched for it.
    scripts=()
    for r in BurntSushi+ripgrep pallets+flask sharkdp+bat psf+requests cli+cli tokio-rs+tokio \
        astral-sh+ruff vitejs+vite prometheus+prometheus astral-sh+uv hashicorp+terraform \
        denoland+deno pallets+click sveltejs+svelte junegunn+fzf caddyserver+caddy pola-rs+polars \
        fastapi+fastapi etcd-io+etcd helm+helm dokku+dokku kubernetes+minikube moby+moby \
        bats-core+bats-core containers+podman nodejs+docker-node pyenv+pyenv; do
        if [ -d "$mirror/$r/repo" ]; then scripts+=("$mirror/$r/repo"); fi
    done
    if [ "${#scripts[@]}" -gt 0 ]; then python3 scripts/corpus/scripts.py "${scripts[@]}" >"$OUT/scripts.jsonl"; fi
    # Session 10: dcg's own test data (destructive CLI sub-commands, git and
    # rm cases, bypass attempts, false positives), from the crate that
    # build-dcg.sh unpacks; first measured whole before any change for it.
    dcg_crate="${AG_CACHE}/dcg/destructive_command_guard-0.16.0"
    if [ -d "$dcg_crate/tests/fixtures" ]; then
        python3 scripts/corpus/dcg.py "$dcg_crate" >"$OUT/dcg.jsonl"
    fi
    wc -l "$OUT"/*.jsonl
    ;;
measure)
    shift || true
    cargo build --release --quiet -p agentgate-corpus
    for f in "$OUT"/*.jsonl; do
        for half in tune holdout; do
            log "$(basename "$f") ($half)"
            "${CARGO_TARGET_DIR}/release/agentgate-corpus" "$f" --split "$half" "$@" || true
        done
    done
    ;;
*)
    echo "usage: scripts/corpus.sh build MIRROR_DIR | measure [--misses N]" >&2
    exit 2
    ;;
esac
