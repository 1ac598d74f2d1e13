package hipaa.aws.ec2.imdsv2_required_test

import data.hipaa.aws.ec2.imdsv2_required as policy
import data.hipaa.lib.testing as t
import rego.v1

_i(id, tokens, endpoint) := {"id": id, "name": id, "metadata_options": {"http_tokens": tokens, "http_endpoint": endpoint}}

_inv(instances) := t.inventory("aws_ec2_instance", instances)

test_required_passes if {
	t.ids(policy.deny) == set() with input as _inv([_i("a", "required", "enabled")])
}

test_metadata_service_off_passes if {
	t.ids(policy.deny) == set() with input as _inv([_i("a", "optional", "disabled"), _i("b", null, "disabled")])
}

test_optional_fails if {
	policy.deny == {{"id": "a", "msg": "EC2 instance a does not require IMDSv2 session tokens (http_tokens optional)."}} with input as _inv([_i("a", "optional", "enabled")])
}

test_missing_field_fails if {
	policy.deny == {{"id": "a", "msg": "EC2 instance a: its instance metadata options could not be read."}} with input as _inv([{"id": "a", "name": "a"}])
}

test_null_field_fails if {
	t.ids(policy.deny) == {"a", "b"} with input as _inv([{"id": "a", "name": "a", "metadata_options": null}, _i("b", null, "enabled")])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"str", "num"} with input as _inv([{"id": "str", "metadata_options": "required"}, _i("num", 1, "enabled")])
}

test_missing_name_is_named_by_id if {
	policy.deny == {{"id": "arn:a", "msg": "EC2 instance arn:a does not require IMDSv2 session tokens (http_tokens optional)."}} with input as _inv([{"id": "arn:a", "metadata_options": {"http_tokens": "optional"}}])
}

test_some_of_several_fail if {
	t.ids(policy.deny) == {"optional", "null"} with input as _inv([
		_i("required", "required", "enabled"),
		_i("optional", "optional", "enabled"),
		_i("null", null, null),
		_i("off", "optional", "disabled"),
	])
}
