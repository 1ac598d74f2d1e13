package hipaa.aws.cloudtrail.log_file_validation_test

import data.hipaa.aws.cloudtrail.log_file_validation as policy
import data.hipaa.lib.testing as t
import rego.v1

test_validation_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_cloudtrail_trail", [{"id": "t", "name": "main", "log_file_validation": true}])
}

test_no_validation_fails if {
	policy.deny == {{"id": "t", "msg": "CloudTrail trail main does not validate its log files."}} with input as t.inventory("aws_cloudtrail_trail", [{"id": "t", "name": "main", "log_file_validation": false}])
}

test_some_fail if {
	t.ids(policy.deny) == {"off"} with input as t.inventory("aws_cloudtrail_trail", [
		{"id": "on", "log_file_validation": true},
		{"id": "off", "log_file_validation": false},
	])
}

test_missing_fails if {
	policy.deny == {{"id": "t", "msg": "CloudTrail trail t does not validate its log files."}} with input as t.inventory("aws_cloudtrail_trail", [{"id": "t"}])
}

test_null_fails if {
	t.ids(policy.deny) == {"t"} with input as t.inventory("aws_cloudtrail_trail", [{"id": "t", "log_file_validation": null}])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"t"} with input as t.inventory("aws_cloudtrail_trail", [{"id": "t", "log_file_validation": "true"}])
}
