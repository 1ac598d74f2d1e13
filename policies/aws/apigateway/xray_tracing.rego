# METADATA
# title: API Gateway stages trace requests with X-Ray
# description: X-Ray tracing records each request's path through the services behind the API, for activity review and incident analysis.
# custom:
#   id: AWS-APIGW-05
#   severity: low
#   hipaa: ["164.312(b)"]
#   resource_type: aws_apigateway_stage
#   evidence: [tracing_enabled]
#   remediation: Enable X-Ray tracing on the stage (tracingEnabled).
package hipaa.aws.apigateway.xray_tracing

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("API Gateway stage %s does not trace requests with X-Ray.", [res.label(r)])} if {
	some r in input.resources.aws_apigateway_stage
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("API Gateway stage %s: whether it traces requests could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_apigateway_stage
	not _known(r)
}

_known(r) if {
	is_boolean(r.tracing_enabled)
}

_ok(r) if {
	r.tracing_enabled == true
}
