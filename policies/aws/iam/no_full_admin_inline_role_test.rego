package hipaa.aws.iam.no_full_admin_inline_role_test

import data.hipaa.aws.iam.no_full_admin_inline_role as policy
import data.hipaa.lib.testing as t
import rego.v1

_r(id, inline) := {"id": id, "name": id, "inline_policies": inline}

test_scoped_inline_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_iam_role", [_r("x", [{"name": "p", "full_admin": false}]), _r("y", [])])
}

test_full_admin_fails if {
	policy.deny == {{"id": "x", "msg": "IAM role x has the inline policy admin allowing every action on every resource."}} with input as t.inventory("aws_iam_role", [_r("x", [{"name": "ok", "full_admin": false}, {"name": "admin", "full_admin": true}])])
}

test_some_fail if {
	t.ids(policy.deny) == {"bad"} with input as t.inventory("aws_iam_role", [_r("good", [{"name": "p", "full_admin": false}]), _r("bad", [{"name": "p", "full_admin": true}])])
}

test_missing_fails if {
	policy.deny == {{"id": "x", "msg": "IAM role x: its inline policies could not be read."}} with input as t.inventory("aws_iam_role", [{"id": "x", "name": "x"}])
}

test_missing_fact_fails if {
	policy.deny == {{"id": "x", "msg": "IAM role x has the inline policy (unnamed), whose document could not be read."}} with input as t.inventory("aws_iam_role", [_r("x", [{}])])
}

test_null_fails if {
	t.ids(policy.deny) == {"list", "fact"} with input as t.inventory("aws_iam_role", [_r("list", null), _r("fact", [{"name": "p", "full_admin": null}])])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"bool", "str", "entry", "fact"} with input as t.inventory("aws_iam_role", [
		_r("bool", false),
		_r("str", "policies"),
		_r("entry", ["p"]),
		_r("fact", [{"name": 5, "full_admin": "false"}]),
	])
}
