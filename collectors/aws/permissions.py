"""API operations → IAM actions, and the least-privilege read-only policy document.

Most AWS API operations are authorised by the IAM action ``<prefix>:<OperationName>``;
the prefix is not always the boto3 client name, and a few operations are authorised by
an action of another name. Both are declared here, once, so that the policy printed by
``hipaa-scan aws iam-policy`` and the operations the collector really calls can be
compared (tests/test_aws_breadth.py records every call and checks the two are equal).
"""

from __future__ import annotations

#: boto3 client name → IAM action prefix, where they differ.
SERVICE_PREFIX = {
    "s3control": "s3",
    "elb": "elasticloadbalancing",
    "elbv2": "elasticloadbalancing",
    "opensearch": "es",
    "efs": "elasticfilesystem",
    "emr": "elasticmapreduce",
    "accessanalyzer": "access-analyzer",
    "sso-admin": "sso",
    "logs": "logs",
    "application-autoscaling": "application-autoscaling",
}

#: (boto3 client name, API operation) → IAM action, for operations not named like their action.
OPERATION_ACTION = {
    ("s3", "ListBuckets"): "s3:ListAllMyBuckets",
    ("s3", "GetBucketEncryption"): "s3:GetEncryptionConfiguration",
    ("s3", "GetPublicAccessBlock"): "s3:GetBucketPublicAccessBlock",
    ("s3", "GetObjectLockConfiguration"): "s3:GetBucketObjectLockConfiguration",
    ("s3", "GetBucketReplication"): "s3:GetReplicationConfiguration",
    ("s3control", "GetPublicAccessBlock"): "s3:GetAccountPublicAccessBlock",
    ("lambda", "ListFunctions"): "lambda:ListFunctions",
    ("s3", "GetBucketNotificationConfiguration"): "s3:GetBucketNotification",
    ("s3", "GetBucketLifecycleConfiguration"): "s3:GetLifecycleConfiguration",
}

#: Services authorised per HTTP method rather than per operation (every read is a GET).
HTTP_VERB_SERVICES = {"apigateway": "apigateway:GET", "apigatewayv2": "apigateway:GET"}


def iam_action(service: str, operation: str) -> str:
    """The IAM action that authorises ``operation`` of the boto3 client ``service``."""
    if service in HTTP_VERB_SERVICES:
        return HTTP_VERB_SERVICES[service]
    if (service, operation) in OPERATION_ACTION:
        return OPERATION_ACTION[(service, operation)]
    return f"{SERVICE_PREFIX.get(service, service)}:{operation}"


def policy_document(actions: list[str]) -> dict:
    """A read-only IAM policy allowing exactly ``actions`` (one statement, sorted)."""
    return {
        "Version": "2012-10-17",
        "Statement": [{
            "Sid": "HipaaScanReadOnly",
            "Effect": "Allow",
            "Action": sorted(set(actions)),
            "Resource": "*",
        }],
    }
