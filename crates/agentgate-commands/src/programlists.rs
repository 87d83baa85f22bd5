//! Program lists the risk engine dispatches on: interpreters, HTTP
//! clients, netcat and its kin, key users, readers, and the programs that
//! only read or that change whole trees (for the self-protection guard).
//! Moved here from the risk crate (issue 11: knowledge lives once, in this
//! crate); each list keeps the meaning it had there, stated on it.
//! Sources: the programs' manual pages; membership is checked by the
//! examples in `agentgate-risk`'s tests.

/// Programs that run code in their own language (`-c`, `-e`, a script file).
pub const INTERPRETERS: &[&str] = &[
    "escript",
    "iex",
    "python",
    "python2",
    "python3",
    "pypy",
    "pypy3",
    "ipython",
    "ipython3",
    "racket",
    "bb",
    "lldb",
    "dc",
    "perl",
    "ruby",
    "node",
    "nodejs",
    "php",
    "deno",
    "bun",
    "ts-node",
    "tsx",
    "erb",
    "lua",
    "luajit",
    "Rscript",
    "R",
    // `rake -e CODE` runs Ruby code (rake(1), --execute).
    "rake",
    "osascript",
    "ghc",
    "ghci",
    "runghc",
    "guile",
    "tclsh",
    "jimsh",
    "wish",
    "pwsh",
    "powershell",
    "jrunscript",
    "jjs",
    "irb",
    "sbcl",
    "clisp",
    "gawk",
    "awk",
    "mawk",
    "nawk",
    "busybox",
    "julia",
    "elixir",
    "erl",
    "groovy",
    "kotlinc",
    "kotlin",
    "scala",
    "swift",
    "crystal",
    "nim",
    "v",
    "go",
    "dotnet",
    "java",
    "jshell",
    "gdb",
    "bpftrace",
    "gnuplot",
    "octave",
    "sqlite3",
    "vim",
    "vi",
    "nvim",
    "ex",
    "ed",
    "emacs",
];

/// HTTP clients and browsers that fetch URLs.
pub const FETCHERS: &[&str] = &[
    "curl",
    "wget",
    "fetch",
    "aria2c",
    "http",
    "https",
    "xh",
    "lwp-request",
    "GET",
    "lynx",
    "links",
    "w3m",
    "httpie",
    "axel",
    "wget2",
    "curlie",
];

/// HashiCorp Vault's client and its fork's: OpenBao keeps Vault's command
/// set and paths under the name `bao`
/// (https://openbao.org/docs/commands/; the fork's announcement,
/// https://openbao.org/blog/). What the engine knows of one it knows of
/// the other (baodocs, session 68: `bao read ldap/creds/ROLE` and `bao
/// operator init` passed while their `vault` spellings were judged).
pub const VAULT_CLIENTS: &[&str] = &["vault", "bao"];

/// Clients of data servers that send their words to the server, as
/// commands or as values it stores (`redis-cli SET k V`, `mysql -e SQL`):
/// an exploit's payload among them is sent (ppnd, session 51: a PHP web
/// shell stored with `redis-cli set`, to be saved into the web root).
pub const SERVER_CLIENTS: &[&str] = &[
    "redis-cli",
    "valkey-cli",
    "keydb-cli",
    "psql",
    "mysql",
    "mariadb",
    "mongosh",
    "mongo",
    "sqlcmd",
    "sqsh",
    "cqlsh",
    "clickhouse-client",
    "etcdctl",
];

/// Raw TCP/UDP clients and servers.
pub const NETCAT: &[&str] = &[
    "nc",
    "ncat",
    "netcat",
    "socat",
    "telnet",
    "pwncat",
    "pwncat-cs",
    "pwncat-vl",
    "cryptcat",
    "nc.traditional",
    "nc.openbsd",
    "netcat.traditional",
    "netcat.openbsd",
    "rcat",
    "sbd",
    "websocat",
];

/// Programs that print what a server on the network answers (a DNS TXT
/// record, a finger plan, a whois record): their output is chosen by
/// whoever runs that server, so running it as commands is running the
/// network's commands (DNS and finger command-and-control, ATT&CK
/// T1071.004).
pub const NETWORK_READERS: &[&str] = &[
    "dig", "host", "nslookup", "drill", "kdig", "finger", "whois",
];

/// Docker-compatible container CLIs: the same sub-commands and options
/// (`run -v`, `--privileged`, `cp`, `exec`, `push`, prunes), so one
/// analyser reads them all. nerdctl (containerd) and finch (AWS) copy
/// docker's command line on purpose.
pub const CONTAINER_CLIS: &[&str] = &["docker", "podman", "nerdctl", "nerdctl.lima", "finch"];

