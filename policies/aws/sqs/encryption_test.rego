package hipaa.aws.sqs.encryption_test

import data.hipaa.aws.sqs.encryption as policy
import data.hipaa.lib.testing as t
import rego.v1

_r(id, v) := {"id": id, "name": id, "encryption": {"enabled": v}}

_inv(rs) := t.inventory("aws_sqs_queue", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_r("a", true)])
}

test_noncompliant_fails if {
	policy.deny == {{"id": "a", "msg": "SQS queue a is not encrypted at rest."}} with input as _inv([_r("a", false)])
}

test_missing_field_fails if {
	policy.deny == {{"id": "a", "msg": "SQS queue a: whether it is encrypted at rest could not be read."}} with input as _inv([{"id": "a", "name": "a"}])
}

test_null_field_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_r("a", null)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"a", "b", "c"} with input as _inv([_r("a", "true"), _r("b", 1), _r("c", [true])])
}

test_wrong_type_parent_fails if {
	t.ids(policy.deny) == {"a", "b"} with input as _inv([{"id": "a", "name": "a", "encryption": true}, {"id": "b", "name": "b", "encryption": null}])
}

test_unnamed_resource_still_denied if {
	policy.deny == {{"id": "arn:x", "msg": "SQS queue arn:x is not encrypted at rest."}} with input as _inv([{"id": "arn:x", "encryption": {"enabled": false}}])
}

test_several_resources if {
	t.ids(policy.deny) == {"bad", "gone", "odd"} with input as _inv([
		_r("good", true),
		_r("bad", false),
		{"id": "gone", "name": "gone"},
		_r("odd", "yes"),
		_r("good2", true),
	])
}
