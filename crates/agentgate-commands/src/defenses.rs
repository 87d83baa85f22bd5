//! The machine's defences: endpoint protection, audit, logging, integrity
//! and firewall software, by the names their processes, services and
//! launchd jobs go by. Stopping, unloading, disabling or removing one
//! blinds the people who watch the machine (ATT&CK T1562.001, T1562.006);
//! an agent working on a project never needs to.
//!
//! A name here is one word of a process pattern, service or job label,
//! compared case-insensitively with the words of an argument
//! (`com.crowdstrike.falcond.plist` holds `crowdstrike` and `falcond`;
//! `pkill -f "syslog|auditd"` holds `auditd`). Generic words that are also
//! developers' project names (`falcon`, a Python web framework) are left
//! out; the products' own process names are in.

/// A defence and the words that name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Defense {
    /// Words naming its processes, services, packages and launchd jobs (lower case).
    pub names: &'static [&'static str],
    /// What it is, for the reason shown.
    pub what: &'static str,
    /// Where the names come from.
    pub source: &'static str,
}

/// The table, sorted by `what`.
pub const DEFENSES: &[Defense] = &[
    Defense {
        names: &["auditd", "auditbeat", "go-audit", "laurel"],
        what: "the system audit",
        source: "man:auditd(8); https://www.elastic.co/beats/auditbeat; ATT&CK T1562.012",
    },
    Defense {
        names: &["cbagentd", "cbdaemon", "cbsensor", "carbonblack", "cbosxsensorservice"],
        what: "the Carbon Black sensor",
        source: "VMware Carbon Black Cloud sensor for Linux/macOS (daemon names); ATT&CK T1562.001",
    },
    Defense {
        names: &["clamd", "clamav-daemon", "freshclam", "clamav-freshclam"],
        what: "ClamAV",
        source: "https://docs.clamav.net/manual/Usage/Services.html",
    },
    Defense {
        names: &["crowdstrike", "falcon-sensor", "falcond", "falcon-kernel-check"],
        what: "the CrowdStrike Falcon sensor",
        source: "CrowdStrike Falcon sensor for Linux (falcon-sensor service) and macOS (com.crowdstrike.falcond); ATT&CK T1562.001 procedure examples",
    },
    Defense {
        names: &["elastic-agent", "elastic-endpoint", "endpoint-security", "filebeat", "packetbeat", "metricbeat"],
        what: "the Elastic agent",
        source: "https://www.elastic.co/guide/en/fleet/current/elastic-agent-installation.html",
    },
    Defense {
        names: &["cyserver", "cytray", "cyvrfsfd", "cortex-xdr", "traps"],
        what: "the Cortex XDR agent",
        source: "Palo Alto Networks Cortex XDR agent (cyserver service, cytray); ATT&CK T1562.001",
    },
    Defense {
        names: &["esets", "esets_daemon", "eset", "esensor"],
        what: "ESET endpoint protection",
        source: "ESET Endpoint Antivirus for Linux/macOS (esets daemon); LOOBins pkill",
    },
    Defense {
        names: &["fail2ban", "fail2ban-server", "firewalld", "ufw", "iptables", "nftables", "pf", "pfctl"],
        what: "the firewall",
        source: "man:firewalld(1), man:ufw(8), man:fail2ban-server(1), man:pfctl(8); ATT&CK T1562.004",
    },
    Defense {
        names: &["mdatp", "wdavdaemon", "wdav", "msmpeng", "windefend", "mssense", "nissrv", "securityhealthservice", "wdnissvc", "wdboot", "wdfilter"],
        what: "Microsoft Defender",
        source: "https://learn.microsoft.com/en-us/defender-endpoint/linux-resources (mdatp service, wdavdaemon); Microsoft Defender Antivirus on Windows (MsMpEng.exe, the WinDefend and WdNisSvc services, MsSense.exe); ATT&CK T1562.001",
    },
    Defense {
        names: &["osqueryd", "osquery", "fleetd"],
        what: "osquery",
        source: "https://osquery.readthedocs.io/en/stable/installation/install-linux/; https://fleetdm.com/docs (orbit)",
    },
    Defense {
        names: &["santad", "santa", "littlesnitch", "little-snitch", "snitch", "lulu", "blockblock", "knockknock"],
        what: "a macOS endpoint control (Santa, Little Snitch, LuLu, BlockBlock)",
        source: "https://santa.dev; https://www.obdev.at/products/littlesnitch; https://objective-see.org/tools.html; LOOBins pkill",
    },
    Defense {
        names: &["sentinelone", "sentinelagent", "sentineld", "s1-agent"],
        what: "the SentinelOne agent",
        source: "SentinelOne agent for Linux/macOS (sentinelone service, com.sentinelone.sentineld); ATT&CK T1562.001",
    },
    Defense {
        names: &["sophos", "savd", "sophosscand", "sophos-spl", "sav-protect"],
        what: "Sophos endpoint protection",
        source: "Sophos Protection for Linux (sophos-spl service); Sophos Anti-Virus for Linux (savd); ATT&CK T1562.001",
    },
    Defense {
        names: &["splunkd", "splunkforwarder", "splunk"],
        what: "the Splunk forwarder",
        source: "https://docs.splunk.com/Documentation/Forwarder (splunkd, SplunkForwarder service)",
    },
    Defense {
        names: &["rsyslog", "rsyslogd", "syslog", "syslogd", "syslog-ng", "systemd-journald", "journald", "fluent-bit", "td-agent-bit", "eventlog"],
        what: "the system log",
        source: "man:rsyslogd(8), man:syslog-ng(8), man:systemd-journald(8); ATT&CK T1562.006; LOOBins pkill",
    },
    Defense {
        names: &["sysmon", "sysmon64", "sysmondrv", "sysmonforlinux", "velociraptor", "wazuh-agent", "wazuh-agentd", "ossec", "ossec-agentd", "xagt", "mfetpd", "ds_agent", "cylancesvc", "qualys-cloud-agent", "nessusd", "nessus-agent", "aide", "tripwire", "rkhunter", "snort", "suricata", "zeek"],
        what: "a monitoring or endpoint security agent",
        source: "Sysmon for Linux, Velociraptor, Wazuh, OSSEC, Trellix HX (xagt), McAfee (mfetpd), Trend Micro Deep Security (ds_agent), Cylance, Qualys, Nessus Agent, AIDE, Tripwire, rkhunter, Snort, Suricata, Zeek: their daemon and service names; ATT&CK T1562.001",
    },
];

