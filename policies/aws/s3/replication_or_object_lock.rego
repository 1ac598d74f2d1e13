# METADATA
# title: S3 buckets are replicated to another region or protected by Object Lock
# description: "A bucket holding ePHI must survive a regional loss or a destructive change: cross-region replication or Object Lock."
# custom:
#   id: AWS-S3-09
#   severity: medium
#   hipaa: ["164.308(a)(7)(ii)(B)", "164.308(a)(7)(ii)(A)", "164.312(c)(1)", "164.312(a)(2)(ii)"]
#   resource_type: aws_s3_bucket
#   evidence: [replication, object_lock, region]
#   remediation: Add a replication rule to a bucket in another region, or create the bucket with Object Lock and a default retention.
package hipaa.aws.s3.replication_or_object_lock

import rego.v1

deny contains {"id": b.id, "msg": sprintf("Bucket %s has neither cross-region replication nor Object Lock.", [b.name])} if {
	some b in input.resources.aws_s3_bucket
	not _protected(b)
}

_protected(b) if b.object_lock.enabled == true

_protected(b) if {
	b.replication.enabled == true
	some dest in b.replication.destinations
	some other in input.resources.aws_s3_bucket
	dest == sprintf("arn:aws:s3:::%s", [other.name])
	other.region != b.region
}
