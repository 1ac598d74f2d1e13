# METADATA
# title: CloudTrail trails validate their log files
# description: Log file validation writes signed digest files, so that any change to or deletion of audit records can be detected.
# custom:
#   id: AWS-CT-02
#   severity: medium
#   hipaa: ["164.312(c)(1)", "164.312(c)(2)", "164.312(b)"]
#   resource_type: aws_cloudtrail_trail
#   evidence: [log_file_validation]
#   remediation: Enable log file validation on the trail.
package hipaa.aws.cloudtrail.log_file_validation

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": t.id, "msg": sprintf("CloudTrail trail %s does not validate its log files.", [res.label(t)])} if {
	some t in input.resources.aws_cloudtrail_trail
	not t.log_file_validation == true
}
