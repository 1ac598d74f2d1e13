package hipaa.aws.elasticbeanstalk.enhanced_health_test

import data.hipaa.aws.elasticbeanstalk.enhanced_health as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "health_reporting": "enhanced"}

_inv(rs) := t.inventory("aws_elastic_beanstalk_environment", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "Elastic Beanstalk environment a does not use enhanced health reporting."}} with input as _inv([object.union(_good, {"health_reporting": "basic"})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"health_reporting": "basic", "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_health_reporting if {
	policy.deny == {{"id": "a", "msg": "Elastic Beanstalk environment a: its health reporting setting could not be determined."}} with input as _inv([object.remove(_good, ["health_reporting"])])
}

test_null_health_reporting if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"health_reporting": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"health_reporting": 1})])
}
