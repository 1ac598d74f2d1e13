# METADATA
# title: CloudTrail buckets use S3 Object Lock
# description: Audit logs cannot be deleted or overwritten during their retention when the bucket has Object Lock.
# custom:
#   id: AWS-CT-08
#   severity: medium
#   hipaa: ["164.312(c)(1)", "164.312(c)(2)", "164.312(b)"]
#   resource_type: aws_cloudtrail_trail
#   evidence: [s3_bucket]
#   reads: [aws_s3_bucket]
#   remediation: Deliver the trail to a bucket created with Object Lock and a default retention (compliance mode).
package hipaa.aws.cloudtrail.bucket_object_lock

import rego.v1

deny contains {"id": t.id, "msg": sprintf("Trail %s delivers to bucket %s, which has no Object Lock.", [t.name, object.get(t, "s3_bucket", "?")])} if {
	some t in input.resources.aws_cloudtrail_trail
	not _bucket(t).object_lock.enabled == true
}

# Indexed once by name (bucket names are globally unique): linear, not trails x buckets.
_buckets_by_name := {b.name: b | some b in input.resources.aws_s3_bucket}

_bucket(t) := _buckets_by_name[t.s3_bucket]
