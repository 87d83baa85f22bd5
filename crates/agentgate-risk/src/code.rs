//! Interpreter code (`python -c`, `node -e`, `perl -e`, here-documents fed to
//! an interpreter, `awk` programs): what it runs, reads and sends.
//!
//! This is a lexical scan, not a parser per language: it looks for the
//! primitives that run commands, open sockets, read the environment or files,
//! and for the string literals they are given. Shell commands found in string
//! literals are handed back to the bash walker.

/// What a piece of code does, as far as the scan can tell.
#[derive(Debug, Default)]
pub(crate) struct CodeFacts {
    /// Runs operating-system commands (`os.system`, `child_process`, backticks...).
    pub runs_commands: bool,
    /// Talks to the network.
    pub network: bool,
    /// Reads the process environment.
    pub reads_env: bool,
    /// Reads files.
    pub reads_files: bool,
    /// Writes files.
    pub writes_files: bool,
    /// Deletes files or trees.
    pub deletes: bool,
    /// Evaluates decoded data (`exec(b64decode(...))`).
    pub evals_decoded: bool,
    /// Refers to the home directory by a call rather than a literal path
    /// (`os.homedir()`, `Path.home()`, `expanduser("~")`, `ENV['HOME']`).
    pub home_ref: bool,
    /// Serves on a network port (`http.server`, `serve_forever`,
    /// `createServer(...).listen`).
    pub serves: bool,
    /// Evaluates code it builds at run time (`eval(`, Python's `exec(`).
    pub evals: bool,
    /// Reads from a connection (`recv(`, `:receive(`, `getline`, `gets`).
    pub receives: bool,
    /// Shows a dialog asking for a password (AppleScript `display dialog
    /// ... default answer ... hidden answer`), the credential phishing of
    /// ATT&CK T1056.002.
    pub asks_password: bool,
    /// Copies or links files (`shutil.copy`, `os.link`, `fs.copyFileSync`,
    /// `FileUtils.cp`, Perl's File::Copy).
    pub copies: bool,
    /// Reads a secret from the operating system's credential store through
    /// a library (`keyring.get_password`, keytar, Secret Service).
    pub reads_keychain: bool,
    /// String literals in the code.
    pub literals: Vec<String>,
}

/// Library calls that hand back a secret from the OS credential store
/// (macOS Keychain, Windows Credential Manager, Secret Service).
const KEYCHAIN_READS: &[&str] = &[
    "keyring.get_password",
    "keyring.get_credential",
    "get_password(",
    "keytar.getpassword",
    "keytar').getpassword",
    "keytar\").getpassword",
    "keytar').findcredentials",
    "keytar\").findcredentials",
    "keytar.findcredentials",
    "keytar.findpassword",
    "secretstorage.",
    // GNOME Keyring's old Python binding (ppnh, session 52: its keyring
    // names and items), Windows Credential Manager through pywin32, and
    // the libraries that decrypt browsers' cookie stores.
    "gnomekeyring",
    "win32cred.credread",
    "browser_cookie3",
    "pycookiecheat",
    "secitemcopymatching",
    "secret_password_lookup",
    "find-generic-password",
    "find-internet-password",
];

const RUN: &[&str] = &[
    "os.system",
    "os.popen",
    "subprocess",
    "os.exec",
    "os.spawn",
    "pty.spawn",
    "child_process",
    "execsync",
    "spawnsync",
    "exec(",
    "execv",
    "system(",
    "(system",
    "system \"",
    // Perl's list calls without parentheses (`system @ARGV`, `exec $cmd`).
    "system @",
    "system $",
    "exec @",
    "exec $",
    "popen",
    // Perl's function form of backticks.
    "readpipe",
    "shell_exec",
    "passthru",
    "proc_open",
    "%x(",
    "%x{",
    "io.popen",
    "runtime.getruntime",
    "callcommand",
    "process.run",
    "readprocess",
    "os/exec",
    "exec.command",
    "deno.command",
    "bun.spawn",
    "$.spawn",
    "open3",
    "kernel.spawn",
    "spawn(",
    // AppleScript and JavaScript for Automation (osascript), Swift and
    // Objective-C (Foundation's Process / NSTask).
    "do shell script",
    "do script",
    "doshellscript",
    "nstask",
    "= process()",
    "process.new(",
    // Java from jrunscript/jjs/groovy, Puppet's exec resource.
    "processbuilder",
    // Groovy's List.execute() and String.execute() start a process.
    "].execute(",
    "\".execute(",
    "exec {",
    "executableurl",
    "launchpath",
];

