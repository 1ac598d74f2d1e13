# METADATA
# title: AWS WAF web ACLs log their traffic
# description: Web ACL logs record every request the firewall judged in front of ePHI applications; without them blocked attacks and allowed requests leave no trace to review.
# custom:
#   id: AWS-WAF-01
#   severity: medium
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: aws_wafv2_web_acl
#   evidence: [logging_destinations]
#   remediation: Add a logging configuration to the web ACL (PutLoggingConfiguration) with a CloudWatch Logs group, S3 bucket or Firehose stream named aws-waf-logs-*.
package hipaa.aws.waf.web_acl_logging

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("AWS WAF web ACL %s does not log its traffic.", [res.label(r)])} if {
	some r in input.resources.aws_wafv2_web_acl
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("AWS WAF web ACL %s: its logging configuration could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_wafv2_web_acl
	not _known(r)
}

_known(r) if {
	is_array(r.logging_destinations)
}

_ok(r) if {
	count(r.logging_destinations) > 0
}
