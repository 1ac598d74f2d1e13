# METADATA
# title: CloudWatch alarms have enabled actions
# description: An alarm without an enabled action changes state without telling anyone; each alarm notifies (SNS) or acts when it fires.
# custom:
#   id: AWS-CW-10
#   severity: low
#   hipaa: ["164.308(a)(6)(ii)", "164.308(a)(1)(ii)(D)"]
#   resource_type: aws_cloudwatch_alarm
#   evidence: [actions_enabled, alarm_actions]
#   remediation: Enable the alarm's actions and give it an alarm action (an SNS topic).
package hipaa.aws.cloudwatch.alarm_actions

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("CloudWatch alarm %s has no enabled alarm action.", [res.label(r)])} if {
	some r in input.resources.aws_cloudwatch_alarm
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("CloudWatch alarm %s: its actions could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_cloudwatch_alarm
	not _known(r)
}

_known(r) if {
	is_boolean(r.actions_enabled)
	is_array(r.alarm_actions)
}

_ok(r) if {
	r.actions_enabled == true
	count(r.alarm_actions) > 0
}
