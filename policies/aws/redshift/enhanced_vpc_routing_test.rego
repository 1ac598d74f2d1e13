package hipaa.aws.redshift.enhanced_vpc_routing_test

import data.hipaa.aws.redshift.enhanced_vpc_routing as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "enhanced_vpc_routing": true}

_inv(rs) := t.inventory("aws_redshift_cluster", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "Redshift cluster a does not use enhanced VPC routing."}} with input as _inv([object.union(_good, {"enhanced_vpc_routing": false})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"enhanced_vpc_routing": false, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_enhanced_vpc_routing_fails if {
	policy.deny == {{"id": "a", "msg": "Redshift cluster a: whether it uses enhanced VPC routing could not be determined."}} with input as _inv([object.remove(_good, ["enhanced_vpc_routing"])])
}

test_null_enhanced_vpc_routing_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"enhanced_vpc_routing": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"enhanced_vpc_routing": "true"})])
}
