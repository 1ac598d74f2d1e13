# METADATA
# title: Audit records are copied to syslog
# description: >-
#   The audit dispatcher's syslog plugin must be active, so that audit records also travel with the forwarded system log.
# custom:
#   id: HOST-LOG-03
#   severity: low
#   hipaa: ["164.312(b)"]
#   resource_type: host
#   evidence: [audit_plugins.syslog_active]
#   related_rules: ["SSG:auditd_audispd_syslog_plugin_activated"]
#   remediation: >-
#     Set 'active = yes' in /etc/audit/plugins.d/syslog.conf and restart auditd.
package hipaa.host.logging.audit_to_syslog

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: the audit syslog plugin is not active (reported: %v).", [h.id, lib.value(h, ["audit_plugins", "syslog_active"])])} if {
	some h in input.resources.host
	not h.audit_plugins.syslog_active == true
}
