# METADATA
# title: The host sends no ICMP redirects
# description: >-
#   net.ipv4.conf.all.send_redirects and .default.send_redirects must be 0 on a host that is not a router; redirects can steer traffic through an attacker.
# custom:
#   id: HOST-NET-07
#   severity: low
#   hipaa: ["164.312(e)(1)"]
#   resource_type: host
#   evidence: [sysctl.ipv4_all_send_redirects, sysctl.ipv4_default_send_redirects]
#   related_rules: ["SSG:sysctl_net_ipv4_conf_all_send_redirects", "SSG:sysctl_net_ipv4_conf_default_send_redirects", "CIS:3.2.1 Ensure packet redirect sending is disabled"]
#   remediation: >-
#     Set net.ipv4.conf.all.send_redirects = 0 and net.ipv4.conf.default.send_redirects = 0 in /etc/sysctl.d/.
package hipaa.host.network.send_redirects

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: net.ipv4.conf.all.send_redirects must be 0 (reported: %v).", [h.id, lib.value(h, ["sysctl", "ipv4_all_send_redirects"])])} if {
	some h in input.resources.host
	not h.sysctl.ipv4_all_send_redirects == 0
}

deny contains {"id": h.id, "msg": sprintf("Host %s: net.ipv4.conf.default.send_redirects must be 0 (reported: %v).", [h.id, lib.value(h, ["sysctl", "ipv4_default_send_redirects"])])} if {
	some h in input.resources.host
	not h.sysctl.ipv4_default_send_redirects == 0
}
