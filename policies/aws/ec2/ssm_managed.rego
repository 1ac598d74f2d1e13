# METADATA
# title: EC2 instances are managed by Systems Manager
# description: Running instances are registered with SSM so that they can be patched and inventoried.
# custom:
#   id: AWS-EC2-11
#   severity: medium
#   hipaa: ["164.308(a)(1)(ii)(B)", "164.308(a)(5)(ii)(B)"]
#   resource_type: aws_ec2_instance
#   evidence: [state, instance_id]
#   reads: [aws_ssm_managed_instance]
#   remediation: Install/enable the SSM agent and attach an instance profile with AmazonSSMManagedInstanceCore.
package hipaa.aws.ec2.ssm_managed

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": i.id, "msg": sprintf("EC2 instance %s is not managed by Systems Manager.", [res.label(i)])} if {
	some i in input.resources.aws_ec2_instance
	not i.state in {"stopped", "terminated", "shutting-down", "stopping"}
	not _managed(i)
}

# Indexed once: linear in instances + managed instances.
_managed_keys contains [object.get(m, "account", ""), m.region, m.instance_id] if {
	some m in input.resources.aws_ssm_managed_instance
}

_managed(i) if {
	[object.get(i, "account", ""), i.region, i.instance_id] in _managed_keys
}
