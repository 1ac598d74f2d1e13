package hipaa.aws.codebuild.logging_test

import data.hipaa.aws.codebuild.logging as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "logging": {"cloudwatch": "ENABLED", "s3": "DISABLED"}}

_inv(rs) := t.inventory("aws_codebuild_project", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_also_passes_0 if {
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"logging": {"cloudwatch": "DISABLED", "s3": "ENABLED"}})])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "CodeBuild project a does not log its builds."}} with input as _inv([object.union(_good, {"logging": {"cloudwatch": "DISABLED", "s3": "DISABLED"}})])
}

test_fails_1 if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"logging": {"cloudwatch": "DISABLED", "s3": null}})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"logging": {"cloudwatch": "DISABLED", "s3": "DISABLED"}, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_logging if {
	policy.deny == {{"id": "a", "msg": "CodeBuild project a: its logging configuration could not be read."}} with input as _inv([object.remove(_good, ["logging"])])
}

test_null_logging if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"logging": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"logging": "ENABLED"})])
}

test_wrong_type_1_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"logging": {"cloudwatch": null, "s3": null}})])
}
