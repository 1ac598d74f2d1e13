package hipaa.aws.autoscaling.launch_config_imdsv2_test

import data.hipaa.aws.autoscaling.launch_config_imdsv2 as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "metadata_http_tokens": "required"}

_inv(rs) := t.inventory("aws_autoscaling_launch_configuration", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "Launch configuration a does not require IMDSv2 session tokens."}} with input as _inv([object.union(_good, {"metadata_http_tokens": "optional"})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"metadata_http_tokens": "optional", "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_metadata_http_tokens if {
	policy.deny == {{"id": "a", "msg": "Launch configuration a: its instance metadata options could not be determined."}} with input as _inv([object.remove(_good, ["metadata_http_tokens"])])
}

test_null_metadata_http_tokens if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"metadata_http_tokens": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"metadata_http_tokens": true})])
}
