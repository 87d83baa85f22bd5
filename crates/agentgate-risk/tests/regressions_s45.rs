//! Regression tests for session 45 (bypasses found by attacking session
//! 44's own rules, and r1cks misses).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use agentgate_risk::{Category, Severity};
use common::{clean, flagged_each};

/// Bypass (session 44's review, left for session 45): the commit-message
/// rule took the first word that is not an option as git's sub-command,
/// so a global option with a value in front of it (`-C .`, `-c k=v`,
/// `--git-dir DIR`) hid `commit` and the secret went into history.
#[test]
fn a_secret_commit_message_behind_git_global_options_is_a_read() {
    flagged_each(
        &[
            "git -C . commit -m \"$GITHUB_TOKEN\"",
            "git -c user.name=x commit -m \"$GITHUB_TOKEN\"",
            "git --git-dir .git --work-tree . commit -am \"$NPM_TOKEN\"",
            "git -C /tmp/r -c core.pager=cat tag -m \"$AWS_SECRET_ACCESS_KEY\" v1",
        ],
        Category::CredentialAccess,
        Severity::High,
    );
    for cmd in [
        "git -C . commit -m \"fix: $USER\"",
        "git -c user.name=x commit -m 'release'",
        "git -C . log -m \"$GITHUB_TOKEN\"",
    ] {
        clean(cmd);
    }
}

/// Found with the one above: what `git for-each-ref --format=TEXT` prints
/// is read as the text eval runs, but behind `-C .` or `-c k=v` the
/// sub-command was missed and the line was only asked.
#[test]
fn a_git_format_behind_global_options_is_read_as_code() {
    flagged_each(
        &[
            "eval \"$(git -C . for-each-ref --count=1 --format='rm -rf ~' refs/heads)\"",
            "eval \"$(git --no-pager -c x=y for-each-ref --count=1 --format='rm -rf ~' refs/heads)\"",
        ],
        Category::Destructive,
        Severity::Critical,
    );
}

/// Bypass (session 45, r1ckw first contact): `find / -name id_rsa` is
/// asked as a search of the machine for credential files, but the same
/// search spelled as a listing of every name filtered by a pipe (`find / |
/// grep id_rsa`, `ls -laR / | grep ...`, `tree ~ | grep ...`, Windows' `dir
/// /s`) passed.
#[test]
fn a_wide_listing_filtered_for_credential_files_is_a_search() {
    flagged_each(
        &[
            "find / | grep id_rsa",
            "find / 2>/dev/null | grep -i unattend.xml",
            "ls -laR / | grep id_rsa",
            "ls -R ~ | grep kdbx",
            "tree -a ~ | grep .git-credentials",
            "find /home -type f | grep -i ultravnc.ini",
            "dir /s / | findstr /i vnc.ini",
            "du -a / 2>/dev/null | grep -E 'id_ed25519'",
            // Found attacking the first version: the root in a variable,
            // the listing handed as a file.
            "find \"$HOME\" | grep id_rsa",
            "d=/; find $d | grep id_rsa",
            "grep id_rsa <(find /)",
            "grep -i -e kdbx <(ls -R ~)",
            // Found in the review: a filter option's value taken for the
            // pattern (`-m 5`).
            "find / -type f | grep -m 5 id_rsa",
            "find / | grep -A 2 --max-count 3 .git-credentials",
        ],
        Category::CredentialAccess,
        Severity::Medium,
    );
    for cmd in [
        "find . | grep id_rsa",
        "find / | grep libssl",
        "ls -R src | grep test_",
        "find / -type f | wc -l",
        "ls -laR / | head",
        "tree | grep credentials",
        // find's expression is no root (`-path /etc`).
        "find . -path /etc -prune -o -print | grep id_rsa",
    ] {
        clean(cmd);
    }
}

