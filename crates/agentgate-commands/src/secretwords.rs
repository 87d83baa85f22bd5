//! Words a search for secrets looks for: a recursive search for one of
//! them across the home, the system or any tree outside the project, or
//! one that prints only the matched text around one, is a hunt for
//! credentials (ATT&CK T1552.001, "Credentials In Files": `grep -r
//! password ~`, `findstr /si password`, `mdfind password`).

/// Parts of a search pattern, in lower case, that name a secret. Matched
/// as substrings of the pattern in lower case.
pub const SECRET_WORDS: &[&str] = &[
    // Passwords in any spelling that starts so (password, passwd,
    // passwort, passwords).
    "passw",
    "secret",
    "token",
    "api_key",
    "apikey",
    "api-key",
    "private key",
    "access_key",
    "secret_key",
    "private_key",
    // Cloud and forge token prefixes.
    "akia",
    "ghp_",
    "github_pat_",
    "glpat-",
    "xoxb-",
    "xoxp-",
    // PEM headers of private keys, with or without their dashes
    // (`-----BEGIN RSA PRIVATE KEY-----`, `"BEGIN OPENSSH"`).
    "-----begin",
    "begin rsa",
    "begin openssh",
    "begin dsa",
    "begin ec private",
    "begin encrypted private",
    "begin pgp private",
    "credential",
    // An HTTP bearer token (`grep Bearer` over a capture's payloads:
    // badPods, session 34).
    "bearer",
    // Keys only credential files have: a kubeconfig's, a service account
    // key's (badPods, session 27).
    "current-context",
    "client-key-data",
    "private_key_id",
    // A form's or a query string's password field (`pwd=`: grep over a
    // capture's payloads; roque, session 43).
    "pwd=",
];

/// File-name stems a search of the machine for password files looks for
/// (`locate pass`, `find / -name '*pass*'`), beside [`SECRET_WORDS`]: a
/// name search has no `=` or header around the word.
pub const SECRET_FILE_STEMS: &[&str] = &["pass", "pwd", "creds", "secrets"];

/// Whether a file-name pattern (`*pass*`, `password`, `'*secret*'`)
/// looks for secrets: a secret word in it, or one of
/// [`SECRET_FILE_STEMS`] as the whole pattern between its wildcards.
pub fn names_secret_file(pattern: &str) -> bool {
    let p = pattern.trim_matches(['\'', '"']).to_ascii_lowercase();
    let stem = p.trim_matches(['*', '.', '?']);
    names_secret(&p) || SECRET_FILE_STEMS.contains(&stem)
}

/// HTTP request headers whose value is a credential, in lower case
/// (RFC 9110 `Authorization`, `Proxy-Authorization`; the API-key and
/// token headers of the services in `CREDENTIAL_HOMES` and of API
/// gateways): a variable in one is a credential whatever its name
/// (`-H "Authorization: Bearer $STRIPE_KEY"`; session 39). Names ending in
/// `-token`, `-key`, `-secret`, `-password` or `-apikey` count too.
pub const CREDENTIAL_HEADERS: &[&str] = &[
    "authorization",
    "proxy-authorization",
    "cookie",
    "apikey",
    "api-key",
    "private-token",
    "job-token",
    "deploy-token",
    "x-auth",
];

/// Whether a request header (`Name: value`, as curl's `-H` takes it) is
/// one whose value is a credential.
pub fn credential_header(header: &str) -> bool {
    let Some((name, _)) = header.split_once(':') else {
        return false;
    };
    let n = name
        .trim()
        .trim_matches(|c| c == '\'' || c == '"')
        .to_ascii_lowercase();
    CREDENTIAL_HEADERS.contains(&n.as_str())
        || [
            "-token",
            "-key",
            "-secret",
            "-password",
            "-apikey",
            "-auth-token",
        ]
        .iter()
        .any(|s| n.ends_with(s))
}

/// Parts of a URL parameter's name that make it a page's or a cursor's
/// token, not a credential (`pageToken`, `next_token`, `cursor`,
/// `csrf_token`).
pub const PAGING_PARAM_WORDS: &[&str] = &["page", "cursor", "next", "csrf"];

/// Whether a URL query parameter's name says its value is a credential
/// (`api_key`, `access_token`, `key`, `password`), not a paging token.
pub fn secret_param(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    (n == "key" || names_secret(&n)) && !PAGING_PARAM_WORDS.iter().any(|w| n.contains(w))
}

/// Whether a search pattern names a secret.
pub fn names_secret(pattern: &str) -> bool {
    let lower = pattern.to_ascii_lowercase();
    SECRET_WORDS.iter().any(|w| lower.contains(w))
}

