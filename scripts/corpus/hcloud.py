#!/usr/bin/env python3
"""Labelled rows from HackTricks-wiki/hacktricks-cloud's privilege
escalation pages (one page per service), a source no other builder reads:
cloud attack write-ups whose commands are the cloud CLIs. The AWS pages'
`aws` lines came first (session 25); the Google Cloud pages' `gcloud`
and `gsutil` lines and the Azure pages' `az` lines were added after the
AWS figure was taken, and labelled by the same rules before their rows
ran; so were, after those were measured and mended, the AWS
post-exploitation pages' `aws` lines, after those the Google Cloud and
Azure post-exploitation pages, and last the Kubernetes pages' `kubectl`
lines (for them `B` is a read of the cluster's state; `D` a deletion, a
change to who may do what (roles, bindings, impersonation of another
identity, aws-auth), a shell or command in a workload, a secret or token
read, a workload that takes over its node or the host, or a tunnel into
the cluster; applying, creating or editing an ordinary workload is `-`,
everyday use that the rules do not decide), and after those the
persistence pages of the three clouds.

    hcloud.py REPO_GIT_DIR                > hcloud.jsonl
    hcloud.py REPO_GIT_DIR --candidates   (ids and lines, for labelling)

Candidates are the command lines of the pages' code blocks that start
with the section's CLI (backslash continuations joined into one line; a
`<placeholder>` replaced by its name, which is what a reader fills in and
what `bash` would otherwise read as redirections; lines `bash -n` rejects
are not candidates). Each candidate was labelled by hand in
session 25, in `hcloud-labels.tsv`, from the line and its heading alone
and before any row was run through the hook, by these rules, written
before labelling:
- `D <category> <severity>`: the command, run with the developer's cloud
  credentials, does harm or takes more than it is given: it creates,
  prints or decrypts credentials or secrets (access keys, login profiles,
  session tokens, secret values, decrypted parameters), grants or changes
  permissions, policies, roles or trust, runs code or a container in the
  account (functions, builds, instances, tasks, commands on instances),
  passes a role to a service, exposes or shares data (public access,
  shared snapshots, images or keys), deletes or disables things (logging,
  detectors, resources) or plants persistence (users, keys, triggers);
- `B`: a read that prints nothing secret (list, describe, get of
  metadata, caller identity) or a local configuration of the CLI;
- `-`: placeholders and prose that are not a command one could run,
  and anything the rules above do not decide.
Session 26 added the Google Cloud service pages, the pages outside the
three clouds' sections and the CI/CD pages, whose lines are not only cloud
CLIs (`curl`, `gam`, `oc`, `doctl`, `git`, `docker`, scripts). Their labels
follow the same rules, read for what the line does with the credentials it
holds or is given, plus these, written before labelling them:
- `D` also when the line mints, refreshes, exchanges or prints credentials
  or tokens (an OAuth refresh, a docker config or a connection string with
  its password), reads a person's mail, files or sheets with a bearer
  token, uploads a local file to a remote store or sends data or secrets
  to a host that is not the service the credential belongs to, opens a
  shell or runs code in a workload, pipeline or job (including setting
  or triggering a CI pipeline), deletes, or disables a protection (a
  push option that turns a check off); a plain `git push` is not `D`;
- `B` also for a download from the project's own cloud storage, a clone, a
  local build, and the tool's own log-in and configuration;
- `-` for a script or program whose behaviour the line does not show
  (`python3 app.py ...`) and for changes the rules do not decide (enabling
  an API, creating a project, powering on a machine).
The labels file holds ids and labels only (the snapshot's text is not
committed); a candidate without a label is an error, so a changed
snapshot is noticed. Rows cite `hcloud:<page>/<heading>#<block>.<line>`;
the page (one service) is the unit the corpus is split on.

First measured in session 25 with nothing tuned on it (`--split all`).
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from snapshot import hand_labelled_main, logical_lines, names, parses, show, slug  # noqa: E402

# The CI/CD pages mix YAML, code and shell in their blocks: their lines are
# read when they start with one of these programs.
CICD_WORDS = (
    "argocd", "atlantis", "aws", "cat", "curl", "docker", "env", "export",
    "fly", "gcloud", "gh", "git", "grep", "helm", "kubectl", "python3", "sh",
    "terraform", "wget",
)

# The cloud CLIs and HTTP clients of the unauthenticated and basic pages.
CLOUD_WORDS = ("aws", "az", "gcloud", "gsutil", "curl", "wget")

# The Kubernetes pages' shell lines other than kubectl.
K8S_WORDS = (
    "curl", "wget", "docker", "crictl", "ctr", "etcdctl", "nsenter", "mount",
    "cat", "ls", "find", "chroot", "nc", "grep", "python3", "sh", "bash",
    "helm", "kubeletctl", "openssl", "base64", "jq", "ip", "iptables",
    "capsh", "runc",
)

# (directory, page-name prefix, the CLIs whose lines are read)
ROOTS = (
    ("src/pentesting-cloud/aws-security/aws-privilege-escalation/", "", ("aws",)),
    ("src/pentesting-cloud/gcp-security/gcp-privilege-escalation/", "gcp/", ("gcloud", "gsutil")),
    ("src/pentesting-cloud/azure-security/az-privilege-escalation/", "az/", ("az",)),
    # Added after the three privilege escalation sections were measured and
    # mended, labelled before its rows ran: the AWS post-exploitation pages.
    ("src/pentesting-cloud/aws-security/aws-post-exploitation/", "aws-post/", ("aws",)),
    # Added after the AWS post-exploitation pages were measured and mended,
    # labelled before their rows ran: Google Cloud and Azure
    # post-exploitation.
    ("src/pentesting-cloud/gcp-security/gcp-post-exploitation/", "gcp-post/", ("gcloud", "gsutil")),
    ("src/pentesting-cloud/azure-security/az-post-exploitation/", "az-post/", ("az",)),
    # Added after the post-exploitation sections were measured and mended,
    # labelled before its rows ran: the Kubernetes pages' kubectl lines.
    ("src/pentesting-cloud/kubernetes-security/", "k8s/", ("kubectl",)),
    # Added after the Kubernetes pages were measured and mended, labelled
    # before their rows ran: the persistence pages of the three clouds.
    ("src/pentesting-cloud/aws-security/aws-persistence/", "aws-persist/", ("aws",)),
    ("src/pentesting-cloud/gcp-security/gcp-persistence/", "gcp-persist/", ("gcloud", "gsutil")),
    ("src/pentesting-cloud/azure-security/az-persistence/", "az-persist/", ("az",)),
    # Added in session 26, labelled before their rows ran: the Google Cloud
    # service (enumeration) pages, the pages outside the three clouds'
    # sections (DigitalOcean, OpenShift, Workspace, Google Cloud to
    # Workspace, unauthenticated access, Azure lateral movement) and the
    # CI/CD pages' shell lines.
    ("src/pentesting-cloud/gcp-security/gcp-services/", "gcp-svc/", ("gcloud", "gsutil")),
    ("src/pentesting-cloud/gcp-security/gcp-unauthenticated-enum-and-access/", "gcp-unauth/", ("gcloud", "gsutil", "curl")),
    ("src/pentesting-cloud/gcp-security/gcp-to-workspace-pivoting/", "gcp-gws/", ("gcloud", "curl", "python3")),
    ("src/pentesting-cloud/workspace-security/", "gws/", ("gcloud", "curl", "python3", "gam")),
    ("src/pentesting-cloud/azure-security/az-lateral-movement-cloud-on-prem/", "az-lat/", ("az",)),
    ("src/pentesting-cloud/openshift-pentesting/", "oc/", ("oc", "kubectl")),
    ("src/pentesting-cloud/digital-ocean-pentesting/", "do/", ("doctl",)),
    ("src/pentesting-ci-cd/", "cicd/", CICD_WORDS),
    # Added in session 26 after the sections above were measured and
    # mended, labelled before its rows ran: the Azure service pages.
    ("src/pentesting-cloud/azure-security/az-services/", "az-svc/", ("az",)),
    # Added in session 26 after the Azure service pages were measured,
    # labelled before its rows ran: the AWS service (enumeration) pages.
    ("src/pentesting-cloud/aws-security/aws-services/", "aws-svc/", ("aws",)),
    # Added in session 26 after the AWS service pages were measured and
    # mended, labelled before their rows ran: the three clouds'
    # unauthenticated-access and basic-information pages, and the
    # Kubernetes pages' shell lines other than kubectl (kubelet and API
    # server requests, etcd, container escapes).
    ("src/pentesting-cloud/aws-security/aws-unauthenticated-enum-access/", "aws-unauth/", CLOUD_WORDS),
    ("src/pentesting-cloud/azure-security/az-unauthenticated-enum-and-initial-entry/", "az-unauth/", CLOUD_WORDS),
    ("src/pentesting-cloud/aws-security/aws-basic-information/", "aws-basic/", CLOUD_WORDS),
    ("src/pentesting-cloud/azure-security/az-basic-information/", "az-basic/", CLOUD_WORDS),
    ("src/pentesting-cloud/gcp-security/gcp-basic-information/", "gcp-basic/", CLOUD_WORDS),
    ("src/pentesting-cloud/kubernetes-security/", "k8s-sh/", K8S_WORDS),
)
LABELS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hcloud-labels.tsv")


def page_name(root, prefix, path):
    """`aws-iam-privesc/README.md` -> `iam`; a sub-page keeps its file name;
    `gcp-iam-privesc.md` -> `gcp/iam`."""
    rest = path[len(root):]
    parts = rest.split("/")
    if prefix:
        base = re.sub(r"\.md$", "", parts[0])
        base = "overview" if base == "README" else base
    else:
        base = parts[0] if len(parts) > 1 else "overview"
    base = re.sub(r"^(aws|gcp|az)-|-privesc$|-prinvesc$", "", base)
    if len(parts) > 1 and parts[-1] != "README.md":
        base += "/" + parts[-1][:-3]
    elif len(parts) > 2:
        # A nested section's README: `github-security/abusing-github-actions/
        # README.md` -> `github-security/abusing-github-actions`.
        base += "/" + parts[-2]
    return (prefix + base)[:60]


PLACEHOLDER = re.compile(r"(?<![<\w])<([A-Za-z][A-Za-z0-9_.:-]*)>")


def filled(line):
    """`--region <region>` -> `--region region`."""
    return PLACEHOLDER.sub(lambda m: m.group(1), line)


def candidates(repo):
    """(id, heading, line) of every candidate line, in page order."""
    for root, prefix, first_words in ROOTS:
        yield from root_candidates(repo, root, prefix, first_words)


def root_candidates(repo, root, prefix, first_words):
    """`candidates` of one section."""
    for path in sorted(p for p in names(repo, root) if p.endswith(".md")):
        page = page_name(root, prefix, path)
        heading, block, inside, body = "", -1, False, []
        for raw in show(repo, path).split("\n"):
            if raw.lstrip().startswith("```"):
                inside = not inside
                if inside:
                    block += 1
                    body = []
                    continue
                n = 0
                for line in map(filled, logical_lines(body)):
                    if not line or line.startswith("#"):
                        continue
                    n += 1
                    if line.split()[0] not in first_words or not parses(line):
                        continue
                    yield f"{page}#{block}.{n}", heading, line
                continue
            if inside:
                body.append(raw)
            elif raw.startswith("#"):
                heading = raw.lstrip("#").strip().strip("`")


def row_of(cid, heading):
    """A row's why (its heading) and source."""
    page, rest = cid.split("#")
    return heading, f"hcloud:{page}/{slug(heading)}#{rest}"


def main():
    hand_labelled_main("hcloud.py", candidates, LABELS, row_of)


if __name__ == "__main__":
    main()
