# METADATA
# title: Classic Load Balancers balance across zones
# description: Cross-zone load balancing spreads requests over the instances of every Availability Zone, so losing one zone's instances does not overload the rest.
# custom:
#   id: AWS-ELB-04
#   severity: low
#   hipaa: ["164.308(a)(7)(ii)(C)"]
#   resource_type: aws_elb_load_balancer
#   evidence: [cross_zone_load_balancing]
#   remediation: Enable cross-zone load balancing in the load balancer's attributes.
package hipaa.aws.elb.cross_zone

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": r.id, "msg": sprintf("Classic Load Balancer %s does not balance across zones.", [res.label(r)])} if {
	some r in input.resources.aws_elb_load_balancer
	_known(r)
	not _ok(r)
}

deny contains {"id": r.id, "msg": sprintf("Classic Load Balancer %s: its cross-zone setting could not be read.", [res.label(r)])} if {
	some r in input.resources.aws_elb_load_balancer
	not _known(r)
}

_known(r) if {
	is_boolean(r.cross_zone_load_balancing)
}

_ok(r) if {
	r.cross_zone_load_balancing == true
}
