package hipaa.aws.ssm.session_idle_timeout_test

import data.hipaa.aws.ssm.session_idle_timeout as policy
import rego.v1

test_fifteen_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_ssm_settings": [{"id": "r1", "name": "n1", "region": "x", "session_manager": {"preferences_set": true, "idle_session_timeout_minutes": 15}}]}}
}

test_sixty_fails if {
	policy.deny == {{"id": "r1", "msg": "Session Manager in x has no idle timeout of 20 minutes or less."}} with input as {"resources": {"aws_ssm_settings": [{"id": "r1", "name": "n1", "region": "x", "session_manager": {"preferences_set": true, "idle_session_timeout_minutes": 60}}]}}
}

test_not_set_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_ssm_settings": [{"id": "r1", "name": "n1", "region": "x", "session_manager": {"preferences_set": false}}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_ssm_settings": [{"id": "r1", "name": "n1", "region": "x"}]}}
}
