//! Regression tests for session 25.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::each;

/// hcloud (tuning half: cognito, iam, sso-admin, ssm, sns, stepfunctions,
/// lightsail, kms pages): AWS operations whose verb was not in the list
/// of changing verbs passed silently (`admin-set-user-password`,
/// `deactivate-mfa-device`, `provision-permission-set`, `resume-session`,
/// `subscribe`, `test-state` with a role). The CLI names every operation
/// verb first, and the reads are a short closed set (describe, list, get,
/// ...): every other verb changes the account or runs something in it, and
/// is asked about when no row judged it.
#[test]
fn aws_operations_outside_the_read_verbs_are_changes() {
    each(
        &[
            "aws cognito-idp admin-confirm-sign-up --user-pool-id p --username u",
            "aws cognito-idp admin-enable-user --user-pool-id p --username u",
            "aws iam deactivate-mfa-device --user-name u --serial-number s",
            "aws sns subscribe --topic-arn t --protocol https --notification-endpoint https://x.example",
            "aws sso-admin provision-permission-set --instance-arn i --permission-set-arn p --target-type ALL_PROVISIONED_ACCOUNTS",
            "aws sso-admin detach-managed-policy-from-permission-set --instance-arn i --permission-set-arn p --managed-policy-arn m",
            "aws stepfunctions test-state --definition file://d.json --role-arn arn:aws:iam::1:role/R",
            "aws --region eu-west-1 kms replicate-key --key-id k --replica-region eu-west-3",
        ],
        "SelfEscalation Medium",
    );
    // Operations that hand out a secret or a shell are asked about as such.
    for cmd in [
        "aws cognito-idp admin-set-user-password --user-pool-id p --username u --password x --permanent",
        "aws lightsail download-default-key-pair",
        "aws kms generate-data-key --key-id k --key-spec AES_256",
        "aws cognito-idp initiate-auth --client-id c --auth-flow USER_PASSWORD_AUTH --auth-parameters USERNAME=u,PASSWORD=p",
        "aws ssm resume-session --session-id s-1",
    ] {
        assert_ne!(common::worst(&common::assess(cmd)), "clean", "{cmd}");
    }
}

/// hcloud (tuning half): reads that print credentials
/// (`get-credentials-for-identity`, `get-cluster-credentials-with-iam`,
/// `get-relational-database-master-user-password`) passed as reads. A
/// read whose operation names credentials, a password or a token is
/// asked about as a credential read; a token piped straight into a
/// registry login stays clean (it is used, not shown), and reads of
/// metadata stay clean.
#[test]
fn aws_reads_that_print_credentials_are_asked() {
    each(
        &[
            "aws cognito-identity get-credentials-for-identity --identity-id eu-west-2:1",
            "aws redshift get-cluster-credentials-with-iam --cluster-identifier c",
            "aws lightsail get-relational-database-master-user-password --relational-database-name n",
            "aws ec2 get-password-data --instance-id i-1",
        ],
        "CredentialAccess Medium",
    );
    each(
        &[
            "aws sts get-caller-identity",
            "aws cognito-identity get-id --identity-pool-id p",
            "aws cognito-idp admin-get-user --user-pool-id p --username u",
            "aws iam get-credential-report",
            "aws ec2 describe-key-pairs",
            "aws logs tail /aws/lambda/f --follow",
            "aws ec2 wait instance-running --instance-ids i-1",
            "aws codebuild batch-get-builds --ids b",
            "aws ecr get-login-password --region eu-west-1 | docker login --username AWS --password-stdin 1.dkr.ecr.eu-west-1.amazonaws.com",
            "aws s3 cp s3://bucket/key ./key",
            "aws s3 ls s3://bucket",
            "aws configure list",
            "aws eks update-kubeconfig --name c",
            // pentestbook (benign): a policy about passwords prints none.
            "aws iam get-account-password-policy",
            // tldr (prowler): a scanner's own `aws` sub-command with its
            // short options is not the AWS CLI.
            "prowler aws -p custom-profile -f us-east-1 eu-south-2",
        ],
        "clean",
    );
}
