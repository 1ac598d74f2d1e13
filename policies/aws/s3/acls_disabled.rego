# METADATA
# title: S3 buckets have ACLs disabled
# description: With Object Ownership set to bucket owner enforced, ACLs are off and only policies decide access, so no object or bucket ACL can quietly grant access (the AWS Config pack's s3-bucket-acl-prohibited).
# custom:
#   id: AWS-S3-12
#   severity: medium
#   hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"]
#   resource_type: aws_s3_bucket
#   evidence: [object_ownership]
#   remediation: Set the bucket's Object Ownership to BucketOwnerEnforced (PutBucketOwnershipControls) after moving any access ACLs grant into the bucket policy.
package hipaa.aws.s3.acls_disabled

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("S3 bucket %s has ACLs enabled.", [res.label(r)])} if {
	some r in input.resources.aws_s3_bucket
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("S3 bucket %s: its Object Ownership setting could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_s3_bucket
	not _known(r)
}

_known(r) if {
	is_string(r.object_ownership)
}

_known(r) if {
	r.object_ownership == null
}

_ok(r) if {
	r.object_ownership == "BucketOwnerEnforced"
}
