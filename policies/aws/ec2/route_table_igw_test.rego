package hipaa.aws.ec2.route_table_igw_test

import data.hipaa.aws.ec2.route_table_igw as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "routes": [{"destination": "10.0.0.0/16", "gateway_id": "local", "state": "active"}, {"destination": "0.0.0.0/0", "gateway_id": null, "state": "active"}]}

_inv(rs) := t.inventory("aws_route_table", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "Route table a routes all internet traffic to an internet gateway."}} with input as _inv([object.union(_good, {"routes": [{"destination": "0.0.0.0/0", "gateway_id": "igw-1", "state": "active"}]})])
}

test_fails_1 if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"routes": [{"destination": "::/0", "gateway_id": "igw-1", "state": "active"}]})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"routes": [{"destination": "0.0.0.0/0", "gateway_id": "igw-1", "state": "active"}], "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_routes_fails if {
	policy.deny == {{"id": "a", "msg": "Route table a: its routes could not be read."}} with input as _inv([object.remove(_good, ["routes"])])
}

test_null_routes_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"routes": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"routes": "igw-1"})])
}

test_wrong_type_1_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"routes": [{"destination": 0, "gateway_id": "igw-1"}]})])
}

test_wrong_type_2_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"routes": [{"destination": "0.0.0.0/0"}]})])
}

test_also_passes_0 if {
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"routes": []})])
}

test_also_passes_1 if {
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"routes": [{"destination": "10.1.0.0/16", "gateway_id": "igw-1", "state": "active"}]})])
}
