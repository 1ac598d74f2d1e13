# METADATA
# title: Elastic Beanstalk environments stream their logs to CloudWatch Logs
# description: Streamed instance logs outlive the instances that wrote them and can be reviewed for activity in the ePHI application.
# custom:
#   id: AWS-EB-03
#   severity: medium
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: aws_elastic_beanstalk_environment
#   evidence: [log_streaming]
#   remediation: Set aws:elasticbeanstalk:cloudwatch:logs StreamLogs true (with a retention).
package hipaa.aws.elasticbeanstalk.log_streaming

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Elastic Beanstalk environment %s does not stream its logs to CloudWatch Logs.", [res.label(r)])} if {
	some r in input.resources.aws_elastic_beanstalk_environment
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Elastic Beanstalk environment %s: its log streaming setting could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_elastic_beanstalk_environment
	not _known(r)
}

_known(r) if {
	is_string(r.log_streaming)
}

_ok(r) if {
	r.log_streaming == "true"
}
