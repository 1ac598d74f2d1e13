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
#   remediation: >-
#     Forward logs to your collector: an rsyslog action(type="omfwd" target=...), systemd-journal-upload with URL=, or audisp-remote.
package hipaa.host.audit.remote_logging

import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: no log forwarding to a remote collector is configured and running.", [h.id])} if {
	some h in input.resources.host
	not _forwarding(h.log_forwarding)
}

_forwarding(f) if {
	count(f.rsyslog_targets) > 0
	f.rsyslog_active == true
}

_forwarding(f) if {
	is_string(f.journal_upload_url)
	f.journal_upload_active == true
}

_forwarding(f) if f.audisp_remote_active == true
