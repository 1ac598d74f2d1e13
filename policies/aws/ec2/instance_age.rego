# METADATA
# title: EC2 instances are relaunched within the age limit (180 days unless set)
# description: "An instance running longer than the limit likely runs an old image that misses patches; replacing instances from a patched image keeps the fleet current. The limit is 180 days (Prowler's default max_ec2_instance_age_in_days) unless the scan sets another (--max-instance-age-days), which the inventory carries on each instance as age_limit_days."
# custom:
#   id: AWS-EC2-13
#   severity: low
#   hipaa: ["164.308(a)(1)(ii)(B)", "164.308(a)(5)(ii)(B)"]
#   resource_type: aws_ec2_instance
#   evidence: [age_days, state, age_limit_days]
#   evidence_optional:
#     age_limit_days: Absent when the scan set no limit of its own; the default of 180 days then applies.
#   remediation: Replace the instance with one launched from a current, patched image (or refresh it through an Auto Scaling instance refresh).
package hipaa.aws.ec2.instance_age

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("EC2 instance %s was launched %s days ago (more than %s).", [res.label(r), res.text(r.age_days), res.text(limit)])} if {
	some r in input.resources.aws_ec2_instance
	not _na(r)
	_known(r)
	limit := _limit(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("EC2 instance %s: its launch time or age limit could not be read.", [res.label(r)])} if {
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
	is_number(_limit(r))
}

_ok(r) if {
	r.age_days <= _limit(r)
}

# The scan's own limit (--max-instance-age-days), carried on the instance; a value of another type
# leaves the limit unknown (denied as unreadable), never the default.
_limit(r) := r.age_limit_days if {
	is_number(r.age_limit_days)
	r.age_limit_days > 0
}

_limit(r) := default_max_age_days if not "age_limit_days" in object.keys(r)

# Prowler's default (max_ec2_instance_age_in_days).
default_max_age_days := 180
