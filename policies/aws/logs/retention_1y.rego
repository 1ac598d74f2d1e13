# METADATA
# title: CloudWatch log groups keep logs for at least a year
# description: Logs are retained at least 365 days (or never expire) so that activity can be reviewed after the fact.
# custom:
#   id: AWS-LOGS-02
#   severity: medium
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: aws_cloudwatch_log_group
#   evidence: [retention_in_days, never_expire]
#   evidence_optional:
#     retention_in_days: Null when the log group never expires (never_expire true).
#     never_expire: A retention of 365 days or more is compliant on its own.
#   remediation: Set the log group's retention to 365 days or more (or archive to S3 with a lifecycle that keeps them).
package hipaa.aws.logs.retention_1y

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": g.id, "msg": sprintf("Log group %s keeps logs for %s days (less than 365).", [res.label(g), res.text(object.get(g, "retention_in_days", null))])} if {
	some g in input.resources.aws_cloudwatch_log_group
	not _year(g)
}

_year(g) if g.never_expire == true

_year(g) if {
	is_number(g.retention_in_days)
	g.retention_in_days >= 365
}