/// Options of known tools whose value is a secret file the tool uses
/// rather than prints: the key it connects with (`ansible-playbook
/// --private-key ~/.ssh/id_rsa` was denied as reading the key: devhints
/// part 3's `bolt --private-key`), or the file it stores as a secret in a
/// cluster (`kubectl create secret generic db --from-file=./password.txt`
/// was asked as reading it: ruancsb, session 43). Only these programs: a
/// script of the project handed a key by the same option may print it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyOption {
    /// The programs (basenames).
    pub names: &'static [&'static str],
    /// The options whose value is the file (`--opt FILE`, `--opt=FILE`,
    /// `--opt=KEY=FILE`).
    pub options: &'static [&'static str],
    /// Words the call must carry for the option to be a use (`create`,
    /// `secret`: a ConfigMap made from a file is readable by anyone who may
    /// list it); empty: any call.
    pub verbs: &'static [&'static str],
    /// The file leaves the machine (into a cluster's store): only a file of
    /// the project is a use; a credential store of the home sent there is
    /// still read.
    pub project_only: bool,
    /// Options with which the call prints what it read after all
    /// (`kubectl create secret ... --dry-run=client -o yaml` prints the
    /// Secret, the file's bytes in base64): an exact option or a prefix
    /// of a joined one (`-oyaml`, `--output=json`). Output redirected to a
    /// file is not printed.
    pub shown_by: &'static [&'static str],
    /// Where the knowledge comes from.
    pub source: &'static str,
    /// Commands the risk engine must flag.
    pub flagged: &'static [&'static str],
    /// Commands the risk engine must not flag.
    pub clean: &'static [&'static str],
}

