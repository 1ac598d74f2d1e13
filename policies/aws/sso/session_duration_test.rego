package hipaa.aws.sso.session_duration_test

import data.hipaa.aws.sso.session_duration as policy
import data.hipaa.lib.testing as t
import rego.v1

_p(id, iso, minutes) := {"id": id, "name": id, "session_duration": iso, "session_duration_minutes": minutes}

test_short_session_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_sso_permission_set", [_p("a", "PT1H", 60), _p("b", "PT8H", 480)])
}

test_long_session_fails if {
	policy.deny == {{"id": "a", "msg": "Permission set a allows sessions of PT12H (more than 8 hours)."}} with input as t.inventory("aws_sso_permission_set", [_p("a", "PT12H", 720)])
}

test_some_fail if {
	t.ids(policy.deny) == {"long"} with input as t.inventory("aws_sso_permission_set", [_p("ok", "PT4H", 240), _p("long", "PT9H", 540)])
}

test_missing_fails if {
	policy.deny == {{"id": "a", "msg": "Permission set a allows sessions of unknown length (more than 8 hours)."}} with input as t.inventory("aws_sso_permission_set", [{"id": "a"}])
}

test_null_fails if {
	t.ids(policy.deny) == {"a"} with input as t.inventory("aws_sso_permission_set", [_p("a", null, null)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"a"} with input as t.inventory("aws_sso_permission_set", [_p("a", "PT1H", "60")])
}
