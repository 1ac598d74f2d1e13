# METADATA
# title: Lambda functions have reserved concurrency
# description: Reserved concurrency guarantees the function capacity and caps it, so a runaway function cannot starve the ones that serve ePHI (Powerpipe's check).
# custom:
#   id: AWS-LAMBDA-05
#   severity: low
#   hipaa: ["164.308(a)(7)(ii)(B)", "164.312(b)"]
#   resource_type: aws_lambda_function
#   evidence: [reserved_concurrency]
#   remediation: Set reserved concurrency on the function (PutFunctionConcurrency).
package hipaa.aws.lambda.reserved_concurrency

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Lambda function %s has no reserved concurrency.", [res.label(r)])} if {
	some r in input.resources.aws_lambda_function
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Lambda function %s: its concurrency setting could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_lambda_function
	not _known(r)
}

_known(r) if {
	is_number(r.reserved_concurrency)
}

_known(r) if {
	"reserved_concurrency" in object.keys(r)
	r.reserved_concurrency == null
}

_ok(r) if {
	is_number(r.reserved_concurrency)
	r.reserved_concurrency > 0
}
