"""EC2 Auto Scaling: groups (health checks behind load balancers) and launch configurations (public IPs)."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, listed, paginate, tags_of


def collect_groups(ctx: AwsContext, region: str) -> None:
    rt = "aws_autoscaling_group"
    asg = ctx.client("autoscaling", region)
    for g in listed(ctx, rt, paginate(asg, "describe_auto_scaling_groups", "AutoScalingGroups"),
                    "AutoScalingGroupARN", "AutoScalingGroupName", region=region, operation="DescribeAutoScalingGroups"):
        ctx.inventory.add(rt, {
            "id": g["AutoScalingGroupARN"], "name": g["AutoScalingGroupName"], "account": ctx.account,
            "region": region, "tags": tags_of(g.get("Tags")),
            "health_check_type": g.get("HealthCheckType"),  # EC2, ELB, VPC_LATTICE, EBS (comma-joined)
            "load_balancer_names": sorted(g.get("LoadBalancerNames") or []),
            "target_group_arns": sorted(g.get("TargetGroupARNs") or []),
        })


def collect_launch_configurations(ctx: AwsContext, region: str) -> None:
    rt = "aws_autoscaling_launch_configuration"
    asg = ctx.client("autoscaling", region)
    for lc in listed(ctx, rt, paginate(asg, "describe_launch_configurations", "LaunchConfigurations"),
                     "LaunchConfigurationARN", "LaunchConfigurationName", region=region,
                     operation="DescribeLaunchConfigurations"):
        ctx.inventory.add(rt, {
            "id": lc["LaunchConfigurationARN"], "name": lc["LaunchConfigurationName"], "account": ctx.account,
            "region": region,
            # null when the launch configuration does not say (the subnet's setting applies)
            "associate_public_ip_address": lc.get("AssociatePublicIpAddress"),
            "metadata_http_tokens": (lc.get("MetadataOptions") or {}).get("HttpTokens"),
        })


SPECS = [
    ResourceSpec("aws_autoscaling_group", "autoscaling", "regional", ("autoscaling:DescribeAutoScalingGroups",),
                 collect_groups, "EC2 Auto Scaling groups"),
    ResourceSpec("aws_autoscaling_launch_configuration", "autoscaling", "regional",
                 ("autoscaling:DescribeLaunchConfigurations",), collect_launch_configurations,
                 "EC2 Auto Scaling launch configurations"),
]
