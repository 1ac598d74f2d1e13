package hipaa.aws.autoscaling.launch_config_public_ip_test

import data.hipaa.aws.autoscaling.launch_config_public_ip as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "associate_public_ip_address": false}

_inv(rs) := t.inventory("aws_autoscaling_launch_configuration", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "Launch configuration a assigns public IP addresses to its instances."}} with input as _inv([object.union(_good, {"associate_public_ip_address": true})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"associate_public_ip_address": true, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_associate_public_ip_address if {
	policy.deny == {{"id": "a", "msg": "Launch configuration a: its public IP setting could not be determined."}} with input as _inv([object.remove(_good, ["associate_public_ip_address"])])
}

test_null_associate_public_ip_address_passes if {
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"associate_public_ip_address": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"associate_public_ip_address": "true"})])
}
