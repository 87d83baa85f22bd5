//! Turning settings files and flags into an indexed rule set.

use std::collections::HashMap;

use agentgate_rules::{Behavior, Content, PathRoots, Rule, ToolSelector};
use agentgate_settings::{Location, Scope, SettingsFile, Sources};
use globset::GlobBuilder;
use serde::Serialize;
use serde_json::Value;

use crate::mode::PermissionMode;
use crate::paths;

/// Everything that determines a policy, besides the tool call itself.
#[derive(Clone, Debug, Default)]
pub struct PolicyInputs {
    /// Settings files by scope.
    pub sources: Sources,
    /// Whether the project folder is trusted.
    pub trusted: bool,
    /// `--allowedTools` rules.
    pub allowed_tools: Vec<String>,
    /// `--disallowedTools` rules.
    pub disallowed_tools: Vec<String>,
    /// `--permission-mode`.
    pub mode_flag: Option<PermissionMode>,
    /// Home directory.
    pub home: String,
    /// Working directory.
    pub cwd: String,
}

/// How a rule reached the policy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    /// A settings file's `permissions` lists.
    SettingsFile,
    /// `--allowedTools`.
    AllowedToolsFlag,
    /// `--disallowedTools`.
    DisallowedToolsFlag,
}

/// Where a rule is written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RuleOrigin {
    /// Scope.
    pub scope: Scope,
    /// How it arrived.
    pub via: Via,
    /// File, for rules from settings files.
    pub file: Option<String>,
    /// Position in the file.
    pub location: Option<Location>,
}

/// One rule of the policy.
#[derive(Clone, Debug)]
pub struct PolicyRule {
    /// The parsed rule.
    pub rule: Rule,
    /// Its list.
    pub behavior: Behavior,
    /// Where it is written.
    pub origin: RuleOrigin,
    /// Why it does not take part, if it does not.
    pub inactive: Option<String>,
}

/// A problem found while compiling: a rule that does not parse or will not act.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PolicyDiagnostic {
    /// Where.
    pub origin: RuleOrigin,
    /// The rule text, if about a rule.
    pub rule: Option<String>,
    /// What and what to do.
    pub message: String,
}

/// Path rules of one list and family.
///
/// The globs are parsed (and checked) when the policy is compiled, but a
/// glob's matcher is built only when a path that starts with the glob's
/// literal text is checked, and a glob with no wildcard is compared, not
/// compiled. Written out rather than one `GlobSet` because the hook is a
/// fresh process per tool call: building a set compiles every glob's regex
/// (about 40% of deciding `cat ~/.aws/credentials` under the baseline, where
/// the path can match one literal glob), and nothing is reused by the next
/// call. `globs_match_as_one_glob_set` checks the answers equal `GlobSet`'s.
#[derive(Debug)]
pub(crate) struct PathSet {
    globs: Vec<PathGlob>,
    /// Rule index for each glob.
    pub owners: Vec<usize>,
}

#[derive(Debug)]
struct PathGlob {
    /// Lower-cased literal start (up to the first wildcard): a path that
    /// does not start with it cannot match.
    prefix: String,
    how: GlobMatch,
}

#[derive(Debug)]
enum GlobMatch {
    /// No wildcard, escape or brace: the glob matches its own text, ASCII
    /// letters in either case (the glob regex's `(?-u)(?i)`).
    Literal(String),
    /// Only `*` and `?` wildcards (no class, brace or escape, and `**`
    /// only as a last `/**`), matched segment by segment with no regex.
    Wildcard {
        /// The glob before a last `/**`.
        head: String,
        /// It ended in `/**`: anything below what `head` matches.
        below: bool,
    },
    /// Compiled on first use.
    Pattern(globset::Glob, std::sync::OnceLock<globset::GlobMatcher>),
}

