package hipaa.aws.elasticbeanstalk.managed_updates_test

import data.hipaa.aws.elasticbeanstalk.managed_updates as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "managed_actions_enabled": "true"}

_inv(rs) := t.inventory("aws_elastic_beanstalk_environment", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "Elastic Beanstalk environment a does not take managed platform updates."}} with input as _inv([object.union(_good, {"managed_actions_enabled": "false"})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"managed_actions_enabled": "false", "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_managed_actions_enabled if {
	policy.deny == {{"id": "a", "msg": "Elastic Beanstalk environment a: its managed update setting could not be determined."}} with input as _inv([object.remove(_good, ["managed_actions_enabled"])])
}

test_null_managed_actions_enabled if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"managed_actions_enabled": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"managed_actions_enabled": true})])
}
