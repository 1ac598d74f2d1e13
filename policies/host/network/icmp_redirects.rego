# METADATA
# title: ICMP redirects are not accepted
# description: >-
#   Accepting ICMP redirects lets a host on the network reroute this host's traffic through itself.
# custom:
#   id: HOST-NET-05
#   severity: low
#   hipaa: ["164.312(e)(1)", "164.312(a)(1)"]
#   resource_type: host
#   evidence: [sysctl.ipv4_all_accept_redirects, sysctl.ipv4_default_accept_redirects, sysctl.ipv6_all_accept_redirects, sysctl.ipv6_enabled]
#   related_rules: ["SSG:sysctl_net_ipv4_conf_all_accept_redirects", "SSG:sysctl_net_ipv4_conf_default_accept_redirects", "SSG:sysctl_net_ipv6_conf_all_accept_redirects", "CIS:3.3.2 Ensure ICMP redirects are not accepted"]
#   evidence_optional:
#     sysctl.ipv6_enabled: Only read to excuse the IPv6 setting when IPv6 is off; without it the IPv6 setting must be 0.
#     sysctl.ipv6_all_accept_redirects: Null when IPv6 is off (no /proc/sys/net/ipv6), and IPv6 redirects then cannot be accepted.
#   remediation: >-
#     Set net.ipv4.conf.all.accept_redirects, net.ipv4.conf.default.accept_redirects and net.ipv6.conf.all.accept_redirects to 0.
package hipaa.host.network.icmp_redirects

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: %s is %v; it must be 0.", [h.id, k, lib.value(h, ["sysctl", k])])} if {
	some h in input.resources.host
	some k in ["ipv4_all_accept_redirects", "ipv4_default_accept_redirects"]
	not h.sysctl[k] == 0
}

deny contains {"id": h.id, "msg": sprintf("Host %s: ipv6_all_accept_redirects is %v; it must be 0.", [h.id, lib.value(h, ["sysctl", "ipv6_all_accept_redirects"])])} if {
	some h in input.resources.host
	not h.sysctl.ipv6_enabled == false
	not h.sysctl.ipv6_all_accept_redirects == 0
}
