//! Build outputs and caches that a project's tools regenerate: deleting
//! one (`rm -rf target/`, `rm -rf .build/`) loses nothing a developer
//! wrote, so it is not asked about. A directory not named here (`rm -rf
//! src/`) may hold uncommitted work.
//!
//! Sources: each tool's documentation and the tool's template in
//! github/gitignore (dcc0fc7b), where the name is listed as a generated
//! directory. Names the templates list that hold what people write
//! (`docs/`, `src/`, `lib/`, `uploads/`, `.vscode/`) are left out.

/// One regenerated directory (or file) name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BuildOutput {
    /// The name as it appears in the project, without `./` or a trailing `/`.
    pub name: &'static str,
    /// The tool (or gitignore template) that makes it.
    pub made_by: &'static str,
}

const fn o(name: &'static str, made_by: &'static str) -> BuildOutput {
    BuildOutput { name, made_by }
}

/// The table of names.
pub const BUILD_OUTPUTS: &[BuildOutput] = &[
    o("target", "cargo, Maven, sbt, Leiningen"),
    o("node_modules", "npm, yarn, pnpm"),
    o("dist", "bundlers, Python sdist, cabal"),
    o("build", "CMake, Gradle, setuptools, Flutter"),
    o("out", "Next.js export, IntelliJ, tsc"),
    o("output", "Nanoc, generators"),
    o(".next", "Next.js"),
    o(".nuxt", "Nuxt"),
    o(".turbo", "Turborepo"),
    o(".nyc_output", "nyc"),
    o("coverage", "Istanbul, SimpleCov, Flutter"),
    o(".coverage", "coverage.py"),
    o("htmlcov", "coverage.py"),
    o(".venv", "venv, uv, Poetry"),
    o("venv", "venv"),
    o("env", "virtualenv (Python.gitignore)"),
    o("__pycache__", "CPython"),
    o(".pytest_cache", "pytest"),
    o(".mypy_cache", "mypy"),
    o(".ruff_cache", "ruff"),
    o(".cache", "many tools' caches"),
    o(".tox", "tox"),
    o(".nox", "nox"),
    o(".gradle", "Gradle"),
    o("obj", ".NET, MSBuild"),
    o("bin", ".NET, MSBuild, Go"),
    o(".parcel-cache", "Parcel"),
    o(".svelte-kit", "SvelteKit"),
    o(".angular", "Angular CLI"),
    o("storybook-static", "Storybook"),
    o("_build", "Mix, dune, rebar3, Sphinx"),
    o(".eggs", "setuptools"),
    o("tmp", "Rails, Angular"),
    o(".tmp", "scratch space"),
    o("temp", "scratch space"),
    o("logs", "log output"),
    o("log", "Rails log output"),
    o(".sass-cache", "Sass"),
    o("pkg", "Rake, makepkg"),
    o(".terraform", "Terraform"),
    o("vendor", "Composer, Bundler, go mod vendor"),
    o("site", "MkDocs"),
    o("public/build", "Laravel Mix, Vite"),
    o(".docusaurus", "Docusaurus"),
    o(".expo", "Expo"),
    o("DerivedData", "Xcode"),
    o("cmake-build-debug", "CLion"),
    o("cmake-build-release", "CLion"),
    o(".dart_tool", "Dart"),
    o(".pub-cache", "Dart pub"),
    o("elm-stuff", "Elm"),
    o("bower_components", "Bower"),
    o("jspm_packages", "jspm"),
    o(".serverless", "Serverless Framework"),
    o(".webpack", "webpack"),
    o(".vite", "Vite"),
    o(".astro", "Astro"),
    o(".vercel", "Vercel CLI"),
    o(".netlify", "Netlify CLI"),
    o("test-results", "Playwright"),
    o("playwright-report", "Playwright"),
    o(".hypothesis", "Hypothesis"),
    o(".benchmarks", "pytest-benchmark"),
    o("lib-cov", "jscoverage"),
    o("reports", "test reporters"),
    // Session 22, from github/gitignore's language templates.
    o(".build", "Swift Package Manager (Swift.gitignore)"),
    o(".swiftpm", "Swift Package Manager"),
    o(".stack-work", "Stack (Haskell.gitignore)"),
    o("dist-newstyle", "cabal v2 builds"),
    o(".zig-cache", "Zig (Zig.gitignore)"),
    o("zig-out", "Zig (Zig.gitignore)"),
    o("_site", "Jekyll (Jekyll.gitignore)"),
    o(".jekyll-cache", "Jekyll (Jekyll.gitignore)"),
    o(".cxx", "Android NDK builds (Android.gitignore)"),
    o(
        ".externalNativeBuild",
        "Android NDK builds (Android.gitignore)",
    ),
    o("CMakeFiles", "CMake (C++.gitignore)"),
    o(".lake", "Lake, Lean 4 (Lean.gitignore)"),
    o("nimcache", "Nim (Nim.gitignore)"),
    o(".pdm-build", "PDM (Python.gitignore)"),
    o(".pytype", "pytype (Python.gitignore)"),
    o(".pyre", "Pyre (Python.gitignore)"),
    o("blib", "ExtUtils::MakeMaker (Perl.gitignore)"),
    o(".yardoc", "YARD (Ruby.gitignore)"),
    o(".cpcache", "Clojure CLI (Leiningen.gitignore)"),
    o(".elixir_ls", "ElixirLS (Elixir.gitignore)"),
    o("out-tsc", "Angular's tsc output (Angular.gitignore)"),
    o("vcpkg_installed", "vcpkg (C++.gitignore)"),
    o("packer_cache", "Packer (Packer.gitignore)"),
    o(".kotlin", "Kotlin Gradle plugin (Kotlin.gitignore)"),
    o("cover_db", "Devel::Cover (Perl.gitignore)"),
    o(".pio", "PlatformIO"),
    o(".eslintcache", "ESLint"),
    o(".ccache", "ccache"),
    o("bazel-out", "Bazel"),
    o("bazel-bin", "Bazel"),
    o("bazel-testlogs", "Bazel"),
];