/// The table (see [`KeyOption`]).
pub const KEY_OPTIONS: &[KeyOption] = &[
    KeyOption {
        names: &[
            "ansible",
            "ansible-playbook",
            "ansible-console",
            "ansible-pull",
            "ansible-inventory",
        ],
        options: &["--private-key", "--key-file"],
        verbs: &[],
        project_only: false,
        shown_by: &[],
        source: "https://docs.ansible.com/ansible/latest/cli/ansible-playbook.html (--private-key, --key-file: use this file to authenticate the connection)",
        flagged: &["./deploy.sh --private-key ~/.ssh/id_rsa"],
        clean: &["ansible-playbook -i hosts site.yml --private-key ~/.ssh/id_rsa"],
    },
    KeyOption {
        names: &["aws"],
        options: &["--key-pair-file"],
        verbs: &["emr"],
        project_only: false,
        shown_by: &[],
        source: "https://docs.aws.amazon.com/cli/latest/reference/emr/ssh.html and emr get/put/socks (--key-pair-file: the EC2 key pair's private key the command's ssh or scp logs in with); awsex part 1, session 68: `aws emr get --key-pair-file ~/.ssh/mykey.pem` was denied as reading the key",
        flagged: &["./emr.sh --key-pair-file ~/.ssh/mykey.pem"],
        clean: &["aws emr get --cluster-id j-3SD91U2E1L2QX --key-pair-file ~/.ssh/mykey.pem --src /home/hadoop-examples.jar --dest ~"],
    },
    KeyOption {
        names: &["security"],
        options: &["-k"],
        verbs: &[],
        project_only: false,
        shown_by: &[],
        source: "man:security(1) (-k KEYCHAIN: the keychain the command works on, `import` and `add-*` put a certificate, key or password into; what prints its secrets, find-* -w or -g, dump-keychain and export, is judged in the risk engine's devtools.rs whatever -k names); devdocsh, session 51: `security import dev.cer -k login.keychain-db` was denied as reading the keychain",
        flagged: &["./sign.sh -k ~/Library/Keychains/login.keychain-db"],
        clean: &["security import ~/Downloads/mac_development.cer -k ~/Library/Keychains/login.keychain-db"],
    },
    KeyOption {
        names: &["podman", "podman-remote"],
        options: &["--identity"],
        verbs: &[],
        project_only: false,
        shown_by: &[],
        source: "https://docs.podman.io/en/latest/markdown/podman-system-connection-add.1.html and podman-remote(1) (--identity: the SSH key for the connection to the remote service); devdocsc, session 49",
        flagged: &["./connect.sh --identity ~/.ssh/id_ed25519"],
        clean: &["podman system connection add myuser --identity ~/.ssh/id_ed25519 ssh://myuser@192.168.122.1/run/user/1000/podman/podman.sock"],
    },
    KeyOption {
        names: &["cosign"],
        options: &["--key"],
        verbs: &[],
        project_only: false,
        shown_by: &[],
        source: "https://docs.sigstore.dev/cosign/signing/signing_with_containers/ and cosign-sign(1), cosign-attest(1) (--key: the private key that signs, or the public key that verifies; a KMS URI names no file); toolsdocs, session 53: `cosign attest --key /path/to/cosign.key` was asked as a key read",
        flagged: &["./sign.sh --key /path/to/cosign.key"],
        clean: &["cosign attest --key /path/to/cosign.key --type spdx --predicate sbom.spdx.json IMAGE", "cosign sign --key /etc/keys/cosign.key ghcr.io/org/app:v1"],
    },
    KeyOption {
        names: &["bolt"],
        options: &["--private-key"],
        verbs: &[],
        project_only: false,
        shown_by: &[],
        source: "https://www.puppet.com/docs/bolt/latest/bolt_command_reference.html (--private-key)",
        flagged: &["./bolt.sh --private-key ~/.ssh/id_rsa"],
        clean: &["bolt plan run deploy --targets web1 --private-key ~/.ssh/id_rsa"],
    },
    KeyOption {
        names: &["gcloud"],
        options: &["--ssh-key-file"],
        verbs: &[],
        project_only: false,
        shown_by: &[],
        source: "https://cloud.google.com/sdk/gcloud/reference/compute/ssh (--ssh-key-file)",
        flagged: &["./gc.sh --ssh-key-file ~/.ssh/google_compute_engine"],
        clean: &["gcloud compute ssh vm --ssh-key-file ~/.ssh/google_compute_engine"],
    },
    KeyOption {
        names: &["doctl"],
        options: &["--ssh-key-path"],
        verbs: &[],
        project_only: false,
        shown_by: &[],
        source: "https://docs.digitalocean.com/reference/doctl/reference/compute/ssh/ (--ssh-key-path)",
        flagged: &["./do.sh --ssh-key-path ~/.ssh/id_ed25519"],
        clean: &["doctl compute ssh web1 --ssh-key-path ~/.ssh/id_ed25519"],
    },
    KeyOption {
        names: &["knife"],
        options: &["-i", "--ssh-identity-file"],
        verbs: &[],
        project_only: false,
        shown_by: &[],
        source: "https://docs.chef.io/workstation/knife_ssh/ (-i, --ssh-identity-file)",
        flagged: &["./k.sh -i ~/.ssh/id_rsa"],
        clean: &["knife ssh 'role:web' uptime -i ~/.ssh/id_rsa"],
    },
    KeyOption {
        names: &["ssh-copy-id"],
        options: &["-i"],
        verbs: &[],
        project_only: false,
        shown_by: &[],
        source: "man:ssh-copy-id(1) (-i identity_file: the public key installed is identity_file.pub; the private key, when present, is offered to log in, as ssh -i)",
        flagged: &["./install-key.sh -i ~/.ssh/id_rsa"],
        clean: &["ssh-copy-id -i ~/.ssh/id_ed25519 deploy@build.example.com", "ssh-copy-id -i ~/.ssh/privateKey user@rhost"],
    },
    KeyOption {
        names: &["kubectl", "oc"],
        options: &["--from-file", "--from-env-file"],
        verbs: &["create", "secret"],
        project_only: true,
        shown_by: &["-o", "--output", "--template"],
        source: "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_create/kubectl_create_secret_generic/ (--from-file=[key=]source, --from-env-file; -o prints the object made); https://kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-kubectl/",
        flagged: &[
            "kubectl create secret generic app --from-env-file=secrets.env --dry-run=client -o yaml",
            "kubectl create secret generic x --from-file=password.txt --output=json | less",
            "kubectl create configmap app --from-file=password.txt",
            "kubectl create secret generic aws --from-file=$HOME/.aws/credentials",
            "kubectl create secret generic ssh --from-file=id=/home/dev/.ssh/id_ed25519",
        ],
        clean: &[
            "kubectl create secret generic db-user-pass --from-file=admin-user=./username.txt --from-file=password=./password.txt",
            "kubectl create secret generic app --from-env-file=secrets.env --dry-run=client -o yaml > secrets.yaml",
            "oc create secret generic db --from-file=password.txt",
        ],
    },
    KeyOption {
        names: &["age", "rage"],
        options: &["-i", "--identity"],
        verbs: &[],
        project_only: false,
        shown_by: &[],
        source: "https://github.com/FiloSottile/age#readme and age(1) (-i, --identity PATH: the identity file that decrypts, an age key or an SSH private key; with -e, encrypt to its recipient; the output is the plaintext, never the identity); rage(1) takes the same options; opsdocsk, session 57",
        flagged: &["./decrypt.sh -i ~/.ssh/id_ed25519"],
        clean: &["age -d -i ~/.ssh/id_ed25519 example.jpg.age > example.jpg"],
    },
];

/// The [`KEY_OPTIONS`] row whose option `word` is the value of, for
/// `name` (`prev` is the word before it): `--private-key KEY`,
/// `--private-key=KEY`. The caller checks the row's conditions
/// ([`KeyOption::verbs`], [`KeyOption::project_only`],
/// [`KeyOption::shown_by`]).
pub fn key_option(name: &str, prev: Option<&str>, word: &str) -> Option<&'static KeyOption> {
    KEY_OPTIONS
        .iter()
        .filter(|k| k.names.contains(&name))
        .find(|k| value_of(k.options, prev, word))
}

/// Whether `word` is the value of one of `options` (`prev` is the word
/// before it): `--opt VALUE` or `--opt=VALUE`.
fn value_of(options: &[&str], prev: Option<&str>, word: &str) -> bool {
    prev.is_some_and(|p| options.contains(&p))
        || options
            .iter()
            .any(|o| word.strip_prefix(o).is_some_and(|r| r.starts_with('=')))
}

