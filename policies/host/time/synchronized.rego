# METADATA
# title: The clock is synchronised
# description: >-
#   The system clock must be synchronised to a time source now, not just configured to be.
# custom:
#   id: HOST-TIME-02
#   severity: medium
#   hipaa: ["164.312(b)"]
#   resource_type: host
#   evidence: [time.synchronized]
#   related_rules: ["SSG:chronyd_specify_remote_server", "CIS:2.1.2.1 Ensure chrony is configured with authorized timeserver"]
#   remediation: >-
#     Check that the NTP servers are reachable ('chronyc sources' / 'timedatectl timesync-status').
package hipaa.host.time.synchronized

import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: the system clock is not synchronised.", [h.id])} if {
	some h in input.resources.host
	not h.time.synchronized == true
}
