package hipaa.aws.s3.public_access_block_test

import data.hipaa.aws.s3.public_access_block as policy
import data.hipaa.lib.testing as t
import rego.v1

_all_on := {"block_public_acls": true, "ignore_public_acls": true, "block_public_policy": true, "restrict_public_buckets": true}

_all_off := {"block_public_acls": false, "ignore_public_acls": false, "block_public_policy": false, "restrict_public_buckets": false}

_b(id, pab) := {"id": id, "name": id, "account": "111122223333", "public_access_block": pab}

_acct(account, pab) := {"id": concat("", ["arn:aws:s3::", account, ":account"]), "account": account, "public_access_block": pab}

_inv(buckets, accounts) := {"resources": {"aws_s3_bucket": buckets, "aws_s3_account_settings": accounts}}

test_all_on_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_s3_bucket", [_b("b", _all_on)])
}

test_one_off_fails if {
	policy.deny == {{"id": "b", "msg": "Bucket b does not block public access (block_public_policy off for the bucket and its account)."}} with input as t.inventory("aws_s3_bucket", [_b("b", object.union(_all_on, {"block_public_policy": false}))])
}

test_some_fail if {
	t.ids(policy.deny) == {"off", "half"} with input as t.inventory("aws_s3_bucket", [
		_b("on", _all_on),
		_b("off", _all_off),
		_b("half", object.union(_all_on, {"ignore_public_acls": false})),
	])
}

test_account_level_blocks_for_its_buckets if {
	t.ids(policy.deny) == {"other"} with input as _inv(
		[_b("mine", _all_off), object.union(_b("other", _all_off), {"account": "999999999999"})],
		[_acct("111122223333", _all_on)],
	)
}

test_bucket_and_account_settings_combine if {
	t.ids(policy.deny) == {"gap"} with input as _inv(
		[
			_b("combined", object.union(_all_off, {"block_public_acls": true, "ignore_public_acls": true})),
			_b("gap", object.union(_all_off, {"block_public_acls": true})),
		],
		[_acct("111122223333", object.union(_all_off, {"block_public_policy": true, "restrict_public_buckets": true}))],
	)
}

test_account_level_partly_off_names_what_is_off if {
	policy.deny == {{"id": "b", "msg": "Bucket b does not block public access (ignore_public_acls off for the bucket and its account)."}} with input as _inv(
		[_b("b", _all_off)],
		[_acct("111122223333", object.union(_all_on, {"ignore_public_acls": false}))],
	)
}

test_unreadable_account_setting_does_not_pass if {
	t.ids(policy.deny) == {"b"} with input as _inv([_b("b", _all_off)], [{"id": "acct", "account": "111122223333"}])
}

test_null_account_setting_does_not_pass if {
	t.ids(policy.deny) == {"b"} with input as _inv([_b("b", _all_off)], [_acct("111122223333", null)])
}

test_bucket_without_account_uses_its_own_settings if {
	t.ids(policy.deny) == {"b"} with input as _inv([{"id": "b", "public_access_block": _all_off}], [_acct("111122223333", _all_on)])
}

test_missing_field_fails if {
	policy.deny == {{"id": "b", "msg": "Bucket b does not block public access (block_public_acls, ignore_public_acls, block_public_policy, restrict_public_buckets off for the bucket and its account)."}} with input as t.inventory("aws_s3_bucket", [{"id": "b", "name": "b"}])
}

test_missing_field_with_account_level_on_passes if {
	t.ids(policy.deny) == set() with input as _inv([{"id": "b", "account": "111122223333"}], [_acct("111122223333", _all_on)])
}

test_null_field_fails if {
	t.ids(policy.deny) == {"b"} with input as t.inventory("aws_s3_bucket", [_b("b", null)])
}

test_null_settings_fail if {
	t.ids(policy.deny) == {"b"} with input as t.inventory("aws_s3_bucket", [_b("b", object.union(_all_on, {"restrict_public_buckets": null}))])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"str", "strs"} with input as t.inventory("aws_s3_bucket", [
		_b("str", "all"),
		_b("strs", {"block_public_acls": "true", "ignore_public_acls": "true", "block_public_policy": "true", "restrict_public_buckets": "true"}),
	])
}
