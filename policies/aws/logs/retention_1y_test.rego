package hipaa.aws.logs.retention_1y_test

import data.hipaa.aws.logs.retention_1y as policy
import data.hipaa.lib.testing as t
import rego.v1

_g(id, days, never) := {"id": id, "name": id, "retention_in_days": days, "never_expire": never}

test_long_retention_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_cloudwatch_log_group", [_g("exact", 365, false), _g("more", 400, false)])
}

test_never_expire_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_cloudwatch_log_group", [_g("g", null, true), {"id": "h", "never_expire": true}])
}

test_short_retention_fails if {
	policy.deny == {{"id": "g", "msg": "Log group app keeps logs for 30 days (less than 365)."}} with input as t.inventory("aws_cloudwatch_log_group", [{"id": "g", "name": "app", "retention_in_days": 30, "never_expire": false}])
}

test_some_fail if {
	t.ids(policy.deny) == {"short"} with input as t.inventory("aws_cloudwatch_log_group", [_g("ok", 365, false), _g("short", 364, false), _g("never", null, true)])
}

test_missing_fails if {
	policy.deny == {{"id": "g", "msg": "Log group g keeps logs for unknown days (less than 365)."}} with input as t.inventory("aws_cloudwatch_log_group", [{"id": "g"}])
}

test_missing_retention_without_never_expire_fails if {
	t.ids(policy.deny) == {"g"} with input as t.inventory("aws_cloudwatch_log_group", [{"id": "g", "never_expire": false}])
}

test_null_fails if {
	t.ids(policy.deny) == {"both", "days"} with input as t.inventory("aws_cloudwatch_log_group", [_g("both", null, null), _g("days", null, false)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"str", "never"} with input as t.inventory("aws_cloudwatch_log_group", [_g("str", "9999", false), _g("never", null, "true")])
}
