package hipaa.aws.iam.role_session_duration_test

import data.hipaa.aws.iam.role_session_duration as policy
import rego.v1

test_one_hour_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_iam_role": [{"id": "r1", "name": "n1", "trust": {"human_assumable": true}, "max_session_duration": 3600}]}}
}

test_service_role_ignored if {
	count(policy.deny) == 0 with input as {"resources": {"aws_iam_role": [{"id": "r1", "name": "n1", "trust": {"human_assumable": false}, "max_session_duration": 43200}]}}
}

test_twelve_hours_fails if {
	policy.deny == {{"id": "r1", "msg": "IAM role n1 lets people keep a session for 43200 seconds (more than 8 hours)."}} with input as {"resources": {"aws_iam_role": [{"id": "r1", "name": "n1", "trust": {"human_assumable": true}, "max_session_duration": 43200}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_iam_role": [{"id": "r1", "name": "n1"}]}}
}
