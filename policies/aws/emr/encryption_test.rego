package hipaa.aws.emr.encryption_test

import data.hipaa.aws.emr.encryption as policy
import data.hipaa.lib.testing as t
import rego.v1

_c(id, at_rest, in_transit) := {"id": id, "name": id, "encryption": {"at_rest": at_rest, "in_transit": in_transit}}

_inv(cs) := t.inventory("aws_emr_cluster", cs)

test_both_encrypted_passes if {
	t.ids(policy.deny) == set() with input as _inv([_c("a", true, true)])
}

test_neither_encrypted_fails if {
	policy.deny == {{"id": "a", "msg": "EMR cluster a does not encrypt data at rest and in transit."}} with input as _inv([_c("a", false, false)])
}

test_in_transit_off_fails if {
	policy.deny == {{"id": "a", "msg": "EMR cluster a does not encrypt data in transit."}} with input as _inv([_c("a", true, false)])
}

test_missing_encryption_fails if {
	policy.deny == {{"id": "a", "msg": "EMR cluster a: its encryption settings could not be read."}} with input as _inv([{"id": "a", "name": "a"}])
}

test_empty_encryption_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([{"id": "a", "name": "a", "encryption": {}}])
}

test_missing_one_setting_fails if {
	t.ids(policy.deny) == {"a", "b"} with input as _inv([
		{"id": "a", "name": "a", "encryption": {"at_rest": true}},
		{"id": "b", "name": "b", "encryption": {"in_transit": true}},
	])
}

test_null_encryption_fails if {
	t.ids(policy.deny) == {"a", "b"} with input as _inv([{"id": "a", "encryption": null}, _c("b", null, true)])
}

test_wrong_type_encryption_fails if {
	t.ids(policy.deny) == {"a", "b"} with input as _inv([{"id": "a", "encryption": "on"}, _c("b", "true", true)])
}

test_several_clusters if {
	t.ids(policy.deny) == {"plain", "gone", "odd"} with input as _inv([
		_c("good", true, true),
		_c("plain", true, false),
		{"id": "gone"},
		_c("odd", 1, true),
	])
}
