package hipaa.aws.s3.access_logging_test

import data.hipaa.aws.s3.access_logging as policy
import data.hipaa.lib.testing as t
import rego.v1

_b(id, logging) := {"id": id, "name": id, "logging": logging}

test_logging_passes if {
	t.ids(policy.deny) == set() with input as t.inventory("aws_s3_bucket", [_b("b", {"enabled": true, "target_bucket": "logs"})])
}

test_disabled_fails if {
	policy.deny == {{"id": "b", "msg": "Bucket b has server access logging disabled."}} with input as t.inventory("aws_s3_bucket", [_b("b", {"enabled": false, "target_bucket": null})])
}

test_some_fail if {
	t.ids(policy.deny) == {"off", "notarget"} with input as t.inventory("aws_s3_bucket", [
		_b("on", {"enabled": true, "target_bucket": "logs"}),
		_b("off", {"enabled": false}),
		_b("notarget", {"enabled": true, "target_bucket": ""}),
	])
}

test_missing_fails if {
	t.ids(policy.deny) == {"nolog", "notarget", "noenabled"} with input as t.inventory("aws_s3_bucket", [
		{"id": "nolog"},
		_b("notarget", {"enabled": true}),
		_b("noenabled", {"target_bucket": "logs"}),
	])
}

test_null_fails if {
	t.ids(policy.deny) == {"log", "target", "enabled"} with input as t.inventory("aws_s3_bucket", [
		_b("log", null),
		_b("target", {"enabled": true, "target_bucket": null}),
		_b("enabled", {"enabled": null, "target_bucket": "logs"}),
	])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"log", "target"} with input as t.inventory("aws_s3_bucket", [
		_b("log", true),
		_b("target", {"enabled": true, "target_bucket": 7}),
	])
}
