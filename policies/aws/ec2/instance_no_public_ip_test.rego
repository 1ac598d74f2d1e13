package hipaa.aws.ec2.instance_no_public_ip_test

import data.hipaa.aws.ec2.instance_no_public_ip as policy
import data.hipaa.lib.testing as t
import rego.v1

_i(id, ip) := {"id": id, "name": id, "public_ip": ip}

_inv(instances) := t.inventory("aws_ec2_instance", instances)

test_no_public_ip_passes if {
	t.ids(policy.deny) == set() with input as _inv([_i("a", null)])
}

test_public_ip_fails if {
	policy.deny == {{"id": "a", "msg": "EC2 instance a has the public IP address 203.0.113.7."}} with input as _inv([_i("a", "203.0.113.7")])
}

test_missing_field_fails if {
	policy.deny == {{"id": "a", "msg": "EC2 instance a: its public IP address could not be read."}} with input as _inv([{"id": "a", "name": "a"}])
}

# null is how the collector says "no public IP" (EC2 omits PublicIpAddress): it passes.
test_null_field_passes if {
	t.ids(policy.deny) == set() with input as _inv([_i("a", null)])
}

test_wrong_type_or_empty_fails if {
	t.ids(policy.deny) == {"num", "list", "empty", "bool"} with input as _inv([_i("num", 5), _i("list", ["203.0.113.7"]), _i("empty", ""), _i("bool", false)])
}

test_missing_name_is_named_by_id if {
	policy.deny == {{"id": "arn:a", "msg": "EC2 instance arn:a has the public IP address 203.0.113.7."}} with input as _inv([{"id": "arn:a", "public_ip": "203.0.113.7"}])
}

test_some_of_several_fail if {
	t.ids(policy.deny) == {"public", "missing"} with input as _inv([
		_i("private", null),
		_i("public", "198.51.100.1"),
		{"id": "missing", "name": "missing"},
		_i("private2", null),
	])
}
