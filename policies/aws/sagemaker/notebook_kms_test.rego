package hipaa.aws.sagemaker.notebook_kms_test

import data.hipaa.aws.sagemaker.notebook_kms as policy
import data.hipaa.lib.testing as t
import rego.v1

_n(id, key) := {"id": id, "name": id, "kms_key_id": key}

_inv(ns) := t.inventory("aws_sagemaker_notebook", ns)

test_kms_key_passes if {
	t.ids(policy.deny) == set() with input as _inv([_n("a", "arn:aws:kms:us-east-1:111122223333:key/k")])
}

test_no_key_fails if {
	policy.deny == {{"id": "a", "msg": "SageMaker notebook a has no KMS key for its volume."}} with input as _inv([_n("a", null)])
}

test_empty_key_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_n("a", "")])
}

test_missing_key_fails if {
	policy.deny == {{"id": "a", "msg": "SageMaker notebook a: its volume's KMS key could not be read."}} with input as _inv([{"id": "a", "name": "a"}])
}

test_null_key_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_n("a", null)])
}

test_wrong_type_key_fails if {
	t.ids(policy.deny) == {"num", "bool", "obj"} with input as _inv([_n("num", 12345), _n("bool", true), _n("obj", {"id": "k"})])
}

test_several_notebooks if {
	t.ids(policy.deny) == {"plain", "gone", "odd"} with input as _inv([
		_n("enc", "k1"),
		_n("plain", null),
		{"id": "gone"},
		_n("odd", 5),
	])
}
