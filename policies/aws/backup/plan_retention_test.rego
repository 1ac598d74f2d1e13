package hipaa.aws.backup.plan_retention_test

import data.hipaa.aws.backup.plan_retention as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "rules": [{"name": "daily", "schedule": "cron(0 5 * * ? *)", "delete_after_days": 35}]}

_inv(rs) := t.inventory("aws_backup_plan", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "Backup plan a has a rule that keeps recovery points less than 35 days, or no rule."}} with input as _inv([object.union(_good, {"rules": [{"name": "daily", "schedule": "cron(0 5 * * ? *)", "delete_after_days": 7}]})])
}

test_fails_1 if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"rules": []})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"rules": [{"name": "daily", "schedule": "cron(0 5 * * ? *)", "delete_after_days": 7}], "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_rules_fails if {
	policy.deny == {{"id": "a", "msg": "Backup plan a: its rules could not be read."}} with input as _inv([object.remove(_good, ["rules"])])
}

test_null_rules_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"rules": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"rules": "daily"})])
}

test_wrong_type_1_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"rules": [{"name": "x", "delete_after_days": "35"}]})])
}

test_wrong_type_2_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"rules": [{"name": "x"}]})])
}

test_also_passes_0 if {
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"rules": [{"name": "forever", "schedule": "cron(0 5 * * ? *)", "delete_after_days": null}]})])
}
