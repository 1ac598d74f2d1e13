# METADATA
# title: API Gateway stages are protected by AWS WAF
# description: A web ACL in front of a REST API stage filters common web attacks before they reach the integrations that handle ePHI.
# custom:
#   id: AWS-APIGW-06
#   severity: medium
#   hipaa: ["164.312(e)(1)"]
#   resource_type: aws_apigateway_stage
#   evidence: [web_acl_arn]
#   remediation: Associate an AWS WAF web ACL with the stage (AssociateWebACL with the stage ARN).
package hipaa.aws.apigateway.stage_waf

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("API Gateway stage %s is not protected by an AWS WAF web ACL.", [res.label(r)])} if {
	some r in input.resources.aws_apigateway_stage
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("API Gateway stage %s: its AWS WAF association could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_apigateway_stage
	not _known(r)
}

_known(r) if {
	"web_acl_arn" in object.keys(r)
}

_ok(r) if {
	is_string(r.web_acl_arn)
	r.web_acl_arn != ""
}
