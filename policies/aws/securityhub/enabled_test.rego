package hipaa.aws.securityhub.enabled_test

import data.hipaa.aws.securityhub.enabled as policy
import rego.v1

test_enabled_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_securityhub_settings": [{"id": "r1", "name": "n1", "region": "x", "enabled": true}]}}
}

test_disabled_fails if {
	policy.deny == {{"id": "r1", "msg": "Security Hub is not enabled in x."}} with input as {"resources": {"aws_securityhub_settings": [{"id": "r1", "name": "n1", "region": "x", "enabled": false}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_securityhub_settings": [{"id": "r1", "name": "n1", "region": "x"}]}}
}
