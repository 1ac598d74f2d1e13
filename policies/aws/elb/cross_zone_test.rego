package hipaa.aws.elb.cross_zone_test

import data.hipaa.aws.elb.cross_zone as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "cross_zone_load_balancing": true}

_inv(rs) := t.inventory("aws_elb_load_balancer", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "Classic Load Balancer a does not balance across zones."}} with input as _inv([object.union(_good, {"cross_zone_load_balancing": false})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"cross_zone_load_balancing": false, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_cross_zone_load_balancing_fails if {
	policy.deny == {{"id": "a", "msg": "Classic Load Balancer a: its cross-zone setting could not be read."}} with input as _inv([object.remove(_good, ["cross_zone_load_balancing"])])
}

test_null_cross_zone_load_balancing_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"cross_zone_load_balancing": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"cross_zone_load_balancing": "true"})])
}
