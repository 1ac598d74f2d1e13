# METADATA
# title: VPCs reach the EC2 API through a VPC endpoint
# description: An interface endpoint for the EC2 API keeps the calls that manage ePHI instances on the AWS network instead of the internet (Powerpipe's check, AWS Security Hub EC2.10).
# custom:
#   id: AWS-EC2-26
#   severity: low
#   hipaa: ["164.312(e)(1)", "164.314(b)(1)"]
#   resource_type: aws_vpc
#   evidence: [region, endpoint_services]
#   remediation: Create an interface VPC endpoint for com.amazonaws.<region>.ec2 in the VPC.
package hipaa.aws.ec2.vpc_ec2_endpoint

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("VPC %s has no VPC endpoint for the EC2 API.", [res.label(r)])} if {
	some r in input.resources.aws_vpc
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("VPC %s: its VPC endpoints could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_vpc
	not _known(r)
}

_known(r) if {
	is_string(r.region)
	is_array(r.endpoint_services)
}

_ok(r) if {
	some s in r.endpoint_services
	s == concat("", ["com.amazonaws.", r.region, ".ec2"])
}
