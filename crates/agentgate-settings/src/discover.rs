//! Where Claude Code looks for settings, and whether a folder is trusted.

use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::Value;

use crate::file::{Scope, SettingsError, SettingsFile};

/// Where to look.
#[derive(Clone, Debug)]
pub struct DiscoverOptions {
    /// The user's home directory.
    pub home: PathBuf,
    /// The directory Claude Code starts in.
    pub cwd: PathBuf,
    /// The managed-settings directory (`/etc/claude-code` on Linux,
    /// `/Library/Application Support/ClaudeCode` on macOS).
    pub managed_dir: PathBuf,
    /// `$CLAUDE_CONFIG_DIR`, which replaces `~/.claude` when set.
    pub config_dir: Option<PathBuf>,
}

impl DiscoverOptions {
    /// The platform's managed-settings directory.
    pub fn default_managed_dir() -> PathBuf {
        if cfg!(target_os = "macos") {
            PathBuf::from("/Library/Application Support/ClaudeCode")
        } else {
            PathBuf::from("/etc/claude-code")
        }
    }

    /// `~/.claude`, or `$CLAUDE_CONFIG_DIR`.
    pub fn user_dir(&self) -> PathBuf {
        self.config_dir
            .clone()
            .unwrap_or_else(|| self.home.join(".claude"))
    }

    /// The global config holding folder trust (`~/.claude.json`).
    pub fn global_config(&self) -> PathBuf {
        match &self.config_dir {
            Some(d) => d.join(".claude.json"),
            None => self.home.join(".claude.json"),
        }
    }

    /// Where `.claude/settings.local.json` is read: the git repository root
    /// (Claude Code 2.1.211+), except outside git or when the root is `$HOME`.
    pub fn local_settings_dir(&self) -> PathBuf {
        self.local_settings_dir_in(find_git_root(&self.cwd).as_deref())
    }

    /// [`Self::local_settings_dir`] when the git root of `cwd` is already
    /// known (the hook has found it for the audit record).
    pub fn local_settings_dir_in(&self, git_root: Option<&Path>) -> PathBuf {
        match git_root {
            Some(root) if root != self.home => root.to_path_buf(),
            _ => self.cwd.clone(),
        }
    }
}

/// The settings files found, by scope.
#[derive(Clone, Debug, Default)]
pub struct Sources {
    /// `managed-settings.json` first, then `managed-settings.d/*.json` in name order.
    pub managed: Vec<SettingsFile>,
    /// `--settings`.
    pub cli: Option<SettingsFile>,
    /// `.claude/settings.local.json`.
    pub local: Option<SettingsFile>,
    /// `.claude/settings.json`.
    pub project: Option<SettingsFile>,
    /// `~/.claude/settings.json`.
    pub user: Option<SettingsFile>,
}

impl Sources {
    /// Every file, highest precedence first (within managed: later drop-ins first).
    pub fn files(&self) -> Vec<&SettingsFile> {
        let mut out: Vec<&SettingsFile> = self.managed.iter().rev().collect();
        out.extend(self.cli.iter());
        out.extend(self.local.iter());
        out.extend(self.project.iter());
        out.extend(self.user.iter());
        out
    }

    /// The files of one scope.
    pub fn scope(&self, scope: Scope) -> Vec<&SettingsFile> {
        match scope {
            Scope::Managed => self.managed.iter().collect(),
            Scope::Cli => self.cli.iter().collect(),
            Scope::Local => self.local.iter().collect(),
            Scope::Project => self.project.iter().collect(),
            Scope::User => self.user.iter().collect(),
        }
    }
}

/// Every settings file Claude Code reads for `opts`, whether it exists or
/// not, with its scope: `managed-settings.json`, then
/// `managed-settings.d/*.json` in name order, then local, project and user.
/// `git_root` is the git root of `opts.cwd` (it places the local file).
pub fn settings_paths(opts: &DiscoverOptions, git_root: Option<&Path>) -> Vec<(Scope, PathBuf)> {
    let mut out = vec![(
        Scope::Managed,
        opts.managed_dir.join("managed-settings.json"),
    )];
    if let Ok(entries) = std::fs::read_dir(opts.managed_dir.join("managed-settings.d")) {
        let mut names: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
                !name.starts_with('.') && name.ends_with(".json") && p.is_file()
            })
            .collect();
        names.sort();
        out.extend(names.into_iter().map(|p| (Scope::Managed, p)));
    }
    out.push((
        Scope::Local,
        opts.local_settings_dir_in(git_root)
            .join(".claude")
            .join("settings.local.json"),
    ));
    out.push((
        Scope::Project,
        opts.cwd.join(".claude").join("settings.json"),
    ));
    out.push((Scope::User, opts.user_dir().join("settings.json")));
    out
}

/// Reads the machine's settings files for `opts` (everything except `--settings`).
pub fn discover(opts: &DiscoverOptions) -> Result<Sources, SettingsError> {
    let mut sources = Sources::default();
    for (scope, path) in settings_paths(opts, find_git_root(&opts.cwd).as_deref()) {
        let file = SettingsFile::read(scope, &path)?;
        match scope {
            Scope::Managed => sources.managed.extend(file),
            Scope::Local => sources.local = file,
            Scope::Project => sources.project = file,
            Scope::User => sources.user = file,
            Scope::Cli => {}
        }
    }
    Ok(sources)
}

/// The nearest directory at or above `dir` that holds `.git`.
pub fn find_git_root(dir: &Path) -> Option<PathBuf> {
    let mut cur = Some(dir);
    while let Some(d) = cur {
        if d.join(".git").exists() {
            return Some(d.to_path_buf());
        }
        cur = d.parent();
    }
    None
}

/// Whether the folder has been trusted.
#[derive(Clone, Debug, Serialize)]
pub struct Trust {
    /// Trusted or not.
    pub trusted: bool,
    /// Why: the `projects` key that holds `hasTrustDialogAccepted`, or a note.
    pub reason: String,
    /// The global config file consulted, if any.
    pub file: Option<String>,
}

/// Reads folder trust from the global config: the repository root (or the
/// start directory outside git) or any directory above it with
/// `projects[dir].hasTrustDialogAccepted: true`.
pub fn read_trust(opts: &DiscoverOptions) -> Result<Trust, SettingsError> {
    let path = opts.global_config();
    let display = path.display().to_string();
    let Some(file) = SettingsFile::read(Scope::User, &path)? else {
        return Ok(Trust {
            trusted: false,
            reason: format!("{display} does not exist"),
            file: None,
        });
    };
    let Some(Value::Object(projects)) = file.value.get("projects") else {
        return Ok(Trust {
            trusted: false,
            reason: format!("{display} has no projects entry"),
            file: Some(display),
        });
    };
    let key_dir = find_git_root(&opts.cwd).unwrap_or_else(|| opts.cwd.clone());
    let mut cur = Some(key_dir.as_path());
    while let Some(d) = cur {
        let key = d.display().to_string();
        let accepted = projects
            .get(&key)
            .and_then(|p| p.get("hasTrustDialogAccepted"))
            .and_then(Value::as_bool)
            == Some(true);
        if accepted {
            return Ok(Trust {
                trusted: true,
                reason: format!("projects[{key:?}].hasTrustDialogAccepted is true"),
                file: Some(display),
            });
        }
        cur = d.parent();
    }
    Ok(Trust {
        trusted: false,
        reason: format!(
            "no projects entry at or above {} has hasTrustDialogAccepted: true",
            key_dir.display()
        ),
        file: Some(display),
    })
}
