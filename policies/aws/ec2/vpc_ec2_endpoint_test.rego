package hipaa.aws.ec2.vpc_ec2_endpoint_test

import data.hipaa.aws.ec2.vpc_ec2_endpoint as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "region": "us-east-1", "endpoint_services": ["com.amazonaws.us-east-1.ec2", "com.amazonaws.us-east-1.s3"]}

_inv(rs) := t.inventory("aws_vpc", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "VPC a has no VPC endpoint for the EC2 API."}} with input as _inv([object.union(_good, {"endpoint_services": ["com.amazonaws.us-east-1.s3"]})])
}

test_fails_1 if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"endpoint_services": []})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"endpoint_services": ["com.amazonaws.us-east-1.s3"], "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_region if {
	policy.deny == {{"id": "a", "msg": "VPC a: its VPC endpoints could not be read."}} with input as _inv([object.remove(_good, ["region"])])
}

test_null_region if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"region": null})])
}

test_missing_endpoint_services if {
	policy.deny == {{"id": "a", "msg": "VPC a: its VPC endpoints could not be read."}} with input as _inv([object.remove(_good, ["endpoint_services"])])
}

test_null_endpoint_services if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"endpoint_services": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"endpoint_services": "com.amazonaws.us-east-1.ec2"})])
}

test_wrong_type_1_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"region": 1})])
}
