# METADATA
# title: Security groups do not open every port to the internet
# description: No security group may allow 0.0.0.0/0 or ::/0 to reach all traffic, or every TCP or UDP port (0-65535).
# custom:
#   id: AWS-EC2-16
#   severity: critical
#   hipaa: ["164.312(a)(1)", "164.312(e)(1)"]
#   resource_type: aws_security_group
#   evidence: [ingress]
#   evidence_optional:
#     ingress: An empty list means the group has no inbound rule, so nothing is open.
#   remediation: Replace the world-open all-ports rule with rules for the ports the service needs, from the sources that need them.
package hipaa.aws.ec2.sg_all_ports

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": g.id, "msg": sprintf("Security group %s allows the internet to reach every port.", [res.label(g)])} if {
	some g in input.resources.aws_security_group
	is_array(g.ingress)
	some rule in g.ingress
	_well_formed(rule)
	_from_world(rule)
	_all_ports(rule)
}

deny contains {"id": g.id, "msg": sprintf("Security group %s: its ingress rules could not be read.", [res.label(g)])} if {
	some g in input.resources.aws_security_group
	not _rules_read(g)
}

_world := {"0.0.0.0/0", "::/0"}

_rules_read(g) if {
	is_array(g.ingress)
	malformed := [rule | some rule in g.ingress; not _well_formed(rule)]
	count(malformed) == 0
}

# A rule whose types allow judging it: CIDRs a list, protocol a string, numeric ports for TCP/UDP.
_well_formed(rule) if {
	is_object(rule)
	is_array(rule.cidrs)
	is_string(rule.protocol)
	not _ported(rule.protocol)
}

_well_formed(rule) if {
	is_object(rule)
	is_array(rule.cidrs)
	_ported(rule.protocol)
	is_number(rule.from_port)
	is_number(rule.to_port)
}

_ported(protocol) if protocol in {"tcp", "6", "udp", "17"}

_from_world(rule) if {
	some cidr in rule.cidrs
	cidr in _world
}

_all_ports(rule) if rule.protocol in {"all", "-1"}

_all_ports(rule) if {
	_ported(rule.protocol)
	is_number(rule.from_port)
	is_number(rule.to_port)
	rule.from_port <= 0
	rule.to_port >= 65535
}
