//! chmod modes: which ones only take permissions away.

/// `-w`, `-x`, `-rwx` as a chmod mode rather than an option.
pub(super) fn looks_like_mode(m: &str) -> bool {
    m.len() > 1
        && m.bytes()
            .skip(1)
            .all(|b| matches!(b, b'r' | b'w' | b'x' | b'X' | b's' | b't'))
}

/// Whether a chmod mode only takes permissions away or sets them to
/// no more than read and owner write: nobody else may write, nothing becomes
/// executable (a hook made executable starts running), no set-id bits, and
/// the owner can still read it.
pub(super) fn restricts_only(mode: &str) -> bool {
    if !mode.is_empty() && mode.bytes().all(|b| (b'0'..=b'7').contains(&b)) {
        let digits: Vec<u8> = mode.bytes().map(|b| b - b'0').collect();
        let (special, perms) = match digits.len() {
            3 => (0, digits.as_slice()),
            4 => (
                digits.first().copied().unwrap_or(7),
                digits.get(1..).unwrap_or(&[]),
            ),
            _ => return false,
        };
        let (Some(u), Some(g), Some(o)) = (perms.first(), perms.get(1), perms.get(2)) else {
            return false;
        };
        return special == 0 && u & 4 != 0 && u & 1 == 0 && g & 3 == 0 && o & 3 == 0;
    }
    !mode.is_empty()
        && mode.split(',').all(|clause| {
            let op_at = clause.find(['-', '+', '=']);
            let Some(at) = op_at else {
                return false;
            };
            let who = clause.get(..at).unwrap_or("");
            let op = clause.get(at..=at).unwrap_or("");
            let perms = clause.get(at + 1..).unwrap_or("");
            if !who.bytes().all(|b| matches!(b, b'u' | b'g' | b'o' | b'a')) {
                return false;
            }
            match op {
                // The owner keeps reading it: a settings file its program
                // cannot read is a settings file whose rules are gone.
                "-" => !(perms.contains('r') && (who.is_empty() || who.contains(['u', 'a']))),
                "=" => {
                    let others = who.is_empty() || who.contains(['g', 'o', 'a']);
                    perms.bytes().all(|b| b == b'r' || (b == b'w' && !others))
                }
                _ => false,
            }
        })
}

/// Whether a chmod mode gives users outside the owner's group `perm` (`r`
/// or `w`): octal (`644`, `0777`: the last digit) or symbolic (`o+r`,
/// `a+rw`, `+w`, `go=rwx`).
pub(super) fn grants_others(mode: &str, perm: char) -> bool {
    if !mode.is_empty() && mode.chars().all(|c| c.is_digit(8)) {
        let bit = if perm == 'r' { 4 } else { 2 };
        return mode
            .chars()
            .last()
            .and_then(|c| c.to_digit(8))
            .is_some_and(|d| d & bit != 0);
    }
    mode.split(',').any(|clause| {
        let Some(op) = clause.find(['+', '=']) else {
            return false;
        };
        let (who, perms) = clause.split_at(op);
        (who.is_empty() || who.contains(['o', 'a'])) && perms.contains(perm)
    })
}

#[cfg(test)]
mod tests {
    use super::restricts_only;

    #[test]
    fn modes_that_only_restrict() {
        for m in [
            "600", "400", "644", "640", "0600", "go-w", "a-x", "og-rwx", "u=rw,go=", "go=r",
        ] {
            assert!(restricts_only(m), "{m}");
        }
        for m in [
            "666", "700", "755", "4600", "+x", "u+x", "g+w", "o=w", "a=rw", "", "60", "abc",
        ] {
            assert!(!restricts_only(m), "{m}");
        }
    }
}

/// Whether a chmod mode lets everyone write: an octal mode whose last
/// digit has the write bit (`777`, `0666`, `1777`), or a symbolic one that
/// gives `w` to others or all (`o+w`, `a=rwx`, `go+w`, `ugo+rw`).
pub(super) fn world_writable(mode: &str) -> bool {
    if !mode.is_empty() && mode.len() <= 4 && mode.bytes().all(|b| (b'0'..=b'7').contains(&b)) {
        return mode.bytes().last().is_some_and(|d| (d - b'0') & 2 != 0);
    }
    mode.split(',').any(|clause| {
        let Some(op) = clause.find(['+', '=']) else {
            return false;
        };
        let (who, perms) = clause.split_at(op);
        (who.contains('o') || who.contains('a')) && perms.contains('w')
    })
}

#[cfg(test)]
mod world_tests {
    use super::world_writable;

    #[test]
    fn world_writable_modes() {
        for m in [
            "777", "0666", "1777", "o+w", "a=rwx", "go+w", "ugo+rw", "u+x,o+w", "2",
        ] {
            assert!(world_writable(m), "{m}");
        }
        for m in [
            "755", "644", "0700", "u+w", "g+w", "+x", "o-w", "a+r", "600",
        ] {
            assert!(!world_writable(m), "{m}");
        }
    }
}

/// Whether a chmod mode makes a file an ordinary program: read and run
/// bits for anyone, write for the owner alone, no set-id or sticky bits
/// (`+x`, `u+x`, `755`, `a+rx`).
pub(super) fn plain_program_mode(mode: &str) -> bool {
    if !mode.is_empty() && mode.bytes().all(|b| (b'0'..=b'7').contains(&b)) {
        let special = if mode.len() == 4 {
            mode.bytes().next()
        } else {
            Some(b'0')
        };
        return (3..=4).contains(&mode.len())
            && special == Some(b'0')
            && !world_writable(mode)
            && mode
                .bytes()
                .rev()
                .nth(1)
                .is_some_and(|g| (g - b'0') & 2 == 0);
    }
    !mode.is_empty()
        && mode.split(',').all(|clause| {
            let Some(at) = clause.find(['-', '+', '=']) else {
                return false;
            };
            let who = clause.get(..at).unwrap_or("");
            let perms = clause.get(at + 1..).unwrap_or("");
            who.bytes().all(|b| matches!(b, b'u' | b'g' | b'o' | b'a'))
                && perms.bytes().all(|b| {
                    matches!(b, b'r' | b'x' | b'X')
                        || b == b'w' && (who == "u" || clause.get(at..=at) == Some("-"))
                })
        })
}

#[cfg(test)]
mod program_mode_tests {
    use super::plain_program_mode;

    #[test]
    fn plain_program_modes() {
        for m in ["+x", "u+x", "a+rx", "755", "0755", "700", "u+rwx", "go-w"] {
            assert!(plain_program_mode(m), "{m}");
        }
        for m in ["u+s", "4755", "777", "o+w", "+t", "1755", "775", "a+w", ""] {
            assert!(!plain_program_mode(m), "{m}");
        }
    }
}
