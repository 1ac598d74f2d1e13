# METADATA
# title: CloudTrail buckets have server access logging
# description: Access to the audit log bucket is itself logged, so that reading or tampering with audit logs is visible.
# custom:
#   id: AWS-CT-07
#   severity: medium
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: aws_cloudtrail_trail
#   evidence: [s3_bucket]
#   reads: [aws_s3_bucket]
#   remediation: Enable server access logging on the trail's bucket to a separate log bucket.
package hipaa.aws.cloudtrail.bucket_access_logging

import rego.v1

deny contains {"id": t.id, "msg": sprintf("Trail %s delivers to bucket %s, which has no access logging.", [t.name, object.get(t, "s3_bucket", "?")])} if {
	some t in input.resources.aws_cloudtrail_trail
	not _bucket(t).logging.enabled == true
}

# Indexed once by name (bucket names are globally unique): linear, not trails x buckets.
_buckets_by_name := {b.name: b | some b in input.resources.aws_s3_bucket}

_bucket(t) := _buckets_by_name[t.s3_bucket]
