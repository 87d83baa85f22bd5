//! Command knowledge as data.
//!
//! What a program does with its arguments is knowledge, not code: which
//! options hand it a shell command, a program or interpreter code to run,
//! which sub-commands run the words after them as a command, which options
//! make it serve the network, which variables name a program or hold code
//! that other programs run. It lives here once, as typed `const` tables
//! ([`PROGRAMS`], [`ENV_VARS`], [`LANGS`]) compiled into the binary (nothing
//! is parsed at hook start-up). Each row cites where its knowledge comes
//! from and carries examples: `flagged` ones the risk engine must flag and
//! `clean` ones it must not. The risk engine's tests run every example of
//! every row (`crates/agentgate-risk/tests/knowledge.rs`); this crate's
//! tests hold invariants over the whole tables.
//!
//! The engine interprets the rows by meaning, not by spelling: a value
//! handed to a program is parsed as shell, and it is the *parsed* command
//! (a shell, an interpreter, a file written earlier in the line, a payload
//! with findings of its own) that makes the call dangerous, so `tar
//! --use-compress-program=zstd` stays clean while `tar -I 'sh -c id'` is
//! flagged.

mod adattacks;
mod agentsetup;
mod autostart;
mod awsdeletes;
mod buildout;
mod cmdexe;
mod containercli;
mod credendpoints;
mod credentials;
mod credhomes;
mod defenses;
mod dirprinters;
mod dotfiles;
mod encrypt;
mod endpoints;
mod env;
mod exploits;
mod factors;
mod fetch;
mod gitconfig;
mod gitextras;
mod gtfobins;
mod homecaches;
mod images;
mod index;
mod langs;
mod manifests;
mod markers;
mod npmtop;
mod podsecurity;
mod powershell;
mod processes;
mod programlists;
mod programs;
mod projectrun;
mod prompts;
mod remote;
mod rootread;
mod runners;
mod runpkgs;
mod secretverbs;
mod secretwords;
mod security;
mod servers;
mod shellload;
mod shellsetup;
mod sources;
mod stores;
mod sysadmin;
mod syspkgs;
mod verbs;
mod windows;

