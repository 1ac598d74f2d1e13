package hipaa.aws.rds.force_ssl_test

import data.hipaa.aws.rds.force_ssl as policy
import rego.v1

test_forced_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_rds_instance": [{"id": "r1", "name": "n1", "region": "x", "parameter_groups": ["tls"]}], "aws_rds_parameter_group": [{"id": "g", "name": "tls", "region": "x", "parameters": {"rds.force_ssl": "1"}}]}}
}

test_mysql_on_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_rds_instance": [{"id": "r1", "name": "n1", "region": "x", "parameter_groups": ["tls"]}], "aws_rds_parameter_group": [{"id": "g", "name": "tls", "region": "x", "parameters": {"require_secure_transport": "ON"}}]}}
}

test_not_forced_fails if {
	policy.deny == {{"id": "r1", "msg": "RDS instance n1 does not force TLS on client connections."}} with input as {"resources": {"aws_rds_instance": [{"id": "r1", "name": "n1", "region": "x", "parameter_groups": ["plain"]}], "aws_rds_parameter_group": [{"id": "g", "name": "plain", "region": "x", "parameters": {"rds.force_ssl": "0"}}]}}
}

test_group_not_collected_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_rds_instance": [{"id": "r1", "name": "n1", "region": "x", "parameter_groups": ["tls"]}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_rds_instance": [{"id": "r1", "name": "n1"}]}}
}
