package hipaa.aws.cloudtrail.bucket_access_logging_test

import data.hipaa.aws.cloudtrail.bucket_access_logging as policy
import data.hipaa.lib.testing as t
import rego.v1

_acct := "111122223333"

_trail(id, bucket) := {"id": id, "name": id, "account": _acct, "s3_bucket": bucket}

_bucket(name, facts) := object.union({"id": concat("", ["arn:aws:s3:::", name]), "name": name, "account": _acct}, facts)

_good := {"logging": {"enabled": true, "target_bucket": "access-logs"}}

_bad := {"logging": {"enabled": false, "target_bucket": null}}

_inv(trails, buckets) := {"resources": {"aws_cloudtrail_trail": trails, "aws_s3_bucket": buckets}}

test_good_bucket_passes if {
	t.ids(policy.deny) == set() with input as _inv([_trail("t", "logs")], [_bucket("logs", _good)])
}

test_bad_bucket_fails if {
	policy.deny == {{"id": "t", "msg": "Trail t delivers to bucket logs, which has no access logging."}} with input as _inv([_trail("t", "logs")], [_bucket("logs", _bad)])
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
	policy.deny == {{"id": "t", "msg": "Trail t delivers to bucket unknown, which has no access logging."}} with input as _inv([{"id": "t", "account": _acct}], [_bucket("logs", _good)])
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

test_bucket_facts_null_or_wrong_type_fail if {
	t.ids(policy.deny) == {"t1", "t2", "t3", "t4"} with input as _inv(
		[_trail("t1", "b1"), _trail("t2", "b2"), _trail("t3", "b3"), _trail("t4", "b4")],
		[
			_bucket("b1", {"logging": null}),
			_bucket("b2", {"logging": {"enabled": true, "target_bucket": null}}),
			_bucket("b3", {"logging": {"enabled": "true", "target_bucket": "x"}}),
			_bucket("b4", {"logging": {"enabled": true, "target_bucket": 5}}),
		],
	)
}
