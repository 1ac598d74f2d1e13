package hipaa.aws.account.security_contact_test

import data.hipaa.aws.account.security_contact as policy
import data.hipaa.lib.testing as t
import rego.v1

_c(id, sc) := {"id": id, "name": concat(" ", ["Security contact of", id]), "security_contact": sc}

test_present_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_account_contact", [_c("1", {"present": true})])
}

test_absent_fails if {
	policy.deny == {{"id": "1", "msg": "Security contact of 1 is not set."}} with input as t.inventory("aws_account_contact", [_c("1", {"present": false})])
}

test_some_fail if {
	t.ids(policy.deny) == {"2"} with input as t.inventory("aws_account_contact", [_c("1", {"present": true}), _c("2", {"present": false})])
}

test_missing_fails if {
	policy.deny == {{"id": "1", "msg": "1 is not set."}} with input as t.inventory("aws_account_contact", [{"id": "1"}])
}

test_null_fails if {
	t.ids(policy.deny) == {"1", "2"} with input as t.inventory("aws_account_contact", [_c("1", null), _c("2", {"present": null})])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"1"} with input as t.inventory("aws_account_contact", [_c("1", {"present": "true"})])
}
