# METADATA
# title: ECS containers have read-only root file systems
# description: A read-only root file system stops an intruder in a container from changing its binaries or configuration, protecting the integrity of the service that handles ePHI.
# custom:
#   id: AWS-ECS-02
#   severity: medium
#   hipaa: ["164.312(c)(1)"]
#   resource_type: aws_ecs_task_definition
#   evidence: [containers]
#   remediation: Set readonlyRootFilesystem true on every container definition (mount volumes for the paths that must be written).
package hipaa.aws.ecs.readonly_root_filesystem

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("ECS task definition %s has a container with a writable root file system.", [res.label(r)])} if {
	some r in input.resources.aws_ecs_task_definition
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("ECS task definition %s: its containers could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_ecs_task_definition
	not _known(r)
}

_known(r) if {
	is_array(r.containers)
	count(r.containers) > 0
	every c in r.containers {
		is_object(c)
	}
}

_ok(r) if {
	count([c | some c in r.containers; not c.readonly_root_filesystem == true]) == 0
}
