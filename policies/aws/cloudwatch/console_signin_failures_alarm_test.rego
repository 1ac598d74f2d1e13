package hipaa.aws.cloudwatch.console_signin_failures_alarm_test

import data.hipaa.aws.cloudwatch.console_signin_failures_alarm as policy
import rego.v1

test_filter_and_alarm_pass if {
	count(policy.deny) == 0 with input as {"resources": {"aws_account": [{"id": "a1"}], "aws_cloudtrail_trail": [{"id": "t", "account": "a1", "is_logging": true, "cloudwatch_logs_log_group_arn": "arn:aws:logs:x:a1:log-group:ct:*"}], "aws_cloudwatch_metric_filter": [{"id": "f", "account": "a1", "log_group": "ct", "pattern": "{ ($.eventName = ConsoleLogin) && ($.errorMessage = \"Failed authentication\") }", "metrics": [{"name": "M", "namespace": "N"}]}], "aws_cloudwatch_alarm": [{"id": "al", "account": "a1", "metric_name": "M", "namespace": "N", "alarm_actions": ["arn:sns"]}]}}
}

test_no_alarm_fails if {
	policy.deny == {{"id": "a1", "msg": "Account a1 has no alarm on console sign-in failures."}} with input as {"resources": {"aws_account": [{"id": "a1"}], "aws_cloudtrail_trail": [{"id": "t", "account": "a1", "is_logging": true, "cloudwatch_logs_log_group_arn": "arn:aws:logs:x:a1:log-group:ct:*"}], "aws_cloudwatch_metric_filter": [{"id": "f", "account": "a1", "log_group": "ct", "pattern": "{ ($.eventName = ConsoleLogin) && ($.errorMessage = \"Failed authentication\") }", "metrics": [{"name": "M", "namespace": "N"}]}], "aws_cloudwatch_alarm": []}}
}

test_alarm_without_action_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_account": [{"id": "a1"}], "aws_cloudtrail_trail": [{"id": "t", "account": "a1", "is_logging": true, "cloudwatch_logs_log_group_arn": "arn:aws:logs:x:a1:log-group:ct:*"}], "aws_cloudwatch_metric_filter": [{"id": "f", "account": "a1", "log_group": "ct", "pattern": "{ ($.eventName = ConsoleLogin) && ($.errorMessage = \"Failed authentication\") }", "metrics": [{"name": "M", "namespace": "N"}]}], "aws_cloudwatch_alarm": [{"id": "al", "account": "a1", "metric_name": "M", "namespace": "N", "alarm_actions": []}]}}
}

test_other_pattern_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_account": [{"id": "a1"}], "aws_cloudtrail_trail": [{"id": "t", "account": "a1", "is_logging": true, "cloudwatch_logs_log_group_arn": "arn:aws:logs:x:a1:log-group:ct:*"}], "aws_cloudwatch_metric_filter": [{"id": "f", "account": "a1", "log_group": "ct", "pattern": "{ $.eventName = DescribeInstances }", "metrics": [{"name": "M", "namespace": "N"}]}], "aws_cloudwatch_alarm": [{"id": "al", "account": "a1", "metric_name": "M", "namespace": "N", "alarm_actions": ["arn:sns"]}]}}
}

test_group_not_from_trail_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_account": [{"id": "a1"}], "aws_cloudtrail_trail": [{"id": "t", "account": "a1", "is_logging": true, "cloudwatch_logs_log_group_arn": "arn:aws:logs:x:a1:log-group:ct:*"}], "aws_cloudwatch_metric_filter": [{"id": "f", "account": "a1", "log_group": "other", "pattern": "{ ($.eventName = ConsoleLogin) && ($.errorMessage = \"Failed authentication\") }", "metrics": [{"name": "M", "namespace": "N"}]}], "aws_cloudwatch_alarm": [{"id": "al", "account": "a1", "metric_name": "M", "namespace": "N", "alarm_actions": ["arn:sns"]}]}}
}

test_missing_field_fails if {
	count(policy.deny) == 1 with input as {"resources": {"aws_account": [{"id": "a1"}], "aws_cloudtrail_trail": [{"id": "t", "account": "a1", "is_logging": true}], "aws_cloudwatch_metric_filter": [{"id": "f", "account": "a1", "log_group": "ct", "pattern": "{ ($.eventName = ConsoleLogin) && ($.errorMessage = \"Failed authentication\") }", "metrics": [{"name": "M", "namespace": "N"}]}], "aws_cloudwatch_alarm": [{"id": "al", "account": "a1", "metric_name": "M", "namespace": "N", "alarm_actions": ["arn:sns"]}]}}
}