/// Programs that stop, unload, disable or remove processes, services or
/// packages, with the words that make them do it (empty: every
/// invocation, as for `kill`). Option words (`-e`, `-R`) match anywhere.
pub const STOPPERS: &[(&str, &[&str])] = &[
    ("kill", &[]),
    ("pkill", &[]),
    ("killall", &[]),
    // Windows: taskkill /im IMAGE, sc stop|config|delete SERVICE, net stop SERVICE.
    ("taskkill", &[]),
    ("tskill", &[]),
    ("sc", &["stop", "config", "delete"]),
    ("net", &["stop"]),
    ("skill", &[]),
    ("systemctl", &["stop", "disable", "mask", "kill"]),
    ("service", &["stop"]),
    (
        "launchctl",
        &["unload", "bootout", "remove", "disable", "kill", "stop"],
    ),
    ("rc-service", &["stop"]),
    ("rc-update", &["del", "delete"]),
    ("update-rc.d", &["remove", "disable"]),
    ("chkconfig", &["off"]),
    ("sv", &["stop", "down"]),
    ("initctl", &["stop"]),
    ("kextunload", &[]),
    ("systemextensionsctl", &["uninstall"]),
    ("apt", &["remove", "purge", "autoremove"]),
    ("apt-get", &["remove", "purge", "autoremove"]),
    ("aptitude", &["remove", "purge"]),
    ("yum", &["remove", "erase"]),
    ("dnf", &["remove", "erase"]),
    ("zypper", &["remove", "rm"]),
    ("pacman", &["-R", "-Rs", "-Rns", "-Rn"]),
    ("rpm", &["-e", "--erase"]),
    ("dpkg", &["-r", "-P", "--remove", "--purge"]),
    ("brew", &["uninstall", "remove", "rm"]),
    ("snap", &["remove", "disable"]),
];

/// The words an argument is made of, for matching against [`DEFENSES`]:
/// split on everything but letters, digits, `-` and `_`, lower case.
pub fn words_of(arg: &str) -> impl Iterator<Item = String> + '_ {
    arg.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_ascii_lowercase())
}

/// The defence an argument names, if any.
pub fn defense_named(arg: &str) -> Option<(&'static Defense, String)> {
    words_of(arg).find_map(|w| {
        DEFENSES
            .iter()
            .find(|d| d.names.contains(&w.as_str()))
            .map(|d| (d, w))
    })
}

/// The stop words of a program, if it can stop things.
pub fn stopper(program: &str) -> Option<&'static [&'static str]> {
    STOPPERS
        .iter()
        .find(|(p, _)| *p == program)
        .map(|(_, words)| *words)
}

/// Commands that stop a defence and commands that do not, run through the
/// risk engine by its tests.
pub const DEFENSE_EXAMPLES: (&[&str], &[&str]) = (
    &[
        "pkill -9 osqueryd",
        "pkill -f \"Little Snitch|ESET|osqueryd|Falcon\"",
        "systemctl stop falcon-sensor",
        "sudo systemctl disable --now wazuh-agent",
        "service rsyslog stop",
        "taskkill /f /im MsMpEng.exe",
        "sc config WinDefend start= disabled",
        "net stop eventlog",
        "launchctl unload /Library/LaunchDaemons/com.crowdstrike.falcond.plist",
        "sudo launchctl bootout system/com.google.santad",
        "kill -9 $(pgrep sentinelagent)",
        "apt-get purge -y auditd",
        "update-rc.d clamav-daemon disable",
        "brew uninstall --cask little-snitch",
    ],
    &[
        "pkill -f falcon",
        "systemctl status auditd",
        "systemctl restart nginx",
        "service postgresql stop",
        "apt-get remove -y nodejs",
        "launchctl list",
        "kill %1",
    ],
);
