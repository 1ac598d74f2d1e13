package hipaa.aws.codebuild.no_plaintext_credentials_test

import data.hipaa.aws.codebuild.no_plaintext_credentials as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "environment_variables": [{"name": "STAGE", "type": "PLAINTEXT"}, {"name": "AWS_SECRET_ACCESS_KEY", "type": "SECRETS_MANAGER"}]}

_inv(rs) := t.inventory("aws_codebuild_project", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "CodeBuild project a keeps credentials in plaintext environment variables."}} with input as _inv([object.union(_good, {"environment_variables": [{"name": "AWS_ACCESS_KEY_ID", "type": "PLAINTEXT"}]})])
}

test_fails_1 if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"environment_variables": [{"name": "db_password", "type": null}]})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"environment_variables": [{"name": "AWS_ACCESS_KEY_ID", "type": "PLAINTEXT"}], "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_environment_variables if {
	policy.deny == {{"id": "a", "msg": "CodeBuild project a: its environment variables could not be read."}} with input as _inv([object.remove(_good, ["environment_variables"])])
}

test_null_environment_variables if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"environment_variables": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"environment_variables": [{"name": 5, "type": "PLAINTEXT"}]})])
}

test_wrong_type_1_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"environment_variables": "x"})])
}
