//! Walks a parsed bash program and lists the simple commands that would run.

use std::panic::{catch_unwind, AssertUnwindSafe};

use brush_parser::ast;
use brush_parser::word::{ParameterExpr, WordPiece, WordPieceWithSource};
use brush_parser::ParserOptions;

use crate::word::Word;

/// Bounds that keep analysis of hostile input cheap and finite.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Longest command accepted, in bytes.
    pub max_len: usize,
    /// Deepest nesting of substitutions, subshells and groups.
    pub max_depth: usize,
    /// Most simple commands reported for one command line.
    pub max_commands: usize,
    /// Deepest bracket nesting handed to the parser (see `nesting_depth`).
    pub max_nesting: usize,
    /// Deepest `${...}` nesting handed to the parser (see `parameter_nesting`).
    pub max_parameter_nesting: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            // Claude Code prompts for commands over 10,000 characters; the
            // analyser itself accepts more so that the hook can still classify
            // them, but not without bound.
            max_len: 256 * 1024,
            max_depth: 48,
            max_commands: 4096,
            max_nesting: 10,
            max_parameter_nesting: 3,
        }
    }
}

/// Why a command line could not be analysed. None of these is ever an allow.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum ShellError {
    /// The command is longer than [`Limits::max_len`].
    #[error(
        "command is {len} bytes long, over the {max}-byte limit; split it into smaller commands"
    )]
    TooLong {
        /// Length of the command.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// Nesting is deeper than [`Limits::max_depth`].
    #[error("command nests substitutions or groups more than {max} levels deep")]
    TooDeep {
        /// The limit.
        max: usize,
    },
    /// The command produces more than [`Limits::max_commands`] commands.
    #[error("command contains more than {max} commands")]
    TooManyCommands {
        /// The limit.
        max: usize,
    },
    /// bash would not accept the command.
    #[error("not valid bash: {0}")]
    Syntax(String),
    /// The command holds a control character other than tab and newline.
    #[error("command contains the control character U+{code:04X} at byte {offset}; control characters can hide text on a terminal and are not analysed")]
    ControlCharacter {
        /// The character's code point.
        code: u32,
        /// Its byte offset.
        offset: usize,
    },
}

/// Where a simple command sits in the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nesting {
    /// A plain element of the top-level list or pipeline (`a && b | c`).
    TopLevel,
    /// Inside `( ... )`.
    Subshell,
    /// Inside `{ ...; }`.
    BraceGroup,
    /// Inside the condition or a branch of an `if` statement.
    IfClause,
    /// Inside `for`, `while`, `until`, `case`, `select` or `coproc`.
    ControlFlow,
    /// Inside a function body.
    FunctionBody,
    /// Inside `$(...)` or backticks.
    CommandSubstitution,
    /// Inside `<(...)` or `>(...)`.
    ProcessSubstitution,
}

/// Kind of a redirection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RedirectKind {
    /// `<`
    Read,
    /// `>` or `>|`
    Write,
    /// `>>`
    Append,
    /// `<>`
    ReadWrite,
    /// `&>` and `&>>`: standard output and error to a file.
    OutputAndError,
    /// `>&` / `<&`: file descriptor duplication (may name a file, e.g. `>& out`).
    Duplicate,
    /// A here-document or here-string: input only.
    HereInput,
}

impl RedirectKind {
    /// Whether this redirection can create or change a file.
    pub fn writes(self) -> bool {
        matches!(
            self,
            Self::Write | Self::Append | Self::ReadWrite | Self::OutputAndError | Self::Duplicate
        )
    }
}

/// One redirection of a command.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Redirect {
    /// The file descriptor being redirected, if written explicitly.
    pub fd: Option<i32>,
    /// What the redirection does.
    pub kind: RedirectKind,
    /// The file named, if any (absent for `2>&1` and here-documents).
    pub target: Option<Word>,
    /// A here-document with an unquoted delimiter: its body undergoes
    /// parameter and command expansion.
    pub expanding_heredoc: bool,
    /// For here-documents and here-strings: the text fed to the command's
    /// input, as written (a here-string's word after quote removal when
    /// static). A shell reading it runs it as a script.
    pub input_text: Option<String>,
    /// `input_text` is the input itself: a static here-string, or a
    /// here-document whose body expands nothing.
    pub input_static: bool,
    /// For a duplication from a numbered descriptor (`<&3`, `2>&1`): that
    /// descriptor.
    pub dup_from: Option<i32>,
    /// For a process substitution: its command text. An output one
    /// (`> >(sh)`) writes no file, so `target` is `None`; an input one
    /// (`< <(find ~)`) has the target `<(...)`.
    pub process: Option<String>,
}

/// A variable assignment in front of a command (`FOO=bar cmd`) or alone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assignment {
    /// Variable name.
    pub name: String,
    /// Value as written (raw), for arrays the whole `(...)` text.
    pub value: Word,
}

/// One simple command that would run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SimpleCommand {
    /// The command's source text: assignments and words as written, with
    /// redirections removed and outer whitespace trimmed.
    pub text: String,
    /// The source text of the words only (assignments and redirections removed).
    pub argv_text: String,
    /// Leading assignments.
    pub assignments: Vec<Assignment>,
    /// The command name and its arguments.
    pub argv: Vec<Word>,
    /// Redirections, in order.
    pub redirects: Vec<Redirect>,
    /// Where the command sits.
    pub nesting: Nesting,
    /// How many substitutions, groups and control structures enclose it.
    pub depth: usize,
    /// Index of the enclosing top-level element (0-based): the `&&`/`||`/`;`/`|`
    /// separated part of the outermost command line this command belongs to.
    pub top_index: usize,
    /// The command runs in the background (`cmd &`).
    pub background: bool,
    /// The command's pipeline is timed with `time -p`.
    pub timed_posix: bool,
    /// Some word, assignment or redirection of this very command contains a
    /// command or process substitution whose commands are listed separately.
    pub has_nested_commands: bool,
    /// Where the command sits in its pipeline (`a | b | c`).
    pub pipeline: PipelinePos,
    /// The shell environment it runs in (see [`Analysis::scope_parents`]).
    pub scope: usize,
    /// It may not run although the line does: it follows `&&` or `||`, or
    /// sits in a branch of an `if`/`case` or the body of a loop.
    pub conditional: bool,
    /// Identifies the `&&`/`||` list it belongs to (one per list, unique
    /// within an [`Analysis`]).
    pub and_or: usize,
}

/// The position of a command in its pipeline. Commands inside a compound
/// element (`{ a; b; } | c`) share that element's position.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PipelinePos {
    /// Identifies the pipeline within one [`Analysis`].
    pub id: usize,
    /// 0-based index of the element.
    pub index: usize,
    /// Number of elements; 1 for a command that is not piped.
    pub len: usize,
}

impl SimpleCommand {
    /// A command with no words yet, placed where `ctx` says.
    fn empty(ctx: Ctx) -> Self {
        Self {
            text: String::new(),
            argv_text: String::new(),
            assignments: Vec::new(),
            argv: Vec::new(),
            redirects: Vec::new(),
            nesting: ctx.nesting,
            depth: ctx.depth,
            top_index: ctx.top_index.unwrap_or(0),
            background: ctx.background,
            timed_posix: ctx.timed_posix,
            has_nested_commands: false,
            pipeline: ctx.pipeline,
            scope: ctx.scope,
            conditional: ctx.conditional,
            and_or: ctx.and_or,
        }
    }
}

impl Redirect {
    fn new(
        fd: Option<i32>,
        kind: RedirectKind,
        target: Option<Word>,
        expanding_heredoc: bool,
    ) -> Self {
        Self {
            fd,
            kind,
            target,
            expanding_heredoc,
            input_text: None,
            input_static: false,
            dup_from: None,
            process: None,
        }
    }
}

impl SimpleCommand {
    /// The command name as written, if any.
    pub fn name(&self) -> Option<&Word> {
        self.argv.first()
    }
}

