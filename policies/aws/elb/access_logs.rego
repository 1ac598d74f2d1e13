# METADATA
# title: Classic Load Balancers write access logs
# description: Requests reaching systems that hold ePHI are logged.
# custom:
#   id: AWS-ELB-03
#   severity: medium
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: aws_elb_load_balancer
#   evidence: [access_logs]
#   remediation: Enable access logs on the load balancer to an S3 bucket.
package hipaa.aws.elb.access_logs

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Classic load balancer %s writes no access logs.", [res.label(r)])} if {
	some r in input.resources.aws_elb_load_balancer
	r.access_logs == false
}

deny contains {"id": r.id, "msg": sprintf("Classic load balancer %s: whether it writes access logs could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_elb_load_balancer
	not _readable(r)
}

_readable(r) if is_boolean(r.access_logs)
