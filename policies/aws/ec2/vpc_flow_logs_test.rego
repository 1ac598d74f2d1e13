package hipaa.aws.ec2.vpc_flow_logs_test

import data.hipaa.aws.ec2.vpc_flow_logs as policy
import data.hipaa.lib.testing as t
import rego.v1

_v(id, enabled) := {"id": id, "name": id, "flow_logs": {"enabled": enabled, "traffic_types": ["ALL"], "ids": ["fl-1"]}}

_inv(vpcs) := t.inventory("aws_vpc", vpcs)

test_active_flow_log_passes if {
	t.ids(policy.deny) == set() with input as _inv([_v("a", true)])
}

test_no_flow_log_fails if {
	policy.deny == {{"id": "a", "msg": "VPC a has no active flow log."}} with input as _inv([_v("a", false)])
}

test_missing_field_fails if {
	policy.deny == {{"id": "a", "msg": "VPC a: its flow logs could not be read."}} with input as _inv([{"id": "a", "name": "a"}])
}

test_null_field_fails if {
	t.ids(policy.deny) == {"a", "b"} with input as _inv([{"id": "a", "name": "a", "flow_logs": null}, _v("b", null)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"a", "b"} with input as _inv([{"id": "a", "name": "a", "flow_logs": "on"}, _v("b", "true")])
}

test_missing_name_is_named_by_id if {
	policy.deny == {{"id": "arn:v", "msg": "VPC arn:v has no active flow log."}} with input as _inv([{"id": "arn:v", "flow_logs": {"enabled": false}}])
}

test_some_of_several_fail if {
	t.ids(policy.deny) == {"off", "null"} with input as _inv([_v("on", true), _v("off", false), _v("null", null), _v("on2", true)])
}
