package hipaa.aws.cloudtrail.multi_region_test

import data.hipaa.aws.cloudtrail.multi_region as policy
import rego.v1

_inv(trails) := {"resources": {"aws_account": [{"id": "111", "name": "111"}], "aws_cloudtrail_trail": trails}}

test_logging_multi_region_trail_passes if {
	count(policy.deny) == 0 with input as _inv([{"id": "t", "account": "111", "is_multi_region": true, "is_logging": true}])
}

test_no_trail_fails if {
	policy.deny == {{"id": "111", "msg": "Account 111 has no logging multi-region CloudTrail trail."}} with input as _inv([])
}

test_single_region_trail_fails if {
	count(policy.deny) == 1 with input as _inv([{"id": "t", "account": "111", "is_multi_region": false, "is_logging": true}])
}

test_stopped_trail_fails if {
	count(policy.deny) == 1 with input as _inv([{"id": "t", "account": "111", "is_multi_region": true, "is_logging": false}])
}

test_other_accounts_trail_does_not_count if {
	count(policy.deny) == 1 with input as _inv([{"id": "t", "account": "222", "is_multi_region": true, "is_logging": true}])
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as _inv([{"id": "t", "account": "111", "is_multi_region": true}])
}
