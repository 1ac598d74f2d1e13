# METADATA
# title: S3 buckets encrypt data at rest
# description: Buckets that may hold ePHI must have default server-side encryption (SSE-S3, SSE-KMS or DSSE-KMS).
# custom:
#   id: AWS-S3-01
#   severity: high
#   hipaa: ["164.312(a)(2)(iv)", "164.310(d)(2)(iv)"]
#   resource_type: aws_s3_bucket
#   evidence: [encryption]
#   remediation: Enable default encryption on the bucket, preferably SSE-KMS with a customer managed key.
package hipaa.aws.s3.encryption_at_rest

import rego.v1

deny contains {"id": b.id, "msg": sprintf("Bucket %s has no default server-side encryption.", [b.name])} if {
	some b in input.resources.aws_s3_bucket
	not _encrypted(b)
}

_encrypted(b) if {
	b.encryption.enabled == true
	b.encryption.algorithm in {"AES256", "aws:kms", "aws:kms:dsse"}
}
