# METADATA
# title: Load balancers write access logs
# description: Requests reaching systems that hold ePHI are logged. Gateway Load Balancers have no access logs, so they are not judged.
# custom:
#   id: AWS-ELBV2-03
#   severity: medium
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: aws_lb
#   evidence: [type, access_logs]
#   remediation: Set access_logs.s3.enabled=true with a log bucket on the load balancer.
package hipaa.aws.elbv2.access_logs

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Load balancer %s writes no access logs.", [res.label(r)])} if {
	some r in input.resources.aws_lb
	_judged(r)
	r.access_logs == false
}

deny contains {"id": r.id, "msg": sprintf("Load balancer %s: whether it writes access logs could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_lb
	_judged(r)
	not _readable(r)
}

deny contains {"id": r.id, "msg": sprintf("Load balancer %s: its type (application, network or gateway) could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_lb
	not _known_type(r)
}

not_applicable contains {"id": r.id, "reason": sprintf("Load balancer %s is a Gateway Load Balancer, which has no access logs.", [res.label(r)])} if {
	some r in input.resources.aws_lb
	r.type == "gateway"
}

_judged(r) if r.type in {"application", "network"}

_known_type(r) if r.type in {"application", "network", "gateway"}

_readable(r) if is_boolean(r.access_logs)
