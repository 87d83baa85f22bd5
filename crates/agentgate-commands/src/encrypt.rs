//! Programs that encrypt files with a key or password of their own choosing.
//! Encrypting the developer's files outside the project is what ransomware
//! does (ATT&CK T1486); inside the project or the scratch directories it is
//! ordinary work (`openssl enc -d` of CI secrets, a release archive).

/// One encrypting program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Encryptor {
    /// The names it is run as.
    pub names: &'static [&'static str],
    /// It encrypts when one of these words is an argument (an option
    /// matches also as a prefix: `-pSECRET` is `-p`); empty: always.
    pub encrypts_with: &'static [&'static str],
    /// ... and none of these is (decrypting, listing).
    pub unless: &'static [&'static str],
    /// Options whose value is a file it reads (`openssl enc -in FILE`);
    /// its operands are read too.
    pub input_opts: &'static [&'static str],
    /// Options that take a value (so it is not an operand).
    pub value_opts: &'static [&'static str],
    /// Where the knowledge comes from.
    pub source: &'static str,
    /// Commands the risk engine must flag.
    pub flagged: &'static [&'static str],
    /// Commands the risk engine must not flag.
    pub clean: &'static [&'static str],
}

/// The table.
pub const ENCRYPTORS: &[Encryptor] = &[
    Encryptor {
        names: &["openssl"],
        encrypts_with: &[
            "enc",
            "aes-256-cbc",
            "aes-128-cbc",
            "aes-256-ctr",
            "aes256",
            "des3",
            "chacha20",
            "bf",
            "camellia-256-cbc",
        ],
        unless: &["-d", "-list", "-ciphers"],
        input_opts: &["-in"],
        value_opts: &[
            "-out", "-pass", "-k", "-K", "-iv", "-md", "-iter", "-S", "-kfile",
        ],
        source: "man:openssl-enc(1) (encrypts -in FILE unless -d)",
        flagged: &[
            "openssl enc -pbkdf2 -in ~/test.txt -out ARTFile",
            "openssl aes-256-cbc -salt -in ~/Documents/plans.docx -out /tmp/p.enc -k x",
        ],
        clean: &[
            "openssl enc -d -aes-256-cbc -in secrets.tar.enc -out secrets.tar -k $KEY",
            "openssl enc -aes-256-cbc -in build/app.tar -out build/app.enc -k x",
        ],
    },
    Encryptor {
        names: &["7z", "7za", "7zz", "7zr"],
        encrypts_with: &["-p"],
        unless: &["x", "e", "l", "t"],
        input_opts: &[],
        value_opts: &[],
        source: "https://documentation.help/7-Zip/password.htm (-p sets a password; a adds files)",
        flagged: &[
            "7z a -p ARTPass -mhe=on ARTArchive.7z ~/test.txt",
            "7z a -pSecret x.7z ~/Documents",
        ],
        clean: &["7z x -psecret release.7z", "7z a dist.7z build/"],
    },
    Encryptor {
        names: &["zip"],
        encrypts_with: &["-e", "--encrypt", "-P", "--password"],
        unless: &[],
        input_opts: &[],
        value_opts: &["-P", "--password"],
        source: "man:zip(1) (-e, -P encrypt the archive)",
        flagged: &["zip -r -P secret /tmp/loot.zip ~/Documents"],
        clean: &["zip -r -e dist.zip build"],
    },
    Encryptor {
        names: &["gpg", "gpg2"],
        encrypts_with: &["-c", "--symmetric", "-e", "--encrypt"],
        unless: &["-d", "--decrypt", "--list-keys", "-k"],
        input_opts: &[],
        value_opts: &[
            "-o",
            "--output",
            "-r",
            "--recipient",
            "--passphrase",
            "--passphrase-fd",
            "--cipher-algo",
            "--batch-size",
        ],
        source: "man:gpg(1) (-c/--symmetric, -e/--encrypt)",
        flagged: &["gpg --batch --passphrase x -c ~/Documents/plans.docx"],
        clean: &["gpg -c build/release.tar", "gpg --decrypt ~/secrets.gpg"],
    },
    Encryptor {
        names: &["ccrypt", "ccencrypt"],
        encrypts_with: &[],
        unless: &["-d", "--decrypt", "-c", "--cat"],
        input_opts: &[],
        value_opts: &["-K", "--key", "-k", "--keyfile"],
        source: "man:ccrypt(1)",
        flagged: &["ccrypt -K secret -r ~/Documents"],
        clean: &["ccrypt -d -K secret notes.txt.cpt"],
    },
    Encryptor {
        names: &["age"],
        encrypts_with: &[],
        unless: &["-d", "--decrypt"],
        input_opts: &[],
        value_opts: &[
            "-o",
            "--output",
            "-r",
            "--recipient",
            "-R",
            "--recipients-file",
            "-i",
            "--identity",
        ],
        source: "https://github.com/FiloSottile/age (encrypts its input unless -d)",
        flagged: &["age -p -o ~/notes.age ~/notes.txt"],
        clean: &["age -d -i key.txt secrets.age"],
    },
];

/// The encryptor row for a program name.
pub fn encryptor(name: &str) -> Option<&'static Encryptor> {
    ENCRYPTORS.iter().find(|e| e.names.contains(&name))
}
