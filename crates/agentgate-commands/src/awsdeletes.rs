//! AWS operations named `delete-*` or `terminate-*` that remove a setting
//! of a resource that stays, with its data (`s3api delete-bucket-website`,
//! `glacier delete-vault-notifications`), or end a session (`ssm
//! terminate-session`): changes, asked about, not the deletions of cloud
//! resources that are denied. Settings that guard the data (a public
//! access block, encryption, logging, replication, a policy) are not here:
//! deleting them stays a deletion.
//!
//! Before session 68 every `delete-*` operation was "deletes cloud
//! resources", High: awsex part 1 denied four deletions of S3 and Glacier
//! settings.

/// One kind of setting, by the end of the operation's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AwsSettingDelete {
    /// The operation's name ends with this (after `delete-` or
    /// `terminate-`).
    pub suffix: &'static str,
    /// What is removed, for the reason shown.
    pub what: &'static str,
    pub source: &'static str,
    /// Operations of this kind.
    pub examples: &'static [&'static str],
}

const S3API: &str = "https://docs.aws.amazon.com/cli/latest/reference/s3api/ (the bucket configuration operations: each deletes one sub-resource of the bucket; objects and the bucket remain)";

const fn row(
    suffix: &'static str,
    what: &'static str,
    source: &'static str,
    examples: &'static [&'static str],
) -> AwsSettingDelete {
    AwsSettingDelete {
        suffix,
        what,
        source,
        examples,
    }
}

/// The table.
pub const AWS_SETTING_DELETES: &[AwsSettingDelete] = &[
    row(
        "-lifecycle",
        "a lifecycle configuration",
        S3API,
        &["delete-bucket-lifecycle"],
    ),
    row(
        "-website",
        "a static website configuration",
        S3API,
        &["delete-bucket-website"],
    ),
    row(
        "-cors",
        "a CORS configuration",
        S3API,
        &["delete-bucket-cors"],
    ),
    row(
        "-tagging",
        "tags",
        S3API,
        &["delete-bucket-tagging", "delete-object-tagging"],
    ),
    row(
        "-tags",
        "tags",
        "https://docs.aws.amazon.com/cli/latest/reference/ec2/delete-tags.html",
        &["delete-tags"],
    ),
    row(
        "-ownership-controls",
        "object ownership controls",
        S3API,
        &["delete-bucket-ownership-controls"],
    ),
    row(
        "-analytics-configuration",
        "an analytics configuration",
        S3API,
        &["delete-bucket-analytics-configuration"],
    ),
    row(
        "-metrics-configuration",
        "a metrics configuration",
        S3API,
        &["delete-bucket-metrics-configuration"],
    ),
    row(
        "-inventory-configuration",
        "an inventory configuration",
        S3API,
        &["delete-bucket-inventory-configuration"],
    ),
    row(
        "-intelligent-tiering-configuration",
        "a storage tiering configuration",
        S3API,
        &["delete-bucket-intelligent-tiering-configuration"],
    ),
    row(
        "-notifications",
        "event notifications",
        "https://docs.aws.amazon.com/cli/latest/reference/glacier/delete-vault-notifications.html",
        &["delete-vault-notifications"],
    ),
    row(
        "-session",
        "a Session Manager session (it ends)",
        "https://docs.aws.amazon.com/cli/latest/reference/ssm/terminate-session.html",
        &["terminate-session"],
    ),
];

/// What an AWS operation named `delete-*` or `terminate-*` removes, when
/// it is a setting of a resource that stays.
pub fn aws_setting_delete(operation: &str) -> Option<&'static str> {
    if !(operation.starts_with("delete-") || operation.starts_with("terminate-")) {
        return None;
    }
    AWS_SETTING_DELETES
        .iter()
        .find(|r| operation.ends_with(r.suffix))
        .map(|r| r.what)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_is_its_rows_and_guards_are_not_settings() {
        for r in AWS_SETTING_DELETES {
            assert!(r.source.starts_with("https://"), "{}", r.suffix);
            assert!(!r.examples.is_empty(), "{}", r.suffix);
            for ex in r.examples {
                assert_eq!(aws_setting_delete(ex), Some(r.what), "{ex}");
            }
        }
        for op in [
            "delete-public-access-block",
            "delete-bucket-encryption",
            "delete-bucket-replication",
            "delete-bucket-policy",
            "delete-bucket",
            "terminate-instances",
            "delete-trail",
            "list-tags",
        ] {
            assert_eq!(aws_setting_delete(op), None, "{op}");
        }
    }
}
