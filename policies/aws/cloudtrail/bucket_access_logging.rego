# METADATA
# title: CloudTrail buckets have server access logging
# description: >-
#   Access to the audit log bucket is itself logged, so that reading or tampering with audit logs is visible.
#   A bucket that is not among the scanned buckets while this account's bucket list was read belongs
#   to another account (the recommended log-archive layout): the trail is not_applicable here, and the
#   bucket is judged in the scan of the account that owns it.
# custom:
#   id: AWS-CT-07
#   severity: medium
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: aws_cloudtrail_trail
#   evidence: [s3_bucket]
#   reads: [aws_s3_bucket]
#   remediation: Enable server access logging on the trail's bucket to a separate log bucket.
package hipaa.aws.cloudtrail.bucket_access_logging

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": t.id, "msg": sprintf("Trail %s delivers to bucket %s, which has no access logging.", [res.label(t), res.text(object.get(t, "s3_bucket", null))])} if {
	some t in input.resources.aws_cloudtrail_trail
	not _elsewhere(t)
	not _ok(t)
}

not_applicable contains {"id": t.id, "reason": sprintf("Trail %s delivers to bucket %s, which belongs to another account: judge it in the scan of the account that owns it.", [res.label(t), t.s3_bucket])} if {
	some t in input.resources.aws_cloudtrail_trail
	_elsewhere(t)
}

_ok(t) if {
	some b in _buckets_named[t.s3_bucket]
	_good(b)
}

_good(b) if {
	b.logging.enabled == true
	is_string(b.logging.target_bucket)
	b.logging.target_bucket != ""
}

# The trail's bucket is not among the collected buckets while the bucket list of the trail's
# account was read: it belongs to another account (e.g. a log-archive account).
_elsewhere(t) if {
	is_string(t.s3_bucket)
	name := t.s3_bucket
	not _collected(name)
	is_string(t.account)
	account := t.account
	not _listing_failed(account)
}

_collected(name) if _buckets_named[name]

# Buckets by name (names are globally unique; indexed once: linear, not trails x buckets).
_buckets_named[name] contains b if {
	some b in input.resources.aws_s3_bucket
	name := b.name
}

# The account's bucket list itself could not be read (an aws_s3_bucket error naming no bucket).
_listing_failed(account) if {
	is_array(input.errors)
	some e in input.errors
	e.resource_type == "aws_s3_bucket"
	not _names_resource(e)
	_same_account(e, account)
}

_names_resource(e) if is_string(e.resource_id)

_same_account(e, account) if e.account == account

_same_account(e, _) if not _has_account(e)

_has_account(e) if is_string(e.account)
