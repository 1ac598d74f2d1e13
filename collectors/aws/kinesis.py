"""Kinesis Data Streams: streams (server-side encryption with KMS)."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, paginate, read, tags_of
from hipaa_scan.scanner.types import Resource


def collect_streams(ctx: AwsContext, region: str) -> None:
    rt = "aws_kinesis_stream"
    kin = ctx.client("kinesis", region)
    for name in paginate(kin, "list_streams", "StreamNames"):
        arn = ctx.arn("kinesis", region, f"stream/{name}")
        res: Resource = {"id": arn, "name": name, "account": ctx.account, "region": region}
        ok, out = read(ctx, rt, kin.describe_stream_summary, region=region, resource_id=arn, field="encryption_type",
                       StreamName=name)
        if ok:
            d = out.get("StreamDescriptionSummary", {})
            res.update(encryption_type=d.get("EncryptionType") or "NONE", kms_key_id=d.get("KeyId"),
                       retention_hours=d.get("RetentionPeriodHours"))
        ok, out = read(ctx, rt, kin.list_tags_for_stream, region=region, resource_id=arn, field="tags",
                       StreamName=name)
        if ok:
            res["tags"] = tags_of(out.get("Tags"))
        ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_kinesis_stream", "kinesis", "regional",
                 ("kinesis:ListStreams", "kinesis:DescribeStreamSummary", "kinesis:ListTagsForStream"),
                 collect_streams, "Kinesis data streams"),
]
