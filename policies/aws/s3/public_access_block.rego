# METADATA
# title: S3 buckets block public access
# description: >-
#   All four Block Public Access settings must be in force for the bucket so that no ACL or policy can
#   expose ePHI. A setting is in force when it is on for the bucket or on for the bucket's whole account
#   (the account-level setting applies to every bucket of the account). An account setting that could
#   not be read never makes up for one that is off on the bucket.
# custom:
#   id: AWS-S3-03
#   severity: critical
#   hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"]
#   resource_type: aws_s3_bucket
#   evidence: [public_access_block]
#   evidence_optional:
#     public_access_block: The account-level Block Public Access of the same account blocks on its own when all four settings are on there.
#   reads: [aws_s3_account_settings]
#   remediation: Turn on BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets for the bucket or for the whole account.
package hipaa.aws.s3.public_access_block

import data.hipaa.lib.resource as res
import rego.v1

_settings := ["block_public_acls", "ignore_public_acls", "block_public_policy", "restrict_public_buckets"]

deny contains {"id": b.id, "msg": sprintf("Bucket %s does not block public access (%s off for the bucket and its account).", [res.label(b), concat(", ", off)])} if {
	some b in input.resources.aws_s3_bucket
	off := [s | some s in _settings; not _on(b, s)]
	count(off) > 0
}

_on(b, s) if {
	is_object(b.public_access_block)
	b.public_access_block[s] == true
}

_on(b, s) if {
	is_string(b.account)
	[b.account, s] in _account_on
}

# (account, setting) pairs that the account-level Block Public Access turns on (built once).
_account_on contains [a.account, s] if {
	some a in input.resources.aws_s3_account_settings
	is_string(a.account)
	is_object(a.public_access_block)
	some s in _settings
	a.public_access_block[s] == true
}
