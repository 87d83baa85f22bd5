//! Package runners (`npx`, `bunx`, `uvx`, `bun x`, `npm exec`, `nix
//! run`): the package they fetch, and the command its program runs (`npx
//! rimraf ~` is `rimraf ~`).

use super::*;

impl Walker<'_> {
    /// `call_opt`: `-c CMD` / `--call=CMD` runs a shell command line with
    /// the packages' programs on `PATH` (npm exec, npx; pnpm's shell mode).
    /// `npm`: the package comes from the npm registry (not uvx's PyPI).
    pub(super) fn npx_like(&mut self, site: Site<'_>, call_opt: bool, npm: bool, vals: Vec<&str>) {
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
            } else if let Some(p) = v
                .strip_prefix("--package=")
                .or_else(|| v.strip_prefix("--from="))
            {
                pkg = Some(p);
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
                    // npm exec's workspace (`-w a`).
                    | "-w"
                    | "--workspace"
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
                self.package_program_runs(site, bin, vals.get(i + 1..).unwrap_or(&[]));
            }
        }
        let Some(pkg) = pkg else { return };
        let base = pkg
            .rsplit_once('@')
            .filter(|(b, _)| !b.is_empty())
            .map_or(pkg, |(b, _)| b);
        if pkg.contains("://") || pkg.starts_with("github:") || pkg.starts_with("git+") {
            // From a well-known code host it is asked, as `pip install
            // git+https://github.com/...` is (devdocsf, session 50: a
            // commit of httpie's repository was denied).
            let url = pkg.trim_start_matches("git+");
            let known = pkg.starts_with("github:")
                || net::host_of(url).is_some_and(|h| net::classify(h) == HostClass::Known);
            self.find(
                Rce,
                if known { Medium } else { High },
                format!("runs a package fetched from {pkg}"),
                &site.cmd.text,
            );
        } else if !agentgate_commands::well_known_package(base, npm)
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

    /// `nix run nixpkgs#bash -- -c CMD` (a row's `Exec::SubPackage`): the
    /// package's program, named by its attribute, runs with the words
    /// after `--`, judged as that command line.
    pub(super) fn package_program(&mut self, site: Site<'_>, sub: &str, vals: &[&str]) {
        let Some(at) = vals.iter().position(|v| *v == sub) else {
            return;
        };
        let after = vals.get(at + 1..).unwrap_or(&[]);
        let Some(pkg) = after.iter().find(|v| !v.starts_with('-')) else {
            return;
        };
        // `nixpkgs#bash`, `github:NixOS/nixpkgs/nixos-24.05#python3Packages.black`.
        let attr = pkg.rsplit_once('#').map_or(*pkg, |(_, a)| a);
        let prog = attr.rsplit('.').next().unwrap_or(attr);
        if prog.is_empty()
            || !prog
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_".contains(&b))
        {
            return;
        }
        let Some(dash) = after.iter().position(|v| *v == "--") else {
            return;
        };
        let rest = after.get(dash + 1..).unwrap_or(&[]);
        if !rest.is_empty() {
            self.package_program_runs(site, prog, rest);
        }
    }

    /// A package's program `bin` run with the words `rest`: judged as that
    /// command line.
    fn package_program_runs(&mut self, site: Site<'_>, bin: &str, rest: &[&str]) {
        let mut line = bin.to_owned();
        if !rest.is_empty() {
            line.push(' ');
            line.push_str(&requote(rest));
        }
        self.script(&line, site.depth + 1);
    }
}
