# METADATA
# title: The host does not route packets
# description: >-
#   net.ipv4.ip_forward must be 0 on hosts that are not routers, so the host cannot bridge network segments.
# custom:
#   id: HOST-NET-04
#   severity: low
#   hipaa: ["164.312(a)(1)"]
#   resource_type: host
#   evidence: [sysctl.ipv4_ip_forward]
#   related_rules: ["SSG:sysctl_net_ipv4_ip_forward", "CIS:3.2.2 Ensure IP forwarding is disabled"]
#   remediation: >-
#     Set 'net.ipv4.ip_forward = 0' in /etc/sysctl.d/ and run 'sysctl --system'.
package hipaa.host.network.ip_forwarding

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: net.ipv4.ip_forward is %v; it must be 0.", [h.id, lib.value(h, ["sysctl", "ipv4_ip_forward"])])} if {
	some h in input.resources.host
	not h.sysctl.ipv4_ip_forward == 0
}
