# METADATA
# title: Auto Scaling groups behind a load balancer use its health checks
# description: With ELB health checks the group replaces instances the load balancer finds unhealthy, keeping the ePHI service available; EC2 checks alone miss an application that stopped answering.
# custom:
#   id: AWS-ASG-01
#   severity: low
#   hipaa: ["164.308(a)(1)(ii)(B)", "164.308(a)(7)(i)", "164.308(a)(7)(ii)(A)", "164.308(a)(7)(ii)(B)", "164.308(a)(7)(ii)(C)"]
#   resource_type: aws_autoscaling_group
#   evidence: [health_check_type, load_balancer_names, target_group_arns]
#   remediation: Set the group's health check type to ELB (UpdateAutoScalingGroup --health-check-type ELB).
package hipaa.aws.autoscaling.elb_health_check

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Auto Scaling group %s is behind a load balancer but does not use its health checks.", [res.label(r)])} if {
	some r in input.resources.aws_autoscaling_group
	not _na(r)
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Auto Scaling group %s: its health check settings could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_autoscaling_group
	not _na(r)
	not _known(r)
}

not_applicable contains {"id": r.id, "reason": "The group registers its instances with no load balancer or target group."} if {
	some r in input.resources.aws_autoscaling_group
	_na(r)
}

_na(r) if {
	is_array(r.load_balancer_names)
	is_array(r.target_group_arns)
	count(r.load_balancer_names) == 0
	count(r.target_group_arns) == 0
}

_known(r) if {
	is_array(r.load_balancer_names)
	is_array(r.target_group_arns)
	is_string(r.health_check_type)
}

_ok(r) if {
	is_string(r.health_check_type)
	some kind in split(r.health_check_type, ",")
	trim_space(kind) == "ELB"
}
