# METADATA
# title: S3 buckets block public access
# description: All four bucket-level Block Public Access settings must be on so that no ACL or policy can expose ePHI.
# custom:
#   id: AWS-S3-03
#   severity: critical
#   hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"]
#   resource_type: aws_s3_bucket
#   evidence: [public_access_block]
#   remediation: Turn on BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets for the bucket.
package hipaa.aws.s3.public_access_block

import rego.v1

_settings := ["block_public_acls", "ignore_public_acls", "block_public_policy", "restrict_public_buckets"]

deny contains {"id": b.id, "msg": sprintf("Bucket %s does not block public access (%s off).", [b.name, concat(", ", off)])} if {
	some b in input.resources.aws_s3_bucket
	off := [s | some s in _settings; not b.public_access_block[s] == true]
	count(off) > 0
}
