# METADATA
# title: Security updates are installed automatically
# description: >-
#   unattended-upgrades (Debian) or dnf-automatic (RHEL) must be installed, scheduled and set to apply updates.
# custom:
#   id: HOST-PATCH-02
#   severity: medium
#   hipaa: ["164.308(a)(1)(ii)(B)", "164.308(a)(5)(ii)(B)"]
#   resource_type: host
#   evidence: [auto_updates.installed, auto_updates.scheduled, auto_updates.applies_updates]
#   related_rules: ["SSG:dnf-automatic_apply_updates", "SSG:dnf-automatic_security_updates_only", "SSG:timer_dnf-automatic_enabled"]
#   remediation: >-
#     Debian: install unattended-upgrades and enable it (dpkg-reconfigure unattended-upgrades); RHEL: install dnf-automatic and enable dnf-automatic-install.timer.
package hipaa.host.patching.automatic_updates

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: %v is not installed.", [h.id, lib.value(h, ["auto_updates", "tool"])])} if {
	some h in input.resources.host
	not h.auto_updates.installed == true
}

deny contains {"id": h.id, "msg": sprintf("Host %s: automatic updates are not scheduled.", [h.id])} if {
	some h in input.resources.host
	h.auto_updates.installed == true
	not h.auto_updates.scheduled == true
}

deny contains {"id": h.id, "msg": sprintf("Host %s: automatic updates download but do not install updates.", [h.id])} if {
	some h in input.resources.host
	h.auto_updates.installed == true
	h.auto_updates.scheduled == true
	not h.auto_updates.applies_updates == true
}
