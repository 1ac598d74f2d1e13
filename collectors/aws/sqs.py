"""SQS: queues (server-side encryption, SQS-managed or KMS)."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, paginate, read
from hipaa_scan.scanner.types import Resource


def collect_queues(ctx: AwsContext, region: str) -> None:
    rt = "aws_sqs_queue"
    sqs = ctx.client("sqs", region)
    for url in paginate(sqs, "list_queues", "QueueUrls"):
        name = url.rstrip("/").rsplit("/", 1)[-1]
        arn = ctx.arn("sqs", region, name)
        res: Resource = {"id": arn, "name": name, "account": ctx.account, "region": region, "url": url}
        ok, out = read(ctx, rt, sqs.get_queue_attributes, region=region, resource_id=arn, field="encryption",
                       QueueUrl=url, AttributeNames=["All"])
        if ok:
            attrs = out.get("Attributes", {})
            res["id"] = attrs.get("QueueArn", arn)
            kms = attrs.get("KmsMasterKeyId") or None
            managed = str(attrs.get("SqsManagedSseEnabled", "false")).lower() == "true"
            res["encryption"] = {"enabled": bool(kms) or managed, "kms_key_id": kms, "sqs_managed": managed}
        ok, out = read(ctx, rt, sqs.list_queue_tags, region=region, resource_id=res["id"], field="tags", QueueUrl=url)
        if ok:
            res["tags"] = dict(out.get("Tags") or {})
        ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_sqs_queue", "sqs", "regional", ("sqs:ListQueues", "sqs:GetQueueAttributes", "sqs:ListQueueTags"),
                 collect_queues, "SQS queues"),
]
