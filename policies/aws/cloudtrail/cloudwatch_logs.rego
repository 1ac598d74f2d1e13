# METADATA
# title: CloudTrail trails deliver to CloudWatch Logs
# description: Trails send events to CloudWatch Logs, where metric filters and alarms review them in near real time.
# custom:
#   id: AWS-CT-05
#   severity: medium
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)", "164.308(a)(5)(ii)(C)"]
#   resource_type: aws_cloudtrail_trail
#   evidence: [cloudwatch_logs_log_group_arn]
#   remediation: Configure the trail's CloudWatch Logs log group and delivery role.
package hipaa.aws.cloudtrail.cloudwatch_logs

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": t.id, "msg": sprintf("Trail %s does not deliver to CloudWatch Logs.", [res.label(t)])} if {
	some t in input.resources.aws_cloudtrail_trail
	not _delivers(t)
}

_delivers(t) if {
	is_string(t.cloudwatch_logs_log_group_arn)
	t.cloudwatch_logs_log_group_arn != ""
}
