# METADATA
# title: An alarm fires on VPC changes
# description: A CloudWatch metric filter on the CloudTrail log group matches VPC changes, and an alarm in the same region with actions enabled and an action watches its metric. Trails that do not deliver to CloudWatch Logs (or other odd trails) are skipped, never fatal.
# custom:
#   id: AWS-CW-08
#   severity: medium
#   hipaa: ["164.308(a)(6)(i)", "164.308(a)(1)(ii)(D)", "164.312(b)"]
#   resource_type: aws_account
#   reads: [aws_cloudtrail_trail, aws_cloudwatch_metric_filter, aws_cloudwatch_alarm]
#   evidence: [id]
#   remediation: Create a metric filter for VPC changes on the trail's log group and an alarm on it that notifies an SNS topic.
package hipaa.aws.cloudwatch.vpc_changes_alarm

import rego.v1

deny contains {"id": a.id, "msg": sprintf("Account %s has no alarm on VPC changes.", [a.id])} if {
	some a in input.resources.aws_account
	not _covered(a.id)
}

_needles := ["createvpc", "deletevpc", "modifyvpcattribute", "acceptvpcpeeringconnection", "createvpcpeeringconnection", "deletevpcpeeringconnection", "rejectvpcpeeringconnection", "attachclassiclinkvpc", "detachclassiclinkvpc", "disablevpcclassiclink", "enablevpcclassiclink"]

_covered(account) if {
	some f in input.resources.aws_cloudwatch_metric_filter
	is_object(f)
	object.get(f, "account", account) == account
	is_string(f.pattern)
	is_string(f.log_group)
	_trail_group(account, f)
	p := _norm(f.pattern)
	every needle in _needles {
		contains(p, needle)
	}
	_alarmed(account, f)
}

_norm(p) := lower(replace(replace(p, " ", ""), "\"", ""))

# The filter's log group receives a logging trail of the account: the trail's log group ARN is
# arn:<partition>:logs:<region>:<account>:log-group:<name>:* (a trail without one is skipped).
_trail_group(account, f) if {
	some t in input.resources.aws_cloudtrail_trail
	is_object(t)
	object.get(t, "account", account) == account
	t.is_logging == true
	is_string(t.cloudwatch_logs_log_group_arn)
	parts := split(t.cloudwatch_logs_log_group_arn, ":")
	count(parts) >= 7
	parts[5] == "log-group"
	parts[6] == f.log_group
	object.get(f, "region", parts[3]) == parts[3]
}

_alarmed(account, f) if {
	is_array(f.metrics)
	some m in f.metrics
	is_string(m.name)
	some a in input.resources.aws_cloudwatch_alarm
	is_object(a)
	object.get(a, "account", account) == account
	object.get(a, "region", null) == object.get(f, "region", null)
	a.metric_name == m.name
	a.namespace == m.namespace
	a.actions_enabled == true
	is_array(a.alarm_actions)
	count(a.alarm_actions) > 0
}
