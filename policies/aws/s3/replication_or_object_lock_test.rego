package hipaa.aws.s3.replication_or_object_lock_test

import data.hipaa.aws.s3.replication_or_object_lock as policy
import data.hipaa.lib.testing as t
import rego.v1

_acct := "111122223333"

_b(name, region, lock, repl) := {"id": concat("", ["arn:aws:s3:::", name]), "name": name, "account": _acct, "region": region, "object_lock": {"enabled": lock}, "replication": repl}

_to(dests) := {"enabled": true, "destinations": dests}

_none := {"enabled": false, "destinations": []}

test_object_lock_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_s3_bucket", [_b("n1", "us-east-1", true, _none)])
}

test_cross_region_replication_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_s3_bucket", [
		_b("n1", "us-east-1", false, _to(["arn:aws:s3:::n2"])),
		_b("n2", "eu-west-1", true, _none),
	])
}

test_same_region_replication_fails if {
	policy.deny == {{"id": "arn:aws:s3:::n1", "msg": "Bucket n1 has neither cross-region replication nor Object Lock."}} with input as t.inventory("aws_s3_bucket", [
		_b("n1", "us-east-1", false, _to(["arn:aws:s3:::n2"])),
		_b("n2", "us-east-1", true, _none),
	])
}

test_some_fail if {
	t.ids(policy.deny) == {"arn:aws:s3:::bad", "arn:aws:s3:::off"} with input as t.inventory("aws_s3_bucket", [
		_b("locked", "us-east-1", true, _none),
		_b("bad", "us-east-1", false, _none),
		_b("off", "us-east-1", false, {"enabled": false, "destinations": ["arn:aws:s3:::locked"]}),
		_b("repl", "eu-west-1", false, _to(["arn:aws:s3:::locked"])),
	])
}

test_destination_in_another_account_is_not_applicable if {
	inv := t.inventory("aws_s3_bucket", [
		_b("n1", "us-east-1", false, _to(["arn:aws:s3:::backup-acct-bucket"])),
		_b("bad", "us-east-1", false, _none),
	])
	t.ids(policy.deny) == {"arn:aws:s3:::bad"} with input as inv
	t.reasons(policy.not_applicable) == {"arn:aws:s3:::n1": "Bucket n1 replicates to arn:aws:s3:::backup-acct-bucket, which belongs to another account: judge it in the scan of the account that owns it."} with input as inv
}

test_destination_unknown_when_listing_failed_fails if {
	inv := {
		"resources": {"aws_s3_bucket": [_b("n1", "us-east-1", false, _to(["arn:aws:s3:::x"]))]},
		"errors": [{"collector": "aws", "resource_type": "aws_s3_bucket", "account": _acct, "code": "AccessDenied"}],
	}
	t.ids(policy.deny) == {"arn:aws:s3:::n1"} with input as inv
	t.ids(policy.not_applicable) == set() with input as inv
}

test_per_bucket_error_is_not_a_listing_failure if {
	inv := {
		"resources": {"aws_s3_bucket": [_b("n1", "us-east-1", false, _to(["arn:aws:s3:::x"]))]},
		"errors": [{"resource_type": "aws_s3_bucket", "account": _acct, "resource_id": "arn:aws:s3:::n1", "field": "tags"}],
	}
	t.ids(policy.not_applicable) == {"arn:aws:s3:::n1"} with input as inv
}

test_bucket_without_account_cannot_place_its_destination if {
	inv := t.inventory("aws_s3_bucket", [{"id": "b", "region": "us-east-1", "object_lock": {"enabled": false}, "replication": _to(["arn:aws:s3:::x"])}])
	t.ids(policy.deny) == {"b"} with input as inv
	t.ids(policy.not_applicable) == set() with input as inv
}

test_missing_fails if {
	t.ids(policy.deny) == {"all", "lock", "regions"} with input as t.inventory("aws_s3_bucket", [
		{"id": "all"},
		{"id": "lock", "region": "us-east-1", "replication": _none},
		{"id": "regions", "replication": _to(["arn:aws:s3:::dest"])},
		{"id": "arn:aws:s3:::dest", "object_lock": {"enabled": true}},
	])
}

test_null_fails if {
	t.ids(policy.deny) == {"arn:aws:s3:::lock", "arn:aws:s3:::repl", "arn:aws:s3:::region", "arn:aws:s3:::dests", "arn:aws:s3:::toreg", "arn:aws:s3:::noreg"} with input as t.inventory("aws_s3_bucket", [
		_b("toreg", "us-east-1", false, _to(["arn:aws:s3:::noreg"])),
		_b("noreg", null, false, _none),
		_b("lock", "us-east-1", null, _none),
		_b("repl", "us-east-1", false, null),
		_b("region", null, false, _to(["arn:aws:s3:::eu"])),
		_b("dests", "us-east-1", false, {"enabled": true, "destinations": null}),
		_b("eu", "eu-west-1", true, _none),
	])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"arn:aws:s3:::lock", "arn:aws:s3:::dests", "arn:aws:s3:::dest"} with input as t.inventory("aws_s3_bucket", [
		_b("lock", "us-east-1", "true", _none),
		_b("dests", "us-east-1", false, {"enabled": true, "destinations": "arn:aws:s3:::eu"}),
		_b("dest", "us-east-1", false, _to([7])),
		_b("eu", "eu-west-1", true, _none),
	])
}
