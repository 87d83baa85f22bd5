//! Packages a package runner may fetch and run without asking (`npx
//! NAME`, `bunx NAME`, `npm exec NAME`, `uvx NAME`): the tools developers
//! run every day, and for npm the packages npm calls high-impact by their
//! downloads (`npmtop.rs`, generated). Any other name is asked about: it
//! may be a typo, a look-alike or a package nobody vetted. The command the
//! package's program runs is judged either way (`npx rimraf ~`).

use crate::npmtop::NPM_HIGH_IMPACT;

/// Tools fetched by name every day, from npm or (`uvx`) PyPI, and the
/// program names of well-known packages run through npx from a project
/// that installs them (`tsc` of typescript, `ng` of @angular/cli, `babel`
/// of @babel/cli, as Babel's own guide runs it: `npx babel src`).
pub const WELL_KNOWN_TOOLS: &[&str] = &[
    "babel",
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

/// Whether a runner may fetch `name` without asking; `npm`: from the npm
/// registry (npm's download list says nothing about PyPI's names).
pub fn well_known_package(name: &str, npm: bool) -> bool {
    WELL_KNOWN_TOOLS.contains(&name) || npm && NPM_HIGH_IMPACT.binary_search(&name).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_download_list_is_sorted_unique_and_names_packages() {
        assert!(NPM_HIGH_IMPACT.len() > 5000);
        assert!(NPM_HIGH_IMPACT
            .windows(2)
            .all(|w| matches!(w, [a, b] if a < b)));
        for n in NPM_HIGH_IMPACT {
            let bare = n.rsplit('/').next().unwrap_or(n);
            assert!(!bare.is_empty() && n.len() <= 214, "{n}");
            assert!(
                n.bytes().all(|b| b.is_ascii_lowercase()
                    || b.is_ascii_digit()
                    || b"@/._~-".contains(&b)),
                "{n}"
            );
        }
    }

    #[test]
    fn well_known_packages() {
        for n in [
            "eslint",
            "@babel/cli",
            "start-server-and-test",
            "typescript",
            "ruff",
        ] {
            assert!(well_known_package(n, true), "{n}");
        }
        // Typos and look-alikes of listed names, and npm's list for PyPI.
        for n in ["eslnit", "typescirpt", "crossenv", "babelcli", "left-pad-x"] {
            assert!(!well_known_package(n, true), "{n}");
        }
        assert!(!well_known_package("start-server-and-test", false));
    }
}
