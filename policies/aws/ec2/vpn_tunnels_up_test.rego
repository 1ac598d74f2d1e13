package hipaa.aws.ec2.vpn_tunnels_up_test

import data.hipaa.aws.ec2.vpn_tunnels_up as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "state": "available", "tunnels": [{"outside_ip": "1.1.1.1", "status": "UP"}, {"outside_ip": "2.2.2.2", "status": "UP"}]}

_inv(rs) := t.inventory("aws_vpn_connection", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
	t.ids(policy.not_applicable) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "VPN connection a does not have both tunnels up."}} with input as _inv([object.union(_good, {"tunnels": [{"outside_ip": "1.1.1.1", "status": "UP"}, {"outside_ip": "2.2.2.2", "status": "DOWN"}]})])
}

test_fails_1 if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"tunnels": [{"outside_ip": "1.1.1.1", "status": "UP"}]})])
}

test_fails_2 if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"tunnels": [{"status": "UP"}, {"status": null}]})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"tunnels": [{"outside_ip": "1.1.1.1", "status": "UP"}, {"outside_ip": "2.2.2.2", "status": "DOWN"}], "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_state if {
	policy.deny == {{"id": "a", "msg": "VPN connection a: its tunnels' status could not be read."}} with input as _inv([object.remove(_good, ["state"])])
}

test_null_state if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"state": null})])
}

test_missing_tunnels if {
	policy.deny == {{"id": "a", "msg": "VPN connection a: its tunnels' status could not be read."}} with input as _inv([object.remove(_good, ["tunnels"])])
}

test_null_tunnels if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"tunnels": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"tunnels": "UP"})])
}

test_wrong_type_1_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"state": 1})])
}

test_not_applicable_0 if {
	t.reasons(policy.not_applicable) == {"a": "The VPN connection is not available (pending, deleting or deleted)."} with input as _inv([object.union(_good, {"state": "deleted"})])
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"state": "deleted"})])
}
