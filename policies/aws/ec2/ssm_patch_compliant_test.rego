package hipaa.aws.ec2.ssm_patch_compliant_test

import data.hipaa.aws.ec2.ssm_patch_compliant as policy
import data.hipaa.lib.testing as t
import rego.v1

_m(id, status) := {"id": id, "name": id, "patch_compliance": status}

_inv(managed) := t.inventory("aws_ssm_managed_instance", managed)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_m("a", "COMPLIANT")])
}

test_non_compliant_fails if {
	policy.deny == {{"id": "a", "msg": "Managed instance a is not patch compliant (NON_COMPLIANT)."}} with input as _inv([_m("a", "NON_COMPLIANT")])
}

test_no_data_fails if {
	policy.deny == {{"id": "a", "msg": "Managed instance a is not patch compliant (NO_DATA)."}} with input as _inv([_m("a", "NO_DATA")])
}

test_missing_field_fails if {
	policy.deny == {{"id": "a", "msg": "Managed instance a is not patch compliant (unknown)."}} with input as _inv([{"id": "a", "name": "a"}])
}

test_null_field_fails if {
	policy.deny == {{"id": "a", "msg": "Managed instance a is not patch compliant (unknown)."}} with input as _inv([_m("a", null)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"bool", "lower"} with input as _inv([_m("bool", true), _m("lower", "compliant")])
}

test_missing_name_is_named_by_id if {
	policy.deny == {{"id": "mi:a", "msg": "Managed instance mi:a is not patch compliant (NON_COMPLIANT)."}} with input as _inv([{"id": "mi:a", "patch_compliance": "NON_COMPLIANT"}])
}

test_some_of_several_fail if {
	t.ids(policy.deny) == {"b", "c"} with input as _inv([_m("a", "COMPLIANT"), _m("b", "NON_COMPLIANT"), _m("c", null), _m("d", "COMPLIANT")])
}
