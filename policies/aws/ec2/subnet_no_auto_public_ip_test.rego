package hipaa.aws.ec2.subnet_no_auto_public_ip_test

import data.hipaa.aws.ec2.subnet_no_auto_public_ip as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "map_public_ip_on_launch": false}

_inv(rs) := t.inventory("aws_subnet", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "Subnet a assigns public IP addresses to new instances."}} with input as _inv([object.union(_good, {"map_public_ip_on_launch": true})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"map_public_ip_on_launch": true, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_map_public_ip_on_launch_fails if {
	policy.deny == {{"id": "a", "msg": "Subnet a: whether it assigns public IP addresses could not be determined."}} with input as _inv([object.remove(_good, ["map_public_ip_on_launch"])])
}

test_null_map_public_ip_on_launch_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"map_public_ip_on_launch": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"map_public_ip_on_launch": "true"})])
}