/// The home directory named by a call (lower case, as `scan` compares).
pub(crate) const HOME_REFS: &[&str] = &[
    "homedir()",
    "expanduser(\"~\")",
    "expanduser('~')",
    "path.home()",
    "env['home']",
    "env[\"home\"]",
    "$env{home}",
    "$env{'home'}",
    "getenv(\"home\")",
    "getenv('home')",
    "process.env.home",
    "environ['home']",
    "environ[\"home\"]",
    // The same lookups after `codefold` rewrote `X["n"]` to `X.n`
    // (`os.environ.HOME`, Ruby's `ENV.HOME`, `process.env.HOME`).
    "environ.home",
    "env.home",
    "dir.home",
    "expand_path(\"~\")",
    "expand_path('~')",
    "deno.env.get(\"home\")",
    "deno.env.get('home')",
    "bun.env.home",
    "home_dir()",
    "user.home",
    "userhomedir",
    "$env:userprofile",
    "$env:home",
];

const NET: &[&str] = &[
    "urllib",
    "requests.",
    "http.client",
    "httpx",
    "aiohttp",
    "socket",
    "fetch(",
    "http.request",
    "https.request",
    "http.get",
    "https.get",
    "axios",
    "xmlhttprequest",
    "websocket",
    "net::http",
    "io::socket",
    "lwp::",
    "http::tiny",
    "open-uri",
    "tcpsocket",
    "curl_exec",
    "fsockopen",
    "net.connect",
    "net.dial",
    "http.post",
    "dgram",
    "file_get_contents(\"http",
    "file_get_contents('http",
    "copy(\"http",
    "copy('http",
    "fopen(\"http",
    "fopen('http",
    "smtplib",
    "ftplib",
    "paramiko",
    "java.net.socket",
    "require(\"net\")",
    "require('net')",
    "require('http')",
    "require(\"http\")",
    "require('https')",
    "require(\"https\")",
    "socket_create",
    "new socket(",
    "serve_forever",
    "createserver(",
    // PHP's include of a URL: fetched and run.
    "include \"http",
    "include 'http",
    "require \"http",
    "require 'http",
    // R's source() of a URL and devtools::source_url: fetched and run.
    "source(\"http",
    "source('http",
    "source_url(",
    // PowerShell's web clients.
    "net.webclient",
    "downloadstring",
    "invoke-webrequest",
    "invoke-restmethod",
];

pub(crate) const ENV: &[&str] = &[
    "os.environ",
    // Ruby's whole environment (`ENV.to_h`, `ENV.each`).
    "env.to_h",
    "env.to_a",
    "env.each",
    "env.inspect",
    // Perl's `$ENV{HOME}`.
    "$env{",
    "process.env",
    "env[",
    "%env",
    "$_env",
    "getenv",
    "environ",
    "deno.env",
    "system.getenv",
];

const READ: &[&str] = &[
    "readfile",
    "file.read",
    "read_text",
    "read_bytes",
    "file_get_contents(",
    "io.read",
    "fs.read",
    "file.open",
    "slurp",
    "<$",
    "readlines",
];

