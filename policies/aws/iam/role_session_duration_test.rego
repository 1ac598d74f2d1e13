package hipaa.aws.iam.role_session_duration_test

import data.hipaa.aws.iam.role_session_duration as policy
import data.hipaa.lib.testing as t
import rego.v1

_r(id, human, secs) := {"id": id, "name": id, "trust": {"human_assumable": human}, "max_session_duration": secs}

test_short_session_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_iam_role", [_r("a", true, 3600), _r("b", true, 28800)])
}

test_long_session_fails if {
	policy.deny == {{"id": "a", "msg": "IAM role a lets people keep a session for 43200 seconds (more than 8 hours)."}} with input as t.inventory("aws_iam_role", [_r("a", true, 43200)])
}

test_service_role_is_not_applicable if {
	inv := t.inventory("aws_iam_role", [_r("svc", false, 43200), _r("people", true, 43200)])
	t.ids(policy.deny) == {"people"} with input as inv
	t.reasons(policy.not_applicable) == {"svc": "IAM role svc can be assumed only by AWS services, not by people."} with input as inv
}

test_missing_fails if {
	policy.deny == {{"id": "a", "msg": "IAM role a lets people keep a session for unknown seconds (more than 8 hours)."}} with input as t.inventory("aws_iam_role", [{"id": "a", "trust": {"human_assumable": true}}])
	t.ids(policy.deny) == {"b"} with input as t.inventory("aws_iam_role", [{"id": "b", "max_session_duration": 43200}])
}

test_null_fails if {
	t.ids(policy.deny) == {"secs", "trust"} with input as t.inventory("aws_iam_role", [_r("secs", true, null), _r("trust", null, 43200)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"secs", "trust"} with input as t.inventory("aws_iam_role", [_r("secs", true, "3600"), _r("trust", "false", 43200)])
}
