# METADATA
# title: S3 bucket policies grant nothing to everyone
# description: A bucket policy must not allow any action to the principal * without a condition.
# custom:
#   id: AWS-S3-08
#   severity: critical
#   hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)", "164.308(a)(3)(i)"]
#   resource_type: aws_s3_bucket
#   evidence: [policy.public_statements]
#   remediation: Remove or condition the bucket policy statements whose principal is * (restrict to accounts, VPC endpoints or organizations).
package hipaa.aws.s3.policy_not_public

import rego.v1

deny contains {"id": b.id, "msg": sprintf("Bucket %s has a policy allowing access to everyone.", [b.name])} if {
	some b in input.resources.aws_s3_bucket
	not b.policy.public_statements == 0
}
