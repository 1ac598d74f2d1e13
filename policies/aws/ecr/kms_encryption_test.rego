package hipaa.aws.ecr.kms_encryption_test

import data.hipaa.aws.ecr.kms_encryption as policy
import data.hipaa.lib.testing as t
import rego.v1

_r(id, kind) := {"id": id, "name": id, "encryption_type": kind}

_inv(rs) := t.inventory("aws_ecr_repository", rs)

test_kms_passes if {
	t.ids(policy.deny) == set() with input as _inv([_r("a", "KMS"), _r("b", "KMS_DSSE")])
}

test_aes256_fails if {
	policy.deny == {{"id": "a", "msg": "ECR repository a is not encrypted with KMS (AES256)."}} with input as _inv([_r("a", "AES256")])
}

test_missing_type_fails if {
	policy.deny == {{"id": "a", "msg": "ECR repository a: its encryption type could not be read."}} with input as _inv([{"id": "a", "name": "a"}])
}

test_null_type_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_r("a", null)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"num", "bool", "empty", "list"} with input as _inv([_r("num", 12345), _r("bool", true), _r("empty", ""), _r("list", ["KMS"])])
}

test_several_repositories if {
	t.ids(policy.deny) == {"aes", "gone", "odd"} with input as _inv([
		_r("kms", "KMS"),
		_r("aes", "AES256"),
		{"id": "gone"},
		_r("odd", 1),
	])
}
