package hipaa.aws.cloudtrail.kms_encryption_test

import data.hipaa.aws.cloudtrail.kms_encryption as policy
import data.hipaa.lib.testing as t
import rego.v1

test_kms_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_cloudtrail_trail", [{"id": "t", "kms_key_id": "arn:aws:kms:us-east-1:1:key/k"}])
}

test_no_key_fails if {
	policy.deny == {{"id": "t", "msg": "CloudTrail trail main does not encrypt its logs with a KMS key."}} with input as t.inventory("aws_cloudtrail_trail", [{"id": "t", "name": "main", "kms_key_id": ""}])
}

test_some_fail if {
	t.ids(policy.deny) == {"plain"} with input as t.inventory("aws_cloudtrail_trail", [
		{"id": "kms", "kms_key_id": "k"},
		{"id": "plain", "kms_key_id": ""},
	])
}

test_missing_fails if {
	t.ids(policy.deny) == {"t"} with input as t.inventory("aws_cloudtrail_trail", [{"id": "t"}])
}

test_null_fails if {
	policy.deny == {{"id": "t", "msg": "CloudTrail trail main does not encrypt its logs with a KMS key."}} with input as t.inventory("aws_cloudtrail_trail", [{"id": "t", "name": "main", "kms_key_id": null}])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"t"} with input as t.inventory("aws_cloudtrail_trail", [{"id": "t", "kms_key_id": true}])
}
