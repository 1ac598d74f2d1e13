package hipaa.aws.config.recorder_test

import data.hipaa.aws.config.recorder as policy
import rego.v1

test_recording_passes if {
	count(policy.deny) == 0 with input as {"resources": {"aws_config_settings": [{"id": "r1", "name": "n1", "region": "x", "recorder": {"recording": true, "all_supported": true}}]}}
}

test_stopped_fails if {
	policy.deny == {{"id": "r1", "msg": "AWS Config is not recording all resources in x."}} with input as {"resources": {"aws_config_settings": [{"id": "r1", "name": "n1", "region": "x", "recorder": {"recording": false, "all_supported": true}}]}}
}

test_partial_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_config_settings": [{"id": "r1", "name": "n1", "region": "x", "recorder": {"recording": true, "all_supported": false}}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_config_settings": [{"id": "r1", "name": "n1", "region": "x"}]}}
}