/// Options whose value is a file or directory the program only reads
/// (its certificates, its registry list, its signature policy): a system
/// path named there is not changed by the call (toolsdocs, session 53:
/// `skopeo login --cert-dir /etc/containers/certs.d/ ...` was denied as
/// changing /etc). `(programs, options, source)`.
pub const READ_OPTIONS: &[(&[&str], &[&str], &str)] = &[
    (
        &["podman", "podman-remote", "skopeo", "buildah"],
        &["--cert-dir", "--registries-conf", "--signature-policy", "--tls-cacert"],
        "containers-certs.d(5), containers-registries.conf(5), containers-policy.json(5); podman-login(1), skopeo-login(1), buildah-push(1) (--cert-dir: the certificates used to connect to the registry)",
    ),
    // toolsdocsf, session 54: `argocd cert add-ssh --batch --from
    // /etc/ssh/ssh_known_hosts` was denied as changing /etc.
    (
        &["argocd"],
        &["--from"],
        "https://argo-cd.readthedocs.io/en/stable/user-guide/commands/argocd_cert_add-ssh/ and argocd_cert_add-tls/, argocd_gpg_add/ (--from: the file the entries or keys are read from)",
    ),
    (
        &["kubectl", "oc"],
        &["-f", "--filename", "-k", "--kustomize"],
        "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_apply/ (-f/--filename: the files that contain the configuration to apply; -k: a kustomization directory)",
    ),
];

/// Words of an option's name that make its value a certificate
/// authority the program verifies a server against (`--ssl-ca`,
/// `--cacert`, `--tls-cacert`, `--ca-file`, `-CAfile`, `--ssl-capath`,
/// `sslrootcert`): read by whatever program is given it, never changed
/// (hostdocs part 3, session 62: `mysql ... --ssl-ca=/etc/pki/tls/
/// certs/ca-bundle.crt` was denied as changing /etc). Matched against the
/// name's parts split at `-` and `_`, lower-cased.
pub const TRUST_ANCHOR_OPTION_PARTS: &[&str] = &[
    "ca",
    "cacert",
    "cacerts",
    "cafile",
    "capath",
    "cainfo",
    "cabundle",
    "rootcert",
    "sslrootcert",
];

/// Whether `word` is the value of a [`TRUST_ANCHOR_OPTION_PARTS`] option
/// (`prev` the word before it): `--ssl-ca FILE` or `--ssl-ca=FILE`.
pub fn trust_anchor_value(prev: Option<&str>, word: &str) -> bool {
    let anchor = |opt: &str| {
        opt.starts_with('-')
            && opt
                .trim_start_matches('-')
                .to_ascii_lowercase()
                .split(['-', '_'])
                .any(|p| TRUST_ANCHOR_OPTION_PARTS.contains(&p))
    };
    let own = word.split_once('=').is_some_and(|(o, _)| anchor(o));
    own || !word.starts_with('-') && prev.is_some_and(|p| !p.contains('=') && anchor(p))
}

/// Whether `word` is the value of a [`READ_OPTIONS`] option of `name`
/// (`prev` the word before it: `--cert-dir DIR` or `--cert-dir=DIR`) or of
/// any program's certificate authority option ([`trust_anchor_value`]).
pub fn read_option_value(name: &str, prev: Option<&str>, word: &str) -> bool {
    READ_OPTIONS
        .iter()
        .any(|(names, opts, _)| names.contains(&name) && value_of(opts, prev, word))
        || trust_anchor_value(prev, word)
}

/// Words of `pass` and `gopass` that show no password (listing,
/// inserting, moving, git): any other first operand is an entry shown
/// (`pass NAME`, `show`, `edit`, `generate`, `grep`, `otp`). Every call
/// was denied as a read before (devhints part 3).
pub const PASSWORD_STORE_QUIET: &[&str] = &[
    "ls",
    "list",
    "init",
    "git",
    "insert",
    "add",
    "find",
    "search",
    "mv",
    "rename",
    "cp",
    "copy",
    "rm",
    "remove",
    "delete",
    "help",
    "version",
    "sync",
    "setup",
    "config",
    "fsck",
    // gopass's (docs/commands/: each prints names, checks or settings, a
    // new random password, or clears the clipboard; opsdocs, session 55).
    "audit",
    "doctor",
    "mounts",
    "recipients",
    "pwgen",
    "templates",
    "tree",
    "history",
    "unclip",
    "clone",
    "completion",
    "update",
    "rcs",
    "alias",
    "create",
    "new",
    "link",
    "convert",
    "move",
    // docs/adr/A-11-secret-service.md: `secret-service
    // install|uninstall|status|serve` (the gopass row asks `install` and
    // `serve`; opsdocsj, session 57).
    "secret-service",
    // docs/commands/link.md: `gopass ln` is `link` (opsdocsk, session 57).
    "ln",
    // docs/features.md "Support for Binary Content": `gopass sha256 NAME`
    // prints the entry's hash (opsdocso, session 57).
    "sha256",
];

