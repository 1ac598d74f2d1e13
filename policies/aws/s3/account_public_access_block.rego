# METADATA
# title: S3 Block Public Access is on for the whole account
# description: The account-level Block Public Access settings stop any bucket, present or future, from being made public.
# custom:
#   id: AWS-S3-06
#   severity: high
#   hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"]
#   resource_type: aws_s3_account_settings
#   evidence: [public_access_block]
#   remediation: Turn on all four account-level S3 Block Public Access settings.
package hipaa.aws.s3.account_public_access_block

import data.hipaa.lib.resource as res
import rego.v1

_settings := ["block_public_acls", "ignore_public_acls", "block_public_policy", "restrict_public_buckets"]

deny contains {"id": a.id, "msg": sprintf("Account %s does not block public S3 access account-wide (%s off).", [res.text(object.get(a, "account", a.id)), concat(", ", off)])} if {
	some a in input.resources.aws_s3_account_settings
	off := [s | some s in _settings; not _on(a, s)]
	count(off) > 0
}

_on(a, s) if {
	is_object(a.public_access_block)
	a.public_access_block[s] == true
}
