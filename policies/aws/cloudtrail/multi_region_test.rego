package hipaa.aws.cloudtrail.multi_region_test

import data.hipaa.aws.cloudtrail.multi_region as policy
import data.hipaa.lib.testing as t
import rego.v1

_inv(trails) := {"resources": {"aws_account": [{"id": "111", "name": "111"}, {"id": "222"}], "aws_cloudtrail_trail": trails}}

_ok(account) := {"id": concat("", ["t-", account]), "account": account, "is_multi_region": true, "is_logging": true}

test_logging_multi_region_trail_passes if {
	t.ids(policy.deny) == set() with input as _inv([_ok("111"), _ok("222")])
}

test_no_trail_fails if {
	policy.deny == {
		{"id": "111", "msg": "Account 111 has no logging multi-region CloudTrail trail."},
		{"id": "222", "msg": "Account 222 has no logging multi-region CloudTrail trail."},
	} with input as _inv([])
}

test_only_the_uncovered_account_fails if {
	t.ids(policy.deny) == {"222"} with input as _inv([
		_ok("111"),
		{"id": "single", "account": "222", "is_multi_region": false, "is_logging": true},
		{"id": "stopped", "account": "222", "is_multi_region": true, "is_logging": false},
	])
}

test_missing_fields_fail if {
	t.ids(policy.deny) == {"111", "222"} with input as _inv([
		{"id": "a", "account": "111", "is_logging": true},
		{"id": "b", "account": "111", "is_multi_region": true},
		{"id": "c", "is_multi_region": true, "is_logging": true},
	])
}

test_null_fields_fail if {
	t.ids(policy.deny) == {"111", "222"} with input as _inv([
		{"id": "a", "account": "111", "is_multi_region": null, "is_logging": true},
		{"id": "b", "account": "222", "is_multi_region": true, "is_logging": null},
		{"id": "c", "account": null, "is_multi_region": true, "is_logging": true},
	])
}

test_wrong_types_fail if {
	t.ids(policy.deny) == {"111", "222"} with input as _inv([
		{"id": "a", "account": "111", "is_multi_region": "true", "is_logging": true},
		{"id": "b", "account": "222", "is_multi_region": true, "is_logging": 1},
		"not-a-trail",
	])
}

# A trail without its account must not make the set of covered accounts undefined (regorus
# dropped or raised on the whole set): the other account stays covered.
test_trail_without_account_covers_nothing_and_blinds_nothing if {
	t.ids(policy.deny) == {"222"} with input as _inv([_ok("111"), object.remove(_ok("222"), ["account"])])
}