/// Searches the risk engine must ask about as hunts for credentials, and
/// searches it must leave clean.
pub const SECRET_SEARCH_EXAMPLES: (&[&str], &[&str]) = (
    &[
        "grep -r password ~",
        "grep -ri passwd /etc",
        "grep -rn 'BEGIN RSA' ~",
        "rg -i 'begin openssh private key' ~/",
        "grep -r glpat- ~/work",
        "grep -roP 'access_key.{0,100}' .",
        "mdfind password",
        "mdfind 'kMDItemTextContent == \"*BEGIN OPENSSH*\"'",
        "mdfind -onlyin ~ apikey",
        "findstr /si password *.xml *.ini *.txt",
        "grep -rni password .",
    ],
    &[
        "grep -r password src/",
        "grep -rn TODO ~",
        "rg 'begin transaction' .",
        "mdfind -name report.pdf",
        "mdfind 'kMDItemKind == Application'",
        "grep password README.md",
        "grep -rn validatePassword .",
        "grep -rl password .",
    ],
);

/// Variables every shell sets whose values are no secret (the user, the
/// host, the directories, the shell's own counters): sent, they say who
/// and where, asked about; an unknown upper-case variable may hold a
/// secret.
pub const PUBLIC_VARS: &[&str] = &[
    "HOME",
    "USER",
    "LOGNAME",
    "PWD",
    "OLDPWD",
    "HOSTNAME",
    "HOST",
    "SHELL",
    "LANG",
    "TERM",
    "TZ",
    "UID",
    "EUID",
    "PPID",
    "RANDOM",
    "SECONDS",
    "LINENO",
    "OSTYPE",
    "HOSTTYPE",
    "MACHTYPE",
    "BASH_VERSION",
];

/// Password lists that tools guessing logins are handed, by file name in
/// lower case (a prefix: `rockyou.txt`, `rockyou.txt.gz`), and the
/// directory SecLists keeps its password lists in: Kali's
/// /usr/share/wordlists (rockyou, fasttrack), John the Ripper's
/// `password.lst`, SecLists' Passwords/ (darkweb2017, probable-v2,
/// xato-net, 10-million-password-list). Not a generic `passwords.txt`,
/// which is as often an application's own file. Kitsun3Sec's sheets
/// (`nat -p rockyou.txt HOST`, kitsun, session 48).
pub const PASSWORD_LISTS: &[&str] = &[
    "rockyou",
    "fasttrack.txt",
    "password.lst",
    "darkweb2017-",
    "probable-v2-",
    "xato-net-10-million-passwords",
    "10-million-password-list",
    "500-worst-passwords",
    "10k-most-common",
    "top-passwords-shortlist",
];

/// Whether `path` names a password list ([`PASSWORD_LISTS`], or a file of
/// SecLists' `Passwords/` directory).
pub fn password_list(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    let base = lower.rsplit(['/', '\\']).next().unwrap_or("");
    lower.contains("/passwords/") || PASSWORD_LISTS.iter().any(|p| base.starts_with(p))
}

/// Options whose value is a password hash or a Kerberos key used to log in
/// in place of the password (pass-the-hash, overpass-the-hash: ATT&CK
/// T1550.002): impacket's `-hashes LMHASH:NTHASH`, `-aesKey` and
/// `-nthash`, NetExec's `--hashes`. Whatever the value, the option exists
/// for nothing else (rtools, session 49: `impacket-reg -hashes :34ed...`
/// passed, as any tool nobody wrote a row for would).
pub const HASH_LOGIN_OPTIONS: &[&str] = &[
    "-hashes",
    "--hashes",
    "-nthash",
    "--nthash",
    "-lmhash",
    "-aesKey",
    "-aeskey",
    "--aes-key",
];

/// Flags that make the password given beside them a password hash: the
/// Samba clients' `--pw-nt-hash` (`rpcclient -U 'corp/u%NTHASH'
/// --pw-nt-hash`: b120 part 5, session 64, passed).
pub const HASH_LOGIN_FLAGS: &[&str] = &["--pw-nt-hash"];

/// Windows-style options of mimikatz, Rubeus and kekeo whose value is a
/// password hash or key (`/rc4:HASH`, `/ntlm:HASH`, `/aes256:KEY`),
/// compared in lower case.
pub const HASH_LOGIN_PREFIXES: &[&str] = &["/rc4:", "/ntlm:", "/aes256:", "/aes128:"];

