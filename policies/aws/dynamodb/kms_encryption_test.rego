package hipaa.aws.dynamodb.kms_encryption_test

import data.hipaa.aws.dynamodb.kms_encryption as policy
import data.hipaa.lib.testing as t
import rego.v1

_t(id, sse) := {"id": id, "name": id, "sse": sse}

_cmk := {"status": "ENABLED", "type": "KMS", "kms_key_arn": "arn:k", "key_manager": "CUSTOMER"}

_aws_managed := {"status": "ENABLED", "type": "KMS", "kms_key_arn": "arn:k", "key_manager": "AWS"}

_owned := {"status": "ENABLED", "type": "AWS_OWNED", "kms_key_arn": null}

_inv(ts) := t.inventory("aws_dynamodb_table", ts)

test_customer_managed_key_passes if {
	t.ids(policy.deny) == set() with input as _inv([_t("a", _cmk), _t("b", object.union(_cmk, {"status": "UPDATING"}))])
}

test_aws_managed_key_fails if {
	policy.deny == {{"id": "a", "msg": "DynamoDB table a is not encrypted with a customer managed KMS key."}} with input as _inv([_t("a", _aws_managed)])
}

test_aws_owned_key_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_t("a", _owned)])
}

test_disabled_status_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_t("a", object.union(_cmk, {"status": "DISABLED"}))])
}

test_missing_sse_fails if {
	policy.deny == {{"id": "a", "msg": "DynamoDB table a: its encryption settings could not be read."}} with input as _inv([{"id": "a", "name": "a"}])
}

test_null_sse_fails if {
	t.ids(policy.deny) == {"a", "b", "c", "d"} with input as _inv([
		_t("a", null),
		_t("b", object.union(_cmk, {"status": null})),
		_t("c", object.union(_cmk, {"type": null})),
		_t("d", object.union(_cmk, {"key_manager": null})),
	])
}

test_missing_key_manager_of_kms_table_fails if {
	policy.deny == {{"id": "a", "msg": "DynamoDB table a: its encryption settings could not be read."}} with input as _inv([_t("a", {"status": "ENABLED", "type": "KMS", "kms_key_arn": "arn:k"})])
}

test_empty_sse_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([_t("a", {})])
}

test_wrong_type_sse_fails if {
	t.ids(policy.deny) == {"a", "b", "c"} with input as _inv([
		_t("a", "KMS"),
		_t("b", object.union(_cmk, {"status": true})),
		_t("c", object.union(_cmk, {"key_manager": 1})),
	])
}

test_several_tables if {
	t.ids(policy.deny) == {"owned", "managed", "gone", "odd"} with input as _inv([
		_t("cmk", _cmk),
		_t("owned", _owned),
		_t("managed", _aws_managed),
		{"id": "gone"},
		_t("odd", []),
	])
}
