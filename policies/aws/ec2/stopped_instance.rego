# METADATA
# title: EC2 instances are not left stopped for more than 30 days
# description: An instance stopped for more than 30 days (the AWS Config pack's default) keeps its volumes and data without being patched or used; remove it or start it.
# custom:
#   id: AWS-EC2-22
#   severity: low
#   hipaa: ["164.308(a)(1)(ii)(B)", "164.310(d)(2)(i)"]
#   resource_type: aws_ec2_instance
#   evidence: [state, stopped_days]
#   remediation: Terminate the instance (after a backup if its data must be kept), or start and patch it.
package hipaa.aws.ec2.stopped_instance

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("EC2 instance %s has been stopped for %s days (more than 30).", [res.label(r), res.text(days)])} if {
	some r in input.resources.aws_ec2_instance
	not _na(r)
	_known(r)
	not _ok(r)
	days := r.stopped_days
}

deny contains {"id": r.id, "msg": sprintf("EC2 instance %s: its state or the time it stopped could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_ec2_instance
	not _na(r)
	not _known(r)
}

not_applicable contains {"id": r.id, "reason": "The instance is not stopped."} if {
	some r in input.resources.aws_ec2_instance
	_na(r)
}

_na(r) if {
	r.state in {"pending", "running", "stopping", "shutting-down", "terminated"}
}

_known(r) if {
	r.state == "stopped"
	is_number(r.stopped_days)
}

_ok(r) if {
	r.stopped_days <= 30
}