pub use adattacks::AD_ATTACKS;
pub use agentsetup::{
    configures_agents, AGENT_SETUP_AGENT_VERBS, AGENT_SETUP_EXAMPLES, AGENT_SETUP_NOUNS,
    AGENT_SETUP_VERBS,
};
pub use autostart::{
    autostart, startup_file, AutoStart, AUTOSTART, AUTOSTART_EXAMPLES, STARTUP_FILES,
};
pub use awsdeletes::{aws_setting_delete, AwsSettingDelete, AWS_SETTING_DELETES};
pub use buildout::{build_output, BuildOutput, BUILD_OUTPUTS, BUILD_OUTPUT_SUFFIXES};
pub use cmdexe::{cmd_builtin, cmd_variable, CmdBuiltin, CMD_BUILTINS, CMD_VARIABLES};
pub use containercli::{management_alias, ManagementAlias, MANAGEMENT_ALIASES};
pub use credendpoints::{
    credential_endpoint_var, endpoint_in, var_refs, CredentialEndpointVar, EndpointPart,
    CREDENTIAL_ENDPOINT_VARS,
};
pub use credentials::{
    credential_store, credential_store_below, credential_store_dir, CredentialStore, Where,
    CREDENTIAL_STORES, RCLONE_CONFIG,
};
pub use credhomes::{
    credential_home, host_in, named_host, provider_domain, service_host, token_printer,
    CredentialHome, TokenPrinter, CREDENTIAL_HOMES, TOKEN_PRINTERS,
};
pub use defenses::{
    defense_named, stopper, words_of, Defense, DEFENSES, DEFENSE_EXAMPLES, STOPPERS,
};
pub use dirprinters::{
    printed_directory, DirPrinter, DirVariable, DIRECTORY_PRINTERS, DIRECTORY_PRINTER_EXAMPLES,
    DIRECTORY_VARIABLES,
};
pub use dotfiles::DOTFILES;
pub use encrypt::{encryptor, Encryptor, ENCRYPTORS};
pub use endpoints::{
    data_store_port, endpoint, DataStorePort, Endpoint, DATA_STORE_PORTS, ENDPOINTS,
};
pub use env::ENV_VARS;
pub use exploits::{exploit_script, ExploitName, ExploitScript, EXPLOIT_SCRIPTS};
pub use factors::{
    second_factor_off, FACTOR_OFF_VERBS, SECOND_FACTOR_EXAMPLES, SECOND_FACTOR_NOUNS,
    SECOND_FACTOR_SOURCES,
};
pub use fetch::{fetch_option, FetchOption, FetchRole, FETCH_OPTIONS, SHELLS};
pub use gitconfig::{
    known_credential_helper, plain_setting_program, plain_ssh_command, GIT_COMMAND_KEYS,
    GIT_CREDENTIAL_HELPERS, PLAIN_SETTING_PROGRAMS, SSH_PLAIN_OPTIONS,
};
pub use gitextras::{is_git_extra, GIT_EXTRAS};
pub use gtfobins::{GTFOBINS, GTFOBINS_COMMIT};
pub use homecaches::{home_cache, CacheHit, CacheKind, HomeCache, HOME_CACHES};
pub use images::{local_transport, setup_image, SetupImage, LOCAL_TRANSPORTS, SETUP_IMAGES};
pub use langs::LANGS;
pub use manifests::MANIFESTS;
pub use markers::{
    exploit_payload, secret_attribute, webshell_command, ExploitPayload, SecretAttribute,
    FINGER_COMMAND, LOG4SHELL, PAYLOAD_EXAMPLES, PHP_COMMAND, PHP_WEBSHELL, SECRET_ATTRIBUTES,
    SECRET_ATTRIBUTE_EXAMPLES, SHELLSHOCK, WEBSHELL_COMMAND,
};
pub use npmtop::{NPM_HIGH_IMPACT, NPM_HIGH_IMPACT_COMMIT};
pub use podsecurity::{
    adds_node_capability, capability_reach, pod_privileges, CapReach, HostCapability, PodPrivilege,
    PodReach, HOST_CAPABILITIES, POD_PRIVILEGES,
};
pub use powershell::{
    cmdlet, dotnet_value, web_method_call, Cmdlet, WebMethod, CMDLETS, DOTNET_VALUE_TYPES,
    WEB_METHODS,
};
pub use processes::{
    dev_process, service_port, ServicePort, DEV_PROCESSES, RELAUNCHED, RUNTIMES, SERVICE_PORTS,
};
pub use programlists::{
    check_only, key_option, password_store_call, read_option_value, trust_anchor_value, CheckOnly,
    KeyOption, StoreCall, ARGV0_OPTIONS, CHECK_ONLY, CONTAINER_CLIS, DEVICE_NAMERS, FETCHERS,
    INTERPRETERS, KEY_OPTIONS, KEY_USERS, METADATA_READERS, NETCAT, NETWORK_READERS, NOT_RUNNERS,
    PASSWORD_STORE_QUIET, PROGRAM_OPTIONS, PURE_READERS, READERS, READ_OPTIONS, SERVER_CLIENTS,
    SHELL_BUILTINS, TREE_CHANGERS, TRUST_ANCHOR_OPTION_PARTS, VAULT_CLIENTS,
};
pub use programs::PROGRAMS;
pub use projectrun::{project_args_start, ArgsStart, ProjectRunner, PROJECT_RUNNERS};
pub use prompts::{prompt, Prompt, PROMPTS};
pub use remote::{
    elsewhere, machine_copy, remote_command, MachineCopy, RemoteCommand, RemoteForm, RemoteShell,
    MACHINE_COPIES, REMOTE_SHELLS, SSH_VALUE_OPTS,
};
pub use rootread::{
    root_reader, Operands, Opts, RootReader, PLAIN_ROOT_OPTIONS, ROOT_LEVEL, ROOT_READABLE,
    ROOT_READERS,
};
pub use runners::RUNNERS;
pub use runpkgs::{well_known_package, WELL_KNOWN_TOOLS};
pub use secretverbs::{
    prints_secret, secret_show_option, AUTH_NOUNS, KUBECONFIG_SHOW_VERBS, MINT_VERBS,
    NON_PRINTING_AFTER, SECRET_SHOW_OPTIONS, SECRET_VERB_EXAMPLES, SHOWN_SECRET_NOUNS, SHOW_VERBS,
    TOKEN_NOUNS,
};
pub use secretwords::{
    credential_header, names_secret, names_secret_file, nt_hash_shaped, password_list,
    secret_param, CREDENTIAL_HEADERS, HASH_LOGIN_EXAMPLES, HASH_LOGIN_FLAGS, HASH_LOGIN_OPTIONS,
    HASH_LOGIN_PREFIXES, HASH_SHAPED_OPTIONS, PAGING_PARAM_WORDS, PASSWORD_LISTS, PUBLIC_VARS,
    SECRET_FILE_STEMS, SECRET_SEARCH_EXAMPLES, SECRET_WORDS,
};
pub use security::SECURITY;
pub use servers::{jvm_server, FileServer, JvmServer, FILE_SERVERS, JVM_SERVERS};
pub use shellload::{shell_load_dir, Loads, ShellLoadDir, SHELL_LOAD_DIRS, SHELL_LOAD_EXAMPLES};
pub use shellsetup::{prints_shell_setup, ShellSetup, COMPLETION_WORDS, SHELL_SETUPS};
pub use sources::{
    package_source, PackageSource, SourceForm, GO_MODULE_HOSTS, PACKAGE_SOURCES,
    PACKAGE_SOURCE_FILES,
};
pub use stores::{
    remote_store, RemoteStore, REMOTE_STORES, STORE_COPY_EXAMPLES, STORE_COPY_VERBS, STORE_DRY_RUN,
    STORE_VALUE_LETTERS,
};
pub use sysadmin::SYSADMIN;
pub use syspkgs::{SYSTEM_INSTALL, SYSTEM_PACKAGES};
pub use verbs::{
    access_grant, data_reset, destroying_name, destroying_verb, destruction_consent, invites,
    not_destroying, previews, publishes, revokes_access, secret_verb_exempt, self_removal,
    verb_exempt, NotDestroying, Preview, SelfRemoval, VerbExempt, ACCESS_NOUNS, AWS_GLOBAL_FLAGS,
    CLOUD_CHANGE_VERBS, CLOUD_CLI_READ_COMMANDS, CLOUD_CLI_READ_VERBS, CLOUD_READ_OPERATIONS,
    CLOUD_READ_VERBS, CLOUD_SECRET_NOUNS, CLOUD_SECRET_OPTIONS, CLOUD_VERB_CLIS, DATA_NOUNS,
    DATA_RESET_VERBS, DESTROYING_NAME_PARTS, DESTROYING_OPTIONS, DESTROYING_VERBS,
    DOCTL_VERB_ALIASES, GRANT_VERBS, METHOD_JUDGED, NOT_DESTROYING, PACKAGE_MANAGERS,
    PERMISSION_QUESTIONS, PREVIEWS, PRUNING_VERBS, REBUILDABLE_NOUNS, REVOCABLE_NOUNS,
    SELF_REMOVALS, SETTING_NOUNS, SQL_QUERY_OPTIONS, VALUELESS_FLAGS, VERB_EXAMPLES, VERB_EXEMPT,
};
pub use windows::WINDOWS;

