"""SNS: topics (server-side encryption with KMS)."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, listed, paginate, read, tags_of
from hipaa_scan.scanner.types import Resource


def collect_topics(ctx: AwsContext, region: str) -> None:
    rt = "aws_sns_topic"
    sns = ctx.client("sns", region)
    for t in listed(ctx, rt, paginate(sns, "list_topics", "Topics"), "TopicArn",
                    region=region, operation="ListTopics"):
        arn = t["TopicArn"]
        res: Resource = {"id": arn, "name": arn.rsplit(":", 1)[-1], "account": ctx.account, "region": region}
        ok, out = read(ctx, rt, sns.get_topic_attributes, region=region, resource_id=arn, field="kms_key_id",
                       TopicArn=arn)
        if ok:
            res["kms_key_id"] = out.get("Attributes", {}).get("KmsMasterKeyId") or None
        ok, out = read(ctx, rt, sns.list_tags_for_resource, region=region, resource_id=arn, field="tags",
                       ResourceArn=arn)
        if ok:
            res["tags"] = tags_of(out.get("Tags"))
        ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_sns_topic", "sns", "regional",
                 ("sns:ListTopics", "sns:GetTopicAttributes", "sns:ListTagsForResource"), collect_topics, "SNS topics"),
]
