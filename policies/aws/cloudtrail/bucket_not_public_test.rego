package hipaa.aws.cloudtrail.bucket_not_public_test

import data.hipaa.aws.cloudtrail.bucket_not_public as policy
import data.hipaa.lib.testing as t
import rego.v1

_acct := "111122223333"

_trail(id, bucket) := {"id": id, "name": id, "account": _acct, "s3_bucket": bucket}

_bucket(name, facts) := object.union({"id": concat("", ["arn:aws:s3:::", name]), "name": name, "account": _acct}, facts)

_good := {"public_access_block": {"block_public_acls": true, "ignore_public_acls": true, "block_public_policy": true, "restrict_public_buckets": true}, "policy": {"public_statements": 0}, "acl": {"public_permissions": []}}

_bad := {"public_access_block": {"block_public_acls": true, "ignore_public_acls": true, "block_public_policy": true, "restrict_public_buckets": true}, "policy": {"public_statements": 1}, "acl": {"public_permissions": []}}

_inv(trails, buckets) := {"resources": {"aws_cloudtrail_trail": trails, "aws_s3_bucket": buckets}}

test_good_bucket_passes if {
	t.ids(policy.deny) == set() with input as _inv([_trail("t", "logs")], [_bucket("logs", _good)])
}

test_bad_bucket_fails if {
	policy.deny == {{"id": "t", "msg": "Trail t delivers to bucket logs, which is not proven private."}} with input as _inv([_trail("t", "logs")], [_bucket("logs", _bad)])
}

test_some_fail if {
	t.ids(policy.deny) == {"t2"} with input as _inv(
		[_trail("t1", "good"), _trail("t2", "bad")],
		[_bucket("good", _good), _bucket("bad", _bad)],
	)
}

test_bucket_of_another_account_is_not_applicable if {
	inv := _inv([_trail("t", "archive-logs"), _trail("t2", "bad")], [_bucket("bad", _bad)])
	t.ids(policy.deny) == {"t2"} with input as inv
	t.reasons(policy.not_applicable) == {"t": "Trail t delivers to bucket archive-logs, which belongs to another account: judge it in the scan of the account that owns it."} with input as inv
}

test_bucket_collected_from_another_account_is_judged if {
	inv := _inv([_trail("t", "archive")], [object.union(_bucket("archive", _bad), {"account": "999999999999"})])
	t.ids(policy.deny) == {"t"} with input as inv
	t.ids(policy.not_applicable) == set() with input as inv
}

test_unknown_bucket_when_listing_failed_fails if {
	inv := {
		"resources": {"aws_cloudtrail_trail": [_trail("t", "archive-logs")]},
		"errors": [{"collector": "aws", "resource_type": "aws_s3_bucket", "account": _acct, "code": "AccessDenied", "message": "no"}],
	}
	t.ids(policy.deny) == {"t"} with input as inv
	t.ids(policy.not_applicable) == set() with input as inv
}

test_listing_failure_without_account_fails if {
	inv := {
		"resources": {"aws_cloudtrail_trail": [_trail("t", "archive-logs")]},
		"errors": [{"resource_type": "aws_s3_bucket", "account": null}],
	}
	t.ids(policy.deny) == {"t"} with input as inv
}

test_other_errors_do_not_hide_the_listing if {
	inv := {
		"resources": {"aws_cloudtrail_trail": [_trail("t", "archive-logs")]},
		"errors": [
			{"resource_type": "aws_s3_bucket", "account": _acct, "resource_id": "arn:aws:s3:::x", "field": "tags"},
			{"resource_type": "aws_s3_bucket", "account": "999999999999"},
			{"resource_type": "aws_rds_instance", "account": _acct},
		],
	}
	t.ids(policy.not_applicable) == {"t"} with input as inv
	t.ids(policy.deny) == set() with input as inv
}

test_trail_without_account_cannot_place_its_bucket if {
	inv := _inv([{"id": "t", "s3_bucket": "archive-logs"}], [])
	t.ids(policy.deny) == {"t"} with input as inv
	t.ids(policy.not_applicable) == set() with input as inv
}

test_missing_bucket_field_fails if {
	policy.deny == {{"id": "t", "msg": "Trail t delivers to bucket unknown, which is not proven private."}} with input as _inv([{"id": "t", "account": _acct}], [_bucket("logs", _good)])
}

test_null_bucket_field_fails if {
	t.ids(policy.deny) == {"t"} with input as _inv([_trail("t", null)], [_bucket("logs", _good)])
}

test_wrong_type_bucket_field_fails if {
	t.ids(policy.deny) == {"t"} with input as _inv([_trail("t", ["logs"])], [_bucket("logs", _good)])
}

test_bucket_facts_missing_fail if {
	t.ids(policy.deny) == {"t"} with input as _inv([_trail("t", "logs")], [_bucket("logs", {})])
}

_pab_off := {"block_public_acls": false, "ignore_public_acls": false, "block_public_policy": false, "restrict_public_buckets": false}

_pab_on := {"block_public_acls": true, "ignore_public_acls": true, "block_public_policy": true, "restrict_public_buckets": true}

test_each_way_to_be_public_fails if {
	t.ids(policy.deny) == {"t1", "t2", "t3"} with input as _inv(
		[_trail("t1", "b1"), _trail("t2", "b2"), _trail("t3", "b3"), _trail("t4", "b4")],
		[
			_bucket("b1", object.union(_good, {"public_access_block": object.union(_pab_on, {"restrict_public_buckets": false})})),
			_bucket("b2", object.union(_good, {"acl": {"public_permissions": ["READ"]}})),
			_bucket("b3", object.union(_good, {"policy": {"public_statements": 2}})),
			_bucket("b4", _good),
		],
	)
}

test_account_level_block_public_access_counts if {
	t.ids(policy.deny) == {"t2"} with input as {"resources": {
		"aws_cloudtrail_trail": [_trail("t1", "b1"), _trail("t2", "b2")],
		"aws_s3_bucket": [
			_bucket("b1", object.union(_good, {"public_access_block": _pab_off})),
			object.union(_bucket("b2", object.union(_good, {"public_access_block": _pab_off})), {"account": "999999999999"}),
		],
		"aws_s3_account_settings": [{"id": "s", "account": _acct, "public_access_block": _pab_on}],
	}}
}

test_unreadable_account_setting_does_not_count if {
	t.ids(policy.deny) == {"t1"} with input as {"resources": {
		"aws_cloudtrail_trail": [_trail("t1", "b1")],
		"aws_s3_bucket": [_bucket("b1", object.union(_good, {"public_access_block": _pab_off}))],
		"aws_s3_account_settings": [{"id": "s", "account": _acct}, {"id": "s2", "account": _acct, "public_access_block": null}],
	}}
}

test_bucket_facts_null_or_wrong_type_fail if {
	t.ids(policy.deny) == {"t1", "t2", "t3", "t4", "t5"} with input as _inv(
		[_trail("t1", "b1"), _trail("t2", "b2"), _trail("t3", "b3"), _trail("t4", "b4"), _trail("t5", "b5")],
		[
			_bucket("b1", object.union(_good, {"public_access_block": null})),
			_bucket("b2", object.union(_good, {"policy": {"public_statements": null}})),
			_bucket("b3", object.union(_good, {"acl": {"public_permissions": null}})),
			_bucket("b4", object.union(_good, {"policy": {"public_statements": "0"}})),
			_bucket("b5", object.union(_good, {"public_access_block": "on"})),
		],
	)
}
