//! Each language's escape hatches: the text in its code that runs a
//! process, writes a file or opens the network. The risk engine looks for
//! these in code handed to a program through an option or operand; where one
//! is present, the literal strings in the code are assessed as shell.

#![allow(
    clippy::needless_update,
    reason = "every row ends in `..DEFAULT`, so a field added later needs no edit of rows that leave it out"
)]

use crate::Lang::{
    Awk, Elixir, Erlang, Gdb, Gnuplot, JavaScript, Julia, Jvm, Lisp, Lua, Make, Octave, Perl, Php,
    PowerShell, Python, Ruby, Sed, Shell, Sql, Tcl, Tex, Vim, R,
};
use crate::LangEscapes;

const E: LangEscapes = LangEscapes {
    lang: Shell,
    runs: &[],
    writes: &[],
    network: &[],
    source: "",
};

/// The table, one row per language.
pub const LANGS: &[LangEscapes] = &[
    LangEscapes {
        lang: Shell,
        runs: &[""],
        source: "POSIX shell: any command line runs programs",
        ..E
    },
    LangEscapes {
        lang: Perl,
        runs: &["system", "exec", "`", "qx", "open(", "fork", "DynaLoader", "dl_load_file"],
        writes: &["open(", ">", "unlink", "rename", "truncate", "syswrite", "File::Copy", "rmtree", "chmod", "symlink"],
        network: &["IO::Socket", "Socket", "LWP", "HTTP::Tiny"],
        source: "https://perldoc.perl.org/functions/system, /exec, /open",
    },
    LangEscapes {
        lang: Python,
        runs: &["os.system", "subprocess", "os.exec", "os.spawn", "os.popen", "pty.spawn", "commands.", "CDLL", "cdll", "LoadLibrary"],
        writes: &["open(", "write_text", "write_bytes"],
        network: &["socket", "urllib", "requests", "http.client", "httpx"],
        source: "https://docs.python.org/3/library/subprocess.html, os.html#process-management",
    },
    LangEscapes {
        lang: Ruby,
        runs: &["system", "exec", "`", "%x", "spawn", "IO.popen", "Open3", "Kernel.open(\"|", "dlopen", "Fiddle"],
        writes: &["File.write", "File.binwrite", "IO.binwrite", "File.open", "IO.write", "File.delete", "File.unlink", "File.rename", "FileUtils", "File.chmod", "File.symlink"],
        network: &["TCPSocket", "Net::HTTP", "open-uri", "httpd"],
        source: "https://docs.ruby-lang.org/en/master/Kernel.html#method-i-system",
    },
    LangEscapes {
        lang: JavaScript,
        runs: &["child_process", "execSync", "spawnSync", "exec(", "spawn(", "Deno.run", "Bun.spawn", "Deno.Command", "dlopen", "ffi"],
        writes: &["writeFileSync", "writeFile", "appendFile", "Deno.writeTextFile"],
        network: &["net.connect", "net.Socket", "http.request", "https.request", "fetch("],
        source: "https://nodejs.org/api/child_process.html",
    },
    LangEscapes {
        lang: Php,
        runs: &["system(", "exec(", "shell_exec", "passthru", "popen", "proc_open", "`", "pcntl_exec"],
        writes: &["file_put_contents", "fopen(", "fwrite", "unlink(", "rename(", "copy(", "chmod(", "symlink("],
        network: &["fsockopen", "curl_exec", "stream_socket_client"],
        source: "https://www.php.net/manual/en/ref.exec.php",
    },
    LangEscapes {
        lang: Lua,
        runs: &["os.execute", "io.popen"],
        writes: &["io.open"],
        network: &["socket"],
        source: "https://www.lua.org/manual/5.4/manual.html#6.9",
    },
    LangEscapes {
        lang: Awk,
        runs: &["system(", "| getline", "|getline", "print |", "printf |"],
        writes: &["print >", "printf >", "print>", "printf>", "> \"", ">\"", ">> \"", ">>\""],
        network: &["/inet/"],
        source: "https://www.gnu.org/software/gawk/manual/gawk.html#I_002fO-Functions, #TCP_002fIP-Networking",
    },
    LangEscapes {
        lang: Lisp,
        runs: &["run-shell-command", "shell-command", "call-process", "start-process", "make-process", "(term", "(shell", "run-program", "(system", "process-run", "process/shell", "process/process", "process/exec", "shell/sh", "(sh "],
        writes: &["write-region", "with-open-file", "append-to-file", "write-file"],
        network: &["open-network-stream", "socket-connect", "url-retrieve"],
        source: "https://www.gnu.org/software/emacs/manual/html_node/elisp/Synchronous-Processes.html; CLISP ext:run-shell-command; Guile system; Racket racket/system; babashka.process (shell, process, exec) and clojure.java.shell/sh",
    },
    LangEscapes {
        lang: Tcl,
        runs: &["exec ", "spawn ", "open \"|", "open {|"],
        writes: &["open "],
        network: &["socket "],
        source: "https://www.tcl.tk/man/tcl/TclCmd/exec.html; expect(1) spawn",
    },
    LangEscapes {
        lang: R,
        runs: &["system(", "system2(", "shell(", "pipe("],
        writes: &["writeLines", "write(", "cat(", "sink("],
        network: &["download.file", "url(", "socketConnection"],
        source: "https://stat.ethz.ch/R-manual/R-devel/library/base/html/system.html",
    },
    LangEscapes {
        lang: Gnuplot,
        runs: &["system(", "system ", "!", "`", "shell"],
        writes: &["set output", "set print"],
        network: &[],
        source: "http://gnuplot.info/docs_5.5/loc18483.html",
    },
    LangEscapes {
        lang: Vim,
        runs: &["!", "system(", "systemlist(", "shell", "sh", "py3 ", "python", "pyx", "lua ", "perl ", "ruby ", "terminal", "job_start", "jobstart"],
        writes: &["w ", "w!", "write", "redir", "writefile(", "sav"],
        network: &["ch_open", "netrw"],
        source: "https://vimhelp.org/various.txt.html#%3A%21, #%3Ashell, builtin.txt#system%28%29",
    },
    LangEscapes {
        lang: Gdb,
        runs: &["shell", "!", "python", "pipe", "|", "call system", "guile"],
        writes: &["dump", "append", "set logging"],
        network: &["target remote"],
        source: "https://sourceware.org/gdb/current/onlinedocs/gdb.html/Shell-Commands.html",
    },
    LangEscapes {
        lang: Make,
        runs: &["$(shell", "${shell", "\t", ";", "!="],
        writes: &["$(file >", "${file >", "$(file >>"],
        network: &[],
        source: "https://www.gnu.org/software/make/manual/make.html#Shell-Function, #File-Function",
    },
    LangEscapes {
        lang: Sed,
        runs: &[],
        writes: &[],
        network: &[],
        source: "https://www.gnu.org/software/sed/manual/sed.html#Extended-Commands (e, s///e, w, s///w: parsed by the risk engine's sed reader)",
    },
    LangEscapes {
        lang: Julia,
        runs: &["run(", "`", "pipeline(", "open(`", "read(`"],
        writes: &["write(", "open(", "download("],
        network: &["download(", "connect(", "Sockets"],
        source: "https://docs.julialang.org/en/v1/manual/running-external-programs/",
    },
    LangEscapes {
        lang: Jvm,
        runs: &["ProcessBuilder(", "Runtime.getRuntime().exec(", ".execute()", "sys.process", ".!!", "\").!", "Process(", ".exec("],
        writes: &["FileWriter(", "Files.write", "Files.delete", ".delete()", "PrintWriter(", "FileOutputStream("],
        network: &["new URL(", "URL(", "Socket(", "HttpClient", "openConnection("],
        source: "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/ProcessBuilder.html; https://www.scala-lang.org/api/current/scala/sys/process/index.html; https://docs.groovy-lang.org/latest/html/groovy-jdk/java/lang/String.html#execute()",
        ..E
    },
    LangEscapes {
        lang: Erlang,
        runs: &["os:cmd(", "open_port(", "erlang:open_port("],
        writes: &["file:write_file(", "file:open("],
        network: &["gen_tcp:connect", "gen_udp:open", "httpc:request", "ssl:connect"],
        source: "https://www.erlang.org/doc/apps/kernel/os.html#cmd/1, erts/erlang.html#open_port/2",
    },
    LangEscapes {
        lang: Elixir,
        runs: &["System.cmd(", "System.shell(", ":os.cmd(", "Port.open("],
        writes: &["File.write", "File.open("],
        network: &[":gen_tcp.connect", ":httpc.request", "HTTPoison", "Req.", "Mint.HTTP"],
        source: "https://hexdocs.pm/elixir/System.html#cmd/3, #shell/2; https://hexdocs.pm/elixir/Port.html",
    },
    LangEscapes {
        lang: Octave,
        runs: &["system(", "unix(", "shell_cmd(", "popen(", "exec("],
        writes: &["fopen(", "fputs(", "fprintf(", "fwrite(", "save "],
        network: &["urlread", "urlwrite", "webread"],
        source: "https://docs.octave.org/latest/Controlling-Subprocesses.html",
    },
    LangEscapes {
        lang: Tex,
        runs: &["\\write18", "\\immediate\\write18"],
        writes: &["\\openout", "\\write"],
        network: &[],
        source: "https://tug.org/texinfohtml/web2c.html#Shell-escape",
    },
    LangEscapes {
        lang: Sql,
        // SQL Server's `xp_cmdshell` (and the configuration that turns it
        // on) and OLE automation's `sp_oacreate` run commands on the
        // server; MySQL's `sys_exec` UDF does too.
        runs: &["\\!", ".shell", ".system", "program '", "program \"", "load_extension", ".load", "system ", "xp_cmdshell", "sp_oacreate", "sys_exec("],
        writes: &[".output", ".once", "\\o", "into outfile", "into dumpfile", "copy "],
        network: &[],
        source: "https://sqlite.org/cli.html; https://www.postgresql.org/docs/current/app-psql.html; https://dev.mysql.com/doc/refman/8.0/en/mysql-commands.html; https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/xp-cmdshell-transact-sql; ATT&CK T1505.001",
    },
    LangEscapes {
        lang: PowerShell,
        runs: &["Invoke-Expression", "iex", "Start-Process", "Invoke-Command", "Invoke-Item", "cmd /c", "cmd.exe", "[Diagnostics.Process]", "Add-Type"],
        writes: &["Set-Content", "Add-Content", "Out-File", "New-Item", "Copy-Item", "Move-Item", "WriteAllText", "WriteAllBytes", ">"],
        network: &["Invoke-WebRequest", "Invoke-RestMethod", "iwr", "irm", "Net.WebClient", "DownloadString", "DownloadFile", "Net.Sockets", "Start-BitsTransfer"],
        source: "https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/invoke-expression, /invoke-webrequest, /invoke-restmethod; microsoft.powershell.management/start-process, /remove-item",
    },
];