/// A language whose code a program runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// A POSIX shell command line.
    Shell,
    /// Perl.
    Perl,
    /// Python.
    Python,
    /// Ruby.
    Ruby,
    /// JavaScript (Node, Deno, Bun).
    JavaScript,
    /// PHP.
    Php,
    /// Lua.
    Lua,
    /// awk.
    Awk,
    /// Lisp dialects (Emacs Lisp, Common Lisp, Scheme).
    Lisp,
    /// Tcl (tclsh, expect).
    Tcl,
    /// R.
    R,
    /// gnuplot commands.
    Gnuplot,
    /// Vim Ex commands.
    Vim,
    /// gdb commands.
    Gdb,
    /// A Procfile: `name: command line` per line (foreman, honcho,
    /// overmind, hivemind).
    Procfile,
    /// A Markdown file whose fenced shell code blocks a program runs as
    /// tasks (mask's maskfile.md, xc's README tasks, runme).
    Markdown,
    /// RPM macro text: `%(CMD)` runs CMD through a shell, `%{lua: CODE}`
    /// runs Lua (rpm --eval, rpmbuild --define).
    RpmMacro,
    /// A data or build file (JSON, YAML, TOML, CMake, Rust's `build.rs`)
    /// whose string values include command lines the program runs
    /// (pre-commit's `entry`/`args`, Task's `cmds`, a kubeconfig's exec
    /// plugin, `execute_process(COMMAND ...)`): each value that reads as a
    /// command is judged as one.
    Data,
    /// GNU make syntax.
    Make,
    /// sed scripts.
    Sed,
    /// Julia.
    Julia,
    /// GNU Octave / MATLAB.
    Octave,
    /// TeX (`\write18`, `\input`).
    Tex,
    /// Languages of the Java virtual machine run from a command line
    /// (Groovy, Scala, Kotlin, jshell's Java).
    Jvm,
    /// Erlang (`erl -eval`, escript).
    Erlang,
    /// Elixir (`elixir -e`, `iex`, `mix run -e`).
    Elixir,
    /// SQL with the client's meta-commands (`\!`, `.shell`, `COPY ... PROGRAM`).
    Sql,
    /// PowerShell (`pwsh -c`, `powershell -EncodedCommand`).
    PowerShell,
}

