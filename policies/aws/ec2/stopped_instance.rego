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
	_known(r)
	not _ok(r)
	days := r.stopped_days
}

deny contains {"id": r.id, "msg": sprintf("EC2 instance %s: its state or the time it stopped could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_ec2_instance
	not _known(r)
}

_known(r) if {
	r.state == "stopped"
	is_number(r.stopped_days)
}

_known(r) if {
	is_string(r.state)
	r.state != "stopped"
}

_ok(r) if {
	r.state != "stopped"
}

_ok(r) if {
	is_number(r.stopped_days)
	r.stopped_days <= 30
}