/// Misses (session 45, r1ckw): Windows files that keep passwords, by name:
/// UltraVNC's and RealVNC's ini files (the password DES-obfuscated with a
/// fixed key), Remote Desktop Connection Manager's settings and `.rdg`
/// files (saved RDP passwords), and an LSASS memory dump (every logged-on
/// user's hashes and tickets).
#[test]
fn windows_password_files_are_credential_stores() {
    flagged_each(
        &[
            "cat 'C:/Program Files/uvnc bvba/UltraVNC/ultravnc.ini'",
            "type vnc.ini",
            "cat ~/AppData/Local/Microsoft/Remote\\ Desktop\\ Connection\\ Manager/RDCMan.settings",
            "cat servers.rdg",
            "strings lsass.dmp",
            "python3 decoder.py -input lsass.dmp -output out.txt",
        ],
        Category::CredentialAccess,
        Severity::High,
    );
    flagged_each(
        &[
            "find / -name '*vnc.ini'",
            "find / -name '*.rdg' 2>/dev/null",
        ],
        Category::CredentialAccess,
        Severity::Medium,
    );
    for cmd in ["cat vnc.txt", "cat rdg.md", "cat lsass-notes.md"] {
        clean(cmd);
    }
}

/// Misses (session 45, r1ckw): Windows tools that change the directory or
/// the machine: `setspn -S|-A|-D|-R` (service principal names of a domain
/// account: the set-up of targeted Kerberoasting), `mofcomp FILE.mof`
/// (classes into the WMI repository: event subscriptions that run code,
/// ATT&CK T1546.003), `netsh interface ip set|add|delete` (the machine's
/// addresses and DNS servers).
#[test]
fn windows_directory_wmi_and_network_changes_are_asked() {
    flagged_each(
        &[
            "setspn.exe -C -S service/fqdn domain\\computer",
            "setspn -A MSSQLSvc/db.corp.local:1433 corp\\sqlsvc",
            "setspn -D http/web corp\\websvc",
            "mofcomp.exe file.mof",
            "mofcomp -N:root\\subscription persist.mof",
            "netsh interface ip set dns local static 10.0.0.53",
            "netsh interface ipv4 add address \"Ethernet\" 10.0.0.9 255.255.255.0",
        ],
        Category::SelfEscalation,
        Severity::Medium,
    );
    for cmd in [
        "setspn -L corp\\websvc",
        "setspn -Q */*",
        "setspn -X",
        "mofcomp -check file.mof",
        "netsh interface ip show config",
    ] {
        clean(cmd);
    }
}

/// Miss (session 45, dockera4 first contact): `docker compose down -v`
/// was asked (the project's named volumes, a database's data, go with the
/// containers) but the standalone `docker-compose` and `podman-compose`
/// spelling of the same command passed.
#[test]
fn compose_down_with_volumes_is_asked_in_every_spelling() {
    flagged_each(
        &[
            "docker-compose down -v",
            "docker-compose down --volumes",
            "podman-compose down -v",
            "docker-compose -f docker-compose.prod.yml down -v",
        ],
        Category::Destructive,
        Severity::Medium,
    );
    for cmd in [
        "docker-compose down",
        "docker-compose up -d",
        "podman-compose logs -f",
    ] {
        clean(cmd);
    }
}

/// Misses (session 45, r1cko first contact: 14 of its 28 misses): a public
/// exploit run by its published name passed, an Exploit-DB download
/// (`searchsploit -m` names the file by its EDB-ID: `python 42315.py
/// rhost`), a CVE's name (`python3 CVE-2019-11580.py https://rhost`), an
/// exploit or proof of concept (`python zzz_exploit.py`, `python3 poc.py`).
#[test]
fn a_public_exploit_run_by_its_published_name_is_asked() {
    flagged_each(
        &[
            "python2.7 40279.py rhost 445",
            "python3 39161.py rhost rport",
            "bash 47172.sh",
            "python CVE-2019-11580.py https://rhost",
            "python3 ./CVE-2023-7028.py -u https://rhost -t target@domain",
            "python zzz_exploit.py rhost",
            "sh exploit.sh",
            "python3 poc.py",
            "./cve_2021_4034_poc.sh",
            "perl 16529.pl 10.0.0.5",
            // Compiled exploits run by their path.
            "gcc exploit.c -o exploit && ./exploit",
            "./cve-2021-4034",
        ],
        Category::RemoteCodeExec,
        Severity::Medium,
    );
    for cmd in [
        "python3 2023.py",
        "python3 manage.py migrate",
        "cat CVE-2021-4034.md",
        "python3 pocket.py",
        "python3 test_exploits_detector.py",
        "python3 123456789.py",
    ] {
        clean(cmd);
    }
}

