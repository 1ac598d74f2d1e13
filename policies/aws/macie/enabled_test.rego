package hipaa.aws.macie.enabled_test

import data.hipaa.aws.macie.enabled as policy
import data.hipaa.lib.testing as t
import rego.v1

_r(id, v) := {"id": id, "name": id, "region": id, "enabled": v}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_macie_settings", [_r("us-east-1", true)])
}

test_noncompliant_fails if {
	policy.deny == {{"id": "us-east-1", "msg": "Macie is not enabled in us-east-1."}} with input as t.inventory("aws_macie_settings", [_r("us-east-1", false)])
}

test_some_fail if {
	t.ids(policy.deny) == {"eu-west-1"} with input as t.inventory("aws_macie_settings", [_r("us-east-1", true), _r("eu-west-1", false)])
}

test_missing_fails if {
	policy.deny == {{"id": "x", "msg": "Macie is not enabled in x."}} with input as t.inventory("aws_macie_settings", [{"id": "x"}])
}

test_null_fails if {
	t.ids(policy.deny) == {"a", "b"} with input as t.inventory("aws_macie_settings", [_r("a", null), {"id": "b", "name": "b", "region": null, "enabled": null}])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"a"} with input as t.inventory("aws_macie_settings", [_r("a", "true")])
}
