# METADATA
# title: Subnets do not give instances public IP addresses automatically
# description: A subnet that maps a public IPv4 address on launch puts every new instance on the internet unless someone remembers to opt out.
# custom:
#   id: AWS-EC2-20
#   severity: medium
#   hipaa: ["164.312(a)(1)", "164.312(e)(1)"]
#   resource_type: aws_subnet
#   evidence: [map_public_ip_on_launch]
#   remediation: Turn off auto-assign public IPv4 on the subnet (ModifySubnetAttribute MapPublicIpOnLaunch false).
package hipaa.aws.ec2.subnet_no_auto_public_ip

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Subnet %s assigns public IP addresses to new instances.", [res.label(r)])} if {
	some r in input.resources.aws_subnet
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Subnet %s: whether it assigns public IP addresses could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_subnet
	not _known(r)
}

_known(r) if {
	is_boolean(r.map_public_ip_on_launch)
}

_ok(r) if {
	r.map_public_ip_on_launch == false
}
