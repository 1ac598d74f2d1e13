package hipaa.aws.lambda.dead_letter_queue_test

import data.hipaa.aws.lambda.dead_letter_queue as policy
import data.hipaa.lib.testing as t
import rego.v1

_good := {"id": "a", "name": "a", "dead_letter_target": "arn:aws:sqs:us-east-1:1:dlq"}

_inv(rs) := t.inventory("aws_lambda_function", rs)

test_compliant_passes if {
	t.ids(policy.deny) == set() with input as _inv([_good])
}

test_fails if {
	policy.deny == {{"id": "a", "msg": "Lambda function a has no dead-letter queue."}} with input as _inv([object.union(_good, {"dead_letter_target": null})])
}

test_only_failing_resources_fail if {
	t.ids(policy.deny) == {"b"} with input as _inv([_good, object.union(_good, {"dead_letter_target": null, "id": "b", "name": "b"}), object.union(_good, {"id": "c", "name": "c"})])
}

test_missing_dead_letter_target_fails if {
	policy.deny == {{"id": "a", "msg": "Lambda function a: its dead-letter configuration could not be determined."}} with input as _inv([object.remove(_good, ["dead_letter_target"])])
}

test_null_dead_letter_target_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"dead_letter_target": null})])
}

test_wrong_type_0_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([object.union(_good, {"dead_letter_target": 5})])
}