impl PathGlob {
    /// The glob's matcher: compared or matched by hand when it is plain
    /// enough (such a glob is always valid), else parsed by globset now (to
    /// report a bad glob when the policy is compiled) and compiled later.
    fn new(text: &str) -> Result<PathGlob, globset::Error> {
        let end = text.find(GLOB_SPECIAL).unwrap_or(text.len());
        let prefix = text.get(..end).unwrap_or_default().to_lowercase();
        let how = if end == text.len() {
            GlobMatch::Literal(text.to_owned())
        } else if let Some((head, below)) = wildcard_only(text) {
            GlobMatch::Wildcard {
                head: head.to_owned(),
                below,
            }
        } else {
            GlobMatch::Pattern(path_glob(text)?, std::sync::OnceLock::new())
        };
        Ok(PathGlob { prefix, how })
    }

    fn is_match(&self, path: &str, lower: &str) -> bool {
        if !lower.starts_with(self.prefix.as_str()) {
            return false;
        }
        match &self.how {
            GlobMatch::Literal(text) => path.eq_ignore_ascii_case(text),
            GlobMatch::Wildcard { head, below } => wildcard_match(head, *below, path),
            GlobMatch::Pattern(glob, matcher) => matcher
                .get_or_init(|| glob.compile_matcher())
                .is_match(path),
        }
    }
}

/// A glob [`wildcard_match`] can match: its text before a last `/**`, and
/// whether there was one.
fn wildcard_only(text: &str) -> Option<(&str, bool)> {
    let (head, below) = match text.strip_suffix("/**") {
        Some(head) => (head, true),
        None => (text, false),
    };
    let plain = !head.contains(['[', ']', '{', '}', '\\']) && !head.contains("**");
    plain.then_some((head, below))
}

/// A glob of literal text, `*` (any bytes but `/`) and `?` (one byte but
/// `/`), then maybe `/**` (`/` and anything), against a path, ASCII letters
/// in either case, as the glob's regex (`(?-u)(?i)`) matches: neither
/// wildcard crosses a `/`, so the glob's segments match the path's one for
/// one, and `/**` takes whatever segments are left (at least one, maybe
/// empty).
fn wildcard_match(glob: &str, below: bool, path: &str) -> bool {
    let mut globs = glob.split('/');
    let mut parts = path.split('/');
    loop {
        match (globs.next(), parts.next()) {
            (None, None) => return !below,
            (None, Some(_)) => return below,
            (Some(g), Some(p)) if segment_match(g.as_bytes(), p.as_bytes()) => {}
            _ => return false,
        }
    }
}

/// One segment: the usual two-pointer match, going back to the last `*`
/// on a mismatch (linear in practice, never exponential).
fn segment_match(glob: &[u8], text: &[u8]) -> bool {
    let (mut g, mut t) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        match glob.get(g) {
            Some(b'*') => {
                star = Some((g, t));
                g += 1;
            }
            Some(&c) if c == b'?' || text.get(t).is_some_and(|x| x.eq_ignore_ascii_case(&c)) => {
                g += 1;
                t += 1;
            }
            _ => match star {
                Some((sg, st)) => {
                    star = Some((sg, st + 1));
                    g = sg + 1;
                    t = st + 1;
                }
                None => return false,
            },
        }
    }
    glob.get(g..)
        .is_some_and(|rest| rest.iter().all(|&c| c == b'*'))
}

/// Characters that make a glob more than its literal text.
const GLOB_SPECIAL: [char; 7] = ['*', '?', '[', ']', '{', '}', '\\'];

impl PathSet {
    /// The first rule (in policy order) matching the path.
    pub fn first_match(&self, path: &str) -> Option<usize> {
        let lower = path.to_lowercase();
        self.globs
            .iter()
            .zip(&self.owners)
            .filter(|(g, _)| g.is_match(path, &lower))
            .map(|(_, owner)| *owner)
            .min()
    }
}

/// Bash rules of one list, indexed by command name.
#[derive(Debug, Default)]
pub(crate) struct BashIndex {
    /// Rules whose pattern fixes the command name.
    pub by_name: HashMap<String, Vec<usize>>,
    /// The other rules (`* --version`, `rm*`).
    pub generic: Vec<usize>,
    /// Finds, in one pass, which generic rules' required text occurs in a
    /// command; rules with no required text are in `generic_always`.
    pub prefilter: Option<aho_corasick::AhoCorasick>,
    pub prefilter_owner: Vec<usize>,
    pub generic_always: Vec<usize>,
}

