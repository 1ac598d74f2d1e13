# METADATA
# title: Processes are audited from boot
# description: >-
#   The kernel command line must carry audit=1, so that processes started before auditd are audited too.
# custom:
#   id: HOST-AUDIT-23
#   severity: low
#   hipaa: ["164.312(b)"]
#   resource_type: host
#   evidence: [audit_boot.audit]
#   related_rules: ["SSG:grub2_audit_argument", "CIS:4.1.1.3 Ensure auditing for processes that start prior to auditd is enabled"]
#   remediation: >-
#     Add audit=1 to GRUB_CMDLINE_LINUX in /etc/default/grub and regenerate grub.cfg (RHEL: grubby --update-kernel ALL --args audit=1).
package hipaa.host.audit.boot_audit

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: the kernel command line lacks audit=1 (reported: %v).", [h.id, lib.value(h, ["audit_boot", "audit"])])} if {
	some h in input.resources.host
	not h.audit_boot.audit == "1"
}
