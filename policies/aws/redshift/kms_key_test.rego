package hipaa.aws.redshift.kms_key_test

import data.hipaa.aws.redshift.kms_key as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "encrypted": true, "kms_key_id": "arn:aws:kms:us-east-1:1:key/k"}

_inv(rs) := t.inventory("aws_redshift_cluster", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "Redshift cluster a is not encrypted with a KMS key."}} with input as _inv([object.union(_good, {"kms_key_id": null})])
}

test_fails_1 if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"encrypted": false})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"kms_key_id": null, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_encrypted_fails if {
	policy.deny == {{"id": "a", "msg": "Redshift cluster a: its encryption could not be determined."}} with input as _inv([object.remove(_good, ["encrypted"])])
}

test_null_encrypted_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"encrypted": null})])
}

test_missing_kms_key_id_fails if {
	policy.deny == {{"id": "a", "msg": "Redshift cluster a: its encryption could not be determined."}} with input as _inv([object.remove(_good, ["kms_key_id"])])
}

test_null_kms_key_id_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"kms_key_id": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"encrypted": "true"})])
}

test_wrong_type_1_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"kms_key_id": 5})])
}