/// How a program runs code it is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exec {
    /// These options' values are code in `lang` (`--filter=CMD`, `-e CODE`).
    Opt {
        /// Option spellings (`-e`, `--eval`); `--x=V`, `--x V`, `-eV` and
        /// `-e V` are all understood.
        names: &'static [&'static str],
        /// The language of the value.
        lang: Lang,
    },
    /// These options' values name a program to run, possibly with
    /// arguments (`--rsh-command=PROG`, `-I 'zstd -T0'`).
    OptProgram {
        /// Option spellings.
        names: &'static [&'static str],
    },
    /// After the sub-command `sub` (and `skip` further operands), the
    /// remaining words are a command that runs (`bundle exec CMD`,
    /// `rustup run TOOLCHAIN CMD`).
    SubArgv {
        /// The sub-command word.
        sub: &'static str,
        /// Operands between the sub-command and the command.
        skip: u8,
    },
    /// After the sub-command `sub`, the next operand is code in `lang`
    /// (`sed e CMD`, `ruby -run -e httpd`).
    SubCode {
        /// The sub-command word.
        sub: &'static str,
        /// The language.
        lang: Lang,
    },
    /// The operands are code in `lang` when no option says otherwise
    /// (`sed SCRIPT`, `awk PROGRAM`, `sqlite3 DB SQL`).
    OperandCode {
        /// Which operand (0-based) is the code.
        index: u8,
        /// The language.
        lang: Lang,
    },
    /// `opt KEY=VALUE` (or, with `opt` empty, an operand `KEY=VALUE`)
    /// where these keys' values are code in `lang` (`ssh -o
    /// ProxyCommand=CMD`, `git -c core.pager=CMD`, `sysctl
    /// kernel.core_pattern=|CMD`).
    OptKey {
        /// The option that takes `KEY=VALUE` (`-o`, `-c`), or "" for operands.
        opt: &'static str,
        /// The keys (compared case-insensitively).
        keys: &'static [&'static str],
        /// The language of the value.
        lang: Lang,
    },
    /// The operands, from the `skip`-th on, are a command that runs
    /// (`taskset MASK CMD`, `chroot DIR CMD`, `busybox APPLET ...`).
    /// Options before it are skipped, with their values for the options
    /// in [`Program::value_opts`].
    Argv {
        /// Operands before the command.
        skip: u8,
    },
    /// The operands, from the `skip`-th on, are a command line the program
    /// hands to `sh -c` (`watchexec CMD`): one operand is read as a shell
    /// command line, several as the argv they spell (versions differ in
    /// whether they quote the words they join). Options before it are
    /// skipped as for [`Exec::Argv`].
    ShellLine {
        /// Operands before the command.
        skip: u8,
    },
    /// The words after one of these options are a command that runs (`nix
    /// develop -c CMD ARGS`, `nix shell PKG --command CMD`).
    OptArgv {
        /// Option spellings.
        names: &'static [&'static str],
    },
    /// The operands, from the `skip`-th on, are each a command line of its
    /// own, run through a shell one after another (`hyperfine 'A' 'B'`,
    /// moreutils' `pee 'A' 'B'`). Options before them are skipped as for
    /// [`Exec::Argv`].
    EachLine {
        /// Operands before the first command line.
        skip: u8,
    },
    /// These options' values are code in `lang`, base64-encoded UTF-16LE
    /// text (PowerShell's `-EncodedCommand`): the decoded code is judged;
    /// a value that does not decode hides what runs.
    OptEncoded {
        /// Option spellings.
        names: &'static [&'static str],
        /// The language of the decoded value.
        lang: Lang,
    },
    /// In the sub-command `sub` ("" for any) and with one of these flags
    /// (always, when there are none), what arrives on standard input is
    /// code it builds or runs (`pyenv install --patch`: a patch applied to
    /// the source it compiles and installs).
    StdinCode {
        /// The sub-command word, or "".
        sub: &'static str,
        /// Flag spellings.
        names: &'static [&'static str],
    },
    /// These options' values are shared libraries it loads (`openssl
    /// -engine LIB`, `enable -f LIB`).
    OptLibrary {
        /// Option spellings.
        names: &'static [&'static str],
    },
    /// After one of these sub-commands the operands are a command that
    /// runs: a single operand is a shell command line (`tmux new -d 'CMD'`),
    /// several are an argv (`tmux new -d rm -rf x`).
    SubCommand {
        /// The sub-command words (with their aliases).
        subs: &'static [&'static str],
    },
    /// After the sub-command words `words` and `skip` more operands, the
    /// next operand is code in `lang`, a leading `!` dropped (`gh alias
    /// set --shell NAME CMD`, `glab alias set NAME '!CMD'`).
    SubWordsCode {
        /// The sub-command words, in order.
        words: &'static [&'static str],
        /// Operands between them and the code.
        skip: u8,
        /// The language.
        lang: Lang,
    },
    /// After one of these sub-commands, the operands from the `from`-th on
    /// are each a list of the program's own commands, `;`-separated
    /// (tmux's `if-shell COND 'run-shell CMD'`, `confirm-before CMD`):
    /// each command is judged as the program run with it.
    SubOwn {
        /// The sub-command words (with their aliases).
        subs: &'static [&'static str],
        /// Operands after the sub-command before the first command list.
        from: u8,
    },
    /// After the sub-command `sub`, the first operand names a package
    /// (`nixpkgs#bash`, `github:NixOS/nixpkgs/nixos-24.05#jq`): its program
    /// (the attribute's name) runs with the words after `--` (`nix run
    /// nixpkgs#bash -- -c CMD` runs `bash -c CMD`).
    SubPackage {
        /// The sub-command word.
        sub: &'static str,
    },
    /// The words after the marker `after` are the arguments of a shell it
    /// starts (`capsh -- -c CMD` runs `bash -c CMD`).
    ShellArgs {
        /// The word that ends the program's own options (`--`).
        after: &'static str,
        /// The shell that receives the words.
        shell: &'static str,
    },
    /// These options name a file of code in `lang` (`make -f FILE`, `awk
    /// -f FILE`); `default` names the files read when no option is given
    /// (`Makefile`). A file the same line wrote is judged by its content.
    OptFile {
        /// Option spellings.
        names: &'static [&'static str],
        /// Files read by default, relative to the working directory.
        default: &'static [&'static str],
        /// The language of the file.
        lang: Lang,
    },
}

