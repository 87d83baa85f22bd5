//! Git settings that do not come from `git -c`: the environment
//! (`GIT_CONFIG_COUNT`, `GIT_CONFIG_KEY_n`, `GIT_CONFIG_VALUE_n`;
//! `GIT_CONFIG_PARAMETERS`) and configuration files a command line wrote and
//! includes (`git -c include.path=FILE`). Each yields `key=value` pairs that
//! are judged as `git -c` pairs.
//!
//! Written by hand: the two formats are a few lines of git's own code
//! (`config.c`: `git_config_from_parameters`, the INI reader), and the
//! crates that read git configuration (gix-config) bring a repository model
//! the hook does not need.

use agentgate_shell::Assignment;

use super::*;

/// At most this many settings are read from one source (a count of
/// 1,000,000 names nothing more).
const MAX_PAIRS: usize = 64;

/// The `key=value` settings the environment gives git.
pub(super) fn env_config_pairs(assignments: &[Assignment]) -> Vec<String> {
    let value_of = |name: &str| {
        assignments
            .iter()
            .rev()
            .find(|a| a.name == name)
            .map(|a| a.value.value_or_raw().to_owned())
    };
    let mut out = Vec::new();
    if let Some(count) = value_of("GIT_CONFIG_COUNT").and_then(|c| c.trim().parse::<usize>().ok()) {
        for i in 0..count.min(MAX_PAIRS) {
            if let Some(key) = value_of(&format!("GIT_CONFIG_KEY_{i}")) {
                let value = value_of(&format!("GIT_CONFIG_VALUE_{i}")).unwrap_or_default();
                out.push(format!("{key}={value}"));
            }
        }
    }
    if let Some(params) = value_of("GIT_CONFIG_PARAMETERS") {
        out.extend(parameters(&params));
    }
    out
}

/// `GIT_CONFIG_PARAMETERS`: items separated by blanks, each `'key'='value'`
/// or the older `'key=value'`, single-quoted the way git quotes them
/// (`'\''` for a quote).
fn parameters(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut item = String::new();
    let mut chars = text.chars();
    let mut in_quote = false;
    while let Some(c) = chars.next() {
        match c {
            '\'' => in_quote = !in_quote,
            '\\' if !in_quote => {
                if let Some(n) = chars.next() {
                    item.push(n);
                }
            }
            c if c.is_whitespace() && !in_quote => {
                if !item.is_empty() {
                    out.push(std::mem::take(&mut item));
                }
            }
            c => item.push(c),
        }
        if out.len() >= MAX_PAIRS {
            break;
        }
    }
    if !item.is_empty() && out.len() < MAX_PAIRS {
        out.push(item);
    }
    out
}

/// The settings of a git configuration file (`[section "sub"]`, `key =
/// value`), as `section.sub.key=value` pairs. Quotes are removed and the
/// escapes `\"`, `\\`, `\n` and `\t` read; `#` and `;` outside quotes start
/// a comment.
pub(super) fn config_file_pairs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut section = String::new();
    for line in text.lines().take(512) {
        let line = line.trim();
        if line.is_empty() || line.starts_with(['#', ';']) {
            continue;
        }
        if let Some(head) = line.strip_prefix('[') {
            let head = head.split(']').next().unwrap_or("");
            section = match head.split_once(char::is_whitespace) {
                Some((name, sub)) => {
                    format!("{}.{}", name.trim(), sub.trim().trim_matches('"'))
                }
                None => head.trim().to_owned(),
            };
            continue;
        }
        let (key, raw) = line.split_once('=').unwrap_or((line, "true"));
        let key = key.trim();
        if key.is_empty() || section.is_empty() {
            continue;
        }
        out.push(format!("{section}.{key}={}", config_value(raw)));
        if out.len() >= MAX_PAIRS {
            break;
        }
    }
    out
}

/// A configuration value: quotes removed, escapes read, comments cut.
fn config_value(raw: &str) -> String {
    let mut v = String::new();
    let mut in_quote = false;
    let mut chars = raw.trim().chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => in_quote = !in_quote,
            '\\' => match chars.next() {
                Some('n') => v.push('\n'),
                Some('t') => v.push('\t'),
                Some(o) => v.push(o),
                None => {}
            },
            '#' | ';' if !in_quote => break,
            c => v.push(c),
        }
    }
    v.trim_end().to_owned()
}

impl Walker<'_> {
    /// A configuration file included for one command: the settings of a
    /// file written earlier in the line are judged as `git -c` settings
    /// (includes inside it are not followed); any other file in a
    /// temporary directory holds settings nobody can check.
    pub(super) fn included_git_config(&mut self, site: Site<'_>, file: &str) {
        if let Some(Generated { payload, .. }) = self.written(file) {
            for kv in super::gitenv::config_file_pairs(&payload) {
                let key = kv.split('=').next().unwrap_or("").to_ascii_lowercase();
                if !key.starts_with("include") {
                    self.git_config_pair(site, &kv, true);
                }
            }
        } else if paths::absolute(file, file, file.starts_with('~'), &self.ctx)
            .is_some_and(|a| paths::temp_root(&a).is_some())
        {
            self.find(
                Obf,
                Medium,
                format!("includes git settings from {file}, a file in a temporary directory (settings can run commands)"),
                &site.cmd.text,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_in_both_spellings() {
        assert_eq!(
            parameters("'alias.k'='!rm -rf ~' 'core.pager=less'"),
            vec!["alias.k=!rm -rf ~", "core.pager=less"]
        );
        assert_eq!(parameters("'a.b'='it'\\''s'"), vec!["a.b=it's"]);
    }

    #[test]
    fn config_files() {
        let pairs = config_file_pairs(
            "[alias]\n\tk = \"!sh -c \\\"id\\\"\" # note\n[diff \"x\"]\n textconv = cat\n",
        );
        assert_eq!(pairs, vec!["alias.k=!sh -c \"id\"", "diff.x.textconv=cat"]);
    }
}
