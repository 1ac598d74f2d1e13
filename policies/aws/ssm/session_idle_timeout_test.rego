package hipaa.aws.ssm.session_idle_timeout_test

import data.hipaa.aws.ssm.session_idle_timeout as policy
import data.hipaa.lib.testing as t
import rego.v1

_r(id, sm) := {"id": id, "name": id, "region": id, "session_manager": sm}

test_short_timeout_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_ssm_settings", [_r("a", {"preferences_set": true, "idle_session_timeout_minutes": 15}), _r("b", {"preferences_set": true, "idle_session_timeout_minutes": 20})])
}

test_long_timeout_fails if {
	policy.deny == {{"id": "r1", "msg": "Session Manager in x has no idle timeout of 20 minutes or less."}} with input as t.inventory("aws_ssm_settings", [{"id": "r1", "name": "n1", "region": "x", "session_manager": {"preferences_set": true, "idle_session_timeout_minutes": 60}}])
}

test_some_fail if {
	t.ids(policy.deny) == {"b", "c"} with input as t.inventory("aws_ssm_settings", [
		_r("a", {"preferences_set": true, "idle_session_timeout_minutes": 10}),
		_r("b", {"preferences_set": true, "idle_session_timeout_minutes": 21}),
		_r("c", {"preferences_set": false}),
	])
}

test_not_set_fails if {
	policy.deny == {{"id": "r1", "msg": "Session Manager in x has no idle timeout of 20 minutes or less."}} with input as t.inventory("aws_ssm_settings", [{"id": "r1", "region": "x", "session_manager": {"preferences_set": false}}])
}

test_missing_fails if {
	policy.deny == {{"id": "r1", "msg": "Session Manager in n1 has no idle timeout of 20 minutes or less."}} with input as t.inventory("aws_ssm_settings", [{"id": "r1", "name": "n1"}])
}

test_null_fails if {
	t.ids(policy.deny) == {"sm", "minutes"} with input as t.inventory("aws_ssm_settings", [_r("sm", null), _r("minutes", {"preferences_set": true, "idle_session_timeout_minutes": null})])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"sm", "minutes"} with input as t.inventory("aws_ssm_settings", [_r("sm", "20"), _r("minutes", {"preferences_set": true, "idle_session_timeout_minutes": "15"})])
}
