"""Seeders for the demo clinic account, one per AWS service of the breadth controls.

Each seeder adds at least one compliant and one non-compliant resource (or, for
per-region settings, a compliant ``us-east-1`` and a non-compliant ``eu-west-1``), so
that ``make demo`` and tests/test_aws_breadth.py show both verdicts for every service.
Names are stable: the tests assert verdicts by resource name.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime, timedelta

ACCOUNT = "123456789012"
E1, W1 = "us-east-1", "eu-west-1"
PHI = [{"Key": "phi", "Value": "true"}]
AUDIT = {"audit-evidence": "true"}


def _c(session, endpoint, service, region=E1):
    import botocore.config

    return session.client(service, region_name=region, endpoint_url=endpoint,
                          config=botocore.config.Config(inject_host_prefix=False))


def _kms_key(session, endpoint, region=E1, rotate=True, description="clinic key") -> str:
    kms = _c(session, endpoint, "kms", region)
    arn = kms.create_key(Description=description)["KeyMetadata"]["Arn"]
    if rotate:
        kms.enable_key_rotation(KeyId=arn)
    return arn


def _self_signed(domain: str, days: int) -> tuple[bytes, bytes]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, domain)])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=days))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(domain)]), critical=False)
            .sign(key, hashes.SHA256()))
    return (cert.public_bytes(serialization.Encoding.PEM),
            key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption()))


def _private_vpc(session, endpoint, region=E1) -> dict:
    """A clinic VPC with two private subnets, a closed default security group and flow logs."""
    ec2 = _c(session, endpoint, "ec2", region)
    vpc = ec2.create_vpc(CidrBlock="10.20.0.0/16", TagSpecifications=[
        {"ResourceType": "vpc", "Tags": [{"Key": "Name", "Value": "clinic-private"}]}])["Vpc"]["VpcId"]
    subnets = [ec2.create_subnet(VpcId=vpc, CidrBlock=f"10.20.{i}.0/24", AvailabilityZone=f"{region}{az}")
               ["Subnet"]["SubnetId"] for i, az in ((1, "a"), (2, "b"))]
    default_sg = ec2.describe_security_groups(Filters=[{"Name": "vpc-id", "Values": [vpc]},
                                                       {"Name": "group-name", "Values": ["default"]}])
    sg = default_sg["SecurityGroups"][0]
    if sg.get("IpPermissions"):
        ec2.revoke_security_group_ingress(GroupId=sg["GroupId"], IpPermissions=sg["IpPermissions"])
    if sg.get("IpPermissionsEgress"):
        ec2.revoke_security_group_egress(GroupId=sg["GroupId"], IpPermissions=sg["IpPermissionsEgress"])
    _c(session, endpoint, "s3").create_bucket(Bucket="clinic-flow-logs")
    ec2.create_flow_logs(ResourceIds=[vpc], ResourceType="VPC", TrafficType="ALL", LogDestinationType="s3",
                         LogDestination="arn:aws:s3:::clinic-flow-logs")
    return {"vpc": vpc, "subnets": subnets}


def seed_network(session, endpoint: str) -> None:
    """EC2 instances, security groups, VPC flow logs, EBS snapshots."""
    ec2 = _c(session, endpoint, "ec2")
    net = _private_vpc(session, endpoint)
    ec2.run_instances(ImageId="ami-12c6146b", MinCount=1, MaxCount=1, InstanceType="t3.micro",
                      SubnetId=net["subnets"][0], MetadataOptions={"HttpTokens": "required"},
                      TagSpecifications=[{"ResourceType": "instance", "Tags": [{"Key": "Name", "Value": "ehr-app"}, *PHI]}])
    ec2.run_instances(ImageId="ami-12c6146b", MinCount=1, MaxCount=1, InstanceType="t3.micro",
                      MetadataOptions={"HttpTokens": "optional"},
                      NetworkInterfaces=[{"DeviceIndex": 0, "AssociatePublicIpAddress": True,
                                          "SubnetId": _default_subnet(ec2)}],
                      TagSpecifications=[{"ResourceType": "instance", "Tags": [{"Key": "Name", "Value": "legacy-fax"}]}])
    web = ec2.create_security_group(GroupName="clinic-web", Description="HTTPS only", VpcId=net["vpc"])["GroupId"]
    ec2.authorize_security_group_ingress(GroupId=web, IpPermissions=[
        {"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}])
    admin = ec2.create_security_group(GroupName="legacy-admin", Description="open admin", VpcId=net["vpc"])["GroupId"]
    ec2.authorize_security_group_ingress(GroupId=admin, IpPermissions=[
        {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]},
        {"IpProtocol": "tcp", "FromPort": 5432, "ToPort": 5432, "Ipv6Ranges": [{"CidrIpv6": "::/0"}]}])
    enc = ec2.create_volume(AvailabilityZone="us-east-1a", Size=8, Encrypted=True)["VolumeId"]
    plain = ec2.create_volume(AvailabilityZone="us-east-1a", Size=8, Encrypted=False)["VolumeId"]
    ec2.create_snapshot(VolumeId=enc, TagSpecifications=[
        {"ResourceType": "snapshot", "Tags": [{"Key": "Name", "Value": "ehr-nightly"}, *PHI]}])
    snap = ec2.create_snapshot(VolumeId=plain, TagSpecifications=[
        {"ResourceType": "snapshot", "Tags": [{"Key": "Name", "Value": "shared-export"}]}])["SnapshotId"]
    ec2.modify_snapshot_attribute(SnapshotId=snap, Attribute="createVolumePermission", OperationType="add",
                                  GroupNames=["all"])


def _default_subnet(ec2) -> str:
    subnets = ec2.describe_subnets(Filters=[{"Name": "default-for-az", "Values": ["true"]}])["Subnets"]
    return sorted(subnets, key=lambda s: s["AvailabilityZone"])[0]["SubnetId"]


def seed_rds_more(session, endpoint: str) -> None:
    """Aurora clusters, DB snapshots (one public), a TLS-enforcing parameter group."""
    rds = _c(session, endpoint, "rds")
    rds.create_db_parameter_group(DBParameterGroupName="ehr-tls", DBParameterGroupFamily="postgres16",
                                  Description="TLS only")
    rds.modify_db_parameter_group(DBParameterGroupName="ehr-tls", Parameters=[
        {"ParameterName": "rds.force_ssl", "ParameterValue": "1", "ApplyMethod": "immediate"}])
    rds.create_db_parameter_group(DBParameterGroupName="reporting-plain", DBParameterGroupFamily="mysql8.0",
                                  Description="defaults")
    rds.create_db_instance(DBInstanceIdentifier="ehr-replica-db", Engine="postgres", DBInstanceClass="db.m5.large",
                           AllocatedStorage=50, MasterUsername="ehr", MasterUserPassword="not-a-real-pass-3",
                           StorageEncrypted=True, PubliclyAccessible=False, BackupRetentionPeriod=7, MultiAZ=True,
                           DeletionProtection=True, DBParameterGroupName="ehr-tls",
                           EnableCloudwatchLogsExports=["postgresql"], Tags=PHI)
    rds.create_db_instance(DBInstanceIdentifier="reporting-db", Engine="mysql", DBInstanceClass="db.t3.micro",
                           AllocatedStorage=20, MasterUsername="admin", MasterUserPassword="not-a-real-pass-4",
                           StorageEncrypted=True, PubliclyAccessible=False, BackupRetentionPeriod=7, MultiAZ=False,
                           DeletionProtection=False, DBParameterGroupName="reporting-plain")
    rds.create_db_cluster(DBClusterIdentifier="claims-aurora", Engine="aurora-postgresql", MasterUsername="claims",
                          MasterUserPassword="not-a-real-pass-5", StorageEncrypted=True, DeletionProtection=True,
                          BackupRetentionPeriod=14, Tags=PHI)
    rds.create_db_cluster(DBClusterIdentifier="scratch-aurora", Engine="aurora-mysql", MasterUsername="scratch",
                          MasterUserPassword="not-a-real-pass-6", StorageEncrypted=False, DeletionProtection=False,
                          BackupRetentionPeriod=1)
    rds.create_db_snapshot(DBSnapshotIdentifier="ehr-replica-manual", DBInstanceIdentifier="ehr-replica-db")
    rds.create_db_cluster_snapshot(DBClusterSnapshotIdentifier="claims-aurora-manual", DBClusterIdentifier="claims-aurora")
    rds.create_db_snapshot(DBSnapshotIdentifier="reporting-shared", DBInstanceIdentifier="reporting-db")
    rds.modify_db_snapshot_attribute(DBSnapshotIdentifier="reporting-shared", AttributeName="restore",
                                     ValuesToAdd=["all"])


def seed_s3_more(session, endpoint: str) -> None:
    """Replication, Object Lock, public ACL and policy; the CloudTrail bucket hardened."""
    s3 = _c(session, endpoint, "s3")
    s3w = _c(session, endpoint, "s3", W1)
    s3w.create_bucket(Bucket="clinic-phi-images-replica", CreateBucketConfiguration={"LocationConstraint": W1})
    s3w.put_bucket_versioning(Bucket="clinic-phi-images-replica", VersioningConfiguration={"Status": "Enabled"})
    s3.put_bucket_replication(Bucket="clinic-phi-images", ReplicationConfiguration={
        "Role": f"arn:aws:iam::{ACCOUNT}:role/clinic-replication",
        "Rules": [{"ID": "all", "Status": "Enabled", "Priority": 1, "Filter": {"Prefix": ""},
                   "DeleteMarkerReplication": {"Status": "Disabled"},
                   "Destination": {"Bucket": "arn:aws:s3:::clinic-phi-images-replica"}}]})
    s3.create_bucket(Bucket="clinic-public-site")
    s3.put_bucket_acl(Bucket="clinic-public-site", ACL="public-read")
    s3.put_bucket_policy(Bucket="clinic-public-site", Policy=json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
         "Resource": "arn:aws:s3:::clinic-public-site/*"}]}))
    # The audit bucket: Object Lock (compliance, 6 years), no public access, access-logged.
    s3.create_bucket(Bucket="clinic-audit-locked", ObjectLockEnabledForBucket=True)
    s3.put_object_lock_configuration(Bucket="clinic-audit-locked", ObjectLockConfiguration={
        "ObjectLockEnabled": "Enabled", "Rule": {"DefaultRetention": {"Mode": "COMPLIANCE", "Years": 6}}})
    s3.put_public_access_block(Bucket="clinic-audit-locked", PublicAccessBlockConfiguration={
        "BlockPublicAcls": True, "IgnorePublicAcls": True, "BlockPublicPolicy": True, "RestrictPublicBuckets": True})
    s3.put_bucket_logging(Bucket="clinic-audit-locked", BucketLoggingStatus={"LoggingEnabled": {
        "TargetBucket": "clinic-access-logs", "TargetPrefix": "audit/"}})


def seed_logging(session, endpoint: str) -> None:
    """CloudTrail → CloudWatch Logs with data events; log groups; metric filters and alarms."""
    logs = _c(session, endpoint, "logs")
    key = _kms_key(session, endpoint, description="clinic-logs")
    logs.create_log_group(logGroupName="/clinic/cloudtrail", kmsKeyId=key, tags=AUDIT)
    logs.put_retention_policy(logGroupName="/clinic/cloudtrail", retentionInDays=2192)
    logs.create_log_group(logGroupName="/clinic/app-debug")
    logs.put_retention_policy(logGroupName="/clinic/app-debug", retentionInDays=14)
    logs.create_log_group(logGroupName="/clinic/old-audit", kmsKeyId=key, tags=AUDIT)
    logs.put_retention_policy(logGroupName="/clinic/old-audit", retentionInDays=400)
    group_arn = f"arn:aws:logs:{E1}:{ACCOUNT}:log-group:/clinic/cloudtrail:*"
    ct = _c(session, endpoint, "cloudtrail")
    ct.update_trail(Name="org-audit", S3BucketName="clinic-audit-locked", CloudWatchLogsLogGroupArn=group_arn,
                    CloudWatchLogsRoleArn=f"arn:aws:iam::{ACCOUNT}:role/clinic-cloudtrail-logs")
    ct.put_event_selectors(TrailName="org-audit", EventSelectors=[{
        "ReadWriteType": "All", "IncludeManagementEvents": True,
        "DataResources": [{"Type": "AWS::S3::Object", "Values": ["arn:aws:s3:::clinic-phi-images/"]}]}])
    sns = _c(session, endpoint, "sns")
    topic = sns.create_topic(Name="clinic-security-alerts", Attributes={"KmsMasterKeyId": key})["TopicArn"]
    cw = _c(session, endpoint, "cloudwatch")
    for name, pattern in (
            ("RootUsage", '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS '
                          '&& $.eventType != "AwsServiceEvent" }'),
            ("ConsoleSigninFailures", '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }')):
        logs.put_metric_filter(logGroupName="/clinic/cloudtrail", filterName=name, filterPattern=pattern,
                               metricTransformations=[{"metricName": name, "metricNamespace": "CISBenchmark",
                                                       "metricValue": "1"}])
        cw.put_metric_alarm(AlarmName=f"clinic-{name}", MetricName=name, Namespace="CISBenchmark", Statistic="Sum",
                            Period=300, EvaluationPeriods=1, Threshold=1, ComparisonOperator="GreaterThanOrEqualToThreshold",
                            AlarmActions=[topic])


def seed_data_stores(session, endpoint: str) -> None:
    """EFS, DynamoDB, OpenSearch, Redshift, ElastiCache, Kinesis, SNS, SQS, Secrets Manager."""
    key = _kms_key(session, endpoint, description="clinic-data")
    efs = _c(session, endpoint, "efs")
    efs.create_file_system(CreationToken="phi-share", Encrypted=True, KmsKeyId=key, Backup=True,
                           Tags=[{"Key": "Name", "Value": "phi-share"}, *PHI])
    efs.create_file_system(CreationToken="scratch-share", Encrypted=False, Tags=[{"Key": "Name", "Value": "scratch-share"}])

    ddb = _c(session, endpoint, "dynamodb")
    schema = {"KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}],
              "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"}], "BillingMode": "PAY_PER_REQUEST"}
    ddb.create_table(TableName="patients", SSESpecification={"Enabled": True, "SSEType": "KMS", "KMSMasterKeyId": key},
                     Tags=PHI, **schema)
    ddb.update_continuous_backups(TableName="patients",
                                  PointInTimeRecoverySpecification={"PointInTimeRecoveryEnabled": True})
    ddb.create_table(TableName="sessions-cache", **schema)

    es = _c(session, endpoint, "opensearch")
    es.create_domain(DomainName="phi-search", EncryptionAtRestOptions={"Enabled": True, "KmsKeyId": key},
                     NodeToNodeEncryptionOptions={"Enabled": True},
                     DomainEndpointOptions={"EnforceHTTPS": True, "TLSSecurityPolicy": "Policy-Min-TLS-1-2-2019-07"},
                     VPCOptions={"SubnetIds": ["subnet-0phi"], "SecurityGroupIds": ["sg-0phi"]}, TagList=PHI)
    es.create_domain(DomainName="logs-search")

    rs = _c(session, endpoint, "redshift")
    rs.create_cluster_parameter_group(ParameterGroupName="claims-tls", ParameterGroupFamily="redshift-1.0",
                                      Description="TLS required")
    _c(session, endpoint, "s3").create_bucket(Bucket="clinic-redshift-audit")
    rs.create_cluster(ClusterIdentifier="claims-dw", NodeType="ra3.xlplus", MasterUsername="claims",
                      MasterUserPassword="NotARealPass7", Encrypted=True, KmsKeyId=key, PubliclyAccessible=False,
                      ClusterParameterGroupName="claims-tls", AutomatedSnapshotRetentionPeriod=7, Tags=PHI)
    rs.enable_logging(ClusterIdentifier="claims-dw", BucketName="clinic-redshift-audit")
    rs.create_cluster(ClusterIdentifier="adhoc-dw", NodeType="ra3.xlplus", MasterUsername="adhoc",
                      MasterUserPassword="NotARealPass8", Encrypted=False, PubliclyAccessible=True,
                      AutomatedSnapshotRetentionPeriod=0)

    ec = _c(session, endpoint, "elasticache")
    ec.create_replication_group(ReplicationGroupId="sessions-enc", ReplicationGroupDescription="encrypted",
                                Engine="redis", CacheNodeType="cache.t3.micro", NumCacheClusters=2,
                                AtRestEncryptionEnabled=True, TransitEncryptionEnabled=True, SnapshotRetentionLimit=7,
                                Tags=PHI)
    ec.create_replication_group(ReplicationGroupId="sessions-plain", ReplicationGroupDescription="plain",
                                Engine="redis", CacheNodeType="cache.t3.micro", NumCacheClusters=1)

    kin = _c(session, endpoint, "kinesis")
    kin.create_stream(StreamName="vitals-stream", ShardCount=1)
    kin.start_stream_encryption(StreamName="vitals-stream", EncryptionType="KMS", KeyId=key)
    kin.create_stream(StreamName="clickstream", ShardCount=1)

    sns = _c(session, endpoint, "sns")
    sns.create_topic(Name="phi-lab-results", Attributes={"KmsMasterKeyId": key}, Tags=PHI)
    sns.create_topic(Name="marketing-news")

    sqs = _c(session, endpoint, "sqs")
    sqs.create_queue(QueueName="lab-orders", Attributes={"KmsMasterKeyId": key}, tags={"phi": "true"})
    sqs.create_queue(QueueName="legacy-jobs", Attributes={"SqsManagedSseEnabled": "false"})

    sm = _c(session, endpoint, "secretsmanager")
    sm.create_secret(Name="ehr-db-credentials", SecretString="x", KmsKeyId=key, Tags=PHI)
    sm.create_secret(Name="legacy-api-key", SecretString="y")


def seed_edge(session, endpoint: str) -> None:
    """ACM certificates, load balancers (classic and v2), CloudFront, API Gateway."""
    acm = _c(session, endpoint, "acm")
    cert, key = _self_signed("portal.clinic.example", 365)
    good = acm.import_certificate(Certificate=cert, PrivateKey=key)["CertificateArn"]
    cert, key = _self_signed("fax.clinic.example", 10)
    acm.import_certificate(Certificate=cert, PrivateKey=key)

    elb = _c(session, endpoint, "elb")
    elb.create_load_balancer(LoadBalancerName="secure-portal", AvailabilityZones=["us-east-1a"], Listeners=[
        {"Protocol": "HTTPS", "LoadBalancerPort": 443, "InstanceProtocol": "HTTP", "InstancePort": 80,
         "SSLCertificateId": good}])
    elb.create_load_balancer_policy(LoadBalancerName="secure-portal", PolicyName="tls12-only",
                                    PolicyTypeName="SSLNegotiationPolicyType", PolicyAttributes=[
                                        {"AttributeName": "Protocol-TLSv1.2", "AttributeValue": "true"},
                                        {"AttributeName": "Protocol-TLSv1.1", "AttributeValue": "false"},
                                        {"AttributeName": "Protocol-TLSv1", "AttributeValue": "false"}])
    elb.set_load_balancer_policies_of_listener(LoadBalancerName="secure-portal", LoadBalancerPort=443,
                                               PolicyNames=["tls12-only"])
    elb.modify_load_balancer_attributes(LoadBalancerName="secure-portal", LoadBalancerAttributes={
        "AccessLog": {"Enabled": True, "S3BucketName": "clinic-access-logs", "EmitInterval": 60}})
    elb.create_load_balancer(LoadBalancerName="legacy-portal", AvailabilityZones=["us-east-1a"], Listeners=[
        {"Protocol": "HTTP", "LoadBalancerPort": 80, "InstanceProtocol": "HTTP", "InstancePort": 80}])

    ec2 = _c(session, endpoint, "ec2")
    subnets = [s["SubnetId"] for s in ec2.describe_subnets(
        Filters=[{"Name": "default-for-az", "Values": ["true"]}])["Subnets"]][:2]
    v2 = _c(session, endpoint, "elbv2")
    alb = v2.create_load_balancer(Name="patient-portal", Subnets=subnets, Scheme="internet-facing",
                                  Tags=PHI)["LoadBalancers"][0]["LoadBalancerArn"]
    vpc = ec2.describe_subnets(SubnetIds=subnets[:1])["Subnets"][0]["VpcId"]
    tg = v2.create_target_group(Name="portal-app", Protocol="HTTP", Port=80, VpcId=vpc)["TargetGroups"][0]
    v2.create_listener(LoadBalancerArn=alb, Protocol="HTTPS", Port=443, SslPolicy="ELBSecurityPolicy-TLS13-1-2-2021-06",
                       Certificates=[{"CertificateArn": good}],
                       DefaultActions=[{"Type": "forward", "TargetGroupArn": tg["TargetGroupArn"]}])
    v2.modify_load_balancer_attributes(LoadBalancerArn=alb, Attributes=[
        {"Key": "access_logs.s3.enabled", "Value": "true"}, {"Key": "access_logs.s3.bucket", "Value": "clinic-access-logs"}])
    intranet = v2.create_load_balancer(Name="intranet", Subnets=subnets, Scheme="internal")["LoadBalancers"][0]
    v2.create_listener(LoadBalancerArn=intranet["LoadBalancerArn"], Protocol="HTTPS", Port=443,
                       SslPolicy="ELBSecurityPolicy-2016-08", Certificates=[{"CertificateArn": good}],
                       DefaultActions=[{"Type": "forward", "TargetGroupArn": tg["TargetGroupArn"]}])
    v2.create_listener(LoadBalancerArn=intranet["LoadBalancerArn"], Protocol="HTTP", Port=80,
                       DefaultActions=[{"Type": "forward", "TargetGroupArn": tg["TargetGroupArn"]}])

    cf = _c(session, endpoint, "cloudfront")
    for ref, policy, cert_conf, logging in (
            ("portal", "redirect-to-https", {"ACMCertificateArn": good, "SSLSupportMethod": "sni-only",
                                             "MinimumProtocolVersion": "TLSv1.2_2021"}, True),
            ("legacy", "allow-all", {"CloudFrontDefaultCertificate": True, "MinimumProtocolVersion": "TLSv1"}, False)):
        cf.create_distribution(DistributionConfig={
            "CallerReference": ref, "Comment": f"cdn-{ref}", "Enabled": True,
            "Origins": {"Quantity": 1, "Items": [{"Id": "origin", "DomainName": "clinic-public-site.s3.amazonaws.com",
                                                  "S3OriginConfig": {"OriginAccessIdentity": ""}}]},
            "DefaultCacheBehavior": {"TargetOriginId": "origin", "ViewerProtocolPolicy": policy,
                                     "MinTTL": 0, "ForwardedValues": {"QueryString": False, "Cookies": {"Forward": "none"}},
                                     "TrustedSigners": {"Enabled": False, "Quantity": 0}},
            "ViewerCertificate": cert_conf,
            "Logging": {"Enabled": logging, "IncludeCookies": False, "Bucket": "clinic-access-logs.s3.amazonaws.com",
                        "Prefix": ref}})

    api = _c(session, endpoint, "apigateway")
    rest = api.create_rest_api(name="patient-api")["id"]
    root = api.get_resources(restApiId=rest)["items"][0]["id"]
    api.put_method(restApiId=rest, resourceId=root, httpMethod="GET", authorizationType="AWS_IAM")
    api.put_integration(restApiId=rest, resourceId=root, httpMethod="GET", type="MOCK")
    dep = api.create_deployment(restApiId=rest)["id"]
    api.create_stage(restApiId=rest, stageName="prod", deploymentId=dep)
    api.update_stage(restApiId=rest, stageName="prod", patchOperations=[
        {"op": "replace", "path": "/*/*/logging/loglevel", "value": "INFO"},
        {"op": "replace", "path": "/accessLogSettings/destinationArn",
         "value": f"arn:aws:logs:{E1}:{ACCOUNT}:log-group:/clinic/api-access"}])
    api.create_stage(restApiId=rest, stageName="dev", deploymentId=dep)
    api.create_domain_name(domainName="api.clinic.example", regionalCertificateArn=good, securityPolicy="TLS_1_2",
                           endpointConfiguration={"types": ["REGIONAL"]})
    api.create_domain_name(domainName="old-api.clinic.example", regionalCertificateArn=good, securityPolicy="TLS_1_0",
                           endpointConfiguration={"types": ["REGIONAL"]})


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("index.py", "def handler(event, context):\n    return None\n")
    return buf.getvalue()


def seed_compute(session, endpoint: str) -> None:
    """Lambda, SageMaker notebooks, ECR repositories, EMR clusters."""
    key = _kms_key(session, endpoint, description="clinic-compute")
    iam = _c(session, endpoint, "iam")
    role = iam.create_role(RoleName="clinic-lambda", AssumeRolePolicyDocument=json.dumps({
        "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"},
                                                "Action": "sts:AssumeRole"}]}))["Role"]["Arn"]
    lam = _c(session, endpoint, "lambda")
    for name in ("phi-export", "public-webhook"):
        lam.create_function(FunctionName=name, Runtime="python3.12", Role=role, Handler="index.handler",
                            Code={"ZipFile": _zip()}, Tags={"phi": "true"} if name == "phi-export" else {})
    lam.add_permission(FunctionName="phi-export", StatementId="s3", Action="lambda:InvokeFunction",
                       Principal="s3.amazonaws.com", SourceAccount=ACCOUNT)
    lam.add_permission(FunctionName="public-webhook", StatementId="anyone", Action="lambda:InvokeFunction",
                       Principal="*")
    lam.create_function_url_config(FunctionName="public-webhook", AuthType="NONE")

    sm = _c(session, endpoint, "sagemaker")
    sm.create_notebook_instance(NotebookInstanceName="phi-research", InstanceType="ml.t3.medium", RoleArn=role,
                                KmsKeyId=key, DirectInternetAccess="Disabled", RootAccess="Disabled",
                                SubnetId="subnet-0research", SecurityGroupIds=["sg-0research"], Tags=PHI)
    sm.create_notebook_instance(NotebookInstanceName="sandbox", InstanceType="ml.t3.medium", RoleArn=role)

    ecr = _c(session, endpoint, "ecr")
    ecr.create_repository(repositoryName="ehr-api", imageScanningConfiguration={"scanOnPush": True},
                          encryptionConfiguration={"encryptionType": "KMS", "kmsKey": key},
                          imageTagMutability="IMMUTABLE")
    ecr.create_repository(repositoryName="legacy-app")

    emr = _c(session, endpoint, "emr")
    emr.create_security_configuration(Name="clinic-encrypted", SecurityConfiguration=json.dumps({
        "EncryptionConfiguration": {"EnableAtRestEncryption": True, "EnableInTransitEncryption": True,
                                    "AtRestEncryptionConfiguration": {"S3EncryptionConfiguration": {
                                        "EncryptionMode": "SSE-KMS", "AwsKmsKey": key}},
                                    "InTransitEncryptionConfiguration": {"TLSCertificateConfiguration": {
                                        "CertificateProviderType": "PEM", "S3Object": "s3://clinic-certs/emr.zip"}}}}))
    for name, sc in (("genomics-etl", "clinic-encrypted"), ("adhoc-spark", None)):
        emr.run_job_flow(Name=name, ReleaseLabel="emr-7.1.0", JobFlowRole="EMR_EC2_DefaultRole",
                         ServiceRole="EMR_DefaultRole", VisibleToAllUsers=True,
                         Instances={"MasterInstanceType": "m5.xlarge", "SlaveInstanceType": "m5.xlarge",
                                    "InstanceCount": 2, "KeepJobFlowAliveWhenNoSteps": True},
                         **({"SecurityConfiguration": sc, "KerberosAttributes": {
                             "Realm": "EC2.INTERNAL", "KdcAdminPassword": "not-a-real-password"}} if sc else {}))
    emr.put_block_public_access_configuration(BlockPublicAccessConfiguration={
        "BlockPublicSecurityGroupRules": True, "PermittedPublicSecurityGroupRuleRanges": [{"MinRange": 22, "MaxRange": 22}]})

    _kms_key(session, endpoint, rotate=False, description="clinic-unrotated")


def seed_detection(session, endpoint: str) -> None:
    """Threat detection and governance: GuardDuty, Security Hub, Inspector, Macie, Config, SSM,
    Identity Center, AWS Backup, the security contact; us-east-1 compliant, eu-west-1 not."""
    _c(session, endpoint, "guardduty").create_detector(Enable=True)
    _c(session, endpoint, "securityhub").enable_security_hub()
    _c(session, endpoint, "inspector2").enable(accountIds=[ACCOUNT], resourceTypes=["EC2", "ECR", "LAMBDA"])
    _c(session, endpoint, "macie2").enable_macie()
    try:
        _c(session, endpoint, "macie2", W1).disable_macie()
    except Exception:
        pass
    cfg = _c(session, endpoint, "config")
    cfg.put_configuration_recorder(ConfigurationRecorder={
        "name": "default", "roleARN": f"arn:aws:iam::{ACCOUNT}:role/config",
        "recordingGroup": {"allSupported": True, "includeGlobalResourceTypes": True}})
    cfg.put_delivery_channel(DeliveryChannel={"name": "default", "s3BucketName": "clinic-access-logs"})
    cfg.start_configuration_recorder(ConfigurationRecorderName="default")
    _c(session, endpoint, "ssm").create_document(Name="SSM-SessionManagerRunShell", DocumentType="Session",
                                                 DocumentFormat="JSON", Content=json.dumps({
                                                     "schemaVersion": "1.0", "description": "Session preferences",
                                                     "sessionType": "Standard_Stream",
                                                     "inputs": {"idleSessionTimeout": "15", "maxSessionDuration": "480",
                                                                "cloudWatchLogGroupName": "/clinic/ssm-sessions",
                                                                "s3BucketName": ""}}))
    sso = _c(session, endpoint, "sso-admin")
    inst = sso.list_instances()["Instances"][0]["InstanceArn"]
    sso.create_permission_set(Name="Clinician", InstanceArn=inst, SessionDuration="PT4H")
    sso.create_permission_set(Name="AllDayAdmin", InstanceArn=inst, SessionDuration="PT12H")
    bk = _c(session, endpoint, "backup")
    bk.create_backup_vault(BackupVaultName="clinic-vault")
    bk.put_backup_vault_lock_configuration(BackupVaultName="clinic-vault", MinRetentionDays=7, MaxRetentionDays=2192)
    bk.create_backup_vault(BackupVaultName="scratch-vault")
    bk.create_backup_plan(BackupPlan={"BackupPlanName": "clinic-daily", "Rules": [
        {"RuleName": "daily", "TargetBackupVaultName": "clinic-vault", "ScheduleExpression": "cron(0 5 * * ? *)",
         "Lifecycle": {"DeleteAfterDays": 35}}]})
    _c(session, endpoint, "account").put_alternate_contact(
        AlternateContactType="SECURITY", EmailAddress="security@clinic.example", Name="Clinic Security",
        PhoneNumber="+1-555-0100", Title="Security officer")


def seed_iam_more(session, endpoint: str) -> None:
    """Roles (session duration), managed and inline policies, users with attached policies and two keys."""
    iam = _c(session, endpoint, "iam")
    trust_people = json.dumps({"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"}, "Action": "sts:AssumeRole",
        "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}]})
    iam.create_role(RoleName="clinician-access", AssumeRolePolicyDocument=trust_people, MaxSessionDuration=3600)
    iam.create_role(RoleName="night-shift-admin", AssumeRolePolicyDocument=trust_people, MaxSessionDuration=43200)
    admin = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]})
    read_s3 = json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::clinic-phi-images/*"}]})
    iam.create_policy(PolicyName="clinic-full-admin", PolicyDocument=admin)
    ro = iam.create_policy(PolicyName="clinic-read-images", PolicyDocument=read_s3)["Policy"]["Arn"]
    iam.put_role_policy(RoleName="night-shift-admin", PolicyName="everything", PolicyDocument=admin)
    iam.put_role_policy(RoleName="clinician-access", PolicyName="images", PolicyDocument=read_s3)
    iam.attach_user_policy(UserName="ci-deployer", PolicyArn=ro)
    iam.put_user_policy(UserName="ci-deployer", PolicyName="break-glass", PolicyDocument=admin)
    iam.create_access_key(UserName="ci-deployer")
    iam.create_group(GroupName="clinicians")
    iam.attach_group_policy(GroupName="clinicians", PolicyArn="arn:aws:iam::aws:policy/AdministratorAccess")


#: In the order they run (after the spine's seeders: they reuse its buckets, trails, instances, users).
BREADTH_SEEDERS = [seed_network, seed_rds_more, seed_s3_more, seed_logging, seed_data_stores, seed_edge,
                   seed_compute, seed_detection, seed_iam_more]


def seed_chains(session, endpoint: str, chains: list[list]) -> None:
    """Run chains of seeders concurrently (seeders in a chain depend on each other and run in
    order). Each chain gets its own boto3 session: sessions are not thread-safe."""
    from concurrent.futures import ThreadPoolExecutor

    import boto3

    creds = session.get_credentials().get_frozen_credentials()

    def run(chain):
        own = boto3.Session(aws_access_key_id=creds.access_key, aws_secret_access_key=creds.secret_key,
                            aws_session_token=creds.token, region_name=session.region_name)
        for seeder in chain:
            seeder(own, endpoint)

    with ThreadPoolExecutor(max_workers=len(chains)) as pool:
        for future in [pool.submit(run, chain) for chain in chains]:
            future.result()
