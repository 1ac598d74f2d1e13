# METADATA
# title: A host firewall drops unsolicited input
# description: >-
#   A host firewall (nftables, iptables, firewalld or ufw) must be active with a default deny (drop or reject) input policy.
# custom:
#   id: HOST-NET-01
#   severity: high
#   hipaa: ["164.312(a)(1)", "164.312(e)(1)"]
#   resource_type: host
#   evidence: [firewall.active, firewall.input_policy]
#   related_rules: ["SSG:service_firewalld_enabled", "SSG:set_firewalld_default_zone", "CIS:3.5.1.x Configure UncomplicatedFirewall / 3.5.2.x nftables (default deny)"]
#   remediation: >-
#     Enable a firewall with a default-deny input policy (ufw default deny incoming; ufw enable, or firewalld, or an nftables input chain with policy drop).
package hipaa.host.network.firewall

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: no host firewall is active.", [h.id])} if {
	some h in input.resources.host
	not h.firewall.active == true
}

deny contains {"id": h.id, "msg": sprintf("Host %s: the firewall's input policy is %v; it must drop or reject by default.", [h.id, lib.value(h, ["firewall", "input_policy"])])} if {
	some h in input.resources.host
	h.firewall.active == true
	not _closed(h)
}

_closed(h) if h.firewall.input_policy == "drop"

_closed(h) if h.firewall.input_policy == "reject"