impl BashIndex {
    fn build_prefilter(&mut self, rules: &[PolicyRule]) {
        let mut needles = Vec::new();
        for &i in &self.generic {
            let needle = match rules.get(i).map(|r| &r.rule.content) {
                Some(Content::Bash(p)) => p.required_literal(),
                _ => "",
            };
            if needle.is_empty() {
                self.generic_always.push(i);
            } else {
                needles.push(needle.to_owned());
                self.prefilter_owner.push(i);
            }
        }
        if !needles.is_empty() {
            match aho_corasick::AhoCorasick::new(&needles) {
                Ok(ac) => self.prefilter = Some(ac),
                // Without the automaton every generic rule is tried.
                Err(_) => {
                    self.generic_always.append(&mut self.prefilter_owner);
                }
            }
        }
    }

    /// Generic rules that may match `text`.
    pub fn generic_candidates(&self, text: &str, out: &mut Vec<usize>) {
        out.extend_from_slice(&self.generic_always);
        if let Some(ac) = &self.prefilter {
            for m in ac.find_overlapping_iter(text) {
                if let Some(&i) = self.prefilter_owner.get(m.pattern().as_usize()) {
                    out.push(i);
                }
            }
        }
    }
}

/// Domain rules of one list.
#[derive(Debug, Default)]
pub(crate) struct DomainIndex {
    pub exact: HashMap<String, usize>,
    pub other: Vec<usize>,
}

/// Per-list indexes.
#[derive(Debug, Default)]
pub(crate) struct ListIndex {
    /// Whole-tool rules and name rules, by rule family of the tool.
    pub by_family: HashMap<String, Vec<usize>>,
    /// Rules naming all tools of one MCP server, or a glob over them, by server.
    pub mcp_selectors: HashMap<String, Vec<usize>>,
    /// Other tool-name globs (`*`, `mcp__*`).
    pub selectors: Vec<usize>,
    pub bash: BashIndex,
    pub read_paths: Option<PathSet>,
    pub edit_paths: Option<PathSet>,
    pub domains: DomainIndex,
    pub params: Vec<usize>,
}

/// A compiled policy: rules, mode, working directories.
#[derive(Debug)]
pub struct Policy {
    pub(crate) rules: Vec<PolicyRule>,
    pub(crate) lists: [ListIndex; 3],
    pub(crate) mode: PermissionMode,
    pub(crate) mode_source: String,
    pub(crate) mode_from_flag: bool,
    pub(crate) bypass_disabled: Option<String>,
    pub(crate) auto_mode_during_plan: bool,
    pub(crate) home: String,
    pub(crate) cwd: String,
    pub(crate) workdirs: Vec<String>,
    pub(crate) diagnostics: Vec<PolicyDiagnostic>,
}

pub(crate) fn list_index(b: Behavior) -> usize {
    match b {
        Behavior::Allow => 0,
        Behavior::Ask => 1,
        Behavior::Deny => 2,
    }
}

const BEHAVIORS: [Behavior; 3] = [Behavior::Deny, Behavior::Ask, Behavior::Allow];

