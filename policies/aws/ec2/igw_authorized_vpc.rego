# METADATA
# title: Internet gateways are attached only to authorized VPCs
# description: Only the VPCs the entity meant to face the internet may have an internet gateway; one on a VPC that holds ePHI systems opens them to the internet. The scan names the authorized VPCs (--authorized-igw-vpcs).
# custom:
#   id: AWS-EC2-28
#   severity: medium
#   hipaa: ["164.312(e)(1)", "164.312(a)(1)"]
#   resource_type: aws_internet_gateway
#   evidence: [attached_vpc_ids, authorized_vpc_ids]
#   evidence_optional:
#     authorized_vpc_ids: Absent when the scan named no authorized VPCs; the control then has nothing to compare with and is not applicable.
#   remediation: Detach the internet gateway from the VPC (DetachInternetGateway) and route its traffic through an authorized VPC, or add the VPC to the authorized list if it is meant to face the internet.
package hipaa.aws.ec2.igw_authorized_vpc

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Internet gateway %s is attached to a VPC not authorized for an internet gateway.", [res.label(r)])} if {
	some r in input.resources.aws_internet_gateway
	not _na(r)
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Internet gateway %s: its attachments or the authorized VPCs could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_internet_gateway
	not _na(r)
	not _known(r)
}

not_applicable contains {"id": r.id, "reason": "The scan named no authorized VPCs (--authorized-igw-vpcs), or the gateway is attached to no VPC."} if {
	some r in input.resources.aws_internet_gateway
	_na(r)
}

_na(r) if {
	not "authorized_vpc_ids" in object.keys(r)
}

_na(r) if {
	is_array(r.attached_vpc_ids)
	count(r.attached_vpc_ids) == 0
}

_known(r) if {
	is_array(r.attached_vpc_ids)
	is_array(r.authorized_vpc_ids)
}

_ok(r) if {
	count([v | some v in r.attached_vpc_ids; not v in r.authorized_vpc_ids]) == 0
}
