# METADATA
# title: Auto Scaling launch configurations do not assign public IP addresses
# description: Instances launched with a public IPv4 address are reachable from the internet; instances that process ePHI belong in private subnets behind a load balancer.
# custom:
#   id: AWS-ASG-02
#   severity: high
#   hipaa: ["164.308(a)(3)(i)", "164.308(a)(3)(ii)(B)", "164.308(a)(4)(ii)(C)", "164.312(a)(1)", "164.312(e)(1)"]
#   resource_type: aws_autoscaling_launch_configuration
#   evidence: [associate_public_ip_address]
#   evidence_optional:
#     associate_public_ip_address: null means the launch configuration does not ask for a public address; the subnet's own setting then applies, which AWS-EC2 subnet controls judge.
#   remediation: Create a launch configuration (or better, a launch template) with AssociatePublicIpAddress false and move the group to it.
package hipaa.aws.autoscaling.launch_config_public_ip

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Launch configuration %s assigns public IP addresses to its instances.", [res.label(r)])} if {
	some r in input.resources.aws_autoscaling_launch_configuration
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Launch configuration %s: its public IP setting could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_autoscaling_launch_configuration
	not _known(r)
}

_known(r) if {
	is_boolean(r.associate_public_ip_address)
}

_known(r) if {
	"associate_public_ip_address" in object.keys(r)
	r.associate_public_ip_address == null
}

_ok(r) if {
	r.associate_public_ip_address == false
}

_ok(r) if {
	r.associate_public_ip_address == null
}
