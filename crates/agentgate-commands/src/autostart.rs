//! Places whose files something runs on its own, at login, at boot, on a
//! schedule or when an application starts (ATT&CK T1547, T1037, T1546):
//! writing there is persistence. Matched as parts of a path in lower case
//! (`~/Library/LaunchAgents/x.plist`, `/Library/LaunchDaemons/y.plist`).
//! Shell start-up files, git hooks, the agent's own settings and Windows's
//! Startup folders are judged elsewhere (`paths::trust_target`,
//! `winpath::startup`).

/// One place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AutoStart {
    /// A part of the path, in lower case.
    pub part: &'static str,
    /// What is there, completing "writes to ...".
    pub what: &'static str,
    /// Where the knowledge comes from.
    pub source: &'static str,
}

/// The table.
pub const AUTOSTART: &[AutoStart] = &[
    AutoStart {
        part: "launchagents",
        what: "launchd jobs (run at login)",
        source: "man:launchd.plist(5); ATT&CK T1543.001",
    },
    AutoStart {
        part: "launchdaemons",
        what: "launchd jobs (run at login)",
        source: "man:launchd.plist(5); ATT&CK T1543.004",
    },
    AutoStart {
        part: ".config/autostart",
        what: "desktop autostart entries",
        source: "https://specifications.freedesktop.org/autostart-spec/latest/; ATT&CK T1547.013",
    },
    AutoStart {
        part: "library/preferences/byhost/com.apple.loginwindow",
        what: "the macOS login window settings (run at login)",
        source: "ATT&CK T1547.007 (re-opened applications), T1037.002 (login hooks)",
    },
    AutoStart {
        part: "library/preferences/com.apple.loginwindow",
        what: "the macOS login window settings (run at login)",
        source: "ATT&CK T1547.007, T1037.002",
    },
    AutoStart {
        part: "library/application support/iterm2/scripts/autolaunch",
        what: "iTerm2's AutoLaunch scripts (run when iTerm2 starts)",
        source: "https://iterm2.com/python-api/tutorial/running.html (AutoLaunch); HackTricks macOS auto-start locations",
    },
    AutoStart {
        part: "library/preferences/com.googlecode.iterm2.plist",
        what: "iTerm2's settings (a profile's initial command runs in each new window)",
        source: "HackTricks macOS auto-start locations (iTerm2 preferences)",
    },
    AutoStart {
        part: "library/preferences/com.apple.terminal.plist",
        what: "Terminal's settings (a profile's command runs in each new window)",
        source: "HackTricks macOS auto-start locations (Terminal preferences, CommandString)",
    },
    AutoStart {
        part: "library/application support/xbar/plugins",
        what: "xbar plugins (run on a schedule)",
        source: "https://github.com/matryer/xbar#installing-plugins; HackTricks macOS auto-start locations",
    },
    AutoStart {
        part: "library/scripts/folder action scripts",
        what: "Folder Action scripts (run when a folder changes)",
        source: "https://developer.apple.com/library/archive/documentation/LanguagesUtilities/Conceptual/MacAutomationScriptingGuide/WatchFolders.html; ATT&CK T1546 (folder actions)",
    },
    AutoStart {
        part: "library/startupitems",
        what: "startup items (run at boot)",
        source: "ATT&CK T1037.005",
    },
    AutoStart {
        part: "library/security/securityagentplugins",
        what: "authorization plugins (loaded at login, some as root)",
        source: "ATT&CK T1547.002; HackTricks macOS auto-start locations (authorization plugins)",
    },
    AutoStart {
        part: "/library/extensions",
        what: "kernel extensions (loaded at boot)",
        source: "man:kextcache(8) (touching /Library/Extensions rebuilds the kernel extension cache); ATT&CK T1547.006",
    },
    AutoStart {
        part: "library/screen savers/",
        what: "screen savers (loaded when the screen saver starts)",
        source: "ATT&CK T1546.002",
    },
    AutoStart {
        part: "library/spotlight/",
        what: "Spotlight importers (loaded by the indexer for each new file)",
        source: "HackTricks macOS auto-start locations (Spotlight importers)",
    },
    AutoStart {
        part: "library/quicklook/",
        what: "QuickLook plugins (loaded when a file is previewed)",
        source: "HackTricks macOS auto-start locations (QuickLook plugins)",
    },
    AutoStart {
        part: "library/audio/plug-ins/",
        what: "audio plugins (loaded by the audio service)",
        source: "HackTricks macOS auto-start locations (audio plugins)",
    },
    AutoStart {
        part: "library/application support/com.apple.backgroundtaskmanagementagent",
        what: "the login items list (run at login)",
        source: "ATT&CK T1547.015 (login items)",
    },
    AutoStart {
        part: "library/application support/com.apple.tcc/tcc.db",
        what: "macOS's privacy permissions (TCC: camera, files, automation)",
        source: "HackTricks macOS TCC; ATT&CK T1548.006",
    },
    AutoStart {
        part: ".hammerspoon/",
        what: "Hammerspoon's init.lua (Lua that runs shell commands when Hammerspoon starts)",
        source: "https://theevilbit.github.io/beyond/beyond_0008/; HackTricks macOS auto-start locations (Hammerspoon)",
    },
    AutoStart {
        part: "library/application support/bettertouchtool/",
        what: "BetterTouchTool's actions (scripts run on a shortcut)",
        source: "HackTricks macOS auto-start locations (BetterTouchTool)",
    },
    AutoStart {
        part: "library/colorpickers/",
        what: "colour picker plugins (loaded when a colour picker opens)",
        source: "https://theevilbit.github.io/beyond/beyond_0017/; HackTricks macOS auto-start locations (Color Pickers)",
    },
    // User files that make a program run code when it starts (ATT&CK
    // T1546; session 57, after opsdocsl's gpg-agent.conf).
    AutoStart {
        part: ".gradle/init.gradle",
        what: "Gradle's init scripts (run before every build)",
        source: "https://docs.gradle.org/current/userguide/init_scripts.html (USER_HOME/.gradle/init.gradle(.kts) and init.d/*.gradle run before each build)",
    },
    AutoStart {
        part: ".gradle/init.d/",
        what: "Gradle's init scripts (run before every build)",
        source: "https://docs.gradle.org/current/userguide/init_scripts.html",
    },
    AutoStart {
        part: ".vscode/extensions/",
        what: "the editor's installed extensions (their code runs in the editor)",
        source: "https://code.visualstudio.com/docs/configure/extensions/extension-marketplace#_where-are-extensions-installed (~/.vscode/extensions); ATT&CK T1176",
    },
    AutoStart {
        part: ".vscode-server/extensions/",
        what: "the editor's installed extensions (their code runs in the editor)",
        source: "https://code.visualstudio.com/docs/remote/troubleshooting (~/.vscode-server/extensions on the remote)",
    },
    AutoStart {
        part: ".cursor/extensions/",
        what: "the editor's installed extensions (their code runs in the editor)",
        source: "Cursor keeps VS Code's layout (~/.cursor/extensions)",
    },
    AutoStart {
        part: ".ipython/profile_default/startup/",
        what: "IPython's start-up files (run when it starts)",
        source: "https://ipython.readthedocs.io/en/stable/interactive/tutorial.html#startup-files (every .py and .ipy in profile_default/startup runs at start)",
    },
];

