# METADATA
# title: An alarm fires on console sign-in failures
# description: A CloudWatch metric filter on the CloudTrail log group matches console sign-in failures, and an alarm with an action watches its metric.
# custom:
#   id: AWS-CW-02
#   severity: medium
#   hipaa: ["164.308(a)(5)(ii)(C)", "164.308(a)(1)(ii)(D)"]
#   resource_type: aws_account
#   reads: [aws_cloudtrail_trail, aws_cloudwatch_metric_filter, aws_cloudwatch_alarm]
#   remediation: Create a metric filter for console sign-in failures on the trail's log group and an alarm on it that notifies an SNS topic.
package hipaa.aws.cloudwatch.console_signin_failures_alarm

import rego.v1

deny contains {"id": a.id, "msg": sprintf("Account %s has no alarm on console sign-in failures.", [a.id])} if {
	some a in input.resources.aws_account
	not _covered(a.id)
}

_covered(account) if {
	some f in input.resources.aws_cloudwatch_metric_filter
	object.get(f, "account", account) == account
	_trail_group(account, f.log_group)
	p := _norm(f.pattern)
	every needle in ["$.eventname=consolelogin", "$.errormessage=failedauthentication"] {
		contains(p, needle)
	}
	_alarmed(account, f)
}

_norm(p) := lower(replace(replace(p, " ", ""), "\"", ""))

_trail_group(account, group) if {
	some t in input.resources.aws_cloudtrail_trail
	object.get(t, "account", account) == account
	t.is_logging == true
	contains(t.cloudwatch_logs_log_group_arn, sprintf(":log-group:%s:", [group]))
}

_alarmed(account, f) if {
	some m in f.metrics
	some a in input.resources.aws_cloudwatch_alarm
	object.get(a, "account", account) == account
	a.metric_name == m.name
	a.namespace == m.namespace
	count(a.alarm_actions) > 0
}
