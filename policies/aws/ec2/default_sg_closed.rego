# METADATA
# title: Default security groups allow no traffic
# description: >-
#   Resources launched without a security group land in the default one; it must have no inbound and no
#   outbound rules. Other security groups are not_applicable.
# custom:
#   id: AWS-EC2-09
#   severity: medium
#   hipaa: ["164.312(a)(1)"]
#   resource_type: aws_security_group
#   evidence: [is_default, ingress, egress]
#   evidence_optional:
#     ingress: An empty list is the compliant state (the default group allows no inbound traffic); a missing or null list fails.
#     egress: An empty list is the compliant state (the default group allows no outbound traffic); a missing or null list fails.
#   remediation: Remove every inbound and outbound rule from each VPC's default security group; use purpose-built groups instead.
package hipaa.aws.ec2.default_sg_closed

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": g.id, "msg": sprintf("Default security group %s of %s has rules.", [res.label(g), res.text(object.get(g, "vpc_id", null))])} if {
	some g in input.resources.aws_security_group
	g.is_default == true
	_rules_read(g)
	not _closed(g)
}

deny contains {"id": g.id, "msg": sprintf("Default security group %s of %s: its rules could not be read.", [res.label(g), res.text(object.get(g, "vpc_id", null))])} if {
	some g in input.resources.aws_security_group
	g.is_default == true
	not _rules_read(g)
}

deny contains {"id": g.id, "msg": sprintf("Security group %s: whether it is a default security group could not be read.", [res.label(g)])} if {
	some g in input.resources.aws_security_group
	not _read(g)
}

not_applicable contains {"id": g.id, "reason": sprintf("Security group %s is not the default security group of its VPC.", [res.label(g)])} if {
	some g in input.resources.aws_security_group
	g.is_default == false
}

_read(g) if is_boolean(g.is_default)

_rules_read(g) if {
	is_array(g.ingress)
	is_array(g.egress)
}

_closed(g) if {
	count(g.ingress) == 0
	count(g.egress) == 0
}