/// Misses (session 45, r1cko's boot bypass, then probing it): Windows' own
/// files under WSL's mount of the drive (`/mnt/c/Windows/System32`) were
/// not system files (`/c/...` and `C:/...` were), and replacing an
/// accessibility program (`sethc.exe`, `utilman.exe`: run as SYSTEM at
/// the logon screen, ATT&CK T1546.008) passed, under any path.
#[test]
fn windows_system_files_under_wsl_and_accessibility_programs_are_guarded() {
    flagged_each(
        &[
            "cp evil.dll /mnt/c/Windows/System32/foo.dll",
            "cp /mnt/c/Windows/System32/cmd.exe /mnt/c/Windows/System32/sethc.exe",
            "cp cmd.exe Utilman.exe",
            "mv payload.exe /mnt/d/Windows/System32/osk.exe",
        ],
        Category::SelfEscalation,
        Severity::High,
    );
    for cmd in [
        "cp /mnt/c/Users/dev/notes.txt .",
        "cp report.pdf /mnt/c/Users/dev/Desktop/",
        "cp Utilman.exe backup.exe",
        "ls /mnt/c/Windows/System32",
    ] {
        clean(cmd);
    }
}

/// Bypass (session 45, reviewing session 44's twins): "code prints the
/// environment" knew four print words (`print`, `console.log`, `puts`,
/// `echo`) while the secret-variable rule knew fourteen; the whole
/// environment written with `process.stdout.write`, `sys.stdout.write` or
/// Perl's `say` passed. One list now (`secretflow::prints`).
#[test]
fn the_environment_printed_by_any_print_word_is_a_read() {
    flagged_each(
        &[
            "node -e 'process.stdout.write(JSON.stringify(process.env))'",
            "python3 -c 'import os,sys; sys.stdout.write(str(os.environ))'",
            "perl -E 'say \"$_=$ENV{$_}\" for keys %ENV'",
        ],
        Category::CredentialAccess,
        Severity::Medium,
    );
    clean("python3 -c 'import sys; sys.stdout.write(\"ok\")'");
}

/// Bypass (session 45, attacking the exploit-name rule): the exploit copied
/// or renamed in the same line and run under the new name passed.
#[test]
fn an_exploit_renamed_in_the_line_is_still_the_exploit() {
    flagged_each(
        &[
            "cp CVE-2021-4034.py build.py && python3 build.py",
            "mv 42315.py setup_env.py; python setup_env.py rhost",
            "ln -s exploit.sh run.sh && bash ./run.sh",
        ],
        Category::RemoteCodeExec,
        Severity::Medium,
    );
    clean("cp notes.py build.py && python3 build.py");
    clean("mv poc.py prototype.py");
}

/// Session 45's controls attacked through what the agent can set: the
/// sub-command or root in a variable, git's location in the environment,
/// the program name in a variable, a script written in the line.
#[test]
fn session_45_controls_hold_through_variables_and_written_files() {
    flagged_each(
        &[
            "m=commit; git -C . $m -m \"$GITHUB_TOKEN\"",
            "GIT_DIR=.git git commit -m \"$GITHUB_TOKEN\"",
        ],
        Category::CredentialAccess,
        Severity::High,
    );
    flagged_each(
        &["export R=/; find $R | grep id_rsa"],
        Category::CredentialAccess,
        Severity::Medium,
    );
    flagged_each(
        &[
            "f=42315.py; python3 $f rhost",
            "echo \"python3 CVE-2021-4034.py\" > run.sh; bash run.sh",
        ],
        Category::RemoteCodeExec,
        Severity::Medium,
    );
    flagged_each(
        &["c=docker-compose; $c down -v"],
        Category::Destructive,
        Severity::Medium,
    );
    flagged_each(
        &["d=/mnt/c/Windows/System32; cp evil.dll $d/x.dll"],
        Category::SelfEscalation,
        Severity::High,
    );
    flagged_each(
        &["c='import os,sys; sys.stdout.write(str(os.environ))'; python3 -c \"$c\""],
        Category::CredentialAccess,
        Severity::Medium,
    );
}
