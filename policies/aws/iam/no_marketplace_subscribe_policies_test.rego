package hipaa.aws.iam.no_marketplace_subscribe_policies_test

import data.hipaa.aws.iam.no_marketplace_subscribe_policies as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "marketplace_subscribe_all": false}

_inv(rs) := t.inventory("aws_iam_policy", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "IAM policy a allows aws-marketplace:Subscribe on every resource."}} with input as _inv([object.union(_good, {"marketplace_subscribe_all": true})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"marketplace_subscribe_all": true, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_marketplace_subscribe_all_fails if {
	policy.deny == {{"id": "a", "msg": "IAM policy a: its document could not be read."}} with input as _inv([object.remove(_good, ["marketplace_subscribe_all"])])
}

test_null_marketplace_subscribe_all_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"marketplace_subscribe_all": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"marketplace_subscribe_all": "true"})])
}
