package hipaa.aws.s3.secure_transport_test

import data.hipaa.aws.s3.secure_transport as policy
import data.hipaa.lib.testing as t
import rego.v1

test_tls_only_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_s3_bucket", [{"id": "b", "policy": {"present": true, "denies_insecure_transport": true}}])
}

test_no_tls_statement_fails if {
	policy.deny == {{"id": "b", "msg": "Bucket b has no policy that denies requests made without TLS."}} with input as t.inventory("aws_s3_bucket", [{"id": "b", "name": "b", "policy": {"present": true, "denies_insecure_transport": false}}])
}

test_some_fail if {
	t.ids(policy.deny) == {"none", "nostmt"} with input as t.inventory("aws_s3_bucket", [
		{"id": "ok", "policy": {"present": true, "denies_insecure_transport": true}},
		{"id": "none", "policy": {"present": false, "denies_insecure_transport": false}},
		{"id": "nostmt", "policy": {"present": true, "denies_insecure_transport": false}},
	])
}

test_missing_fails if {
	t.ids(policy.deny) == {"nopolicy", "nofact"} with input as t.inventory("aws_s3_bucket", [
		{"id": "nopolicy"},
		{"id": "nofact", "policy": {"present": true, "parse_error": true}},
	])
}

test_null_fails if {
	t.ids(policy.deny) == {"policy", "fact"} with input as t.inventory("aws_s3_bucket", [
		{"id": "policy", "policy": null},
		{"id": "fact", "policy": {"denies_insecure_transport": null}},
	])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"b", "c"} with input as t.inventory("aws_s3_bucket", [
		{"id": "b", "policy": "tls-only"},
		{"id": "c", "policy": {"denies_insecure_transport": "true"}},
	])
}
