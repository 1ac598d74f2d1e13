# METADATA
# title: S3 buckets log requests
# description: Server access logging records who read or changed objects, for activity review of ePHI.
# custom:
#   id: AWS-S3-05
#   severity: medium
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: aws_s3_bucket
#   evidence: [logging.enabled, logging.target_bucket]
#   remediation: Enable server access logging to a separate log bucket (or CloudTrail S3 data events).
package hipaa.aws.s3.access_logging

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": b.id, "msg": sprintf("Bucket %s has server access logging disabled.", [res.label(b)])} if {
	some b in input.resources.aws_s3_bucket
	not _logging(b)
}

_logging(b) if {
	b.logging.enabled == true
	is_string(b.logging.target_bucket)
	b.logging.target_bucket != ""
}
