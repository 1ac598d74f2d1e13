package hipaa.aws.ec2.ebs_volume_encrypted_test

import data.hipaa.aws.ec2.ebs_volume_encrypted as policy
import data.hipaa.lib.testing as t
import rego.v1

_key := "arn:aws:kms:us-east-1:111122223333:key/k"

_r(id, encrypted, key) := {"id": id, "name": id, "encrypted": encrypted, "kms_key_id": key}

test_encrypted_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_ebs_volume", [_r("a", true, _key)])
}

test_unencrypted_fails if {
	policy.deny == {{"id": "a", "msg": "EBS volume a is not encrypted."}} with input as t.inventory("aws_ebs_volume", [_r("a", false, null)])
}

test_missing_field_fails if {
	policy.deny == {{"id": "a", "msg": "EBS volume a: whether it is encrypted could not be read."}} with input as t.inventory("aws_ebs_volume", [{"id": "a", "name": "a", "kms_key_id": _key}])
}

test_null_field_fails if {
	policy.deny == {{"id": "a", "msg": "EBS volume a: whether it is encrypted could not be read."}} with input as t.inventory("aws_ebs_volume", [_r("a", null, _key)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"str", "num"} with input as t.inventory("aws_ebs_volume", [_r("str", "true", _key), _r("num", 1, _key)])
}

test_encrypted_without_key_id_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_ebs_volume", [{"id": "missing", "name": "missing", "encrypted": true}, _r("null", true, null)])
}

test_wrong_type_key_id_fails if {
	t.ids(policy.deny) == {"num", "list"} with input as t.inventory("aws_ebs_volume", [_r("num", true, 5), _r("list", true, [_key]), _r("ok", true, _key)])
}

test_missing_name_is_named_by_id if {
	policy.deny == {{"id": "arn:a", "msg": "EBS volume arn:a is not encrypted."}} with input as t.inventory("aws_ebs_volume", [{"id": "arn:a", "encrypted": false}])
}

test_some_of_several_fail if {
	t.ids(policy.deny) == {"plain", "null", "badkey"} with input as t.inventory("aws_ebs_volume", [
		_r("enc", true, _key),
		_r("plain", false, null),
		_r("null", null, null),
		_r("badkey", true, 7),
		_r("enc2", true, _key),
	])
}