/// The kinds of harm, as the risk engine names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Harm {
    /// Irreversible loss of data or availability.
    Destructive,
    /// A secret brought into the transcript.
    Credential,
    /// Local data sent off the machine.
    Exfiltration,
    /// Code fetched at run time, run.
    RemoteCode,
    /// Permissions widened or persistence planted.
    SelfEscalation,
    /// What runs is hidden or runs through another program.
    Evasion,
}

/// How bad.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// A human should decide.
    Medium,
    /// Needs explicit approval.
    High,
    /// Irreversible and wide, or hands the machine or a secret away.
    Critical,
}

/// A sub-command that is harmful in itself (`kubectl exec`, `gh auth
/// token`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sub {
    /// The words after the program, in order (options between them are
    /// skipped). The first must be the first operand, later ones may be
    /// any operand. A word may list alternatives (`up|down`); `w*` is a
    /// prefix, `*w*` a part, `?` any operand, `#` a time in digits
    /// (`0613162785`, `1530.45`), `~word` any abbreviation of
    /// `word` and `~wo[rd]` one at least `wo` long (these two, `#` and `?` are
    /// matched at their own place: the k-th word against the k-th
    /// operand). Option words (`-r`, `--raw`, `-e 0`; the value of `-e 0`
    /// is a word as above, `-keystore *cacerts*`; the option may list its
    /// spellings, `-o|--output *.token*`) match anywhere;
    /// `-k+` is the flag `k` alone or clustered (`-ki`), `--add-*` any
    /// option with that prefix; `!-x` an option the call must not have
    /// (`pkcs12 -nodes !-nokeys`) or not with a value (`!-a|--action
    /// query`), `!w` an operand it must not have
    /// (`query *putty* !*sshhostkeys*`).
    pub words: &'static [&'static str],
    /// The harm.
    pub harm: Harm,
    /// How bad.
    pub level: Level,
    /// What it does, completing "this call ...".
    pub reason: &'static str,
}

/// How a program touches the network.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Net {
    /// These options or sub-commands make it serve files or a shell on a
    /// port (`busybox httpd`, `php -S`, `fzf --listen`).
    Serves(&'static [&'static str]),
    /// These options or sub-commands open a connection to a host given as a
    /// value or operand (`openssl s_client -connect`).
    Connects(&'static [&'static str]),
}

/// One program's knowledge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Program {
    /// The names it is run as; the first is the canonical one.
    pub names: &'static [&'static str],
    /// Where the knowledge comes from (a manual page or GTFOBins entry).
    pub source: &'static str,
    /// How it runs code it is given.
    pub exec: &'static [Exec],
    /// How it touches the network.
    pub net: &'static [Net],
    /// Options whose value is a file it writes (`-o FILE`): a start-up
    /// file or an agentgate file named there is a write.
    pub writes: &'static [&'static str],
    /// Options that take a value as the next word (so that word is not an
    /// operand), beyond those named in `exec`, `net` and `writes`.
    pub value_opts: &'static [&'static str],
    /// Options that take two values (`bwrap --bind SRC DEST`); each is
    /// listed in `value_opts` too, for the readers that skip one.
    pub pair_opts: &'static [&'static str],
    /// Sub-commands harmful in themselves.
    pub subs: &'static [Sub],
    /// The words (options or sub-commands, spelled as `Sub::words` are)
    /// without which it only reads the files it is given (`plutil -p`,
    /// `defaults read`: a start-up file named there is read, not changed);
    /// empty when that is not known, and then a start-up file among its
    /// operands is a change.
    pub changes_with: &'static [&'static str],
    /// Options whose value is `NAME=VALUE`, set in the environment of the
    /// program it starts (`open --env`, `systemd-run --setenv`): judged as
    /// that assignment (a variable the tables know loads or runs code).
    pub sets_env: &'static [&'static str],
    /// Option names are case-insensitive (PowerShell's `-Command`,
    /// `-command`, `-COMMAND`): the row spells them in lower case and the
    /// engine lowers the command line's option words before matching.
    pub fold_case: bool,
    /// A Windows program (`windows.rs`): its words are case-insensitive
    /// and its options start with `/` or `-` (`/C`, `-urlcache`,
    /// `/format:X`). The row spells options as `-name` in lower case; the
    /// engine reads each word in lower case, `/name` as `-name` and
    /// `-name:value` as `-name=value` before matching.
    pub windows: bool,
    /// Commands the risk engine must flag.
    pub flagged: &'static [&'static str],
    /// Commands the risk engine must not flag.
    pub clean: &'static [&'static str],
}