const WRITE: &[&str] = &[
    "\"w\"",
    "'w'",
    "\"a\"",
    "'a'",
    "\"w+\"",
    "'w+'",
    "\"wb\"",
    "'wb'",
    "writefile",
    "write_text",
    "write_bytes",
    "file.write",
    "appendfile",
    "file_put_contents",
    ">>",
    "open(f,\">",
    "createwritestream",
    "fs.write",
    "os.openfile",
    "os.writefile",
    "ioutil.writefile",
    "os.create(",
    "file {",
    // A file's owner or mode changed, or the file replaced by a rename or
    // a link (`os.chown("/etc/passwd", 1001, 1001)`, olpe session 47):
    // what the path's trust class guards is changed as by a write.
    "chown(",
    "chmod(",
    "chownsync(",
    "chmodsync(",
    "fileutils.chown",
    "fileutils.chmod",
    "os.rename(",
    "os.replace(",
    "symlink(",
    "fs.rename",
];

const DELETE: &[&str] = &[
    "rmtree",
    "remove_tree",
    "os.remove",
    "os.unlink",
    "rm_rf",
    "rmsync",
    "fs.rm",
    "unlinksync",
    "fileutils.rm",
    "unlink(",
    // Perl's `unlink` takes `$_` when given nothing (`finddepth(sub {
    // unlink }, $ENV{HOME})`).
    "unlink }",
    "unlink;",
    "unlink $",
    "unlink @",
    "removeall",
    "remove_dir_all",
    "deno.remove",
    "rmdirsync",
    "fs.rmdir",
    "remove-item",
];

/// Calls that copy or link a file.
const COPY: &[&str] = &[
    "shutil.copy",
    "shutil.move",
    "os.link",
    "os.symlink",
    "os.rename",
    "copyfilesync",
    "fs.copyfile",
    "fs.cp",
    "linksync",
    "symlinksync",
    "fileutils.cp",
    "fileutils.ln",
    "fileutils.mv",
    "file.symlink",
    "file.link",
    "file::copy",
    "copy(",
    "move(",
    "symlink(",
    "link(",
];

const DECODE_EVAL: &[&str] = &[
    "b64decode",
    "base64.decode",
    "buffer.from(",
    "atob(",
    "decode64",
    "unpack(\"m",
    "base64_decode",
    "codecs.decode",
    "bytes.fromhex",
    "frombase64string",
];

/// Scans `code`.
pub(crate) fn scan(code: &str) -> CodeFacts {
    let folded = crate::codefold::fold(code);
    let code = folded.as_str();
    let lower = code.to_ascii_lowercase();
    let has = |list: &[&str]| list.iter().any(|p| lower.contains(p));
    let perl_or_ruby_backticks = code.matches('`').count() >= 2;
    let runs_commands = has(RUN) || perl_or_ruby_backticks;
    CodeFacts {
        runs_commands,
        network: has(NET),
        // Ruby's `ENV["X"]` is folded to `ENV.X` (`codefold`).
        reads_env: has(ENV) || word_starts(code, "ENV."),
        // A `file://` URL is a file (`urlopen("file:///etc/hosts")`).
        reads_files: has(READ)
            || crate::codeuses::opens_a_file(&lower)
            || lower.contains("file://"),
        writes_files: has(WRITE),
        deletes: has(DELETE),
        evals_decoded: has(DECODE_EVAL)
            && (runs_commands || lower.contains("eval") || lower.contains("exec")),
        home_ref: has(HOME_REFS),
        serves: has(&[
            "serve_forever",
            "simplehttprequesthandler",
            "http.server",
            "createserver(",
            "socketserver",
            ".bind((",
            "tcpserver.new",
            "webrick",
        ]),
        // PHP's include and require run the file they name as code (not
        // JavaScript's `require(`, which loads a module).
        evals: has(&[
            "eval(",
            // `fetch(URL).then(r => r.text()).then(eval)`.
            "(eval)",
            "exec(",
            "eval ",
            "new function(",
            "include(",
            "include_once",
            "source(\"http",
            "source('http",
            "source_url(",
            "require_once",
            "invoke-expression",
            "iex ",
            "iex(",
        ]) || crate::codeuses::includes_a_file(&lower)
            || crate::codeuses::loads_a_written_file(code, &lower),
        receives: has(&[
            "recv(",
            "receive(",
            ".receive",
            "getline",
            "gets",
            "readline",
            "on('data'",
            "on(\"data\"",
        ]),
        copies: has(COPY),
        reads_keychain: has(KEYCHAIN_READS),
        asks_password: lower.contains("display dialog")
            && (lower.contains("password") || lower.contains("hidden answer")),
        literals: literals(code),
    }
}