/// The result of analysing a command line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Analysis {
    /// Every simple command that would run, in source order (nested commands
    /// follow the command that contains them).
    pub commands: Vec<SimpleCommand>,
    /// Number of top-level elements (`a && b | c` has three).
    pub top_level_count: usize,
    /// Top-level elements that are not simple commands or plain `if`
    /// statements (subshells, groups, loops, function definitions,
    /// `[[ ... ]]`), by index.
    pub compound_top_level: Vec<usize>,
    /// Number of pipelines seen (see [`PipelinePos::id`]).
    pub pipeline_count: usize,
    /// `for NAME in VALUES`: each loop variable and the words it takes.
    pub loop_bindings: Vec<LoopBinding>,
    /// Functions defined in the source: each name and which of
    /// [`Analysis::commands`] make up its body.
    pub functions: Vec<FunctionDef>,
    /// The shell environments the commands run in ([`SimpleCommand::scope`]):
    /// entry `i` is the parent of scope `i`; scope 0 is the shell itself
    /// (its own parent). A subshell, a command or process substitution, an
    /// element of a pipeline of several and a background job each run in a
    /// copy of their parent's environment, so a `cd` or an assignment there
    /// does not outlive them.
    pub scope_parents: Vec<usize>,
}

impl Analysis {
    /// `scope` and its enclosing scopes, innermost first, ending with 0.
    pub fn scope_chain(&self, scope: usize) -> impl Iterator<Item = usize> + '_ {
        let mut next = Some(scope);
        let mut steps = 0usize;
        std::iter::from_fn(move || {
            let s = next?;
            steps += 1;
            next = self
                .scope_parents
                .get(s)
                .copied()
                .filter(|p| *p != s && steps <= self.scope_parents.len());
            Some(s)
        })
    }
}

/// A function defined in the analysed source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FunctionDef {
    /// The function's name.
    pub name: String,
    /// Indices into [`Analysis::commands`] of the body's commands.
    pub commands: std::ops::Range<usize>,
}

/// A `for` loop's variable and the words it iterates over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoopBinding {
    /// The variable name.
    pub name: String,
    /// The words, as parsed (a glob stays a glob).
    pub values: Vec<Word>,
}

/// Parses and analyses `src`.
///
/// The last few results are kept on this thread and handed out again for
/// the same line and limits: a hook call analyses its command line once for
/// the org's rules and again for the risk engine, and parsing is most of an
/// analysis (session 60's profile: about 35 us of a 1.1 ms call). The
/// result depends on nothing but `src` and `limits`.
pub fn analyze(src: &str, limits: &Limits) -> Result<Analysis, ShellError> {
    let hit = RECENT.with(|r| {
        r.borrow()
            .iter()
            .find(|(s, l, _)| s == src && l == limits)
            .map(|(_, _, a)| a.clone())
    });
    if let Some(a) = hit {
        return a;
    }
    let a = analyze_uncached(src, limits);
    if src.len() <= RECENT_MAX_LEN {
        RECENT.with(|r| {
            let mut r = r.borrow_mut();
            if r.len() >= RECENT_KEPT {
                let _oldest = r.remove(0);
            }
            r.push((src.to_owned(), *limits, a.clone()));
        });
    }
    a
}

/// Longest line [`analyze`] keeps: a copy of a 16 MiB line and its
/// analysis is memory the hook's budget is for, and such a line is rare
/// enough to parse twice.
const RECENT_MAX_LEN: usize = 64 * 1024;

/// How many analyses [`analyze`] keeps: the top line and the scripts a
/// line hands to a shell, which the policy and the risk engine both visit.
const RECENT_KEPT: usize = 4;

/// A recent analysis: the line, its limits, the result.
type Recent = (String, Limits, Result<Analysis, ShellError>);

thread_local! {
    static RECENT: std::cell::RefCell<Vec<Recent>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn analyze_uncached(src: &str, limits: &Limits) -> Result<Analysis, ShellError> {
    let mut walker = Walker {
        limits,
        out: Analysis::default(),
        options: ParserOptions::default(),
        scopes: std::cell::RefCell::new(vec![0]),
        and_ors: std::cell::Cell::new(0),
    };
    walker.program(src, 0, Nesting::TopLevel, None, 0)?;
    // The parser drops the blank of bash 5.3's `${ CMD; }` inside a word,
    // which makes `${ redis-cli ...; }` look like `${redis-cli...}` (a
    // default value); the source still has it.
    for body in function_substitutions(src, true) {
        walker.program(body, 1, Nesting::CommandSubstitution, None, 0)?;
    }
    walker.out.scope_parents = walker.scopes.into_inner();
    Ok(walker.out)
}

struct Walker<'l> {
    limits: &'l Limits,
    out: Analysis,
    options: ParserOptions,
    /// Parents of the scopes made so far (see [`Analysis::scope_parents`]);
    /// a `RefCell` so that `nested` can make one while the walker is
    /// borrowed for the call it is an argument of.
    scopes: std::cell::RefCell<Vec<usize>>,
    /// `&&`/`||` lists seen so far.
    and_ors: std::cell::Cell<usize>,
}

/// Maps the parser's character indexes to byte offsets of the source.
struct Source<'s> {
    text: &'s str,
    /// Byte offset of every char, plus the end; empty when the text is ASCII.
    char_to_byte: Vec<usize>,
}

impl<'s> Source<'s> {
    fn new(text: &'s str) -> Self {
        let char_to_byte = if text.is_ascii() {
            Vec::new()
        } else {
            text.char_indices()
                .map(|(b, _)| b)
                .chain(std::iter::once(text.len()))
                .collect()
        };
        Self { text, char_to_byte }
    }

    fn byte(&self, char_index: usize) -> usize {
        if self.char_to_byte.is_empty() {
            char_index.min(self.text.len())
        } else {
            self.char_to_byte
                .get(char_index)
                .copied()
                .unwrap_or(self.text.len())
        }
    }

    fn slice(&self, start: usize, end: usize) -> &'s str {
        let (s, e) = (self.byte(start), self.byte(end));
        self.text.get(s..e.max(s)).unwrap_or("")
    }
}

/// The part of the walk state that changes with nesting.
#[derive(Clone, Copy)]
struct Ctx {
    depth: usize,
    /// It may not run (see [`SimpleCommand::conditional`]).
    conditional: bool,
    /// The `&&`/`||` list it is part of (see [`SimpleCommand::and_or`]).
    and_or: usize,
    /// The shell environment (see [`Analysis::scope_parents`]).
    scope: usize,
    nesting: Nesting,
    top_index: Option<usize>,
    background: bool,
    timed_posix: bool,
    pipeline: PipelinePos,
}

fn parse_program(src: &str, options: &ParserOptions) -> Result<ast::Program, ShellError> {
    // brush-parser is not free of internal unwraps; a panic in the parser must
    // become a syntax error (which callers treat as "ask"), never a crash.
    let result = catch_unwind(AssertUnwindSafe(|| {
        let tokens = brush_parser::uncached_tokenize_str(src, &options.tokenizer_options())
            .map_err(|e| ShellError::Syntax(e.to_string()))?;
        brush_parser::parse_tokens(&tokens, options).map_err(|e| ShellError::Syntax(e.to_string()))
    }));
    match result {
        Ok(r) => r,
        Err(_) => Err(ShellError::Syntax(
            "the bash parser rejected the command".into(),
        )),
    }
}

/// Deepest nesting of `(`, `{` and backticks outside single quotes (and of
/// `$(` inside double quotes).
///
/// brush-parser's PEG grammar backtracks exponentially on nested parentheses
/// (found by fuzzing: 20 nested `((` take over ten seconds), so nesting is
/// bounded before parsing. Real commands rarely nest more than four levels.
fn nesting_depth(src: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    let (mut single, mut double, mut backtick) = (false, false, false);
    let mut dq_subs = 0usize;
    let bytes = src.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let Some(&b) = bytes.get(i) else { break };
        if single {
            single = b != b'\'';
        } else if b == b'\\' {
            i += 1;
        } else if double {
            match b {
                b'"' => double = false,
                b'$' if bytes.get(i + 1) == Some(&b'(') => {
                    dq_subs += 1;
                    depth += 1;
                    i += 1;
                }
                b')' if dq_subs > 0 => {
                    dq_subs -= 1;
                    depth = depth.saturating_sub(1);
                }
                _ => {}
            }
        } else {
            match b {
                b'\'' => single = true,
                b'"' => double = true,
                b'(' | b'{' => depth += 1,
                b')' | b'}' => depth = depth.saturating_sub(1),
                b'`' => {
                    backtick = !backtick;
                    if backtick {
                        depth += 1;
                    } else {
                        depth = depth.saturating_sub(1);
                    }
                }
                _ => {}
            }
        }
        max = max.max(depth);
        i += 1;
    }
    max
}