/// What an environment variable holds, for the programs that read it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holds {
    /// A shell command line that some program runs.
    Shell,
    /// A program (possibly with arguments) that some program runs.
    Program,
    /// Code in a language.
    Code(Lang),
    /// A shared library loaded into every program started.
    Library,
    /// A directory searched for programs.
    ProgramDir,
    /// A file of code run at start-up.
    StartupFile,
    /// Options of the reading program (words split on spaces, a space in a
    /// value escaped with a backslash), in which these options' values are
    /// programs it runs (`MANOPT='-P PAGER'`).
    Options(&'static [&'static str]),
    /// Options of the reading program in which these options (prefixes
    /// up to and including their `:` or `=`) load an agent or library into
    /// it or name a program it runs (the JVM's `-javaagent:JAR`,
    /// `-XX:OnOutOfMemoryError=CMD`).
    LoadOptions(&'static [&'static str]),
    /// A settings file (`key = value` or `key value` lines) in which these
    /// keys (lower case) hold command lines the reading program runs
    /// (`credential_process` in the AWS CLI's config).
    Settings(&'static [&'static str]),
    /// A prompt string: the shell expands it each time it shows that
    /// prompt (bash(1) PROMPTING: PS0, PS1 and PS2 when interactive, PS4
    /// before each command it traces under `-x` or `SHELLOPTS=xtrace`),
    /// running the command substitutions in it. Text alone is harmless.
    Prompt,
    /// An identity the reading programs act as: an agent's socket or a
    /// ticket cache. One in a shared place (scratch space, another user's
    /// runtime directory, a glob over them) is another session's or
    /// user's (`SSH_AUTH_SOCK=/tmp/ssh-x/agent.1`).
    Identity,
}

/// A variable that makes other programs run something.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EnvVar {
    /// The variable name.
    pub name: &'static str,
    /// What it holds.
    pub holds: Holds,
    /// Who reads it, for the reason shown.
    pub read_by: &'static str,
    /// Where the knowledge comes from.
    pub source: &'static str,
    /// Commands the risk engine must flag.
    pub flagged: &'static [&'static str],
    /// Commands the risk engine must not flag.
    pub clean: &'static [&'static str],
}

/// Escape hatches of a language: text in its code that runs a process.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LangEscapes {
    /// The language.
    pub lang: Lang,
    /// Substrings of code that run a process or a shell.
    pub runs: &'static [&'static str],
    /// Substrings of code that write a file.
    pub writes: &'static [&'static str],
    /// Substrings of code that open a network connection or serve.
    pub network: &'static [&'static str],
    /// Where the knowledge comes from.
    pub source: &'static str,
}

/// A file that a tool runs commands from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Manifest {
    /// Its file name.
    pub file: &'static str,
    /// Which tool runs what in it.
    pub run_by: &'static str,
    /// Where its commands are, beyond quoted strings (which every row's
    /// text is searched for).
    pub lines: LineForm,
    /// Text that makes the tool run a command on its own, without being
    /// asked (`"runOn": "folderOpen"`: on opening the folder); "" for
    /// none; lower case, compared with the written text in lower case.
    /// Writing it is asked about whatever the command is.
    pub autorun: &'static str,
    /// Where the knowledge comes from.
    pub source: &'static str,
    /// Commands the risk engine must flag.
    pub flagged: &'static [&'static str],
    /// Commands the risk engine must not flag.
    pub clean: &'static [&'static str],
}

/// How a manifest holds the commands its tool runs, besides quoted
/// strings (`"postinstall": "CMD"`, `system("CMD")`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineForm {
    /// Only quoted strings.
    Literals,
    /// Make recipes: lines after a tab, and `target: ; CMD`.
    Recipes,
    /// `RUN CMD` instructions (shell form).
    RunInstructions,
    /// CMake's `execute_process(COMMAND prog args)`.
    CmakeCommand,
    /// Every line is a shell command (direnv's `.envrc` is a bash script).
    Shell,
}

/// The manifest row for a file name (a basename), if any.
pub fn manifest(file: &str) -> Option<&'static Manifest> {
    MANIFESTS.iter().find(|m| m.file == file)
}

/// Output options most programs share: their value is a file or directory
/// the program writes (applied to programs without a row of their own).
pub const OUTPUT_OPTIONS: &[&str] = &[
    "-o",
    "--output",
    "--out",
    "--output-dir",
    "--out-dir",
    "--outdir",
];

/// Programs without a row whose `-o` is a flag, not an output file: the
/// searchers' `--only-matching` (`grep -o /bin/sh /lib/libc.so.6` looks
/// for `/bin/sh`: b120 part 3, session 64, denied), pgrep's and pkill's
/// oldest process, ps's and ss's output format or options, ls's long
/// listing without groups, xargs's terminal, lsof's offsets.
pub const FLAG_O_PROGRAMS: &[&str] = &[
    "ack", "ag", "egrep", "fgrep", "grep", "ls", "lsof", "pgrep", "pkill", "ps", "rg", "ss",
    "xargs", "zegrep", "zfgrep", "zgrep",
];

/// The output options of a program without a row: [`OUTPUT_OPTIONS`], but
/// for [`FLAG_O_PROGRAMS`] not their first, `-o`.
pub fn output_options(program: &str) -> &'static [&'static str] {
    if FLAG_O_PROGRAMS.contains(&program) {
        OUTPUT_OPTIONS.split_first().map_or(&[], |(_, rest)| rest)
    } else {
        OUTPUT_OPTIONS
    }
}

/// System daemons: a signal to one stops a service the machine relies on
/// (scheduling, logging, auditing, remote login, containers, networking).
pub const SYSTEM_SERVICES: &[&str] = &[
    "auditd",
    "containerd",
    "cron",
    "crond",
    "cupsd",
    "dbus-daemon",
    "dockerd",
    "firewalld",
    "journald",
    "launchd",
    "NetworkManager",
    "rsyslogd",
    "snapd",
    "sshd",
    "syslogd",
    "systemd",
    "systemd-journald",
    "systemd-logind",
    "systemd-resolved",
    "ufw",
    "wpa_supplicant",
];