/// Options that take a password hash among other things (evil-winrm's and
/// NetExec's `-H`, windapsearch's `--hash`): one only when the value has an
/// NTLM hash's shape (pip's `--hash sha256:...` has not).
pub const HASH_SHAPED_OPTIONS: &[&str] = &["-H", "--hash"];

/// Whether `value` has the shape of an NTLM hash given to log in: 32
/// hexadecimal digits, optionally after an LM hash or an empty one and a
/// colon (`8846f7ea...`, `:8846f7ea...`, `aad3b435...:8846f7ea...`).
pub fn nt_hash_shaped(value: &str) -> bool {
    let hex32 = |s: &str| s.len() == 32 && s.bytes().all(|b| b.is_ascii_hexdigit());
    match value.split_once(':') {
        Some((lm, nt)) => (lm.is_empty() || hex32(lm)) && hex32(nt),
        None => hex32(value),
    }
}

/// Calls that must be read as logging in with a hash, and calls that must
/// not (run as tests in the risk crate).
pub const HASH_LOGIN_EXAMPLES: (&[&str], &[&str]) = (
    &[
        "impacket-reg -hashes :34ed87d42adaa3ca4f5db34a876cb3ab domain.local/john.doe@job query -keyName HKU\\\\Software",
        "wmiexec.py -hashes aad3b435b51404eeaad3b435b51404ee:8846f7eaee8fb117ad06bdd830b7586c corp/admin@10.0.0.5",
        "evil-winrm -i 10.0.0.5 -u admin -H 8846f7eaee8fb117ad06bdd830b7586c",
        "Rubeus.exe asktgt /user:admin /rc4:8846f7eaee8fb117ad06bdd830b7586c /ptt",
        "sometool --hashes $NTHASH -u admin 10.0.0.5",
        "windapsearch --dc 10.0.0.1 -d corp.local -u 'SRV01$' --hash fc525c9683e8fe067095ba2ddc971889 -m computers",
        "getST.py -spn cifs/dc01 -aesKey 4a1b... corp/svc",
        "rpcclient //dc01 -U corp/admin%754d87d42adabcca32bdb34a876cbffb --pw-nt-hash",
        "smbclient //10.0.0.5/C$ -U admin --pw-nt-hash 8846f7eaee8fb117ad06bdd830b7586c",
    ],
    &[
        "curl -H 'Accept: application/json' https://api.example.com",
        "sort -H file",
        "md5sum file",
        "git rev-parse HEAD",
        "pip install --require-hashes -r requirements.txt",
        "pip download x --hash sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        "echo 8846f7eaee8fb117ad06bdd830b7586c",
    ],
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credential_headers_by_name() {
        for h in [
            "Authorization: Bearer $X",
            "authorization:token $X",
            "X-Api-Key: $K",
            "PRIVATE-TOKEN: $T",
            "X-Vault-Token: $T",
            "Cookie: session=$S",
            "'X-Auth-Token: '",
        ] {
            assert!(credential_header(h), "{h}");
        }
        for h in [
            "Accept: application/json",
            "Content-Type: $CT",
            "X-Request-Id: $RID",
            "User-Agent: x",
            "no colon",
        ] {
            assert!(!credential_header(h), "{h}");
        }
        assert!(CREDENTIAL_HEADERS
            .iter()
            .all(|h| *h == h.to_ascii_lowercase()));
    }

    #[test]
    fn secret_params_by_name() {
        for p in [
            "api_key",
            "apiKey",
            "access_token",
            "key",
            "password",
            "client_secret",
        ] {
            assert!(secret_param(p), "{p}");
        }
        for p in [
            "pageToken",
            "next_token",
            "cursor",
            "csrf_token",
            "q",
            "page",
            "keyword",
        ] {
            assert!(!secret_param(p), "{p}");
        }
    }

    #[test]
    fn password_lists_by_name() {
        for p in [
            "rockyou.txt",
            "/usr/share/wordlists/rockyou.txt.gz",
            "/usr/share/wordlists/fasttrack.txt",
            "/opt/SecLists/Passwords/Common-Credentials/10k-most-common.txt",
            "darkweb2017-top10000.txt",
            "C:\\lists\\RockYou.txt",
        ] {
            assert!(password_list(p), "{p}");
        }
        for p in [
            "passwords.txt",
            "./password.txt",
            "/usr/share/wordlists/dirb/common.txt",
            "users.txt",
            "rock.txt",
        ] {
            assert!(!password_list(p), "{p}");
        }
        assert!(PASSWORD_LISTS.iter().all(|p| *p == p.to_ascii_lowercase()));
    }
}
