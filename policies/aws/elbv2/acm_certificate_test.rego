package hipaa.aws.elbv2.acm_certificate_test

import data.hipaa.aws.elbv2.acm_certificate as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "listeners": [{"protocol": "HTTPS", "port": 443, "certificate_arns": ["arn:aws:acm:us-east-1:1:certificate/c"]}]}

_inv(rs) := t.inventory("aws_lb", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
	t.ids(policy.not_applicable) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "Load balancer a has an HTTPS/TLS listener whose certificate is not from ACM."}} with input as _inv([object.union(_good, {"listeners": [{"protocol": "HTTPS", "port": 443, "certificate_arns": ["arn:aws:iam::1:server-certificate/old"]}]})])
}

test_fails_1 if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"listeners": [{"protocol": "TLS", "port": 443, "certificate_arns": []}, {"protocol": "HTTP", "port": 80, "certificate_arns": []}]})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"listeners": [{"protocol": "HTTPS", "port": 443, "certificate_arns": ["arn:aws:iam::1:server-certificate/old"]}], "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_listeners_fails if {
	policy.deny == {{"id": "a", "msg": "Load balancer a: its listeners could not be read."}} with input as _inv([object.remove(_good, ["listeners"])])
}

test_null_listeners_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"listeners": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"listeners": "HTTPS"})])
}

test_wrong_type_1_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"listeners": [{"protocol": "HTTPS", "certificate_arns": "arn"}]})])
}

test_wrong_type_2_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"listeners": [{"protocol": 443}]})])
}

test_not_applicable_0 if {
	t.reasons(policy.not_applicable) == {"a": "The load balancer has no HTTPS or TLS listener."} with input as _inv([object.union(_good, {"listeners": [{"protocol": "HTTP", "port": 80, "certificate_arns": []}]})])
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"listeners": [{"protocol": "HTTP", "port": 80, "certificate_arns": []}]})])
}

test_not_applicable_1 if {
	t.reasons(policy.not_applicable) == {"a": "The load balancer has no HTTPS or TLS listener."} with input as _inv([object.union(_good, {"listeners": []})])
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"listeners": []})])
}
