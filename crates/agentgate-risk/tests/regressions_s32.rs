//! Regression tests for session 32.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use agentgate_risk::{Category, Severity};
use common::{each, flagged_each};

/// arsenal part 5, first contact (80.0%): rlwrap runs the program after
/// its options (`rlwrap nc -nlvp PORT`, a listener, passed).
#[test]
fn rlwrap_runs_its_command() {
    flagged_each(
        &["rlwrap nc -nlvp 4444", "rlwrap -cAr nc -lvnp 9001"],
        Category::Exfiltration,
        Severity::Medium,
    );
    flagged_each(
        &["rlwrap -f words.txt rm -rf ~"],
        Category::Destructive,
        Severity::High,
    );
    each(
        &["rlwrap sqlite3 app.db", "rlwrap -H .hist python3"],
        "clean",
    );
}

/// arsenal part 5: a rogue access point that captures the logins of the
/// clients joining it (`hostapd-wpe hostapd_conf`) passed.
#[test]
fn rogue_access_points_capture_logins() {
    flagged_each(
        &[
            "hostapd-wpe hostapd_conf",
            "eaphammer -i wlan0 --essid Corp --creds",
            "wifiphisher -aI wlan0 -jI wlan1",
        ],
        Category::CredentialAccess,
        Severity::Medium,
    );
}

/// arsenal part 5 (and parts 0 and lcmdb's): openssl's key commands write
/// out the key they read unless -noout or -pubout (`openssl rsa -in KEY
/// -out PLAIN`, `-check`, `-text` passed), and a PKCS#12 bundle read
/// without -nokeys writes out its key; with -nokeys only certificates
/// are written, yet `-nodes -nokeys` was denied as printing the key.
#[test]
fn openssl_key_output_is_read_from_its_options() {
    flagged_each(
        &[
            "openssl rsa -in INPUT_KEY -out OUTPUT_PLAINTEXT_KEY",
            "openssl rsa -in INPUT_KEY -check",
            "openssl rsa -text -in fd.key",
            "openssl pkcs12 -info -in INPUT_PKCS12",
            "openssl ec -in key.pem",
        ],
        Category::CredentialAccess,
        Severity::Medium,
    );
    flagged_each(
        &["openssl pkcs12 -in b.p12 -out o.pem -nodes"],
        Category::CredentialAccess,
        Severity::High,
    );
    each(
        &[
            "openssl pkcs12 -in INPUT_PKCS12 -out OUTPUT_PEM -nodes -nokeys",
            "openssl pkcs12 -export -out b.p12 -inkey key.pem -in cert.pem",
            "openssl rsa -noout -modulus -in INPUT_KEY | openssl md5",
            "openssl rsa -in key.pem -pubout -out pub.pem",
            "openssl req -new -newkey rsa:2048 -nodes -out a.csr -keyout a.key",
        ],
        "clean",
    );
}
