package hipaa.aws.apigateway.stage_logging_test

import data.hipaa.aws.apigateway.stage_logging as policy
import data.hipaa.lib.testing as t
import rego.v1

_s(id, level, dest) := {"id": id, "name": id, "logging": {"execution_level": level, "access_log_destination": dest}}

_inv(ss) := t.inventory("aws_apigateway_stage", ss)

_dest := "arn:aws:logs:us-east-1:111122223333:log-group:api"

test_execution_or_access_logging_passes if {
	t.ids(policy.deny) == set() with input as _inv([
		_s("info", "INFO", null),
		_s("error", "ERROR", null),
		_s("access", "OFF", _dest),
		_s("both", "INFO", _dest),
	])
}

test_no_logging_fails if {
	policy.deny == {{"id": "a", "msg": "API Gateway stage a logs no requests."}} with input as _inv([_s("a", "OFF", null)])
}

test_empty_destination_is_no_access_logging if {
	t.ids(policy.deny) == {"a"} with input as _inv([_s("a", "OFF", "")])
}

test_missing_logging_fails if {
	policy.deny == {{"id": "a", "msg": "API Gateway stage a: its logging settings could not be read."}} with input as _inv([{"id": "a", "name": "a"}])
}

test_null_logging_fails if {
	t.ids(policy.deny) == {"a"} with input as _inv([{"id": "a", "name": "a", "logging": null}])
}

test_missing_or_null_level_without_access_logging_fails if {
	t.ids(policy.deny) == {"missing", "null"} with input as _inv([
		{"id": "missing", "logging": {"access_log_destination": null}},
		_s("null", null, null),
	])
}

test_missing_or_null_destination_with_execution_logging_passes if {
	t.ids(policy.deny) == set() with input as _inv([
		{"id": "missing", "logging": {"execution_level": "INFO"}},
		_s("null", "ERROR", null),
	])
}

test_missing_level_with_access_logging_passes if {
	t.ids(policy.deny) == set() with input as _inv([{"id": "a", "logging": {"access_log_destination": _dest}}])
}

test_wrong_type_fails if {
	t.ids(policy.deny) == {"logging", "level", "dest"} with input as _inv([
		{"id": "logging", "logging": "INFO"},
		_s("level", 12345, _dest),
		_s("dest", "INFO", true),
	])
}

test_several_stages if {
	t.ids(policy.deny) == {"off", "gone", "odd"} with input as _inv([
		_s("prod", "INFO", _dest),
		_s("off", "OFF", null),
		{"id": "gone"},
		_s("odd", ["INFO"], null),
		_s("access", "OFF", _dest),
	])
}
