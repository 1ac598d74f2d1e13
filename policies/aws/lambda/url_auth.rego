# METADATA
# title: Lambda function URLs require IAM authentication
# description: A function URL with AuthType NONE is callable by anyone on the internet.
# custom:
#   id: AWS-LAMBDA-02
#   severity: critical
#   hipaa: ["164.312(a)(1)", "164.312(d)"]
#   resource_type: aws_lambda_function
#   evidence: [function_url]
#   remediation: Set the function URL's AuthType to AWS_IAM, or delete the URL and front the function with an authenticated API.
package hipaa.aws.lambda.url_auth

import rego.v1

deny contains {"id": f.id, "msg": sprintf("Lambda function %s has a function URL without authentication.", [f.name])} if {
	some f in input.resources.aws_lambda_function
	not _authenticated(f)
}

_authenticated(f) if f.function_url.present == false

_authenticated(f) if f.function_url.auth_type == "AWS_IAM"
