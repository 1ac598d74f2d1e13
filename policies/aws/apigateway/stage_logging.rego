# METADATA
# title: API Gateway stages log requests
# description: Each stage has execution logging (ERROR or INFO) for all methods, or access logging.
# custom:
#   id: AWS-APIGW-02
#   severity: medium
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: aws_apigateway_stage
#   evidence: [logging]
#   remediation: Enable CloudWatch execution logging (INFO or ERROR) for */* and an access log destination on the stage.
package hipaa.aws.apigateway.stage_logging

import rego.v1

deny contains {"id": s.id, "msg": sprintf("API Gateway stage %s logs no requests.", [s.name])} if {
	some s in input.resources.aws_apigateway_stage
	not _logged(s)
}

_logged(s) if s.logging.execution_level in {"ERROR", "INFO"}

_logged(s) if {
	is_string(s.logging.access_log_destination)
	s.logging.access_log_destination != ""
}
