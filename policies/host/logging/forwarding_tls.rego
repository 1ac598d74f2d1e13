# METADATA
# title: Logs leave the host over TLS
# description: >-
#   At least one running forwarder must send logs off the host and every running forwarder must encrypt (rsyslog omfwd over TCP with a gtls/ossl stream driver in mode 1, omrelp with tls on, journal upload over https, audisp-remote with KRB5); plain TCP or UDP exposes the ePHI in logs and lets them be forged.
# custom:
#   id: HOST-LOG-02
#   severity: medium
#   hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)", "164.312(b)"]
#   resource_type: host
#   evidence: [log_forwarding.forwarders]
#   related_rules: ["SSG:rsyslog_remote_loghost", "SSG:rsyslog_encrypt_offload_actionsendstreamdriverauthmode", "SSG:rsyslog_encrypt_offload_actionsendstreamdrivermode", "SSG:rsyslog_encrypt_offload_defaultnetstreamdriver", "CIS:4.2.1.5 Ensure rsyslog is configured to send logs to a remote log host"]
#   remediation: >-
#     Forward with action(type="omfwd" target="logs.example.org" port="6514" protocol="tcp" StreamDriver="gtls" StreamDriverMode="1" StreamDriverAuthMode="x509/name").
package hipaa.host.logging.forwarding_tls

import data.hipaa.lib.host as lib
import rego.v1

deny contains {"id": h.id, "msg": sprintf("Host %s: no forwarder runs, or one sends logs unencrypted (reported: %v).", [h.id, lib.value(h, ["log_forwarding", "forwarders"])])} if {
	some h in input.resources.host
	not _ok(h)
}

_ok(h) if {
	is_array(h.log_forwarding.forwarders)
	count(h.log_forwarding.forwarders) > 0
	every f in h.log_forwarding.forwarders {
		f.tls == true
	}
}
