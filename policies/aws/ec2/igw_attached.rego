# METADATA
# title: Internet gateways are attached to a VPC
# description: A detached internet gateway is left over from a removed network; attached later to the wrong VPC it opens a path to the internet for ePHI systems (Powerpipe's check).
# custom:
#   id: AWS-EC2-27
#   severity: low
#   hipaa: ["164.312(e)(1)", "164.308(a)(1)(ii)(B)"]
#   resource_type: aws_internet_gateway
#   evidence: [attached_vpc_ids]
#   remediation: Delete the unused internet gateway (DeleteInternetGateway).
package hipaa.aws.ec2.igw_attached

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Internet gateway %s is not attached to any VPC.", [res.label(r)])} if {
	some r in input.resources.aws_internet_gateway
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Internet gateway %s: its attachments could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_internet_gateway
	not _known(r)
}

_known(r) if {
	is_array(r.attached_vpc_ids)
}

_ok(r) if {
	count(r.attached_vpc_ids) > 0
}
