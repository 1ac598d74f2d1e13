package hipaa.aws.iam.no_inline_policies_test

import data.hipaa.aws.iam.no_inline_policies as policy
import data.hipaa.lib.testing as t
import rego.v1

_p(id, kind) := {"id": id, "name": id, "principal": "arn:aws:iam::1:user/u", "principal_type": kind, "policy_name": "p"}

_inv(rs) := t.inventory("aws_iam_inline_policy", rs)

test_no_inline_policy_passes if {
	t.ids(policy.deny) == set() with input as _inv([])
	t.ids(policy.deny) == set() with input as {"resources": {}}
}

test_every_inline_policy_fails if {
	policy.deny == {{"id": "a", "msg": "Inline policy a is embedded in a role; use a managed policy."}} with input as _inv([_p("a", "role")])
	t.ids(policy.deny) == {"a", "b", "c"} with input as _inv([_p("a", "user"), _p("b", "role"), _p("c", "group")])
}

test_missing_fields_fail if {
	policy.deny == {{"id": "a", "msg": "Inline policy a: its principal or name could not be read."}} with input as _inv([object.remove(_p("a", "user"), ["principal_type"])])
	t.ids(policy.deny) == {"a"} with input as _inv([object.remove(_p("a", "user"), ["policy_name"])])
}

test_null_and_wrong_types_fail if {
	t.ids(policy.deny) == {"a", "b", "c"} with input as _inv([
		object.union(_p("a", "user"), {"policy_name": null}),
		_p("b", null),
		_p("c", "computer"),
	])
}
