# METADATA
# title: Time synchronisation is enabled
# description: >-
#   An NTP client (chrony, systemd-timesyncd or ntpd) must be enabled, so that audit records carry correct timestamps.
# custom:
#   id: HOST-TIME-01
#   severity: medium
#   hipaa: ["164.312(b)"]
#   resource_type: host
#   evidence: [time.ntp_enabled]
#   related_rules: ["SSG:service_chronyd_enabled", "CIS:2.1.1.1 Ensure a single time synchronization daemon is in use"]
#   remediation: >-
#     Enable a time service ('timedatectl set-ntp true' or 'systemctl enable --now chronyd').
package hipaa.host.time.ntp_enabled

import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: no time synchronisation service is enabled.", [h.id])} if {
	some h in input.resources.host
	not h.time.ntp_enabled == true
}
