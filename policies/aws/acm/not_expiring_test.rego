package hipaa.aws.acm.not_expiring_test

import data.hipaa.aws.acm.not_expiring as policy
import data.hipaa.lib.testing as t
import rego.v1

_c(id, days) := {"id": id, "name": id, "days_to_expiry": days}

test_far_expiry_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_acm_certificate", [_c("a", 31), _c("b", 365)])
}

test_near_expiry_fails if {
	policy.deny == {{"id": "a", "msg": "Certificate a expires in 30 days."}} with input as t.inventory("aws_acm_certificate", [_c("a", 30)])
}

test_some_fail if {
	t.ids(policy.deny) == {"expired", "soon"} with input as t.inventory("aws_acm_certificate", [_c("ok", 90), _c("soon", 5), _c("expired", -3)])
}

test_missing_fails if {
	policy.deny == {{"id": "a", "msg": "Certificate a expires in an unknown number of days."}} with input as t.inventory("aws_acm_certificate", [{"id": "a"}])
}

test_null_fails if {
	t.ids(policy.deny) == {"a"} with input as t.inventory("aws_acm_certificate", [_c("a", null)])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"a", "b"} with input as t.inventory("aws_acm_certificate", [_c("a", "365"), _c("b", true)])
}
