# METADATA
# title: API Gateway stages log requests
# description: Each stage has execution logging (ERROR or INFO) for all methods, or access logging.
# custom:
#   id: AWS-APIGW-02
#   severity: medium
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: aws_apigateway_stage
#   evidence: [logging.execution_level, logging.access_log_destination]
#   evidence_optional:
#     logging.execution_level: Access logging alone satisfies the control, so a stage with an access log destination needs no execution logging level.
#     logging.access_log_destination: Execution logging alone satisfies the control; GetStages gives no destination (null) when access logging is off.
#   remediation: Enable CloudWatch execution logging (INFO or ERROR) for */* and an access log destination on the stage.
package hipaa.aws.apigateway.stage_logging

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": s.id, "msg": sprintf("API Gateway stage %s logs no requests.", [res.label(s)])} if {
	some s in input.resources.aws_apigateway_stage
	_readable(s)
	not _logged(s)
}

deny contains {"id": s.id, "msg": sprintf("API Gateway stage %s: its logging settings could not be read.", [res.label(s)])} if {
	some s in input.resources.aws_apigateway_stage
	not _readable(s)
}

_logged(s) if s.logging.execution_level in {"ERROR", "INFO"}

_logged(s) if {
	is_string(s.logging.access_log_destination)
	s.logging.access_log_destination != ""
}

# Each setting is a string, or absent/null when it is off; anything else is unreadable.
_readable(s) if {
	is_object(s.logging)
	not _mistyped(s.logging, "execution_level")
	not _mistyped(s.logging, "access_log_destination")
}

_mistyped(logging, key) if {
	v := object.get(logging, key, null)
	not is_string(v)
	not is_null(v)
}
