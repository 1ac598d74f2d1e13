# METADATA
# title: S3 bucket ACLs grant nothing to everyone
# description: >-
#   A bucket ACL must not grant read or write to AllUsers or AuthenticatedUsers, unless S3 ignores public
#   ACLs for the bucket: IgnorePublicAcls on for the bucket or for its whole account (an account setting
#   that could not be read never makes up for it).
# custom:
#   id: AWS-S3-07
#   severity: critical
#   hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)", "164.308(a)(3)(i)"]
#   resource_type: aws_s3_bucket
#   evidence: [acl.public_permissions, public_access_block.ignore_public_acls]
#   evidence_optional:
#     acl.public_permissions: An empty list is an ACL that grants nothing to everyone; a missing or null list still fails.
#     public_access_block.ignore_public_acls: Without IgnorePublicAcls an ACL that grants nothing to everyone is still private.
#   reads: [aws_s3_account_settings]
#   remediation: Remove the AllUsers/AuthenticatedUsers grants (set the ACL to private) and turn on IgnorePublicAcls (Block Public Access).
package hipaa.aws.s3.acl_not_public

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": b.id, "msg": sprintf("Bucket %s has an ACL granting %s to everyone.", [res.label(b), concat(", ", _perms(b))])} if {
	some b in input.resources.aws_s3_bucket
	is_array(b.acl.public_permissions)
	count(b.acl.public_permissions) > 0
	not _ignores_public_acls(b)
}

deny contains {"id": b.id, "msg": sprintf("Bucket %s has no readable ACL.", [res.label(b)])} if {
	some b in input.resources.aws_s3_bucket
	not _readable(b)
}

_readable(b) if is_array(b.acl.public_permissions)

_perms(b) := [res.text(p) | some p in b.acl.public_permissions]

_ignores_public_acls(b) if b.public_access_block.ignore_public_acls == true

_ignores_public_acls(b) if {
	is_string(b.account)
	b.account in _accounts_ignoring
}

# Accounts whose account-level Block Public Access ignores public ACLs (built once).
_accounts_ignoring contains a.account if {
	some a in input.resources.aws_s3_account_settings
	is_string(a.account)
	a.public_access_block.ignore_public_acls == true
}
