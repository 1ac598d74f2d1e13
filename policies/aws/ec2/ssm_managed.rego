# METADATA
# title: EC2 instances are managed by Systems Manager
# description: >-
#   Running (and pending) instances are registered with SSM so that they can be patched and inventoried.
#   Stopped, stopping, shutting-down and terminated instances are not_applicable: the SSM Agent only
#   reports from a running instance. An instance whose state cannot be read fails.
# custom:
#   id: AWS-EC2-11
#   severity: medium
#   hipaa: ["164.308(a)(1)(ii)(B)", "164.308(a)(5)(ii)(B)"]
#   resource_type: aws_ec2_instance
#   evidence: [state, instance_id, region, account]
#   reads: [aws_ssm_managed_instance]
#   remediation: Install/enable the SSM agent and attach an instance profile with AmazonSSMManagedInstanceCore.
package hipaa.aws.ec2.ssm_managed

import data.hipaa.lib.resource as res
import rego.v1

_live := {"pending", "running"}

_down := {"stopped", "stopping", "shutting-down", "terminated"}

deny contains {"id": i.id, "msg": sprintf("EC2 instance %s is not managed by Systems Manager.", [res.label(i)])} if {
	some i in input.resources.aws_ec2_instance
	i.state in _live
	not _managed(i)
}

deny contains {"id": i.id, "msg": sprintf("EC2 instance %s: its state could not be read.", [res.label(i)])} if {
	some i in input.resources.aws_ec2_instance
	not _state_read(i)
}

not_applicable contains {"id": i.id, "reason": sprintf("EC2 instance %s is %s: the SSM Agent only reports from a running instance.", [res.label(i), i.state])} if {
	some i in input.resources.aws_ec2_instance
	i.state in _down
}

_state_read(i) if i.state in _live

_state_read(i) if i.state in _down

# Indexed once: linear in instances + managed instances.
_managed_keys contains [account, m.region, m.instance_id] if {
	some m in input.resources.aws_ssm_managed_instance
	is_string(m.region)
	is_string(m.instance_id)
	account := object.get(m, "account", "")
}

_managed(i) if {
	is_string(i.region)
	is_string(i.instance_id)
	[object.get(i, "account", ""), i.region, i.instance_id] in _managed_keys
}
