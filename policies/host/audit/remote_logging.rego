# METADATA
# title: Logs are forwarded to a remote collector
# description: >-
#   A copy of the logs must leave the host (rsyslog forwarding, systemd-journal-upload or audisp-remote), so that an intruder cannot erase the trail.
# custom:
#   id: HOST-AUDIT-10
#   severity: medium
#   hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)", "164.312(c)(1)"]
#   resource_type: host
#   evidence: [log_forwarding.rsyslog_targets, log_forwarding.rsyslog_active, log_forwarding.journal_upload_url, log_forwarding.journal_upload_active, log_forwarding.audisp_remote_active]
#   related_rules: ["SSG:rsyslog_remote_loghost", "SSG:auditd_audispd_configure_remote_server", "CIS:4.2.1.5 Ensure rsyslog is configured to send logs to a remote log host"]
#   evidence_optional:
#     log_forwarding.rsyslog_targets: Any one running forwarder suffices; rsyslog need not forward when journal upload or audisp-remote does.
#     log_forwarding.rsyslog_active: Any one running forwarder suffices; rsyslog need not run when journal upload or audisp-remote forwards.
#     log_forwarding.journal_upload_url: Any one running forwarder suffices; journal upload need not be configured when rsyslog or audisp-remote forwards.
#     log_forwarding.journal_upload_active: Any one running forwarder suffices; journal upload need not run when rsyslog or audisp-remote forwards.
#     log_forwarding.audisp_remote_active: Any one running forwarder suffices; audisp-remote is not read (null) when another forwarder already runs.
#   remediation: >-
#     Forward logs to your collector: an rsyslog action(type="omfwd" target=...), systemd-journal-upload with URL=, or audisp-remote.
package hipaa.host.audit.remote_logging

import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: no log forwarding to a remote collector is configured and running.", [h.id])} if {
	some h in input.resources.host
	not _forwarding(h)
}

_forwarding(h) if {
	is_array(h.log_forwarding.rsyslog_targets)
	some target in h.log_forwarding.rsyslog_targets
	is_string(target)
	target != ""
	h.log_forwarding.rsyslog_active == true
}

_forwarding(h) if {
	is_string(h.log_forwarding.journal_upload_url)
	h.log_forwarding.journal_upload_url != ""
	h.log_forwarding.journal_upload_active == true
}

_forwarding(h) if h.log_forwarding.audisp_remote_active == true
