package hipaa.aws.s3.encryption_at_rest_test

import data.hipaa.aws.s3.encryption_at_rest as policy
import data.hipaa.lib.testing as t
import rego.v1

_b(id, enc) := {"id": id, "name": id, "account": "111122223333", "encryption": enc}

_kms(key) := {"enabled": true, "algorithm": "aws:kms", "kms_key_id": key}

_keys := [
	{"id": "arn:aws:kms:us-east-1:111122223333:key/cmk-1", "key_manager": "CUSTOMER"},
	{"id": "arn:aws:kms:us-east-1:111122223333:key/other", "key_manager": "AWS"},
]

_inv(buckets) := {"resources": {"aws_s3_bucket": buckets, "aws_kms_key": _keys}}

test_customer_alias_passes if {
	t.ids(policy.deny) == set() with input as _inv([_b("b", _kms("alias/clinic-phi"))])
}

test_collected_customer_key_passes if {
	t.ids(policy.deny) == set() with input as _inv([
		_b("arn", _kms("arn:aws:kms:us-east-1:111122223333:key/cmk-1")),
		_b("bare", _kms("cmk-1")),
		_b("dsse", {"enabled": true, "algorithm": "aws:kms:dsse", "kms_key_id": "cmk-1"}),
	])
}

test_other_account_key_passes if {
	t.ids(policy.deny) == set() with input as _inv([_b("b", _kms("arn:aws:kms:us-east-1:999999999999:key/x"))])
}

test_sse_s3_fails if {
	policy.deny == {{"id": "b", "msg": "Bucket b encrypts by default with AES256, not SSE-KMS with a customer managed key."}} with input as _inv([_b("b", {"enabled": true, "algorithm": "AES256", "kms_key_id": null})])
}

test_disabled_fails if {
	policy.deny == {{"id": "b", "msg": "Bucket b has no default server-side encryption."}} with input as _inv([_b("b", {"enabled": false, "algorithm": null})])
}

test_aws_managed_key_fails if {
	t.ids(policy.deny) == {"nokey", "nullkey", "empty", "alias", "aliasarn"} with input as _inv([
		_b("nokey", {"enabled": true, "algorithm": "aws:kms"}),
		_b("nullkey", _kms(null)),
		_b("empty", _kms("")),
		_b("alias", _kms("alias/aws/s3")),
		_b("aliasarn", _kms("arn:aws:kms:us-east-1:111122223333:alias/aws/s3")),
		_b("ok", _kms("alias/phi")),
	])
}

test_aws_managed_key_message if {
	policy.deny == {{"id": "b", "msg": "Bucket b encrypts with the AWS managed key aws/s3, not a customer managed key."}} with input as _inv([_b("b", _kms(null))])
}

test_unknown_or_aws_key_of_this_account_fails if {
	t.ids(policy.deny) == {"unknown", "awskey"} with input as _inv([
		_b("unknown", _kms("arn:aws:kms:us-east-1:111122223333:key/not-collected")),
		_b("awskey", _kms("arn:aws:kms:us-east-1:111122223333:key/other")),
		_b("ok", _kms("cmk-1")),
	])
}

test_unknown_key_message if {
	policy.deny == {{"id": "b", "msg": "Bucket b encrypts with the KMS key nope, which is not known to be customer managed."}} with input as _inv([_b("b", _kms("nope"))])
}

test_unknown_algorithm_fails if {
	t.ids(policy.deny) == {"b"} with input as _inv([_b("b", {"enabled": true, "algorithm": "none"})])
}

test_missing_encryption_fails if {
	policy.deny == {{"id": "b", "msg": "Bucket b has no readable default encryption setting."}} with input as _inv([{"id": "b", "name": "b"}])
}

test_null_encryption_fails if {
	t.ids(policy.deny) == {"b"} with input as _inv([_b("b", null)])
}

test_null_fields_fail if {
	t.ids(policy.deny) == {"enabled", "alg"} with input as _inv([
		_b("enabled", {"enabled": null, "algorithm": "aws:kms", "kms_key_id": "alias/x"}),
		_b("alg", {"enabled": true, "algorithm": null, "kms_key_id": "alias/x"}),
	])
}

test_wrong_types_fail if {
	t.ids(policy.deny) == {"enc", "alg", "key"} with input as _inv([
		_b("enc", "aws:kms"),
		_b("alg", {"enabled": true, "algorithm": 5, "kms_key_id": "alias/x"}),
		_b("key", _kms(42)),
	])
}

test_missing_name_still_reported if {
	policy.deny == {{"id": "b", "msg": "Bucket b has no default server-side encryption."}} with input as {"resources": {"aws_s3_bucket": [{"id": "b", "encryption": {"enabled": false}}]}}
}
