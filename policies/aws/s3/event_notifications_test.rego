package hipaa.aws.s3.event_notifications_test

import data.hipaa.aws.s3.event_notifications as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "event_notifications": ["QueueConfigurations"]}

_inv(rs) := t.inventory("aws_s3_bucket", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "S3 bucket a sends no event notifications."}} with input as _inv([object.union(_good, {"event_notifications": []})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"event_notifications": [], "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_event_notifications if {
	policy.deny == {{"id": "a", "msg": "S3 bucket a: its event notification configuration could not be read."}} with input as _inv([object.remove(_good, ["event_notifications"])])
}

test_null_event_notifications if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"event_notifications": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"event_notifications": true})])
}
