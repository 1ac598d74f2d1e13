# METADATA
# title: Load balancers have deletion protection
# description: Deletion protection stops a load balancer that fronts ePHI services from being deleted by mistake, which would take the service down.
# custom:
#   id: AWS-ELBV2-04
#   severity: low
#   hipaa: ["164.308(a)(7)(ii)(C)", "164.308(a)(1)(ii)(B)"]
#   resource_type: aws_lb
#   evidence: [deletion_protection]
#   remediation: Turn on deletion_protection.enabled in the load balancer's attributes.
package hipaa.aws.elbv2.deletion_protection

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Load balancer %s has no deletion protection.", [res.label(r)])} if {
	some r in input.resources.aws_lb
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Load balancer %s: its deletion protection could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_lb
	not _known(r)
}

_known(r) if {
	is_boolean(r.deletion_protection)
}

_ok(r) if {
	r.deletion_protection == true
}
