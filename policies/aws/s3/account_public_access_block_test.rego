package hipaa.aws.s3.account_public_access_block_test

import data.hipaa.aws.s3.account_public_access_block as policy
import data.hipaa.lib.testing as t
import rego.v1

_all_on := {"block_public_acls": true, "ignore_public_acls": true, "block_public_policy": true, "restrict_public_buckets": true}

_a(id, pab) := {"id": id, "account": id, "public_access_block": pab}

test_all_on_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_s3_account_settings", [_a("1", _all_on)])
}

test_one_off_fails if {
	policy.deny == {{"id": "1", "msg": "Account 1 does not block public S3 access account-wide (ignore_public_acls off)."}} with input as t.inventory("aws_s3_account_settings", [_a("1", object.union(_all_on, {"ignore_public_acls": false}))])
}

test_some_fail if {
	t.ids(policy.deny) == {"2"} with input as t.inventory("aws_s3_account_settings", [
		_a("1", _all_on),
		_a("2", object.union(_all_on, {"block_public_policy": false})),
	])
}

test_missing_fails if {
	policy.deny == {{"id": "x", "msg": "Account x does not block public S3 access account-wide (block_public_acls, ignore_public_acls, block_public_policy, restrict_public_buckets off)."}} with input as t.inventory("aws_s3_account_settings", [{"id": "x"}])
}

test_null_fails if {
	t.ids(policy.deny) == {"1", "2"} with input as t.inventory("aws_s3_account_settings", [
		_a("1", null),
		_a("2", object.union(_all_on, {"block_public_acls": null})),
	])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"1", "2"} with input as t.inventory("aws_s3_account_settings", [
		_a("1", "on"),
		_a("2", object.union(_all_on, {"block_public_acls": "true"})),
	])
}