/// Programs whose arguments are text (messages, patterns, printed or
/// looked-up words) or which hand their arguments to another program the
/// walker already follows: a shell command line among them is not run by
/// the program itself.
pub const TEXT_ARGUMENT_PROGRAMS: &[&str] = &[
    "echo",
    "printf",
    "grep",
    "egrep",
    "fgrep",
    "rg",
    "ag",
    "ack",
    "git",
    "gh",
    "glab",
    "jq",
    "yq",
    "logger",
    "tee",
    "cat",
    "which",
    "type",
    "command",
    "whereis",
    "file",
    "ls",
    "chsh",
    "test",
    "[",
    "[[",
    "readlink",
    "realpath",
    "man",
    "apropos",
    "whatis",
    "info",
    "help",
    "printenv",
    "notify-send",
    "wall",
    "write",
    "say",
    "espeak",
    "figlet",
    "cowsay",
    "toilet",
    "banner",
    "comm",
    "diff",
    "cmp",
    "wc",
    "sort",
    "uniq",
    "cut",
    "tr",
    "column",
    "fold",
    "fmt",
    "head",
    "tail",
    "less",
    "more",
    "bat",
    "base64",
    "xxd",
    "od",
    "hexdump",
    "strings",
    "sha256sum",
    "md5sum",
    "docker",
    "podman",
    "kubectl",
    "ssh",
    "mosh",
    "tmux",
    "screen",
    "sudo",
    "doas",
    "env",
    "nohup",
    "nice",
    "timeout",
    "xargs",
    "find",
    "watch",
    "time",
    "exec",
    "eval",
    "source",
    ".",
    "alias",
    "export",
    "declare",
    "local",
    "readonly",
    "set",
    "trap",
];

/// `find` actions that delete, run programs or write files: a `find`
/// without any of these only reads (findutils manual, "Actions").
pub const FIND_ACTIONS: &[&str] = &[
    "-delete", "-exec", "-execdir", "-ok", "-okdir", "-fprint", "-fprint0", "-fprintf", "-fls",
];

/// A function GTFOBins lists a program for
/// (<https://gtfobins.github.io/#+shell> and so on).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Gtfo {
    /// Spawns an interactive shell.
    Shell,
    /// Runs a non-interactive command.
    Command,
    /// Sends a shell to a remote listener.
    ReverseShell,
    /// Serves a shell on a port.
    BindShell,
    /// Reads files.
    FileRead,
    /// Writes files.
    FileWrite,
    /// Sends files to a remote host.
    Upload,
    /// Fetches files from a remote host.
    Download,
    /// Loads a shared library.
    LibraryLoad,
    /// Starts another program (a pager, an editor) whose own escapes apply.
    Inherit,
}

/// What GTFOBins lists `name` (a basename) for; empty when it is not listed.
pub fn gtfobins(name: &str) -> &'static [Gtfo] {
    GTFOBINS
        .binary_search_by(|(n, _)| (*n).cmp(name))
        .ok()
        .and_then(|i| GTFOBINS.get(i))
        .map_or(&[], |(_, f)| *f)
}

/// Every program row: [`PROGRAMS`], [`SECURITY`], [`RUNNERS`], [`SYSADMIN`],
/// [`SYSTEM_PACKAGES`], [`DOTFILES`], [`WINDOWS`] and [`AD_ATTACKS`].
pub fn programs() -> impl Iterator<Item = &'static Program> {
    index::TABLES.into_iter().flatten()
}

/// The program one of whose code-running options a file name spells
/// (`--checkpoint-action=exec=sh x.sh`, `-e sh x.sh`): a file created
/// under that name becomes that option when a wildcard expands in the
/// program's command line (`tar cf a.tar *`, wildcard injection).
pub fn code_option_named(file_name: &str) -> Option<&'static str> {
    if !file_name.starts_with('-') {
        return None;
    }
    let opt = file_name.split(['=', ' ']).next()?;
    if opt.len() < 2 || opt == "--" {
        return None;
    }
    programs()
        .find(|p| {
            p.exec.iter().any(|e| match e {
                Exec::Opt { names, .. }
                | Exec::OptEncoded { names, .. }
                | Exec::OptProgram { names }
                | Exec::OptLibrary { names } => names.contains(&opt),
                Exec::OptKey { opt: o, .. } => !o.is_empty() && *o == opt,
                _ => false,
            })
        })
        .and_then(|p| p.names.first().copied())
}

/// Script extensions a program is also run with (`laZagne.py`,
/// `./linpeas.sh`, `Invoke-Kerberoast.ps1`, `java -jar BaRMIe.jar`), one
/// list for the lookup here and the risk engine's copies of tools'
/// scripts (session 51 merged its second copy).
pub const SCRIPT_EXTENSIONS: &[&str] = &[
    ".py", ".sh", ".pl", ".rb", ".exe", ".bash", ".vbs", ".ps1", ".jar",
];

