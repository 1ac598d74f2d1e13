package hipaa.aws.cloudtrail.s3_data_events_test

import data.hipaa.aws.cloudtrail.s3_data_events as policy
import data.hipaa.lib.testing as t
import rego.v1

_inv(trails) := {"resources": {"aws_account": [{"id": "a1"}, {"id": "a2"}], "aws_cloudtrail_trail": trails}}

test_data_events_pass if {
	t.ids(policy.deny) == set() with input as _inv([
		{"id": "t1", "account": "a1", "is_logging": true, "s3_data_events": true},
		{"id": "t2", "account": "a2", "is_logging": true, "s3_data_events": true},
	])
}

test_not_logging_fails if {
	policy.deny == {{"id": "a1", "msg": "Account a1 has no logging trail recording S3 data events."}} with input as _inv([
		{"id": "t1", "account": "a1", "is_logging": false, "s3_data_events": true},
		{"id": "t2", "account": "a2", "is_logging": true, "s3_data_events": true},
	])
}

test_no_data_events_fails if {
	t.ids(policy.deny) == {"a2"} with input as _inv([
		{"id": "t1", "account": "a1", "is_logging": true, "s3_data_events": true},
		{"id": "t2", "account": "a2", "is_logging": true, "s3_data_events": false},
	])
}

test_missing_fields_fail if {
	t.ids(policy.deny) == {"a1", "a2"} with input as _inv([
		{"id": "t1", "account": "a1", "is_logging": true},
		{"id": "t2", "account": "a2", "s3_data_events": true},
		{"id": "t3", "is_logging": true, "s3_data_events": true},
	])
}

test_null_fields_fail if {
	t.ids(policy.deny) == {"a1", "a2"} with input as _inv([
		{"id": "t1", "account": "a1", "is_logging": true, "s3_data_events": null},
		{"id": "t2", "account": "a2", "is_logging": null, "s3_data_events": true},
	])
}

test_wrong_types_fail if {
	t.ids(policy.deny) == {"a1", "a2"} with input as _inv([
		{"id": "t1", "account": "a1", "is_logging": true, "s3_data_events": "true"},
		{"id": "t2", "account": "a2", "is_logging": "yes", "s3_data_events": true},
	])
}

# A trail without its account covers nothing and does not make the covered set undefined.
test_trail_without_account_covers_nothing_and_blinds_nothing if {
	t.ids(policy.deny) == {"a2"} with input as _inv([
		{"id": "t1", "account": "a1", "is_logging": true, "s3_data_events": true},
		{"id": "t2", "is_logging": true, "s3_data_events": true},
	])
}
