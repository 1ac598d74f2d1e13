# METADATA
# title: Default security groups allow no traffic
# description: Resources launched without a security group land in the default one; it must have no inbound and no outbound rules.
# custom:
#   id: AWS-EC2-09
#   severity: medium
#   hipaa: ["164.312(a)(1)"]
#   resource_type: aws_security_group
#   evidence: [is_default, ingress, egress]
#   remediation: Remove every inbound and outbound rule from each VPC's default security group; use purpose-built groups instead.
package hipaa.aws.ec2.default_sg_closed

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": g.id, "msg": sprintf("Default security group %s of %s has rules.", [res.label(g), object.get(g, "vpc_id", "its VPC")])} if {
	some g in input.resources.aws_security_group
	not g.is_default == false
	not _closed(g)
}

_closed(g) if {
	g.ingress == []
	g.egress == []
}