/// A user's files that make a program run another program, or code, when
/// it starts, whose settings are also everyday configuration: a write is
/// asked about (Medium), not refused as [`AUTOSTART`]'s are. Matched as
/// parts of a path in lower case, in the home directory only (the risk
/// engine's `paths::trust_target`). opsdocsl (session 57) passed `echo
/// "pinentry-program ${PINENTRY}" >> ~/.gnupg/gpg-agent.conf`; ci's
/// release workflow writes `allow-preset-passphrase` there.
pub const STARTUP_FILES: &[AutoStart] = &[
    AutoStart {
        part: ".gnupg/gpg-agent.conf",
        what: "gpg-agent's configuration (its pinentry and scdaemon programs run and see every passphrase)",
        source: "gpg-agent(1) (--pinentry-program, --scdaemon-program; options read from gpg-agent.conf in the home directory)",
    },
    AutoStart {
        part: ".gnupg/gpg.conf",
        what: "gpg's configuration (it runs the programs it names, photo-viewer)",
        source: "gpg(1) (--photo-viewer, --exec-path; options read from gpg.conf in the home directory)",
    },
    AutoStart {
        part: ".gnupg/scdaemon.conf",
        what: "scdaemon's configuration (it loads the driver library it names)",
        source: "scdaemon(1) (--pcsc-driver, --ctapi-driver: a library loaded into the daemon)",
    },
    AutoStart {
        part: ".config/nvim/",
        what: "Neovim's configuration and plugins (run when it starts)",
        source: "nvim :help init.lua, :help load-plugins (~/.config/nvim/init.lua, init.vim, plugin/)",
    },
    // Found trying session 59's dotfile rules as the agent: a file
    // written into chezmoi's source (`dot_bashrc`, `run_once_x.sh`)
    // becomes the home's start-up file, or runs, at the next `chezmoi
    // apply`, which the developer may run unasked.
    AutoStart {
        part: ".local/share/chezmoi/",
        what: "chezmoi's source state (written into the home's dotfiles, its scripts run, at the next apply)",
        source: "https://www.chezmoi.io/reference/source-state-attributes/ (dot_, run_, run_once_ prefixes; default source directory ~/.local/share/chezmoi)",
    },
    AutoStart {
        part: ".config/yadm/bootstrap",
        what: "yadm's bootstrap program (run by yadm bootstrap and after yadm clone)",
        source: "https://yadm.io/docs/bootstrap",
    },
    // Was AUTOSTART (refused) until session 65: a plugin runs only when
    // `docker NAME` does, as a program put on the user's PATH does (asked);
    // Docker's manual install of Compose puts its binary here (mcdev parts
    // 3 and 9: `chmod +x`, `ln -sfn ... docker-compose`).
    AutoStart {
        part: ".docker/cli-plugins/",
        what: "Docker's CLI plugins (run as `docker NAME`)",
        source: "https://docs.docker.com/engine/extend/cli_plugins/ (~/.docker/cli-plugins/docker-NAME); https://docs.docker.com/compose/install/linux/#install-the-plugin-manually",
    },
    AutoStart {
        part: ".vim/plugin/",
        what: "Vim's plugins (run when it starts)",
        source: "vim :help load-plugins (~/.vim/plugin/*.vim)",
    },
];

