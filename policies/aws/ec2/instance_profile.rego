# METADATA
# title: EC2 instances have an IAM instance profile
# description: An instance profile gives the instance's software short-lived role credentials, so no long-lived access keys are stored on it.
# custom:
#   id: AWS-EC2-14
#   severity: low
#   hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"]
#   resource_type: aws_ec2_instance
#   evidence: [iam_instance_profile, state]
#   remediation: Attach an IAM instance profile (role) with only the permissions the workload needs.
package hipaa.aws.ec2.instance_profile

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("EC2 instance %s has no IAM instance profile.", [res.label(r)])} if {
	some r in input.resources.aws_ec2_instance
	not _na(r)
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("EC2 instance %s: its instance profile could not be determined.", [res.label(r)])} if {
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
	r.state in {"pending", "running", "stopping", "stopped"}
	is_string(r.iam_instance_profile)
}

_known(r) if {
	r.state in {"pending", "running", "stopping", "stopped"}
	r.iam_instance_profile == null
}

_ok(r) if {
	is_string(r.iam_instance_profile)
	r.iam_instance_profile != ""
}
