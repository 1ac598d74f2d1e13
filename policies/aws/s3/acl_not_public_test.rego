package hipaa.aws.s3.acl_not_public_test

import data.hipaa.aws.s3.acl_not_public as policy
import data.hipaa.lib.testing as t
import rego.v1

_b(id, perms, ignore) := {"id": id, "name": id, "account": "111122223333", "acl": {"public_permissions": perms}, "public_access_block": {"ignore_public_acls": ignore}}

_inv(buckets, accounts) := {"resources": {"aws_s3_bucket": buckets, "aws_s3_account_settings": accounts}}

test_private_acl_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_s3_bucket", [_b("b", [], false)])
}

test_public_grant_fails if {
	policy.deny == {{"id": "b", "msg": "Bucket b has an ACL granting READ, WRITE to everyone."}} with input as t.inventory("aws_s3_bucket", [_b("b", ["READ", "WRITE"], false)])
}

test_some_fail if {
	t.ids(policy.deny) == {"public"} with input as t.inventory("aws_s3_bucket", [
		_b("private", [], false),
		_b("public", ["READ"], false),
		_b("ignored", ["READ"], true),
	])
}

test_account_ignore_public_acls_protects_its_buckets if {
	t.ids(policy.deny) == {"other"} with input as _inv(
		[_b("mine", ["READ"], false), object.union(_b("other", ["READ"], false), {"account": "999999999999"})],
		[{"id": "s", "account": "111122223333", "public_access_block": {"ignore_public_acls": true}}],
	)
}

test_account_setting_off_or_unreadable_does_not_protect if {
	t.ids(policy.deny) == {"b"} with input as _inv(
		[_b("b", ["READ"], false)],
		[
			{"id": "s1", "account": "111122223333", "public_access_block": {"ignore_public_acls": false}},
			{"id": "s2", "account": "111122223333"},
			{"id": "s3", "account": "111122223333", "public_access_block": null},
		],
	)
}

test_missing_acl_fails if {
	policy.deny == {{"id": "b", "msg": "Bucket b has no readable ACL."}} with input as t.inventory("aws_s3_bucket", [{"id": "b", "name": "b"}])
}

test_missing_acl_fails_even_when_ignored if {
	t.ids(policy.deny) == {"b"} with input as t.inventory("aws_s3_bucket", [{"id": "b", "public_access_block": {"ignore_public_acls": true}}])
}

test_missing_ignore_setting_judges_the_acl if {
	t.ids(policy.deny) == {"public"} with input as t.inventory("aws_s3_bucket", [
		{"id": "public", "acl": {"public_permissions": ["READ"]}},
		{"id": "private", "acl": {"public_permissions": []}},
	])
}

test_null_fails if {
	t.ids(policy.deny) == {"acl", "perms", "ignore"} with input as t.inventory("aws_s3_bucket", [
		{"id": "acl", "acl": null},
		{"id": "perms", "acl": {"public_permissions": null}},
		_b("ignore", ["READ"], null),
	])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"str", "num"} with input as t.inventory("aws_s3_bucket", [
		{"id": "str", "acl": {"public_permissions": "READ"}},
		_b("num", [5], false),
	])
}

test_wrong_type_message if {
	policy.deny == {{"id": "b", "msg": "Bucket b has an ACL granting unknown to everyone."}} with input as t.inventory("aws_s3_bucket", [_b("b", [true], false)])
}
