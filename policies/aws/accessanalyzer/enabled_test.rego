package hipaa.aws.accessanalyzer.enabled_test

import data.hipaa.aws.accessanalyzer.enabled as policy
import rego.v1

test_active_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_access_analyzer_settings": [{"id": "r1", "name": "n1", "region": "x", "active_analyzers": ["org"]}]}}
}

test_none_fails if {
	policy.deny == {{"id": "r1", "msg": "IAM Access Analyzer has no active analyzer in x."}} with input as {"resources": {"aws_access_analyzer_settings": [{"id": "r1", "name": "n1", "region": "x", "active_analyzers": []}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_access_analyzer_settings": [{"id": "r1", "name": "n1", "region": "x"}]}}
}
