# METADATA
# title: Lambda functions run inside a VPC
# description: A function attached to a VPC reaches databases and other ePHI stores over private addresses, under the VPC's security groups and flow logs.
# custom:
#   id: AWS-LAMBDA-03
#   severity: low
#   hipaa: ["164.312(e)(1)", "164.312(a)(1)"]
#   resource_type: aws_lambda_function
#   evidence: [in_vpc]
#   remediation: Configure the function with subnets and security groups of the VPC (VpcConfig).
package hipaa.aws.lambda.in_vpc

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Lambda function %s does not run in a VPC.", [res.label(r)])} if {
	some r in input.resources.aws_lambda_function
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Lambda function %s: whether it runs in a VPC could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_lambda_function
	not _known(r)
}

_known(r) if {
	is_boolean(r.in_vpc)
}

_ok(r) if {
	r.in_vpc == true
}
