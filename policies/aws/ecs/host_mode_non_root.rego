# METADATA
# title: ECS task definitions with host networking run no container as root or privileged
# description: A container on the host's network namespace that runs as root or privileged can reach the host and every other task on it, ePHI workloads included.
# custom:
#   id: AWS-ECS-01
#   severity: high
#   hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)", "164.308(a)(3)(ii)(A)", "164.308(a)(4)(ii)(C)"]
#   resource_type: aws_ecs_task_definition
#   evidence: [network_mode, containers]
#   evidence_optional:
#     network_mode: null is ECS's default mode (bridge on EC2, awsvpc on Fargate), never host; the control does not apply.
#   remediation: Set a non-root user (a numeric UID such as 1000, or a named user) and privileged false on every container, or use the awsvpc network mode.
package hipaa.aws.ecs.host_mode_non_root

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("ECS task definition %s uses host networking with a container that runs as root or privileged.", [res.label(r)])} if {
	some r in input.resources.aws_ecs_task_definition
	not _na(r)
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("ECS task definition %s: its network mode or containers could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_ecs_task_definition
	not _na(r)
	not _known(r)
}

not_applicable contains {"id": r.id, "reason": "The task definition does not use the host network mode."} if {
	some r in input.resources.aws_ecs_task_definition
	_na(r)
}

_na(r) if {
	is_string(r.network_mode)
	r.network_mode != "host"
}

_na(r) if {
	"network_mode" in object.keys(r)
	r.network_mode == null
}

_known(r) if {
	r.network_mode == "host"
	is_array(r.containers)
	count(r.containers) > 0
	every c in r.containers {
		is_object(c)
	}
}

_ok(r) if {
	count([c | some c in r.containers; not _confined(c)]) == 0
}

_confined(c) if {
	is_string(c.user)
	c.user != ""
	not _root(c.user)
	not c.privileged == true
}

_root(user) if {
	split(user, ":")[0] in {"root", "0"}
}
