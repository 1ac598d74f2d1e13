# METADATA
# title: A log daemon keeps logs on disk
# description: >-
#   rsyslog or syslog-ng must be running, or systemd-journald with persistent storage (Storage=persistent, or auto with /var/log/journal present); a volatile journal loses every log at reboot.
# custom:
#   id: HOST-LOG-01
#   severity: high
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#   resource_type: host
#   evidence: [logging.rsyslog_active, logging.syslog_ng_active, logging.journald_active, logging.journald_persistent]
#   evidence_optional:
#     logging.rsyslog_active: Any one log daemon that keeps logs suffices.
#     logging.syslog_ng_active: Any one log daemon that keeps logs suffices.
#     logging.journald_active: Any one log daemon that keeps logs suffices.
#     logging.journald_persistent: Any one log daemon that keeps logs suffices.
#   related_rules: ["SSG:service_rsyslog_enabled", "SSG:package_rsyslog_installed", "CIS:4.2.1.2 Ensure rsyslog service is enabled", "CIS:4.2.2.5 Ensure journald is configured to write logfiles to persistent disk"]
#   remediation: >-
#     Enable rsyslog (systemctl enable --now rsyslog), or set Storage=persistent in /etc/systemd/journald.conf.
package hipaa.host.logging.daemon_running

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: no syslog daemon runs and journald does not keep logs on disk (reported: %v).", [h.id, lib.value(h, ["logging", "rsyslog_active"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if h.logging.rsyslog_active == true

_ok(h) if h.logging.syslog_ng_active == true

_ok(h) if {
	h.logging.journald_active == true
	h.logging.journald_persistent == true
}
