package hipaa.aws.inspector.enabled_test

import data.hipaa.aws.inspector.enabled as policy
import rego.v1

test_all_pass if {
	count(policy.deny) == 0 with input as {"resources": {"aws_inspector2_settings": [{"id": "r1", "name": "n1", "region": "x", "scanning": {"ec2": true, "ecr": true, "lambda": true}}]}}
}

test_lambda_off_fails if {
	policy.deny == {{"id": "r1", "msg": "Inspector does not scan lambda in x."}} with input as {"resources": {"aws_inspector2_settings": [{"id": "r1", "name": "n1", "region": "x", "scanning": {"ec2": true, "ecr": true, "lambda": false}}]}}
}

test_missing_field_fails if {
	policy.deny == {{"id": "r1", "msg": "Inspector does not scan ec2, ecr, lambda in x."}} with input as {"resources": {"aws_inspector2_settings": [{"id": "r1", "name": "n1", "region": "x"}]}}
}
