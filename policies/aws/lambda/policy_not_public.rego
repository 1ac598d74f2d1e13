# METADATA
# title: Lambda function policies do not allow everyone
# description: No resource-policy statement lets the principal * invoke the function without a source account/ARN condition.
# custom:
#   id: AWS-LAMBDA-01
#   severity: critical
#   hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)", "164.308(a)(3)(i)"]
#   resource_type: aws_lambda_function
#   evidence: [policy]
#   remediation: Remove the statement with Principal * or add an aws:SourceAccount/aws:SourceArn condition.
package hipaa.aws.lambda.policy_not_public

import rego.v1

deny contains {"id": f.id, "msg": sprintf("Lambda function %s has a policy that lets anyone invoke it.", [f.name])} if {
	some f in input.resources.aws_lambda_function
	not f.policy.public_statements == 0
}
