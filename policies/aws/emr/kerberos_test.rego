package hipaa.aws.emr.kerberos_test

import data.hipaa.aws.emr.kerberos as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "kerberos_enabled": true}

_inv(rs) := t.inventory("aws_emr_cluster", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "EMR cluster a does not use Kerberos authentication."}} with input as _inv([object.union(_good, {"kerberos_enabled": false})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"kerberos_enabled": false, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_kerberos_enabled if {
	policy.deny == {{"id": "a", "msg": "EMR cluster a: its Kerberos setting could not be read."}} with input as _inv([object.remove(_good, ["kerberos_enabled"])])
}

test_null_kerberos_enabled if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"kerberos_enabled": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"kerberos_enabled": "true"})])
}
