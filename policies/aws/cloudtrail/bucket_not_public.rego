# METADATA
# title: CloudTrail buckets are not public
# description: The bucket holding audit logs blocks all public access and has no public policy or ACL.
# custom:
#   id: AWS-CT-06
#   severity: critical
#   hipaa: ["164.312(b)", "164.312(c)(1)", "164.312(a)(1)"]
#   resource_type: aws_cloudtrail_trail
#   evidence: [s3_bucket]
#   reads: [aws_s3_bucket]
#   remediation: Turn on all four Block Public Access settings on the trail's bucket and remove public grants.
package hipaa.aws.cloudtrail.bucket_not_public

import rego.v1

deny contains {"id": t.id, "msg": sprintf("Trail %s delivers to bucket %s, which is not proven private.", [t.name, object.get(t, "s3_bucket", "?")])} if {
	some t in input.resources.aws_cloudtrail_trail
	not _private(_bucket(t))
}

_private(b) if {
	b.public_access_block.block_public_acls == true
	b.public_access_block.ignore_public_acls == true
	b.public_access_block.block_public_policy == true
	b.public_access_block.restrict_public_buckets == true
	b.policy.public_statements == 0
	b.acl.public_permissions == []
}

# Indexed once by name (bucket names are globally unique): linear, not trails x buckets.
_buckets_by_name := {b.name: b | some b in input.resources.aws_s3_bucket}

_bucket(t) := _buckets_by_name[t.s3_bucket]