/// Prefixes a distribution packages a tool's scripts under: Debian and
/// Kali install impacket's example scripts as `impacket-NAME`
/// (`impacket-ntlmrelayx` is `ntlmrelayx.py`).
const PACKAGE_PREFIXES: &[&str] = &["impacket-"];

/// The row for a program name (a basename), if any: the name as given,
/// else in lower case without a script extension or a packaging prefix
/// (`laZagne.py` is `lazagne`, `impacket-secretsdump` is `secretsdump`).
pub fn program(name: &str) -> Option<&'static Program> {
    if let Some(p) = index::row_named(name) {
        return Some(p);
    }
    let lower = name.to_ascii_lowercase();
    let plain = SCRIPT_EXTENSIONS
        .iter()
        .find_map(|x| lower.strip_suffix(x))
        .unwrap_or(&lower);
    let plain = PACKAGE_PREFIXES
        .iter()
        .find_map(|x| plain.strip_prefix(x))
        .unwrap_or(plain);
    let found = if plain == name {
        None
    } else {
        index::row_named(plain)
    };
    found.or_else(|| {
        // `wce64.exe`, `mimikatz_x64.exe`: a build for one architecture
        // (tib3rius, session 40); only a name the tables know once the
        // suffix is gone (`base64` is not `base`'s).
        ARCH_SUFFIXES
            .iter()
            .find_map(|x| plain.strip_suffix(x).filter(|p| p.len() > 2))
            .and_then(index::row_named)
    })
}

/// Architecture suffixes of tools' builds (`wce32`, `wce64`,
/// `mimikatz_x64`, `nc64`); `wce-universal` is the build of Windows Credentials Editor for every
/// architecture (kitsun, session 48).
const ARCH_SUFFIXES: &[&str] = &[
    "_x64",
    "_x86",
    // `nanodump.x64.exe` (rtools, session 49).
    ".x64",
    ".x86",
    "-x64",
    "-x86",
    "x64",
    "x86",
    "64",
    "32",
    "-universal",
    "_universal",
];

/// The row for a variable name, if any.
pub fn env_var(name: &str) -> Option<&'static EnvVar> {
    ENV_VARS.iter().find(|v| v.name == name)
}

/// The escapes of a language.
pub fn escapes(lang: Lang) -> Option<&'static LangEscapes> {
    LANGS.iter().find(|l| l.lang == lang)
}

/// An option's value in `args[i..]`, if `args[i]` is one of `names`:
/// `--name=V`, `--name V`, `-nV` (single-dash, one letter) or `-n V`.
/// Returns the value and how many words it took.
pub fn option_value<'a>(args: &[&'a str], i: usize, names: &[&str]) -> Option<(&'a str, usize)> {
    let word = *args.get(i)?;
    for name in names {
        if word == *name {
            return args.get(i + 1).map(|v| (*v, 2));
        }
        // `+CMD` (vim): a one-character prefix option.
        if name.len() == 1 && !name.starts_with('-') {
            if let Some(v) = word.strip_prefix(name) {
                return Some((v, 1));
            }
            continue;
        }
        if let Some(rest) = word.strip_prefix(name) {
            if let Some(v) = rest.strip_prefix('=') {
                return Some((v, 1));
            }
            // `-eCODE`: a single-letter short option glued to its value.
            let short = name.len() == 2 && name.starts_with('-') && !name.starts_with("--");
            if short && !rest.is_empty() {
                return Some((rest, 1));
            }
        }
        // `-qc VALUE`, `-dmS NAME`: flags clustered before a short option
        // that takes the next word.
        if cluster_ends_with(word, name) {
            return args.get(i + 1).map(|v| (*v, 2));
        }
    }
    None
}

/// Whether `word` is a cluster of single-letter flags (`-qc`, `-dmS`)
/// whose last letter is the short option `name` (`-c`, `-S`). A flag of
/// the cluster may carry digits (perl's `-ln0e`, `-l054e`: `-0` and `-l`
/// take an octal number in the cluster; session 46).
pub fn cluster_ends_with(word: &str, name: &str) -> bool {
    let Some(letter) = name
        .strip_prefix('-')
        .filter(|l| l.len() == 1 && !l.starts_with('-'))
    else {
        return false;
    };
    word.len() > 2
        && word.starts_with('-')
        && !word.starts_with("--")
        && word.ends_with(letter)
        && word.bytes().skip(1).all(|b| b.is_ascii_alphanumeric())
        && word.bytes().skip(1).any(|b| b.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests;

/// Whether `key` (lower case) is one of `keys`, where a `*` in a listed key
/// stands for one or more characters (`hooks.*`, `target.*.runner`,
/// `diff.*.textconv`): the one matcher for the tables' keys.
pub fn key_listed(keys: &[&str], key: &str) -> bool {
    keys.iter().any(|listed| match listed.split_once('*') {
        Some((pre, post)) => {
            key.len() > pre.len() + post.len() && key.starts_with(pre) && key.ends_with(post)
        }
        None => *listed == key,
    })
}
