package hipaa.aws.guardduty.no_stale_high_findings_test

import data.hipaa.aws.guardduty.no_stale_high_findings as policy
import rego.v1

test_none_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_guardduty_settings": [{"id": "r1", "name": "n1", "region": "x", "enabled": true, "stale_high_findings": 0}]}}
}

test_disabled_left_to_gd01 if {
	count(policy.deny) == 0 with input as {"resources": {"aws_guardduty_settings": [{"id": "r1", "name": "n1", "region": "x", "enabled": false}]}}
}

test_stale_fails if {
	policy.deny == {{"id": "r1", "msg": "GuardDuty in x has 3 high-severity findings open for more than 30 days."}} with input as {"resources": {"aws_guardduty_settings": [{"id": "r1", "name": "n1", "region": "x", "enabled": true, "stale_high_findings": 3}]}}
}

test_missing_field_fails if {
	policy.deny == {{"id": "r1", "msg": "GuardDuty in x has an unknown number of high-severity findings open for more than 30 days."}} with input as {"resources": {"aws_guardduty_settings": [{"id": "r1", "name": "n1", "region": "x", "enabled": true}]}}
}