/// What a `pass` or `gopass` call does with a secret.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreCall {
    /// Shows none ([`PASSWORD_STORE_QUIET`]; a new password stored and
    /// not printed: gopass's `generate` without `-p`, `-e` or `-c`;
    /// `gopass age identities add`, `env ENTRY CMD`, `fscopy|fsmove` into
    /// the store).
    Quiet,
    /// Copies one to the clipboard and shows nothing (`show -c`, `pass -c
    /// NAME`, `generate -c`): a later read of the clipboard brings it
    /// into the conversation.
    Clipboard,
    /// Shows one (`show`, an entry named, `otp`, `grep`, `pass generate`
    /// without `-c`, `-o`/`--password`, `-C`, `--qr` or `--chars` beside a
    /// copy).
    Shown,
}

/// What a `pass` or `gopass` call (`vals`, the words after the program)
/// does with a secret. gopass docs/commands/show.md and generate.md,
/// docs/config.md (`generate.autoclip` and `show.autoclip` are off by
/// default), docs/backends/age.md; pass(1) (`show --clip[=line]`,
/// `generate --clip`, `--qrcode`); opsdocsl, session 57.
pub fn password_store_call(name: &str, vals: &[&str]) -> StoreCall {
    let mut ops = vals.iter().copied().filter(|v| !v.starts_with('-'));
    let sub = ops.next().unwrap_or("");
    let has = |opts: &[&str]| {
        vals.iter().any(|v| {
            opts.iter()
                .any(|o| v == o || v.strip_prefix(o).is_some_and(|r| r.starts_with('=')))
        })
    };
    // pass's `-c2` (the second line) and `--clip=2`.
    let clip = vals.iter().any(|v| {
        *v == "--clip"
            || v.starts_with("--clip=") && *v != "--clip=false"
            || v.strip_prefix("-c")
                .is_some_and(|r| r.bytes().all(|b| b.is_ascii_digit()))
    });
    let shown = [
        "-o",
        "--password",
        "-C",
        "--alsoclip",
        "--qr",
        "--qrbody",
        "--chars",
        "-q",
        "--qrcode",
    ];
    let verbs = [
        "edit", "otp", "grep", "cat", "process", "env", "fscopy", "fsmove", "age",
    ];
    let copied = if clip {
        StoreCall::Clipboard
    } else {
        StoreCall::Shown
    };
    if PASSWORD_STORE_QUIET.contains(&sub) {
        return StoreCall::Quiet;
    }
    match sub {
        "generate" if name == "gopass" && has(&["-p", "--print", "-e", "--edit"]) => {
            StoreCall::Shown
        }
        "generate" if name == "gopass" && !clip => StoreCall::Quiet,
        "generate" if has(&["-q", "--qrcode"]) => StoreCall::Shown,
        "generate" => copied,
        // `gopass env ENTRY CMD` hands the entry to CMD's environment (the
        // gopass row judges CMD; opsdocsg, session 56); `fscopy|fsmove`
        // from the file system into the store prints nothing
        // (docs/commands/fscopy.md; opsdocsd), from the store out a
        // secret lands in a file.
        "env" if name == "gopass" => StoreCall::Quiet,
        "fscopy" | "fsmove"
            if name == "gopass"
                && vals
                    .iter()
                    .skip_while(|v| **v != sub)
                    .nth(1)
                    .is_some_and(|v| v.starts_with(['/', '~', '.'])) =>
        {
            StoreCall::Quiet
        }
        "age"
            if name == "gopass"
                && ops.next() == Some("identities")
                && ops.next() == Some("add") =>
        {
            StoreCall::Quiet
        }
        _ if verbs.contains(&sub) => StoreCall::Shown,
        // `show`, or an entry named directly (`pass -c NAME`).
        _ if has(&shown) => StoreCall::Shown,
        _ => copied,
    }
}

/// Programs that use a credential file without printing it.
pub const KEY_USERS: &[&str] = &[
    "ssh",
    "ssh-add",
    "ssh-keygen",
    "scp",
    "sftp",
    "chmod",
    "chown",
    "chgrp",
    "ls",
    "dir",
    "vdir",
    "stat",
    "test",
    "[",
    "[[",
    "file",
    "touch",
    "mkdir",
    "source",
    ".",
    // Not the container CLIs themselves (`podman machine cp ~/.ssh/id_rsa
    // vm:/tmp/k` copied a key into a VM unseen, session 53): their key
    // options are KEY_OPTIONS rows, their mounts judged by the container
    // reading.
    "docker-compose",
    "podman-compose",
    "direnv",
    "dotenv",
    "wc",
    // Sizes and the file system a path is on (session 66: `du -h ~/*`).
    "du",
    "df",
    "rm",
    "shred",
    "realpath",
    "readlink",
    "dirname",
    "basename",
    "mv",
    "keychain",
    "gpg-agent",
];

