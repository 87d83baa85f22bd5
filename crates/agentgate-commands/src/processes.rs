//! Whose process a kill reaches, when the line names it by program or by
//! port: the development servers, watchers and test runners an agent
//! starts and stops as part of its work (`pkill -f vite`, `kill $(lsof -t
//! -i:3000)`), or the machine's services and data stores (`killall
//! pulseaudio`, `fuser -k 5432/tcp`), which belong to someone else.
//! Session 28 decided (bol: `killall pulseaudio` passed): a kill by name
//! or port that is not one of these development processes is asked about.

/// Programs of a developer's own work: dev servers, bundlers and
/// watchers, language runtimes and their package runners, test runners,
/// notebook and docs servers. A kill by one of these names (or a pattern
/// starting with one: `pkill -f "python manage.py runserver"`) is the
/// agent stopping what it started.
pub const DEV_PROCESSES: &[&str] = &[
    "air",
    "artisan",
    "astro",
    "bun",
    "cargo",
    "cargo-watch",
    "celery",
    "deno",
    "django-admin",
    "docusaurus",
    "esbuild",
    "expo",
    "flask",
    "gatsby",
    "go",
    "gradle",
    "gunicorn",
    "http-server",
    "hugo",
    "hypercorn",
    "jekyll",
    "jest",
    "jupyter",
    "jupyter-lab",
    "jupyter-notebook",
    "live-server",
    "manage.py",
    "mix",
    "mkdocs",
    "mvn",
    "next",
    "ng",
    "node",
    "nodemon",
    "npm",
    "npx",
    "nuxt",
    "parcel",
    "php",
    "pnpm",
    "puma",
    "pytest",
    "python",
    "python3",
    "rails",
    "react-scripts",
    "remix",
    "rollup",
    "ruby",
    "serve",
    "sidekiq",
    "storybook",
    "streamlit",
    "svelte-kit",
    "ts-node",
    "tsc",
    "tsx",
    "turbo",
    "uvicorn",
    "vite",
    "vitest",
    "vue-cli-service",
    "watchexec",
    "webpack",
    "webpack-dev-server",
    "wrangler",
    "yarn",
];

/// A service's well-known port: a kill by that port stops the service
/// (and loses what it held in memory), whoever started it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ServicePort {
    /// The port.
    pub port: u16,
    /// What listens there by default.
    pub what: &'static str,
}

/// Data stores and brokers on their default ports (ports below 1024 are
/// the system's in any case). Source: IANA's service name and port
/// registry and each product's documentation of its default.
pub const SERVICE_PORTS: &[ServicePort] = &[
    ServicePort {
        port: 1433,
        what: "SQL Server",
    },
    ServicePort {
        port: 1521,
        what: "Oracle Database",
    },
    ServicePort {
        port: 2181,
        what: "ZooKeeper",
    },
    ServicePort {
        port: 2379,
        what: "etcd",
    },
    ServicePort {
        port: 3306,
        what: "MySQL / MariaDB",
    },
    ServicePort {
        port: 5432,
        what: "PostgreSQL",
    },
    ServicePort {
        port: 5672,
        what: "RabbitMQ",
    },
    ServicePort {
        port: 6379,
        what: "Redis",
    },
    ServicePort {
        port: 7687,
        what: "Neo4j (Bolt)",
    },
    ServicePort {
        port: 8200,
        what: "Vault",
    },
    ServicePort {
        port: 8500,
        what: "Consul",
    },
    ServicePort {
        port: 9042,
        what: "Cassandra",
    },
    ServicePort {
        port: 9092,
        what: "Kafka",
    },
    ServicePort {
        port: 9200,
        what: "Elasticsearch / OpenSearch",
    },
    ServicePort {
        port: 11211,
        what: "memcached",
    },
    ServicePort {
        port: 27017,
        what: "MongoDB",
    },
];

/// Language runtimes and package runners among [`DEV_PROCESSES`]: named
/// alone (`pkill node`, `killall python3`) they reach every program
/// written in that language, the developer's editor and the agent itself
/// among them; only with the script or task after them (`pkill -f "node
/// server.js"`) are they the agent's own work.
pub const RUNTIMES: &[&str] = &[
    "bun", "cargo", "deno", "go", "gradle", "mix", "mvn", "node", "npm", "npx", "php", "pnpm",
    "python", "python3", "ruby", "yarn",
];

/// Whether a process pattern names a development process: its first word's
/// last path part (`/usr/bin/node`, `node_modules/.bin/vite`), with a
/// regular expression's anchors dropped (`^vite$`); a runtime needs the
/// words after it ([`RUNTIMES`]); every alternative of a regular
/// expression must be one (`vite|postgres` is not).
pub fn dev_process(pattern: &str) -> bool {
    let pattern = pattern.trim_matches(|c| c == '"' || c == '\'');
    RELAUNCHED.contains(&pattern) || !pattern.is_empty() && pattern.split('|').all(dev_alternative)
}

fn dev_alternative(pattern: &str) -> bool {
    let mut words = pattern.split_whitespace();
    let first = words.next().unwrap_or("");
    let first = first.trim_matches(|c| c == '^' || c == '$' || c == '(' || c == ')');
    let name = first.rsplit('/').next().unwrap_or(first);
    !name.is_empty()
        && DEV_PROCESSES.contains(&name)
        && (!RUNTIMES.contains(&name) || words.next().is_some())
}

/// What holds `port` if it is a service's: a data store or broker on its
/// default port, or any port below 1024 (the system's).
pub fn service_port(port: u16) -> Option<&'static str> {
    SERVICE_PORTS
        .iter()
        .find(|s| s.port == port)
        .map(|s| s.what)
        .or_else(|| (port < 1024).then_some("a system service"))
}

/// macOS's interface processes that launchd starts again at once: killing
/// one by name is how a `defaults write` setting is applied (`defaults
/// write com.apple.finder AppleShowAllFiles -bool true; killall Finder`),
/// and loses nothing. Apple's and the community's setting guides
/// (mathiasbynens/dotfiles' `.macos`, denisidoro/cheats' osx page: session
/// 41).
pub const RELAUNCHED: &[&str] = &[
    "Dock",
    "Finder",
    "SystemUIServer",
    "ControlCenter",
    "NotificationCenter",
    "cfprefsd",
    "Spotlight",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_unique() {
        let mut names = DEV_PROCESSES.to_vec();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names, DEV_PROCESSES, "sorted, each once");
        assert!(SERVICE_PORTS
            .windows(2)
            .all(|w| matches!(w, [a, b] if a.port < b.port)));
        assert!(SERVICE_PORTS.iter().all(|s| s.port >= 1024));
        assert!(RUNTIMES.iter().all(|r| DEV_PROCESSES.contains(r)));
        assert!(RUNTIMES.windows(2).all(|w| matches!(w, [a, b] if a < b)));
    }

    #[test]
    fn patterns_and_ports() {
        for p in [
            "vite",
            "'node server.js'",
            "python manage.py runserver",
            "^vite$",
            "/usr/bin/node server.js",
            "node_modules/.bin/webpack",
            "vite|webpack",
        ] {
            assert!(dev_process(p), "{p}");
        }
        for p in [
            "node",
            "python3",
            "vite|postgres",
            "pulseaudio",
            "program_name",
            "postgres",
            "conky",
            "",
            "sshd",
        ] {
            assert!(!dev_process(p), "{p}");
        }
        assert_eq!(service_port(5432), Some("PostgreSQL"));
        assert_eq!(service_port(22), Some("a system service"));
        assert_eq!(service_port(3000), None);
        assert_eq!(service_port(8080), None);
    }
}
