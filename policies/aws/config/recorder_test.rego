package hipaa.aws.config.recorder_test

import data.hipaa.aws.config.recorder as policy
import data.hipaa.lib.testing as t
import rego.v1

_r(id, rec) := {"id": id, "name": id, "region": id, "recorder": rec}

test_recording_all_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_config_settings", [_r("a", {"recording": true, "all_supported": true})])
}

test_not_recording_fails if {
	policy.deny == {{"id": "a", "msg": "AWS Config is not recording all resources in a."}} with input as t.inventory("aws_config_settings", [_r("a", {"recording": false, "all_supported": true})])
}

test_some_fail if {
	t.ids(policy.deny) == {"partial", "stopped"} with input as t.inventory("aws_config_settings", [
		_r("ok", {"recording": true, "all_supported": true}),
		_r("partial", {"recording": true, "all_supported": false}),
		_r("stopped", {"recording": false, "all_supported": true}),
	])
}

test_missing_fails if {
	policy.deny == {{"id": "x", "msg": "AWS Config is not recording all resources in x."}} with input as t.inventory("aws_config_settings", [{"id": "x"}])
	t.ids(policy.deny) == {"a"} with input as t.inventory("aws_config_settings", [_r("a", {"recording": true})])
}

test_null_fails if {
	t.ids(policy.deny) == {"a", "b", "c"} with input as t.inventory("aws_config_settings", [_r("a", null), _r("b", {"recording": null, "all_supported": true}), _r("c", {"recording": true, "all_supported": null})])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"a", "b"} with input as t.inventory("aws_config_settings", [_r("a", "on"), _r("b", {"recording": "true", "all_supported": true})])
}
