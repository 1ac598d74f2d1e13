# METADATA
# title: Application load balancers are protected by AWS WAF
# description: A web ACL in front of an application load balancer filters common web attacks (injection, scripting, bad bots) before they reach the applications that handle ePHI.
# custom:
#   id: AWS-ELBV2-07
#   severity: medium
#   hipaa: ["164.312(e)(1)"]
#   resource_type: aws_lb
#   evidence: [type, web_acl_arn]
#   remediation: Associate an AWS WAF web ACL with the load balancer (AssociateWebACL).
package hipaa.aws.elbv2.alb_waf

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Application load balancer %s is not protected by an AWS WAF web ACL.", [res.label(r)])} if {
	some r in input.resources.aws_lb
	not _na(r)
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Application load balancer %s: its AWS WAF association could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_lb
	not _na(r)
	not _known(r)
}

not_applicable contains {"id": r.id, "reason": "Only application load balancers can have an AWS WAF web ACL."} if {
	some r in input.resources.aws_lb
	_na(r)
}

_na(r) if {
	is_string(r.type)
	r.type != "application"
}

_known(r) if {
	r.type == "application"
	"web_acl_arn" in object.keys(r)
}

_ok(r) if {
	is_string(r.web_acl_arn)
	r.web_acl_arn != ""
}