impl Policy {
    /// Compiles the inputs. Never fails: every rule that cannot be used is
    /// kept as inactive with a reason and reported in [`Policy::diagnostics`].
    pub fn compile(inputs: &PolicyInputs) -> Self {
        let mut rules = Vec::new();
        let mut diagnostics = Vec::new();
        let managed_only_rules = inputs.sources.managed.iter().any(|f| {
            f.value
                .get("allowManagedPermissionRulesOnly")
                .and_then(Value::as_bool)
                == Some(true)
        });
        let home = paths::normalize(&inputs.home);
        let cwd = paths::normalize(&inputs.cwd);

        // Settings files, highest precedence first.
        for file in inputs.sources.files() {
            for behavior in BEHAVIORS {
                let pointer = format!("/permissions/{}", behavior.as_str());
                let Some(list) = file.get(&pointer) else {
                    continue;
                };
                let Some(items) = list.as_array() else {
                    diagnostics.push(PolicyDiagnostic {
                        origin: file_origin(file, &pointer),
                        rule: None,
                        message: format!(
                            "permissions.{} must be an array of rule strings; it is ignored",
                            behavior.as_str()
                        ),
                    });
                    continue;
                };
                for (i, item) in items.iter().enumerate() {
                    let item_pointer = format!("{pointer}/{i}");
                    let origin = file_origin(file, &item_pointer);
                    let Some(text) = item.as_str() else {
                        diagnostics.push(PolicyDiagnostic {
                            origin,
                            rule: None,
                            message: "a permission rule must be a string; this entry is skipped"
                                .into(),
                        });
                        continue;
                    };
                    let gate =
                        gate_reason(file.scope, behavior, inputs.trusted, managed_only_rules);
                    push_rule(&mut rules, &mut diagnostics, text, behavior, origin, gate);
                }
            }
        }
        for (list, behavior, via) in [
            (
                &inputs.allowed_tools,
                Behavior::Allow,
                Via::AllowedToolsFlag,
            ),
            (
                &inputs.disallowed_tools,
                Behavior::Deny,
                Via::DisallowedToolsFlag,
            ),
        ] {
            for text in list {
                let origin = RuleOrigin {
                    scope: Scope::Cli,
                    via,
                    file: None,
                    location: None,
                };
                // `--disallowedTools` stays in force under
                // allowManagedPermissionRulesOnly (mo08); `--allowedTools` does not.
                let gate = (managed_only_rules && via == Via::AllowedToolsFlag).then(|| {
                    "allowManagedPermissionRulesOnly is set in managed settings".to_owned()
                });
                push_rule(&mut rules, &mut diagnostics, text, behavior, origin, gate);
            }
        }

        let (mode, mode_source, mode_from_flag) = resolve_mode(inputs);
        let bypass_disabled = inputs.sources.files().into_iter().find_map(|f| {
            (f.get("/permissions/disableBypassPermissionsMode")
                .and_then(Value::as_str)
                == Some("disable"))
            .then(|| {
                format!(
                    "permissions.disableBypassPermissionsMode is \"disable\" in {}",
                    f.path
                )
            })
        });
        let auto_mode_during_plan = inputs
            .sources
            .files()
            .into_iter()
            .filter(|f| f.scope != Scope::Project)
            .find_map(|f| f.get("/useAutoModeDuringPlan").and_then(Value::as_bool))
            .unwrap_or(true);

        let mut workdirs = vec![cwd.clone()];
        for file in inputs.sources.files() {
            if file.scope == Scope::Project && !inputs.trusted {
                continue;
            }
            if let Some(Value::Array(dirs)) = file.get("/permissions/additionalDirectories") {
                for d in dirs.iter().filter_map(Value::as_str) {
                    workdirs.push(paths::resolve(&cwd, &home, d));
                }
            }
        }

        let mut policy = Self {
            lists: Default::default(),
            rules,
            mode,
            mode_source,
            mode_from_flag,
            bypass_disabled,
            auto_mode_during_plan,
            home,
            cwd,
            workdirs,
            diagnostics,
        };
        policy.build_indexes(inputs);
        policy
    }

    /// Rebuilds the indexes after `rules` changed.
    pub(crate) fn rebuild(&mut self, inputs: &PolicyInputs) {
        self.build_indexes(inputs);
    }

    /// Rules that do not parse or will not act as written.
    pub fn diagnostics(&self) -> &[PolicyDiagnostic] {
        &self.diagnostics
    }

    /// Every rule, active or not, in precedence order.
    pub fn rules(&self) -> &[PolicyRule] {
        &self.rules
    }

