package hipaa.aws.logs.log_group_kms_test

import data.hipaa.aws.logs.log_group_kms as policy
import data.hipaa.lib.testing as t
import rego.v1

test_kms_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_cloudwatch_log_group", [{"id": "g", "name": "app", "kms_key_id": "arn:aws:kms:us-east-1:1:key/k"}])
}

test_no_key_fails if {
	policy.deny == {{"id": "g", "msg": "Log group app is not encrypted with a KMS key."}} with input as t.inventory("aws_cloudwatch_log_group", [{"id": "g", "name": "app", "kms_key_id": ""}])
}

test_some_fail if {
	t.ids(policy.deny) == {"plain"} with input as t.inventory("aws_cloudwatch_log_group", [
		{"id": "kms", "kms_key_id": "k"},
		{"id": "plain", "kms_key_id": null},
	])
}

test_missing_fails if {
	policy.deny == {{"id": "g", "msg": "Log group g is not encrypted with a KMS key."}} with input as t.inventory("aws_cloudwatch_log_group", [{"id": "g"}])
}

test_null_fails if {
	t.ids(policy.deny) == {"g"} with input as t.inventory("aws_cloudwatch_log_group", [{"id": "g", "kms_key_id": null}])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"g", "h"} with input as t.inventory("aws_cloudwatch_log_group", [{"id": "g", "kms_key_id": true}, {"id": "h", "kms_key_id": ["k"]}])
}
