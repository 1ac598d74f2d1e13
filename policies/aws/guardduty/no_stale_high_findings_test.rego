package hipaa.aws.guardduty.no_stale_high_findings_test

import data.hipaa.aws.guardduty.no_stale_high_findings as policy
import data.hipaa.lib.testing as t
import rego.v1

_r(id, enabled, stale) := {"id": id, "name": id, "region": id, "enabled": enabled, "stale_high_findings": stale}

test_no_stale_findings_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_guardduty_settings", [_r("a", true, 0)])
}

test_stale_findings_fail if {
	policy.deny == {{"id": "a", "msg": "GuardDuty in a has 3 high-severity findings open for more than 30 days."}} with input as t.inventory("aws_guardduty_settings", [_r("a", true, 3)])
}

test_disabled_is_not_applicable if {
	inv := t.inventory("aws_guardduty_settings", [{"id": "a", "region": "a", "enabled": false}, _r("b", true, 1)])
	t.ids(policy.deny) == {"b"} with input as inv
	t.reasons(policy.not_applicable) == {"a": "GuardDuty is not enabled in a, so it has no findings (AWS-GD-01 judges that)."} with input as inv
}

test_missing_fails if {
	policy.deny == {{"id": "a", "msg": "GuardDuty in a has an unknown number of high-severity findings open for more than 30 days."}} with input as t.inventory("aws_guardduty_settings", [{"id": "a"}])
	t.ids(policy.deny) == {"a"} with input as t.inventory("aws_guardduty_settings", [{"id": "a", "enabled": true}])
}

test_null_fails if {
	t.ids(policy.deny) == {"a", "b"} with input as t.inventory("aws_guardduty_settings", [_r("a", true, null), _r("b", null, null)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"a", "b"} with input as t.inventory("aws_guardduty_settings", [_r("a", true, "0"), _r("b", "false", 2)])
}