    /// The working directories (cwd first, then additional directories).
    pub fn working_directories(&self) -> &[String] {
        &self.workdirs
    }

    /// Why bypassPermissions is unavailable, if a settings file disables it.
    pub fn bypass_disabled(&self) -> Option<&str> {
        self.bypass_disabled.as_deref()
    }

    /// The mode the policy starts in, and where it comes from.
    pub fn mode(&self) -> (PermissionMode, &str) {
        (self.mode, &self.mode_source)
    }

    fn build_indexes(&mut self, inputs: &PolicyInputs) {
        let mut path_globs: [[Vec<(String, usize)>; 2]; 3] = Default::default();
        for (idx, pr) in self.rules.iter().enumerate() {
            if pr.inactive.is_some() {
                continue;
            }
            let li = list_index(pr.behavior);
            let list = &mut self.lists[li];
            let family = match &pr.rule.tool {
                ToolSelector::Tool(t) => agentgate_rules::rule_family(t).to_owned(),
                other => {
                    if matches!(pr.rule.content, Content::Param { .. }) {
                        list.params.push(idx);
                    } else {
                        match other {
                            ToolSelector::McpServer(server)
                            | ToolSelector::McpToolGlob { server, .. } => list
                                .mcp_selectors
                                .entry(server.clone())
                                .or_default()
                                .push(idx),
                            _ => list.selectors.push(idx),
                        }
                    }
                    continue;
                }
            };
            match &pr.rule.content {
                Content::Whole | Content::Name(_) => {
                    list.by_family.entry(family).or_default().push(idx)
                }
                Content::Bash(p) => {
                    if p.is_any() {
                        list.by_family.entry(family).or_default().push(idx);
                    } else if let Some(key) = p.command_key().or_else(|| p.single_word_key()) {
                        list.bash
                            .by_name
                            .entry(key.to_owned())
                            .or_default()
                            .push(idx);
                    } else {
                        list.bash.generic.push(idx);
                    }
                }
                Content::Path(p) => {
                    let settings_root = settings_root(&pr.origin, inputs);
                    let roots = PathRoots {
                        home: &self.home,
                        cwd: &self.cwd,
                        settings_root: &settings_root,
                    };
                    let fam = usize::from(family == "Edit");
                    for g in p.globs(&roots, pr.behavior) {
                        path_globs[li][fam].push((g, idx));
                    }
                }
                Content::Domain(d) => match d.exact() {
                    Some(h) => {
                        list.domains.exact.entry(h.to_owned()).or_insert(idx);
                    }
                    None => list.domains.other.push(idx),
                },
                Content::Param { .. } => list.params.push(idx),
                Content::Ignored => {}
            }
        }
        for list in &mut self.lists {
            list.bash.build_prefilter(&self.rules);
        }
        for (li, per_family) in path_globs.into_iter().enumerate() {
            for (fam, globs) in per_family.into_iter().enumerate() {
                if globs.is_empty() {
                    continue;
                }
                let set = build_path_set(globs, &mut self.diagnostics, &self.rules);
                if fam == 0 {
                    self.lists[li].read_paths = Some(set);
                } else {
                    self.lists[li].edit_paths = Some(set);
                }
            }
        }
    }
}

fn build_path_set(
    globs: Vec<(String, usize)>,
    diagnostics: &mut Vec<PolicyDiagnostic>,
    rules: &[PolicyRule],
) -> PathSet {
    let mut parsed = Vec::new();
    let mut owners = Vec::new();
    for (g, idx) in globs {
        match PathGlob::new(&g) {
            Ok(glob) => {
                parsed.push(glob);
                owners.push(idx);
            }
            Err(e) => {
                if let Some(r) = rules.get(idx) {
                    diagnostics.push(PolicyDiagnostic {
                        origin: r.origin.clone(),
                        rule: Some(r.rule.raw.clone()),
                        message: format!(
                            "path pattern is not a valid glob ({e}); the rule matches nothing"
                        ),
                    });
                }
            }
        }
    }
    PathSet {
        globs: parsed,
        owners,
    }
}

