# METADATA
# title: CloudTrail buckets are not public
# description: >-
#   The bucket holding audit logs blocks all public access (each Block Public Access setting on for the
#   bucket or for its account) and has no public policy statement (a principal * grant whose condition
#   does not narrow it) and no public ACL grant.
#   A bucket that is not among the scanned buckets while this account's bucket list was read belongs
#   to another account (the recommended log-archive layout): the trail is not_applicable here, and the
#   bucket is judged in the scan of the account that owns it.
# custom:
#   id: AWS-CT-06
#   severity: critical
#   hipaa: ["164.312(b)", "164.312(c)(1)", "164.312(a)(1)"]
#   resource_type: aws_cloudtrail_trail
#   evidence: [s3_bucket]
#   reads: [aws_s3_bucket, aws_s3_account_settings]
#   remediation: Turn on all four Block Public Access settings on the trail's bucket (or the account) and remove public policy statements and ACL grants.
package hipaa.aws.cloudtrail.bucket_not_public

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": t.id, "msg": sprintf("Trail %s delivers to bucket %s, which is not proven private.", [res.label(t), res.text(object.get(t, "s3_bucket", null))])} if {
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

_settings := ["block_public_acls", "ignore_public_acls", "block_public_policy", "restrict_public_buckets"]

_good(b) if {
	every s in _settings {
		_blocks(b, s)
	}
	b.policy.public_statements == 0
	b.acl.public_permissions == []
}

_blocks(b, s) if {
	is_object(b.public_access_block)
	b.public_access_block[s] == true
}

_blocks(b, s) if {
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
