# METADATA
# title: S3 buckets have Object Lock
# description: Object Lock keeps object versions from being overwritten or deleted for a retention period, so ePHI and its backups cannot be destroyed by mistake or by ransomware.
# custom:
#   id: AWS-S3-10
#   severity: low
#   hipaa: ["164.312(c)(1)", "164.308(a)(7)(ii)(A)"]
#   resource_type: aws_s3_bucket
#   evidence: [object_lock]
#   remediation: Enable Object Lock on the bucket (PutObjectLockConfiguration) with a default retention.
package hipaa.aws.s3.object_lock

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("S3 bucket %s does not have Object Lock.", [res.label(r)])} if {
	some r in input.resources.aws_s3_bucket
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("S3 bucket %s: its Object Lock configuration could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_s3_bucket
	not _known(r)
}

_known(r) if {
	is_object(r.object_lock)
	is_boolean(r.object_lock.enabled)
}

_ok(r) if {
	r.object_lock.enabled == true
}
