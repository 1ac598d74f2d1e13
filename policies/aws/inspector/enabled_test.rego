package hipaa.aws.inspector.enabled_test

import data.hipaa.aws.inspector.enabled as policy
import data.hipaa.lib.testing as t
import rego.v1

_all := {"ec2": true, "ecr": true, "lambda": true}

_r(id, scanning) := {"id": id, "name": id, "region": id, "scanning": scanning}

test_all_scanned_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_inspector2_settings", [_r("a", _all)])
}

test_one_missing_fails if {
	policy.deny == {{"id": "a", "msg": "Inspector does not scan lambda in a."}} with input as t.inventory("aws_inspector2_settings", [_r("a", object.union(_all, {"lambda": false}))])
}

test_some_fail if {
	t.ids(policy.deny) == {"b"} with input as t.inventory("aws_inspector2_settings", [_r("a", _all), _r("b", {"ec2": true, "ecr": false, "lambda": true})])
}

test_missing_fails if {
	policy.deny == {{"id": "a", "msg": "Inspector does not scan ec2, ecr, lambda in a."}} with input as t.inventory("aws_inspector2_settings", [{"id": "a"}])
	t.ids(policy.deny) == {"b"} with input as t.inventory("aws_inspector2_settings", [_r("b", {"ec2": true, "ecr": true})])
}

test_null_fails if {
	t.ids(policy.deny) == {"a", "b"} with input as t.inventory("aws_inspector2_settings", [_r("a", null), _r("b", object.union(_all, {"ecr": null}))])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"a", "b"} with input as t.inventory("aws_inspector2_settings", [_r("a", "all"), _r("b", object.union(_all, {"ec2": "true"}))])
}
