# METADATA
# title: Source-routed packets are refused
# description: >-
#   net.ipv4.conf.all.accept_source_route must be 0: a source-routed packet can pass the firewall as if it came from a trusted address.
# custom:
#   id: HOST-NET-08
#   severity: low
#   hipaa: ["164.312(e)(1)"]
#   resource_type: host
#   evidence: [sysctl.ipv4_all_accept_source_route]
#   related_rules: ["SSG:sysctl_net_ipv4_conf_all_accept_source_route", "CIS:3.3.1 Ensure source routed packets are not accepted"]
#   remediation: >-
#     Set net.ipv4.conf.all.accept_source_route = 0 in /etc/sysctl.d/.
package hipaa.host.network.source_route

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: net.ipv4.conf.all.accept_source_route must be 0 (reported: %v).", [h.id, lib.value(h, ["sysctl", "ipv4_all_accept_source_route"])])} if {
	some h in input.resources.host
	not h.sysctl.ipv4_all_accept_source_route == 0
}
