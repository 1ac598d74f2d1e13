package hipaa.aws.sns.kms_encryption_test

import data.hipaa.aws.sns.kms_encryption as policy
import data.hipaa.lib.testing as t
import rego.v1

_r(id, key) := {"id": id, "name": id, "kms_key_id": key}

_inv(rs) := t.inventory("aws_sns_topic", rs)

test_kms_key_passes if {
	t.ids(policy.deny) == set() with input as _inv([_r("a", "alias/aws/sns")])
}

test_no_key_fails if {
	policy.deny == {{"id": "a", "msg": "SNS topic a is not encrypted with KMS."}} with input as _inv([_r("a", null)])
}

test_empty_key_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_r("a", "")])
}

test_missing_key_fails if {
	policy.deny == {{"id": "a", "msg": "SNS topic a: its KMS key could not be read."}} with input as _inv([{"id": "a", "name": "a"}])
}

test_null_key_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_r("a", null)])
}

test_wrong_type_key_fails if {
	t.ids(policy.deny) == {"num", "bool", "list"} with input as _inv([_r("num", 1), _r("bool", false), _r("list", ["k"])])
}

test_several_topics if {
	t.ids(policy.deny) == {"plain", "gone", "odd"} with input as _inv([
		_r("enc", "k1"),
		_r("plain", null),
		{"id": "gone"},
		_r("odd", true),
	])
}
