package hipaa.aws.cloudwatch.alarm_actions_test

import data.hipaa.aws.cloudwatch.alarm_actions as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "actions_enabled": true, "alarm_actions": ["arn:aws:sns:us-east-1:1:t"]}

_inv(rs) := t.inventory("aws_cloudwatch_alarm", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "CloudWatch alarm a has no enabled alarm action."}} with input as _inv([object.union(_good, {"actions_enabled": false})])
}

test_fails_1 if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"alarm_actions": []})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"actions_enabled": false, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_actions_enabled_fails if {
	policy.deny == {{"id": "a", "msg": "CloudWatch alarm a: its actions could not be determined."}} with input as _inv([object.remove(_good, ["actions_enabled"])])
}

test_null_actions_enabled_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"actions_enabled": null})])
}

test_missing_alarm_actions_fails if {
	policy.deny == {{"id": "a", "msg": "CloudWatch alarm a: its actions could not be determined."}} with input as _inv([object.remove(_good, ["alarm_actions"])])
}

test_null_alarm_actions_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"alarm_actions": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"actions_enabled": "true"})])
}

test_wrong_type_1_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"alarm_actions": "arn"})])
}
