# METADATA
# title: Network ACLs do not open SSH or RDP to the internet
# description: >-
#   For traffic from any internet address to TCP port 22 or 3389, the network ACL's first matching inbound entry (lowest rule number among the 0.0.0.0/0 and ::/0 entries) denies it. A VPC's default network ACL allows everything until changed.
# custom:
#   id: AWS-EC2-18
#   severity: high
#   hipaa: ["164.312(a)(1)", "164.312(e)(1)"]
#   resource_type: aws_network_acl
#   evidence: [ingress]
#   evidence_optional:
#     ingress: An empty list means no inbound entry but the implicit deny, so nothing is open.
#   remediation: Add a deny entry for 0.0.0.0/0 and ::/0 on ports 22 and 3389 numbered below the allow entries, and reach hosts through Session Manager or a VPN.
package hipaa.aws.ec2.nacl_admin_ports

import data.hipaa.lib.resource as res
import rego.v1

_ports := [22, 3389]

deny contains {"id": n.id, "msg": sprintf("Network ACL %s allows the internet to reach port %d.", [res.label(n), port])} if {
	some n in input.resources.aws_network_acl
	_entries_read(n)
	some port in _ports
	_open(n, port)
}

_open(n, port) if {
	is_array(n.ingress)
	some e in n.ingress
	_world_entry(e)
	e.action == "allow"
	_covers(e, port)
	not _denied_before(n, e, port)
}

_denied_before(n, e, port) if {
	is_array(n.ingress)
	some d in n.ingress
	_world_entry(d)
	d.action == "deny"
	_covers(d, port)
	is_number(d.rule_number)
	is_number(e.rule_number)
	d.rule_number < e.rule_number
}

_covers(e, _) if e.protocol in {"all", "-1"}

_covers(e, port) if {
	_tcp(e.protocol)
	is_number(e.from_port)
	is_number(e.to_port)
	e.from_port <= port
	port <= e.to_port
}

deny contains {"id": n.id, "msg": sprintf("Network ACL %s: its inbound entries could not be read.", [res.label(n)])} if {
	some n in input.resources.aws_network_acl
	not _entries_read(n)
}

_world := {"0.0.0.0/0", "::/0"}

_entries_read(n) if {
	is_array(n.ingress)
	malformed := [e | some e in n.ingress; not _well_formed(e)]
	count(malformed) == 0
}

# An entry whose types allow judging it: a numbered allow/deny with a protocol, a source range
# (or null), and numeric ports for TCP/UDP.
_well_formed(e) if {
	_typed(e)
	not _ported(e.protocol)
}

_well_formed(e) if {
	_typed(e)
	_ported(e.protocol)
	is_number(e.from_port)
	is_number(e.to_port)
}

_typed(e) if {
	is_object(e)
	is_number(e.rule_number)
	e.action in {"allow", "deny"}
	is_string(e.protocol)
	_cidr_typed(e)
}

_cidr_typed(e) if is_string(e.cidr)

_cidr_typed(e) if e.cidr == null

_ported(protocol) if protocol in {"tcp", "6", "udp", "17"}

_tcp(protocol) if protocol in {"tcp", "6"}

# The entries that apply to any address on the internet.
_world_entry(e) if {
	_well_formed(e)
	e.cidr in _world
}