/// Whether `word` occurs in `code` where a name starts (not `XENV.`).
pub(crate) fn word_starts(code: &str, word: &str) -> bool {
    code.match_indices(word).any(|(i, _)| {
        let before = code.get(..i).and_then(|b| b.chars().next_back());
        !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
    })
}

/// Quoted string literals ('...', "...", `...`), unescaped minimally, and
/// Perl's and Ruby's quote operators (`q(...)`, `qq{...}`, `%q(...)`,
/// `%Q[...]`).
pub(crate) fn literals(code: &str) -> Vec<String> {
    let mut out = quote_operators(code);
    // Lua's long strings, `[[...]]` (level 0 only).
    for (i, _) in code.match_indices("[[") {
        if let Some(end) = code.get(i + 2..).and_then(|r| r.find("]]")) {
            if let Some(lit) = code.get(i + 2..i + 2 + end).filter(|l| !l.is_empty()) {
                if out.len() < 64 {
                    out.push(lit.to_owned());
                }
            }
        }
    }
    let mut chars = code.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\'' || c == '"' || c == '`' {
            let quote = c;
            let mut lit = String::new();
            let mut closed = false;
            while let Some(d) = chars.next() {
                if d == '\\' {
                    if let Some(e) = chars.next() {
                        match e {
                            'n' => lit.push('\n'),
                            't' => lit.push('\t'),
                            other => lit.push(other),
                        }
                    }
                    continue;
                }
                if d == quote {
                    closed = true;
                    break;
                }
                lit.push(d);
            }
            if closed && !lit.is_empty() {
                out.push(lit);
            }
            if out.len() > 256 {
                break;
            }
        }
    }
    // A piece of a command line joined in the code (`q(ls) . q(; rm -rf
    // ~)`, `"curl URL" + " | sh"`) is read from its first command: the
    // separator it starts with would not parse (session 46).
    for lit in &mut out {
        let t = lit.trim_start();
        let cut = t.trim_start_matches([';', '&', '|']).trim_start();
        if cut.len() < t.len() && !cut.is_empty() {
            *lit = cut.to_owned();
        }
    }
    out
}

