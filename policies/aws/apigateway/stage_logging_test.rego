package hipaa.aws.apigateway.stage_logging_test

import data.hipaa.aws.apigateway.stage_logging as policy
import rego.v1

test_info_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_apigateway_stage": [{"id": "r1", "name": "n1", "logging": {"execution_level": "INFO", "access_log_destination": null}}]}}
}

test_access_log_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_apigateway_stage": [{"id": "r1", "name": "n1", "logging": {"execution_level": "OFF", "access_log_destination": "arn:l"}}]}}
}

test_off_fails if {
	policy.deny == {{"id": "r1", "msg": "API Gateway stage n1 logs no requests."}} with input as {"resources": {"aws_apigateway_stage": [{"id": "r1", "name": "n1", "logging": {"execution_level": "OFF", "access_log_destination": null}}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_apigateway_stage": [{"id": "r1", "name": "n1"}]}}
}
