package hipaa.aws.secretsmanager.customer_managed_key_test

import data.hipaa.aws.secretsmanager.customer_managed_key as policy
import data.hipaa.lib.testing as t
import rego.v1

_s(id, cmk) := {"id": id, "name": id, "customer_managed_key": cmk}

test_customer_key_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_secretsmanager_secret", [_s("a", true)])
}

test_aws_key_fails if {
	policy.deny == {{"id": "a", "msg": "Secret a is encrypted with the AWS managed key, not a customer managed key."}} with input as t.inventory("aws_secretsmanager_secret", [_s("a", false)])
}

test_some_fail if {
	t.ids(policy.deny) == {"b"} with input as t.inventory("aws_secretsmanager_secret", [_s("a", true), _s("b", false)])
}

test_missing_fails if {
	policy.deny == {{"id": "a", "msg": "Secret a: its encryption key could not be determined."}} with input as t.inventory("aws_secretsmanager_secret", [{"id": "a"}])
}

test_null_fails if {
	t.ids(policy.deny) == {"a"} with input as t.inventory("aws_secretsmanager_secret", [_s("a", null)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"a"} with input as t.inventory("aws_secretsmanager_secret", [_s("a", "true")])
}
