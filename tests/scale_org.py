"""An AWS Organization on a moto server: member accounts, their sessions, faults to inject.

moto accepts any sts:AssumeRole and files whatever the returned credentials create under
the role's account, which is how the member accounts get their own resources.
"""

from __future__ import annotations

import importlib
import threading
import urllib.request

import boto3
import botocore.awsrequest
import pytest

from demo.mototools import MotoServer

MANAGEMENT = "123456789012"
ROLE = "HipaaScanReadOnly"
#: The spine's services: enough to judge every account, fast against moto.
CORE_MODULES = ("s3", "ec2", "rds", "cloudtrail", "iam")


def core_specs():
    return [s for m in CORE_MODULES for s in importlib.import_module(f"hipaa_scan.collectors.aws.{m}").SPECS]


def create_org(session, endpoint: str, names, suspended: tuple[str, ...] = ()) -> dict[str, str]:
    """Create the organization and one member account per name; return name → account id."""
    org = session.client("organizations", region_name="us-east-1", endpoint_url=endpoint)
    org.create_organization(FeatureSet="ALL")
    ids = {}
    for name in [*names, *suspended]:
        status = org.create_account(AccountName=name, Email=f"{name}@clinic.example")["CreateAccountStatus"]
        ids[name] = status["AccountId"]
    for name in suspended:
        org.close_account(AccountId=ids[name])
    return ids


def member_session(session, endpoint: str, account: str):
    """Credentials of a role in ``account`` (what lands in moto's backend of that account)."""
    sts = session.client("sts", region_name="us-east-1", endpoint_url=endpoint)
    c = sts.assume_role(RoleArn=f"arn:aws:iam::{account}:role/Seeder", RoleSessionName="seed")["Credentials"]
    return boto3.Session(aws_access_key_id=c["AccessKeyId"], aws_secret_access_key=c["SecretAccessKey"],
                         aws_session_token=c["SessionToken"], region_name="us-east-1")


def seed_buckets(session, endpoint: str, prefix: str) -> None:
    """One compliant-ish encrypted bucket and one unencrypted bucket (names unique across accounts)."""
    s3 = session.client("s3", region_name="us-east-1", endpoint_url=endpoint)
    s3.create_bucket(Bucket=f"{prefix}-encrypted")
    s3.put_bucket_encryption(Bucket=f"{prefix}-encrypted", ServerSideEncryptionConfiguration={"Rules": [
        {"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms", "KMSMasterKeyID": "alias/phi"}}]})
    s3.create_bucket(Bucket=f"{prefix}-plain")


def seed_database(session, endpoint: str, name: str, encrypted: bool, region: str = "us-east-1") -> None:
    rds = session.client("rds", region_name=region, endpoint_url=endpoint)
    rds.create_db_instance(DBInstanceIdentifier=name, Engine="postgres", DBInstanceClass="db.t3.micro",
                           AllocatedStorage=20, MasterUsername="app", MasterUserPassword="not-a-real-pass-1",
                           StorageEncrypted=encrypted, PubliclyAccessible=False, BackupRetentionPeriod=7)


def deny_assume_role(account: str):
    """A before-call handler: sts:AssumeRole into ``account`` is AccessDenied (as a missing trust would be)."""
    def handler(model, params, **kwargs):
        if f":{account}:" in str(params.get("body")):  # the serialised request: {"RoleArn": ..., ...}
            resp = botocore.awsrequest.AWSResponse("https://sts.invalid", 403, {}, None)
            return resp, {"Error": {"Code": "AccessDenied", "Message": f"not authorized to assume a role in {account}"},
                          "ResponseMetadata": {"HTTPStatusCode": 403}}
        return None
    return handler


class Throttler:
    """before-send handlers that answer the first ``times`` requests of an operation with a throttling error.

    Each request goes through botocore's retry handler, so a throttled call is retried
    (and the adaptive rate limiter engages) exactly as with a real throttling response.
    """

    BODIES = {
        # protocol → (status, content type, body template)
        "json": (400, "application/x-amz-json-1.1", b'{"__type":"%s","message":"Rate exceeded"}'),
        "query": (400, "text/xml", b"<ErrorResponse><Error><Type>Sender</Type><Code>%s</Code><Message>Rate exceeded"
                                   b"</Message></Error><RequestId>throttled</RequestId></ErrorResponse>"),
    }

    def __init__(self, times: int):
        self.times = times
        self.lock = threading.Lock()
        self.seen: dict[str, int] = {}
        self.injected: list[str] = []

    def handler(self, protocol: str, code: str, key: str):
        status, ctype, body = self.BODIES[protocol]

        def before_send(request, **kwargs):
            with self.lock:
                n = self.seen.get(key, 0)
                self.seen[key] = n + 1
                if n < self.times:
                    self.injected.append(key)
            if n < self.times:
                resp = botocore.awsrequest.AWSResponse(request.url, status, {"Content-Type": ctype}, None)
                resp._content = body % code.encode()
                return resp
            return None
        return before_send

    def install(self, session, service: str, operation: str, protocol: str, code: str, tag: str = "") -> None:
        key = f"{tag}:{service}:{operation}"
        session.events.register(f"before-send.{service}.{operation}", self.handler(protocol, code, key))


def reset(server: MotoServer, timeout: float = 180.0) -> None:
    """Empty the server (a generous timeout: the machine may be busy)."""
    req = urllib.request.Request(f"{server.endpoint}/moto-api/reset", method="POST")
    urllib.request.urlopen(req, timeout=timeout).read()


@pytest.fixture(scope="module")
def scale_moto():
    """A moto server of this test module's own."""
    server = MotoServer().start(timeout=120)
    yield server
    server.stop()


@pytest.fixture
def moto_server(scale_moto):
    reset(scale_moto)
    return scale_moto


@pytest.fixture
def aws_session(moto_server):
    return moto_server.session()
