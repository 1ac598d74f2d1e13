package hipaa.aws.codebuild.source_oauth_test

import data.hipaa.aws.codebuild.source_oauth as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "sources": [{"type": "GITHUB", "url_has_credentials": false, "auth_type": "OAUTH"}]}

_inv(rs) := t.inventory("aws_codebuild_project", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
	t.ids(policy.not_applicable) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "CodeBuild project a has a GitHub or Bitbucket source that does not use OAuth or CodeConnections."}} with input as _inv([object.union(_good, {"sources": [{"type": "BITBUCKET", "url_has_credentials": false, "auth_type": null}]})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"sources": [{"type": "BITBUCKET", "url_has_credentials": false, "auth_type": null}], "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_sources if {
	policy.deny == {{"id": "a", "msg": "CodeBuild project a: its sources could not be read."}} with input as _inv([object.remove(_good, ["sources"])])
}

test_null_sources if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"sources": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"sources": "GITHUB"})])
}

test_wrong_type_1_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"sources": [5]})])
}

test_not_applicable_0 if {
	t.reasons(policy.not_applicable) == {"a": "The project has no GitHub or Bitbucket source."} with input as _inv([object.union(_good, {"sources": [{"type": "S3", "url_has_credentials": false, "auth_type": null}]})])
	t.ids(policy.deny) == set() with input as _inv([object.union(_good, {"sources": [{"type": "S3", "url_has_credentials": false, "auth_type": null}]})])
}
