//! A terminal opened on another machine's X display (`xterm -display
//! HOST:1`, `DISPLAY=HOST:0 urxvt`): the X server at HOST shows the
//! terminal and types into it, so whoever runs that display gets a shell
//! here (GTFOBins and PayloadsAllTheThings list it as a reverse shell).

use super::*;

/// Terminal emulators that take X's `-display` option or the `DISPLAY`
/// variable (their manual pages).
const TERMINALS: &[&str] = &[
    "xterm",
    "uxterm",
    "rxvt",
    "urxvt",
    "rxvt-unicode",
    "aterm",
    "eterm",
    "st",
    "lxterminal",
    "xfce4-terminal",
    "gnome-terminal",
    "konsole",
    "terminator",
    "alacritty",
    "kitty",
];

/// The host of an X display name (`HOST:D[.S]`), when it is another
/// machine's (`:0`, `unix:0`, `localhost:10` and loopback are this one).
fn remote_display(display: &str) -> Option<&str> {
    let (host, screen) = display.rsplit_once(':')?;
    let host = host.trim_start_matches("tcp/");
    let local = host.is_empty()
        || host == "unix"
        || host == "localhost"
        || host.starts_with("127.")
        || host == "::1"
        || host == "[::1]";
    (!local && screen.chars().next().is_some_and(|c| c.is_ascii_digit())).then_some(host)
}

impl Walker<'_> {
    /// Judges a terminal started on a remote X display (see the module's
    /// note).
    pub(super) fn remote_terminal(&mut self, site: Site<'_>, name: &str, vals: &[&str]) {
        if !TERMINALS.contains(&name) {
            return;
        }
        let by_option = vals.iter().enumerate().find_map(|(i, v)| match *v {
            "-display" | "--display" | "-d" => vals.get(i + 1).copied(),
            _ => v.strip_prefix("--display="),
        });
        let by_env = site
            .cmd
            .assignments
            .iter()
            .rev()
            .find(|a| a.name == "DISPLAY")
            .map(|a| a.value.value_or_raw());
        if let Some(host) = by_option.or(by_env).and_then(remote_display) {
            self.out.effects.egress = true;
            self.find(
                Rce,
                Critical,
                format!("opens a terminal on the X display of {host}: a shell for whoever runs that display (a reverse shell)"),
                &site.cmd.text,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remote_displays() {
        assert_eq!(remote_display("203.0.113.41:1"), Some("203.0.113.41"));
        assert_eq!(remote_display("evil.example:0.0"), Some("evil.example"));
        assert_eq!(remote_display(":0"), None);
        assert_eq!(remote_display("localhost:10.0"), None);
        assert_eq!(remote_display("unix:0"), None);
        assert_eq!(remote_display("127.0.0.1:0"), None);
        assert_eq!(remote_display("no-colon"), None);
    }
}
