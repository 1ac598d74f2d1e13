# METADATA
# title: OpenSearch domains publish error logs to CloudWatch Logs
# description: The domain publishes its application (error) logs to CloudWatch Logs, where they are kept and reviewed with the other audit logs.
# custom:
#   id: AWS-OS-05
#   severity: low
#   hipaa: ["164.312(b)"]
#   resource_type: aws_opensearch_domain
#   evidence: [cloudwatch_logs]
#   remediation: Enable ES_APPLICATION_LOGS publishing to a CloudWatch Logs group in the domain's log publishing options.
package hipaa.aws.opensearch.cloudwatch_logs

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("OpenSearch domain %s does not publish its error logs to CloudWatch Logs.", [res.label(r)])} if {
	some r in input.resources.aws_opensearch_domain
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("OpenSearch domain %s: its log publishing could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_opensearch_domain
	not _known(r)
}

_known(r) if {
	is_array(r.cloudwatch_logs)
}

_ok(r) if {
	"ES_APPLICATION_LOGS" in r.cloudwatch_logs
}