/// Argument vectors written as lists of string literals (`['git',
/// 'reset', '--hard']`, `%w(rm -rf x)` is not read): each as one command
/// line, items with spaces quoted, for code that hands a list to
/// `subprocess.run`, `execFileSync`, `spawn` or `system` in list form.
pub(crate) fn argv_lists(code: &str) -> Vec<String> {
    argv_words(code)
        .into_iter()
        .map(|words| {
            words
                .iter()
                .map(|w| {
                    if w.contains(char::is_whitespace) {
                        single_quote(w)
                    } else {
                        w.clone()
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// Tcl words in shell quoting: a braced word (`{rm -rf ~}`, nested braces
/// kept) is one literal word, so it becomes a single-quoted one; other
/// text is left as it is (Tcl's double quotes and bare words read alike).
/// An unbalanced brace leaves the rest unchanged.
pub(crate) fn tcl_words_as_shell(tcl: &str) -> String {
    let mut out = String::with_capacity(tcl.len());
    let mut rest = tcl;
    while let Some(open) = rest.find('{') {
        let at_word_start = rest
            .get(..open)
            .is_some_and(|b| b.is_empty() || b.ends_with(char::is_whitespace));
        let mut depth = 0usize;
        let mut close = None;
        for (i, c) in rest.char_indices().skip_while(|(i, _)| *i < open) {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        close = Some(i);
                        break;
                    }
                }
                _ => {}
            }
        }
        let (Some(close), true) = (close, at_word_start) else {
            break;
        };
        out.push_str(rest.get(..open).unwrap_or(""));
        out.push_str(&single_quote(rest.get(open + 1..close).unwrap_or("")));
        rest = rest.get(close + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// The text of Perl's `q(...)`/`qq(...)` and Ruby's `%q(...)`/`%Q(...)`
/// with a bracket delimiter (nesting counted) or another punctuation
/// mark, where the operator is not the end of a longer name (`seq(`).
fn quote_operators(code: &str) -> Vec<String> {
    quote_operator_ranges(code)
        .into_iter()
        .filter_map(|(a, b)| code.get(a..b))
        .map(str::to_owned)
        .collect()
}

/// Where the texts of [`quote_operators`] are in `code`, as byte ranges.
pub(crate) fn quote_operator_ranges(code: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // Perl's `qx{CMD}` and Ruby's `%x{CMD}` are command lines.
    for op in ["qq", "qx", "q", "%Q", "%q", "%x"] {
        for (i, _) in code.match_indices(op) {
            let before = code.get(..i).and_then(|b| b.chars().next_back());
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '%' || c == '$') {
                continue;
            }
            let start = i + op.len();
            let rest = code.get(start..).unwrap_or("");
            let Some(open) = rest.chars().next() else {
                continue;
            };
            let body = start + open.len_utf8();
            let close = match open {
                '(' => ')',
                '{' => '}',
                '[' => ']',
                '<' => '>',
                // Any other punctuation delimits too, unnested (`q^CMD^`,
                // `qx!CMD!`, `%q|CMD|`; perlop "Quote and Quote-like
                // Operators"). Those that also end an expression (`q)`,
                // `q;`) or start an assignment are left out.
                '^' | '!' | '|' | '#' | '/' | '~' | '%' | '@' | ':' | '+' => {
                    let end = code.get(body..).and_then(|r| r.find(open));
                    if let Some(end) = end.filter(|e| *e > 0) {
                        if out.len() < 64 {
                            out.push((body, body + end));
                        }
                    }
                    continue;
                }
                _ => continue,
            };
            let mut depth = 1usize;
            let mut end = None;
            for (k, c) in code.get(body..).unwrap_or("").char_indices() {
                if c == open {
                    depth += 1;
                } else if c == close {
                    depth -= 1;
                    if depth == 0 {
                        end = Some(k);
                        break;
                    }
                }
            }
            if let Some(end) = end.filter(|e| *e > 0) {
                if out.len() < 64 {
                    out.push((body, body + end));
                }
            }
        }
    }
    out
}

/// The string literal `s` starts with and the text after it: a quoted
/// string (`codewrites::literal`) or a Perl or Ruby quote operator
/// (`q/ls poem.txt/`, `qq{...}`, `%q(...)`; clitp, session 46: `system
/// q/ls poem.txt/` was an unshown command).
pub(crate) fn quoted_literal(s: &str) -> Option<(String, &str)> {
    if let Some(lit) = crate::codewrites::literal(s) {
        return Some(lit);
    }
    let s = s.trim_start();
    let op_len = ["qq", "q", "%Q", "%q"]
        .iter()
        .find(|op| s.starts_with(**op))
        .map(|op| op.len())?;
    let (body, end) = quote_operator_ranges(s)
        .into_iter()
        .find(|(b, _)| s.get(op_len..*b).is_some_and(|d| d.chars().count() == 1))?;
    let close = s.get(end..)?.chars().next()?;
    Some((
        s.get(body..end)?.to_owned(),
        s.get(end + close.len_utf8()..)?,
    ))
}

/// `s` single-quoted for shell text (`'it'\''s'`): one word, nothing
/// expanded.
pub(crate) fn single_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

use crate::codeargv::argv_words;
pub(crate) use crate::codeargv::shell_c_scripts;
pub(crate) use crate::codeshell::{
    is_bare_shell, is_shell_name, looks_like_shell, run_command_line,
};

/// Whether `source` is native code (C, C++, Go with cgo) that makes itself
/// root and then starts a program: the set-uid shell and `LD_PRELOAD`
/// library of privilege-escalation write-ups (`setuid(0);
/// system("/bin/sh")`). Spaces are ignored (`setresuid(0, 0, 0)`).
pub(crate) fn root_shell_source(source: &str) -> bool {
    if source.len() > 64 * 1024 {
        return false;
    }
    let s: String = source.chars().filter(|c| !c.is_whitespace()).collect();
    let becomes_root = [
        "setuid(0",
        "setgid(0",
        "setresuid(0",
        "setreuid(0",
        "seteuid(0",
        "setresgid(0",
        "setregid(0",
    ]
    .iter()
    .any(|w| s.contains(w));
    let runs = [
        "system(", "execl(", "execv(", "execve(", "execvp(", "execlp(", "popen(",
    ]
    .iter()
    .any(|w| s.contains(w));
    becomes_root && runs
}

#[cfg(test)]
mod root_shell_tests {
    use super::root_shell_source;

    #[test]
    fn root_shell_sources() {
        assert!(root_shell_source(
            "int main(void){setresuid(0, 0, 0);system(\"/bin/sh\");}"
        ));
        assert!(root_shell_source(
            "void _init() { unsetenv(\"LD_PRELOAD\"); setgid(0); setuid(0); system(\"/bin/bash\"); }"
        ));
        assert!(!root_shell_source("int main(){ system(\"make\"); }"));
        assert!(!root_shell_source(
            "int main(){ setuid(getuid()); return 0; }"
        ));
    }
}

#[cfg(test)]
mod argv_list_tests {
    use super::argv_lists;

    #[test]
    fn tcl_braces_are_single_quotes() {
        assert_eq!(
            super::tcl_words_as_shell("sh -c {rm -rf ~}"),
            "sh -c 'rm -rf ~'"
        );
        assert_eq!(
            super::tcl_words_as_shell("sh -c {a {b} c}"),
            "sh -c 'a {b} c'"
        );
        assert_eq!(super::tcl_words_as_shell("echo x{y}"), "echo x{y}");
        assert_eq!(super::tcl_words_as_shell("sh -c {open"), "sh -c {open");
        assert_eq!(
            super::tcl_words_as_shell("sh -c {it's}"),
            "sh -c 'it'\\''s'"
        );
    }

    #[test]
    fn argv_lists_are_command_lines() {
        assert_eq!(
            argv_lists("subprocess.run(['git', 'reset', '--hard'])"),
            vec!["git reset --hard"]
        );
        assert_eq!(
            argv_lists("execFileSync(\"sh\", [\"-c\", \"rm -rf ~\"])"),
            vec!["sh -c 'rm -rf ~'"]
        );
        assert_eq!(
            argv_lists("spawn('git', ['push', '-f'])"),
            vec!["git push -f"]
        );
        assert!(argv_lists("x = [1, 2]; y = ['a']; z = [").is_empty());
        assert_eq!(
            super::shell_c_scripts("spawnSync(\"sh\", [\"-c\", \"make test\"])"),
            vec!["make test"]
        );
        assert_eq!(
            super::shell_c_scripts("subprocess.run(['/bin/bash', '-lc', 'ls -la'])"),
            vec!["ls -la"]
        );
        assert_eq!(
            super::shell_c_scripts("new Deno.Command(\"sh\", { args: [\"-c\", \"ls\"] })"),
            vec!["ls"]
        );
    }
}
