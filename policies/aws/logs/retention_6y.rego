# METADATA
# title: Log groups tagged as audit evidence keep logs for six years
# description: Documentation the Rule requires is retained six years; log groups tagged audit-evidence=true keep logs at least 2192 days (or never expire).
# custom:
#   id: AWS-LOGS-03
#   severity: medium
#   hipaa: ["164.316(b)(2)(i)"]
#   resource_type: aws_cloudwatch_log_group
#   evidence: [retention_in_days, never_expire, tags]
#   scope: {field: tags.audit-evidence, in: ["true"]}
#   evidence_optional:
#     retention_in_days: Null when the log group never expires (never_expire true).
#     never_expire: A retention of 2192 days or more is compliant on its own.
#     tags: Read only by the scope; a log group without the audit-evidence tag is not judged by this control.
#   remediation: Set the log group's retention to 2192 days (6 years) or more, or export to an S3 bucket with a 6-year Object Lock retention.
package hipaa.aws.logs.retention_6y

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": g.id, "msg": sprintf("Log group %s is audit evidence but keeps logs for %s days (less than 6 years).", [res.label(g), res.text(object.get(g, "retention_in_days", null))])} if {
	some g in input.resources.aws_cloudwatch_log_group
	not _six_years(g)
}

_six_years(g) if g.never_expire == true

_six_years(g) if {
	is_number(g.retention_in_days)
	g.retention_in_days >= 2192
}