/// Programs that only read the files they are given (a trust-path argument
/// is read, not written).
pub const READERS: &[&str] = &[
    // Printers print the files they are given; pfctl reads its rules
    // file (what it changes is the firewall, its row's sub-commands).
    // lcmdh, session 47: `lp /etc/motd`, `pfctl -nf /etc/pf.conf`.
    "lp",
    "lpr",
    "pfctl",
    // uuencode prints its file encoded; its second operand is only the
    // name in the header (`uuencode /etc/issue.net issue.net-COPY`, thc,
    // session 63).
    "uuencode",
    "cat",
    "less",
    "more",
    "head",
    "tail",
    "grep",
    "egrep",
    "fgrep",
    "rg",
    "ag",
    "ack",
    "wc",
    "diff",
    "cmp",
    "ls",
    "stat",
    "file",
    "jq",
    "yq",
    "bat",
    "batcat",
    "test",
    "[",
    "[[",
    "md5sum",
    "sha1sum",
    "sha256sum",
    "sha512sum",
    "source",
    ".",
    "code",
    "nl",
    "view",
    "strings",
    "hexdump",
    "xxd",
    "od",
    "git",
    "column",
    "lsattr",
    "getfacl",
    "namei",
    "sort",
    "uniq",
    "cut",
    "awk",
    "sed",
    "realpath",
    "readlink",
    "dirname",
    "basename",
    "echo",
    "printf",
    "find",
    "fd",
    "tree",
    "du",
    "colordiff",
    "delta",
    "shellcheck",
    "python",
    "python3",
    "node",
    // The other JavaScript runtimes: their code is judged as node's is.
    "nodejs",
    "bun",
    "deno",
];

/// Options whose value is a program (with its arguments) that any program
/// taking them runs through a shell: a pager or an editor (`bat
/// --pager='less -R'`, `ack --pager=CMD`, `mysql --pager`, `git
/// --pager`-less forms aside), and the launcher prefixes of every
/// Chromium-based browser and Electron application (Chrome, Edge, VS Code,
/// Teams, Slack: `--gpu-launcher=CMD` starts the GPU process through CMD;
/// Chromium's `content/public/common/content_switches.cc`). A program's
/// own row may say more.
pub const PROGRAM_OPTIONS: &[&str] = &[
    "--pager",
    "--editor",
    "--gpu-launcher",
    "--renderer-cmd-prefix",
    "--utility-cmd-prefix",
    "--plugin-launcher",
    "--ppapi-plugin-launcher",
];

/// Programs that report only a file's name, size, type or counts, never
/// its contents: `find DIR -exec ls -la {} \;` changes and reveals nothing
/// of what it lists (an option naming a file to read, `file -f F`, is
/// judged as an argument of its own). Names handed on are no contents
/// either (`find ~ | while read f; do echo "$f"; done`, session 35).
/// Checksums print a fixed-size digest and no content (`find / -perm -4000
/// -exec md5sum {} \;`, session 46); a checksum of a credential named on
/// its own is still judged as that program's read of it.
pub const METADATA_READERS: &[&str] = &[
    "ls",
    "dir",
    "vdir",
    "stat",
    "du",
    "file",
    "wc",
    "echo",
    "printf",
    "test",
    "[",
    "[[",
    "realpath",
    "readlink",
    "dirname",
    "basename",
    "lsattr",
    "getfacl",
    "getcap",
    "namei",
    "md5sum",
    "sha1sum",
    "sha224sum",
    "sha256sum",
    "sha384sum",
    "sha512sum",
    "b2sum",
    "cksum",
    "shasum",
    "md5",
];

/// Programs that name a disk device without reading what is on it: its
/// path, type, mounts or who holds it open (`ls -l /dev/sda`, `df
/// /dev/sda1`, `findmnt /dev/sdb1`, `udevadm info /dev/sda`; LVM's
/// reports, `pvs /dev/sdb1`; e2freefrag's free-space report). Not `ln`: a
/// link to a disk reads it later under a harmless name. Every other
/// program handed a raw disk is asked about unless its call is one of the
/// reading calls [`crate::ROOT_READERS`] or the partitioning tools'
/// listing modes know.
pub const DEVICE_NAMERS: &[&str] = &[
    "ls",
    "stat",
    "df",
    "file",
    "test",
    "[",
    "[[",
    "realpath",
    "readlink",
    "namei",
    "findmnt",
    "udevadm",
    "lsof",
    "fuser",
    "echo",
    "printf",
    "basename",
    "dirname",
    "pvs",
    "pvdisplay",
    "vgs",
    "vgdisplay",
    "lvs",
    "lvdisplay",
    "e2freefrag",
];

/// Programs that only read what they are given: touching agentgate's files
/// with them is not tampering (reading the device key still is a secret).
pub const PURE_READERS: &[&str] = &[
    "cat",
    "tac",
    "less",
    "more",
    "head",
    "tail",
    "grep",
    "egrep",
    "fgrep",
    "zgrep",
    "rg",
    "ag",
    "ack",
    "wc",
    "diff",
    "cmp",
    "ls",
    "stat",
    "file",
    "jq",
    "bat",
    "batcat",
    "test",
    "[",
    "[[",
    "md5sum",
    "sha1sum",
    "sha256sum",
    "sha512sum",
    "b2sum",
    "cksum",
    "nl",
    "strings",
    "hexdump",
    "od",
    "realpath",
    "readlink",
    "dirname",
    "basename",
    "du",
    "tree",
    "cd",
    "pushd",
    "echo",
    "printf",
    "column",
    "cut",
    "view",
    "lsattr",
    "getfacl",
    // Lists files' capabilities (`getcap -r /`: htlin, session 34).
    "getcap",
    "namei",
];

