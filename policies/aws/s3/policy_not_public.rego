# METADATA
# title: S3 bucket policies grant nothing to everyone
# description: >-
#   A bucket policy must not allow any action to the principal * (or to everyone but a NotPrincipal)
#   unless a condition narrows who qualifies: aws:SourceVpce, aws:SourceVpc, aws:SourceIp,
#   aws:PrincipalOrgID, aws:PrincipalOrgPaths, aws:PrincipalAccount, aws:PrincipalArn,
#   aws:SourceAccount, aws:SourceArn (or aws:SourceOrgID/Paths) with a matching operator and a
#   concrete value. Other conditions (aws:SecureTransport, aws:UserAgent, s3:prefix, ...) leave the
#   grant open to everyone. The collector counts such statements (policy.public_statements).
# custom:
#   id: AWS-S3-08
#   severity: critical
#   hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)", "164.308(a)(3)(i)"]
#   resource_type: aws_s3_bucket
#   evidence: [policy.public_statements]
#   remediation: Remove the bucket policy statements whose principal is *, or restrict them with aws:PrincipalOrgID, aws:PrincipalAccount, aws:SourceVpce or a similar condition.
package hipaa.aws.s3.policy_not_public

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": b.id, "msg": sprintf("Bucket %s has a policy allowing access to everyone (%s statements).", [res.label(b), res.text(b.policy.public_statements)])} if {
	some b in input.resources.aws_s3_bucket
	is_number(b.policy.public_statements)
	b.policy.public_statements > 0
}

deny contains {"id": b.id, "msg": sprintf("Bucket %s has no readable policy facts: it is not shown to be closed to everyone.", [res.label(b)])} if {
	some b in input.resources.aws_s3_bucket
	not _known(b)
}

_known(b) if is_number(b.policy.public_statements)
