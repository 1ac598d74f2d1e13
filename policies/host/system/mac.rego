# METADATA
# title: Mandatory access control is enforcing
# description: >-
#   SELinux must be enforcing (RHEL family) or AppArmor enabled in the kernel (Debian/Ubuntu), confining daemons that handle ePHI.
# custom:
#   id: HOST-SYS-05
#   severity: medium
#   hipaa: ["164.312(a)(1)", "164.308(a)(5)(ii)(B)"]
#   resource_type: host
#   evidence: [mac.active]
#   related_rules: ["SSG:selinux_state", "SSG:selinux_policytype", "SSG:grub2_enable_selinux", "CIS:1.6.1.2 Ensure AppArmor is enabled in the bootloader configuration", "CIS:1.6.1.4 Ensure all AppArmor Profiles are enforcing"]
#   remediation: >-
#     RHEL: SELINUX=enforcing in /etc/selinux/config and setenforce 1. Debian/Ubuntu: install apparmor and keep apparmor=1 on the kernel command line.
package hipaa.host.system.mac

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: neither SELinux enforcing nor AppArmor is active (reported: %v).", [h.id, lib.value(h, ["mac", "active"])])} if {
	some h in input.resources.host
	not h.mac.active == true
}
