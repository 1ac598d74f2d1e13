package hipaa.aws.accessanalyzer.enabled_test

import data.hipaa.aws.accessanalyzer.enabled as policy
import data.hipaa.lib.testing as t
import rego.v1

_r(id, v) := {"id": id, "name": id, "region": id, "active_analyzers": v}

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_access_analyzer_settings", [_r("us-east-1", ["arn:aws:access-analyzer:us-east-1:1:analyzer/a"])])
}

test_noncompliant_fails if {
	policy.deny == {{"id": "us-east-1", "msg": "IAM Access Analyzer has no active analyzer in us-east-1."}} with input as t.inventory("aws_access_analyzer_settings", [_r("us-east-1", false)])
}

test_some_fail if {
	t.ids(policy.deny) == {"eu-west-1"} with input as t.inventory("aws_access_analyzer_settings", [_r("us-east-1", ["arn:aws:access-analyzer:us-east-1:1:analyzer/a"]), _r("eu-west-1", false)])
}

test_missing_fails if {
	policy.deny == {{"id": "x", "msg": "IAM Access Analyzer has no active analyzer in x."}} with input as t.inventory("aws_access_analyzer_settings", [{"id": "x"}])
}

test_null_fails if {
	t.ids(policy.deny) == {"a", "b"} with input as t.inventory("aws_access_analyzer_settings", [_r("a", null), {"id": "b", "name": "b", "region": null, "active_analyzers": null}])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"a"} with input as t.inventory("aws_access_analyzer_settings", [_r("a", "true")])
}

test_empty_list_fails if {
	t.ids(policy.deny) == {"a"} with input as t.inventory("aws_access_analyzer_settings", [_r("a", []), _r("b", ["x"])])
}

test_string_is_not_a_list if {
	t.ids(policy.deny) == {"a"} with input as t.inventory("aws_access_analyzer_settings", [_r("a", "analyzer")])
}
