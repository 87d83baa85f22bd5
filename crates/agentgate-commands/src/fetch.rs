//! Shells, and the options of the HTTP clients (curl, wget) that take a
//! value: what the value is decides whether a request sends local data.
//! One list each; the risk engine's URL finder and its upload check both
//! read [`FETCH_OPTIONS`] (they kept two lists that disagreed, issue 11).

/// Programs that are shells: `NAME -c LINE`, `NAME FILE` and `NAME` on a
/// pipe run shell code (busybox through its `sh` applet). The POSIX-like
/// ones beyond bash's family: yash, posh (Debian's policy-compliant
/// shell), the OpenBSD ksh ports (oksh, loksh) and pdksh, hush and
/// ksh93; Oils (osh, ysh), and xonsh (Python with shell commands);
/// elvish and Nushell's `nu`, which take `-c LINE` and run the programs
/// a line names.
pub const SHELLS: &[&str] = &[
    "sh", "bash", "zsh", "dash", "ksh", "mksh", "ash", "fish", "csh", "tcsh", "rbash", "busybox",
    "yash", "posh", "oksh", "loksh", "pdksh", "hush", "ksh93", "osh", "ysh", "xonsh", "elvish",
    "nu",
];

/// What an HTTP client option's value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FetchRole {
    /// Request body data (`-d DATA`, `-d @FILE`, `-F name=@FILE`).
    Data,
    /// A file sent as the body or uploaded (`-T FILE`, `--post-file FILE`).
    File,
    /// Where the response is written (`-o FILE`, wget's `-O FILE`).
    Output,
    /// The directory the response is written into, joined with its name
    /// (curl's `--output-dir`, wget's `-P`, aria2c's `-d`).
    Directory,
    /// A header, credentials, a referer, a user agent or a cookie: sent
    /// along with the request.
    Header,
    /// Any other value (a method, a proxy, a timeout, a config file).
    Value,
}

/// One option of an HTTP client that takes a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FetchOption {
    /// Its spellings.
    pub names: &'static [&'static str],
    /// The clients it belongs to.
    pub programs: &'static [&'static str],
    /// What its value is.
    pub role: FetchRole,
}

const CURL: &[&str] = &["curl"];
const WGET: &[&str] = &["wget"];
const BOTH: &[&str] = &["curl", "wget"];
const ARIA2C: &[&str] = &["aria2c"];

/// Sources: curl(1) <https://curl.se/docs/manpage.html>, wget(1)
/// <https://www.gnu.org/software/wget/manual/wget.html>.
pub const FETCH_OPTIONS: &[FetchOption] = &[
    FetchOption {
        names: &[
            "-d",
            "--data",
            "--data-binary",
            "--data-raw",
            "--data-ascii",
            "--data-urlencode",
            "--json",
            "-F",
            "--form",
            "--form-string",
        ],
        programs: CURL,
        role: FetchRole::Data,
    },
    FetchOption {
        names: &["--post-data", "--body-data"],
        programs: WGET,
        role: FetchRole::Data,
    },
    FetchOption {
        names: &["-T", "--upload-file"],
        programs: CURL,
        role: FetchRole::File,
    },
    FetchOption {
        names: &["--post-file", "--body-file"],
        programs: WGET,
        role: FetchRole::File,
    },
    FetchOption {
        names: &["-o", "--output"],
        programs: BOTH,
        role: FetchRole::Output,
    },
    FetchOption {
        names: &["-O", "--output-document"],
        programs: WGET,
        role: FetchRole::Output,
    },
    FetchOption {
        names: &[
            "-H",
            "--header",
            "-u",
            "--user",
            "-e",
            "--referer",
            "-A",
            "--user-agent",
            "-b",
            "--cookie",
            "--oauth2-bearer",
            "--proxy-user",
            "-U",
        ],
        programs: CURL,
        role: FetchRole::Header,
    },
    FetchOption {
        names: &[
            "--header",
            "--user",
            "--password",
            "--http-user",
            "--http-password",
            "--proxy-user",
            "--proxy-password",
            "--referer",
            "-U",
            "--user-agent",
        ],
        programs: WGET,
        role: FetchRole::Header,
    },
    FetchOption {
        names: &[
            "-X",
            "--request",
            "-x",
            "--proxy",
            "-c",
            "--cookie-jar",
            "-m",
            "--max-time",
            "--connect-timeout",
            "--retry",
            "-w",
            "--write-out",
            "-K",
            "--config",
            "--resolve",
            "-r",
            "--range",
            "-E",
            "--cert",
            "--key",
            "--cacert",
            "-y",
            "-Y",
            "-z",
        ],
        programs: CURL,
        role: FetchRole::Value,
    },
    FetchOption {
        names: &[
            "-t",
            "--tries",
            "-T",
            "--timeout",
            "-i",
            "--input-file",
            "-a",
            "--append-output",
            "-e",
            "--execute",
            "--method",
            "-Q",
            "--quota",
        ],
        programs: WGET,
        role: FetchRole::Value,
    },
    FetchOption {
        names: &["--output-dir"],
        programs: CURL,
        role: FetchRole::Directory,
    },
    FetchOption {
        names: &["-P", "--directory-prefix"],
        programs: WGET,
        role: FetchRole::Directory,
    },
    // aria2c(1) <https://aria2.github.io/manual/en/html/aria2c.html>: `-d
    // DIR` is where files land (not curl's `-d DATA`), `-o NAME` their
    // name there.
    FetchOption {
        names: &["-d", "--dir"],
        programs: ARIA2C,
        role: FetchRole::Directory,
    },
    FetchOption {
        names: &["-o", "--out"],
        programs: ARIA2C,
        role: FetchRole::Output,
    },
    FetchOption {
        names: &[
            "--header",
            "--http-user",
            "--http-passwd",
            "-U",
            "--user-agent",
            "--referer",
        ],
        programs: ARIA2C,
        role: FetchRole::Header,
    },
    FetchOption {
        names: &[
            "-i",
            "--input-file",
            "-x",
            "--max-connection-per-server",
            "-s",
            "--split",
            "-j",
            "--max-concurrent-downloads",
            "-k",
            "--min-split-size",
            "--all-proxy",
            "-l",
            "--log",
        ],
        programs: ARIA2C,
        role: FetchRole::Value,
    },
    // w3m(1): a pager and browser, none of curl's options (`-T TYPE` is a
    // content type, not an upload: session 28, bol).
    FetchOption {
        names: &[
            "-T",
            "-o",
            "-cols",
            "-ppc",
            "-ppl",
            "-I",
            "-O",
            "-bookmark",
            "-config",
        ],
        programs: &["w3m"],
        role: FetchRole::Value,
    },
];

/// The option `flag` of HTTP client `program`, if it takes a value.
pub fn fetch_option(program: &str, flag: &str) -> Option<&'static FetchOption> {
    FETCH_OPTIONS
        .iter()
        .find(|o| o.programs.contains(&program) && o.names.contains(&flag))
}
