//! Package runners (`npx`, `bunx`, `uvx`, `bun x`, `npm exec`): the
//! package they fetch, and the command its program runs (`npx rimraf ~`
//! is `rimraf ~`).

use super::*;

impl Walker<'_> {
    /// `call_opt`: `-c CMD` / `--call=CMD` runs a shell command line with
    /// the packages' programs on `PATH` (npm exec, npx; pnpm's shell mode).
    pub(super) fn npx_like(&mut self, site: Site<'_>, call_opt: bool, vals: Vec<&str>) {
        const KNOWN_TOOLS: &[&str] = &[
            "prettier",
            "tsc",
            "eslint",
            "vitest",
            "jest",
            "typescript",
            "ts-node",
            "tsx",
            "vite",
            "next",
            "nuxt",
            "playwright",
            "@playwright/test",
            "cypress",
            "mocha",
            "create-react-app",
            "create-next-app",
            "create-vite",
            "nx",
            "turbo",
            "lerna",
            "rimraf",
            "webpack",
            "rollup",
            "esbuild",
            "parcel",
            "storybook",
            "nodemon",
            "concurrently",
            "serve",
            "http-server",
            "npm-check-updates",
            "ncu",
            "husky",
            "lint-staged",
            "stylelint",
            "biome",
            "@biomejs/biome",
            "prisma",
            "drizzle-kit",
            "wrangler",
            "vercel",
            "netlify-cli",
            "svelte-check",
            "astro",
            "ruff",
            "black",
            "mypy",
            "pytest",
            "pre-commit",
            "cowsay",
            "tailwindcss",
            "postcss",
            "ava",
            "c8",
            "nyc",
            "knip",
            "depcheck",
            "semantic-release",
            "changeset",
            "@changesets/cli",
            "degit",
            "license-checker",
            "madge",
            "size-limit",
            "pyright",
            "httpie",
            "shadcn",
            "shadcn-ui",
            "@angular/cli",
            "ng",
            "expo",
            "react-native",
            "tsup",
            "vue-tsc",
            "jscodeshift",
        ];
        let mut pkg = None;
        let mut call = None;
        let mut i = 0;
        while let Some(v) = vals.get(i) {
            // `-y`/`--yes` only skips npx's prompt; the package is what counts.
            if *v == "-y" || *v == "--yes" {
            } else if call_opt && (*v == "-c" || *v == "--call" || *v == "--shell-mode") {
                call = vals.get(i + 1).copied();
                i += 1;
            } else if let Some(c) = v.strip_prefix("--call=").filter(|_| call_opt) {
                call = Some(c);
            } else if *v == "-p" || *v == "--package" || *v == "--from" {
                pkg = vals.get(i + 1).copied();
                i += 1;
            } else if matches!(
                *v,
                "--generate-shell-completion"
                    | "--with"
                    | "--python"
                    | "--index-url"
                    | "--extra-index-url"
                    | "--registry"
                    | "--cache"
                    | "--node-options"
            ) {
                // Options whose value is not the package.
                i += 1;
            } else if !v.starts_with('-') {
                if pkg.is_none() {
                    pkg = Some(*v);
                }
                break;
            }
            i += 1;
        }
        // The command line runs with the packages' programs on `PATH`;
        // without `-p PKG` only what is installed.
        if let Some(c) = call {
            self.script(c, site.depth + 1);
        }
        // The program runs with the words after it (`npx rimraf ~`,
        // `npx http-server ~ -a 0.0.0.0`): judged as that command.
        if let Some(prog) = vals
            .get(i)
            .filter(|v| !v.starts_with('-') && !v.contains("://"))
        {
            let unversioned = prog
                .rsplit_once('@')
                .filter(|(b, _)| !b.is_empty())
                .map_or(*prog, |(b, _)| b);
            let bin = unversioned.rsplit('/').next().unwrap_or(unversioned);
            if !bin.is_empty()
                && bin
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
            {
                let mut line = bin.to_owned();
                let rest = vals.get(i + 1..).unwrap_or(&[]);
                if !rest.is_empty() {
                    line.push(' ');
                    line.push_str(&requote(rest));
                }
                self.script(&line, site.depth + 1);
            }
        }
        let Some(pkg) = pkg else { return };
        let base = pkg
            .rsplit_once('@')
            .filter(|(b, _)| !b.is_empty())
            .map_or(pkg, |(b, _)| b);
        if pkg.contains("://") || pkg.starts_with("github:") || pkg.starts_with("git+") {
            self.find(
                Rce,
                High,
                format!("runs a package fetched from {pkg}"),
                &site.cmd.text,
            );
        } else if !KNOWN_TOOLS.contains(&base)
            && !base.starts_with("@types/")
            && !self.installed.iter().any(|p| p == base)
        {
            self.out.effects.trust_change = true;
            self.find(
                Rce,
                Medium,
                format!("downloads and runs the package {base}, which is not a well-known tool"),
                &site.cmd.text,
            );
        }
    }
}