/// Deepest nesting of `${` parameter expansions, ignoring quotes.
///
/// brush-parser's word parser backtracks exponentially on nested expansions
/// with subscripts (found by fuzzing: five levels of `${A[-` take over a
/// second, each level ~25x the last), so this is bounded before parsing.
fn parameter_nesting(src: &str) -> usize {
    let bytes = src.as_bytes();
    let mut stack: Vec<bool> = Vec::new();
    let (mut params, mut max) = (0usize, 0usize);
    let mut i = 0;
    while i < bytes.len() {
        match bytes.get(i).copied().unwrap_or(0) {
            b'$' if bytes.get(i + 1) == Some(&b'{') => {
                stack.push(true);
                params += 1;
                max = max.max(params);
                i += 1;
            }
            b'{' => stack.push(false),
            b'}' if stack.pop() == Some(true) => params -= 1,
            _ => {}
        }
        i += 1;
    }
    max
}

/// Whether some `${NAME[` opens an array subscript that no `]` closes.
///
/// brush-parser's word parser backtracks exponentially over such
/// unterminated subscripts (found by fuzzing: each one multiplies the parse
/// time about twentyfold); bash itself rejects them as bad substitutions.
fn unterminated_subscript(src: &str) -> bool {
    let bytes = src.as_bytes();
    let mut i = 0;
    while i + 1 < bytes.len() {
        if bytes.get(i) == Some(&b'$') && bytes.get(i + 1) == Some(&b'{') {
            let mut j = i + 2;
            while bytes
                .get(j)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
            {
                j += 1;
            }
            if bytes.get(j) == Some(&b'[') {
                let mut depth = 0usize;
                let mut closed = false;
                for &c in bytes.get(j..).unwrap_or(&[]) {
                    match c {
                        b'[' => depth += 1,
                        b']' => {
                            depth -= 1;
                            if depth == 0 {
                                closed = true;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                if !closed {
                    return true;
                }
            }
            i = j;
            continue;
        }
        i += 1;
    }
    false
}

/// The first here-document delimiter (after `<<` or `<<-`) that holds
/// expansion or operator characters.
///
/// brush-parser 0.4.0's tokenizer queues here-document tokens inside `$(...)`
/// without checking for the end of input, and grows memory without bound on
/// some odd delimiters (found by fuzzing: `<<B@$( )E}...`, and `<< )"` inside a
/// double-quoted `$(...)`). Real delimiters are plain words (`EOF`, `'EOF'`,
/// `"END"`), so anything else is refused before parsing. The scan ignores
/// quoting on purpose: a here-document can hide in a quoted substitution, and
/// a false alarm only means "cannot be checked".
fn odd_heredoc_delimiter(src: &str) -> Option<String> {
    let bytes = src.as_bytes();
    // A backquoted substitution ends where the next backquote is, inside
    // single quotes or not, so the quoting of the line around it is not
    // the tokenizer's: with a backquote anywhere, quoting is ignored
    // (found by fuzzing in session 44: ``d`x'`g'.'<<''''''''``).
    let quoted = if src.contains('`') {
        vec![false; bytes.len()]
    } else {
        single_quoted(src)
    };
    let mut i = 0;
    while i + 1 < bytes.len() {
        // Inside single quotes nothing is expanded or redirected (no
        // substitution can hide there): `python3 -c 'print(1<<3)'`.
        if quoted.get(i).copied().unwrap_or(false) {
            i += 1;
            continue;
        }
        if bytes.get(i..i + 3) == Some(b"<<<") {
            // A here-string, not a here-document.
            i += 3;
            continue;
        }
        // Arithmetic (`$(( 1 << n ))`, `(( x <<= 1 ))`): `<<` is a shift.
        if bytes.get(i..i + 2) == Some(b"((") {
            if let Some(end) = arithmetic_end(bytes, i + 2) {
                i = end;
                continue;
            }
        }
        if bytes.get(i) == Some(&b'<') && bytes.get(i + 1) == Some(&b'<') {
            let mut j = i + 2;
            if bytes.get(j) == Some(&b'-') {
                j += 1;
            }
            while matches!(bytes.get(j), Some(b' ' | b'\t')) {
                j += 1;
            }
            let start = j;
            while let Some(&c) = bytes.get(j) {
                if matches!(c, b' ' | b'\t' | b'\n') {
                    break;
                }
                j += 1;
            }
            let delim = src.get(start..j).unwrap_or("");
            // An empty delimiter once quotes are removed (`<<''`, `<<""`):
            // with nothing after it, brush-parser's tokenizer loops and
            // allocates without end (found by fuzzing in session 9: `a<<'' `
            // took over 600 MB a second); bash accepts it, but no real
            // command needs it.
            let unquoted_empty = delim.bytes().all(|c| matches!(c, b'\'' | b'"' | b'\\'));
            let bad = delim.is_empty()
                || unquoted_empty
                || delim.bytes().any(|c| {
                    matches!(
                        c,
                        b'$' | b'`' | b'(' | b')' | b'{' | b'}' | b'<' | b'>' | b';' | b'&' | b'|'
                    )
                });
            if bad {
                return Some(delim.to_owned());
            }
            i = j;
            continue;
        }
        i += 1;
    }
    None
}

/// Where the arithmetic opened just before `from` (`((`) closes: the index
/// after its `))`, or `None` when its parentheses never balance.
fn arithmetic_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut j = from;
    while let Some(&c) = bytes.get(j) {
        match c {
            b'(' => depth += 1,
            b')' if depth > 0 => depth -= 1,
            b')' => return (bytes.get(j + 1) == Some(&b')')).then_some(j + 2),
            _ => {}
        }
        j += 1;
    }
    None
}

/// For each byte of `src`, whether it is inside a single-quoted string
/// (`'...'` outside double quotes, or an ANSI-C `$'...'`, where `\'` does
/// not end it). Backslash escapes outside quotes are honoured.
fn single_quoted(src: &str) -> Vec<bool> {
    let bytes = src.as_bytes();
    let mut out = vec![false; bytes.len()];
    let (mut single, mut ansi, mut double) = (false, false, false);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if single {
            if let Some(slot) = out.get_mut(i) {
                *slot = true;
            }
            if ansi && b == b'\\' {
                if let Some(slot) = out.get_mut(i + 1) {
                    *slot = true;
                }
                i += 2;
                continue;
            }
            if b == b'\'' {
                single = false;
                ansi = false;
            }
            i += 1;
            continue;
        }
        match b {
            b'\\' => {
                i += 2;
                continue;
            }
            b'"' => double = !double,
            b'\'' if !double => {
                single = true;
                ansi = i > 0 && bytes.get(i - 1) == Some(&b'$');
            }
            _ => {}
        }
        i += 1;
    }
    out
}

impl Walker<'_> {
    fn program(
        &mut self,
        src: &str,
        depth: usize,
        nesting: Nesting,
        top_index: Option<usize>,
        parent_scope: usize,
    ) -> Result<(), ShellError> {
        if src.len() > self.limits.max_len {
            return Err(ShellError::TooLong {
                len: src.len(),
                max: self.limits.max_len,
            });
        }
        // A carriage return after `<<` sends brush-parser 0.4.0's tokenizer
        // into an endless loop (found by fuzzing: `<<\r(#`), and control
        // characters in an agent's command are an obfuscation signal anyway
        // (`\r` hides what precedes it on a terminal). Refuse them all
        // except tab and newline.
        let ascii_controls = src
            .bytes()
            .any(|b| (b < 0x20 && b != b'\t' && b != b'\n') || b == 0x7f);
        let found = if ascii_controls || !src.is_ascii() {
            src.char_indices()
                .find(|&(_, c)| (c.is_control() && c != '\t' && c != '\n') || c == '\u{7f}')
        } else {
            None
        };
        if let Some((offset, c)) = found {
            return Err(ShellError::ControlCharacter {
                code: u32::from(c),
                offset,
            });
        }
        // Unbalanced `[` make the word parser backtrack over bracket
        // expressions (found by fuzzing: ~30 open `[` take over ten seconds).
        if src.contains('[') && unquoted_open_brackets(src) > 3 {
            return Err(ShellError::Syntax("too many unclosed '[' brackets".into()));
        }
        let has_parameters = src.contains("${");
        // Subscripts opening with `(` inside parameter expansions make the
        // word parser backtrack (found by fuzzing: 201 bytes with seven
        // `[(` took 1.2 s in release); real commands have at most one.
        if has_parameters && src.matches("[(").count() > 2 {
            return Err(ShellError::Syntax(
                "too many '[(' subscripts inside parameter expansions".into(),
            ));
        }
        if has_parameters && unterminated_subscript(src) {
            return Err(ShellError::Syntax(
                "a ${NAME[ array subscript is never closed".into(),
            ));
        }
        // The same tokenizer loop runs on a here-document inside a `$(` that
        // is never closed (found by fuzzing); such a command is not valid
        // bash anyway.
        let has_heredoc = src.contains("<<") && src.replace("<<<", "").contains("<<");
        if has_heredoc && src.matches('(').count() > src.matches(')').count() {
            return Err(ShellError::Syntax(
                "a here-document inside an unterminated substitution".into(),
            ));
        }
        if let Some(delim) = has_heredoc.then(|| odd_heredoc_delimiter(src)).flatten() {
            return Err(ShellError::Syntax(format!(
                "here-document delimiter {delim:?} is not a plain word"
            )));
        }
        if depth > self.limits.max_depth
            || depth + nesting_depth(src) > self.limits.max_nesting
            || (has_parameters && parameter_nesting(src) > self.limits.max_parameter_nesting)
        {
            return Err(ShellError::TooDeep {
                max: self.limits.max_depth,
            });
        }
        // brush-parser 0.4.0 has no `select` loop. A `select NAME in WORDS;
        // do ...; done` runs its body with NAME bound to one of WORDS, as a
        // `for` loop does: on a failed parse, `select` in command position
        // is read as `for` (padded to the same length, so every span and
        // command text stays the source's own).
        // A here-document the input leaves open is read to the end of the
        // input, as bash reads it (see [`crate::eof`]).
        let respelt;
        let (program, src) = match parse_program(src, &self.options) {
            Ok(p) => (p, src),
            Err(e) => {
                let closed = crate::eof::closed_at_end(src, &self.options);
                let base = closed.as_deref().unwrap_or(src);
                match select_as_for(base).or(closed.clone()) {
                    Some(alt) => {
                        respelt = alt;
                        (parse_program(&respelt, &self.options)?, respelt.as_str())
                    }
                    None => return Err(e),
                }
            }
        };
        let source = Source::new(src);
        let scope = if matches!(nesting, Nesting::TopLevel) {
            parent_scope
        } else {
            self.new_scope(parent_scope)
        };
        let ctx = Ctx {
            depth,
            conditional: false,
            and_or: 0,
            scope,
            nesting,
            top_index,
            background: false,
            timed_posix: false,
            pipeline: PipelinePos::default(),
        };
        for list in &program.complete_commands {
            self.compound_list(&source, list, ctx)?;
        }
        Ok(())
    }

    fn compound_list(
        &mut self,
        src: &Source<'_>,
        list: &ast::CompoundList,
        ctx: Ctx,
    ) -> Result<(), ShellError> {
        for ast::CompoundListItem(and_or, sep) in &list.0 {
            let background = matches!(sep, ast::SeparatorOperator::Async);
            // A background job runs in a subshell.
            let scope = if background {
                self.new_scope(ctx.scope)
            } else {
                ctx.scope
            };
            let ctx = Ctx {
                background: ctx.background || background,
                scope,
                and_or: self.new_and_or(),
                ..ctx
            };
            self.pipeline(src, &and_or.first, ctx)?;
            for next in &and_or.additional {
                let (ast::AndOr::And(p) | ast::AndOr::Or(p)) = next;
                let ctx = Ctx {
                    conditional: true,
                    ..ctx
                };
                self.pipeline(src, p, ctx)?;
            }
        }
        Ok(())
    }

    fn pipeline(
        &mut self,
        src: &Source<'_>,
        pipeline: &ast::Pipeline,
        ctx: Ctx,
    ) -> Result<(), ShellError> {
        let ctx = Ctx {
            timed_posix: matches!(
                pipeline.timed,
                Some(ast::PipelineTimed::TimedWithPosixOutput(_))
            ),
            ..ctx
        };
        let id = self.out.pipeline_count;
        self.out.pipeline_count += 1;
        // `echo CMD | while read c; do ...; done`: the loop reads the
        // fixed text the element before it prints.
        for pair in pipeline.seq.windows(2) {
            if let [ast::Command::Simple(before), ast::Command::Compound(ast::CompoundCommand::WhileClause(w), _)] =
                pair
            {
                let bound = crate::readloop::read_condition(&w.0).and_then(|(name, raw)| {
                    crate::readloop::printed(&before.to_string())
                        .map(|text| (name, crate::readloop::text_lines(&text, raw)))
                });
                if let Some((name, lines)) = bound {
                    self.out.loop_bindings.push(LoopBinding {
                        name,
                        values: lines.iter().map(|l| Word::plain(l)).collect(),
                    });
                }
            }
        }
        for (index, command) in pipeline.seq.iter().enumerate() {
            // Every element of a pipeline of several runs in a subshell.
            let scope = if pipeline.seq.len() > 1 {
                self.new_scope(ctx.scope)
            } else {
                ctx.scope
            };
            let ctx = Ctx {
                pipeline: PipelinePos {
                    id,
                    index,
                    len: pipeline.seq.len(),
                },
                scope,
                ..ctx
            };
            let ctx = match ctx.top_index {
                Some(_) => ctx,
                None => {
                    let idx = self.out.top_level_count;
                    self.out.top_level_count += 1;
                    let transparent = matches!(
                        command,
                        ast::Command::Simple(_)
                            | ast::Command::Compound(ast::CompoundCommand::IfClause(_), None)
                    );
                    if !transparent {
                        self.out.compound_top_level.push(idx);
                    }
                    Ctx {
                        top_index: Some(idx),
                        ..ctx
                    }
                }
            };
            self.command(src, command, ctx)?;
        }
        Ok(())
    }

    fn nested(&self, ctx: Ctx, nesting: Nesting) -> Ctx {
        // A function's body runs only when it is called (then in the
        // caller's environment); walked at its definition, nothing it does
        // may hold.
        let scope = match nesting {
            Nesting::Subshell | Nesting::ProcessSubstitution | Nesting::FunctionBody => {
                self.new_scope(ctx.scope)
            }
            _ => ctx.scope,
        };
        Ctx {
            depth: ctx.depth + 1,
            nesting,
            scope,
            conditional: ctx.conditional
                || matches!(nesting, Nesting::IfClause | Nesting::ControlFlow),
            ..ctx
        }
    }

    /// A new `&&`/`||` list id.
    fn new_and_or(&self) -> usize {
        let n = self.and_ors.get() + 1;
        self.and_ors.set(n);
        n
    }

    /// A new shell environment inside `parent`.
    fn new_scope(&self, parent: usize) -> usize {
        let mut scopes = self.scopes.borrow_mut();
        scopes.push(parent);
        scopes.len() - 1
    }

    fn check_depth(&self, ctx: Ctx) -> Result<(), ShellError> {
        if ctx.depth > self.limits.max_depth {
            return Err(ShellError::TooDeep {
                max: self.limits.max_depth,
            });
        }
        Ok(())
    }

    fn command(
        &mut self,
        src: &Source<'_>,
        command: &ast::Command,
        ctx: Ctx,
    ) -> Result<(), ShellError> {
        self.check_depth(ctx)?;
        match command {
            ast::Command::Simple(simple) => self.simple(src, simple, ctx),
            ast::Command::Compound(compound, redirects) => {
                self.compound(src, compound, ctx)?;
                if let Some(list) = redirects {
                    // Redirections on a group apply to every command inside;
                    // report them on a synthetic entry so they are checked.
                    let mut nested_found = false;
                    let redirects = self.redirect_list(src, list, ctx, &mut nested_found)?;
                    if let ast::CompoundCommand::WhileClause(w) = compound {
                        // The lines read: fixed text, or else the output
                        // of the file or command the loop reads (`done <
                        // LIST`, `done < <(find ~)`), as `$(CMD)`.
                        let bound =
                            crate::readloop::read_condition(&w.0).and_then(|(name, raw)| {
                                crate::readloop::input_lines(&redirects, raw)
                                    .or_else(|| {
                                        crate::readloop::input_command(&redirects)
                                            .map(|c| vec![format!("$({c})")])
                                    })
                                    .map(|l| (name, l))
                            });
                        if let Some((name, lines)) = bound {
                            self.out.loop_bindings.push(LoopBinding {
                                name,
                                values: lines.iter().map(|l| Word::plain(l)).collect(),
                            });
                        }
                    }
                    if !redirects.is_empty() {
                        self.push(SimpleCommand {
                            redirects,
                            has_nested_commands: nested_found,
                            ..SimpleCommand::empty(ctx)
                        })?;
                    }
                }
                Ok(())
            }
            ast::Command::Function(func) => {
                let ast::FunctionBody(body, redirects) = &func.body;
                let inner = self.nested(ctx, Nesting::FunctionBody);
                let start = self.out.commands.len();
                self.compound(src, body, inner)?;
                self.out.functions.push(FunctionDef {
                    name: func.fname.value.clone(),
                    commands: start..self.out.commands.len(),
                });
                if let Some(list) = redirects {
                    let mut ignored = false;
                    self.redirect_list(src, list, inner, &mut ignored)?;
                }
                Ok(())
            }
            ast::Command::ExtendedTest(expr, _) => {
                // `[[ ... ]]` runs no command itself, but its words may
                // contain substitutions.
                let mut words = Vec::new();
                collect_test_words(&expr.expr, &mut words);
                let inner = self.nested(ctx, Nesting::ControlFlow);
                for w in words {
                    self.word(w, inner)?;
                }
                Ok(())
            }
        }
    }

    fn compound(
        &mut self,
        src: &Source<'_>,
        compound: &ast::CompoundCommand,
        ctx: Ctx,
    ) -> Result<(), ShellError> {
        use ast::CompoundCommand as C;
        match compound {
            C::BraceGroup(g) => {
                self.compound_list(src, &g.list, self.nested(ctx, Nesting::BraceGroup))
            }
            C::Subshell(s) => self.compound_list(src, &s.list, self.nested(ctx, Nesting::Subshell)),
            C::Arithmetic(a) => {
                // brush-parser 0.4 reads `( (` ... `) )` with a space between
                // the parentheses as an arithmetic command; bash reads
                // `((` only when the two are adjacent, so the spaced form
                // is nested subshells and its commands run. Walk it as such.
                let (start, end) = (a.loc.start.index, a.loc.end.index);
                if src.slice(start, start.saturating_add(2)) != "((" {
                    let inner = src.slice(start.saturating_add(1), end.saturating_sub(1));
                    return self.program(
                        inner,
                        ctx.depth + 1,
                        Nesting::Subshell,
                        ctx.top_index,
                        ctx.scope,
                    );
                }
                self.arith_text(&a.expr.value, ctx)
            }
            C::ArithmeticForClause(f) => {
                let inner = self.nested(ctx, Nesting::ControlFlow);
                for e in [&f.initializer, &f.condition, &f.updater]
                    .into_iter()
                    .flatten()
                {
                    self.arith_text(&e.value, inner)?;
                }
                self.compound_list(src, &f.body.list, inner)
            }
            C::ForClause(f) => {
                let inner = self.nested(ctx, Nesting::ControlFlow);
                let mut words = Vec::new();
                if let Some(values) = &f.values {
                    for w in values {
                        words.push(self.word(w, inner)?.0);
                    }
                }
                self.out.loop_bindings.push(LoopBinding {
                    name: f.variable_name.clone(),
                    values: words,
                });
                self.compound_list(src, &f.body.list, inner)
            }
            C::CaseClause(c) => {
                let inner = self.nested(ctx, Nesting::ControlFlow);
                self.word(&c.value, inner)?;
                for case in &c.cases {
                    for p in &case.patterns {
                        self.word(p, inner)?;
                    }
                    if let Some(cmd) = &case.cmd {
                        self.compound_list(src, cmd, inner)?;
                    }
                }
                Ok(())
            }
            C::IfClause(i) => {
                let inner = self.nested(ctx, Nesting::IfClause);
                self.compound_list(src, &i.condition, inner)?;
                self.compound_list(src, &i.then, inner)?;
                if let Some(elses) = &i.elses {
                    for e in elses {
                        if let Some(cond) = &e.condition {
                            self.compound_list(src, cond, inner)?;
                        }
                        self.compound_list(src, &e.body, inner)?;
                    }
                }
                Ok(())
            }
            C::WhileClause(w) | C::UntilClause(w) => {
                let inner = self.nested(ctx, Nesting::ControlFlow);
                self.compound_list(src, &w.0, inner)?;
                self.compound_list(src, &w.1.list, inner)
            }
            C::Coprocess(c) => {
                let inner = self.nested(ctx, Nesting::ControlFlow);
                self.command(src, &c.body, inner)
            }
        }
    }

    /// Arithmetic text may contain `$(...)`; it is parsed as a word.
    fn arith_text(&mut self, text: &str, ctx: Ctx) -> Result<(), ShellError> {
        self.expanded_text(text, ctx).map(|_| ())
    }

    /// Text bash expands before using it (arithmetic, an array subscript,
    /// a substring offset): the command substitutions in it run. Returns
    /// whether there was one.
    fn expanded_text(&mut self, text: &str, ctx: Ctx) -> Result<bool, ShellError> {
        if text.contains("$(") || text.contains('`') {
            let (_, found) = self.word_pieces(text, ctx)?;
            return Ok(found);
        }
        Ok(false)
    }

    fn push(&mut self, command: SimpleCommand) -> Result<(), ShellError> {
        if self.out.commands.len() >= self.limits.max_commands {
            return Err(ShellError::TooManyCommands {
                max: self.limits.max_commands,
            });
        }
        self.out.commands.push(command);
        Ok(())
    }

    fn simple(
        &mut self,
        src: &Source<'_>,
        simple: &ast::SimpleCommand,
        ctx: Ctx,
    ) -> Result<(), ShellError> {
        let mut assignments = Vec::new();
        let mut argv_words: Vec<&ast::Word> = Vec::new();
        let mut redirects = Vec::new();
        // Spans of the pieces that make up `text` (assignments and words).
        let mut text_spans: Vec<(usize, usize)> = Vec::new();
        let mut argv_spans: Vec<(usize, usize)> = Vec::new();
        let mut nested_found = false;
        // Reserve our slot so that nested commands follow their parent.
        let slot = self.out.commands.len();
        self.push(SimpleCommand::empty(ctx))?;
        let inner_sub = self.nested(ctx, Nesting::CommandSubstitution);

        // The prefix, the command name and the suffix, in order; the name is
        // borrowed as a plain word rather than cloned into an item.
        let prefix = simple.prefix.iter().flat_map(|p| p.0.iter().map(Item::Of));
        let name = simple.word_or_name.iter().map(Item::Name);
        let suffix = simple.suffix.iter().flat_map(|p| p.0.iter().map(Item::Of));

        let mut argv = Vec::new();
        for item in prefix.chain(name).chain(suffix) {
            match item {
                Item::Name(w) | Item::Of(ast::CommandPrefixOrSuffixItem::Word(w)) => {
                    if let Some(span) = &w.loc {
                        text_spans.push((span.start.index, span.end.index));
                        argv_spans.push((span.start.index, span.end.index));
                    }
                    let (word, found) = self.word(w, inner_sub)?;
                    nested_found |= found;
                    argv.push(word);
                    argv_words.push(w);
                }
                Item::Of(ast::CommandPrefixOrSuffixItem::AssignmentWord(a, w)) => {
                    if argv.is_empty() {
                        if let Some(span) = &w.loc {
                            text_spans.push((span.start.index, span.end.index));
                        }
                        let (value, found) = self.assignment_value(a, inner_sub)?;
                        nested_found |= found;
                        // `a[$(cmd)]=1`: the subscript is expanded.
                        if let ast::AssignmentName::ArrayElementName(_, index) = &a.name {
                            nested_found |= self.expanded_text(index, inner_sub)?;
                        }
                        assignments.push(Assignment {
                            name: assignment_name(&a.name),
                            value,
                        });
                    } else {
                        // `export FOO=bar`, `declare x=1`: an argument word.
                        if let Some(span) = &w.loc {
                            text_spans.push((span.start.index, span.end.index));
                            argv_spans.push((span.start.index, span.end.index));
                        }
                        let (word, found) = self.word(w, inner_sub)?;
                        nested_found |= found;
                        argv.push(word);
                    }
                }
                Item::Of(ast::CommandPrefixOrSuffixItem::IoRedirect(r)) => {
                    if let Some(r) = self.redirect(src, r, ctx, &mut nested_found)? {
                        redirects.push(r);
                    }
                }
                Item::Of(ast::CommandPrefixOrSuffixItem::ProcessSubstitution(kind, sub)) => {
                    nested_found = true;
                    self.compound_list(
                        src,
                        &sub.list,
                        self.nested(ctx, Nesting::ProcessSubstitution),
                    )?;
                    // A process substitution stands for a file name argument;
                    // one written to (`tee >(sh)`) keeps its command text.
                    let raw = match kind {
                        ast::ProcessSubstitutionKind::Read => "<(...)".to_owned(),
                        ast::ProcessSubstitutionKind::Write => format!(">({})", sub.list),
                    };
                    argv.push(Word::dynamic(raw, true));
                }
            }
        }

        let entry = SimpleCommand {
            text: join_spans(src, &text_spans),
            argv_text: join_spans(src, &argv_spans),
            assignments,
            argv,
            redirects,
            nesting: ctx.nesting,
            depth: ctx.depth,
            top_index: ctx.top_index.unwrap_or(0),
            background: ctx.background,
            timed_posix: ctx.timed_posix,
            has_nested_commands: nested_found,
            pipeline: ctx.pipeline,
            scope: ctx.scope,
            conditional: ctx.conditional,
            and_or: ctx.and_or,
        };
        if let Some(s) = self.out.commands.get_mut(slot) {
            *s = entry;
        }
        Ok(())
    }

    fn redirect_list(
        &mut self,
        src: &Source<'_>,
        list: &ast::RedirectList,
        ctx: Ctx,
        nested_found: &mut bool,
    ) -> Result<Vec<Redirect>, ShellError> {
        let mut out = Vec::new();
        for r in &list.0 {
            if let Some(r) = self.redirect(src, r, ctx, nested_found)? {
                out.push(r);
            }
        }
        Ok(out)
    }

    fn redirect(
        &mut self,
        src: &Source<'_>,
        r: &ast::IoRedirect,
        ctx: Ctx,
        nested_found: &mut bool,
    ) -> Result<Option<Redirect>, ShellError> {
        let inner_sub = self.nested(ctx, Nesting::CommandSubstitution);
        Ok(match r {
            ast::IoRedirect::File(fd, kind, target) => {
                let kind = match kind {
                    ast::IoFileRedirectKind::Read => RedirectKind::Read,
                    ast::IoFileRedirectKind::Write | ast::IoFileRedirectKind::Clobber => {
                        RedirectKind::Write
                    }
                    ast::IoFileRedirectKind::Append => RedirectKind::Append,
                    ast::IoFileRedirectKind::ReadAndWrite => RedirectKind::ReadWrite,
                    ast::IoFileRedirectKind::DuplicateInput
                    | ast::IoFileRedirectKind::DuplicateOutput => RedirectKind::Duplicate,
                };
                match target {
                    ast::IoFileRedirectTarget::Filename(w) => {
                        let (word, found) = self.word(w, inner_sub)?;
                        *nested_found |= found;
                        Some(Redirect::new(*fd, kind, Some(word), false))
                    }
                    ast::IoFileRedirectTarget::Duplicate(w) => {
                        let (word, found) = self.word(w, inner_sub)?;
                        *nested_found |= found;
                        // `2>&1`, `>&-`: descriptors, not files.
                        let is_fd = word.literal.as_deref().is_some_and(|v| {
                            v == "-" || v.trim_end_matches('-').bytes().all(|b| b.is_ascii_digit())
                        });
                        let mut r =
                            Redirect::new(*fd, kind, (!is_fd).then_some(word.clone()), false);
                        r.dup_from = word.literal.as_deref().and_then(|v| v.parse().ok());
                        Some(r)
                    }
                    ast::IoFileRedirectTarget::Fd(_) => None,
                    ast::IoFileRedirectTarget::ProcessSubstitution(_, sub) => {
                        *nested_found = true;
                        self.compound_list(
                            src,
                            &sub.list,
                            self.nested(ctx, Nesting::ProcessSubstitution),
                        )?;
                        // `bash < <(echo ...)`: the substitution's output is
                        // the command's input, so a reader of the redirect
                        // (a shell's script) can find it among the nested
                        // commands. An output substitution (`> >(tee log)`)
                        // writes no file: recorded with its command text only.
                        if kind != RedirectKind::Read {
                            let mut r = Redirect::new(*fd, kind, None, false);
                            r.process = Some(sub.list.to_string());
                            return Ok(Some(r));
                        }
                        (kind == RedirectKind::Read).then(|| {
                            let mut r = Redirect::new(
                                *fd,
                                kind,
                                Some(Word::dynamic("<(...)".into(), true)),
                                false,
                            );
                            r.process = Some(sub.list.to_string());
                            // `< <(echo TEXT)`: fixed text is the input.
                            if let Some(text) = crate::readloop::printed(&sub.list.to_string()) {
                                r.input_text = Some(text);
                                r.input_static = true;
                            }
                            r
                        })
                    }
                }
            }
            ast::IoRedirect::OutputAndError(w, _append) => {
                let (word, found) = self.word(w, inner_sub)?;
                *nested_found |= found;
                Some(Redirect::new(
                    None,
                    RedirectKind::OutputAndError,
                    Some(word),
                    false,
                ))
            }
            ast::IoRedirect::HereString(fd, w) => {
                let (word, found) = self.word(w, inner_sub)?;
                *nested_found |= found;
                let mut r = Redirect::new(*fd, RedirectKind::HereInput, None, false);
                r.input_text = Some(word.value_or_raw().to_owned());
                r.input_static = word.literal.is_some();
                Some(r)
            }
            ast::IoRedirect::HereDocument(fd, doc) => {
                if doc.requires_expansion {
                    // An unquoted here-document expands `$(...)` and backticks.
                    let pieces = catch_unwind(AssertUnwindSafe(|| {
                        brush_parser::word::parse_heredoc(&doc.doc.value, &self.options)
                    }));
                    match pieces {
                        Ok(Ok(pieces)) => {
                            let mut w = WordFacts::default();
                            self.pieces(&pieces, inner_sub, &mut w, false)?;
                            *nested_found |= w.command_substitution;
                        }
                        _ => {
                            return Err(ShellError::Syntax(
                                "cannot parse the here-document body".into(),
                            ))
                        }
                    }
                }
                let mut r =
                    Redirect::new(*fd, RedirectKind::HereInput, None, doc.requires_expansion);
                r.input_text = Some(doc.doc.value.clone());
                r.input_static =
                    !doc.requires_expansion || !doc.doc.value.contains(['$', '`', '\\']);
                Some(r)
            }
        })
    }

    fn assignment_value(
        &mut self,
        a: &ast::Assignment,
        ctx: Ctx,
    ) -> Result<(Word, bool), ShellError> {
        match &a.value {
            ast::AssignmentValue::Scalar(w) => self.word(w, ctx),
            ast::AssignmentValue::Array(elements) => {
                let mut found = false;
                let mut raw = String::from("(");
                for (i, (key, value)) in elements.iter().enumerate() {
                    if i > 0 {
                        raw.push(' ');
                    }
                    if let Some(k) = key {
                        found |= self.word(k, ctx)?.1;
                    }
                    let (w, f) = self.word(value, ctx)?;
                    found |= f;
                    raw.push_str(&w.raw);
                }
                raw.push(')');
                Ok((Word::dynamic(raw, found), found))
            }
        }
    }

    /// Analyses one word; returns it and whether it contained a substitution.
    fn word(&mut self, w: &ast::Word, ctx: Ctx) -> Result<(Word, bool), ShellError> {
        self.word_pieces(&w.value, ctx)
    }

    fn word_pieces(&mut self, raw: &str, ctx: Ctx) -> Result<(Word, bool), ShellError> {
        self.check_depth(ctx)?;
        // Fast path: a word with no quoting, expansion or glob characters is
        // its own literal value.
        if !raw.is_empty()
            && !raw.bytes().any(|b| {
                matches!(
                    b,
                    b'\'' | b'"' | b'\\' | b'$' | b'`' | b'~' | b'*' | b'?' | b'[' | b'{'
                )
            })
        {
            return Ok((Word::plain(raw), false));
        }
        let parsed = catch_unwind(AssertUnwindSafe(|| {
            brush_parser::word::parse(raw, &self.options)
        }));
        let pieces = match parsed {
            Ok(Ok(p)) => p,
            Ok(Err(e)) => return Err(ShellError::Syntax(e.to_string())),
            Err(_) => return Err(ShellError::Syntax(format!("cannot parse the word {raw:?}"))),
        };
        let mut facts = WordFacts::default();
        // bash 5.3's `${ CMD; }` and `${| CMD; }` (and ksh's) run CMD in
        // the current shell; the parser keeps them as text.
        for body in function_substitutions(raw, false) {
            facts.command_substitution = true;
            facts.dynamic = true;
            self.program(
                body,
                ctx.depth + 1,
                Nesting::CommandSubstitution,
                ctx.top_index,
                ctx.scope,
            )?;
        }
        self.pieces(&pieces, ctx, &mut facts, false)?;
        let found = facts.command_substitution;
        Ok((
            Word {
                raw: raw.to_owned(),
                literal: (!facts.dynamic).then_some(facts.value),
                has_command_substitution: facts.command_substitution,
                has_parameter_expansion: facts.parameter,
                tilde: facts.tilde,
                glob: facts.glob,
                brace_expansion: facts.brace,
                braced_parameter: facts.braced_parameter,
            },
            found,
        ))
    }

    fn pieces(
        &mut self,
        pieces: &[WordPieceWithSource],
        ctx: Ctx,
        facts: &mut WordFacts,
        quoted: bool,
    ) -> Result<(), ShellError> {
        for (i, p) in pieces.iter().enumerate() {
            match &p.piece {
                WordPiece::Text(t) => {
                    if !quoted && is_glob(t) {
                        facts.glob = true;
                    }
                    if !quoted && has_brace_expansion(t) {
                        facts.brace = true;
                    }
                    facts.value.push_str(t);
                }
                WordPiece::SingleQuotedText(t) => facts.value.push_str(t),
                WordPiece::AnsiCQuotedText(t) => {
                    facts.value.push_str(&crate::word::ansi_c_value(t))
                }
                WordPiece::EscapeSequence(e) => {
                    // `\x` stands for `x`; inside double quotes only some
                    // escapes are removed, but the distinction does not
                    // matter for the command names and paths we inspect.
                    facts.value.push_str(e.strip_prefix('\\').unwrap_or(e));
                }
                WordPiece::DoubleQuotedSequence(inner)
                | WordPiece::GettextDoubleQuotedSequence(inner) => {
                    self.pieces(inner, ctx, facts, true)?;
                }
                WordPiece::TildeExpansion(t) => {
                    if i == 0 && !quoted {
                        facts.tilde = true;
                    }
                    facts.value.push('~');
                    if let brush_parser::word::TildeExpr::UserHome(u) = t {
                        facts.value.push_str(u);
                    }
                }
                WordPiece::ParameterExpansion(expr) => {
                    facts.parameter = true;
                    if raw_piece_is_braced(p) {
                        facts.braced_parameter = true;
                    }
                    facts.dynamic = true;
                    for nested in parameter_words(expr) {
                        let (_, found) = self.word_pieces(nested, ctx)?;
                        facts.command_substitution |= found;
                    }
                    // Subscripts and substring bounds are expanded too
                    // (`${a[$(cmd)]}`, `${x:$(cmd)}`).
                    for text in parameter_arithmetic(expr) {
                        facts.command_substitution |= self.expanded_text(text, ctx)?;
                    }
                }
                WordPiece::CommandSubstitution(text)
                | WordPiece::BackquotedCommandSubstitution(text) => {
                    facts.command_substitution = true;
                    facts.dynamic = true;
                    let text = if matches!(p.piece, WordPiece::BackquotedCommandSubstitution(_)) {
                        unescape_backquoted(text)
                    } else {
                        text.clone()
                    };
                    self.program(
                        &text,
                        ctx.depth + 1,
                        Nesting::CommandSubstitution,
                        ctx.top_index,
                        ctx.scope,
                    )?;
                }
                WordPiece::ArithmeticExpression(expr) => {
                    facts.parameter = true;
                    facts.dynamic = true;
                    self.arith_text(&expr.value, ctx)?;
                }
            }
        }
        Ok(())
    }
}

/// The commands of bash 5.3's function substitutions in a word: `${ CMD;
/// }` (the tokenizer drops the blank after `${`) and `${| CMD; }`. A `${`
/// whose name is followed by a blank or `;`, and whose text ends as a
/// command list does, is no parameter expansion (older shells reject it);
/// it is read as one of these. Single-quoted
/// text is skipped; quotes and escapes inside are stepped over when the
/// closing brace is looked for; an unclosed one is left alone.
/// With `strict`, only a `${` followed by a blank or `|` counts (source
/// text, where the blank is still there).
fn function_substitutions(word: &str, strict: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let bytes = word.as_bytes();
    let mut i = 0;
    let mut in_double = false;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'\\' => i += 2,
            b'\'' if !in_double => {
                i += 1;
                while bytes.get(i).is_some_and(|c| *c != b'\'') {
                    i += 1;
                }
                i += 1;
            }
            b'"' => {
                in_double = !in_double;
                i += 1;
            }
            b'$' if bytes.get(i + 1) == Some(&b'{') => {
                let start = i + 2;
                let after = word.get(start..).unwrap_or("");
                let name_len = after
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .unwrap_or(after.len());
                let next = after.get(name_len..).and_then(|r| r.chars().next());
                let Some(close) = closing_brace(bytes, start) else {
                    break;
                };
                // Like a brace group, the command ends with `;`, `&` or a
                // newline before the `}` (`${npm run x}`, a template's
                // text with its quotes removed, is no command).
                let ended = word
                    .get(start..close)
                    .is_some_and(|b| b.trim_end_matches([' ', '\t']).ends_with([';', '&', '\n']));
                let command = after.starts_with(['|', ' ', '\t', '\n'])
                    || !strict
                        && ended
                        && name_len > 0
                        && matches!(next, Some(' ' | '\t' | '\n' | ';'));
                if command {
                    let body = word.get(start..close).unwrap_or("");
                    out.push(body.strip_prefix('|').unwrap_or(body));
                }
                i = close + 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// The index of the `}` that closes a brace opened just before `from`,
/// stepping over quoted text, escapes and nested braces.
fn closing_brace(bytes: &[u8], from: usize) -> Option<usize> {
    let mut depth = 1usize;
    let mut i = from;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'\\' => i += 1,
            b'\'' | b'"' => {
                i += 1;
                while let Some(&c) = bytes.get(i) {
                    if c == b {
                        break;
                    }
                    if c == b'\\' && b == b'"' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// One element of a simple command, borrowed from the AST.
enum Item<'a> {
    Of(&'a ast::CommandPrefixOrSuffixItem),
    Name(&'a ast::Word),
}

#[derive(Default)]
struct WordFacts {
    value: String,
    dynamic: bool,
    command_substitution: bool,
    parameter: bool,
    tilde: bool,
    glob: bool,
    brace: bool,
    braced_parameter: bool,
}

/// `*`, `?`, or a `[...]` class in unquoted text (a lone `[`, as in the
/// `[` command, is not a pattern).
fn is_glob(t: &str) -> bool {
    t.contains(['*', '?'])
        || t.find('[')
            .and_then(|i| t.get(i + 1..))
            .is_some_and(|rest| rest.contains(']'))
}

/// `{a,b}` or `{1..3}` in unquoted text.
fn has_brace_expansion(t: &str) -> bool {
    let Some(open) = t.find('{') else {
        return false;
    };
    let Some(close) = t.get(open..).and_then(|rest| rest.find('}')) else {
        return false;
    };
    let inner = t.get(open + 1..open + close).unwrap_or("");
    inner.contains(',') || inner.contains("..")
}

/// Whether a parameter expansion piece was written `${...}`. Its source span
/// is wider than `$NAME` would be: `${` adds two characters.
fn raw_piece_is_braced(p: &WordPieceWithSource) -> bool {
    match &p.piece {
        WordPiece::ParameterExpansion(ParameterExpr::Parameter {
            parameter,
            indirect: false,
        }) => {
            let name_len = match parameter {
                brush_parser::word::Parameter::Named(n) => n.len(),
                brush_parser::word::Parameter::Positional(k) => k.to_string().len(),
                _ => 1,
            };
            p.end_index.saturating_sub(p.start_index) > name_len + 1
        }
        WordPiece::ParameterExpansion(_) => true,
        _ => false,
    }
}

/// Inside backticks, `\\`, `` \` `` and `\$` stand for the escaped character.
fn unescape_backquoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(&n) = chars.peek() {
                if matches!(n, '\\' | '`' | '$') {
                    out.push(n);
                    chars.next();
                    continue;
                }
            }
        }
        out.push(c);
    }
    out
}

/// The words nested in a parameter expansion that bash may expand (and so may
/// hold command substitutions), e.g. the default in `${x:-$(cmd)}`.
fn parameter_words(expr: &ParameterExpr) -> Vec<&str> {
    use ParameterExpr as P;
    let mut out = Vec::new();
    match expr {
        P::UseDefaultValues {
            default_value: v, ..
        }
        | P::AssignDefaultValues {
            default_value: v, ..
        } => out.extend(v.as_deref()),
        P::IndicateErrorIfNullOrUnset {
            error_message: v, ..
        } => out.extend(v.as_deref()),
        P::UseAlternativeValue {
            alternative_value: v,
            ..
        } => out.extend(v.as_deref()),
        P::RemoveSmallestSuffixPattern { pattern: v, .. }
        | P::RemoveLargestSuffixPattern { pattern: v, .. }
        | P::RemoveSmallestPrefixPattern { pattern: v, .. }
        | P::RemoveLargestPrefixPattern { pattern: v, .. } => out.extend(v.as_deref()),
        P::UppercaseFirstChar { pattern: v, .. }
        | P::UppercasePattern { pattern: v, .. }
        | P::LowercaseFirstChar { pattern: v, .. }
        | P::LowercasePattern { pattern: v, .. } => out.extend(v.as_deref()),
        P::ReplaceSubstring {
            pattern,
            replacement,
            ..
        } => {
            out.push(pattern.as_str());
            out.extend(replacement.as_deref());
        }
        _ => {}
    }
    out
}

/// The texts of a parameter expansion that bash expands arithmetically or
/// as a subscript: the index of `${a[i]}` and the bounds of `${x:o:l}`.
fn parameter_arithmetic(expr: &ParameterExpr) -> Vec<&str> {
    use ParameterExpr as P;
    let (parameter, bounds): (Option<&brush_parser::word::Parameter>, Vec<&str>) = match expr {
        P::Substring {
            parameter,
            offset,
            length,
            ..
        } => {
            let mut b = vec![offset.value.as_str()];
            b.extend(length.as_ref().map(|l| l.value.as_str()));
            (Some(parameter), b)
        }
        P::Parameter { parameter, .. }
        | P::UseDefaultValues { parameter, .. }
        | P::AssignDefaultValues { parameter, .. }
        | P::IndicateErrorIfNullOrUnset { parameter, .. }
        | P::UseAlternativeValue { parameter, .. }
        | P::ParameterLength { parameter, .. }
        | P::RemoveSmallestSuffixPattern { parameter, .. }
        | P::RemoveLargestSuffixPattern { parameter, .. }
        | P::RemoveSmallestPrefixPattern { parameter, .. }
        | P::RemoveLargestPrefixPattern { parameter, .. }
        | P::Transform { parameter, .. }
        | P::UppercaseFirstChar { parameter, .. }
        | P::UppercasePattern { parameter, .. }
        | P::LowercaseFirstChar { parameter, .. }
        | P::LowercasePattern { parameter, .. }
        | P::ReplaceSubstring { parameter, .. } => (Some(parameter), Vec::new()),
        P::VariableNames { .. } | P::MemberKeys { .. } => (None, Vec::new()),
    };
    let mut out = bounds;
    if let Some(brush_parser::word::Parameter::NamedWithIndex { index, .. }) = parameter {
        out.push(index.as_str());
    }
    out
}

fn assignment_name(name: &ast::AssignmentName) -> String {
    match name {
        ast::AssignmentName::VariableName(n) => n.clone(),
        ast::AssignmentName::ArrayElementName(n, i) => format!("{n}[{i}]"),
    }
}

/// Joins source spans, keeping the original spacing between adjacent pieces
/// and collapsing gaps that held something else (a redirection) to one space.
fn join_spans(src: &Source<'_>, spans: &[(usize, usize)]) -> String {
    let mut sorted = spans.to_vec();
    sorted.sort_unstable();
    let mut out = String::new();
    let mut prev_end: Option<usize> = None;
    for (start, end) in sorted {
        if let Some(pe) = prev_end {
            let gap = src.slice(pe, start);
            if !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\t') {
                out.push_str(gap);
            } else {
                out.push(' ');
            }
        }
        out.push_str(src.slice(start, end));
        prev_end = Some(end);
    }
    out
}

fn collect_test_words<'a>(expr: &'a ast::ExtendedTestExpr, out: &mut Vec<&'a ast::Word>) {
    use ast::ExtendedTestExpr as E;
    match expr {
        E::And(a, b) | E::Or(a, b) => {
            collect_test_words(a, out);
            collect_test_words(b, out);
        }
        E::Not(a) | E::Parenthesized(a) => collect_test_words(a, out),
        E::UnaryTest(_, w) => out.push(w),
        E::BinaryTest(_, a, b) => {
            out.push(a);
            out.push(b);
        }
    }
}

/// How many more `[` than `]` appear outside single and double quotes
/// (`printf '\e[31m'` holds brackets the word parser never backtracks
/// over). Read by hand: a full tokenizer is what this guard protects.
fn unquoted_open_brackets(src: &str) -> usize {
    let (mut open, mut close) = (0usize, 0usize);
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for c in src.chars() {
        if escaped {
            escaped = false;
            continue;
        }
        match (quote, c) {
            (Some('\''), '\'') => quote = None,
            (Some('\''), _) => {}
            (_, '\\') => escaped = true,
            (Some('"'), '"') => quote = None,
            (None, '\'' | '"') => quote = Some(c),
            (None, '[') => open += 1,
            (None, ']') => close += 1,
            _ => {}
        }
    }
    open.saturating_sub(close)
}

/// `src` with every `select` keyword in command position spelt `for   `
/// (the same length), or None when there is none.
fn select_as_for(src: &str) -> Option<String> {
    let mut out = String::with_capacity(src.len());
    let mut changed = false;
    let mut rest = src;
    while let Some(at) = rest.find("select") {
        let (before, after) = rest.split_at(at);
        // What precedes the word, without copying the text so far (linear
        // in the input, however many `select`s it holds).
        let trimmed = before.trim_end_matches([' ', '\t']);
        let head = if trimmed.is_empty() {
            out.trim_end_matches([' ', '\t'])
        } else {
            trimmed
        };
        let command_position = head.is_empty()
            || head.ends_with([';', '&', '|', '\n', '(', '{'])
            || ["do", "then", "else"].iter().any(|k| {
                head.strip_suffix(k)
                    .is_some_and(|h| h.is_empty() || h.ends_with([' ', '\t', '\n', ';']))
            });
        let keyword_end = after.get(6..).is_some_and(|a| a.starts_with([' ', '\t']));
        out.push_str(before);
        if command_position && keyword_end {
            out.push_str("for   ");
            changed = true;
        } else {
            out.push_str("select");
        }
        rest = after.get(6..).unwrap_or("");
    }
    out.push_str(rest);
    changed.then_some(out)
}

#[cfg(test)]
mod select_tests {
    use super::*;

    #[test]
    fn select_loops_parse_as_their_body() {
        let a = analyze("select f in *; do rm -rf \"$f\"; done", &Limits::default()).unwrap();
        assert!(a.commands.iter().any(|c| c.text.contains("rm -rf")));
        // Command texts are the source's own, `select` included.
        let b = analyze(
            "PS3='x: '; select w in a b; do echo $w; done",
            &Limits::default(),
        )
        .unwrap();
        assert!(b.commands.iter().any(|c| c.text == "echo $w"));
        // Only in command position.
        assert_eq!(select_as_for("echo select x"), None);
        assert!(select_as_for("do select x in y").is_some());
    }

    #[test]
    fn many_selects_stay_linear() {
        let src = "select ".repeat(200_000);
        assert!(select_as_for(&src).is_some());
    }
}

#[cfg(test)]
mod function_substitution_tests {
    use super::*;

    #[test]
    fn bodies_of_function_substitutions() {
        assert_eq!(
            function_substitutions("${ rm -rf ~; }", true),
            vec![" rm -rf ~; "]
        );
        assert_eq!(function_substitutions("x${| ls; }y", true), vec![" ls; "]);
        // The tokenizer's form, blank dropped: only when not strict.
        assert_eq!(
            function_substitutions("${rm -rf ~;}", false),
            vec!["rm -rf ~;"]
        );
        assert!(function_substitutions("${rm -rf ~;}", true).is_empty());
        // Parameter expansions, quoted text and unclosed braces are not.
        for w in [
            "${HOME}",
            "${x:-a b}",
            "'${ rm; }'",
            "${ rm",
            "${a[1]}",
            "${npm run x}",
        ] {
            assert!(function_substitutions(w, false).is_empty(), "{w}");
        }
        // Quotes and braces inside the body are stepped over.
        assert_eq!(
            function_substitutions("${ echo '}' \"}\" {a,b}; }", true),
            vec![" echo '}' \"}\" {a,b}; "]
        );
    }

    #[test]
    fn function_substitutions_are_walked() {
        let a = analyze("echo ${ redis-cli FLUSHALL; }", &Limits::default()).unwrap();
        assert!(a.commands.iter().any(|c| c.text.contains("redis-cli")));
        let b = analyze("echo '${ rm -rf ~; }'", &Limits::default()).unwrap();
        assert!(!b.commands.iter().any(|c| c.text.starts_with("rm")));
    }
}
