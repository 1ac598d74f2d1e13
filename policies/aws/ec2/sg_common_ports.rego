# METADATA
# title: Security groups do not open common risky ports to the internet
# description: No security group may allow 0.0.0.0/0 or ::/0 to reach TCP ports 20 and 21 (FTP), 3306 (MySQL), 3389 (RDP) or 4333 (mSQL), the AWS Config pack restricted-common-ports defaults.
# custom:
#   id: AWS-EC2-17
#   severity: high
#   hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"]
#   resource_type: aws_security_group
#   evidence: [ingress]
#   evidence_optional:
#     ingress: An empty list means the group has no inbound rule, so nothing is open.
#   remediation: Remove the world-open rule, or narrow its source to the addresses that need the service.
package hipaa.aws.ec2.sg_common_ports

import data.hipaa.lib.resource as res
import rego.v1

_ports := [20, 21, 3306, 3389, 4333]

deny contains {"id": g.id, "msg": sprintf("Security group %s allows the internet to reach port %d.", [res.label(g), port])} if {
	some g in input.resources.aws_security_group
	is_array(g.ingress)
	some rule in g.ingress
	_well_formed(rule)
	_from_world(rule)
	some port in _ports
	_covers(rule, port)
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

# A rule whose types allow judging it: CIDRs a list, protocol a string, numeric ports for TCP.
_well_formed(rule) if {
	is_object(rule)
	is_array(rule.cidrs)
	is_string(rule.protocol)
	not _tcp(rule.protocol)
}

_well_formed(rule) if {
	is_object(rule)
	is_array(rule.cidrs)
	_tcp(rule.protocol)
	is_number(rule.from_port)
	is_number(rule.to_port)
}

_tcp(protocol) if protocol in {"tcp", "6"}

_from_world(rule) if {
	some cidr in rule.cidrs
	cidr in _world
}

_covers(rule, _) if rule.protocol in {"all", "-1"}

_covers(rule, port) if {
	_tcp(rule.protocol)
	is_number(rule.from_port)
	is_number(rule.to_port)
	rule.from_port <= port
	port <= rule.to_port
}
