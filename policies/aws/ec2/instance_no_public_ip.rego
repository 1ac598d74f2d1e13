# METADATA
# title: EC2 instances have no public IP address
# description: Instances that process ePHI sit in private subnets and are reached through load balancers, VPN or Session Manager.
# custom:
#   id: AWS-EC2-05
#   severity: high
#   hipaa: ["164.312(a)(1)", "164.308(a)(3)(i)"]
#   resource_type: aws_ec2_instance
#   evidence: [public_ip]
#   evidence_optional:
#     public_ip: Null means the instance has no public IP address (the compliant state); a missing field still fails.
#   remediation: Launch the instance in a private subnet without a public IP (or disassociate the Elastic IP) and front it with a load balancer.
package hipaa.aws.ec2.instance_no_public_ip

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": i.id, "msg": sprintf("EC2 instance %s has the public IP address %s.", [res.label(i), ip])} if {
	some i in input.resources.aws_ec2_instance
	ip := i.public_ip
	is_string(ip)
	ip != ""
}

deny contains {"id": i.id, "msg": sprintf("EC2 instance %s: its public IP address could not be read.", [res.label(i)])} if {
	some i in input.resources.aws_ec2_instance
	not _read(i)
}

_read(i) if {
	is_string(i.public_ip)
	i.public_ip != ""
}

_read(i) if is_null(i.public_ip)
