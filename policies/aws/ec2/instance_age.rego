# METADATA
# title: EC2 instances are relaunched within 180 days
# description: "An instance running for more than 180 days (Prowler's default max_ec2_instance_age_in_days) likely runs an old image that misses patches; replacing instances from a patched image keeps the fleet current. The limit is the _max_age_days rule of this policy: a copy in a custom policy directory can set another."
# custom:
#   id: AWS-EC2-13
#   severity: low
#   hipaa: ["164.308(a)(1)(ii)(B)", "164.308(a)(5)(ii)(B)"]
#   resource_type: aws_ec2_instance
#   evidence: [age_days, state]
#   remediation: Replace the instance with one launched from a current, patched image (or refresh it through an Auto Scaling instance refresh).
package hipaa.aws.ec2.instance_age

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("EC2 instance %s was launched %s days ago (more than 180).", [res.label(r), res.text(r.age_days)])} if {
	some r in input.resources.aws_ec2_instance
	not _na(r)
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("EC2 instance %s: its launch time could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_ec2_instance
	not _na(r)
	not _known(r)
}

not_applicable contains {"id": r.id, "reason": "The instance is not running."} if {
	some r in input.resources.aws_ec2_instance
	_na(r)
}

_na(r) if {
	r.state in {"stopped", "stopping", "terminated", "shutting-down"}
}

_known(r) if {
	is_number(r.age_days)
	r.state in {"pending", "running"}
}

_ok(r) if {
	r.age_days <= _max_age_days
}

# Prowler's default (max_ec2_instance_age_in_days).
_max_age_days := 180
