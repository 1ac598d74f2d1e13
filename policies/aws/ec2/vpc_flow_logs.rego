# METADATA
# title: VPC flow logs are enabled
# description: Every VPC records its network flows, so that access to systems holding ePHI can be reviewed.
# custom:
#   id: AWS-EC2-10
#   severity: medium
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: aws_vpc
#   evidence: [flow_logs.enabled]
#   remediation: Create a flow log (traffic type ALL) for the VPC to CloudWatch Logs or S3.
package hipaa.aws.ec2.vpc_flow_logs

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": v.id, "msg": sprintf("VPC %s has no active flow log.", [res.label(v)])} if {
	some v in input.resources.aws_vpc
	v.flow_logs.enabled == false
}

deny contains {"id": v.id, "msg": sprintf("VPC %s: its flow logs could not be read.", [res.label(v)])} if {
	some v in input.resources.aws_vpc
	not _read(v)
}

_read(v) if is_boolean(v.flow_logs.enabled)
