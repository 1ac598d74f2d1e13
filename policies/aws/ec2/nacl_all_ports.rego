# METADATA
# title: Network ACLs do not open every port to the internet
# description: >-
#   No network ACL allows all traffic (or every TCP or UDP port) from 0.0.0.0/0 or ::/0 unless a deny entry for all traffic from the same range comes first (Prowler's ec2_networkacl_allow_ingress_any_port). A VPC's default network ACL allows everything until changed.
# custom:
#   id: AWS-EC2-19
#   severity: medium
#   hipaa: ["164.312(a)(1)", "164.312(e)(1)", "164.308(a)(1)(ii)(B)"]
#   resource_type: aws_network_acl
#   evidence: [ingress]
#   evidence_optional:
#     ingress: An empty list means no inbound entry but the implicit deny, so nothing is open.
#   remediation: Replace the allow-all entry with entries for the ports the subnet's services need (and return traffic on ephemeral ports).
package hipaa.aws.ec2.nacl_all_ports

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": n.id, "msg": sprintf("Network ACL %s allows every port from the internet.", [res.label(n)])} if {
	some n in input.resources.aws_network_acl
	_entries_read(n)
	some e in n.ingress
	_world_entry(e)
	e.action == "allow"
	_all_ports(e)
	not _denied_before(n, e)
}

_denied_before(n, e) if {
	is_array(n.ingress)
	some d in n.ingress
	_world_entry(d)
	d.action == "deny"
	d.protocol in {"all", "-1"}
	is_number(d.rule_number)
	is_number(e.rule_number)
	d.rule_number < e.rule_number
}

_all_ports(e) if e.protocol in {"all", "-1"}

_all_ports(e) if {
	_ported(e.protocol)
	is_number(e.from_port)
	is_number(e.to_port)
	e.from_port <= 0
	e.to_port >= 65535
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
