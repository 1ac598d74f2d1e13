package hipaa.aws.kinesis.encryption_test

import data.hipaa.aws.kinesis.encryption as policy
import data.hipaa.lib.testing as t
import rego.v1

_s(id, kind) := {"id": id, "name": id, "encryption_type": kind}

_inv(ss) := t.inventory("aws_kinesis_stream", ss)

test_kms_passes if {
	t.ids(policy.deny) == set() with input as _inv([_s("a", "KMS")])
}

test_none_fails if {
	policy.deny == {{"id": "a", "msg": "Kinesis stream a is not encrypted (NONE)."}} with input as _inv([_s("a", "NONE")])
}

test_missing_type_fails if {
	policy.deny == {{"id": "a", "msg": "Kinesis stream a: its encryption type could not be read."}} with input as _inv([{"id": "a", "name": "a"}])
}

test_null_type_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_s("a", null)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"num", "bool", "empty"} with input as _inv([_s("num", 12345), _s("bool", true), _s("empty", "")])
}

test_several_streams if {
	t.ids(policy.deny) == {"plain", "gone", "odd"} with input as _inv([
		_s("enc", "KMS"),
		_s("plain", "NONE"),
		{"id": "gone"},
		_s("odd", ["KMS"]),
	])
}
