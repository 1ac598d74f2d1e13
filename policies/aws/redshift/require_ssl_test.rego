package hipaa.aws.redshift.require_ssl_test

import data.hipaa.aws.redshift.require_ssl as policy
import data.hipaa.lib.testing as t
import rego.v1

_r(id, value) := {"id": id, "name": id, "require_ssl": value}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_redshift_cluster", [_r("a", true)])
}

test_noncompliant_fails if {
	policy.deny == {{"id": "a", "msg": "Redshift cluster a does not require TLS connections."}} with input as t.inventory("aws_redshift_cluster", [_r("a", false)])
}

test_missing_field_fails if {
	policy.deny == {{"id": "a", "msg": "Redshift cluster a: whether it requires TLS could not be read (require_ssl of its parameter groups)."}} with input as t.inventory("aws_redshift_cluster", [{"id": "a", "name": "a"}])
}

test_null_field_fails if {
	policy.deny == {{"id": "a", "msg": "Redshift cluster a: whether it requires TLS could not be read (require_ssl of its parameter groups)."}} with input as t.inventory("aws_redshift_cluster", [_r("a", null)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"str", "num", "obj"} with input as t.inventory("aws_redshift_cluster", [_r("str", "true"), _r("num", 1), _r("obj", {"enabled": true})])
}

test_missing_name_is_named_by_id if {
	policy.deny == {{"id": "arn:a", "msg": "Redshift cluster arn:a does not require TLS connections."}} with input as t.inventory("aws_redshift_cluster", [{"id": "arn:a", "require_ssl": false}])
}

test_some_of_several_fail if {
	t.ids(policy.deny) == {"bad", "null", "missing"} with input as t.inventory("aws_redshift_cluster", [
		_r("good", true),
		_r("bad", false),
		_r("null", null),
		{"id": "missing", "name": "missing"},
		_r("good2", true),
	])
}
