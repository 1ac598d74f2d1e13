package hipaa.aws.cloudtrail.bedrock_data_events_test

import data.hipaa.aws.cloudtrail.bedrock_data_events as policy
import data.hipaa.lib.testing as t
import rego.v1

_inv(trails) := {"resources": {"aws_account": [{"id": "a1"}, {"id": "a2"}], "aws_cloudtrail_trail": trails}}

_t(id, account, logging, types) := {"id": id, "account": account, "is_logging": logging, "data_event_types": types}

test_bedrock_events_pass if {
	t.ids(policy.deny) == set() with input as _inv([
		_t("t1", "a1", true, ["AWS::Bedrock::Model", "AWS::S3::Object"]),
		_t("t2", "a2", true, ["AWS::Bedrock::Model"]),
	])
}

test_not_logging_fails if {
	policy.deny == {{"id": "a1", "msg": "Account a1 has no logging trail recording Bedrock model invocations."}} with input as _inv([
		_t("t1", "a1", false, ["AWS::Bedrock::Model"]),
		_t("t2", "a2", true, ["AWS::Bedrock::Model"]),
	])
}

test_other_types_fail if {
	t.ids(policy.deny) == {"a2"} with input as _inv([
		_t("t1", "a1", true, ["AWS::Bedrock::Model"]),
		_t("t2", "a2", true, ["AWS::S3::Object", "AWS::Bedrock::AgentAlias"]),
	])
	t.ids(policy.deny) == {"a1", "a2"} with input as _inv([])
}

test_missing_fields_fail if {
	t.ids(policy.deny) == {"a1", "a2"} with input as _inv([
		{"id": "t1", "account": "a1", "is_logging": true},
		{"id": "t2", "account": "a2", "data_event_types": ["AWS::Bedrock::Model"]},
		{"id": "t3", "is_logging": true, "data_event_types": ["AWS::Bedrock::Model"]},
	])
}

test_null_and_wrong_types_fail if {
	t.ids(policy.deny) == {"a1", "a2"} with input as _inv([
		_t("t1", "a1", true, null),
		_t("t2", "a2", "true", ["AWS::Bedrock::Model"]),
		_t("t3", "a2", true, "AWS::Bedrock::Model"),
	])
}