/// A glob over absolute paths: case-insensitive (fp64), `*` within one
/// segment, `**` across segments.
pub(crate) fn path_glob(g: &str) -> Result<globset::Glob, globset::Error> {
    GlobBuilder::new(g)
        .case_insensitive(true)
        .literal_separator(true)
        .backslash_escape(true)
        .build()
}

fn file_origin(file: &SettingsFile, pointer: &str) -> RuleOrigin {
    RuleOrigin {
        scope: file.scope,
        via: Via::SettingsFile,
        file: Some(file.path.clone()),
        location: file.location(pointer),
    }
}

/// Why a rule from this scope and list does not take part, if it does not.
fn gate_reason(
    scope: Scope,
    behavior: Behavior,
    trusted: bool,
    managed_only_rules: bool,
) -> Option<String> {
    if managed_only_rules && scope != Scope::Managed {
        return Some("allowManagedPermissionRulesOnly is set in managed settings".into());
    }
    if scope == Scope::Project && behavior == Behavior::Allow && !trusted {
        return Some(
            "allow rules in .claude/settings.json apply only after the folder is trusted".into(),
        );
    }
    None
}

fn push_rule(
    rules: &mut Vec<PolicyRule>,
    diagnostics: &mut Vec<PolicyDiagnostic>,
    text: &str,
    behavior: Behavior,
    origin: RuleOrigin,
    gate: Option<String>,
) {
    match Rule::parse(text) {
        Ok(rule) => {
            let warnings = rule.warnings(behavior);
            for w in &warnings {
                diagnostics.push(PolicyDiagnostic {
                    origin: origin.clone(),
                    rule: Some(text.to_owned()),
                    message: w.to_string(),
                });
            }
            let inactive = gate.or_else(|| {
                (!rule.is_effective(behavior)).then(|| {
                    warnings
                        .first()
                        .map(ToString::to_string)
                        .unwrap_or_else(|| "rule is skipped".into())
                })
            });
            rules.push(PolicyRule {
                rule,
                behavior,
                origin,
                inactive,
            });
        }
        Err(e) => diagnostics.push(PolicyDiagnostic {
            origin,
            rule: Some(text.to_owned()),
            message: e.to_string(),
        }),
    }
}

/// The directory `/path` rules of this origin resolve against.
fn settings_root(origin: &RuleOrigin, inputs: &PolicyInputs) -> String {
    match (origin.scope, origin.via) {
        (Scope::User, _) => format!("{}/.claude", inputs.home.trim_end_matches('/')),
        (Scope::Cli, Via::SettingsFile) => origin
            .file
            .as_deref()
            .and_then(|f| std::path::Path::new(f).parent())
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| inputs.cwd.clone()),
        _ => inputs.cwd.clone(),
    }
}

