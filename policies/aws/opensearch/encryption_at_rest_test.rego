package hipaa.aws.opensearch.encryption_at_rest_test

import data.hipaa.aws.opensearch.encryption_at_rest as policy
import data.hipaa.lib.testing as t
import rego.v1

_r(id, value) := {"id": id, "name": id, "encryption_at_rest": value}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_opensearch_domain", [_r("a", true)])
}

test_noncompliant_fails if {
	policy.deny == {{"id": "a", "msg": "OpenSearch domain a does not encrypt data at rest."}} with input as t.inventory("aws_opensearch_domain", [_r("a", false)])
}

test_missing_field_fails if {
	policy.deny == {{"id": "a", "msg": "OpenSearch domain a: whether it encrypts data at rest could not be read."}} with input as t.inventory("aws_opensearch_domain", [{"id": "a", "name": "a"}])
}

test_null_field_fails if {
	policy.deny == {{"id": "a", "msg": "OpenSearch domain a: whether it encrypts data at rest could not be read."}} with input as t.inventory("aws_opensearch_domain", [_r("a", null)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"str", "num", "obj"} with input as t.inventory("aws_opensearch_domain", [_r("str", "true"), _r("num", 1), _r("obj", {"enabled": true})])
}

test_missing_name_is_named_by_id if {
	policy.deny == {{"id": "arn:a", "msg": "OpenSearch domain arn:a does not encrypt data at rest."}} with input as t.inventory("aws_opensearch_domain", [{"id": "arn:a", "encryption_at_rest": false}])
}

test_some_of_several_fail if {
	t.ids(policy.deny) == {"bad", "null", "missing"} with input as t.inventory("aws_opensearch_domain", [
		_r("good", true),
		_r("bad", false),
		_r("null", null),
		{"id": "missing", "name": "missing"},
		_r("good2", true),
	])
}
