# METADATA
# title: EC2 instances are EBS-optimized
# description: An EBS-optimized instance has dedicated bandwidth to its volumes, so disk traffic does not compete with network traffic under load.
# custom:
#   id: AWS-EC2-23
#   severity: low
#   hipaa: ["164.308(a)(7)(ii)(C)"]
#   resource_type: aws_ec2_instance
#   evidence: [ebs_optimized, state]
#   remediation: Stop the instance and enable EBS optimization, or move to an instance type that is EBS-optimized by default.
package hipaa.aws.ec2.ebs_optimized

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("EC2 instance %s is not EBS-optimized.", [res.label(r)])} if {
	some r in input.resources.aws_ec2_instance
	not _na(r)
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("EC2 instance %s: whether it is EBS-optimized could not be determined.", [res.label(r)])} if {
	some r in input.resources.aws_ec2_instance
	not _na(r)
	not _known(r)
}

not_applicable contains {"id": r.id, "reason": "The instance is terminated or shutting down."} if {
	some r in input.resources.aws_ec2_instance
	_na(r)
}

_na(r) if {
	r.state in {"terminated", "shutting-down"}
}

_known(r) if {
	is_boolean(r.ebs_optimized)
	r.state in {"pending", "running", "stopping", "stopped"}
}

_ok(r) if {
	r.ebs_optimized == true
}
