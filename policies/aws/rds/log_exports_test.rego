package hipaa.aws.rds.log_exports_test

import data.hipaa.aws.rds.log_exports as policy
import rego.v1

test_exports_pass if {
	count(policy.deny) == 0 with input as {"resources": {"aws_rds_instance": [{"id": "r1", "name": "n1", "enabled_cloudwatch_logs_exports": ["postgresql"]}]}}
}

test_none_fails if {
	policy.deny == {{"id": "r1", "msg": "RDS instance n1 exports no logs to CloudWatch Logs."}} with input as {"resources": {"aws_rds_instance": [{"id": "r1", "name": "n1", "enabled_cloudwatch_logs_exports": []}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_rds_instance": [{"id": "r1", "name": "n1"}]}}
}
