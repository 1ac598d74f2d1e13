package hipaa.aws.opensearch.https_tls12_test

import data.hipaa.aws.opensearch.https_tls12 as policy
import data.hipaa.lib.testing as t
import rego.v1

_d(id, https, tls) := {"id": id, "name": id, "enforce_https": https, "tls_security_policy": tls}

_inv(domains) := t.inventory("aws_opensearch_domain", domains)

test_https_and_tls12_pass if {
	t.ids(policy.deny) == set() with input as _inv([_d("a", true, "Policy-Min-TLS-1-2-PFS-2023-10"), _d("b", true, "Policy-Min-TLS-1-2-2019-07")])
}

test_no_https_fails if {
	policy.deny == {{"id": "a", "msg": "OpenSearch domain a does not enforce HTTPS."}} with input as _inv([_d("a", false, "Policy-Min-TLS-1-2-2019-07")])
}

test_tls10_fails if {
	policy.deny == {{"id": "a", "msg": "OpenSearch domain a allows TLS older than 1.2 (Policy-Min-TLS-1-0-2019-07)."}} with input as _inv([_d("a", true, "Policy-Min-TLS-1-0-2019-07")])
}

test_both_fail if {
	count(policy.deny) == 2 with input as _inv([_d("a", false, "Policy-Min-TLS-1-0-2019-07")])
	t.ids(policy.deny) == {"a"} with input as _inv([_d("a", false, "Policy-Min-TLS-1-0-2019-07")])
}

# OPA hoisted `not startswith(d.tls_security_policy, ...)`: a missing policy made the rule undefined (a pass).
test_missing_field_fails if {
	policy.deny == {{"id": "a", "msg": "OpenSearch domain a allows TLS older than 1.2 (unknown)."}} with input as _inv([object.remove(_d("a", true, ""), ["tls_security_policy"])])
}

test_missing_https_fails if {
	policy.deny == {{"id": "a", "msg": "OpenSearch domain a does not enforce HTTPS."}} with input as _inv([object.remove(_d("a", true, "Policy-Min-TLS-1-2-2019-07"), ["enforce_https"])])
}

# Defect: startswith(null, ...) raised and blinded the control for every domain.
test_null_field_fails_only_that_domain if {
	t.ids(policy.deny) == {"null", "null-https"} with input as _inv([
		_d("null", true, null),
		_d("null-https", null, "Policy-Min-TLS-1-2-2019-07"),
		_d("ok", true, "Policy-Min-TLS-1-2-2019-07"),
	])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"num", "str"} with input as _inv([_d("num", true, 12), _d("str", "true", "Policy-Min-TLS-1-2-2019-07")])
}

test_missing_name_is_named_by_id if {
	policy.deny == {{"id": "arn:d", "msg": "OpenSearch domain arn:d does not enforce HTTPS."}} with input as _inv([{"id": "arn:d", "enforce_https": false, "tls_security_policy": "Policy-Min-TLS-1-2-2019-07"}])
}

test_some_of_several_fail if {
	t.ids(policy.deny) == {"old", "plain", "missing"} with input as _inv([
		_d("good", true, "Policy-Min-TLS-1-2-PFS-2023-10"),
		_d("old", true, "Policy-Min-TLS-1-0-2019-07"),
		_d("plain", false, "Policy-Min-TLS-1-2-2019-07"),
		{"id": "missing", "name": "missing"},
	])
}