/// File-name endings of outputs a build or a tool regenerates.
pub const BUILD_OUTPUT_SUFFIXES: &[&str] =
    &[".egg-info", ".pyc", ".o", ".log", ".tmp", ".tsbuildinfo"];

/// Whether `name` (a path relative to the project, `./` and a trailing
/// `/` allowed) is a build output or cache the project regenerates.
pub fn build_output(name: &str) -> Option<&'static str> {
    let n = name.trim_end_matches('/');
    let n = n.strip_prefix("./").unwrap_or(n);
    if let Some(row) = BUILD_OUTPUTS.iter().find(|r| r.name == n) {
        return Some(row.made_by);
    }
    if n == ".DS_Store" {
        return Some("macOS Finder");
    }
    BUILD_OUTPUT_SUFFIXES
        .iter()
        .any(|s| n.len() > s.len() && n.ends_with(s))
        .then_some("a build or a tool")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_bare_and_listed_once() {
        for (i, r) in BUILD_OUTPUTS.iter().enumerate() {
            assert!(!r.name.is_empty() && !r.made_by.is_empty(), "{r:?}");
            assert!(!r.name.starts_with("./") && !r.name.ends_with('/'), "{r:?}");
            assert!(!r.name.contains(['*', '?', '[', ' ']), "{r:?}");
            assert!(
                BUILD_OUTPUTS.iter().skip(i + 1).all(|o| o.name != r.name),
                "{} twice",
                r.name
            );
        }
    }

    #[test]
    fn nothing_people_write_is_listed() {
        // Directories that hold source, documents or secrets are never
        // regenerated, however a gitignore template lists them.
        for n in [
            "src", "lib", "docs", "doc", "app", ".git", ".github", ".ssh", ".env", ".vscode",
            ".idea", "uploads", "config", "test", "tests", "scripts",
        ] {
            assert_eq!(build_output(n), None, "{n}");
        }
    }

    #[test]
    fn outputs() {
        for n in [
            ".build/",
            "./target",
            "zig-out",
            "pkg.egg-info",
            "a.pyc",
            ".DS_Store",
        ] {
            assert!(build_output(n).is_some(), "{n}");
        }
        for n in [".o", ".build-notes", "target2", "src/main.rs"] {
            assert_eq!(build_output(n), None, "{n}");
        }
    }
}
