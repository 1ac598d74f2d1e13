# METADATA
# title: Security groups do not open SSH or RDP to the internet
# description: No security group may allow 0.0.0.0/0 or ::/0 to reach port 22 or 3389.
# custom:
#   id: AWS-EC2-07
#   severity: critical
#   hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"]
#   resource_type: aws_security_group
#   evidence: [ingress]
#   remediation: Remove the world-open rule; reach hosts through Session Manager, a VPN or a bastion with a narrow source range.
package hipaa.aws.ec2.sg_admin_ports

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": g.id, "msg": sprintf("Security group %s allows the internet to reach port %d.", [res.label(g), port])} if {
	some g in input.resources.aws_security_group
	some port in [22, 3389]
	_open(g, port)
}

deny contains {"id": g.id, "msg": sprintf("Security group %s: its ingress rules could not be read.", [res.label(g)])} if {
	some g in input.resources.aws_security_group
	not is_array(g.ingress)
}

_world := {"0.0.0.0/0", "::/0"}

_open(g, port) if {
	some rule in g.ingress
	some cidr in rule.cidrs
	cidr in _world
	rule.protocol in {"all", "tcp", "6"}
	_covers(rule, port)
}

_covers(rule, _) if rule.protocol == "all"

_covers(rule, port) if {
	rule.from_port <= port
	port <= rule.to_port
}
