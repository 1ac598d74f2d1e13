"""SageMaker: notebook instances (KMS volume encryption, direct internet access, root access)."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, paginate, read, read_pages
from hipaa_scan.scanner.types import Resource


def collect_notebooks(ctx: AwsContext, region: str) -> None:
    rt = "aws_sagemaker_notebook"
    sm = ctx.client("sagemaker", region)
    for nb in paginate(sm, "list_notebook_instances", "NotebookInstances"):
        name, arn = nb["NotebookInstanceName"], nb["NotebookInstanceArn"]
        res: Resource = {"id": arn, "name": name, "account": ctx.account, "region": region}
        ok, d = read(ctx, rt, sm.describe_notebook_instance, region=region, resource_id=arn, field="kms_key_id",
                     NotebookInstanceName=name)
        if ok:
            res.update(kms_key_id=d.get("KmsKeyId"), direct_internet_access=d.get("DirectInternetAccess") != "Disabled",
                       root_access=d.get("RootAccess") != "Disabled", subnet_id=d.get("SubnetId"))
        ok, out = read_pages(ctx, rt, sm, "list_tags", "Tags", region=region, resource_id=arn, field="tags",
                             ResourceArn=arn)
        if ok:
            res["tags"] = {t["Key"]: t.get("Value", "") for t in out}
        ctx.inventory.add(rt, res)


def collect_endpoint_configs(ctx: AwsContext, region: str) -> None:
    rt = "aws_sagemaker_endpoint_config"
    sm = ctx.client("sagemaker", region)
    for ec in paginate(sm, "list_endpoint_configs", "EndpointConfigs"):
        name, arn = ec["EndpointConfigName"], ec["EndpointConfigArn"]
        res: Resource = {"id": arn, "name": name, "account": ctx.account, "region": region}
        ok, d = read(ctx, rt, sm.describe_endpoint_config, region=region, resource_id=arn, field="kms_key_id",
                     EndpointConfigName=name)
        if ok:
            res["kms_key_id"] = d.get("KmsKeyId")  # null: the ML storage volumes use an AWS managed key
        ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_sagemaker_notebook", "sagemaker", "regional",
                 ("sagemaker:ListNotebookInstances", "sagemaker:DescribeNotebookInstance", "sagemaker:ListTags"),
                 collect_notebooks, "SageMaker notebook instances"),
    ResourceSpec("aws_sagemaker_endpoint_config", "sagemaker", "regional",
                 ("sagemaker:ListEndpointConfigs", "sagemaker:DescribeEndpointConfig"), collect_endpoint_configs,
                 "SageMaker endpoint configurations"),
]
