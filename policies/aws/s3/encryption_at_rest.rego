# METADATA
# title: S3 buckets encrypt data at rest with a customer managed KMS key
# description: >-
#   Every S3 bucket has had SSE-S3 (AES256 with an AWS owned key) by default since January 2023, so
#   "encrypted at rest" alone can no longer fail and proves nothing. For ePHI the encryption
#   mechanism must be one the entity controls: default encryption SSE-KMS or DSSE-KMS with a
#   customer managed key, whose key policy decides who may decrypt (separately from bucket access),
#   can be disabled to revoke access, and records every use in CloudTrail. SSE-S3, and SSE-KMS with
#   the AWS managed key aws/s3 (no key policy of the entity's own), give neither.
# custom:
#   id: AWS-S3-01
#   severity: high
#   hipaa: ["164.312(a)(2)(iv)", "164.310(d)(2)(iv)"]
#   resource_type: aws_s3_bucket
#   evidence: [encryption]
#   reads: [aws_kms_key]
#   remediation: Set the bucket's default encryption to SSE-KMS (aws:kms) or DSSE-KMS with a customer managed KMS key (not aws/s3).
package hipaa.aws.s3.encryption_at_rest

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": b.id, "msg": sprintf("Bucket %s has no readable default encryption setting.", [res.label(b)])} if {
	some b in input.resources.aws_s3_bucket
	not _known(b)
}

deny contains {"id": b.id, "msg": sprintf("Bucket %s has no default server-side encryption.", [res.label(b)])} if {
	some b in input.resources.aws_s3_bucket
	b.encryption.enabled == false
}

deny contains {"id": b.id, "msg": sprintf("Bucket %s encrypts by default with %s, not SSE-KMS with a customer managed key.", [res.label(b), algorithm])} if {
	some b in input.resources.aws_s3_bucket
	_known(b)
	b.encryption.enabled == true
	algorithm := b.encryption.algorithm
	not _kms_algorithm(algorithm)
}

deny contains {"id": b.id, "msg": sprintf("Bucket %s encrypts with the AWS managed key aws/s3, not a customer managed key.", [res.label(b)])} if {
	some b in input.resources.aws_s3_bucket
	_known(b)
	_kms_algorithm(b.encryption.algorithm)
	_aws_managed(b.encryption)
}

deny contains {"id": b.id, "msg": sprintf("Bucket %s encrypts with the KMS key %s, which is not known to be customer managed.", [res.label(b), key])} if {
	some b in input.resources.aws_s3_bucket
	_known(b)
	_kms_algorithm(b.encryption.algorithm)
	not _aws_managed(b.encryption)
	key := b.encryption.kms_key_id
	not _customer_managed(b, key)
}

_known(b) if {
	b.encryption.enabled == true
	is_string(b.encryption.algorithm)
}

_known(b) if b.encryption.enabled == false

_has_key(enc) if {
	is_string(enc.kms_key_id)
	enc.kms_key_id != ""
}

_kms_algorithm(alg) if alg == "aws:kms"

_kms_algorithm(alg) if alg == "aws:kms:dsse"

# No key id (S3 then uses aws/s3), or an alias of AWS's own (alias/aws/...).
_aws_managed(enc) if not _has_key(enc)

_aws_managed(enc) if {
	is_string(enc.kms_key_id)
	contains(enc.kms_key_id, "alias/aws/")
}

# An alias the customer created (alias/<name>, not alias/aws/...) can only name a customer managed key.
_customer_managed(b, key) if {
	contains(key, "alias/")
	not contains(key, "alias/aws/")
}

# A key id or ARN that the KMS collector recorded as customer managed (kms:DescribeKey KeyManager).
_customer_managed(b, key) if key in _customer_keys

# A key of another account: AWS managed keys cannot be used across accounts.
_customer_managed(b, key) if {
	parts := split(key, ":")
	count(parts) >= 6
	parts[2] == "kms"
	is_string(b.account)
	parts[4] != b.account
}

# Customer managed keys, by ARN and by bare key id (built once: linear in keys).
_customer_keys contains name if {
	some k in input.resources.aws_kms_key
	k.key_manager == "CUSTOMER"
	is_string(k.id)
	parts := split(k.id, "/")
	some name in {k.id, parts[count(parts) - 1]}
}