/// The [`STARTUP_FILES`] place `path` (in lower case) is in, if any.
pub fn startup_file(lower: &str) -> Option<&'static AutoStart> {
    STARTUP_FILES.iter().find(|a| lower.contains(a.part))
}

/// The place `path` (any case) is in or names, if any.
pub fn autostart(path: &str) -> Option<&'static AutoStart> {
    // The risk engine hands paths already in lower case: no copy then.
    let lower = if path.bytes().any(|b| b.is_ascii_uppercase()) {
        std::borrow::Cow::Owned(path.to_ascii_lowercase())
    } else {
        std::borrow::Cow::Borrowed(path)
    };
    AUTOSTART.iter().find(|a| lower.contains(a.part))
}

/// Writes the risk engine must ask about as persistence, and commands it
/// must leave clean.
pub const AUTOSTART_EXAMPLES: (&[&str], &[&str]) = (
    &[
        "echo x > ~/Library/LaunchAgents/a.plist",
        "cp agent.plist /Library/LaunchDaemons/",
        "cp x.desktop ~/.config/autostart/",
        "echo 'touch /tmp/x' > \"$HOME/Library/Application Support/iTerm2/Scripts/AutoLaunch/a.sh\"",
        "chmod +x \"$HOME/Library/Application Support/xbar/plugins/a.sh\"",
        "mv /tmp/folder.scpt \"$HOME/Library/Scripts/Folder Action Scripts\"",
        "cp -r Evil.saver ~/Library/Screen\\ Savers/",
        "cp -r x.mdimporter ~/Library/Spotlight/",
        "cp evil.bundle /Library/Security/SecurityAgentPlugins/",
        "touch /Library/Extensions/",
        "cat > \"$HOME/.hammerspoon/init.lua\" << EOF\nhs.execute(\"id\")\nEOF",
        "cp -r x.colorPicker ~/Library/ColorPickers/",
        "cp init.gradle ~/.gradle/init.d/x.gradle",
        "cp -r ext ~/.vscode/extensions/x-1.0.0",
        "cp docker-x ~/.docker/cli-plugins/docker-x",
        "sqlite3 ~/Library/Application\\ Support/com.apple.TCC/TCC.db \"insert into access values ('kTCCServiceCamera','x',0,2,4,1,NULL,NULL,0,'UNUSED',NULL,0,0)\"",
    ],
    &[
        "ls ~/Library/LaunchAgents",
        "plutil -p ~/Library/LaunchAgents/a.plist",
        "cat \"$HOME/Library/Application Support/xbar/plugins/a.sh\"",
        "ls -l ~/Library/Screen\\ Savers",
        "cat ~/.hammerspoon/init.lua",
        "cat ~/.gnupg/gpg-agent.conf",
        "ls ~/.vscode/extensions",
        "cat .vscode/extensions.json",
    ],
);
