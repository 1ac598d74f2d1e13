package hipaa.aws.sso.session_duration_test

import data.hipaa.aws.sso.session_duration as policy
import rego.v1

test_four_hours_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_sso_permission_set": [{"id": "r1", "name": "n1", "session_duration": "PT4H", "session_duration_minutes": 240}]}}
}

test_twelve_hours_fails if {
	policy.deny == {{"id": "r1", "msg": "Permission set n1 allows sessions of PT12H (more than 8 hours)."}} with input as {"resources": {"aws_sso_permission_set": [{"id": "r1", "name": "n1", "session_duration": "PT12H", "session_duration_minutes": 720}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_sso_permission_set": [{"id": "r1", "name": "n1"}]}}
}
