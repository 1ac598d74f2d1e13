# METADATA
# title: S3 bucket ACLs grant nothing to everyone
# description: A bucket ACL must not grant read or write to AllUsers or AuthenticatedUsers.
# custom:
#   id: AWS-S3-07
#   severity: critical
#   hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)", "164.308(a)(3)(i)"]
#   resource_type: aws_s3_bucket
#   evidence: [acl]
#   remediation: Remove the AllUsers/AuthenticatedUsers grants (set the ACL to private) and enable Block Public Access.
package hipaa.aws.s3.acl_not_public

import rego.v1

deny contains {"id": b.id, "msg": sprintf("Bucket %s has an ACL granting %s to everyone.", [b.name, concat(", ", b.acl.public_permissions)])} if {
	some b in input.resources.aws_s3_bucket
	count(b.acl.public_permissions) > 0
}

deny contains {"id": b.id, "msg": sprintf("Bucket %s has no readable ACL.", [b.name])} if {
	some b in input.resources.aws_s3_bucket
	not is_array(b.acl.public_permissions)
}
