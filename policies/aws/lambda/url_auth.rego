# METADATA
# title: Lambda function URLs require IAM authentication
# description: A function URL with AuthType NONE is callable by anyone on the internet. A function without a URL is not judged.
# custom:
#   id: AWS-LAMBDA-02
#   severity: critical
#   hipaa: ["164.312(a)(1)", "164.312(d)"]
#   resource_type: aws_lambda_function
#   evidence: [function_url.present, function_url.auth_type]
#   remediation: Set the function URL's AuthType to AWS_IAM, or delete the URL and front the function with an authenticated API.
package hipaa.aws.lambda.url_auth

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": f.id, "msg": sprintf("Lambda function %s has a function URL without IAM authentication (auth type %s).", [res.label(f), _auth_type(f)])} if {
	some f in input.resources.aws_lambda_function
	f.function_url.present == true
	not f.function_url.auth_type == "AWS_IAM"
}

deny contains {"id": f.id, "msg": sprintf("Lambda function %s: whether it has a function URL could not be read.", [res.label(f)])} if {
	some f in input.resources.aws_lambda_function
	not _readable(f)
}

not_applicable contains {"id": f.id, "reason": sprintf("Lambda function %s has no function URL.", [res.label(f)])} if {
	some f in input.resources.aws_lambda_function
	f.function_url.present == false
}

_readable(f) if is_boolean(f.function_url.present)

_auth_type(f) := res.text(object.get(f.function_url, "auth_type", null))
