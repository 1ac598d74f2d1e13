package hipaa.aws.ec2.ssm_association_compliant_test

import data.hipaa.aws.ec2.ssm_association_compliant as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "association_compliance": "COMPLIANT"}

_inv(rs) := t.inventory("aws_ssm_managed_instance", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "SSM managed instance a reports State Manager association compliance NON_COMPLIANT, not COMPLIANT."}} with input as _inv([object.union(_good, {"association_compliance": "NON_COMPLIANT"})])
}

test_fails_1 if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"association_compliance": "NO_DATA"})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"association_compliance": "NON_COMPLIANT", "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_association_compliance_fails if {
	policy.deny == {{"id": "a", "msg": "SSM managed instance a: its association compliance could not be determined."}} with input as _inv([object.remove(_good, ["association_compliance"])])
}

test_null_association_compliance_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"association_compliance": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"association_compliance": true})])
}
