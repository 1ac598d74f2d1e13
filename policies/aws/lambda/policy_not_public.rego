# METADATA
# title: Lambda function policies do not allow everyone
# description: No resource-policy statement lets the principal * invoke the function without a source account/ARN condition. A function without a resource-based policy is not judged.
# custom:
#   id: AWS-LAMBDA-01
#   severity: critical
#   hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)", "164.308(a)(3)(i)"]
#   resource_type: aws_lambda_function
#   evidence: [policy.present, policy.public_statements]
#   remediation: Remove the statement with Principal * or add an aws:SourceAccount/aws:SourceArn condition.
package hipaa.aws.lambda.policy_not_public

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": f.id, "msg": sprintf("Lambda function %s has a policy that lets anyone invoke it.", [res.label(f)])} if {
	some f in input.resources.aws_lambda_function
	_readable(f)
	f.policy.public_statements > 0
}

deny contains {"id": f.id, "msg": sprintf("Lambda function %s: its resource-based policy could not be read.", [res.label(f)])} if {
	some f in input.resources.aws_lambda_function
	not _readable(f)
}

not_applicable contains {"id": f.id, "reason": sprintf("Lambda function %s has no resource-based policy.", [res.label(f)])} if {
	some f in input.resources.aws_lambda_function
	f.policy.present == false
	f.policy.public_statements == 0
}

_readable(f) if {
	is_boolean(f.policy.present)
	is_number(f.policy.public_statements)
}
