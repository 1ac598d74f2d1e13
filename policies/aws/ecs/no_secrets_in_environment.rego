# METADATA
# title: ECS containers keep no secrets in plaintext environment variables
# description: Plaintext environment variables of a task definition are readable by anyone who can describe it; passwords and keys there open ePHI stores. Use the secrets section (Secrets Manager or Parameter Store).
# custom:
#   id: AWS-ECS-03
#   severity: high
#   hipaa: ["164.312(a)(1)", "164.312(a)(2)(iv)"]
#   resource_type: aws_ecs_task_definition
#   evidence: [containers]
#   remediation: Move the values to Secrets Manager or Parameter Store and reference them in the container's secrets, then register a new revision.
package hipaa.aws.ecs.no_secrets_in_environment

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("ECS task definition %s keeps secret-looking values in plaintext environment variables.", [res.label(r)])} if {
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
		is_array(c.secret_like_environment)
	}
}

_ok(r) if {
	count([c | some c in r.containers; _has_secrets(c)]) == 0
}

_has_secrets(c) if {
	is_array(c.secret_like_environment)
	count(c.secret_like_environment) > 0
}
