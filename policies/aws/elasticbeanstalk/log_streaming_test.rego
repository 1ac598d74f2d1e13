package hipaa.aws.elasticbeanstalk.log_streaming_test

import data.hipaa.aws.elasticbeanstalk.log_streaming as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "log_streaming": "true"}

_inv(rs) := t.inventory("aws_elastic_beanstalk_environment", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "Elastic Beanstalk environment a does not stream its logs to CloudWatch Logs."}} with input as _inv([object.union(_good, {"log_streaming": "false"})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"log_streaming": "false", "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_log_streaming if {
	policy.deny == {{"id": "a", "msg": "Elastic Beanstalk environment a: its log streaming setting could not be determined."}} with input as _inv([object.remove(_good, ["log_streaming"])])
}

test_null_log_streaming if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"log_streaming": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"log_streaming": true})])
}
