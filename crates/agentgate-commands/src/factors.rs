//! Second sign-in factors turned off from a command line: an account that
//! needed a code or a key besides its password then needs the password
//! alone, which is what a stolen one is. Found at first contact on
//! paasdocs part 0 (session 60: `heroku auth:2fa:disable` passed; `npm
//! profile disable-2fa` passed too).
//!
//! Matched on a client's leading sub-command words, each split at `:`, `-`
//! and `_` (`auth:2fa:disable`, `disable-2fa`, `deactivate-mfa-device`): a
//! factor noun and an off verb among them, in either order.

/// Words that name a second factor.
pub const SECOND_FACTOR_NOUNS: &[&str] = &[
    "2fa",
    "mfa",
    "tfa",
    "twofactor",
    "otp",
    "totp",
    "u2f",
    "webauthn",
    "passkey",
    "passkeys",
];

/// Verbs that turn one off (not `reset`, which enrols it again).
pub const FACTOR_OFF_VERBS: &[&str] = &[
    "disable",
    "deactivate",
    "remove",
    "delete",
    "rm",
    "off",
    "unenroll",
    "unregister",
];

/// Where the knowledge comes from.
pub const SECOND_FACTOR_SOURCES: &str = "https://devcenter.heroku.com/articles/heroku-cli-commands (auth:2fa:disable); https://docs.npmjs.com/cli/commands/npm-profile (disable-2fa); https://docs.aws.amazon.com/cli/latest/reference/iam/deactivate-mfa-device.html; paasdocs, session 60";

/// The index of the word among `words` (a client's leading sub-command
/// words) by which a second factor is turned off, if one is.
pub fn second_factor_off(words: &[&str]) -> Option<usize> {
    let mut noun = false;
    let mut verb = false;
    for (i, w) in words.iter().enumerate() {
        let lower = w.to_ascii_lowercase();
        // `two-factor` and `two_factor` are one noun split by the parting.
        let joined = lower
            .replace("two-factor", "twofactor")
            .replace("two_factor", "twofactor");
        for part in joined.split([':', '-', '_']) {
            noun |= SECOND_FACTOR_NOUNS.contains(&part);
            verb |= FACTOR_OFF_VERBS.contains(&part);
        }
        if noun && verb {
            return Some(i);
        }
    }
    None
}

/// Commands the risk engine must ask about, and commands it must leave
/// clean.
pub const SECOND_FACTOR_EXAMPLES: (&[&str], &[&str]) = (
    &[
        "heroku auth:2fa:disable",
        "npm profile disable-2fa",
        "aws iam deactivate-mfa-device --user-name bob --serial-number arn:aws:iam::1:mfa/bob",
        "aws iam delete-virtual-mfa-device --serial-number arn:aws:iam::1:mfa/bob",
        "gh-tool two-factor disable",
        "okta-cli factors mfa remove --user bob",
    ],
    &[
        "heroku auth:2fa",
        "npm profile enable-2fa auth-and-writes",
        "aws iam list-mfa-devices",
        "heroku auth:2fa:generate-recovery-codes",
        "okta-cli factors mfa list --user bob",
    ],
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nouns_and_verbs_are_lower_case_and_listed_once() {
        for list in [SECOND_FACTOR_NOUNS, FACTOR_OFF_VERBS] {
            let mut seen = std::collections::HashSet::new();
            for w in list {
                assert_eq!(*w, w.to_ascii_lowercase());
                assert!(seen.insert(*w), "{w} twice");
                assert!(!w.contains([':', '-', '_']), "{w} would never match a part");
            }
        }
    }

    #[test]
    fn the_word_that_turns_it_off_is_found() {
        assert_eq!(second_factor_off(&["auth:2fa:disable"]), Some(0));
        assert_eq!(second_factor_off(&["profile", "disable-2fa"]), Some(1));
        assert_eq!(second_factor_off(&["mfa", "devices", "delete"]), Some(2));
        assert_eq!(second_factor_off(&["auth:2fa"]), None);
        assert_eq!(second_factor_off(&["ssh/roles/otp", "delete"]), None);
        assert_eq!(second_factor_off(&["factors", "mfa", "list"]), None);
    }
}
