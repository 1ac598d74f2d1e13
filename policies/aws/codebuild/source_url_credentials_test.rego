package hipaa.aws.codebuild.source_url_credentials_test

import data.hipaa.aws.codebuild.source_url_credentials as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "sources": [{"type": "GITHUB", "url_has_credentials": false, "auth_type": "OAUTH"}]}

_inv(rs) := t.inventory("aws_codebuild_project", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "CodeBuild project a has a source URL with embedded credentials."}} with input as _inv([object.union(_good, {"sources": [{"type": "GITHUB", "url_has_credentials": false, "auth_type": "OAUTH"}, {"type": "BITBUCKET", "url_has_credentials": true, "auth_type": null}]})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"sources": [{"type": "GITHUB", "url_has_credentials": false, "auth_type": "OAUTH"}, {"type": "BITBUCKET", "url_has_credentials": true, "auth_type": null}], "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_sources if {
	policy.deny == {{"id": "a", "msg": "CodeBuild project a: its sources could not be read."}} with input as _inv([object.remove(_good, ["sources"])])
}

test_null_sources if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"sources": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"sources": [{"type": "GITHUB", "url_has_credentials": "no"}]})])
}

test_wrong_type_1_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"sources": {}})])
}

test_wrong_type_2_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"sources": []})])
}