/// Programs that remove, move or change whole trees: touching a directory
/// above a guarded path with them is tampering. (Not rmdir: it removes
/// only empty directories, and one above a guarded path is not empty.)
pub const TREE_CHANGERS: &[&str] = &[
    "rm",
    "unlink",
    "mv",
    "chmod",
    "chown",
    "chgrp",
    "chattr",
    "setfacl",
    "ln",
    "shred",
    "truncate",
    "rsync",
    "cp",
    "mount",
    "umount",
    "install",
    "srm",
    "wipe",
    "trash",
    "trash-put",
    "gio",
    "bindfs",
    "rename",
    "prename",
    "mmv",
];

/// Ordinary programs that never run their operands as a command, beyond
/// the lists above, [`SHELL_BUILTINS`], the programs with a row and
/// GTFOBins' entries (the risk engine's `known_command` reads them all,
/// so a name is listed once): a word
/// after them that names a program is data (`man rm`, `which git`, `logger
/// rm -rf ~`, `apt-cache show git`). The risk engine reads a program outside
/// every list and row, handed a known program's words (`tsp rm -rf ~`,
/// `chpst -u dev rm -rf ~`, `dotenv -- CMD`), as a wrapper running them;
/// this list keeps that reading off the programs known not to be one.
/// Sources: the POSIX utilities and bash(1) builtins, GNU coreutils,
/// findutils, util-linux and procps manuals, and the build, test and
/// package tools' own documentation (none of these run an argv handed to
/// them: build tools take targets, package tools take package names).
pub const NOT_RUNNERS: &[&str] = &[
    // bash(1) builtins that are programs too (the others are
    // `SHELL_BUILTINS`).
    "pwd",
    "true",
    "false",
    // GNU coreutils.
    "dir",
    "vdir",
    "df",
    "sleep",
    "yes",
    "seq",
    "whoami",
    "id",
    "groups",
    "uname",
    "hostname",
    "sha224sum",
    "sha384sum",
    "sum",
    "tsort",
    "factor",
    "numfmt",
    "sync",
    "mktemp",
    "mkfifo",
    "link",
    "users",
    "who",
    "tty",
    "stty",
    "logname",
    "expr",
    "nproc",
    // Text, search and documentation tools.
    "most",
    "unix2dos",
    "locate",
    "mlocate",
    "plocate",
    "tldr",
    "diff3",
    "sdiff",
    "patch",
    "wdiff",
    // Archives and compression.
    "gunzip",
    "bunzip2",
    "bzcat",
    "unxz",
    "xzcat",
    "zstd",
    "unzstd",
    "unzip",
    "7za",
    "lz4",
    // System information (procps, util-linux, iproute2).
    "ps",
    "htop",
    "free",
    "vmstat",
    "iostat",
    "lsof",
    "lsblk",
    "lscpu",
    "lsusb",
    "lspci",
    "ifconfig",
    "netstat",
    "route",
    "findmnt",
    "lsb_release",
    "uptime",
    "w",
    "pgrep",
    "pidof",
    // Build, test and lint tools: their operands are targets, files or
    // test names.
    "ninja",
    "meson",
    "clang",
    "clang++",
    "ld",
    "javac",
    "mvn",
    "gradle",
    "ant",
    "sbt",
    "eslint",
    "prettier",
    "black",
    "ruff",
    "flake8",
    "pylint",
    "isort",
    "pytest",
    "jest",
    "vitest",
    "mocha",
    "gofmt",
    "shfmt",
    "hadolint",
    "yamllint",
    "markdownlint",
    // Package tools: their operands are package names.
    "apt-cache",
    "dpkg-query",
    "pacman",
    "apk",
    "port",
    "flatpak",
];

/// bash(1) builtins that are no program on the PATH: a wrapper program
/// cannot run them (`tsp export` fails), so such a word among an unknown
/// program's operands is its sub-command or data (`packwiz modrinth
/// export`, `zapier history -d`), never a command it runs.
pub const SHELL_BUILTINS: &[&str] = &[
    "export",
    "history",
    "set",
    "unset",
    "alias",
    "unalias",
    "declare",
    "typeset",
    "local",
    "readonly",
    "let",
    "getopts",
    "read",
    "mapfile",
    "readarray",
    "cd",
    "pushd",
    "popd",
    "dirs",
    "source",
    ".",
    "eval",
    "exec",
    "trap",
    "ulimit",
    "umask",
    "type",
    "hash",
    "help",
    "jobs",
    "shift",
    "wait",
    "times",
    "caller",
    "compgen",
    "complete",
    "compopt",
    "enable",
    "shopt",
    "bind",
    "logout",
    "disown",
    "fg",
    "bg",
    "builtin",
    ":",
    "return",
    "exit",
    "break",
    "continue",
    "suspend",
];