/// The start mode: `--permission-mode`, else the highest `defaultMode`.
fn resolve_mode(inputs: &PolicyInputs) -> (PermissionMode, String, bool) {
    if let Some(m) = inputs.mode_flag {
        return (m, "--permission-mode".into(), true);
    }
    for f in inputs.sources.files() {
        if let Some(s) = f.get("/permissions/defaultMode").and_then(Value::as_str) {
            if s == "auto" && matches!(f.scope, Scope::Project | Scope::Local) {
                continue;
            }
            // Observed: a project's `defaultMode: "bypassPermissions"` is
            // ignored (a repository cannot switch prompts off).
            if s == "bypassPermissions" && f.scope == Scope::Project {
                continue;
            }
            if let Ok(m) = s.parse() {
                return (m, format!("permissions.defaultMode in {}", f.path), false);
            }
        }
    }
    (PermissionMode::Default, "built-in default".into(), false)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use proptest::prelude::*;

    fn set_of(globs: &[String]) -> PathSet {
        let mut diagnostics = Vec::new();
        let owned = globs.iter().cloned().zip(0..).collect();
        build_path_set(owned, &mut diagnostics, &[])
    }

    /// The answer one `GlobSet` of the same globs gives.
    fn reference(globs: &[String], path: &str) -> Option<usize> {
        let mut builder = globset::GlobSetBuilder::new();
        let mut owners = Vec::new();
        for (i, g) in globs.iter().enumerate() {
            if let Ok(glob) = path_glob(g) {
                builder.add(glob);
                owners.push(i);
            }
        }
        let set = builder.build().unwrap();
        set.matches(path).into_iter().map(|i| owners[i]).min()
    }

    fn glob_piece() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("/".to_owned()),
            Just("*".to_owned()),
            Just("**".to_owned()),
            Just("/**/".to_owned()),
            Just("/**".to_owned()),
            Just("?".to_owned()),
            Just("[a-c]".to_owned()),
            Just("[!b]".to_owned()),
            Just("{a,Bc}".to_owned()),
            Just("\\*".to_owned()),
            Just("]".to_owned()),
            Just(".".to_owned()),
            Just("é".to_owned()),
            "[aAbB.]{1,3}",
        ]
    }

    fn path_piece() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("/".to_owned()),
            Just("*".to_owned()),
            Just(".".to_owned()),
            Just("é".to_owned()),
            Just("É".to_owned()),
            "[aAbBcC]{1,3}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn globs_match_as_one_glob_set(
            globs in prop::collection::vec(
                prop::collection::vec(glob_piece(), 1..6).prop_map(|v| v.concat()), 1..5),
            path in prop::collection::vec(path_piece(), 0..8).prop_map(|v| v.concat()),
        ) {
            prop_assert_eq!(set_of(&globs).first_match(&path), reference(&globs, &path));
        }

        /// Paths spelled like one of the globs, letters in another case,
        /// wildcards filled in and sometimes cut short, so that matches and
        /// near misses are common.
        #[test]
        fn globs_match_as_one_glob_set_on_near_paths(
            (globs, path) in prop::collection::vec(
                prop::collection::vec(glob_piece(), 1..6).prop_map(|v| v.concat()), 1..5)
                .prop_flat_map(|globs| {
                    let first = globs[0].clone();
                    let n = first.chars().count();
                    let cut = prop_oneof![Just(n), 0..=n];
                    (Just(globs), (prop::collection::vec(any::<bool>(), n), cut).prop_map(move |(flips, cut)| {
                        first.chars().take(cut).zip(flips).filter_map(|(c, flip)| match c {
                            '*' | '?' => flip.then_some('b'),
                            '[' | ']' | '{' | '}' | ',' | '!' | '\\' => None,
                            c if flip => c.to_uppercase().next(),
                            c => Some(c),
                        }).collect::<String>()
                    }))
                }),
        ) {
            prop_assert_eq!(set_of(&globs).first_match(&path), reference(&globs, &path));
        }
    }

    #[test]
    fn recursive_suffixes_match_as_globset_does() {
        let globs = [
            "/**",
            "*/**",
            "a/**",
            "**",
            "/a*/**",
            "/home/dev/.ssh/*_rsa/**",
            "a?/**",
        ];
        let paths = [
            "",
            "/",
            "a",
            "a/",
            "/a",
            "/a/",
            "a/b",
            "/ab/c/d",
            "ab/",
            "b/a",
            "/home/dev/.ssh/id_rsa",
            "/home/dev/.ssh/id_rsa/",
            "/home/dev/.ssh/id_RSA/x/y",
        ];
        for g in globs {
            let one = [g.to_owned()];
            for p in paths {
                assert_eq!(set_of(&one).first_match(p), reference(&one, p), "{g} {p}");
            }
        }
    }

    #[test]
    fn a_literal_glob_matches_its_text_in_any_ascii_case() {
        let set = set_of(&["/home/dev/.aws/credentials".to_owned()]);
        assert_eq!(set.first_match("/home/dev/.AWS/Credentials"), Some(0));
        assert_eq!(set.first_match("/home/dev/.aws/credentials/x"), None);
        assert!(matches!(set.globs[0].how, GlobMatch::Literal(_)));
    }
}
