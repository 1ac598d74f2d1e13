"""Seeders for the controls added for the anchors' checks (docs/aws.md, cross-walk).

Each step runs after the breadth seeder of its chain (demo/clinic.py SEED_CHAINS) and adds or
changes resources so that every control moto can express shows a pass and a fail; where moto
cannot express one side (instance age, secret access dates, stop times are all "now"), docs/aws.md
says so and the Rego tests cover it.
"""

from __future__ import annotations

import json

from demo.breadth import ACCOUNT, E1, _c, _kms_key, _zip


def _named(ec2, rid: str, name: str) -> None:
    ec2.create_tags(Resources=[rid], Tags=[{"Key": "Name", "Value": name}])


def seed_network_anchors(session, endpoint: str) -> None:
    """An instance with a profile, detailed monitoring and EBS optimisation; a stopped instance; security groups open on
    every port; named network ACLs, subnets and route tables, compliant and not."""
    ec2 = _c(session, endpoint, "ec2")
    iam = _c(session, endpoint, "iam")
    iam.create_role(RoleName="ehr-worker", AssumeRolePolicyDocument=json.dumps({
        "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"},
                                                "Action": "sts:AssumeRole"}]}))
    iam.create_instance_profile(InstanceProfileName="ehr-worker")
    iam.add_role_to_instance_profile(InstanceProfileName="ehr-worker", RoleName="ehr-worker")
    subnet = ec2.describe_subnets(Filters=[{"Name": "cidr-block", "Values": ["10.20.1.0/24"]}])["Subnets"][0]["SubnetId"]
    ec2.run_instances(ImageId="ami-12c6146b", MinCount=1, MaxCount=1, InstanceType="m5.large", SubnetId=subnet,
                      IamInstanceProfile={"Name": "ehr-worker"}, Monitoring={"Enabled": True}, EbsOptimized=True,
                      MetadataOptions={"HttpTokens": "required"}, TagSpecifications=[
                          {"ResourceType": "instance", "Tags": [{"Key": "Name", "Value": "ehr-worker"}]}])
    box = ec2.run_instances(ImageId="ami-12c6146b", MinCount=1, MaxCount=1, InstanceType="t3.micro", TagSpecifications=[
        {"ResourceType": "instance", "Tags": [{"Key": "Name", "Value": "weekend-box"}]}])["Instances"][0]["InstanceId"]
    ec2.stop_instances(InstanceIds=[box])

    vpc = ec2.describe_vpcs(Filters=[{"Name": "tag:Name", "Values": ["clinic-private"]}])["Vpcs"][0]["VpcId"]
    anyport = ec2.create_security_group(GroupName="legacy-any", Description="everything open", VpcId=vpc)["GroupId"]
    ec2.authorize_security_group_ingress(GroupId=anyport, IpPermissions=[
        {"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}])

    default_acl = ec2.describe_network_acls(Filters=[{"Name": "vpc-id", "Values": [vpc]},
                                                     {"Name": "default", "Values": ["true"]}])["NetworkAcls"][0]
    _named(ec2, default_acl["NetworkAclId"], "clinic-default-acl")  # allows everything: fails
    acl = ec2.create_network_acl(VpcId=vpc)["NetworkAcl"]["NetworkAclId"]
    _named(ec2, acl, "clinic-private-acl")
    ec2.create_network_acl_entry(NetworkAclId=acl, RuleNumber=100, Protocol="6", RuleAction="allow", Egress=False,
                                 CidrBlock="0.0.0.0/0", PortRange={"From": 443, "To": 443})
    ec2.create_network_acl_entry(NetworkAclId=acl, RuleNumber=110, Protocol="-1", RuleAction="allow", Egress=False,
                                 CidrBlock="10.20.0.0/16")

    for i, s in enumerate(ec2.describe_subnets(Filters=[{"Name": "vpc-id", "Values": [vpc]}])["Subnets"]):
        _named(ec2, s["SubnetId"], f"clinic-private-{i + 1}")
    public = ec2.create_subnet(VpcId=vpc, CidrBlock="10.20.9.0/24", AvailabilityZone="us-east-1a")["Subnet"]["SubnetId"]
    ec2.modify_subnet_attribute(SubnetId=public, MapPublicIpOnLaunch={"Value": True})
    _named(ec2, public, "clinic-dmz")

    private_rt = ec2.create_route_table(VpcId=vpc)["RouteTable"]["RouteTableId"]
    _named(ec2, private_rt, "clinic-private-rt")
    igw = ec2.create_internet_gateway()["InternetGateway"]["InternetGatewayId"]
    ec2.attach_internet_gateway(InternetGatewayId=igw, VpcId=vpc)
    _named(ec2, igw, "clinic-dmz-igw")
    dmz_rt = ec2.create_route_table(VpcId=vpc)["RouteTable"]["RouteTableId"]
    ec2.create_route(RouteTableId=dmz_rt, DestinationCidrBlock="0.0.0.0/0", GatewayId=igw)
    _named(ec2, dmz_rt, "clinic-dmz-rt")


def seed_iam_anchors(session, endpoint: str) -> None:
    """Groups, per-policy inline grants and managed policies with marketplace, service-wide and KMS grants."""
    iam = _c(session, endpoint, "iam")
    iam.add_user_to_group(GroupName="clinicians", UserName="dr-alice")
    read_only = json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::clinic-phi-images/*"}]})
    iam.put_group_policy(GroupName="clinicians", PolicyName="read-images", PolicyDocument=read_only)
    vendor = json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": ["aws-marketplace:Subscribe", "s3:*", "kms:Decrypt"], "Resource": "*"}]})
    iam.put_user_policy(UserName="billing-bob", PolicyName="vendor-tools", PolicyDocument=vendor)
    iam.create_policy(PolicyName="clinic-vendor-tools", PolicyDocument=vendor)


def seed_logging_anchors(session, endpoint: str) -> None:
    """Bedrock data events on the organisation trail; network change alarms (some); an alarm without actions."""
    ct = _c(session, endpoint, "cloudtrail")
    ct.put_event_selectors(TrailName="org-audit", AdvancedEventSelectors=[
        {"Name": "phi-images", "FieldSelectors": [{"Field": "eventCategory", "Equals": ["Data"]},
                                                  {"Field": "resources.type", "Equals": ["AWS::S3::Object"]}]},
        {"Name": "bedrock", "FieldSelectors": [{"Field": "eventCategory", "Equals": ["Data"]},
                                               {"Field": "resources.type", "Equals": ["AWS::Bedrock::Model"]}]}])
    logs = _c(session, endpoint, "logs")
    cw = _c(session, endpoint, "cloudwatch")
    topic = _c(session, endpoint, "sns").create_topic(Name="clinic-security-alerts")["TopicArn"]
    for name, events in (
            ("NetworkAclChanges", ["CreateNetworkAcl", "CreateNetworkAclEntry", "DeleteNetworkAcl",
                                   "DeleteNetworkAclEntry", "ReplaceNetworkAclEntry", "ReplaceNetworkAclAssociation"]),
            ("SecurityGroupChanges", ["AuthorizeSecurityGroupIngress", "AuthorizeSecurityGroupEgress",
                                      "RevokeSecurityGroupIngress", "RevokeSecurityGroupEgress", "CreateSecurityGroup",
                                      "DeleteSecurityGroup"])):
        pattern = "{ " + " || ".join(f"($.eventName = {e})" for e in events) + " }"
        logs.put_metric_filter(logGroupName="/clinic/cloudtrail", filterName=name, filterPattern=pattern,
                               metricTransformations=[{"metricName": name, "metricNamespace": "CISBenchmark",
                                                       "metricValue": "1"}])
        cw.put_metric_alarm(AlarmName=f"clinic-{name}", MetricName=name, Namespace="CISBenchmark", Statistic="Sum",
                            Period=300, EvaluationPeriods=1, Threshold=1, ComparisonOperator="GreaterThanOrEqualToThreshold",
                            AlarmActions=[topic])
    cw.put_metric_alarm(AlarmName="clinic-disk-full", MetricName="DiskFull", Namespace="Clinic", Statistic="Maximum",
                        Period=300, EvaluationPeriods=1, Threshold=90, ComparisonOperator="GreaterThanThreshold",
                        ActionsEnabled=False)


def seed_data_anchors(session, endpoint: str) -> None:
    """RDS monitoring/IAM auth/upgrades, Redshift routing and upgrades, OpenSearch logs, S3 ownership, DAX,
    EKS and SageMaker endpoint configurations."""
    rds = _c(session, endpoint, "rds")
    rds.modify_db_instance(DBInstanceIdentifier="ehr-replica-db", EnableIAMDatabaseAuthentication=True,
                           MonitoringInterval=60, MonitoringRoleArn=f"arn:aws:iam::{ACCOUNT}:role/rds-monitoring",
                           AutoMinorVersionUpgrade=True, ApplyImmediately=True)
    rds.modify_db_instance(DBInstanceIdentifier="reporting-db", AutoMinorVersionUpgrade=False, ApplyImmediately=True)
    rs = _c(session, endpoint, "redshift")
    rs.modify_cluster(ClusterIdentifier="claims-dw", EnhancedVpcRouting=True, AllowVersionUpgrade=True)
    rs.modify_cluster(ClusterIdentifier="adhoc-dw", EnhancedVpcRouting=False, AllowVersionUpgrade=False)
    es = _c(session, endpoint, "opensearch")
    es.update_domain_config(DomainName="phi-search", LogPublishingOptions={"ES_APPLICATION_LOGS": {
        "CloudWatchLogsLogGroupArn": f"arn:aws:logs:{E1}:{ACCOUNT}:log-group:/clinic/search-errors", "Enabled": True}})
    s3 = _c(session, endpoint, "s3")
    s3.put_bucket_ownership_controls(Bucket="clinic-phi-images", OwnershipControls={
        "Rules": [{"ObjectOwnership": "BucketOwnerEnforced"}]})
    s3.put_bucket_ownership_controls(Bucket="clinic-public-site", OwnershipControls={
        "Rules": [{"ObjectOwnership": "ObjectWriter"}]})
    role = f"arn:aws:iam::{ACCOUNT}:role/clinic-dax"
    dax = _c(session, endpoint, "dax")
    dax.create_cluster(ClusterName="patients-cache", NodeType="dax.t3.small", ReplicationFactor=1, IamRoleArn=role,
                       SSESpecification={"Enabled": True})
    dax.create_cluster(ClusterName="sessions-dax", NodeType="dax.t3.small", ReplicationFactor=1, IamRoleArn=role)
    eks = _c(session, endpoint, "eks")
    key = _kms_key(session, endpoint, description="clinic-eks")
    vpc = {"subnetIds": [], "securityGroupIds": []}
    eks.create_cluster(name="ehr-platform", roleArn=f"arn:aws:iam::{ACCOUNT}:role/eks", resourcesVpcConfig=vpc,
                       encryptionConfig=[{"resources": ["secrets"], "provider": {"keyArn": key}}])
    eks.create_cluster(name="sandbox-k8s", roleArn=f"arn:aws:iam::{ACCOUNT}:role/eks", resourcesVpcConfig=vpc)
    sm = _c(session, endpoint, "sagemaker")
    sm.create_model(ModelName="triage", ExecutionRoleArn=f"arn:aws:iam::{ACCOUNT}:role/sagemaker",
                    PrimaryContainer={"Image": f"{ACCOUNT}.dkr.ecr.{E1}.amazonaws.com/triage:1"})
    variant = [{"VariantName": "main", "ModelName": "triage", "InitialInstanceCount": 1, "InstanceType": "ml.m5.large"}]
    sm.create_endpoint_config(EndpointConfigName="triage-phi", ProductionVariants=variant, KmsKeyId=key)
    sm.create_endpoint_config(EndpointConfigName="triage-sandbox", ProductionVariants=variant)


def seed_edge_anchors(session, endpoint: str) -> None:
    """Load balancer attributes (cross-zone, deletion protection, invalid-header dropping), API tracing, a Lambda
    function in the VPC."""
    elb = _c(session, endpoint, "elb")
    elb.modify_load_balancer_attributes(LoadBalancerName="secure-portal", LoadBalancerAttributes={
        "CrossZoneLoadBalancing": {"Enabled": True}})
    v2 = _c(session, endpoint, "elbv2")
    portal = v2.describe_load_balancers(Names=["patient-portal"])["LoadBalancers"][0]["LoadBalancerArn"]
    v2.modify_load_balancer_attributes(LoadBalancerArn=portal, Attributes=[
        {"Key": "deletion_protection.enabled", "Value": "true"},
        {"Key": "routing.http.drop_invalid_header_fields.enabled", "Value": "true"}])
    api = _c(session, endpoint, "apigateway")
    rest = next(r["id"] for r in api.get_rest_apis()["items"] if r["name"] == "patient-api")
    api.update_stage(restApiId=rest, stageName="prod", patchOperations=[
        {"op": "replace", "path": "/tracingEnabled", "value": "true"}])
    ec2 = _c(session, endpoint, "ec2")
    subnet = ec2.describe_subnets(Filters=[{"Name": "cidr-block", "Values": ["10.20.1.0/24"]}])["Subnets"][0]["SubnetId"]
    web = ec2.describe_security_groups(Filters=[{"Name": "group-name", "Values": ["clinic-web"]}])["SecurityGroups"][0]
    role = _c(session, endpoint, "iam").get_role(RoleName="clinic-lambda")["Role"]["Arn"]
    _c(session, endpoint, "lambda").create_function(
        FunctionName="phi-intake", Runtime="python3.12", Role=role, Handler="index.handler", Code={"ZipFile": _zip()},
        VpcConfig={"SubnetIds": [subnet], "SecurityGroupIds": [web["GroupId"]]})


def seed_service_anchors(session, endpoint: str) -> None:
    """Issue 17, second round: AWS WAF web ACLs, Auto Scaling, CodeBuild, DMS, ECS task definitions, SSM documents,
    a Site-to-Site VPN, provisioned DynamoDB tables and an Elastic Beanstalk environment, compliant and not."""
    waf = _c(session, endpoint, "wafv2")
    rule = {"DefaultAction": {"Allow": {}}, "Scope": "REGIONAL"}
    vis = {"SampledRequestsEnabled": True, "CloudWatchMetricsEnabled": True}
    portal = waf.create_web_acl(Name="clinic-portal-waf", VisibilityConfig=dict(vis, MetricName="portal"), **rule)
    waf.put_logging_configuration(LoggingConfiguration={
        "ResourceArn": portal["Summary"]["ARN"],
        "LogDestinationConfigs": [f"arn:aws:logs:{E1}:{ACCOUNT}:log-group:aws-waf-logs-clinic"]})
    waf.create_web_acl(Name="legacy-waf", VisibilityConfig=dict(vis, MetricName="legacy"), **rule)

    ec2 = _c(session, endpoint, "ec2")
    default_vpc = ec2.describe_vpcs(Filters=[{"Name": "is-default", "Values": ["true"]}])["Vpcs"][0]["VpcId"]
    tg = _c(session, endpoint, "elbv2").create_target_group(Name="ehr-workers", Protocol="HTTP", Port=80,
                                                            VpcId=default_vpc)["TargetGroups"][0]["TargetGroupArn"]
    asg = _c(session, endpoint, "autoscaling")
    asg.create_launch_configuration(LaunchConfigurationName="ehr-workers-lc", ImageId="ami-12c6146b",
                                    InstanceType="t3.micro", AssociatePublicIpAddress=False,
                                    MetadataOptions={"HttpTokens": "required"})
    asg.create_launch_configuration(LaunchConfigurationName="kiosk-lc", ImageId="ami-12c6146b", InstanceType="t3.micro",
                                    AssociatePublicIpAddress=True, MetadataOptions={"HttpTokens": "optional"})
    for name, lc, check, tgs in (("ehr-workers", "ehr-workers-lc", "ELB", [tg]), ("kiosk-fleet", "kiosk-lc", "EC2", [tg]),
                                 ("batch-fleet", "ehr-workers-lc", "EC2", [])):
        asg.create_auto_scaling_group(AutoScalingGroupName=name, LaunchConfigurationName=lc, MinSize=0, MaxSize=1,
                                      AvailabilityZones=["us-east-1a"], HealthCheckType=check, TargetGroupARNs=tgs)

    cb = _c(session, endpoint, "codebuild")
    env = {"type": "LINUX_CONTAINER", "image": "aws/codebuild/standard:7.0", "computeType": "BUILD_GENERAL1_SMALL"}
    role = f"arn:aws:iam::{ACCOUNT}:role/codebuild"
    cb.create_project(name="ehr-build", serviceRole=role, artifacts={"type": "NO_ARTIFACTS"},
                      source={"type": "GITHUB", "location": "https://github.com/clinic/ehr.git", "auth": {"type": "OAUTH"}},
                      environment=dict(env, environmentVariables=[
                          {"name": "STAGE", "value": "prod", "type": "PLAINTEXT"},
                          {"name": "AWS_SECRET_ACCESS_KEY", "value": "ehr/ci-key", "type": "SECRETS_MANAGER"}]),
                      logsConfig={"cloudWatchLogs": {"status": "ENABLED"}, "s3Logs": {"status": "DISABLED"}})
    cb.create_project(name="legacy-build", serviceRole=role, artifacts={"type": "NO_ARTIFACTS"},
                      source={"type": "BITBUCKET", "location": "https://bob:not-a-real-token@bitbucket.org/clinic/legacy.git"},
                      environment=dict(env, environmentVariables=[
                          {"name": "AWS_ACCESS_KEY_ID", "value": "AKIAEXAMPLEEXAMPLE00", "type": "PLAINTEXT"}]),
                      logsConfig={"cloudWatchLogs": {"status": "DISABLED"}, "s3Logs": {"status": "DISABLED"}})

    dms = _c(session, endpoint, "dms")
    for name, public, upgrade in (("ehr-migration", False, True), ("legacy-migration", True, False)):
        dms.create_replication_instance(ReplicationInstanceIdentifier=name, ReplicationInstanceClass="dms.t3.micro",
                                        PubliclyAccessible=public, AutoMinorVersionUpgrade=upgrade)

    ecs = _c(session, endpoint, "ecs")
    ecs.register_task_definition(family="ehr-api", networkMode="awsvpc", containerDefinitions=[
        {"name": "api", "image": "clinic/ehr-api:1", "memory": 512, "readonlyRootFilesystem": True,
         "environment": [{"name": "STAGE", "value": "prod"}]}])
    ecs.register_task_definition(family="metrics-agent", networkMode="host", containerDefinitions=[
        {"name": "agent", "image": "clinic/metrics:1", "memory": 128, "user": "1000", "privileged": False,
         "readonlyRootFilesystem": True}])
    ecs.register_task_definition(family="node-agent", networkMode="host", containerDefinitions=[
        {"name": "agent", "image": "clinic/node-agent:1", "memory": 128, "user": "root",
         "environment": [{"name": "DB_PASSWORD", "value": "not-a-real-password"}]}])

    ssm = _c(session, endpoint, "ssm")
    doc = json.dumps({"schemaVersion": "2.2", "description": "runbook", "mainSteps": [
        {"action": "aws:runShellScript", "name": "run", "inputs": {"runCommand": ["echo ok"]}}]})
    for name, share in (("clinic-patch-run", "210987654321"), ("clinic-public-runbook", "all")):
        ssm.create_document(Content=doc, Name=name, DocumentType="Command")
        ssm.modify_document_permission(Name=name, PermissionType="Share", AccountIdsToAdd=[share])

    cgw = ec2.create_customer_gateway(Type="ipsec.1", PublicIp="203.0.113.10", BgpAsn=65000)["CustomerGateway"]
    vgw = ec2.create_vpn_gateway(Type="ipsec.1")["VpnGateway"]
    vpn = ec2.create_vpn_connection(Type="ipsec.1", CustomerGatewayId=cgw["CustomerGatewayId"],
                                    VpnGatewayId=vgw["VpnGatewayId"])["VpnConnection"]["VpnConnectionId"]
    _named(ec2, ec2.create_internet_gateway()["InternetGateway"]["InternetGatewayId"], "spare-igw")  # detached
    _named(ec2, vpn, "clinic-site-vpn")  # moto reports no tunnel telemetry: fails (the Rego tests show the pass)

    ddb = _c(session, endpoint, "dynamodb")
    schema = {"KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}],
              "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"}], "BillingMode": "PROVISIONED",
              "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5}}
    ddb.create_table(TableName="claims-ledger", **schema)
    ddb.create_table(TableName="fax-queue", **schema)
    aas = _c(session, endpoint, "application-autoscaling")
    for dim in ("ReadCapacityUnits", "WriteCapacityUnits"):
        aas.register_scalable_target(ServiceNamespace="dynamodb", ResourceId="table/claims-ledger",
                                     ScalableDimension=f"dynamodb:table:{dim}", MinCapacity=5, MaxCapacity=50)

    kms = _c(session, endpoint, "kms")
    kms.create_key(Description="enclave-claims-signing")  # the default policy: the account root may decrypt
    root = f"arn:aws:iam::{ACCOUNT}:root"
    kms.create_key(Description="enclave-ehr-decrypt", Policy=json.dumps({"Version": "2012-10-17", "Statement": [
        {"Sid": "Admin", "Effect": "Allow", "Principal": {"AWS": root}, "Resource": "*",
         "Action": ["kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*",
                    "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:TagResource", "kms:UntagResource",
                    "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion"]},
        {"Sid": "EnclaveDecrypt", "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:role/ehr-enclave"},
         "Action": "kms:Decrypt", "Resource": "*",
         "Condition": {"StringEqualsIgnoreCase": {"kms:RecipientAttestation:ImageSha384": "0" * 96}}}]}))

    eb = _c(session, endpoint, "elasticbeanstalk")
    eb.create_application(ApplicationName="patient-portal")
    eb.create_environment(ApplicationName="patient-portal", EnvironmentName="portal-prod",
                          SolutionStackName="64bit Amazon Linux 2023 v4.0.0 running Python 3.11")


def seed_service_links(session, endpoint: str) -> None:
    """WAF on the patient portal load balancer and API stage, reserved concurrency, an empty IAM group, S3 event
    notifications and lifecycle rules, an EC2 API endpoint in the private VPC (after every chain)."""
    waf = _c(session, endpoint, "wafv2")
    acl = next(a["ARN"] for a in waf.list_web_acls(Scope="REGIONAL")["WebACLs"] if a["Name"] == "clinic-portal-waf")
    v2 = _c(session, endpoint, "elbv2")
    portal = v2.describe_load_balancers(Names=["patient-portal"])["LoadBalancers"][0]["LoadBalancerArn"]
    waf.associate_web_acl(WebACLArn=acl, ResourceArn=portal)
    api = _c(session, endpoint, "apigateway")
    rest = next(r["id"] for r in api.get_rest_apis()["items"] if r["name"] == "patient-api")
    waf.associate_web_acl(WebACLArn=acl, ResourceArn=f"arn:aws:apigateway:{E1}::/restapis/{rest}/stages/prod")
    _c(session, endpoint, "lambda").put_function_concurrency(FunctionName="phi-export", ReservedConcurrentExecutions=5)
    _c(session, endpoint, "iam").create_group(GroupName="former-contractors")
    s3 = _c(session, endpoint, "s3")
    topic = f"arn:aws:sns:{E1}:{ACCOUNT}:clinic-security-alerts"
    s3.put_bucket_notification_configuration(Bucket="clinic-phi-images", NotificationConfiguration={
        "TopicConfigurations": [{"TopicArn": topic, "Events": ["s3:ObjectRemoved:*"]}]})
    s3.put_bucket_lifecycle_configuration(Bucket="clinic-phi-images", LifecycleConfiguration={"Rules": [
        {"ID": "old-versions", "Status": "Enabled", "Filter": {"Prefix": ""},
         "NoncurrentVersionExpiration": {"NoncurrentDays": 2555}}]})
    ec2 = _c(session, endpoint, "ec2")
    vpc = ec2.describe_vpcs(Filters=[{"Name": "tag:Name", "Values": ["clinic-private"]}])["Vpcs"][0]["VpcId"]
    ec2.create_vpc_endpoint(VpcId=vpc, ServiceName=f"com.amazonaws.{E1}.ec2", VpcEndpointType="Interface")