/// A syntax check: the options that make a shell or an interpreter parse
/// its program and run none of it, and the options beside which that no
/// longer holds (code given inline or libraries loaded first). Not perl's
/// `-c`: it runs `BEGIN`, `CHECK` and `use` (perlrun).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CheckOnly {
    /// The programs (basenames).
    pub names: &'static [&'static str],
    /// The check options; a one-letter one also counts inside a cluster
    /// of letters (`-nv`).
    pub flags: &'static [&'static str],
    /// Options that void the check for this table's purpose.
    pub unless: &'static [&'static str],
    /// Where the knowledge comes from.
    pub source: &'static str,
}

/// The syntax-check options of shells and interpreters.
pub const CHECK_ONLY: &[CheckOnly] = &[
    CheckOnly {
        names: &["sh", "bash", "dash", "zsh", "ksh", "mksh", "ash"],
        flags: &["-n"],
        unless: &[],
        source: "POSIX sh, set -n (noexec): read commands but do not execute them; bash(1). Tried: bash -nc 'touch F' and sh -n -c 'touch F' create nothing",
    },
    CheckOnly {
        names: &["php"],
        flags: &["-l", "--syntax-check"],
        unless: &["-r", "-R", "-B", "-E", "-F"],
        source: "php(1): -l, --syntax-check: syntax check only (lint)",
    },
    CheckOnly {
        names: &["ruby"],
        flags: &["-c"],
        unless: &["-r", "-I"],
        source: "ruby(1): -c checks syntax only, without executing the program",
    },
    CheckOnly {
        names: &["node", "nodejs"],
        flags: &["-c", "--check"],
        unless: &["-e", "--eval", "-p", "--print", "-r", "--require", "--import"],
        source: "node(1): -c, --check: syntax check the script without executing; node refuses --check beside --eval",
    },
];

/// Whether a call (`vals`, the words after the program) only checks its
/// program's syntax: a check option among the options before the first
/// operand and none of the row's `unless`.
pub fn check_only(name: &str, vals: &[&str]) -> bool {
    let Some(row) = CHECK_ONLY.iter().find(|r| r.names.contains(&name)) else {
        return false;
    };
    let opts: Vec<&str> = vals
        .iter()
        .copied()
        .take_while(|v| (v.starts_with('-') || v.starts_with('+')) && *v != "-" && *v != "--")
        .collect();
    // A shell's `+n` or `+o noexec` turns the check back off (tried: `bash
    // -n +n -c 'touch F'` creates F); any `+` option voids it.
    if opts.iter().any(|o| o.starts_with('+')) {
        return false;
    }
    let flagged = |o: &str| {
        row.flags.iter().any(|f| {
            o == *f
                || f.len() == 2
                    && !o.starts_with("--")
                    && o.get(1..).is_some_and(|c| {
                        c.chars().all(|ch| ch.is_ascii_alphabetic())
                            && f.get(1..).is_some_and(|ch| c.contains(ch))
                    })
        })
    };
    // A one-letter option may carry its value glued on (`-rsocket`).
    let voided = |o: &str| {
        row.unless.iter().any(|u| {
            o == *u
                || o.starts_with(&format!("{u}="))
                || u.len() == 2 && !o.starts_with("--") && o.starts_with(u)
        })
    };
    opts.iter().any(|o| flagged(o)) && !vals.iter().any(|v| voided(v))
}

/// Options that start a program under a name of the caller's choosing
/// (its argv[0], what process listings show): bash's `exec -a NAME`, and
/// THC's zapper `-a NAME` (which also hides the options). A program
/// started as `[kworker/1:0]` or `sshd` hides from whoever watches
/// (ATT&CK T1036.004, masquerading; THC tips and tricks 1.ii-1.iii).
pub const ARGV0_OPTIONS: &[(&str, &str)] = &[("exec", "-a"), ("zapper", "-a")];

#[cfg(test)]
mod check_only_tests {
    use super::check_only;

    #[test]
    fn syntax_checks_run_nothing() {
        assert!(check_only("bash", &["-n", "script.sh"]));
        assert!(check_only("bash", &["-nc", "rm -rf ~"]));
        assert!(check_only("php", &["-l", "index.php"]));
        assert!(check_only("node", &["--check", "app.js"]));
        assert!(check_only("ruby", &["-c", "x.rb"]));
        assert!(!check_only("bash", &["-c", "rm -rf ~"]));
        assert!(!check_only("bash", &["script.sh", "-n"]));
        assert!(!check_only("php", &["-l", "-r", "system('id');"]));
        assert!(!check_only("node", &["-c", "-e", "x"]));
        assert!(!check_only("perl", &["-c", "x.pl"]));
        assert!(!check_only("ruby", &["-c", "-rsocket", "x.rb"]));
        assert!(!check_only("bash", &["-n", "+n", "-c", "rm -rf ~"]));
        assert!(!check_only(
            "bash",
            &["-n", "+o", "noexec", "-c", "rm -rf ~"]
        ));
    }
}
